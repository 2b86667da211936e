#include "DashboardRecount.h"
#include "TestWorkspace.h"

#include "lintas/security/RetentionService.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace lintas {
namespace {

namespace fs = std::filesystem;
using security::Permission;
using security::Role;
using security::RoleSet;

/// A term that appears in exactly one note of the old case, to follow it through the index.
constexpr const char* kNoteTerm = "zxqvortilax";

using Counts = std::map<std::string, std::int64_t>;
using test::Matrix;
using test::Pairs;

/// Every base table a case or a person leaves rows in (and the index and provenance).
const std::vector<std::string> kTables = {
    "case_file",      "case_person",         "case_exploitation", "case_country",   "victim_profile",
    "suspect_profile", "journey_leg",        "case_link",         "relationship",   "referral",
    "referral_transition", "consent",        "note",              "attachment",     "person",
    "person_alias",   "person_citizenship",  "person_language",   "identifier",     "search_index",
    "provenance",     "import_conflict",     "sharing_permission", "retention_review", "organisation",
    "agency",         "exchange_log"};

/// The workspace of every test: today is 2026-03-15 (test clock), closed cases are kept 7 years.
///   old      closed on 2018-06-30 (due 2025-06-30): victim V1 and suspect S1 only here, victim V2
///            also in `open`; profiles, journeys, a referral with a move, consents (one for the
///            case, one case-less), relationships (in the case, and S1 → an organisation outside
///            it), links (to `open`, and to a foreign case), notes, two attachments (one whose
///            content `open` shares), provenance of a received copy, a conflict, a permission.
///   open     under investigation, with V2 and its own note and attachment.
///   recent   closed on 2024-01-01 (due 2031-01-01).
///   ancient  opened in 2009 but still open.
class RetentionTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        must(ws->retention.setRule(security::kRetentionClosedCase, 7));

        oldCase = createCase("Recruitment through a job app, 2017", "2017-01-10");
        openCase = createCase("Scam compound, Myawaddy", "2026-01-05");
        recentCase = closedCase(createCase("Domestic servitude, Johor", "2023-02-01"), "2024-01-01");
        ancientCase = createCase("Old open file", "2009-05-01");

        Person p1 = makePerson("Sri", "Wahyuni");
        p1.aliases = {Alias{"Yuni", "Latn", ""}};
        p1.identifiers = {Identifier{"Phone", "+62 812-1111-2222", "", std::nullopt}};
        p1.languages = {"id"};
        v1 = must(ws->persons.create(p1)).meta.uuid;
        Person p2 = makePerson("Kartika", "Sembiring");
        p2.citizenships = {"THA"};
        v2 = must(ws->persons.create(p2)).meta.uuid;
        Person p3 = makePerson("Bambang", "Hartono");
        p3.sex = "Male";
        p3.gender = "Masculine";
        p3.identifiers = {Identifier{"Passport", "B 9876543", "", std::string("IDN")}};
        s1 = must(ws->persons.create(p3)).meta.uuid;

        victim(oldCase, v1, {"ForcedCriminality"});
        victim(oldCase, v2, {"ForcedLabour"});
        victim(openCase, v2, {"ForcedCriminality"});
        must(ws->cases.addParty(oldCase, s1, "Suspect"));
        SuspectProfile sp;
        sp.caseUuid = oldCase;
        sp.personUuid = s1;
        sp.rolesInProcess = {"RecruiterOrIntermediary"};
        must(ws->cases.setSuspectProfile(sp));

        leg(oldCase, v1, "Exploitation", "KHM");
        leg(oldCase, v1, "Recruitment", "IDN");
        leg(oldCase, v2, "Exploitation", "MMR");
        leg(openCase, v2, "Exploitation", "MMR");

        Referral r;
        r.caseUuid = oldCase;
        r.victimUuid = v1;
        r.service = "Shelter";
        const std::string referral = must(ws->referrals.create(r)).uuid;
        must(ws->referrals.move(referral, "Accepted"));

        consent(v1, oldCase);
        consent(v1, std::nullopt);
        consent(v2, openCase);

        Organisation org;
        org.name = "Golden Fortune Compound (synthetic)";
        org.type = "ScamCompound";
        compound = must(ws->organisations.create(org)).meta.uuid;
        Relationship recruited;
        recruited.caseUuid = oldCase;
        recruited.fromUuid = s1;
        recruited.toUuid = v1;
        recruited.type = "Recruited";
        must(ws->links.addRelationship(recruited));
        Relationship works;
        works.fromUuid = s1;
        works.toKind = PartyKind::Organisation;
        works.toUuid = compound;
        works.type = "WorksFor";
        must(ws->links.addRelationship(works));

