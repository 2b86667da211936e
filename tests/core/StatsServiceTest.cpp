#include "TestWorkspace.h"

#include <gtest/gtest.h>

namespace lintas {
namespace {

class StatsServiceTest : public test::WorkspaceTest {};

std::int64_t countOf(const std::vector<Count>& counts, const std::string& key) {
    for (const auto& c : counts)
        if (c.key == key)
            return c.count;
    return 0;
}

TEST_F(StatsServiceTest, EmptyDatabase) {
    auto s = must(ws->stats.compute());
    EXPECT_EQ(s.cases, 0);
    EXPECT_TRUE(s.casesByStatus.empty());
    EXPECT_EQ(must(ws->stats.caseCount()), 0);
}

TEST_F(StatsServiceTest, CountsByStatusExploitationCountryAndReferrals) {
    Case a = makeCase("A");
    a.exploitationForms = {"ForcedCriminality", "ForcedLabour"};
    a.countries = {"IDN", "MMR"};
    auto ca = must(ws->cases.create(a));
    Case b = makeCase("B");
    b.status = "Reported";
    b.exploitationForms = {"SexualExploitation"};
    b.countries = {"IDN", "THA"};
    must(ws->cases.create(b));

    auto v1 = must(ws->persons.create(makePerson("Sari", "Dewi")));
    auto v2 = must(ws->persons.create(makePerson("Ayu", "Putri")));
    auto s1 = must(ws->persons.create(makePerson("Joko", "Santoso")));
    must(ws->cases.addParty(ca.meta.uuid, v1.meta.uuid, "Victim"));
    must(ws->cases.addParty(ca.meta.uuid, v2.meta.uuid, "Victim"));
    must(ws->cases.addParty(ca.meta.uuid, s1.meta.uuid, "Suspect"));
    VictimProfile vp;
    vp.caseUuid = ca.meta.uuid;
    vp.personUuid = v1.meta.uuid;
    vp.exploitationTypes = {"ForcedCriminality", "ForcedLabour"};
    must(ws->cases.setVictimProfile(vp));
    vp.personUuid = v2.meta.uuid;
    vp.exploitationTypes = {"ForcedCriminality"};
    must(ws->cases.setVictimProfile(vp));

    Referral r;
    r.caseUuid = ca.meta.uuid;
    r.victimUuid = v1.meta.uuid;
    r.service = "Shelter";
    r.dueDate = "2026-03-01";  // before the test clock's today: overdue
    must(ws->referrals.create(r));
    r.service = "Medical";
    r.dueDate = "2026-04-01";
    must(ws->referrals.create(r));

    auto s = must(ws->stats.compute());
    EXPECT_EQ(s.cases, 2);
    EXPECT_EQ(s.persons, 3);
    EXPECT_EQ(s.victims, 2);
    EXPECT_EQ(s.suspects, 1);
    EXPECT_EQ(countOf(s.casesByStatus, "UnderInvestigation"), 1);
    EXPECT_EQ(countOf(s.casesByStatus, "Reported"), 1);
    EXPECT_EQ(countOf(s.casesByExploitation, "ForcedCriminality"), 1);
    EXPECT_EQ(countOf(s.victimsByExploitation, "ForcedCriminality"), 2);
    EXPECT_EQ(countOf(s.victimsByExploitation, "ForcedLabour"), 1);
    EXPECT_EQ(countOf(s.casesByCountry, "IDN"), 2);
    EXPECT_EQ(countOf(s.casesByCountry, "MMR"), 1);
    EXPECT_EQ(s.referrals, 2);
    EXPECT_EQ(countOf(s.referralsByStatus, "Requested"), 2);
    EXPECT_EQ(s.overdueReferrals, 1);
    EXPECT_EQ(countOf(s.overdueByService, "Shelter"), 1);
    EXPECT_EQ(countOf(s.overdueByService, "Medical"), 0);
    // Sorted by count, largest first.
    EXPECT_EQ(s.casesByCountry.front().key, "IDN");
}

}  // namespace
}  // namespace lintas
