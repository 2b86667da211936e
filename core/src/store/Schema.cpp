#include "lintas/store/Schema.h"

#include <array>
#include <string>

namespace lintas::store {
namespace {

// Migration N takes the schema from version N-1 to N. Never edit a released step: add a new one.
constexpr std::array<const char*, Schema::kCurrentVersion> kMigrations = {
#include "SchemaV1.sql.inc"
    ,
#include "SchemaV2.sql.inc"
    ,
#include "SchemaV3.sql.inc"
    ,
#include "SchemaV4.sql.inc"
    ,
#include "SchemaV5.sql.inc"
    ,
#include "SchemaV6.sql.inc"
};

Result<std::int64_t> applicationId(Database& db) { return db.queryInt("PRAGMA application_id"); }

Result<std::int64_t> userTableCount(Database& db) {
    return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
}

Status migrateStep(Database& db, int target) {
    db.clearStatementCache();
    Transaction tx(db);
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(db.execute(kMigrations[static_cast<std::size_t>(target - 1)]));
    LINTAS_TRY(db.execute("PRAGMA application_id = " + std::to_string(Schema::kApplicationId)));
    LINTAS_TRY(db.execute("PRAGMA user_version = " + std::to_string(target)));
    return tx.commit();
}

}  // namespace

Result<int> Schema::version(Database& db) {
    auto v = db.queryInt("PRAGMA user_version");
    if (!v)
        return v.error();
    return static_cast<int>(*v);
}

Status Schema::migrateTo(Database& db, int target) {
    if (target < 0 || target > kCurrentVersion)
        return Error{ErrorCode::Internal, "schema", "no such schema version"};
    auto appId = applicationId(db);
    if (!appId)
        return appId.error();
    auto current = version(db);
    if (!current)
        return current.error();
    if (*appId != kApplicationId) {
        auto tables = userTableCount(db);
        if (!tables)
            return tables.error();
        if (*tables != 0 || *current != 0)
            return Error{ErrorCode::NotLintasDatabase, "database", "the file is a SQLite database of another application"};
    }
    if (*current > kCurrentVersion)
        return Error{ErrorCode::NewerSchema, "database",
                     "schema version " + std::to_string(*current) + " is newer than " +
                         std::to_string(kCurrentVersion) + ", the newest this build understands"};
    // WAL is persistent in the file; set it before the first write so it never changes a foreign file.
    if (*current < target) {
        LINTAS_TRY(db.execute("PRAGMA journal_mode = WAL"));
    }
    for (int v = *current + 1; v <= target; ++v)
        LINTAS_TRY(migrateStep(db, v));
    return {};
}

Status Schema::create(Database& db) {
    auto tables = userTableCount(db);
    if (!tables)
        return tables.error();
    if (*tables != 0)
        return Error{ErrorCode::Duplicate, "database", "the database already holds data"};
    return migrateTo(db, kCurrentVersion);
}

Status Schema::upgrade(Database& db) {
    auto appId = applicationId(db);
    if (!appId)
        return appId.error();
    if (*appId != kApplicationId)
        return Error{ErrorCode::NotLintasDatabase, "database", "the file is not a Lintas database"};
    return migrateTo(db, kCurrentVersion);
}

}  // namespace lintas::store
