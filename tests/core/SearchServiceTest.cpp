#include "TestWorkspace.h"

#include "lintas/service/SearchService.h"

#include <gtest/gtest.h>

namespace lintas {
namespace {

class SearchServiceTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        Case c = makeCase("Telegram job advert, Myawaddy compound");
        c.summary = "Twelve victims recruited for 'customer service' jobs, moved through Mae Sot.";
        scam = must(ws->cases.create(c));
        Person p = makePerson("Rina", "Marlina");
        p.identifiers = {Identifier{"Phone", "+62 813 2222 3333", "", std::nullopt}};
        p.aliases = {Alias{"Neng", "Latn", ""}};
        rina = must(ws->persons.create(p));
        must(ws->cases.addParty(scam.meta.uuid, rina.meta.uuid, "Victim"));
        Note n;
        n.caseUuid = scam.meta.uuid;
        n.body = "Liaison call with the Thai counterpart about the Mae Sot safe house.";
        must(ws->notes.addNote(n));
    }

    const SearchGroup& group(const std::vector<SearchGroup>& groups, const std::string& kind) {
        for (const auto& g : groups)
            if (g.kind == kind)
                return g;
        throw std::runtime_error("no group " + kind);
    }

    Case scam;
    Person rina;
};

TEST_F(SearchServiceTest, GroupsInAFixedOrder) {
    auto groups = must(ws->search.search("anything"));
    std::vector<std::string> kinds;
    for (const auto& g : groups)
        kinds.push_back(g.kind);
    EXPECT_EQ(kinds, (std::vector<std::string>{"case", "person", "identifier", "organisation", "note"}));
}

TEST_F(SearchServiceTest, FindsCasesByTitleSummaryAndReference) {
    auto byTitle = must(ws->search.search("myawaddy"));
    ASSERT_EQ(group(byTitle, "case").hits.size(), 1u);
    EXPECT_EQ(group(byTitle, "case").hits[0].target, scam.meta.uuid);
    EXPECT_EQ(group(byTitle, "case").hits[0].label, scam.reference + " " + scam.title);

    auto bySummary = must(ws->search.search("customer serv"));
    EXPECT_EQ(group(bySummary, "case").hits.size(), 1u);

    auto byReference = must(ws->search.search(scam.reference));
    EXPECT_EQ(group(byReference, "case").hits.size(), 1u);
}

TEST_F(SearchServiceTest, FindsPeopleByNameAliasAndIdentifier) {
    auto byName = must(ws->search.search("rin marl"));
    ASSERT_EQ(group(byName, "person").hits.size(), 1u);
    EXPECT_EQ(group(byName, "person").hits[0].target, rina.meta.uuid);
    // Rina is a victim: found, but her hit does not show her name.
    EXPECT_TRUE(group(byName, "person").hits[0].masked);
    EXPECT_EQ(group(byName, "person").hits[0].label, kMaskedName);

    auto byAlias = must(ws->search.search("Neng"));
    ASSERT_EQ(group(byAlias, "person").hits.size(), 1u);
    EXPECT_EQ(group(byAlias, "person").hits[0].kind, "alias");

    // However the number is typed, the identifier group leads to Rina.
    for (const std::string q : {"+62 813 2222 3333", "+6281322223333", "6281322223333"}) {
        auto hits = must(ws->search.search(q));
        ASSERT_FALSE(group(hits, "identifier").hits.empty()) << q;
        EXPECT_EQ(group(hits, "identifier").hits[0].target, rina.meta.uuid) << q;
        EXPECT_EQ(group(hits, "identifier").hits[0].label, kMaskedName) << q;
        EXPECT_TRUE(group(hits, "identifier").hits[0].snippet.empty()) << q;
    }

    // A suspect's hits show who it is.
    Person s = makePerson("Hendra", "Wijaya");
    s.identifiers = {Identifier{"Phone", "+62 813 4444 5555", "", std::nullopt}};
    const Person hendra = must(ws->persons.create(s));
    must(ws->cases.addParty(scam.meta.uuid, hendra.meta.uuid, "Suspect"));
    const auto suspect = group(must(ws->search.search("hendra")), "person").hits;
    ASSERT_EQ(suspect.size(), 1u);
    EXPECT_FALSE(suspect[0].masked);
    EXPECT_EQ(suspect[0].label, "Hendra Wijaya");
    const auto phone = group(must(ws->search.search("+6281344445555")), "identifier").hits;
    ASSERT_FALSE(phone.empty());
    EXPECT_EQ(phone[0].label, "+62 813 4444 5555");
}