        CaseLink local;
        local.caseUuid = oldCase;
        local.linkedCaseUuid = openCase;
        must(ws->links.addCaseLink(local));
        CaseLink foreign;
        foreign.caseUuid = oldCase;
        foreign.foreignAgencyCode = "RTP-ATHD";
        foreign.foreignCountry = "THA";
        foreign.foreignReference = "ATHD-2017-0042";
        must(ws->links.addCaseLink(foreign));

        note(oldCase, std::string("Statement taken; the recruiter used the name ") + kNoteTerm + ".");
        note(openCase, "Raid planned with the Myanmar liaison.");
        const auto own = must(ws->notes.attachFile(oldCase, source("statement.txt", "statement of the old case"),
                                                   "statement.txt", "text/plain", "inv.sari"));
        ownFile = ws->notes.contentPath(own.sha256);
        const auto shared1 = must(ws->notes.attachFile(oldCase, source("map.txt", "a map both cases hold"), "map.txt",
                                                       "text/plain", "inv.sari"));
        must(ws->notes.attachFile(openCase, source("map2.txt", "a map both cases hold"), "map.txt", "text/plain",
                                  "inv.sari"));
        sharedFile = ws->notes.contentPath(shared1.sha256);

        // What an import would have left: provenance of received copies, a conflict, a permission.
        const auto agencyId = *ws->db().queryInt("SELECT id FROM agency WHERE is_local = 1");
        for (const auto& [kind, uuid] : std::vector<std::pair<std::string, std::string>>{
                 {"case", oldCase}, {"person", v1}, {"victim-profile", v2}, {"case", openCase}}) {
            exec("INSERT INTO provenance(record_kind, record_uuid, bundle_uuid, sender_agency_id, received_at) "
                 "VALUES ('" + kind + "', '" + uuid + "', 'b-1', " + std::to_string(agencyId) + ", '2018-01-01T00:00:00Z')");
        }
        exec("INSERT INTO import_conflict(bundle_uuid, record_kind, record_uuid, field, ours, theirs, created_at) "
             "VALUES ('b-1', 'person', '" + v1 + "', 'familyName', 'Wahyuni', 'Wahyoeni', '2018-01-01T00:00:00Z')");
        exec("INSERT INTO sharing_permission(origin_agency_id, recipient_country, case_uuid, granted_on) VALUES (" +
             std::to_string(agencyId) + ", 'THA', '" + oldCase + "', '2018-01-01')");

