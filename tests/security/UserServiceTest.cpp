// Accounts, roles and passwords (security::UserService) on a real encrypted workspace: every user
// created signs in with their own password, changes are audited, the last administrator is
// protected, and a disabled user's password no longer opens the database. All accounts are synthetic.

#include "TestWorkspace.h"

#include "lintas/security/Keyring.h"
#include "lintas/security/UserService.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lintas::test {
namespace {

using security::Role;
using security::RoleSet;
using security::UserService;

constexpr const char* kOtherPassword = "a different passphrase 7";

class UserServiceTest : public WorkspaceTest {
protected:
    /// Creates `username` with `roles` and kTestPassword, confirmed by the signed-in administrator.
    security::User addUser(const std::string& username, RoleSet roles) {
        return must(ws->users.create(username, "Synthetic " + username, roles, kTestPassword, kTestPassword));
    }

    /// Audit entries with `action`, oldest first.
    std::vector<security::AuditEntry> entries(const std::string& action) {
        security::AuditQuery q;
        q.action = action;
        q.newestFirst = false;
        return must(ws->audit().query(q));
    }

    security::Keyring keyring() { return must(security::Keyring::load(Workspace::keyringPathFor(ws->path()))); }

    /// Closes the workspace and signs `username` in with `password`; on success `ws` is theirs,
    /// on failure `ws` is empty.
    Status signInAs(const std::string& username, const std::string& password) {
        ws.reset();
        auto opened = Workspace::open(dir.file("test.db"), Credentials{username, password}, testOptions(clock, 44));
        if (!opened)
            return opened.error();
        ws = std::move(opened).value();
        return {};
    }

    std::string adminUuid() { return ws->session().userUuid; }
};

TEST_F(UserServiceTest, UserNameRules) {
    for (const char* good : {"ab", "inv.sari", "vso_rina-2", "a1"})
        EXPECT_TRUE(UserService::validateUsername(good).ok()) << good;
    EXPECT_TRUE(UserService::validateUsername(std::string(64, 'x')).ok());
    for (const char* bad : {"", "a", "Inv.Sari", "inv sari", "inv@agency", "dewi/lestari", "ดวงใจ"}) {
        const auto s = UserService::validateUsername(bad);
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().code, ErrorCode::Validation);
        EXPECT_EQ(s.error().field, "user.username");
    }
    EXPECT_FALSE(UserService::validateUsername(std::string(65, 'x')).ok());
}

TEST_F(UserServiceTest, PasswordRules) {
    EXPECT_TRUE(UserService::validatePassword("inv.sari", "ten chars!").ok());
    EXPECT_TRUE(UserService::validatePassword("inv.sari", "ดวงใจดวงใจดวงใจดวงใจ").ok());  // counted in characters
    const auto shortOne = UserService::validatePassword("inv.sari", "nine char");
    ASSERT_FALSE(shortOne.ok());
    EXPECT_EQ(shortOne.error().field, "user.password");
    EXPECT_NE(shortOne.error().detail.find("at least 10"), std::string::npos);
    // Nine Thai characters are 27 bytes but still too short.
    EXPECT_FALSE(UserService::validatePassword("inv.sari", "ดวงใจดวงใ").ok());
    const auto sameAsName = UserService::validatePassword("investigator.one", "Investigator.One");
    ASSERT_FALSE(sameAsName.ok());
    EXPECT_NE(sameAsName.error().detail.find("user name"), std::string::npos);
    EXPECT_FALSE(UserService::validatePassword("inv.sari", std::string(1025, 'x')).ok());
}

