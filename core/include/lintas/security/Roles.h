#pragma once

#include "lintas/Result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::security {

/// What a user does in the agency. A user may hold several roles; permissions add up.
enum class Role : std::uint8_t {
    Investigator,   ///< cases, people, organisations, journeys, evidence
    VictimSupport,  ///< victims' support data, consent, referrals; not suspects' intelligence
    Liaison,        ///< bundles, trust store, exchange log
    Supervisor,     ///< reads everything, approves sensitive exports, reads the audit log
    Administrator,  ///< users, roles and settings; no case content
};
inline constexpr std::array<Role, 5> kAllRoles = {Role::Investigator, Role::VictimSupport, Role::Liaison,
                                                  Role::Supervisor, Role::Administrator};

/// Stable machine name: "investigator", "victim-support", "liaison", "supervisor", "administrator".
[[nodiscard]] const char* roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(std::string_view name);

/// A set of roles, stored as a bit mask (bit i = kAllRoles[i]).
class RoleSet {
public:
    constexpr RoleSet() = default;
    constexpr RoleSet(std::initializer_list<Role> roles) {
        for (Role r : roles)
            m_bits |= bit(r);
    }
    [[nodiscard]] static constexpr RoleSet fromBits(std::uint32_t bits) {
        RoleSet s;
        s.m_bits = bits & 0x1Fu;
        return s;
    }
    [[nodiscard]] static constexpr RoleSet all() { return fromBits(0x1Fu); }
    [[nodiscard]] constexpr std::uint32_t bits() const { return m_bits; }
    [[nodiscard]] constexpr bool has(Role r) const { return (m_bits & bit(r)) != 0; }
    [[nodiscard]] constexpr bool empty() const { return m_bits == 0; }
    constexpr void add(Role r) { m_bits |= bit(r); }
    constexpr void remove(Role r) { m_bits &= ~bit(r); }
    [[nodiscard]] std::vector<Role> roles() const;
    /// "investigator,supervisor" in kAllRoles order; empty for no role.
    [[nodiscard]] std::string toString() const;
    /// Parses a comma-separated list of role names; a Validation error names an unknown one.
    [[nodiscard]] static Result<RoleSet> parse(std::string_view text);
    friend constexpr bool operator==(RoleSet a, RoleSet b) { return a.m_bits == b.m_bits; }

private:
    static constexpr std::uint32_t bit(Role r) { return 1u << static_cast<unsigned>(r); }
    std::uint32_t m_bits = 0;
};

/// Everything a service can be asked to do, at the grain the permission matrix is written in.
/// docs/security.md lists the matrix; PermissionMatrixTest checks every service call against it.
enum class Permission : std::uint8_t {
    CaseRead,             ///< case summaries, parties, journeys, case links
    CaseWrite,            ///< create/update cases, parties, journeys, case links
    PersonRead,           ///< people (victims' identifying fields masked without VictimIdentityRead)
    PersonWrite,          ///< create/update people
    VictimIdentityRead,   ///< victims' identity, contacts, whereabouts and photos, with a reason
    VictimSupportRead,    ///< victim profiles, consent, referrals
    VictimSupportWrite,   ///< record consent, referrals and their moves
    VictimProfileWrite,   ///< the HTCDS victim profile of a case party
    IntelligenceRead,     ///< suspect profiles, relationships, organisations, notes, attachments
    IntelligenceWrite,    ///< the same, written
    Search,               ///< global search
    StatsRead,            ///< dashboard and statistics
    AgencyWrite,          ///< add partner agencies
    ExchangeRead,         ///< exchange log, trust list, conflicts, provenance
    ExchangeManage,       ///< our identity, trust store changes, conflict resolution
    BundleExport,         ///< export signed bundles and receipts
    BundleImport,         ///< verify and import bundles
    ExportApprove,        ///< approve exports under H2/H3 or TLP:RED
    AuditRead,            ///< read, verify, export and checkpoint the audit log
    UserManage,           ///< users and their roles
    SettingsManage,       ///< lock timeout, retention rules
    RetentionConfirm,     ///< confirm deletion of records past their retention date
};
inline constexpr int kPermissionCount = 22;

/// Stable machine name of a permission ("case-read", …), as used in docs and audit entries.
[[nodiscard]] const char* permissionName(Permission p);
/// All permissions in declaration order.
[[nodiscard]] const std::array<Permission, kPermissionCount>& allPermissions();

/// The permission matrix: does `role` grant `p`?
[[nodiscard]] bool roleGrants(Role role, Permission p);
/// Does any of `roles` grant `p`?
[[nodiscard]] bool allows(RoleSet roles, Permission p);

/// The signed-in user, as services see them.
struct Session {
    std::int64_t userId = 0;
    std::string userUuid;
    std::string username;
    RoleSet roles;

    [[nodiscard]] bool can(Permission p) const { return allows(roles, p); }
};

}  // namespace lintas::security