        closedCase(oldCase, "2018-06-30");
    }

    // --- building the workspace ---------------------------------------------------------------

    std::string createCase(const std::string& title, const std::string& openedOn) {
        Case c = makeCase(title);
        c.openedOn = openedOn;
        return must(ws->cases.create(c)).meta.uuid;
    }
    std::string closedCase(const std::string& uuid, const std::string& closedOn) {
        Case c = must(ws->cases.get(uuid));
        c.status = "Closed";
        c.closedOn = closedOn;
        must(ws->cases.update(c));
        return uuid;
    }
    void victim(const std::string& caseUuid, const std::string& personUuid, std::vector<std::string> forms) {
        must(ws->cases.addParty(caseUuid, personUuid, "Victim"));
        VictimProfile vp;
        vp.caseUuid = caseUuid;
        vp.personUuid = personUuid;
        vp.exploitationTypes = std::move(forms);
        must(ws->cases.setVictimProfile(vp));
    }
    void leg(const std::string& caseUuid, const std::string& personUuid, const std::string& type,
             const std::string& country) {
        JourneyLeg l;
        l.caseUuid = caseUuid;
        l.personUuid = personUuid;
        l.eventType = type;
        l.country = country;
        must(ws->links.addJourneyLeg(l));
    }
    void consent(const std::string& personUuid, std::optional<std::string> caseUuid) {
        Consent c;
        c.personUuid = personUuid;
        c.caseUuid = std::move(caseUuid);
        c.recipientAgencyCode = "RTP-ATHD";
        c.recipientCountry = "THA";
        c.purpose = "Investigation";
        c.scope = {"Identity"};
        c.givenOn = "2017-02-01";
        must(ws->consents.record(c));
    }
    void note(const std::string& caseUuid, const std::string& body) {
        Note n;
        n.caseUuid = caseUuid;
        n.kind = "Interview";
        n.body = body;
        must(ws->notes.addNote(n));
    }
    std::string source(const std::string& name, const std::string& content) {
        const std::string path = dir.file(name);
        std::ofstream(path, std::ios::binary) << content;
        return path;
    }
    void exec(const std::string& sql) { must(ws->db().execute(sql)); }
    std::int64_t count(const std::string& sql) { return must(ws->db().queryInt(sql)); }

    // --- what the tests look at ---------------------------------------------------------------

    std::int64_t caseId(const std::string& uuid) {
        return count("SELECT coalesce((SELECT id FROM case_file WHERE uuid = '" + uuid + "'), 0)");
    }
    std::int64_t personId(const std::string& uuid) {
        return count("SELECT coalesce((SELECT id FROM person WHERE uuid = '" + uuid + "'), 0)");
    }

    /// Rows in every table.
    Counts totals() {
        Counts out;
        for (const auto& t : kTables)
            out[t] = count("SELECT count(*) FROM " + t);
        return out;
    }

    /// Rows that belong to case `c` or to the people `gone` (internal ids), per table: exactly what
    /// a purge of the case must remove when those people are left in no other case.
    Counts owned(std::int64_t c, const std::vector<std::pair<std::int64_t, std::string>>& gone,
                 const std::string& caseUuid) {
        std::string ids = "-1";
        std::string uuids = "'" + caseUuid + "'";
        for (const auto& [id, uuid] : gone) {
            ids += ',';
            ids += std::to_string(id);
            uuids += ",'";
            uuids += uuid;
            uuids += '\'';
        }
        const std::string cs = std::to_string(c);
        const std::string byCase = "case_id = " + cs;
        const std::string inP = " IN (" + ids + ")";
        const std::string rel = "(case_id = " + cs + " OR from_person_id" + inP + " OR to_person_id" + inP + ")";
        Counts out;
        out["case_file"] = count("SELECT count(*) FROM case_file WHERE id = " + cs);
        for (const std::string t : {"case_person", "case_exploitation", "case_country", "victim_profile",
                                    "suspect_profile", "note", "attachment"})
            out[t] = count("SELECT count(*) FROM " + t + " WHERE " + byCase);
        out["journey_leg"] = count("SELECT count(*) FROM journey_leg WHERE " + byCase + " OR person_id" + inP);
        out["case_link"] = count("SELECT count(*) FROM case_link WHERE case_id = " + cs + " OR linked_case_id = " + cs);
        out["relationship"] = count("SELECT count(*) FROM relationship WHERE " + rel);
        out["referral"] = count("SELECT count(*) FROM referral WHERE " + byCase + " OR victim_id" + inP);
        out["referral_transition"] = count(
            "SELECT count(*) FROM referral_transition WHERE referral_id IN (SELECT id FROM referral WHERE " + byCase +
            " OR victim_id" + inP + ")");
        out["consent"] = count("SELECT count(*) FROM consent WHERE " + byCase + " OR person_id" + inP);
        out["person"] = count("SELECT count(*) FROM person WHERE id" + inP);
        for (const std::string t : {"person_alias", "person_citizenship", "person_language", "identifier"})
            out[t] = count("SELECT count(*) FROM " + t + " WHERE person_id" + inP);
        out["search_index"] = count("SELECT count(*) FROM search_index WHERE target IN (" + uuids + ")");
        out["provenance"] = count("SELECT count(*) FROM provenance WHERE record_uuid IN (" + uuids + ")");
        out["import_conflict"] = count("SELECT count(*) FROM import_conflict WHERE record_uuid IN (" + uuids + ")");
        out["sharing_permission"] = count("SELECT count(*) FROM sharing_permission WHERE case_uuid = '" + caseUuid + "'");
        return out;
    }

    /// Does any FTS5 segment still hold the bytes of `term` (deleted entries included)?
    bool indexHoldsTerm(const std::string& term) {
        auto st = must(ws->db().prepare("SELECT block FROM search_index_data"));
        bool found = false;
        // Terms are prefix-compressed within a page: look for the tail of the term.
        const std::string tail = term.substr(2);
        while (must(st->step())) {
            const auto* data = static_cast<const char*>(sqlite3_column_blob(st->handle(), 0));
            const int size = sqlite3_column_bytes(st->handle(), 0);
            if (data != nullptr && std::string(data, static_cast<std::size_t>(size)).find(tail) != std::string::npos)
                found = true;
        }
        st->reset();
        return found;
    }

    std::size_t hitsFor(const std::string& query) {
        std::size_t n = 0;
        for (const auto& g : must(ws->search.search(query)))
            n += g.hits.size();
        return n;
    }

    std::vector<security::AuditEntry> audited(const std::string& action) {
        security::AuditQuery q;
        q.action = action;
        q.newestFirst = false;
        return must(ws->audit().query(q));
    }

    /// Signs in a session holding only `roles` (the same user, for the audit trail).
    void actAs(RoleSet roles) {
        const security::Session* current = ws->context().session();
        ASSERT_NE(current, nullptr);
        security::Session s = *current;
        s.roles = roles;
        ws->context().setSession(s);
    }

    std::vector<std::string> dueUuids() {
        std::vector<std::string> out;
        for (const auto& i : must(ws->retention.due(ws->context().today())))
            out.push_back(i.uuid);
        return out;
    }

    std::string oldCase, openCase, recentCase, ancientCase, v1, v2, s1, compound;
    std::string ownFile, sharedFile;
};