TEST_F(UserServiceTest, EveryRoleGetsAnAccountThatSignsInWithItsOwnPassword) {
    std::vector<security::User> created;
    for (Role role : security::kAllRoles) {
        const std::string name = std::string("user.") + security::roleName(role);
        const auto u = addUser(name, RoleSet{role});
        EXPECT_EQ(u.username, name);
        EXPECT_EQ(u.roles, RoleSet{role});
        EXPECT_TRUE(u.active);
        EXPECT_EQ(u.createdAt, "2026-03-15T09:00:00Z");
        EXPECT_FALSE(u.uuid.empty());
        created.push_back(u);
    }
    // Listed (with the administrator), sorted by name.
    const auto all = must(ws->users.list());
    ASSERT_EQ(all.size(), security::kAllRoles.size() + 1);
    EXPECT_EQ(all.front().username, "admin.test");
    EXPECT_EQ(must(ws->users.byUsername("USER.Liaison")).uuid, created[2].uuid);
    EXPECT_EQ(must(ws->users.get(created[3].uuid)).username, "user.supervisor");
    // Audited: one user-create per account naming its roles and no name.
    const auto creates = entries(security::audit::kUserCreate);
    ASSERT_EQ(creates.size(), security::kAllRoles.size() + 1);  // the first administrator too
    EXPECT_EQ(creates[0].recordUuid, adminUuid());
    for (std::size_t i = 0; i < created.size(); ++i) {
        const auto& e = creates[i + 1];
        EXPECT_EQ(e.recordType, "user");
        EXPECT_EQ(e.recordUuid, created[i].uuid);
        EXPECT_EQ(e.username, "admin.test");
        EXPECT_EQ(e.detail, std::string("roles=") + security::roleName(security::kAllRoles[i]));
    }
    // Each has a key slot of its own, and signs in with its own password and roles.
    for (const auto& u : created) {
        EXPECT_NE(keyring().slotForUser(u.uuid), nullptr) << u.username;
        reopenAs(u.username);
        EXPECT_EQ(ws->session().userUuid, u.uuid);
        EXPECT_EQ(ws->session().roles, u.roles);
    }
}

TEST_F(UserServiceTest, CreateRefusesBadInputAndAWrongConfirmation) {
    addUser("inv.sari", RoleSet{Role::Investigator});
    const auto dup = ws->users.create("Inv.Sari", "", RoleSet{Role::Supervisor}, kOtherPassword, kTestPassword);
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(dup.error().field, "user.username");
    const auto noRole = ws->users.create("vso.rina", "", RoleSet{}, kOtherPassword, kTestPassword);
    ASSERT_FALSE(noRole.ok());
    EXPECT_EQ(noRole.error().field, "user.roles");
    const auto weak = ws->users.create("vso.rina", "", RoleSet{Role::VictimSupport}, "vso.rina", kTestPassword);
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().field, "user.password");
    const auto badName = ws->users.create("vso rina", "", RoleSet{Role::VictimSupport}, kOtherPassword, kTestPassword);
    ASSERT_FALSE(badName.ok());
    EXPECT_EQ(badName.error().field, "user.username");

    // The administrator's own password unlocks the database key; a wrong one creates nothing and
    // counts as a failed attempt.
    EXPECT_EQ(keyring().keySlots().size(), 2U);
    const auto wrong = ws->users.create("vso.rina", "", RoleSet{Role::VictimSupport}, kOtherPassword, "not my password");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SignInFailed);
    EXPECT_FALSE(ws->users.byUsername("vso.rina").ok());
    EXPECT_EQ(keyring().keySlots().size(), 2U);
    EXPECT_EQ(keyring().slotFor("vso.rina"), nullptr);
    ASSERT_NE(keyring().slotFor("admin.test"), nullptr);
    EXPECT_EQ(keyring().slotFor("admin.test")->failedAttempts, 1);
    EXPECT_EQ(entries(security::audit::kUserCreate).size(), 2U);

    // The right one then works, and clears the count.
    addUser("vso.rina", RoleSet{Role::VictimSupport});
    EXPECT_EQ(keyring().slotFor("admin.test")->failedAttempts, 0);
}

