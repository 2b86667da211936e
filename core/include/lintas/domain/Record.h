#pragma once

#include <cstdint>
#include <string>

namespace lintas {

/// What every top-level record carries: an immutable UUID, its origin agency and UTC timestamps.
/// `version` increases on each update and detects concurrent changes (optimistic locking).
struct RecordMeta {
    std::string uuid;
    std::string originAgency;  ///< UUID of the agency the record comes from
    std::string createdAt;     ///< ISO 8601 UTC
    std::string updatedAt;     ///< ISO 8601 UTC
    std::int64_t version = 0;  ///< 0 for a record not yet stored
};

}  // namespace lintas