using test::matrixOf;
using test::recountForms;
using test::recountMatrix;

Pairs pairsOf(const std::vector<Count>& counts) {
    Pairs out;
    for (const auto& c : counts)
        out.emplace_back(c.key, c.count);
    return out;
}

// --- rules ------------------------------------------------------------------------------------

TEST_F(RetentionTest, RulesDefaultToKeepForeverAndChangesAreAudited) {
    const auto rules = must(ws->retention.rules());
    ASSERT_EQ(rules.size(), 2U);
    EXPECT_EQ(rules[0].kind, "closed-case");
    EXPECT_EQ(rules[0].years, 7);
    EXPECT_EQ(rules[0].updatedAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(rules[0].updatedBy, ws->session().userUuid);
    EXPECT_EQ(rules[1].kind, "exchange-log");
    EXPECT_EQ(rules[1].years, 0);
    EXPECT_TRUE(rules[1].updatedAt.empty());

    const auto changes = audited(security::audit::kSettingChange);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].recordType, "retention-rule");
    EXPECT_EQ(changes[0].detail, "kind=closed-case years=7");
}

TEST_F(RetentionTest, RefusesUnknownKindsAndYearsOutOfRange) {
    for (int years : {-1, 101}) {
        auto r = ws->retention.setRule(security::kRetentionClosedCase, years);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Validation);
        EXPECT_EQ(r.error().field, "retention.years");
    }
    auto r = ws->retention.setRule("open-case", 3);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "retention.kind");
    must(ws->retention.setRule(security::kRetentionExchangeLog, 100));
    EXPECT_EQ(must(ws->retention.rules())[1].years, 100);
    EXPECT_EQ(audited(security::audit::kSettingChange).size(), 2U);  // the refusals changed nothing
}

// --- what is due ------------------------------------------------------------------------------

TEST_F(RetentionTest, ListsOnlyClosedCasesPastTheRule) {
    const auto due = must(ws->retention.due("2026-03-15"));
    ASSERT_EQ(due.size(), 1U);
    EXPECT_EQ(due[0].kind, "closed-case");
    EXPECT_EQ(due[0].uuid, oldCase);
    EXPECT_EQ(due[0].label, must(ws->cases.get(oldCase)).reference);
    EXPECT_EQ(due[0].basisDate, "2018-06-30");
    EXPECT_EQ(due[0].dueOn, "2025-06-30");
    EXPECT_TRUE(due[0].reviewOn.empty());

    // The day before it became due, nothing; when the recent case's time comes, both.
    EXPECT_TRUE(must(ws->retention.due("2025-06-29")).empty());
    EXPECT_EQ(must(ws->retention.due("2031-01-01")).size(), 2U);

    // A longer rule, or none, lists nothing today.
    must(ws->retention.setRule(security::kRetentionClosedCase, 8));
    EXPECT_TRUE(must(ws->retention.due("2026-03-15")).empty());
    must(ws->retention.setRule(security::kRetentionClosedCase, 0));
    EXPECT_TRUE(must(ws->retention.due("2100-01-01")).empty());
}

TEST_F(RetentionTest, AReopenedCaseIsNoLongerDue) {
    Case c = must(ws->cases.get(oldCase));
    c.status = "UnderInvestigation";
    c.closedOn.reset();
    must(ws->cases.update(c));
    EXPECT_TRUE(dueUuids().empty());
}

TEST_F(RetentionTest, PostponeHidesTheCaseUntilTheReviewDate) {
    must(ws->retention.postpone(security::kRetentionClosedCase, oldCase, "2026-09-01"));
    EXPECT_TRUE(dueUuids().empty());
    EXPECT_TRUE(must(ws->retention.due("2026-08-31")).empty());
    const auto again = must(ws->retention.due("2026-09-01"));
    ASSERT_EQ(again.size(), 1U);
    EXPECT_EQ(again[0].reviewOn, "2026-09-01");
    EXPECT_EQ(again[0].dueOn, "2026-09-01");

    // While postponed it cannot be purged.
    auto refused = ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_NE(caseId(oldCase), 0);

    const auto entries = audited(security::kAuditRetentionPostpone);
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0].recordType, "case");
    EXPECT_EQ(entries[0].recordUuid, oldCase);
    EXPECT_EQ(entries[0].detail, "kind=closed-case review-on=2026-09-01");

    // Not today or earlier, and only for a record that exists.
    auto past = ws->retention.postpone(security::kRetentionClosedCase, oldCase, "2026-03-15");
    ASSERT_FALSE(past.ok());
    EXPECT_EQ(past.error().field, "retention.reviewOn");
    auto missing = ws->retention.postpone(security::kRetentionClosedCase, "00000000-0000-4000-8000-000000000009",
                                          "2027-01-01");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

