#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lintas {

/// What a victim agreed may be shared, with whom (an agency or a whole country) and what for.
struct Consent {
    std::string uuid;
    std::string personUuid;
    std::optional<std::string> caseUuid;              ///< limited to one case, or all when empty
    std::optional<std::string> recipientAgencyCode;
    std::optional<std::string> recipientCountry;      ///< ISO alpha-3
    std::string purpose;                              ///< vocab::List::ConsentPurpose
    std::vector<std::string> scope;                   ///< vocab::List::ConsentScope
    std::string givenOn;                              ///< ISO date
    std::optional<std::string> withdrawnOn;           ///< ISO date
    std::string recordedBy;
    std::string createdAt;

    /// In force on `date` (ISO): given on or before it and not withdrawn by then.
    [[nodiscard]] bool activeOn(const std::string& date) const;
};

}  // namespace lintas
