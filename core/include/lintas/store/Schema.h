#pragma once

#include "lintas/Result.h"
#include "lintas/store/Database.h"

#include <cstdint>

namespace lintas::store {

/// The Lintas schema: identification (PRAGMA application_id), versions and forward migrations.
class Schema {
public:
    /// "LNTS" — marks a SQLite file as a Lintas database.
    static constexpr std::int32_t kApplicationId = 0x4C4E5453;
    /// Version this build writes. Each migration moves the schema from N-1 to N.
    static constexpr int kCurrentVersion = 6;

    /// Creates the schema in an empty database. Refuses a non-empty one.
    [[nodiscard]] static Status create(Database& db);
    /// Checks that `db` is a Lintas database this build understands and migrates it forward
    /// (one transaction per step). Foreign files and newer schemas are refused untouched.
    [[nodiscard]] static Status upgrade(Database& db);
    /// Migrates an empty or Lintas database up to exactly `version` (tests use this to build
    /// databases of older versions).
    [[nodiscard]] static Status migrateTo(Database& db, int version);
    [[nodiscard]] static Result<int> version(Database& db);
};

}  // namespace lintas::store
