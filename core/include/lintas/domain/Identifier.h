#pragma once

#include <optional>
#include <string>

namespace lintas {

/// A typed identifier of a person or organisation, stored as entered and normalised for exact
/// matching (phones in E.164, passports upper-case without spaces, e-mail lower-case, …).
struct Identifier {
    std::string type;   ///< vocab::List::IdentifierType
    std::string value;  ///< as entered
    std::string normalized;                ///< filled by the store
    std::optional<std::string> issuingCountry;  ///< ISO alpha-3 (passport, national ID, phone region)
};

}  // namespace lintas