TEST_F(UserServiceTest, RoleChangesAreAuditedAndApplyAtTheNextSignIn) {
    const auto sari = addUser("inv.sari", RoleSet{Role::Investigator});
    must(ws->users.setRoles(sari.uuid, RoleSet{Role::Investigator, Role::Supervisor}));
    EXPECT_EQ(must(ws->users.get(sari.uuid)).roles, (RoleSet{Role::Investigator, Role::Supervisor}));
    const auto changes = entries(security::audit::kRoleChange);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].recordType, "user");
    EXPECT_EQ(changes[0].recordUuid, sari.uuid);
    EXPECT_EQ(changes[0].detail, "from=investigator to=investigator,supervisor");
    EXPECT_EQ(changes[0].userUuid, adminUuid());
    // The same roles again change nothing and record nothing.
    must(ws->users.setRoles(sari.uuid, RoleSet{Role::Investigator, Role::Supervisor}));
    EXPECT_EQ(entries(security::audit::kRoleChange).size(), 1U);
    const auto none = ws->users.setRoles(sari.uuid, RoleSet{});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::Validation);

    reopenAs("inv.sari");
    EXPECT_TRUE(ws->session().can(security::Permission::AuditRead));
    EXPECT_TRUE(ws->session().can(security::Permission::CaseWrite));
}

TEST_F(UserServiceTest, TheLastActiveAdministratorIsProtected) {
    const std::string self = adminUuid();
    const auto demote = ws->users.setRoles(self, RoleSet{Role::Investigator});
    ASSERT_FALSE(demote.ok());
    EXPECT_EQ(demote.error().code, ErrorCode::Refused);
    EXPECT_EQ(demote.error().field, "user.roles");
    const auto disableSelf = ws->users.disable(self);
    ASSERT_FALSE(disableSelf.ok());
    EXPECT_EQ(disableSelf.error().code, ErrorCode::Refused);
    EXPECT_TRUE(must(ws->users.get(self)).roles.has(Role::Administrator));
    EXPECT_TRUE(entries(security::audit::kRoleChange).empty());

    // With a second administrator the first may step down; then the second is the last one.
    const auto second = addUser("admin.two", RoleSet{Role::Administrator});
    must(ws->users.setRoles(self, RoleSet{Role::Investigator, Role::Supervisor}));
    // Stepping down applies to this session at once.
    EXPECT_FALSE(ws->session().can(security::Permission::UserManage));
    const auto forbidden = ws->users.disable(second.uuid);
    ASSERT_FALSE(forbidden.ok());
    EXPECT_EQ(forbidden.error().code, ErrorCode::Forbidden);

    reopenAs("admin.two");
    const auto last = ws->users.setRoles(second.uuid, RoleSet{Role::Supervisor});
    ASSERT_FALSE(last.ok());
    EXPECT_EQ(last.error().code, ErrorCode::Refused);
    const auto lastSelf = ws->users.disable(second.uuid);
    ASSERT_FALSE(lastSelf.ok());
    EXPECT_EQ(lastSelf.error().code, ErrorCode::Refused);
    // Adding roles to the last administrator is fine.
    must(ws->users.setRoles(second.uuid, RoleSet{Role::Administrator, Role::Supervisor}));
}

TEST_F(UserServiceTest, DisableRemovesTheKeySlotSoThePasswordNoLongerOpensTheDatabase) {
    const auto sari = addUser("inv.sari", RoleSet{Role::Investigator});
    const auto second = addUser("admin.two", RoleSet{Role::Administrator});
    must(ws->users.disable(sari.uuid));
    must(ws->users.disable(second.uuid));  // another administrator remains: allowed
    EXPECT_EQ(keyring().slotForUser(sari.uuid), nullptr);
    EXPECT_EQ(keyring().slotFor("inv.sari"), nullptr);
    EXPECT_EQ(keyring().slotForUser(second.uuid), nullptr);
    EXPECT_NE(keyring().slotForUser(adminUuid()), nullptr);
    const auto u = must(ws->users.get(sari.uuid));
    EXPECT_FALSE(u.active);
    EXPECT_EQ(u.roles, RoleSet{Role::Investigator});  // kept, for the record
    const auto disables = entries(security::audit::kUserDisable);
    ASSERT_EQ(disables.size(), 2U);
    EXPECT_EQ(disables[0].recordUuid, sari.uuid);
    EXPECT_EQ(disables[0].userUuid, adminUuid());
    // Disabling again changes nothing and records nothing.
    must(ws->users.disable(sari.uuid));
    EXPECT_EQ(entries(security::audit::kUserDisable).size(), 2U);
    // A disabled account's password cannot be reset, and its name stays taken.
    const auto reset = ws->users.resetPassword(sari.uuid, kOtherPassword, kTestPassword);
    ASSERT_FALSE(reset.ok());
    EXPECT_EQ(reset.error().code, ErrorCode::Refused);
    EXPECT_FALSE(ws->users.create("inv.sari", "", RoleSet{Role::Investigator}, kOtherPassword, kTestPassword).ok());

    const auto refused = signInAs("inv.sari", kTestPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::SignInFailed);
    const auto alsoRefused = signInAs("admin.two", kTestPassword);
    ASSERT_FALSE(alsoRefused.ok());
    EXPECT_EQ(alsoRefused.error().code, ErrorCode::SignInFailed);
    must(signInAs("admin.test", kTestPassword));
    EXPECT_EQ(ws->session().username, "admin.test");
}

