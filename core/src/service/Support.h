#pragma once
// Internal helpers shared by the service implementations (not part of the public API).

#include "lintas/Result.h"
#include "lintas/domain/Vocabulary.h"
#include "lintas/service/Context.h"
#include "lintas/store/Database.h"
#include "lintas/store/Statement.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::detail {

/// Multi-select picklists are stored as compact JSON arrays of codes: ["A","B"].
[[nodiscard]] std::string toJsonArray(const std::vector<std::string>& values);
[[nodiscard]] std::vector<std::string> fromJsonArray(std::string_view json);

// Field checks. Each returns a Validation error naming `field` and what is wrong.
[[nodiscard]] Status requireText(const std::string& field, const std::string& value, std::size_t maxLength = 500);
[[nodiscard]] Status checkText(const std::string& field, const std::string& value, std::size_t maxLength = 100000);
[[nodiscard]] Status requireCode(const std::string& field, vocab::List list, const std::string& value);
[[nodiscard]] Status checkCode(const std::string& field, vocab::List list, const std::optional<std::string>& value);
[[nodiscard]] Status checkCodes(const std::string& field, vocab::List list, const std::vector<std::string>& values);
[[nodiscard]] Status requireCountry(const std::string& field, const std::string& value);
[[nodiscard]] Status checkCountry(const std::string& field, const std::optional<std::string>& value);
[[nodiscard]] Status checkCountries(const std::string& field, const std::vector<std::string>& values);
[[nodiscard]] Status checkLanguages(const std::string& field, const std::vector<std::string>& values);
[[nodiscard]] Status checkDate(const std::string& field, const std::optional<std::string>& value);
[[nodiscard]] Status requireDate(const std::string& field, const std::string& value);
/// A date that must not lie after `today`.
[[nodiscard]] Status checkPastDate(const std::string& field, const std::optional<std::string>& value,
                                   const std::string& today);
[[nodiscard]] Status checkLatLon(const std::string& field, const std::optional<double>& lat,
                                 const std::optional<double>& lon);
[[nodiscard]] Status requireUuid(const std::string& field, const std::string& value);
/// Agency codes: 1–32 upper-case letters A–Z, digits, '-' and '_'.
[[nodiscard]] Status checkAgencyCode(const std::string& field, const std::string& code);

/// True when the person holds `role` (a PersonRole code) in the case (internal ids).
[[nodiscard]] Result<bool> hasRole(store::Database& db, std::int64_t caseId, std::int64_t personId,
                                   const std::string& role);

/// SQL: is the person with internal id `personIdExpr` (an SQL expression) a victim in any case?
/// Such a person's identifying fields are masked (docs/security.md, "Masking").
[[nodiscard]] std::string isVictimSql(std::string_view personIdExpr);
/// True when the person (internal id) is a victim in at least one case.
[[nodiscard]] Result<bool> isVictim(store::Database& db, std::int64_t personId);

/// Inside a Context::Delegation the operation that delegated (bundle export or import, retention)
/// has its own permission and audit entry and its own rules for identities: services then hand
/// out unmasked records.
[[nodiscard]] inline bool unmasked(const Context& ctx) { return ctx.delegated(); }
/// Does the session (or an active delegation) hold `p`? No audit entry: for choosing what to show.
[[nodiscard]] inline bool holds(const Context& ctx, security::Permission p) {
    return ctx.delegated() || ctx.can(p);
}
/// For calls open to every signed-in user (agency look-ups): Forbidden without a session.
[[nodiscard]] Status requireSignedIn(const Context& ctx);

/// Names of the fields an update changed, for the audit entry's detail ("fields=a,b"): names
/// only, never values.
class ChangedFields {
public:
    template <typename T>
    void compare(const char* name, const T& before, const T& after) {
        if (!(before == after))
            m_names.emplace_back(name);
    }
    void add(const char* name) { m_names.emplace_back(name); }
    [[nodiscard]] bool empty() const { return m_names.empty(); }
    /// "fields=a,b,c" ("fields=" when nothing changed).
    [[nodiscard]] std::string detail() const;

private:
    std::vector<std::string> m_names;
};

/// Reads a multi-select column.
[[nodiscard]] inline std::vector<std::string> codesAt(const store::Statement& st, int column) {
    return fromJsonArray(st.text(column));
}

/// Runs `body` (returning Status) inside one transaction; commits when it succeeds.
template <typename Fn>
[[nodiscard]] Status inTransaction(store::Database& db, Fn&& body) {
    store::Transaction tx(db);
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(body());
    return tx.commit();
}
}  // namespace lintas::detail

/// Assigns the value of a Result-returning expression to `var`, or returns its error.
#define LINTAS_ASSIGN(var, expr)                 \
    auto var##Result_ = (expr);                  \
    if (!var##Result_)                           \
        return var##Result_.error();             \
    auto var = std::move(var##Result_).value()
