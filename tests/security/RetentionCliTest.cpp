// lintas-cli retention …, run as a user or a script would: the real binary on a temporary
// encrypted database, signed in with --user and --password-fd.

#include "CliRunner.h"
#include "TempDir.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lintas::test {
namespace {

/// A term that appears in one note of the old case only.
constexpr const char* kNoteTerm = "zxqvortilax";

class RetentionCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        initCliDatabase(dir, db);
        // Opened in 2010: the reference is the first of that year.
        ok({"case", "add", "--db", db, "--title", "Recruitment through a job app (synthetic)", "--status", "Closed",
            "--opened", "2010-01-05", "--closed", "2011-02-01", "--country", "IDN,MYS"});
        ok({"case", "note", kOld, "--db", db, "--text", std::string("The recruiter called himself ") + kNoteTerm});
        ok({"person", "add", "--db", db, "--given", "Sri", "--family", "Wahyuni", "--sex", "Female", "--citizenship",
            "IDN", "--id", "Phone:+62 812-1111-2222", "--case", kOld, "--role", "Victim"});
        ok({"case", "add", "--db", db, "--title", "Scam compound, Myawaddy (synthetic)", "--status",
            "UnderInvestigation", "--opened", "2026-01-05"});
        ok({"case", "add", "--db", db, "--title", "Domestic servitude (synthetic)", "--status", "Closed", "--opened",
            "2012-03-01", "--closed", "2012-09-30"});
    }

    RunResult run(const std::vector<std::string>& args) { return runCliAsAdmin(dir, args); }
    RunResult ok(const std::vector<std::string>& args) {
        RunResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << "lintas-cli " << testing::PrintToString(args) << "\nstderr: " << r.err;
        return r;
    }
    static bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

    static constexpr const char* kOld = "IDN-BARESKRIM-2010-000001";
    static constexpr const char* kOpen = "IDN-BARESKRIM-2026-000001";
    static constexpr const char* kOther = "IDN-BARESKRIM-2012-000001";

    TempDir dir;
    std::string db = dir.file("cases.lintas");
};

TEST_F(RetentionCliTest, RulesAreSetByAnAdministratorAndShown) {
    RunResult rules = ok({"retention", "rules", "--db", db});
    EXPECT_TRUE(has(rules.out, "closed-case")) << rules.out;
    EXPECT_TRUE(has(rules.out, "kept forever")) << rules.out;

    RunResult set = ok({"retention", "set", "closed-case", "7", "--db", db});
    EXPECT_TRUE(has(set.out, "listed for deletion 7 years after the case was closed")) << set.out;
    RunResult json = ok({"retention", "rules", "--db", db, "--json"});
    EXPECT_TRUE(has(json.out, "\"kind\": \"closed-case\",\n      \"years\": 7")) << json.out;
    EXPECT_TRUE(has(json.out, "\"kind\": \"exchange-log\",\n      \"years\": 0")) << json.out;

    // Wrong numbers are usage errors; a wrong kind is refused by the core, naming it.
    EXPECT_EQ(run({"retention", "set", "closed-case", "seven", "--db", db}).exitCode, 2);
    EXPECT_EQ(run({"retention", "set", "closed-case", "101", "--db", db}).exitCode, 2);
    RunResult kind = run({"retention", "set", "open-case", "3", "--db", db});
    EXPECT_EQ(kind.exitCode, 1);
    EXPECT_TRUE(has(kind.err, "retention.kind")) << kind.err;
}

TEST_F(RetentionCliTest, DueListsOldClosedCasesOnly) {
    EXPECT_TRUE(has(ok({"retention", "due", "--db", db}).out, "Nothing is due for deletion"));
    ok({"retention", "set", "closed-case", "7", "--db", db});
    RunResult due = ok({"retention", "due", "--db", db});
    EXPECT_TRUE(has(due.out, kOld)) << due.out;
    EXPECT_TRUE(has(due.out, kOther)) << due.out;
    EXPECT_FALSE(has(due.out, kOpen)) << due.out;
    EXPECT_TRUE(has(due.out, "2 records due for deletion")) << due.out;
    EXPECT_FALSE(has(due.out, "Wahyuni")) << "names never appear in the list";
    RunResult json = ok({"retention", "due", "--db", db, "--json"});
    EXPECT_TRUE(has(json.out, "\"label\": \"" + std::string(kOld) + "\"")) << json.out;
    EXPECT_TRUE(has(json.out, "\"basisDate\": \"2011-02-01\"")) << json.out;
    EXPECT_TRUE(has(json.out, "\"dueOn\": \"2018-02-01\"")) << json.out;

    // Postponed, the other case leaves the list.
    RunResult kept = ok({"retention", "postpone", "closed-case", kOther, "--until", "2099-01-01", "--db", db});
    EXPECT_TRUE(has(kept.out, "not listed for deletion again before 2099-01-01")) << kept.out;
    due = ok({"retention", "due", "--db", db});
    EXPECT_FALSE(has(due.out, kOther)) << due.out;
    EXPECT_TRUE(has(due.out, "1 record due for deletion")) << due.out;
    EXPECT_EQ(run({"retention", "postpone", "closed-case", kOther, "--until", "yesterday", "--db", db}).exitCode, 1);
}

