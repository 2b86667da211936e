#include "DashboardRecount.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

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

/// A small workspace whose every dashboard figure is known. Today is 2026-03-15 (test clock);
/// the 24 months of "new cases" run from 2024-04 to 2026-03.
class DashboardStatsTest : public StatsServiceTest {
protected:
    void SetUp() override {
        StatsServiceTest::SetUp();
        caseA = openCase("A", "UnderInvestigation", "2026-02-01");
        caseB = openCase("B", "Reported", "2026-03-15");       // today: the last month
        openCase("C", "Active", "2024-04-01");                 // first day of the first month
        openCase("D", "Active", "2024-03-31");                 // the day before the window
        caseE = openCase("E", "UnderInvestigation", "2026-02-28");

        v1 = victim(caseA, {"IDN"}, {"ForcedCriminality", "ForcedLabour"});
        v2 = victim(caseA, {"MMR", "IDN"}, {"ForcedCriminality"});  // first citizenship: MMR
        v3 = victim(caseE, {}, {"SexualExploitation"});              // no citizenship recorded
        v5 = victim(caseE, {"IDN"}, {});
        addVictim(caseE, v1, {"ForcedCriminality"});                 // v1 again, in a second case

        leg(caseA, v1, "Recruitment", "IDN");
        leg(caseA, v1, "Exploitation", "KHM");
        leg(caseA, v1, "Exploitation", "KHM");  // twice in one country: still one victim
        leg(caseA, v1, "Exploitation", "MMR");
        leg(caseE, v1, "Exploitation", "KHM");  // and again in another case
        leg(caseA, v2, "Exploitation", "KHM");
        leg(caseE, v3, "Exploitation", "THA");
        leg(caseE, v5, "Exploitation", "KHM");
        leg(caseE, v5, "Transit", "THA");
        // Removing a victim role removes that person's journey in the case with it.
        const std::string former = victim(caseB, {"VNM"}, {});
        leg(caseB, former, "Exploitation", "THA");
        must(ws->cases.removeParty(caseB, former, "Victim"));
        must(ws->cases.addParty(caseB, former, "Witness"));
        const auto suspect = must(ws->persons.create(makePerson("Joko", "Santoso")));
        must(ws->cases.addParty(caseA, suspect.meta.uuid, "Suspect"));

        referral(caseA, v1, "Shelter", "2026-03-01", {});                                   // overdue
        referral(caseA, v1, "Medical", "2026-03-14", {"Accepted"});                         // overdue
        referral(caseA, v2, "Shelter", "2026-03-10", {"Accepted", "InProgress", "Completed"});
        referral(caseA, v2, "Legal", "2026-03-15", {});                                     // due today
        referral(caseE, v3, "Shelter", "2026-01-01", {"Declined"});
        referral(caseE, v3, "Psychosocial", std::nullopt, {});
        referral(caseE, v3, "Shelter", "2026-02-01", {});                                   // overdue
    }

    std::string openCase(const std::string& title, const std::string& status, const std::string& openedOn) {
        Case c = makeCase(title);
        c.status = status;
        c.openedOn = openedOn;
        return must(ws->cases.create(c)).meta.uuid;
    }
    void addVictim(const std::string& caseUuid, const std::string& personUuid, std::vector<std::string> forms) {
        must(ws->cases.addParty(caseUuid, personUuid, "Victim"));
        VictimProfile vp;
        vp.caseUuid = caseUuid;
        vp.personUuid = personUuid;
        vp.exploitationTypes = std::move(forms);
        must(ws->cases.setVictimProfile(vp));
    }
    std::string victim(const std::string& caseUuid, std::vector<std::string> citizenships,
                       std::vector<std::string> forms) {
        Person p = makePerson("Victim", std::to_string(++m_people));
        p.citizenships = std::move(citizenships);
        const std::string uuid = must(ws->persons.create(p)).meta.uuid;
        addVictim(caseUuid, uuid, std::move(forms));
        return uuid;
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
    void referral(const std::string& caseUuid, const std::string& victimUuid, const std::string& service,
                  std::optional<std::string> due, const std::vector<std::string>& moves) {
        Referral r;
        r.caseUuid = caseUuid;
        r.victimUuid = victimUuid;
        r.service = service;
        r.dueDate = std::move(due);
        const std::string uuid = must(ws->referrals.create(r)).uuid;
        for (const auto& to : moves)
            must(ws->referrals.move(uuid, to));
    }

    std::string caseA, caseB, caseE, v1, v2, v3, v5;

private:
    int m_people = 0;
};

std::vector<std::pair<std::string, std::int64_t>> pairs(const std::vector<Count>& counts) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto& c : counts)
        out.emplace_back(c.key, c.count);
    return out;
}

