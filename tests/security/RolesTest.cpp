#include "lintas/security/Roles.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lintas::security {
namespace {

TEST(RolesTest, RoleNamesRoundTrip) {
    for (Role r : kAllRoles) {
        auto back = roleFromName(roleName(r));
        ASSERT_TRUE(back.has_value()) << roleName(r);
        EXPECT_EQ(*back, r);
    }
    EXPECT_FALSE(roleFromName("root").has_value());
}

TEST(RolesTest, ParseAndPrintRoleSets) {
    auto set = RoleSet::parse(" supervisor, investigator ");
    ASSERT_TRUE(set.ok());
    EXPECT_TRUE(set->has(Role::Investigator));
    EXPECT_TRUE(set->has(Role::Supervisor));
    EXPECT_FALSE(set->has(Role::Administrator));
    EXPECT_EQ(set->toString(), "investigator,supervisor");
    auto bad = RoleSet::parse("investigator,superuser");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Validation);
    EXPECT_NE(bad.error().detail.find("superuser"), std::string::npos);
    EXPECT_TRUE(RoleSet::parse("")->empty());
}

TEST(RolesTest, PermissionNamesAreUniqueAndStable) {
    std::set<std::string> names;
    for (Permission p : allPermissions())
        names.insert(permissionName(p));
    EXPECT_EQ(names.size(), static_cast<std::size_t>(kPermissionCount));
    EXPECT_STREQ(permissionName(Permission::VictimIdentityRead), "victim-identity-read");
}

// The headline rules of the issue, spelled out independently of the table in Roles.cpp.
TEST(RolesTest, HeadlineRulesOfTheMatrix) {
    EXPECT_FALSE(roleGrants(Role::Administrator, Permission::CaseRead)) << "no case content for administrators";
    EXPECT_FALSE(roleGrants(Role::Administrator, Permission::PersonRead));
    EXPECT_TRUE(roleGrants(Role::Administrator, Permission::UserManage));
    EXPECT_FALSE(roleGrants(Role::VictimSupport, Permission::IntelligenceRead)) << "no suspects' intelligence";
    EXPECT_TRUE(roleGrants(Role::VictimSupport, Permission::VictimSupportWrite));
    EXPECT_FALSE(roleGrants(Role::Liaison, Permission::VictimIdentityRead)) << "liaison sees victims masked";
    EXPECT_TRUE(roleGrants(Role::Liaison, Permission::BundleExport));
    EXPECT_TRUE(roleGrants(Role::Supervisor, Permission::ExportApprove));
    EXPECT_TRUE(roleGrants(Role::Supervisor, Permission::AuditRead));
    EXPECT_FALSE(roleGrants(Role::Investigator, Permission::AuditRead));
    for (Permission p : allPermissions()) {
        if (p == Permission::CaseWrite || p == Permission::PersonWrite || p == Permission::IntelligenceWrite ||
            p == Permission::VictimSupportWrite || p == Permission::VictimProfileWrite ||
            p == Permission::AgencyWrite || p == Permission::ExchangeManage || p == Permission::BundleExport ||
            p == Permission::BundleImport || p == Permission::UserManage || p == Permission::SettingsManage)
            EXPECT_FALSE(roleGrants(Role::Supervisor, p)) << "supervisors read, they do not write: " << permissionName(p);
    }
    RoleSet several{Role::VictimSupport, Role::Liaison};
    EXPECT_TRUE(allows(several, Permission::BundleExport));
    EXPECT_TRUE(allows(several, Permission::VictimSupportWrite));
    EXPECT_FALSE(allows(several, Permission::IntelligenceRead));
    EXPECT_FALSE(allows(RoleSet{}, Permission::CaseRead));
}

}  // namespace
}  // namespace lintas::security
