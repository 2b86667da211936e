#pragma once

#include "lintas/Result.h"
#include "lintas/store/Statement.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace lintas::security {
class SecretBytes;
}

namespace lintas::store {

/// One SQLite connection with WAL, foreign keys, synchronous=FULL and a prepared-statement cache.
/// Not thread-safe: use one Database per thread.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (creating when missing and `create` is set) the file and configures the connection.
    /// With `key`, the connection is keyed first (SQLCipher, see Cipher.h); a file that then does
    /// not decrypt is an Integrity error. Without it the file is opened as plaintext (only the
    /// migration of earlier versions' databases and tests do that).
    /// Does not touch the schema: see Schema::open / Schema::create.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const std::string& path, bool create,
                                                                Mode mode = Mode::ReadWrite,
                                                                const security::SecretBytes* key = nullptr);
    /// An in-memory database, for tests.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openMemory();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Returns a cached prepared statement for `sql`, reset and with cleared bindings.
    [[nodiscard]] Result<Statement*> prepare(std::string_view sql);
    /// Runs one or more SQL statements that return no rows.
    [[nodiscard]] Status execute(std::string_view sql);
    /// Convenience: first column of the first row as an integer (0 when no row).
    [[nodiscard]] Result<std::int64_t> queryInt(std::string_view sql);

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

    /// Drops every cached statement (needed before schema changes in migrations).
    void clearStatementCache();

    /// Reads every page: for a keyed database, SQLCipher's per-page HMAC
    /// (PRAGMA cipher_integrity_check), then SQLite's PRAGMA integrity_check. Integrity error
    /// naming the first problem. Takes time in proportion to the file: not done at every open.
    [[nodiscard]] Status checkIntegrity();
    /// Was the connection keyed (an encrypted database)?
    [[nodiscard]] bool keyed() const { return m_keyed; }

private:
    Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    [[nodiscard]] Status configure(bool readOnly);

    sqlite3* m_db;
    std::string m_path;
    bool m_keyed = false;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

/// RAII transaction: rolls back on destruction unless committed. Nests through savepoints, so a
/// service that opens its own Transaction inside a caller's still commits atomically with it.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Status of BEGIN/SAVEPOINT; check it before doing work.
    [[nodiscard]] const Status& begun() const { return m_begun; }
    [[nodiscard]] Status commit();

private:
    Database& m_db;
    std::string m_savepoint;  // empty for the outermost transaction
    Status m_begun;
    bool m_done = false;
};

}  // namespace lintas::store