using test::Pairs;

TEST_F(DashboardStatsTest, CasesByStatusLargestFirst) {
    const auto s = must(ws->stats.dashboard());
    EXPECT_EQ(s.today, "2026-03-15");
    EXPECT_EQ(s.cases, 5);
    EXPECT_EQ(pairs(s.casesByStatus), (Pairs{{"Active", 2}, {"UnderInvestigation", 2}, {"Reported", 1}}));
}

TEST_F(DashboardStatsTest, VictimsByFormOfExploitationCountEachProfile) {
    const auto s = must(ws->stats.dashboard());
    // Profiles: v1 in A (2 forms), v2 in A, v3 in E, v5 in E (none), v1 in E.
    EXPECT_EQ(pairs(s.victimsByExploitation),
              (Pairs{{"ForcedCriminality", 3}, {"ForcedLabour", 1}, {"SexualExploitation", 1}}));
    // The same figures as compute(), which the CLI prints.
    EXPECT_EQ(pairs(must(ws->stats.compute()).victimsByExploitation), pairs(s.victimsByExploitation));
}

TEST_F(DashboardStatsTest, VictimsByFirstCitizenshipAndCountryOfExploitation) {
    const auto s = must(ws->stats.dashboard());
    std::vector<std::tuple<std::string, std::string, std::int64_t>> got;
    for (const auto& c : s.victimsByCitizenshipAndExploitationCountry)
        got.emplace_back(c.citizenship, c.exploitationCountry, c.count);
    // v1 (IDN) in KHM (three legs, two cases) and MMR; v5 (IDN) in KHM; v2 (MMR first, then IDN)
    // in KHM; v3 (no citizenship) in THA. The former victim (VNM, THA) does not count; nor do
    // recruitment and transit legs.
    const std::vector<std::tuple<std::string, std::string, std::int64_t>> expected{
        {"IDN", "KHM", 2}, {"", "THA", 1}, {"IDN", "MMR", 1}, {"MMR", "KHM", 1}};
    EXPECT_EQ(got, expected);
}

using test::Matrix;
using test::matrixOf;
using test::recountForms;
using test::recountMatrix;

TEST_F(DashboardStatsTest, AggregatesFollowEveryKindOfChange) {
    auto check = [&](const char* step) {
        SCOPED_TRACE(step);
        const auto s = must(ws->stats.dashboard());
        EXPECT_EQ(matrixOf(s), recountMatrix(ws->db()));
        EXPECT_EQ(pairs(s.victimsByExploitation), recountForms(ws->db()));
    };
    check("as set up");

    // A victim's first citizenship changes (IDN → THA, IDN second).
    Person p1 = must(ws->persons.reveal(v1, "statistics test: edit a victim's citizenships"));
    p1.citizenships = {"THA", "IDN"};
    must(ws->persons.update(p1));
    check("first citizenship changed");
    // All citizenships removed: the victim moves to the "unknown" row.
    Person p5 = must(ws->persons.reveal(v5, "statistics test: edit a victim's citizenships"));
    p5.citizenships = {};
    must(ws->persons.update(p5));
    check("citizenships removed");

    // One of two exploitation legs in KHM goes: v1 still counts in KHM.
    const auto legs = must(ws->links.journey(caseA, v1));
    for (const auto& l : legs)
        if (l.eventType == "Exploitation" && l.country == "MMR")
            must(ws->links.removeJourneyLeg(l.uuid));
    check("a leg removed");

    // The victim role of v2 is removed: the journey and the profile go with it.
    must(ws->cases.removeParty(caseA, v2, "Victim"));
    EXPECT_TRUE(must(ws->links.journey(caseA, v2)).empty());
    check("victim role removed");

    // A profile's forms change.
    VictimProfile vp;
    vp.caseUuid = caseE;
    vp.personUuid = v3;
    vp.exploitationTypes = {"ForcedLabour", "ForcedCriminality"};
    must(ws->cases.setVictimProfile(vp));
    check("profile changed");

    const auto s = must(ws->stats.dashboard());
    const Matrix expected{{"", "KHM", 1}, {"", "THA", 1}, {"THA", "KHM", 1}};
    EXPECT_EQ(matrixOf(s), expected);
}