TEST_F(SearchServiceTest, EverySearchIsAuditedWithItsCountNeverItsText) {
    const auto before = must(ws->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'search'"));
    const auto groups = must(ws->search.search("myawaddy"));
    std::size_t n = 0;
    for (const auto& g : groups)
        n += g.hits.size();
    ASSERT_GT(n, 0u);
    EXPECT_EQ(must(ws->db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'search'")), before + 1);
    auto st = must(ws->db().prepare("SELECT detail, record_type, record_uuid, reason FROM audit_log "
                                    "WHERE action = 'search' ORDER BY seq DESC LIMIT 1"));
    ASSERT_TRUE(must(st->step()));
    EXPECT_EQ(st->text(0), "results=" + std::to_string(n));
    EXPECT_EQ(st->text(1), "");
    EXPECT_EQ(st->text(2), "");
    EXPECT_EQ(st->text(3), "");
    st->reset();
    EXPECT_EQ(must(ws->db().queryInt("SELECT count(*) FROM audit_log WHERE instr(lower(detail), 'myawaddy') > 0")), 0);
}

TEST_F(SearchServiceTest, NotesPointToTheirCaseWithASnippet) {
    auto hits = must(ws->search.search("safe house"));
    const auto& notes = group(hits, "note");
    ASSERT_EQ(notes.hits.size(), 1u);
    EXPECT_EQ(notes.hits[0].target, scam.meta.uuid);
    EXPECT_EQ(notes.hits[0].label, scam.reference);
    EXPECT_NE(notes.hits[0].snippet.find("[safe]"), std::string::npos) << notes.hits[0].snippet;
}

TEST_F(SearchServiceTest, IndexFollowsEditsAndDeletes) {
    Case edited = scam;
    edited.title = "Shwe Kokko compound";
    must(ws->cases.update(edited));
    EXPECT_TRUE(group(must(ws->search.search("myawaddy")), "case").hits.empty());
    EXPECT_EQ(group(must(ws->search.search("kokko")), "case").hits.size(), 1u);

    ASSERT_TRUE(ws->db().execute("DELETE FROM person").ok());
    EXPECT_TRUE(group(must(ws->search.search("marlina")), "person").hits.empty());
    EXPECT_TRUE(group(must(ws->search.search("+6281322223333")), "identifier").hits.empty());
}

TEST_F(SearchServiceTest, UserTextNeverBreaksTheQuery) {
    for (const std::string q : {"\"", "AND OR NOT", "mae*", "NEAR(a b)", "col:val", "^x", "", "   ", "(((", "'; DROP"}) {
        auto r = ws->search.search(q);
        EXPECT_TRUE(r.ok()) << q << ": " << (r.ok() ? "" : r.error().toString());
    }
    EXPECT_EQ(SearchService::toMatchExpression("Mae Sot"), "\"Mae\"* \"Sot\"*");
    EXPECT_EQ(SearchService::toMatchExpression("***"), "");
}

TEST_F(SearchServiceTest, RanksBetterMatchesFirst) {
    Case other = makeCase("Fishing vessel case");
    other.summary = "Mentions Myawaddy once in passing.";
    must(ws->cases.create(other));
    auto hits = group(must(ws->search.search("myawaddy")), "case").hits;
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].target, scam.meta.uuid);  // title match outranks a summary mention
    EXPECT_GE(hits[0].score, hits[1].score);
}

}  // namespace
}  // namespace lintas
