#include "TestWorkspace.h"

#include "lintas/Time.h"
#include "lintas/service/DemoGenerator.h"
#include "lintas/store/Statement.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace lintas {
namespace {

class DemoGeneratorTest : public test::WorkspaceTest {
protected:
    DemoSummary generate(Workspace& w, int cases, std::uint64_t seed) {
        DemoOptions options;
        options.cases = cases;
        options.seed = seed;
        return must(generateDemo(w, options));
    }

    std::int64_t count(const std::string& sql) { return must(ws->db().queryInt(sql)); }

    /// Every row's first column of `sql`, joined: a fingerprint of what was generated.
    std::string rows(Workspace& w, const std::string& sql) {
        auto st = must(w.db().prepare(sql));
        std::string out;
        while (must(st->step())) {
            out += st->text(0);
            out += '\n';
        }
        return out;
    }

    std::string dump(Workspace& w) {
        return rows(w, "SELECT uuid || reference || title || status || coalesce(opened_on, '') || "
                       "coalesce(closed_on, '') || tlp || handling_code || summary FROM case_file ORDER BY id") +
               rows(w, "SELECT uuid || given_names || '/' || middle_name || '/' || family_name || sex || "
                       "coalesce(birth_date, '') FROM person ORDER BY id") +
               rows(w, "SELECT name || script || transliteration FROM person_alias ORDER BY id") +
               rows(w, "SELECT type || value || value_norm FROM identifier ORDER BY id") +
               rows(w, "SELECT role || role_details || case_id || '/' || person_id FROM case_person "
                       "ORDER BY case_id, person_id, role") +
               rows(w, "SELECT service || status || coalesce(due_date, '') || officer FROM referral ORDER BY id") +
               rows(w, "SELECT event_type || country || city || coalesce(event_date, '') FROM journey_leg ORDER BY id") +
               rows(w, "SELECT type || source_reliability || information_credibility FROM relationship ORDER BY id") +
               rows(w, "SELECT name || type FROM organisation ORDER BY id") +
               rows(w, "SELECT body FROM note ORDER BY id");
    }