// --- purge ------------------------------------------------------------------------------------

TEST_F(RetentionTest, PurgeRemovesTheCaseAndEverythingHangingOffIt) {
    const std::vector<std::pair<std::int64_t, std::string>> gone{{personId(v1), v1}, {personId(s1), s1}};
    const Counts before = totals();
    const Counts owns = owned(caseId(oldCase), gone, oldCase);
    // The fixture really has something in every table a case reaches (else the test proves nothing).
    for (const auto& [table, n] : owns)
        EXPECT_GT(n, 0) << table;
    ASSERT_TRUE(fs::exists(ownFile));
    ASSERT_TRUE(fs::exists(sharedFile));
    ASSERT_EQ(hitsFor(kNoteTerm), 1U);
    ASSERT_TRUE(indexHoldsTerm(kNoteTerm));
    // As in a large index, where incremental merges seldom reach the old segments: a deleted
    // entry then stays in the segment data, masked by a delete marker, until a full merge.
    exec("INSERT INTO search_index(search_index, rank) VALUES ('automerge', 0)");
    exec("INSERT INTO search_index(search_index, rank) VALUES ('crisismerge', 1000)");
    const std::string reference = must(ws->cases.get(oldCase)).reference;

    const auto report = must(ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));

    // Exactly the rows of the case and of its two people who are in no other case: every other
    // row of every table is still there.
    const Counts after = totals();
    for (const auto& t : kTables) {
        const std::int64_t removed = owns.contains(t) ? owns.at(t) : 0;
        EXPECT_EQ(after.at(t), before.at(t) - removed) << t;
    }
    Counts zero;
    for (const auto& [table, n] : owns)
        zero[table] = 0;
    EXPECT_EQ(owned(caseId(oldCase), gone, oldCase), zero);

    // The report and the audit trail.
    EXPECT_EQ(report.records, 3);
    ASSERT_EQ(report.deleted.size(), 3U);
    EXPECT_EQ(report.deleted[0].recordType, "case");
    EXPECT_EQ(report.deleted[0].uuid, oldCase);
    EXPECT_EQ(report.deleted[0].label, reference);
    std::set<std::string> people{report.deleted[1].uuid, report.deleted[2].uuid};
    EXPECT_EQ(people, (std::set<std::string>{v1, s1}));
    EXPECT_EQ(report.keptPersons, std::vector<std::string>{v2});
    std::int64_t removedRows = 0;
    for (const auto& [table, n] : owns)
        if (table != "search_index")  // index rows go with their records, by trigger
            removedRows += n;
    // Dashboard aggregates and index rows are derived (triggers); every other row is counted.
    EXPECT_EQ(report.rows, removedRows);
    const auto entries = audited(security::audit::kRetentionDelete);
    ASSERT_EQ(entries.size(), 3U);
    EXPECT_EQ(entries[0].recordType, "case");
    EXPECT_EQ(entries[0].recordUuid, oldCase);
    EXPECT_NE(entries[0].detail.find("kind=closed-case rows="), std::string::npos);
    EXPECT_NE(entries[0].detail.find("case_file=1"), std::string::npos);
    EXPECT_NE(entries[0].detail.find("note=1"), std::string::npos);
    EXPECT_EQ(entries[1].recordType, "person");
    EXPECT_EQ(entries[2].recordType, "person");
    for (const auto& e : entries) {
        EXPECT_EQ(e.userUuid, ws->session().userUuid);
        // Names never reach the log.
        EXPECT_EQ(e.detail.find("Wahyuni"), std::string::npos);
        EXPECT_EQ(e.detail.find(reference), std::string::npos);
    }
    EXPECT_TRUE(must(ws->audit().verify()).ok);

    // The file only this case used is gone; the one the open case shares stays.
    EXPECT_EQ(report.files, 1);
    EXPECT_FALSE(fs::exists(ownFile));
    EXPECT_TRUE(fs::exists(sharedFile));

    // Search no longer finds the text, and the index segments no longer hold it at all.
    EXPECT_EQ(hitsFor(kNoteTerm), 0U);
    EXPECT_EQ(hitsFor("Wahyuni"), 0U);
    EXPECT_EQ(hitsFor("Hartono"), 0U);
    EXPECT_EQ(hitsFor("Sembiring"), 1U);  // the kept person
    EXPECT_FALSE(indexHoldsTerm(kNoteTerm));
    EXPECT_EQ(count(std::string("SELECT count(*) FROM search_index WHERE search_index MATCH '") + kNoteTerm + "'"), 0);

    // VACUUM ran and did not grow the file.
    EXPECT_TRUE(report.vacuumed);
    EXPECT_GT(report.bytesBefore, 0);
    EXPECT_LE(report.bytesAfter, report.bytesBefore);
    EXPECT_EQ(count("PRAGMA freelist_count"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    auto integrity = must(ws->db().prepare("PRAGMA integrity_check"));
    ASSERT_TRUE(must(integrity->step()));
    EXPECT_EQ(integrity->text(0), "ok");
    integrity->reset();
}

TEST_F(RetentionTest, PurgeKeepsAPersonOfAnotherCaseAndEverythingElse) {
    const Counts openBefore = owned(caseId(openCase), {}, openCase);
    must(ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));

    EXPECT_NE(personId(v2), 0);
    const auto parties = must(ws->cases.parties(openCase));
    ASSERT_EQ(parties.size(), 1U);
    EXPECT_EQ(parties[0].personUuid, v2);
    EXPECT_EQ(must(ws->links.journey(openCase, v2)).size(), 1U);
    EXPECT_TRUE(must(ws->cases.victimProfile(openCase, v2)).has_value());
    EXPECT_EQ(must(ws->consents.forPerson(v2)).size(), 1U);
    // The open case lost only its link from the old one.
    Counts openAfter = owned(caseId(openCase), {}, openCase);
    EXPECT_EQ(openAfter.at("case_link"), openBefore.at("case_link") - 1);
    openAfter["case_link"] = openBefore.at("case_link");
    EXPECT_EQ(openAfter, openBefore);
    EXPECT_NE(caseId(recentCase), 0);
    EXPECT_NE(caseId(ancientCase), 0);
    // Organisations are shared records: the compound stays, S1's relationship to it does not.
    EXPECT_EQ(must(ws->organisations.get(compound)).name, "Golden Fortune Compound (synthetic)");
    EXPECT_TRUE(must(ws->links.relationshipsOf(compound)).empty());
    // The kept victim still has a profile (in the open case): its provenance stays.
    EXPECT_EQ(count("SELECT count(*) FROM provenance WHERE record_uuid = '" + v2 + "'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM provenance WHERE record_uuid = '" + openCase + "'"), 1);
}

