#include "lintas/service/Context.h"

#include "lintas/Time.h"

namespace lintas {

std::string Context::now() const { return formatTimestamp(m_clock.now()); }
std::string Context::today() const { return formatDate(m_clock.now()); }

Result<std::int64_t> Context::idOf(std::string_view table, const std::string& uuid, const std::string& field) const {
    // `table` is always a literal from our own code, never user input.
    auto st = m_db.prepare("SELECT id FROM " + std::string(table) + " WHERE uuid = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, uuid);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::ForeignKey, field, "no " + std::string(table) + " with that UUID"};
    const auto id = (*st)->int64(0);
    (*st)->reset();
    return id;
}

std::string Context::uuidOf(std::string_view table, std::int64_t id) const {
    auto st = m_db.prepare("SELECT uuid FROM " + std::string(table) + " WHERE id = ?");
    if (!st)
        return {};
    (*st)->bind(1, id);
    auto row = (*st)->step();
    std::string out = (row && *row) ? (*st)->text(0) : std::string();
    (*st)->reset();
    return out;
}

Status Context::require(security::Permission p, std::string_view recordType, const std::string& recordUuid) {
    if (m_delegation > 0 || (m_session && m_session->can(p)))
        return {};
    const std::string what = std::string("permission=") + security::permissionName(p);
    if (m_session) {
        // Best effort: a failure to write the denial must not turn into a different error.
        (void)record(security::audit::kPermissionDenied, recordType, recordUuid, what);
    }
    return Error{ErrorCode::Forbidden, security::permissionName(p),
                 m_session ? "the signed-in user's roles do not grant " + std::string(security::permissionName(p))
                           : "no user is signed in"};
}

Status Context::record(std::string_view action, std::string_view recordType, const std::string& recordUuid,
                       const std::string& detail, const std::string& reason) {
    security::AuditEntry e;
    if (m_session) {
        e.userUuid = m_session->userUuid;
        e.username = m_session->username;
    }
    e.action = std::string(action);
    e.recordType = std::string(recordType);
    e.recordUuid = recordUuid;
    e.detail = detail;
    e.reason = reason;
    return m_audit.append(std::move(e));
}

}  // namespace lintas
