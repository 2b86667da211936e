#include "lintas/store/Statement.h"

#include <sqlite3.h>

namespace lintas::store {

Error sqliteError(sqlite3* db, int rc, std::string_view context) {
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    // SQLite's messages name tables and columns, never bound values, so they carry no personal data.
    std::string detail(context);
    detail += ": ";
    detail += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    ErrorCode code = ErrorCode::Database;
    switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: code = ErrorCode::Duplicate; break;
    case SQLITE_CONSTRAINT_FOREIGNKEY: code = ErrorCode::ForeignKey; break;
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT_DATATYPE: code = ErrorCode::Validation; break;
    default:
        if ((rc & 0xFF) == SQLITE_NOTADB)
            code = ErrorCode::NotLintasDatabase;
        else if ((rc & 0xFF) == SQLITE_CORRUPT)
            code = ErrorCode::Integrity;  // a page failed SQLCipher's HMAC or SQLite's own checks
        else if ((rc & 0xFF) == SQLITE_CANTOPEN || (rc & 0xFF) == SQLITE_IOERR || (rc & 0xFF) == SQLITE_FULL)
            code = ErrorCode::Io;
    }
    return Error{code, {}, std::move(detail)};
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}
Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}
Statement& Statement::bind(int index, std::string_view value) {
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}
Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}
Statement& Statement::bind(int index, const std::optional<int>& value) {
    return value ? bind(index, static_cast<std::int64_t>(*value)) : bindNull(index);
}
Statement& Statement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}
Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}
Statement& Statement::bindBlob(int index, const void* data, std::size_t size) {
    sqlite3_bind_blob64(m_stmt, index, data, size, SQLITE_TRANSIENT);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = sqliteError(m_db, rc, "step");
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::exec() {
    auto r = step();
    if (!r)
        return r.error();
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}
std::optional<std::string> Statement::optText(int column) const {
    if (isNull(column))
        return std::nullopt;
    return text(column);
}
std::optional<int> Statement::optInt(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int32(column);
}
std::optional<std::int64_t> Statement::optInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}
std::optional<double> Statement::optReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

}  // namespace lintas::store