TEST_F(RetentionTest, DashboardAggregatesStayConsistent) {
    auto check = [&](const char* step) {
        SCOPED_TRACE(step);
        const auto s = must(ws->stats.dashboard());
        EXPECT_EQ(matrixOf(s), recountMatrix(ws->db()));
        EXPECT_EQ(pairsOf(s.victimsByExploitation), recountForms(ws->db()));
    };
    check("as set up");
    ASSERT_FALSE(recountMatrix(ws->db()).empty());
    must(ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));
    check("after the purge");
    // Only the open case's victim (THA, exploited in MMR) is left.
    EXPECT_EQ(recountMatrix(ws->db()), (Matrix{{"THA", "MMR", 1}}));
    EXPECT_EQ(recountForms(ws->db()), (Pairs{{"ForcedCriminality", 1}}));
    EXPECT_EQ(count("SELECT count(*) FROM stat_victim_exploitation_country WHERE person_id NOT IN (SELECT id FROM person)"), 0);
}

TEST_F(RetentionTest, APersonInTwoPurgedCasesGoesWithThem) {
    const std::string second = createCase("Second file on the same recruiter", "2016-01-01");
    must(ws->cases.addParty(second, s1, "Suspect"));
    closedCase(second, "2017-12-31");
    EXPECT_EQ(dueUuids().size(), 2U);
    // Purging one keeps S1 (the other still names them)…
    auto first = must(ws->retention.preview(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));
    EXPECT_NE(std::find(first.keptPersons.begin(), first.keptPersons.end(), s1), first.keptPersons.end());
    // …purging both removes them.
    const auto both = must(ws->retention.purge(security::kRetentionClosedCase, {oldCase, second, oldCase}, "2026-03-15"));
    EXPECT_EQ(both.records, 4);  // two cases, V1 and S1
    EXPECT_EQ(personId(s1), 0);
    EXPECT_EQ(personId(v1), 0);
    EXPECT_NE(personId(v2), 0);
}