    /// A second fresh workspace made exactly like the fixture's (same clock, same UUID seed).
    std::unique_ptr<Workspace> twin(const std::string& file) {
        return must(Workspace::create(dir.file(file), test::testAgency(), test::testAdministrator(),
                                      test::testOptions(clock)));
    }
};

TEST_F(DemoGeneratorTest, FiftyCasesWithAboutTenPeopleEach) {
    const DemoSummary summary = generate(*ws, 50, 7);
    EXPECT_EQ(summary.cases, 50);
    EXPECT_FALSE(summary.cancelled);
    EXPECT_EQ(count("SELECT count(*) FROM case_file"), 50);
    EXPECT_EQ(count("SELECT count(*) FROM person"), summary.persons);
    EXPECT_EQ(count("SELECT count(*) FROM organisation"), summary.organisations);
    EXPECT_EQ(count("SELECT count(*) FROM referral"), summary.referrals);

    EXPECT_GE(count("SELECT min(n) FROM (SELECT count(*) AS n FROM case_person GROUP BY case_id)"), 7);
    EXPECT_LE(count("SELECT max(n) FROM (SELECT count(*) AS n FROM case_person GROUP BY case_id)"), 14);
    const auto roles = count("SELECT count(*) FROM case_person");
    EXPECT_GE(roles, 50 * 9);
    EXPECT_LE(roles, 50 * 11);
    // Every case has victims and suspects, each with their per-case profile.
    EXPECT_EQ(count("SELECT count(DISTINCT case_id) FROM case_person WHERE role = 'Victim'"), 50);
    EXPECT_EQ(count("SELECT count(DISTINCT case_id) FROM case_person WHERE role = 'Suspect'"), 50);
    EXPECT_EQ(count("SELECT count(*) FROM victim_profile"),
              count("SELECT count(*) FROM case_person WHERE role = 'Victim'"));
    EXPECT_EQ(count("SELECT count(*) FROM suspect_profile"),
              count("SELECT count(*) FROM case_person WHERE role = 'Suspect'"));
    EXPECT_GT(count("SELECT count(*) FROM consent"), 0);
    EXPECT_GE(count("SELECT count(*) FROM note"), 100);
    EXPECT_GT(count("SELECT count(*) FROM case_link WHERE foreign_reference IS NOT NULL"), 0);
    EXPECT_GT(count("SELECT count(*) FROM relationship WHERE type = 'Recruited'"), 0);
    EXPECT_GT(count("SELECT count(*) FROM organisation WHERE type = 'ScamCompound'"), 0);
    EXPECT_GT(count("SELECT count(*) FROM organisation WHERE type = 'Shelter'"), 0);
}

TEST_F(DemoGeneratorTest, ReferralsInEveryStateAndSomeOverdue) {
    generate(*ws, 50, 7);
    for (const char* state : {"Requested", "Accepted", "InProgress", "Completed", "Declined", "Cancelled"})
        EXPECT_GT(count(std::string("SELECT count(*) FROM referral WHERE status = '") + state + "'"), 0) << state;
    EXPECT_GT(must(ws->referrals.countOverdue()), 0);
    // A completed referral went through every step, and each step left a transition.
    EXPECT_EQ(count("SELECT count(*) FROM referral WHERE status = 'Completed' AND (accepted_at IS NULL OR "
                    "started_at IS NULL OR completed_at IS NULL)"),
              0);
    EXPECT_GE(count("SELECT count(*) FROM referral_transition"), count("SELECT count(*) FROM referral"));
}

TEST_F(DemoGeneratorTest, SuspectsAndIdentifiersRecurAcrossCases) {
    generate(*ws, 50, 7);
    // The same suspect person in two or more cases.
    EXPECT_GT(count("SELECT count(*) FROM (SELECT person_id FROM case_person WHERE role = 'Suspect' "
                    "GROUP BY person_id HAVING count(DISTINCT case_id) >= 2)"),
              0);
    // An identifier (phone, handle…) that cross-case matching finds in different cases.
    const std::string shared = rows(*ws, "SELECT i.type || char(9) || i.value_norm FROM identifier i "
                                         "JOIN case_person cp ON cp.person_id = i.person_id "
                                         "GROUP BY i.type, i.value_norm HAVING count(DISTINCT cp.case_id) >= 2 "
                                         "ORDER BY i.type, i.value_norm LIMIT 1");
    ASSERT_FALSE(shared.empty());
    const auto tab = shared.find('\t');
    const std::string type = shared.substr(0, tab);
    const std::string value = shared.substr(tab + 1, shared.size() - tab - 2);
    EXPECT_FALSE(must(ws->persons.findByIdentifier(type, value)).empty()) << type << " " << value;
    // Cases that share a suspect are linked.
    EXPECT_GT(count("SELECT count(*) FROM case_link WHERE linked_case_id IS NOT NULL"), 0);
}

TEST_F(DemoGeneratorTest, JourneysLeadToScamCompounds) {
    generate(*ws, 50, 7);
    EXPECT_GT(count("SELECT count(*) FROM journey_leg WHERE event_type = 'Exploitation' AND "
                    "country IN ('MMR', 'KHM', 'LAO')"),
              0);
    EXPECT_GT(count("SELECT count(*) FROM victim_profile WHERE exploitation_types LIKE '%ForcedCriminality%'"), 0);
    // Every victim's journey starts with recruitment and ends with exploitation or return.
    EXPECT_EQ(count("SELECT count(*) FROM journey_leg WHERE sequence = 1 AND event_type <> 'Recruitment'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM (SELECT case_id, person_id FROM victim_profile) v WHERE NOT EXISTS "
                    "(SELECT 1 FROM journey_leg j WHERE j.case_id = v.case_id AND j.person_id = v.person_id "
                    "AND j.event_type = 'Exploitation')"),
              0);
    EXPECT_GT(count("SELECT count(*) FROM journey_leg WHERE event_type = 'Transit' AND city = 'Mae Sot'"), 0);
}

TEST_F(DemoGeneratorTest, NamesFollowEachCountrysConventions) {
    generate(*ws, 120, 3);
    // Burmese names have no family name and carry a Myanmar-script alias.
    const auto burmese = count("SELECT count(*) FROM person p JOIN person_citizenship c ON c.person_id = p.id "
                               "WHERE c.country = 'MMR'");
    ASSERT_GT(burmese, 0);
    EXPECT_EQ(count("SELECT count(*) FROM person p JOIN person_citizenship c ON c.person_id = p.id "
                    "WHERE c.country = 'MMR' AND p.family_name <> ''"),
              0);
    EXPECT_GT(count("SELECT count(*) FROM person_alias WHERE script = 'Mymr' AND transliteration <> ''"), 0);
    // Vietnamese family names come first in the native form and are stored as family names.
    EXPECT_EQ(count("SELECT count(*) FROM person p JOIN person_citizenship c ON c.person_id = p.id "
                    "WHERE c.country = 'VNM' AND p.family_name NOT IN ('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', "
                    "'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý')"),
              0);
    // Malay names keep the patronymic in the name, with no family name.
    EXPECT_EQ(count("SELECT count(*) FROM person p JOIN person_citizenship c ON c.person_id = p.id "
                    "WHERE c.country = 'MYS' AND (p.family_name <> '' OR (p.given_names NOT LIKE '% bin %' AND "
                    "p.given_names NOT LIKE '% binti %'))"),
              0);
    // Filipino names have a middle name.
    EXPECT_EQ(count("SELECT count(*) FROM person p JOIN person_citizenship c ON c.person_id = p.id "
                    "WHERE c.country = 'PHL' AND (p.middle_name = '' OR p.family_name = '')"),
              0);
    EXPECT_GT(count("SELECT count(*) FROM person_alias WHERE script IN ('Thai', 'Khmr', 'Laoo')"), 0);
    // Phones were normalised to E.164 with the right calling code.
    EXPECT_GT(count("SELECT count(*) FROM identifier WHERE type = 'Phone' AND value_norm LIKE '+66%'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM identifier WHERE type = 'Phone' AND value_norm NOT LIKE '+%'"), 0);
}

TEST_F(DemoGeneratorTest, CasesSpreadOverThreeYearsAndAllStatuses) {
    generate(*ws, 120, 3);
    const int today = *isoDateToDays(ws->context().today());
    const auto oldest = must(ws->db().prepare("SELECT min(opened_on), max(opened_on) FROM case_file"));
    ASSERT_TRUE(must(oldest->step()));
    EXPECT_GE(*isoDateToDays(oldest->text(0)), today - 1100);
    EXPECT_LE(*isoDateToDays(oldest->text(1)), today);
    oldest->reset();
    EXPECT_GE(count("SELECT count(DISTINCT substr(opened_on, 1, 7)) FROM case_file"), 20);
    EXPECT_GE(count("SELECT count(DISTINCT substr(opened_on, 1, 7)) FROM case_file WHERE opened_on >= '" +
                    daysToIsoDate(today - 730) + "'"),
              15);
    EXPECT_GE(count("SELECT count(DISTINCT status) FROM case_file"), 7);
    EXPECT_EQ(count("SELECT count(*) FROM case_file WHERE status IN ('Closed', 'ClosedReferred') AND closed_on IS NULL"),
              0);
    EXPECT_GE(count("SELECT count(DISTINCT tlp) FROM case_file"), 4);
    EXPECT_GE(count("SELECT count(DISTINCT handling_code) FROM case_file"), 3);
}

TEST_F(DemoGeneratorTest, SameSeedGivesSameDataAndOtherSeedsDiffer) {
    generate(*ws, 20, 11);
    auto second = twin("second.db");
    generate(*second, 20, 11);
    const std::string a = dump(*ws);
    EXPECT_GT(a.size(), 1000u);
    EXPECT_EQ(a, dump(*second));

    auto third = twin("third.db");
    generate(*third, 20, 12);
    EXPECT_NE(a, dump(*third));
}

TEST_F(DemoGeneratorTest, ProgressReportsEveryBatchAndCanCancel) {
    std::vector<int> seen;
    DemoOptions options;
    options.cases = 30;
    options.progress = [&](int done, int total) {
        EXPECT_EQ(total, 30);
        seen.push_back(done);
        return true;
    };
    const DemoSummary all = must(generateDemo(*ws, options));
    ASSERT_FALSE(seen.empty());
    EXPECT_EQ(seen.back(), 30);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_FALSE(all.cancelled);

    auto other = twin("cancel.db");
    options.cases = 50;
    options.progress = [](int, int) { return false; };
    const DemoSummary cancelled = must(generateDemo(*other, options));
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_GT(cancelled.cases, 0);
    EXPECT_LT(cancelled.cases, 50);
    // The committed batch stays, whole.
    EXPECT_EQ(must(other->db().queryInt("SELECT count(*) FROM case_file")), cancelled.cases);
    EXPECT_EQ(must(other->db().queryInt("SELECT count(DISTINCT case_id) FROM case_person")), cancelled.cases);
}

TEST_F(DemoGeneratorTest, SearchFindsGeneratedRecords) {
    generate(*ws, 30, 5);
    int hits = 0;
    for (const auto& group : must(ws->search.search("Telegram")))
        hits += static_cast<int>(group.hits.size());
    EXPECT_GT(hits, 0);
    const std::string given = rows(*ws, "SELECT given_names FROM person WHERE family_name <> '' ORDER BY id LIMIT 1");
    ASSERT_FALSE(given.empty());
    EXPECT_FALSE(must(ws->persons.findByName(given.substr(0, given.size() - 1))).empty());
}

// Persons, parties, journey legs, relationships and notes are written in batches rather than one
// service call each: what the services read back must be exactly what they would have written.
TEST_F(DemoGeneratorTest, BatchWrittenRecordsReadBackThroughTheServices) {
    generate(*ws, 12, 9);
    const std::string localAgency = must(ws->agencies.local()).uuid;
    std::vector<std::string> caseUuids;
    {
        auto st = must(ws->db().prepare("SELECT uuid FROM case_file ORDER BY id"));
        while (must(st->step()))
            caseUuids.push_back(st->text(0));
    }
    ASSERT_EQ(caseUuids.size(), 12u);
    int persons = 0, legs = 0;
    for (const auto& caseUuid : caseUuids) {
        const auto parties = must(ws->cases.parties(caseUuid));
        EXPECT_GE(parties.size(), 7u);
        for (const auto& party : parties) {
            Person p = must(ws->persons.get(party.personUuid));
            if (p.identityMasked)  // a victim: the whole record needs a reason
                p = must(ws->persons.reveal(party.personUuid, "demo generator test: compare stored fields"));
            EXPECT_FALSE(p.identityMasked);
            ++persons;
            EXPECT_EQ(p.meta.originAgency, localAgency);
            EXPECT_EQ(p.meta.version, 1);
            EXPECT_EQ(p.meta.createdAt, ws->context().now());
            EXPECT_FALSE(p.displayName().empty());
            EXPECT_FALSE(p.citizenships.empty());
            // Stored identifiers carry the same normalised form validation would give them again.
            Person again = p;
            must(PersonService::validate(again, ws->context().today()));
            ASSERT_EQ(again.identifiers.size(), p.identifiers.size());
            for (std::size_t i = 0; i < p.identifiers.size(); ++i)
                EXPECT_EQ(again.identifiers[i].normalized, p.identifiers[i].normalized);
            if (party.role == "Victim") {
                const auto journey = must(ws->links.journey(caseUuid, party.personUuid));
                ASSERT_GE(journey.size(), 2u);
                for (std::size_t i = 0; i < journey.size(); ++i) {
                    EXPECT_EQ(journey[i].sequence, static_cast<int>(i) + 1);
                    must(LinkService::validate(journey[i]));
                }
                EXPECT_EQ(journey.front().eventType, "Recruitment");
                legs += static_cast<int>(journey.size());
                EXPECT_TRUE(must(ws->cases.victimProfile(caseUuid, party.personUuid)).has_value());
            }
        }
        for (const auto& r : must(ws->links.relationshipsInCase(caseUuid)))
            must(LinkService::validate(r));
        const auto notes = must(ws->notes.notes(caseUuid));
        EXPECT_GE(notes.size(), 2u);
        for (const auto& n : notes)
            must(NoteService::validate(n));
    }
    EXPECT_GT(persons, 12 * 7);
    EXPECT_GT(legs, 12 * 2);
    // Everything the search index should hold is in it: one row per case, person, alias,
    // identifier, organisation and note.
    EXPECT_EQ(count("SELECT count(*) FROM search_index"),
              count("SELECT (SELECT count(*) FROM case_file) + (SELECT count(*) FROM person) + "
                    "(SELECT count(*) FROM person_alias) + (SELECT count(*) FROM identifier) + "
                    "(SELECT count(*) FROM organisation) + (SELECT count(*) FROM note)"));
    // Referrals look exactly as if created and moved through ReferralService.
    ReferralQuery all;
    all.limit = 100000;
    const auto referrals = must(ws->referrals.list(all));
    ASSERT_FALSE(referrals.empty());
    for (const auto& r : referrals) {
        const auto history = must(ws->referrals.history(r.uuid));
        ASSERT_FALSE(history.empty());
        EXPECT_EQ(r.version, static_cast<std::int64_t>(history.size()));
        EXPECT_FALSE(history.front().fromStatus.has_value());
        EXPECT_EQ(history.front().toStatus, "Requested");
        EXPECT_EQ(history.back().toStatus, r.status);
        for (std::size_t i = 1; i < history.size(); ++i) {
            EXPECT_EQ(history[i].fromStatus.value_or(""), history[i - 1].toStatus);
            EXPECT_TRUE(referral_rules::canMove(*history[i].fromStatus, history[i].toStatus));
        }
        auto passed = [&](const char* state) {
            for (const auto& t : history)
                if (t.toStatus == state)
                    return true;
            return false;
        };
        EXPECT_EQ(r.acceptedAt.has_value(), passed("Accepted"));
        EXPECT_EQ(r.startedAt.has_value(), passed("InProgress"));
        EXPECT_EQ(r.completedAt.has_value(), passed("Completed"));
        EXPECT_EQ(r.declinedAt.has_value(), passed("Declined"));
        EXPECT_EQ(r.cancelledAt.has_value(), passed("Cancelled"));
        must(ReferralService::validate(r));
    }

    // The services carry on normally afterwards: a new case gets the next free reference, and a
    // referral moved by the service ends up shaped like the generated ones.
    const Case after = must(ws->cases.create(makeCase("After the demo")));
    EXPECT_EQ(count("SELECT count(*) FROM case_file WHERE reference = '" + after.reference + "'"), 1);
    must(ws->persons.create(makePerson()));
    const Referral& done = [&]() -> const Referral& {
        for (const auto& r : referrals)
            if (r.status == "Completed")
                return r;
        return referrals.front();
    }();
    ASSERT_EQ(done.status, "Completed");
    Referral fresh;
    fresh.caseUuid = done.caseUuid;
    fresh.victimUuid = done.victimUuid;
    fresh.service = "Legal";
    const Referral created = must(ws->referrals.create(fresh, "vso.test"));
    must(ws->referrals.move(created.uuid, "Accepted", "vso.test"));
    must(ws->referrals.move(created.uuid, "InProgress", "vso.test"));
    const Referral moved = must(ws->referrals.move(created.uuid, "Completed", "vso.test", {}, "Service delivered as planned"));
    EXPECT_EQ(moved.version, done.version);
    EXPECT_EQ(moved.outcome, done.outcome);
    EXPECT_EQ(moved.requestedAt, done.requestedAt);
    EXPECT_EQ(moved.completedAt, done.completedAt);
    EXPECT_EQ(must(ws->referrals.history(created.uuid)).size(), must(ws->referrals.history(done.uuid)).size());
}

TEST_F(DemoGeneratorTest, NeedsCaseWriteAndLeavesOneSummaryEntry) {
    // A supervisor reads everything but creates no case: no demo data either, and the refusal is
    // on record.
    security::Session supervisor = ws->session();
    supervisor.roles = security::RoleSet{security::Role::Supervisor};
    ws->context().setSession(supervisor);
    DemoOptions options;
    options.cases = 5;
    const auto refused = generateDemo(*ws, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(count("SELECT count(*) FROM case_file"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM organisation"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'permission-denied' "
                    "AND detail = 'permission=case-write'"),
              1);

    security::Session investigator = supervisor;
    investigator.roles = security::RoleSet{security::Role::Investigator};
    ws->context().setSession(investigator);
    const DemoSummary made = generate(*ws, 5, 3);
    EXPECT_EQ(made.cases, 5);
    // The bulk rows are counted in one entry; the delegation ends with the run.
    EXPECT_EQ(rows(*ws, "SELECT detail FROM audit_log WHERE action = 'create' AND record_type = '' "
                        "AND detail LIKE 'demo %'"),
              "demo cases=5 persons=" + std::to_string(made.persons) +
                  " organisations=" + std::to_string(made.organisations) +
                  " referrals=" + std::to_string(made.referrals) + "\n");
    EXPECT_FALSE(ws->context().delegated());
    // Organisations, stored through their service, each left their own entry.
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'create' AND record_type = 'organisation'"),
              made.organisations);
}

TEST_F(DemoGeneratorTest, ZeroCasesDoesNothingAndNegativeIsRefused) {
    const DemoSummary none = generate(*ws, 0, 1);
    EXPECT_EQ(none.cases, 0);
    EXPECT_EQ(count("SELECT count(*) FROM case_file"), 0);
    DemoOptions bad;
    bad.cases = -1;
    const auto refused = generateDemo(*ws, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
}

}  // namespace
}  // namespace lintas
