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

    auto byAlias = must(ws->search.search("Neng"));
    ASSERT_EQ(group(byAlias, "person").hits.size(), 1u);
    EXPECT_EQ(group(byAlias, "person").hits[0].kind, "alias");

    // However the number is typed, the identifier group leads to Rina.
    for (const std::string q : {"+62 813 2222 3333", "+6281322223333", "6281322223333"}) {
        auto hits = must(ws->search.search(q));
        ASSERT_FALSE(group(hits, "identifier").hits.empty()) << q;
        EXPECT_EQ(group(hits, "identifier").hits[0].target, rina.meta.uuid) << q;
    }
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