TEST_F(RetentionTest, PreviewShowsWhatWouldGoAndChangesNothing) {
    const Counts before = totals();
    const auto audits = must(ws->audit().count({}));
    const auto preview = must(ws->retention.preview(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));
    EXPECT_EQ(preview.records, 3);
    EXPECT_EQ(preview.files, 1);
    EXPECT_FALSE(preview.vacuumed);
    ASSERT_EQ(preview.deleted.size(), 3U);
    EXPECT_EQ(preview.deleted[0].uuid, oldCase);
    EXPECT_EQ(totals(), before);
    EXPECT_TRUE(fs::exists(ownFile));
    EXPECT_EQ(must(ws->audit().count({})), audits);  // a preview writes nothing, not even to the log
    EXPECT_EQ(hitsFor(kNoteTerm), 1U);

    // The preview's counts are the purge's.
    const auto done = must(ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));
    EXPECT_EQ(done.rows, preview.rows);
    ASSERT_EQ(done.deleted.size(), preview.deleted.size());
    for (std::size_t i = 0; i < done.deleted.size(); ++i)
        EXPECT_EQ(done.deleted[i].tables, preview.deleted[i].tables);
}

TEST_F(RetentionTest, RefusesWhatIsNotDueAndDeletesNothing) {
    const Counts before = totals();
    for (const auto& list : std::vector<std::vector<std::string>>{
             {oldCase, recentCase}, {ancientCase}, {"00000000-0000-4000-8000-000000000009"}, {oldCase, openCase}}) {
        auto r = ws->retention.purge(security::kRetentionClosedCase, list, "2026-03-15");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Refused);
        EXPECT_EQ(r.error().field, "retention.uuid");
        EXPECT_EQ(totals(), before);
    }
    // A date after today would make records due early.
    auto early = ws->retention.purge(security::kRetentionClosedCase, {recentCase}, "2031-06-01");
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().field, "retention.today");
    auto none = ws->retention.purge(security::kRetentionClosedCase, {}, "2026-03-15");
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::Validation);
    EXPECT_EQ(totals(), before);
    EXPECT_TRUE(fs::exists(ownFile));
    EXPECT_TRUE(audited(security::audit::kRetentionDelete).empty());
}

TEST_F(RetentionTest, ATableThatStillReferencesADeletedPersonStopsThePurge) {
    // A table added by a later version and not yet known to retention: the purge must fail whole
    // rather than leave a row pointing to a person who is gone.
    exec("CREATE TABLE later_table(id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES person(id))");
    exec("INSERT INTO later_table(person_id) VALUES (" + std::to_string(personId(v1)) + ")");
    const Counts before = totals();
    auto r = ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Internal);
    EXPECT_NE(r.error().detail.find("later_table"), std::string::npos) << r.error().detail;
    EXPECT_EQ(totals(), before);
    EXPECT_TRUE(fs::exists(ownFile));
    // Foreign keys are enforced again afterwards.
    EXPECT_EQ(count("PRAGMA foreign_keys"), 1);
    // Without that row the purge goes through, and enforcement is still on.
    exec("DELETE FROM later_table");
    must(ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));
    EXPECT_EQ(count("PRAGMA foreign_keys"), 1);
}

TEST_F(RetentionTest, VacuumGivesBackTheSpaceOfALargeCase) {
    // Long statements: hundreds of pages that the deletion frees and VACUUM returns.
    for (int n = 0; n < 8; ++n) {
        std::string body;
        for (int i = 0; i < 2500; ++i) {
            body += "transcript line ";
            body += std::to_string(n * 10000 + i);
            body += ' ';
        }
        note(oldCase, body);
    }
    const auto report = must(ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));
    EXPECT_TRUE(report.vacuumed);
    EXPECT_LT(report.bytesAfter, report.bytesBefore);
    EXPECT_EQ(static_cast<std::int64_t>(fs::file_size(ws->path())), report.bytesAfter);
}

// --- exchange log -----------------------------------------------------------------------------

