#pragma once

#include "lintas/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lintas::store {

/// A prepared statement. Owned by the Database's cache; reset on every use.
/// Binding indices are 1-based like SQLite's; columns are 0-based.
class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    Statement& bind(int index, const std::optional<int>& value);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const void* data, std::size_t size);

    /// Advances to the next row: true when a row is available, false when done.
    /// A failure is returned as an error (constraint violations map to typed codes).
    [[nodiscard]] Result<bool> step();
    /// Runs a statement that returns no rows.
    [[nodiscard]] Status exec();
    /// Resets and clears bindings so the statement can be reused.
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int int32(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optText(int column) const;
    [[nodiscard]] std::optional<int> optInt(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optInt64(int column) const;
    [[nodiscard]] std::optional<double> optReal(int column) const;

    [[nodiscard]] sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
};

/// Maps the current error of `db` (after `rc`) to a typed Error without personal data.
[[nodiscard]] Error sqliteError(sqlite3* db, int rc, std::string_view context);

}  // namespace lintas::store
