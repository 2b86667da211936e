#include "lintas/store/Database.h"

#include "lintas/security/Keyring.h"
#include "lintas/store/Cipher.h"

#include <sqlite3.h>

#include <atomic>

namespace lintas::store {

Result<std::unique_ptr<Database>> Database::open(const std::string& path, bool create, Mode mode,
                                                 const security::SecretBytes* key) {
    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && mode == Mode::ReadWrite)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(handle, rc, "open database");
        e.code = ErrorCode::Io;
        e.field = "database";
        sqlite3_close_v2(handle);
        return e;
    }
    std::unique_ptr<Database> db(new Database(handle, path));
    // SQLCipher logs decryption failures to stderr; they come back as Integrity errors instead.
    sqlite3_exec(handle, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
    if (key) {
        // Keyed before anything else touches the file.
        std::string pragma = keyPragma(*key);
        const int keyed = sqlite3_exec(handle, pragma.c_str(), nullptr, nullptr, nullptr);
        security::wipeString(pragma);
        if (keyed != SQLITE_OK)
            return Error{ErrorCode::CipherUnavailable, "database", "the SQLite library refused the database key"};
        db->m_keyed = true;
    }
    if (auto s = db->configure(mode == Mode::ReadOnly); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openMemory() {
    static std::atomic<int> counter{0};
    // A private named in-memory database: each call gets its own.
    return open("file:lintas-mem-" + std::to_string(counter++) + "?mode=memory", true);
}

Status Database::configure(bool readOnly) {
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    // Reading the schema first turns "file is not a database" into an error here, before any
    // pragma could write to a foreign file.
    if (auto r = queryInt("SELECT count(*) FROM sqlite_schema"); !r) {
        Error e = r.error();
        if (m_keyed && (e.code == ErrorCode::NotLintasDatabase || e.code == ErrorCode::Integrity ||
                        e.code == ErrorCode::Database)) {
            // SQLCipher authenticates page 1 with its HMAC: a wrong key and an altered file look
            // the same, and neither may be read as if it were data.
            return Error{ErrorCode::Integrity, "database", "the database file does not decrypt: damaged or altered"};
        }
        if (e.code == ErrorCode::Database)
            e.code = ErrorCode::NotLintasDatabase;
        e.field = "database";
        return e;
    }
    LINTAS_TRY(execute("PRAGMA foreign_keys = ON"));
    LINTAS_TRY(execute("PRAGMA temp_store = MEMORY"));
    if (m_keyed) {
        // Every page read from an encrypted file is HMAC-checked and decrypted. A page cache big
        // enough for a large database's working set does that once per page instead of on every
        // visit: on 100,000 cases the overdue-referrals list takes 2.4 s with SQLite's 2 MB
        // default and about 0.17 s with 256 MiB, as fast as unencrypted (docs/performance.md).
        // The cache only grows as pages are read; a small database never uses it all.
        LINTAS_TRY(execute("PRAGMA cache_size = -262144"));  // in KiB: 256 MiB
    }
    if (!readOnly) {
        LINTAS_TRY(execute("PRAGMA synchronous = FULL"));
    }
    return {};
}

Database::~Database() {
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Result<Statement*> Database::prepare(std::string_view sql) {
    const std::string key(sql);
    if (auto it = m_cache.find(key); it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, key.c_str(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "prepare");
    auto owned = std::make_unique<Statement>(m_db, stmt);
    Statement* raw = owned.get();
    m_cache.emplace(key, std::move(owned));
    return raw;
}

Status Database::execute(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "execute");
    return {};
}

Result<std::int64_t> Database::queryInt(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const std::int64_t v = *row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    return v;
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }
void Database::clearStatementCache() { m_cache.clear(); }

Status Database::checkIntegrity() {
    // Pragmas that return rows of problems; read them directly (no statement cache: a failed
    // page read can leave the statement unusable).
    auto firstProblem = [this](const char* sql, const char* okText) -> Result<std::string> {
        sqlite3_stmt* st = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr);
        if (rc != SQLITE_OK)
            return sqliteError(m_db, rc, "integrity check");
        std::string problem;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(st, 0);
            const std::string row = text ? reinterpret_cast<const char*>(text) : "";
            if (problem.empty() && row != okText)
                problem = row;
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE && problem.empty())
            problem = sqlite3_errstr(rc);
        return problem;
    };
    if (m_keyed) {
        auto cipher = firstProblem("PRAGMA cipher_integrity_check", "");
        if (!cipher)
            return Error{ErrorCode::Integrity, "database", cipher.error().detail};
        if (!cipher->empty())
            return Error{ErrorCode::Integrity, "database", "the database file was altered: " + *cipher};
    }
    auto sqlite = firstProblem("PRAGMA integrity_check", "ok");
    if (!sqlite)
        return Error{ErrorCode::Integrity, "database", sqlite.error().detail};
    if (!sqlite->empty())
        return Error{ErrorCode::Integrity, "database", "the database is damaged: " + *sqlite};
    return {};
}

Transaction::Transaction(Database& db) : m_db(db) {
    if (db.inTransaction()) {
        static std::atomic<unsigned> counter{0};
        m_savepoint = "sp" + std::to_string(counter++);
        m_begun = db.execute("SAVEPOINT " + m_savepoint);
    } else {
        // IMMEDIATE takes the write lock now, so a busy database fails here and not halfway.
        m_begun = db.execute("BEGIN IMMEDIATE");
    }
    if (!m_begun)
        m_done = true;
}

Transaction::~Transaction() {
    if (m_done)
        return;
    if (m_savepoint.empty()) {
        (void)m_db.execute("ROLLBACK");
    } else {
        (void)m_db.execute("ROLLBACK TO " + m_savepoint);
        (void)m_db.execute("RELEASE " + m_savepoint);
    }
}

Status Transaction::commit() {
    if (m_done)
        return Error{ErrorCode::Internal, {}, "transaction already finished"};
    Status s = m_savepoint.empty() ? m_db.execute("COMMIT") : m_db.execute("RELEASE " + m_savepoint);
    if (s)
        m_done = true;
    return s;
}

}  // namespace lintas::store