TEST_F(RetentionTest, OldExchangeLogEntriesAreListedAndPurged) {
    exec("INSERT INTO exchange_log(direction, bundle_uuid, peer_code, peer_country, verdict, at) VALUES "
         "('sent', 'bundle-old', 'TATIP', 'THA', 'sent', '2022-01-10T08:00:00Z'), "
         "('received', 'bundle-new', 'TATIP', 'THA', 'imported', '2025-12-01T08:00:00Z')");
    EXPECT_TRUE(dueUuids() == std::vector<std::string>{oldCase});
    must(ws->retention.setRule(security::kRetentionExchangeLog, 3));
    const auto due = must(ws->retention.due("2026-03-15"));
    ASSERT_EQ(due.size(), 2U);
    EXPECT_EQ(due[1].kind, "exchange-log");
    EXPECT_EQ(due[1].label, "bundle-old");
    EXPECT_EQ(due[1].basisDate, "2022-01-10");
    EXPECT_EQ(due[1].dueOn, "2025-01-10");
    const std::string id = due[1].uuid;

    // A case UUID is not an exchange-log entry.
    auto wrong = ws->retention.purge(security::kRetentionExchangeLog, {oldCase}, "2026-03-15");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Refused);

    const auto report = must(ws->retention.purge(security::kRetentionExchangeLog, {id}, "2026-03-15"));
    EXPECT_EQ(report.records, 1);
    EXPECT_EQ(report.rows, 1);
    EXPECT_EQ(count("SELECT count(*) FROM exchange_log"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM exchange_log WHERE bundle_uuid = 'bundle-new'"), 1);
    EXPECT_NE(caseId(oldCase), 0);
    const auto entries = audited(security::audit::kRetentionDelete);
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0].recordType, "exchange-log");
    EXPECT_EQ(entries[0].recordUuid, id);
    EXPECT_EQ(entries[0].detail, "kind=exchange-log rows=1 exchange_log=1");

    // Another old entry, kept until a review date (its id typed with a leading zero).
    exec("INSERT INTO exchange_log(direction, bundle_uuid, verdict, at) VALUES "
         "('received', 'bundle-kept', 'rejected', '2021-05-05T08:00:00Z')");
    const std::string kept = std::to_string(count("SELECT max(id) FROM exchange_log"));
    must(ws->retention.postpone(security::kRetentionExchangeLog, "0" + kept, "2026-04-01"));
    EXPECT_EQ(dueUuids(), std::vector<std::string>{oldCase});
    const auto later = must(ws->retention.due("2026-04-01"));
    ASSERT_EQ(later.size(), 2U);
    EXPECT_EQ(later[1].uuid, kept);
    EXPECT_EQ(later[1].reviewOn, "2026-04-01");
    auto unknown = ws->retention.postpone(security::kRetentionExchangeLog, "99999", "2026-04-01");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

// --- permissions ------------------------------------------------------------------------------

TEST_F(RetentionTest, AnInvestigatorCannotListPostponeOrPurge) {
    actAs(RoleSet{Role::Investigator});
    const Counts before = totals();
    auto due = ws->retention.due("2026-03-15");
    ASSERT_FALSE(due.ok());
    EXPECT_EQ(due.error().code, ErrorCode::Forbidden);
    auto purge = ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15");
    ASSERT_FALSE(purge.ok());
    EXPECT_EQ(purge.error().code, ErrorCode::Forbidden);
    auto preview = ws->retention.preview(security::kRetentionClosedCase, {oldCase}, "2026-03-15");
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().code, ErrorCode::Forbidden);
    auto postpone = ws->retention.postpone(security::kRetentionClosedCase, oldCase, "2027-01-01");
    ASSERT_FALSE(postpone.ok());
    EXPECT_EQ(postpone.error().code, ErrorCode::Forbidden);
    auto rule = ws->retention.setRule(security::kRetentionClosedCase, 1);
    ASSERT_FALSE(rule.ok());
    EXPECT_EQ(rule.error().code, ErrorCode::Forbidden);
    auto rules = ws->retention.rules();
    ASSERT_FALSE(rules.ok());
    EXPECT_EQ(rules.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(totals(), before);

    const auto denials = audited(security::audit::kPermissionDenied);
    ASSERT_EQ(denials.size(), 6U);
    EXPECT_EQ(denials[1].detail, "permission=retention-confirm");
    EXPECT_EQ(denials[1].recordType, "case");
    EXPECT_EQ(denials[4].detail, "permission=settings-manage");
}

TEST_F(RetentionTest, SupervisorsConfirmAndAdministratorsSetTheRules) {
    actAs(RoleSet{Role::Supervisor});
    EXPECT_EQ(must(ws->retention.rules()).size(), 2U);  // read beside the list
    auto rule = ws->retention.setRule(security::kRetentionClosedCase, 1);
    ASSERT_FALSE(rule.ok());
    EXPECT_EQ(rule.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(dueUuids(), std::vector<std::string>{oldCase});
    must(ws->retention.purge(security::kRetentionClosedCase, {oldCase}, "2026-03-15"));
    EXPECT_EQ(caseId(oldCase), 0);

    actAs(RoleSet{Role::Administrator});
    must(ws->retention.setRule(security::kRetentionClosedCase, 2));
    EXPECT_EQ(must(ws->retention.rules())[0].years, 2);
    auto due = ws->retention.due("2026-03-15");
    ASSERT_FALSE(due.ok());
    EXPECT_EQ(due.error().code, ErrorCode::Forbidden);
    auto purge = ws->retention.purge(security::kRetentionClosedCase, {recentCase}, "2026-03-15");
    ASSERT_FALSE(purge.ok());
    EXPECT_EQ(purge.error().code, ErrorCode::Forbidden);
    EXPECT_NE(caseId(recentCase), 0);
}

}  // namespace
}  // namespace lintas
