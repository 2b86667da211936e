#pragma once

#include "lintas/Result.h"
#include "lintas/service/Context.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lintas {

struct Count {
    std::string key;
    std::int64_t count = 0;
};

/// Aggregates computed in SQL, never by loading rows.
struct Statistics {
    std::int64_t cases = 0;
    std::int64_t persons = 0;
    std::int64_t victims = 0;   ///< distinct persons who are victims in at least one case
    std::int64_t suspects = 0;  ///< distinct persons who are suspects in at least one case
    std::int64_t organisations = 0;
    std::int64_t referrals = 0;
    std::int64_t overdueReferrals = 0;
    std::vector<Count> casesByStatus;
    std::vector<Count> casesByExploitation;   ///< form of exploitation recorded on the case
    std::vector<Count> victimsByExploitation; ///< from victim profiles (a victim may count in several)
    std::vector<Count> casesByCountry;        ///< countries involved
    std::vector<Count> referralsByStatus;
    std::vector<Count> overdueByService;
};

/// Victims counted by where they are citizens and where they were exploited.
struct CountryPairCount {
    std::string citizenship;          ///< the victim's first citizenship (ISO alpha-3); empty when none
    std::string exploitationCountry;  ///< country of an Exploitation leg of the victim's journey
    std::int64_t count = 0;           ///< distinct victims
};

/// Cases opened in one calendar month.
struct MonthCount {
    std::string month;     ///< "2026-03"
    std::string firstDay;  ///< "2026-03-01", inclusive
    std::string lastDay;   ///< "2026-03-31", inclusive
    std::int64_t count = 0;
};

/// What the dashboard charts. Every series is one GROUP BY in SQL over indexed columns; nothing
/// is computed from loaded rows.
struct DashboardStatistics {
    std::string today;  ///< the day "overdue" and the months are relative to (ISO date)
    std::int64_t cases = 0;
    std::int64_t overdueReferrals = 0;
    std::vector<Count> casesByStatus;          ///< largest first
    std::vector<Count> victimsByExploitation;  ///< victim profiles per form; a victim may count in several
    /// Distinct victims per (first citizenship, country of exploitation); a victim exploited in two
    /// countries counts in both. Only people who are victims in the leg's case count.
    std::vector<CountryPairCount> victimsByCitizenshipAndExploitationCountry;
    /// Cases by opened_on, one entry per month, oldest first, ending with the month of `today`;
    /// months without cases are included with 0.
    std::vector<MonthCount> newCasesByMonth;
    std::vector<Count> referralsByStatus;  ///< largest first
    std::vector<Count> overdueByService;   ///< open referrals past their due date, largest first
};

/// Aggregates only (counts, never a record). Every call but the static helper needs StatsRead
/// (checked first; a refusal is Forbidden and audited).
class StatsService {
public:
    /// Months the dashboard's "new cases per month" series covers.
    static constexpr int kDashboardMonths = 24;

    explicit StatsService(Context& ctx) : m_ctx(ctx) {}
    [[nodiscard]] Result<Statistics> compute();
    [[nodiscard]] Result<std::int64_t> caseCount();
    /// The dashboard's series, from one read snapshot. `months` (1–600) is the length of
    /// newCasesByMonth; anything else is a Validation error naming "stats.months".
    [[nodiscard]] Result<DashboardStatistics> dashboard(int months = kDashboardMonths);
    /// The `months` calendar months ending with the month of `today` (an ISO date), oldest first,
    /// with counts 0. Empty when `today` is not a date or `months` is out of range.
    [[nodiscard]] static std::vector<MonthCount> monthsEndingAt(const std::string& today, int months);

private:
    Context& m_ctx;
};

}  // namespace lintas
