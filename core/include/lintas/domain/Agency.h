#pragma once

#include <string>

namespace lintas {

/// A law-enforcement or partner agency, identified by code + ISO 3166-1 alpha-3 country.
struct Agency {
    std::string uuid;
    std::string code;     ///< e.g. "BARESKRIM"; upper-case letters, digits, '-' and '_'
    std::string country;  ///< ISO 3166-1 alpha-3, e.g. "IDN"
    std::string name;
    bool isLocal = false; ///< the agency that owns this database
    std::string createdAt;
    std::string updatedAt;
};

}  // namespace lintas