TEST_F(RetentionCliTest, PurgeWithoutYesOnlyShowsWhatWouldGo) {
    ok({"retention", "set", "closed-case", "7", "--db", db});
    RunResult preview = ok({"retention", "purge", "closed-case", kOld, "--db", db});
    EXPECT_TRUE(has(preview.out, "Would delete 1 closed case and 1 person")) << preview.out;
    EXPECT_TRUE(has(preview.out, "Nothing was deleted")) << preview.out;
    EXPECT_TRUE(has(preview.out, kOld)) << preview.out;
    RunResult json = ok({"retention", "purge", "closed-case", kOld, "--db", db, "--json"});
    EXPECT_TRUE(has(json.out, "\"applied\": false")) << json.out;
    EXPECT_TRUE(has(json.out, "\"records\": 2")) << json.out;
    // Still there.
    ok({"case", "show", kOld, "--db", db});
    EXPECT_TRUE(has(ok({"search", kNoteTerm, "--db", db}).out, kOld));
}

TEST_F(RetentionCliTest, PurgeWithYesDeletesForReal) {
    ok({"retention", "set", "closed-case", "7", "--db", db});
    RunResult done = ok({"retention", "purge", "closed-case", kOld, "--yes", "--db", db});
    EXPECT_TRUE(has(done.out, "Deleted 1 closed case and 1 person")) << done.out;
    EXPECT_TRUE(has(done.out, "Database file compacted")) << done.out;
    EXPECT_TRUE(has(done.out, "retention-delete")) << done.out;

    RunResult gone = run({"case", "show", kOld, "--db", db});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(has(gone.err, "not found")) << gone.err;
    EXPECT_FALSE(has(ok({"search", kNoteTerm, "--db", db}).out, kOld));
    EXPECT_FALSE(has(ok({"search", "Wahyuni", "--db", db}).out, "Wahyuni"));
    ok({"case", "show", kOpen, "--db", db});
    RunResult due = ok({"retention", "due", "--db", db});
    EXPECT_FALSE(has(due.out, kOld)) << due.out;
    EXPECT_TRUE(has(due.out, kOther)) << due.out;

    // The audit log names what went by type and UUID only, and its chain still verifies.
    RunResult log = ok({"audit", "log", "--db", db, "--action", "retention-delete"});
    EXPECT_TRUE(has(log.out, "retention-delete  case ")) << log.out;
    EXPECT_TRUE(has(log.out, "retention-delete  person ")) << log.out;
    EXPECT_FALSE(has(log.out, "Wahyuni")) << log.out;
    EXPECT_FALSE(has(log.out, kOld)) << log.out;
    ok({"audit", "verify", "--db", db});

    // Purged once, it is not due any more.
    RunResult again = run({"retention", "purge", "closed-case", kOld, "--yes", "--db", db});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(has(again.err, std::string("retention.uuid: refused: ") + kOld + " is not due")) << again.err;
}

TEST_F(RetentionCliTest, PurgeOfARecordThatIsNotDueIsRefusedAndDeletesNothing) {
    ok({"retention", "set", "closed-case", "7", "--db", db});
    RunResult refused = run({"retention", "purge", "closed-case", kOld, kOpen, "--yes", "--db", db});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(has(refused.err, "refused")) << refused.err;
    EXPECT_TRUE(has(refused.err, "nothing was deleted")) << refused.err;
    ok({"case", "show", kOld, "--db", db});
    ok({"case", "show", kOpen, "--db", db});
    EXPECT_EQ(run({"retention", "purge", "closed-case", "--yes", "--db", db}).exitCode, 2);  // no record named
}

TEST_F(RetentionCliTest, AnInvestigatorIsRefused) {
    ok({"retention", "set", "closed-case", "7", "--db", db});
    addCliUser(dir, db, "inv.test", "investigator");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"retention", "due", "--db", db},
             {"retention", "purge", "closed-case", kOld, "--yes", "--db", db},
             {"retention", "set", "closed-case", "1", "--db", db}}) {
        RunResult r = runCliAs(dir, "inv.test", kCliPassword, args);
        EXPECT_EQ(r.exitCode, 1) << testing::PrintToString(args);
        EXPECT_TRUE(has(r.err, "not permitted")) << r.err;
    }
    ok({"case", "show", kOld, "--db", db});
}

TEST_F(RetentionCliTest, HelpForEverySubcommand) {
    for (const char* sub : {"rules", "set", "due", "postpone", "purge"}) {
        RunResult r = runCli(dir, {"retention", sub, "--help"});
        EXPECT_EQ(r.exitCode, 0) << sub;
        EXPECT_TRUE(has(r.out, std::string("Usage: lintas-cli retention ") + sub)) << r.out;
    }
    RunResult group = runCli(dir, {"retention", "--help"});
    EXPECT_EQ(group.exitCode, 0);
    EXPECT_TRUE(has(group.out, "purge")) << group.out;
}

}  // namespace
}  // namespace lintas::test
