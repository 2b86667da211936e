#include "lintas/security/Roles.h"

#include <algorithm>
#include <cctype>

namespace lintas::security {
namespace {

// The permission matrix. docs/security.md prints the same table; PermissionMatrixTest checks each
// service call against it. Columns: investigator, victim-support, liaison, supervisor, administrator.
struct Row {
    Permission permission;
    const char* name;
    bool grants[5];
};
constexpr Row kMatrix[kPermissionCount] = {
    //                                                  inv    vso    liai   sup    admin
    {Permission::CaseRead, "case-read",                {true,  true,  true,  true,  false}},
    {Permission::CaseWrite, "case-write",              {true,  false, false, false, false}},
    {Permission::PersonRead, "person-read",            {true,  true,  true,  true,  false}},
    {Permission::PersonWrite, "person-write",          {true,  false, false, false, false}},
    {Permission::VictimIdentityRead, "victim-identity-read", {true, true, false, true, false}},
    {Permission::VictimSupportRead, "victim-support-read",   {true, true, false, true, false}},
    {Permission::VictimSupportWrite, "victim-support-write", {false, true, false, false, false}},
    {Permission::VictimProfileWrite, "victim-profile-write", {true, true, false, false, false}},
    {Permission::IntelligenceRead, "intelligence-read",      {true, false, false, true, false}},
    {Permission::IntelligenceWrite, "intelligence-write",    {true, false, false, false, false}},
    {Permission::Search, "search",                     {true,  true,  false, true,  false}},
    {Permission::StatsRead, "stats-read",              {true,  true,  true,  true,  false}},
    {Permission::AgencyWrite, "agency-write",          {false, false, true,  false, true}},
    {Permission::ExchangeRead, "exchange-read",        {false, false, true,  true,  false}},
    {Permission::ExchangeManage, "exchange-manage",    {false, false, true,  false, false}},
    {Permission::BundleExport, "bundle-export",        {false, false, true,  false, false}},
    {Permission::BundleImport, "bundle-import",        {false, false, true,  false, false}},
    {Permission::ExportApprove, "export-approve",      {false, false, false, true,  false}},
    {Permission::AuditRead, "audit-read",              {false, false, false, true,  true}},
    {Permission::UserManage, "user-manage",            {false, false, false, false, true}},
    {Permission::SettingsManage, "settings-manage",    {false, false, false, false, true}},
    {Permission::RetentionConfirm, "retention-confirm", {false, false, false, true, false}},
};

constexpr bool matrixInOrder() {
    for (int i = 0; i < kPermissionCount; ++i)
        if (static_cast<int>(kMatrix[i].permission) != i)
            return false;
    return true;
}
static_assert(matrixInOrder(), "kMatrix rows must follow the Permission enum");

constexpr const char* kRoleNames[] = {"investigator", "victim-support", "liaison", "supervisor", "administrator"};

}  // namespace

const char* roleName(Role role) { return kRoleNames[static_cast<int>(role)]; }

std::optional<Role> roleFromName(std::string_view name) {
    for (Role r : kAllRoles)
        if (name == roleName(r))
            return r;
    return std::nullopt;
}

std::vector<Role> RoleSet::roles() const {
    std::vector<Role> out;
    for (Role r : kAllRoles)
        if (has(r))
            out.push_back(r);
    return out;
}

std::string RoleSet::toString() const {
    std::string out;
    for (Role r : roles()) {
        if (!out.empty())
            out += ',';
        out += roleName(r);
    }
    return out;
}

Result<RoleSet> RoleSet::parse(std::string_view text) {
    RoleSet set;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        std::string_view item = text.substr(start, comma - start);
        while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front())))
            item.remove_prefix(1);
        while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back())))
            item.remove_suffix(1);
        if (!item.empty()) {
            auto role = roleFromName(item);
            if (!role)
                return validationError("roles", "unknown role \"" + std::string(item) +
                                                    "\" (investigator, victim-support, liaison, supervisor, administrator)");
            set.add(*role);
        }
        start = comma + 1;
    }
    return set;
}

const char* permissionName(Permission p) { return kMatrix[static_cast<int>(p)].name; }

const std::array<Permission, kPermissionCount>& allPermissions() {
    static const std::array<Permission, kPermissionCount> all = [] {
        std::array<Permission, kPermissionCount> a{};
        for (int i = 0; i < kPermissionCount; ++i)
            a[static_cast<std::size_t>(i)] = kMatrix[i].permission;
        return a;
    }();
    return all;
}

bool roleGrants(Role role, Permission p) { return kMatrix[static_cast<int>(p)].grants[static_cast<int>(role)]; }

bool allows(RoleSet roles, Permission p) {
    for (Role r : kAllRoles)
        if (roles.has(r) && roleGrants(r, p))
            return true;
    return false;
}

}  // namespace lintas::security
