// Accounts through the real lintas-cli: init creates the administrator, `user add` a colleague
// who then signs in with their own password, handed over on a file descriptor as a script would.
// A password is never accepted as an argument. All accounts and data are synthetic.

#include "CliRunner.h"
#include "TempDir.h"

#include "lintas/service/Workspace.h"
#include "lintas/store/Database.h"
#include "lintas/store/Schema.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace lintas::test {
namespace {

constexpr const char* kSariPassword = "sari's own passphrase";

class UserCliTest : public ::testing::Test {
protected:
    void SetUp() override { initCliDatabase(dir, db); }

    RunResult asAdmin(const std::vector<std::string>& args, const FdInputs& inputs = {}) {
        return runCliAsAdmin(dir, args, inputs);
    }
    RunResult okAsAdmin(const std::vector<std::string>& args, const FdInputs& inputs = {}) {
        RunResult r = asAdmin(args, inputs);
        EXPECT_EQ(r.exitCode, 0) << testing::PrintToString(args) << "\nstderr: " << r.err;
        return r;
    }
    RunResult asSari(const std::vector<std::string>& args, const std::string& password = kSariPassword,
                     const FdInputs& inputs = {}) {
        return runCliAs(dir, "inv.sari", password, args, inputs);
    }

    TempDir dir;
    std::string db = dir.file("cases.lintas");
};

TEST_F(UserCliTest, AnAddedUserSignsInWithTheirOwnPasswordAndRoles) {
    const RunResult added = addCliUser(dir, db, "inv.sari", "investigator", kSariPassword);
    EXPECT_NE(added.out.find("Created user inv.sari (investigator)"), std::string::npos) << added.out;

    // Sari adds a case under her own name...
    const RunResult created = asSari({"case", "add", "--db", db, "--title", "Online job scam, Sihanoukville", "--opened",
                                      "2026-02-01"});
    EXPECT_EQ(created.exitCode, 0) << created.err;
    EXPECT_NE(created.out.find("Created case IDN-BARESKRIM-"), std::string::npos) << created.out;
    // ...but may not manage accounts: refused, exit 1, and nothing of the kind happens.
    const RunResult forbidden = asSari({"user", "list", "--db", db});
    EXPECT_EQ(forbidden.exitCode, 1);
    EXPECT_NE(forbidden.err.find("user-manage: not permitted for your roles (recorded in the audit log)"),
              std::string::npos)
        << forbidden.err;
    // The administrator's password does not open Sari's account, nor hers the administrator's.
    EXPECT_EQ(asSari({"case", "list", "--db", db}, kCliPassword).exitCode, 1);
    EXPECT_EQ(runCliAs(dir, kCliUser, kSariPassword, {"case", "list", "--db", db}).exitCode, 1);

    const RunResult listed = okAsAdmin({"user", "list", "--db", db});
    EXPECT_NE(listed.out.find("admin.test"), std::string::npos) << listed.out;
    EXPECT_NE(listed.out.find("inv.sari"), std::string::npos) << listed.out;
    EXPECT_NE(listed.out.find("investigator"), std::string::npos) << listed.out;
    EXPECT_NE(listed.out.find("2 users"), std::string::npos) << listed.out;
    const RunResult json = okAsAdmin({"user", "list", "--db", db, "--json"});
    EXPECT_NE(json.out.find("\"username\": \"inv.sari\""), std::string::npos) << json.out;
    EXPECT_NE(json.out.find("\"lastSignInAt\""), std::string::npos) << json.out;
}

TEST_F(UserCliTest, TheNewPasswordMayShareTheSignInDescriptor) {
    // One descriptor, two lines: the administrator's password first, then the new user's.
    const RunResult added =
        runCli(dir, {"user", "add", "vso.rina", "--db", db, "--user", kCliUser, "--password-fd", "5",
                     "--new-password-fd", "5", "--roles", "victim-support", "--display-name", "Rina (synthetic)"},
               {{5, std::string(kCliPassword) + "\nrina's passphrase 1\n"}});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    const RunResult rina = runCliAs(dir, "vso.rina", "rina's passphrase 1", {"settings", "show", "--db", db});
    EXPECT_EQ(rina.exitCode, 0) << rina.err;
    EXPECT_NE(rina.out.find("lock-after: 10 minutes"), std::string::npos) << rina.out;
}

TEST_F(UserCliTest, APasswordIsNeverAcceptedAsAnArgument) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"case", "list", "--db", db, "--user", kCliUser, "--password", kCliPassword},
             {"case", "list", "--db", db, "--user", kCliUser, std::string("--password=") + kCliPassword},
             {"--password", kCliPassword, "case", "list", "--db", db, "--user", kCliUser},
             {"user", "add", "inv.sari", "--db", db, "--roles", "investigator", "--new-password", kSariPassword},
             {"user", "passwd", "--db", db, "--user", kCliUser, "--new-password", kSariPassword}}) {
        const RunResult r = runCli(dir, args);
        EXPECT_EQ(r.exitCode, 2) << testing::PrintToString(args) << r.err;
        EXPECT_NE(r.err.find("unknown option --"), std::string::npos) << r.err;
        EXPECT_EQ(r.out.find(kCliPassword), std::string::npos);
    }
    // Without a descriptor and without a terminal the CLI says how to give it, and stops.
    const RunResult none = runCli(dir, {"case", "list", "--db", db, "--user", kCliUser});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_NE(none.err.find("--password-fd N, or run the command on a terminal"), std::string::npos) << none.err;
    EXPECT_NE(none.err.find("never taken from an argument"), std::string::npos) << none.err;
    // No --user: a usage error.
    const RunResult noUser = runCli(dir, {"case", "list", "--db", db});
    EXPECT_EQ(noUser.exitCode, 2);
    EXPECT_NE(noUser.err.find("missing required option --user"), std::string::npos) << noUser.err;
    // An empty line on the descriptor is no password.
    const RunResult empty = runCli(dir, {"case", "list", "--db", db, "--user", kCliUser, "--password-fd", "3"}, {{3, "\n"}});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_NE(empty.err.find("--password-fd: no password on file descriptor 3"), std::string::npos) << empty.err;
}

