#pragma once

#include "lintas/Clock.h"
#include "lintas/IdGenerator.h"
#include "lintas/Result.h"
#include "lintas/security/AuditLog.h"
#include "lintas/security/Roles.h"
#include "lintas/store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lintas {

/// What every service shares: the connection, the clock, the UUID source, the local agency, the
/// signed-in user and the audit log.
class Context {
public:
    Context(store::Database& db, Clock& clock, IdGenerator& ids)
        : m_db(db), m_clock(clock), m_ids(ids), m_audit(db, clock) {}

    [[nodiscard]] store::Database& db() const { return m_db; }
    [[nodiscard]] Clock& clock() const { return m_clock; }
    [[nodiscard]] std::string now() const;    ///< ISO 8601 UTC timestamp
    [[nodiscard]] std::string today() const;  ///< ISO date (UTC)
    [[nodiscard]] std::string newUuid() const { return m_ids.next(); }

    [[nodiscard]] std::int64_t localAgencyId() const { return m_localAgencyId; }
    [[nodiscard]] const std::string& localAgencyUuid() const { return m_localAgencyUuid; }
    void setLocalAgency(std::int64_t id, std::string uuid) {
        m_localAgencyId = id;
        m_localAgencyUuid = std::move(uuid);
    }

    /// Internal row id of the record with `uuid` in `table`; a ForeignKey error naming `field`
    /// when there is none (the caller referred to something that does not exist).
    [[nodiscard]] Result<std::int64_t> idOf(std::string_view table, const std::string& uuid,
                                            const std::string& field) const;
    /// UUID of the row with internal id `id` in `table` (empty when none).
    [[nodiscard]] std::string uuidOf(std::string_view table, std::int64_t id) const;

    // --- who is acting -------------------------------------------------------------------
    /// The signed-in user; nullptr before sign-in (every permission check then fails).
    [[nodiscard]] const security::Session* session() const { return m_session ? &*m_session : nullptr; }
    void setSession(std::optional<security::Session> session) { m_session = std::move(session); }

    /// OK when the signed-in user's roles grant `p` (or a Delegation is active). Otherwise a
    /// Forbidden error naming the permission, and a permission-denied audit entry.
    /// `recordType`/`recordUuid` name what was asked for. Services call it first thing, before
    /// they open a transaction, so the denial entry is committed on its own.
    [[nodiscard]] Status require(security::Permission p, std::string_view recordType = {},
                                 const std::string& recordUuid = {});
    /// Does the signed-in user hold `p`? (No audit entry: for choosing what to show.)
    [[nodiscard]] bool can(security::Permission p) const { return m_session && m_session->can(p); }

    /// Appends an audit entry by the signed-in user, inside the current transaction if any.
    [[nodiscard]] Status record(std::string_view action, std::string_view recordType = {},
                                const std::string& recordUuid = {}, const std::string& detail = {},
                                const std::string& reason = {});
    [[nodiscard]] security::AuditLog& audit() { return m_audit; }

    /// While alive, permission checks pass: for the inner service calls of an operation that has
    /// already checked its own permission (a bundle import creating cases and people, a
    /// retention purge, the demo generator). Audit entries are still written, by the session's user.
    class Delegation {
    public:
        explicit Delegation(Context& ctx) : m_ctx(ctx) { ++m_ctx.m_delegation; }
        ~Delegation() { --m_ctx.m_delegation; }
        Delegation(const Delegation&) = delete;
        Delegation& operator=(const Delegation&) = delete;

    private:
        Context& m_ctx;
    };
    [[nodiscard]] bool delegated() const { return m_delegation > 0; }

private:
    store::Database& m_db;
    Clock& m_clock;
    IdGenerator& m_ids;
    std::int64_t m_localAgencyId = 0;
    std::string m_localAgencyUuid;
    security::AuditLog m_audit;
    std::optional<security::Session> m_session;
    int m_delegation = 0;
};

}  // namespace lintas
