#pragma once
// The dashboard aggregates counted from scratch over the base tables: what the trigger-kept
// tables of schema v5 must always equal, after any change (StatsServiceTest) and after a
// retention purge (RetentionTest).

#include "lintas/service/StatsService.h"
#include "lintas/store/Database.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace lintas::test {

using Matrix = std::vector<std::tuple<std::string, std::string, std::int64_t>>;
using Pairs = std::vector<std::pair<std::string, std::int64_t>>;

/// The citizenship × country-of-exploitation matrix as the dashboard reports it.
inline Matrix matrixOf(const DashboardStatistics& s) {
    Matrix out;
    for (const auto& c : s.victimsByCitizenshipAndExploitationCountry)
        out.emplace_back(c.citizenship, c.exploitationCountry, c.count);
    return out;
}

/// The same matrix counted from the journeys, victim roles and citizenships.
inline Matrix recountMatrix(store::Database& db) {
    auto st = db.prepare(
        "SELECT coalesce(c.country, ''), v.country, count(*) FROM "
        "(SELECT DISTINCT j.country, j.person_id FROM journey_leg j WHERE j.event_type = 'Exploitation' AND "
        "EXISTS (SELECT 1 FROM case_person cp WHERE cp.case_id = j.case_id AND cp.person_id = j.person_id AND "
        "cp.role = 'Victim')) v LEFT JOIN person_citizenship c ON c.person_id = v.person_id AND c.position = 0 "
        "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2");
    EXPECT_TRUE(st.ok());
    Matrix out;
    while (st.ok()) {
        auto row = (*st)->step();
        EXPECT_TRUE(row.ok());
        if (!row.ok() || !*row)
            break;
        out.emplace_back((*st)->text(0), (*st)->text(1), (*st)->int64(2));
    }
    return out;
}

/// Victims by form of exploitation counted from the victim profiles.
inline Pairs recountForms(store::Database& db) {
    auto st = db.prepare(
        "SELECT value, count(*) FROM (SELECT DISTINCT vp.rowid, j.value FROM victim_profile vp, "
        "json_each(vp.exploitation_types) j) GROUP BY value ORDER BY 2 DESC, 1");
    EXPECT_TRUE(st.ok());
    Pairs out;
    while (st.ok()) {
        auto row = (*st)->step();
        EXPECT_TRUE(row.ok());
        if (!row.ok() || !*row)
            break;
        out.emplace_back((*st)->text(0), (*st)->int64(1));
    }
    return out;
}

}  // namespace lintas::test