TEST_F(UserCliTest, AWrongPasswordExitsOneWithoutSayingWhetherTheUserExists) {
    const std::string before = readFile(db);
    const RunResult wrong = runCliAs(dir, kCliUser, "not the password", {"case", "list", "--db", db});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_EQ(wrong.err, "lintas-cli: error: sign-in: unknown user or wrong password\n");
    EXPECT_TRUE(wrong.out.empty()) << wrong.out;
    const RunResult unknown = runCliAs(dir, "nobody.here", kCliPassword, {"case", "list", "--db", db});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err, wrong.err);
    EXPECT_EQ(readFile(db), before);

    // Repeated failures are slowed down; the CLI says so (the wait doubles, so this terminates
    // well within the attempts below even on a slow machine).
    bool throttled = false;
    for (int i = 0; i < 8 && !throttled; ++i) {
        const RunResult r = runCliAs(dir, kCliUser, "still not the password", {"case", "list", "--db", db});
        EXPECT_EQ(r.exitCode, 1);
        throttled = r.err.find("sign-in: too many failed sign-ins") != std::string::npos;
    }
    EXPECT_TRUE(throttled);
}

TEST_F(UserCliTest, AdministratorsManageRolesPasswordsAndAccounts) {
    addCliUser(dir, db, "inv.sari", "investigator", kSariPassword);

    const RunResult roles = okAsAdmin({"user", "roles", "inv.sari", "investigator,supervisor", "--db", db});
    EXPECT_NE(roles.out.find("Roles of inv.sari: investigator -> investigator,supervisor"), std::string::npos)
        << roles.out;
    const RunResult badRole = asAdmin({"user", "roles", "inv.sari", "investigator,boss", "--db", db});
    EXPECT_EQ(badRole.exitCode, 1);
    EXPECT_NE(badRole.err.find("--roles: invalid value: 'investigator,boss'"), std::string::npos) << badRole.err;
    const RunResult lastAdmin = asAdmin({"user", "roles", kCliUser, "supervisor", "--db", db});
    EXPECT_EQ(lastAdmin.exitCode, 1);
    EXPECT_NE(lastAdmin.err.find("would leave no active administrator"), std::string::npos) << lastAdmin.err;

    // Sari changes her own password; the old one stops working.
    const RunResult passwd =
        asSari({"user", "passwd", "--db", db, "--new-password-fd", "4"}, kSariPassword, {{4, "sari's newer phrase\n"}});
    EXPECT_EQ(passwd.exitCode, 0) << passwd.err;
    EXPECT_NE(passwd.out.find("Password changed for inv.sari"), std::string::npos) << passwd.out;
    EXPECT_EQ(asSari({"case", "list", "--db", db}).exitCode, 1);
    EXPECT_EQ(asSari({"case", "list", "--db", db}, "sari's newer phrase").exitCode, 0);

    // She forgets it; the administrator sets another.
    const RunResult reset = okAsAdmin({"user", "reset-password", "inv.sari", "--db", db, "--new-password-fd", "4"},
                                      {{4, "set by the administrator\n"}});
    EXPECT_NE(reset.out.find("New password set for inv.sari"), std::string::npos) << reset.out;
    EXPECT_EQ(asSari({"case", "list", "--db", db}, "set by the administrator").exitCode, 0);

    // Disabled, she can no longer sign in at all.
    EXPECT_NE(asAdmin({"user", "disable", kCliUser, "--db", db}).err.find("your own account"), std::string::npos);
    const RunResult disabled = okAsAdmin({"user", "disable", "inv.sari", "--db", db});
    EXPECT_NE(disabled.out.find("Disabled user inv.sari"), std::string::npos) << disabled.out;
    const RunResult refused = asSari({"case", "list", "--db", db}, "set by the administrator");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("sign-in: unknown user or wrong password"), std::string::npos) << refused.err;
    EXPECT_NE(okAsAdmin({"user", "list", "--db", db}).out.find("no (disabled)"), std::string::npos);
}

