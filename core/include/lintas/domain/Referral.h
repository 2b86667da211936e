#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lintas {

/// A referral of a victim to a support service, with its lifecycle.
/// Requested → Accepted → InProgress → Completed; Requested → Declined; any open state → Cancelled.
struct Referral {
    std::string uuid;
    std::string caseUuid;
    std::string victimUuid;
    std::string service;                       ///< vocab::List::ServiceType
    std::optional<std::string> providerUuid;   ///< organisation UUID
    std::string officer;
    std::string status = "Requested";          ///< vocab::List::ReferralStatus
    std::optional<std::string> dueDate;        ///< ISO date
    std::string outcome;
    std::string notes;
    std::string requestedAt;
    std::optional<std::string> acceptedAt;
    std::optional<std::string> startedAt;
    std::optional<std::string> completedAt;
    std::optional<std::string> declinedAt;
    std::optional<std::string> cancelledAt;
    std::string createdAt;
    std::string updatedAt;
    std::int64_t version = 0;
    // Filled when listing, for display:
    std::string victimName;
    std::string providerName;
    std::string caseReference;
};

struct ReferralTransition {
    std::optional<std::string> fromStatus;
    std::string toStatus;
    std::string at;
    std::string byUser;
    std::string note;
};

/// Lifecycle rules, shared by every caller.
namespace referral_rules {
/// True when `from` → `to` is a legal move.
[[nodiscard]] bool canMove(const std::string& from, const std::string& to);
/// The states reachable from `from`, in display order.
[[nodiscard]] std::vector<std::string> nextStates(const std::string& from);
/// Completed, Declined and Cancelled end the lifecycle.
[[nodiscard]] bool isTerminal(const std::string& status);
/// Past due (strictly before `today`, an ISO date) and not finished.
[[nodiscard]] bool isOverdue(const Referral& r, const std::string& today);
}  // namespace referral_rules

}  // namespace lintas