TEST_F(UserServiceTest, ChangeOwnPasswordNeedsTheOldOneAndReplacesIt) {
    addUser("inv.sari", RoleSet{Role::Investigator});
    reopenAs("inv.sari");
    const std::string sariUuid = ws->session().userUuid;
    // An investigator may change their own password (no user-manage right needed).
    const auto wrongOld = ws->users.changeOwnPassword("not the old one", kOtherPassword);
    ASSERT_FALSE(wrongOld.ok());
    EXPECT_EQ(wrongOld.error().code, ErrorCode::SignInFailed);
    const auto weak = ws->users.changeOwnPassword(kTestPassword, "short");
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().field, "user.password");
    const auto same = ws->users.changeOwnPassword(kTestPassword, kTestPassword);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().code, ErrorCode::Validation);
    must(ws->users.changeOwnPassword(kTestPassword, kOtherPassword));
    const auto changes = entries(security::audit::kPasswordChange);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].recordUuid, sariUuid);
    EXPECT_EQ(changes[0].userUuid, sariUuid);
    EXPECT_EQ(changes[0].detail, "kind=own");

    const auto old = signInAs("inv.sari", kTestPassword);
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, ErrorCode::SignInFailed);
    must(signInAs("inv.sari", kOtherPassword));
    EXPECT_EQ(ws->session().userUuid, sariUuid);
    // Other users are unaffected.
    must(signInAs("admin.test", kTestPassword));
}

TEST_F(UserServiceTest, AnAdministratorResetsAForgottenPassword) {
    const auto sari = addUser("inv.sari", RoleSet{Role::Investigator});
    const auto weak = ws->users.resetPassword(sari.uuid, "inv.sari", kTestPassword);
    ASSERT_FALSE(weak.ok());
    EXPECT_EQ(weak.error().field, "user.password");
    const auto wrongConfirm = ws->users.resetPassword(sari.uuid, kOtherPassword, "not my password");
    ASSERT_FALSE(wrongConfirm.ok());
    EXPECT_EQ(wrongConfirm.error().code, ErrorCode::SignInFailed);
    EXPECT_TRUE(entries(security::audit::kPasswordChange).empty());
    must(ws->users.resetPassword(sari.uuid, kOtherPassword, kTestPassword));
    const auto changes = entries(security::audit::kPasswordChange);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].recordUuid, sari.uuid);
    EXPECT_EQ(changes[0].userUuid, adminUuid());
    EXPECT_EQ(changes[0].detail, "kind=reset");

    EXPECT_FALSE(signInAs("inv.sari", kTestPassword).ok());
    must(signInAs("inv.sari", kOtherPassword));
    EXPECT_EQ(ws->session().userUuid, sari.uuid);
}