TEST_F(UserCliTest, SettingsAndDatabaseInfo) {
    EXPECT_NE(okAsAdmin({"settings", "show", "--db", db}).out.find("lock-after: 10 minutes"), std::string::npos);
    EXPECT_NE(okAsAdmin({"settings", "set", "lock-after", "5", "--db", db}).out.find("lock-after: 5 minutes"),
              std::string::npos);
    EXPECT_NE(okAsAdmin({"settings", "show", "--db", db, "--json"}).out.find("\"lockAfterMinutes\": 5"),
              std::string::npos);
    EXPECT_EQ(asAdmin({"settings", "set", "lock-after", "-3", "--db", db}).exitCode, 2);
    EXPECT_EQ(asAdmin({"settings", "set", "colour", "blue", "--db", db}).exitCode, 2);
    addCliUser(dir, db, "inv.sari", "investigator", kSariPassword);
    const RunResult notAdmin = asSari({"settings", "set", "lock-after", "0", "--db", db});
    EXPECT_EQ(notAdmin.exitCode, 1);
    EXPECT_NE(notAdmin.err.find("settings-manage"), std::string::npos) << notAdmin.err;

    const RunResult info = asSari({"db", "info", "--db", db});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    EXPECT_NE(info.out.find("SQLCipher 4."), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("Schema version:"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("2 (2 active)"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find(db + ".keyring"), std::string::npos) << info.out;
    EXPECT_EQ(info.out.find(kSariPassword), std::string::npos);
}

TEST_F(UserCliTest, EncryptsAnEarlierPlaintextDatabaseAndCreatesItsAdministrator) {
    // A database as an earlier version wrote it: plaintext, schema 5, no accounts.
    const std::string old = dir.file("old.lintas");
    {
        auto plain = store::Database::open(old, true);
        ASSERT_TRUE(plain.ok()) << plain.error().toString();
        ASSERT_TRUE(store::Schema::migrateTo(**plain, 5).ok());
        ASSERT_TRUE((*plain)
                        ->execute("INSERT INTO agency(uuid, code, country, name, is_local, created_at, updated_at) "
                                  "VALUES ('6f1c1e0a-1111-4a4a-8a8a-000000000001', 'BARESKRIM', 'IDN', "
                                  "'Bareskrim Polri (synthetic)', 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")
                        .ok());
    }
    // Opening it asks for no password: it is refused as not yet encrypted, saying what to do.
    const RunResult refused = runCli(dir, {"case", "list", "--db", old});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("not encrypted yet"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("lintas-cli db encrypt"), std::string::npos) << refused.err;

    const RunResult encrypted = runCliAs(dir, "admin.old", kCliPassword,
                                         {"db", "encrypt", "--db", old, "--roles", "investigator"});
    ASSERT_EQ(encrypted.exitCode, 0) << encrypted.err;
    EXPECT_NE(encrypted.out.find("Administrator: admin.old (investigator,administrator)"), std::string::npos)
        << encrypted.out;
    EXPECT_EQ(readFile(old).rfind("SQLite format 3", 0), std::string::npos);
    const RunResult again = runCliAs(dir, "admin.old", kCliPassword, {"db", "encrypt", "--db", old});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("already encrypted"), std::string::npos) << again.err;
    const RunResult info = runCliAs(dir, "admin.old", kCliPassword, {"db", "info", "--db", old});
    EXPECT_EQ(info.exitCode, 0) << info.err;
    EXPECT_NE(info.out.find("Schema version:  6"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("1 (1 active)"), std::string::npos) << info.out;
}

}  // namespace
}  // namespace lintas::test
