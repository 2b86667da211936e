#pragma once

#include "lintas/domain/Identifier.h"
#include "lintas/domain/Record.h"

#include <optional>
#include <string>
#include <vector>

namespace lintas {

struct Address {
    std::string label;  ///< e.g. "head office", "compound"
    std::string street;
    std::string city;
    std::string state;
    std::string postalCode;
    std::optional<std::string> country;  ///< ISO alpha-3
    std::optional<double> latitude;
    std::optional<double> longitude;
};

/// Recruitment agency, employer, company, scam compound, NGO, service provider… (HTCDS org_*).
struct Organisation {
    RecordMeta meta;
    std::string name;
    std::string type = "Other";          ///< vocab::List::OrganisationType
    std::optional<std::string> country; ///< ISO alpha-3 of registration / main seat
    std::string phone;
    std::string website;
    std::string notes;
    std::vector<Address> addresses;
    std::vector<Identifier> identifiers;
};

}  // namespace lintas
