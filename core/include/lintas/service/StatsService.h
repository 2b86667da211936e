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

class StatsService {
public:
    explicit StatsService(Context& ctx) : m_ctx(ctx) {}
    [[nodiscard]] Result<Statistics> compute();
    [[nodiscard]] Result<std::int64_t> caseCount();

private:
    Context& m_ctx;
};

}  // namespace lintas
