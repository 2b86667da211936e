// Signing in: a wrong password changes nothing in the database, repeated failures are slowed down
// (on the injected clock) and audited at the next successful sign-in, and a mistyped or unknown
// user name is never written anywhere. All accounts are synthetic.

#include "CliRunner.h"
#include "TestWorkspace.h"

#include "lintas/security/Keyring.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace lintas::test {
namespace {

class SignInTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        path = ws->path();
        ws.reset();
    }

    Result<std::unique_ptr<Workspace>> attempt(const std::string& username, const std::string& password) {
        return Workspace::open(path, Credentials{username, password}, testOptions(clock, 45));
    }

    security::Keyring keyring() { return must(security::Keyring::load(Workspace::keyringPathFor(path))); }

    std::int64_t nowEpoch() const {
        return std::chrono::duration_cast<std::chrono::seconds>(clock->now().time_since_epoch()).count();
    }

    /// Every audit entry, oldest first.
    std::vector<security::AuditEntry> allEntries() {
        security::AuditQuery q;
        q.newestFirst = false;
        q.limit = 100000;
        return must(ws->audit().query(q));
    }

    std::string path;
};

TEST_F(SignInTest, AWrongPasswordFailsAndLeavesTheDatabaseUnchanged) {
    const std::string before = readFile(path);
    const auto wrong = attempt("admin.test", "correct horse battery staple");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SignInFailed);
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + "-wal") && std::filesystem::file_size(path + "-wal") > 0);
    // An unknown user fails the same way, and is not told apart.
    const auto unknown = attempt("nobody.here", kTestPassword);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::SignInFailed);
    EXPECT_EQ(unknown.error().detail, wrong.error().detail);
    EXPECT_EQ(readFile(path), before);
    // The password was never kept in the key file.
    const std::string keyFile = readFile(Workspace::keyringPathFor(path));
    EXPECT_EQ(keyFile.find("staple"), std::string::npos);
    EXPECT_EQ(keyFile.find(kTestPassword), std::string::npos);
    // The right password still works, and user names are not case-sensitive.
    auto opened = attempt("Admin.Test", kTestPassword);
    ASSERT_TRUE(opened.ok()) << opened.error().toString();
    EXPECT_EQ((*opened)->session().username, "admin.test");
}

TEST_F(SignInTest, RepeatedFailuresAreThrottledUntilTheWaitHasPassed) {
    // Three failures are free.
    for (int i = 0; i < 3; ++i) {
        const auto r = attempt("admin.test", "wrong password " + std::to_string(i));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::SignInFailed) << i;
    }
    // Soon after, further attempts are refused without trying the password, the right one too.
    int failures = 3;
    std::int64_t wait = keyring().throttleSeconds("admin.test", nowEpoch());
    while (wait == 0 && failures < 6) {
        const auto r = attempt("admin.test", "wrong password again");
        ASSERT_FALSE(r.ok());
        ASSERT_EQ(r.error().code, ErrorCode::SignInFailed);
        ++failures;
        wait = keyring().throttleSeconds("admin.test", nowEpoch());
    }
    ASSERT_GE(wait, 1) << "no wait after " << failures << " failures";
    EXPECT_LE(wait, 300);
    const auto throttled = attempt("admin.test", kTestPassword);
    ASSERT_FALSE(throttled.ok());
    EXPECT_EQ(throttled.error().code, ErrorCode::Throttled);
    // Once the wait has passed (on the injected clock), the right password works again.
    wait = keyring().throttleSeconds("admin.test", nowEpoch());
    ASSERT_GE(wait, 1);
    clock->advance(std::chrono::seconds(wait));
    EXPECT_EQ(keyring().throttleSeconds("admin.test", nowEpoch()), 0);
    auto opened = attempt("admin.test", kTestPassword);
    ASSERT_TRUE(opened.ok()) << opened.error().toString();
    ws = std::move(opened).value();

    // The failures are in the audit log now, by type of failure, without the typed password.
    int wrongPasswords = 0;
    int signIns = 0;
    for (const auto& e : allEntries()) {
        if (e.action == security::audit::kSignInFailed && e.detail == "reason=wrong-password")
            ++wrongPasswords;
        if (e.action == security::audit::kSignIn)
            ++signIns;
        EXPECT_EQ(e.detail.find("wrong password"), std::string::npos) << e.detail;
    }
    EXPECT_EQ(wrongPasswords, failures);
    EXPECT_GE(signIns, 1);
    // A success clears the count: the next failure is free again.
    EXPECT_EQ(keyring().slotFor("admin.test")->failedAttempts, 0);
    EXPECT_TRUE(keyring().pendingFailures().empty());
    ws.reset();
    const auto again = attempt("admin.test", "wrong once more");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::SignInFailed);
}

TEST_F(SignInTest, ThrottlingIsPerUser) {
    {
        auto admin = attempt("admin.test", kTestPassword);
        ASSERT_TRUE(admin.ok());
        ws = std::move(admin).value();
        must(ws->users.create("inv.sari", "", security::RoleSet{security::Role::Investigator}, kTestPassword,
                              kTestPassword));
        ws.reset();
    }
    for (int i = 0; i < 8 && keyring().throttleSeconds("inv.sari", nowEpoch()) == 0; ++i)
        ASSERT_FALSE(attempt("inv.sari", "wrong password").ok());
    ASSERT_GT(keyring().throttleSeconds("inv.sari", nowEpoch()), 0);
    const auto sari = attempt("inv.sari", kTestPassword);
    ASSERT_FALSE(sari.ok());
    EXPECT_EQ(sari.error().code, ErrorCode::Throttled);
    // The administrator, who made no mistake, signs in at once.
    auto admin = attempt("admin.test", kTestPassword);
    ASSERT_TRUE(admin.ok()) << admin.error().toString();
}

TEST_F(SignInTest, AnUnknownUserNameIsNeverStored) {
    // A user name typed by mistake may be a password typed in the wrong field, or a real name.
    const std::string typed = "dewi.lestari.typed";
    const std::string typedPassword = "Sihanoukville 2026";
    for (int i = 0; i < 2; ++i) {
        const auto r = attempt(typed, typedPassword);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::SignInFailed);
        EXPECT_EQ(r.error().toString().find("dewi"), std::string::npos);
    }
    const std::string keyFile = readFile(Workspace::keyringPathFor(path));
    EXPECT_EQ(keyFile.find("dewi"), std::string::npos);
    EXPECT_EQ(keyFile.find("Sihanoukville"), std::string::npos);

    auto opened = attempt("admin.test", kTestPassword);
    ASSERT_TRUE(opened.ok()) << opened.error().toString();
    ws = std::move(opened).value();
    int unknownFailures = 0;
    for (const auto& e : allEntries()) {
        for (const std::string* field : {&e.username, &e.detail, &e.reason, &e.recordUuid, &e.recordType})
            EXPECT_EQ(field->find("dewi"), std::string::npos) << *field;
        if (e.action == security::audit::kSignInFailed) {
            ++unknownFailures;
            EXPECT_TRUE(e.userUuid.empty()) << "an unknown name has no user";
        }
    }
    EXPECT_EQ(unknownFailures, 2);
    ws.reset();
    EXPECT_EQ(readFile(Workspace::keyringPathFor(path)).find("dewi"), std::string::npos);
}

}  // namespace
}  // namespace lintas::test