TEST_F(UserServiceTest, NonAdministratorsAreForbiddenUserManagementAndItIsAudited) {
    const auto sari = addUser("inv.sari", RoleSet{Role::Investigator, Role::Supervisor});
    reopenAs("inv.sari");
    const std::string self = ws->session().userUuid;
    const std::string admin = [&] {
        for (const auto& e : entries(security::audit::kUserCreate))
            if (e.recordUuid != self)
                return e.recordUuid;
        return std::string();
    }();
    ASSERT_FALSE(admin.empty());

    std::vector<Error> refusals;
    const auto collect = [&](const auto& r) {
        ASSERT_FALSE(r.ok());
        refusals.push_back(r.error());
    };
    collect(ws->users.list());
    collect(ws->users.get(admin));
    collect(ws->users.byUsername("admin.test"));
    collect(ws->users.create("vso.rina", "", RoleSet{Role::VictimSupport}, kOtherPassword, kTestPassword));
    collect(ws->users.setRoles(self, RoleSet::all()));
    collect(ws->users.disable(admin));
    collect(ws->users.resetPassword(admin, kOtherPassword, kTestPassword));
    collect(ws->users.setLockAfterMinutes(1));
    for (const auto& e : refusals)
        EXPECT_EQ(e.code, ErrorCode::Forbidden) << e.toString();
    EXPECT_EQ(refusals.back().field, "settings-manage");
    EXPECT_EQ(refusals.front().field, "user-manage");

    // Nothing changed: still an investigator and supervisor, the administrator still there.
    reopenAs("admin.test");
    EXPECT_EQ(must(ws->users.get(sari.uuid)).roles, (RoleSet{Role::Investigator, Role::Supervisor}));
    EXPECT_TRUE(must(ws->users.get(admin)).active);
    EXPECT_EQ(must(ws->users.lockAfterMinutes()), 10);
    // Every refusal is in the audit log, by the investigator, naming the permission.
    const auto denied = entries(security::audit::kPermissionDenied);
    ASSERT_EQ(denied.size(), refusals.size());
    for (std::size_t i = 0; i + 1 < denied.size(); ++i) {
        EXPECT_EQ(denied[i].userUuid, self);
        EXPECT_EQ(denied[i].detail, "permission=user-manage");
    }
    EXPECT_EQ(denied.back().detail, "permission=settings-manage");
    EXPECT_EQ(denied[1].recordUuid, admin);
}

TEST_F(UserServiceTest, LockTimeoutIsReadableByAllAndSetByAdministrators) {
    EXPECT_EQ(must(ws->users.lockAfterMinutes()), 10);  // the default
    must(ws->users.setLockAfterMinutes(5));
    EXPECT_EQ(must(ws->users.lockAfterMinutes()), 5);
    must(ws->users.setLockAfterMinutes(5));  // unchanged: not recorded again
    must(ws->users.setLockAfterMinutes(0));  // never
    EXPECT_EQ(must(ws->users.lockAfterMinutes()), 0);
    for (int bad : {-1, 1441}) {
        const auto s = ws->users.setLockAfterMinutes(bad);
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().code, ErrorCode::Validation);
    }
    const auto changes = entries(security::audit::kSettingChange);
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0].recordType, "setting");
    EXPECT_EQ(changes[0].detail, "key=lock_after_minutes from=10 to=5");
    EXPECT_EQ(changes[1].detail, "key=lock_after_minutes from=5 to=0");

    addUser("vso.rina", RoleSet{Role::VictimSupport});
    reopenAs("vso.rina");
    EXPECT_EQ(must(ws->users.lockAfterMinutes()), 0);
}

TEST_F(UserServiceTest, ASlotLeftWithoutItsAccountIsReplacedByTheNextCreateOfThatName) {
    // What a crash between saving the key file and committing the new row leaves behind: a slot
    // whose user does not exist. It must not shadow the account created next under that name.
    const std::string path = ws->users.keyringPath();
    {
        auto kr = must(security::Keyring::load(path));
        auto key = must(kr.unwrap("admin.test", kTestPassword));
        must(kr.setSlot(key, "00000000-0000-4000-8000-00000000dead", "inv.sari", "an orphaned password",
                        security::KdfParams::fastForTests()));
        must(kr.save(path));
    }
    const auto sari = addUser("inv.sari", RoleSet{Role::Investigator});
    const auto kr = keyring();
    EXPECT_EQ(kr.slotForUser("00000000-0000-4000-8000-00000000dead"), nullptr);
    ASSERT_NE(kr.slotFor("inv.sari"), nullptr);
    EXPECT_EQ(kr.slotFor("inv.sari")->userUuid, sari.uuid);
    reopenAs("inv.sari");
    EXPECT_EQ(ws->session().userUuid, sari.uuid);
}

}  // namespace
}  // namespace lintas::test