TEST_F(DashboardStatsTest, NewCasesPerMonthCoverTwentyFourMonthsWithZeros) {
    const auto s = must(ws->stats.dashboard());
    ASSERT_EQ(s.newCasesByMonth.size(), 24U);
    EXPECT_EQ(s.newCasesByMonth.front().month, "2024-04");
    EXPECT_EQ(s.newCasesByMonth.front().firstDay, "2024-04-01");
    EXPECT_EQ(s.newCasesByMonth.front().lastDay, "2024-04-30");
    EXPECT_EQ(s.newCasesByMonth.back().month, "2026-03");
    EXPECT_EQ(s.newCasesByMonth.back().lastDay, "2026-03-31");
    std::int64_t total = 0;
    for (const auto& m : s.newCasesByMonth) {
        total += m.count;
        if (m.month == "2024-04")
            EXPECT_EQ(m.count, 1);
        else if (m.month == "2026-02")
            EXPECT_EQ(m.count, 2);
        else if (m.month == "2026-03")
            EXPECT_EQ(m.count, 1);
        else
            EXPECT_EQ(m.count, 0) << m.month;
    }
    EXPECT_EQ(total, 4);  // case D (2024-03-31) is before the window
}

TEST_F(DashboardStatsTest, MonthsFollowTheClock) {
    clock->set(*parseTimestamp("2027-01-05T00:00:00Z"));
    const auto s = must(ws->stats.dashboard(3));
    ASSERT_EQ(s.newCasesByMonth.size(), 3U);
    EXPECT_EQ(s.newCasesByMonth[0].month, "2026-11");
    EXPECT_EQ(s.newCasesByMonth[2].month, "2027-01");
    for (const auto& m : s.newCasesByMonth)
        EXPECT_EQ(m.count, 0);
}

TEST_F(DashboardStatsTest, ReferralsByStateAndOverdueByService) {
    const auto s = must(ws->stats.dashboard());
    EXPECT_EQ(pairs(s.referralsByStatus), (Pairs{{"Requested", 4}, {"Accepted", 1}, {"Completed", 1}, {"Declined", 1}}));
    // Overdue: past due (strictly before today) and not finished.
    EXPECT_EQ(s.overdueReferrals, 3);
    EXPECT_EQ(pairs(s.overdueByService), (Pairs{{"Shelter", 2}, {"Medical", 1}}));
}

TEST_F(DashboardStatsTest, RefusesAnUnreasonableNumberOfMonths) {
    for (int months : {0, -1, 601}) {
        auto r = ws->stats.dashboard(months);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Validation);
        EXPECT_EQ(r.error().field, "stats.months");
    }
}

TEST_F(StatsServiceTest, DashboardOfAnEmptyDatabase) {
    const auto s = must(ws->stats.dashboard());
    EXPECT_EQ(s.cases, 0);
    EXPECT_TRUE(s.casesByStatus.empty());
    EXPECT_TRUE(s.victimsByExploitation.empty());
    EXPECT_TRUE(s.victimsByCitizenshipAndExploitationCountry.empty());
    EXPECT_TRUE(s.referralsByStatus.empty());
    EXPECT_TRUE(s.overdueByService.empty());
    ASSERT_EQ(s.newCasesByMonth.size(), 24U);
    for (const auto& m : s.newCasesByMonth)
        EXPECT_EQ(m.count, 0);
}

TEST(StatsMonths, EndAtTheMonthOfTodayAcrossYearsAndLeapDays) {
    const auto months = StatsService::monthsEndingAt("2024-03-31", 3);
    ASSERT_EQ(months.size(), 3U);
    EXPECT_EQ(months[0].month, "2024-01");
    EXPECT_EQ(months[0].lastDay, "2024-01-31");
    EXPECT_EQ(months[1].firstDay, "2024-02-01");
    EXPECT_EQ(months[1].lastDay, "2024-02-29");  // leap year
    EXPECT_EQ(months[2].lastDay, "2024-03-31");
    EXPECT_EQ(StatsService::monthsEndingAt("2100-02-10", 1).front().lastDay, "2100-02-28");  // not leap
    EXPECT_EQ(StatsService::monthsEndingAt("2000-02-10", 1).front().lastDay, "2000-02-29");  // leap
    const auto year = StatsService::monthsEndingAt("2026-01-01", 13);
    ASSERT_EQ(year.size(), 13U);
    EXPECT_EQ(year.front().month, "2025-01");
    EXPECT_EQ(year[11].month, "2025-12");
    EXPECT_EQ(year[11].lastDay, "2025-12-31");
    EXPECT_TRUE(StatsService::monthsEndingAt("2026-13-01", 24).empty());
    EXPECT_TRUE(StatsService::monthsEndingAt("2026-03-15", 0).empty());
}

}  // namespace
}  // namespace lintas
