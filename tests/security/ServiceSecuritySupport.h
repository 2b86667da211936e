#pragma once
// Shared by PermissionMatrixTest, AuditCoverageTest and MaskingTest: users holding chosen roles,
// switching the acting user, and reading the audit log as stored.

#include "TestWorkspace.h"

#include "lintas/security/AuditLog.h"
#include "lintas/security/Roles.h"
#include "lintas/store/Statement.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lintas::test {

/// A workspace (signed in as the all-roles administrator) that can also act as users holding
/// other role sets. Users are real accounts made through UserService; acting as one sets the
/// context's session the way a sign-in does.
class RoleWorkspaceTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        ASSERT_NE(ws->context().session(), nullptr);
        m_admin = acting().value();
    }

    /// The acting user, if any.
    std::optional<security::Session> acting() const {
        const security::Session* s = ws->context().session();
        if (s == nullptr)
            return std::nullopt;
        return *s;
    }

    /// The account holding exactly `roles` ("only.investigator", or "roles.<bits>" for a mix),
    /// created on first use by the administrator.
    security::Session userWith(security::RoleSet roles) {
        const auto found = m_users.find(roles.bits());
        if (found != m_users.end())
            return found->second;
        const auto list = roles.roles();
        const std::string name = list.size() == 1 ? std::string("only.") + security::roleName(list.front())
                                                  : "roles." + std::to_string(roles.bits());
        const auto current = acting();
        ws->context().setSession(m_admin);
        auto user = ws->users.create(name, "Synthetic " + name, roles, kTestPassword, kTestPassword);
        ws->context().setSession(current);
        if (!user.ok())
            throw std::runtime_error("cannot create " + name + ": " + user.error().toString());
        security::Session s{user->id, user->uuid, user->username, user->roles};
        m_users.emplace(roles.bits(), s);
        return s;
    }
    /// Makes the user holding only `role` (or exactly `roles`) the acting user.
    security::Session actAs(security::Role role) { return actAs(security::RoleSet{role}); }
    security::Session actAs(security::RoleSet roles) {
        security::Session s = userWith(roles);
        ws->context().setSession(s);
        return s;
    }
    void actAsAdministrator() { ws->context().setSession(m_admin); }

    /// Entries as stored, in order, after `afterSeq`.
    std::vector<security::AuditEntry> entriesAfter(std::int64_t afterSeq) {
        auto st = ws->db().prepare(
            "SELECT seq, at, user_uuid, username, action, record_type, record_uuid, detail, reason FROM audit_log "
            "WHERE seq > ? ORDER BY seq");
        if (!st)
            throw std::runtime_error(st.error().toString());
        (*st)->bind(1, afterSeq);
        std::vector<security::AuditEntry> out;
        while (true) {
            auto row = (*st)->step();
            if (!row)
                throw std::runtime_error(row.error().toString());
            if (!*row)
                break;
            security::AuditEntry e;
            e.seq = (*st)->int64(0);
            e.at = (*st)->text(1);
            e.userUuid = (*st)->text(2);
            e.username = (*st)->text(3);
            e.action = (*st)->text(4);
            e.recordType = (*st)->text(5);
            e.recordUuid = (*st)->text(6);
            e.detail = (*st)->text(7);
            e.reason = (*st)->text(8);
            out.push_back(std::move(e));
        }
        return out;
    }
    /// The sequence number of the newest entry (0 for an empty log).
    std::int64_t lastSeq() { return must(ws->db().queryInt("SELECT coalesce(max(seq), 0) FROM audit_log")); }

    security::Session m_admin;
    std::map<std::uint32_t, security::Session> m_users;
};

/// Turns a Result into a Status (the matrix only asks whether a call went through).
template <typename T>
Status statusOf(const Result<T>& r) {
    if (r.ok())
        return {};
    return r.error();
}
inline Status statusOf(const Status& s) { return s; }

}  // namespace lintas::test
