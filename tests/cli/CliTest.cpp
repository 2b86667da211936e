// End-to-end tests of lintas-cli: each test runs the real binary on a temporary database and
// checks what a user would see (stdout, stderr, exit code) and what ends up in the files.
// Every person and case here is invented.

#include "CliRunner.h"
#include "TempDir.h"
#include "lintas/service/Workspace.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sstream>
#include <string>
#include <vector>

namespace lintas::test {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string today() {
    const auto now = std::chrono::system_clock::now();
    const auto days = std::chrono::floor<std::chrono::days>(now);
    const std::chrono::year_month_day ymd{days};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

class CliTest : public ::testing::Test {
protected:
    /// Runs lintas-cli with `args` signed in as the administrator of init() (who holds every
    /// role); stdin is /dev/null, stdout and stderr go to files (not a TTY).
    RunResult run(const std::vector<std::string>& args) { return runCliAsAdmin(dir, args); }
    /// Runs lintas-cli without --user/--password-fd (commands that open no database).
    RunResult runPlain(const std::vector<std::string>& args) { return runCli(dir, args); }

    /// Runs and expects exit code 0, reporting stderr otherwise.
    RunResult ok(const std::vector<std::string>& args) {
        RunResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << "lintas-cli " << testing::PrintToString(args) << "\nstderr: " << r.err;
        return r;
    }

    /// Runs with --json and parses stdout.
    Object::Ptr json(std::vector<std::string> args) {
        args.emplace_back("--json");
        const RunResult r = ok(args);
        try {
            return parseObject(r.out);
        } catch (const std::exception& e) {
            ADD_FAILURE() << "not JSON (" << e.what() << "):\n" << r.out;
            return new Object();
        }
    }

    void init() { initCliDatabase(dir, db); }

    /// Adds the standard test case and returns its reference.
    std::string addCase(const std::string& title = "Online job scam, Sihanoukville") {
        const auto c =
            json({"case", "add", "--db", db, "--title", title, "--status", "UnderInvestigation", "--exploitation",
                  "ForcedCriminality", "--country", "IDN,KHM", "--opened", "2026-02-01", "--owner", "inv.sari"});
        return c->getValue<std::string>("reference");
    }

    /// Adds the synthetic victim Dewi Lestari to `reference` and returns her UUID.
    std::string addVictim(const std::string& reference) {
        const auto p = json({"person",        "add",
                             "--db",          db,
                             "--given",       "Dewi",
                             "--family",      "Lestari",
                             "--sex",         "Female",
                             "--citizenship", "IDN",
                             "--id",          "Phone:+62 812-3456-7890",
                             "--id",          "Passport:c 123 4567:IDN",
                             "--case",        reference,
                             "--role",        "Victim"});
        return p->getValue<std::string>("uuid");
    }

    TempDir dir;
    std::string db = dir.file("cases.lintas");
};

TEST_F(CliTest, PrintsVersionAndTopLevelHelp) {
    const auto version = runPlain({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("lintas-cli ", 0), 0U) << version.out;
    const auto help = runPlain({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"init", "demo", "case", "person", "referral", "org", "search", "stats", "vocab", "user",
                                "db", "settings"})
        EXPECT_NE(help.out.find(std::string("\n  ") + command + " "), std::string::npos) << command;
    EXPECT_NE(help.out.find("--password-fd"), std::string::npos) << help.out;
}

TEST_F(CliTest, HelpExitsZeroForEveryCommandAndSubcommand) {
    const std::vector<std::vector<std::string>> commands{
        {"init"},
        {"demo"},
        {"case"},
        {"case", "list"},
        {"case", "show"},
        {"case", "add"},
        {"case", "update"},
        {"case", "add-party"},
        {"case", "note"},
        {"person"},
        {"person", "add"},
        {"person", "show"},
        {"person", "find"},
        {"referral"},
        {"referral", "add"},
        {"referral", "move"},
        {"referral", "list"},
        {"referral", "show"},
        {"search"},
        {"stats"},
        {"vocab"},
        {"org"},
        {"org", "add"},
        {"org", "list"},
        {"user"},
        {"user", "add"},
        {"user", "list"},
        {"user", "roles"},
        {"user", "disable"},
        {"user", "reset-password"},
        {"user", "passwd"},
        {"settings"},
        {"settings", "show"},
        {"settings", "set"},
        {"db"},
        {"db", "encrypt"},
        {"db", "info"},
    };
    for (auto words : commands) {
        std::string usage = "Usage: lintas-cli";
        for (const auto& w : words)
            usage += " " + w;
        words.emplace_back("--help");
        const RunResult r = runPlain(words);
        EXPECT_EQ(r.exitCode, 0) << testing::PrintToString(words) << r.err;
        EXPECT_EQ(r.out.rfind(usage, 0), 0U) << r.out;
        EXPECT_TRUE(r.err.empty()) << r.err;
    }
    // "help CMD SUB" is the same as "CMD SUB --help", and -h works too.
    EXPECT_EQ(ok({"help", "case", "add"}).out, ok({"case", "add", "--help"}).out);
    EXPECT_EQ(ok({"referral", "move", "-h"}).out, ok({"referral", "move", "--help"}).out);
    EXPECT_EQ(ok({"help", "user", "add"}).out, ok({"user", "add", "--help"}).out);
}

TEST_F(CliTest, UsageErrorsExitTwoWithAHintToUseHelp) {
    init();
    const std::vector<std::vector<std::string>> bad{
        {"frobnicate"},                                   // unknown command
        {"case", "frobnicate", "--db", db},               // unknown subcommand
        {"case"},                                         // missing subcommand
        {"case", "list"},                                 // missing --db
        {"case", "list", "--db", db, "--bogus"},          // unknown option
        {"case", "list", "--db", db, "--limit", "ten"},   // bad number
        {"case", "list", "--db", db, "--sort", "colour"}, // bad choice
        {"case", "list", "--db"},                         // option without its value
        {"demo", "--db", dir.file("demo.lintas"), "--cases", "abc"},
        {"case", "add", "--db", db},    // missing required --title
        {"person", "find", "--db", db}, // nothing to find by
    };
    for (const auto& args : bad) {
        const RunResult r = run(args);
        EXPECT_EQ(r.exitCode, 2) << testing::PrintToString(args) << r.err;
        EXPECT_EQ(r.err.rfind("lintas-cli: error: ", 0), 0U) << r.err;
        EXPECT_NE(r.err.find("--help"), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
    EXPECT_NE(run({"case", "list"}).err.find("missing required option --db"), std::string::npos);
    EXPECT_NE(run({"demo", "--db", dir.file("demo.lintas"), "--cases", "abc"}).err.find("--cases"), std::string::npos);
    EXPECT_NE(run({"frobnicate"}).err.find("unknown command 'frobnicate'"), std::string::npos);
    // A usage error never creates the database it names.
    EXPECT_FALSE(std::filesystem::exists(dir.file("demo.lintas")));
}

TEST_F(CliTest, InitCreatesDatabaseAndRefusesAnExistingOne) {
    const RunResult created = ok({"init", "--db", db, "--agency-code", "BARESKRIM", "--country", "IDN", "--agency-name",
                                  "Bareskrim Polri (synthetic test agency)", "--roles", kCliAllOtherRoles});
    EXPECT_NE(created.out.find("IDN/BARESKRIM"), std::string::npos) << created.out;
    EXPECT_NE(created.out.find("Administrator: admin.test (investigator,victim-support,liaison,supervisor,administrator)"),
              std::string::npos)
        << created.out;
    ASSERT_TRUE(std::filesystem::exists(db));
    EXPECT_TRUE(std::filesystem::exists(db + ".keyring"));
    addCase();
    const std::string before = readFile(db);
    const std::string keyringBefore = readFile(db + ".keyring");

    const RunResult again =
        run({"init", "--db", db, "--agency-code", "POLIS", "--country", "MYS", "--agency-name", "Another agency"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("lintas-cli: error: database: already exists"), std::string::npos) << again.err;
    EXPECT_EQ(readFile(db), before);
    EXPECT_EQ(readFile(db + ".keyring"), keyringBefore);
    EXPECT_EQ(json({"case", "list", "--db", db})->getValue<int>("total"), 1);
}

TEST_F(CliTest, InitWithoutAUserOrPasswordCreatesNothing) {
    // No --user: a usage error, before any password is asked for.
    const RunResult noUser = runPlain({"init", "--db", db, "--agency-code", "BARESKRIM", "--country", "IDN",
                                       "--agency-name", "Bareskrim Polri"});
    EXPECT_EQ(noUser.exitCode, 2) << noUser.err;
    EXPECT_NE(noUser.err.find("missing required option --user"), std::string::npos) << noUser.err;
    // No --password-fd and no terminal: told how to give one; never from an argument.
    const RunResult noPassword = runPlain({"init", "--db", db, "--agency-code", "BARESKRIM", "--country", "IDN",
                                           "--agency-name", "Bareskrim Polri", "--user", "admin.test"});
    EXPECT_EQ(noPassword.exitCode, 1);
    EXPECT_NE(noPassword.err.find("--password-fd"), std::string::npos) << noPassword.err;
    EXPECT_NE(noPassword.err.find("never taken from an argument"), std::string::npos) << noPassword.err;
    // A password that breaks the rules.
    const RunResult weak =
        runCliAs(dir, "admin.test", "short", {"init", "--db", db, "--agency-code", "BARESKRIM", "--country", "IDN",
                                              "--agency-name", "Bareskrim Polri"});
    EXPECT_EQ(weak.exitCode, 1);
    EXPECT_NE(weak.err.find("user.password: invalid value: must be at least 10 characters long"), std::string::npos)
        << weak.err;
    const RunResult badName = runCliAs(dir, "Admin Test", kCliPassword,
                                       {"init", "--db", db, "--agency-code", "BARESKRIM", "--country", "IDN",
                                        "--agency-name", "Bareskrim Polri"});
    EXPECT_EQ(badName.exitCode, 1);
    EXPECT_NE(badName.err.find("user.username: invalid value"), std::string::npos) << badName.err;
    EXPECT_FALSE(std::filesystem::exists(db));
    EXPECT_FALSE(std::filesystem::exists(db + ".keyring"));
}

TEST_F(CliTest, InitRejectsABadCountryNamingTheField) {
    const RunResult r =
        run({"init", "--db", db, "--agency-code", "BARESKRIM", "--country", "XXX", "--agency-name", "Bareskrim Polri"});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("country"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("invalid value"), std::string::npos) << r.err;
}

TEST_F(CliTest, CaseAddListShowUpdate) {
    init();
    const RunResult added = ok({"case",           "add",
                                "--db",           db,
                                "--title",        "Online job scam, Sihanoukville",
                                "--status",       "UnderInvestigation",
                                "--exploitation", "ForcedCriminality",
                                "--country",      "IDN",
                                "--country",      "KHM",
                                "--opened",       "2026-02-01",
                                "--owner",        "inv.sari",
                                "--tlp",          "amber"});
    EXPECT_NE(added.out.find("Created case IDN-BARESKRIM-2026-000001"), std::string::npos) << added.out;
    EXPECT_NE(added.out.find("UUID: "), std::string::npos) << added.out;
    addCase("Fishing vessel forced labour, Benjina");

    const RunResult table = ok({"case", "list", "--db", db, "--sort", "reference"});
    EXPECT_NE(table.out.find("REFERENCE"), std::string::npos);
    EXPECT_NE(table.out.find("Under investigation"), std::string::npos) << table.out; // label, not only the code
    EXPECT_LT(table.out.find("IDN-BARESKRIM-2026-000001"), table.out.find("IDN-BARESKRIM-2026-000002"));
    EXPECT_NE(table.out.find("2 cases"), std::string::npos) << table.out;

    auto list = json({"case", "list", "--db", db, "--text", "sihanoukville"});
    EXPECT_EQ(list->getValue<int>("total"), 1);
    auto first = list->getArray("cases")->getObject(0);
    EXPECT_EQ(first->getValue<std::string>("reference"), "IDN-BARESKRIM-2026-000001");
    EXPECT_EQ(first->getValue<std::string>("status"), "UnderInvestigation");
    const std::string uuid = first->getValue<std::string>("uuid");

    EXPECT_EQ(json({"case", "list", "--db", db, "--country", "khm", "--status", "UnderInvestigation"})
                  ->getValue<int>("total"),
              2);
    EXPECT_EQ(json({"case", "list", "--db", db, "--opened-from", "2026-03-01"})->getValue<int>("total"), 0);
    auto paged = json({"case", "list", "--db", db, "--sort", "reference", "--desc", "--limit", "1", "--offset", "1"});
    EXPECT_EQ(paged->getValue<int>("total"), 2);
    ASSERT_EQ(paged->getArray("cases")->size(), 1U);
    EXPECT_EQ(paged->getArray("cases")->getObject(0)->getValue<std::string>("reference"), "IDN-BARESKRIM-2026-000001");

    // Show by reference (any letter case) and by UUID gives the same case.
    const RunResult shown = ok({"case", "show", "idn-bareskrim-2026-000001", "--db", db});
    EXPECT_NE(shown.out.find("Online job scam, Sihanoukville"), std::string::npos);
    EXPECT_NE(shown.out.find("UnderInvestigation (Under investigation)"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("KHM (Cambodia)"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("Origin agency:  IDN/BARESKRIM"), std::string::npos) << shown.out;
    auto byUuid = json({"case", "show", uuid, "--db", db});
    EXPECT_EQ(byUuid->getValue<std::string>("reference"), "IDN-BARESKRIM-2026-000001");
    EXPECT_EQ(byUuid->getValue<int>("version"), 1);

    const RunResult updated =
        ok({"case", "update", "IDN-BARESKRIM-2026-000001", "--db", db, "--status", "ReferredForProsecution",
            "--summary", "Recruited through a job advert; held in a compound.", "--country", "IDN,KHM,THA"});
    EXPECT_NE(updated.out.find("Updated case IDN-BARESKRIM-2026-000001"), std::string::npos) << updated.out;
    auto after = json({"case", "show", uuid, "--db", db});
    EXPECT_EQ(after->getValue<std::string>("status"), "ReferredForProsecution");
    EXPECT_EQ(after->getValue<std::string>("summary"), "Recruited through a job advert; held in a compound.");
    EXPECT_EQ(after->getArray("countries")->size(), 3U);
    EXPECT_EQ(after->getValue<std::string>("title"), "Online job scam, Sihanoukville"); // untouched
    EXPECT_EQ(after->getValue<int>("version"), 2);
    EXPECT_EQ(after->getArray("exploitationForms")->getElement<std::string>(0), "ForcedCriminality");
}

TEST_F(CliTest, CaseCommandsReportBadValuesByOption) {
    init();
    const RunResult badStatus = run({"case", "add", "--db", db, "--title", "X", "--status", "Pending"});
    EXPECT_EQ(badStatus.exitCode, 1);
    EXPECT_NE(badStatus.err.find("--status: invalid value: 'Pending' is not a case-status code"), std::string::npos)
        << badStatus.err;
    const RunResult future = run({"case", "add", "--db", db, "--title", "X", "--opened", "2999-01-01"});
    EXPECT_EQ(future.exitCode, 1);
    EXPECT_NE(future.err.find("case.openedOn: invalid value"), std::string::npos) << future.err;
    const RunResult missing = run({"case", "show", "IDN-BARESKRIM-2026-999999", "--db", db});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("not found"), std::string::npos) << missing.err;
    EXPECT_EQ(run({"case", "update", "IDN-BARESKRIM-2026-999999", "--db", db, "--title", "Y"}).exitCode, 1);
    EXPECT_EQ(json({"case", "list", "--db", db})->getValue<int>("total"), 0);
}

TEST_F(CliTest, PersonFoundByPhoneWrittenDifferently) {
    init();
    const std::string ref = addCase();
    const std::string dewi = addVictim(ref);
    const std::string budi = json({"person", "add", "--db", db, "--given", "Budi", "--family", "Santoso", "--id",
                                   "Phone:+62 813-1111-2222", "--case", ref, "--role", "Suspect"})
                                 ->getValue<std::string>("uuid");

    // The same number, written nationally, finds the same person.
    auto found = json({"person", "find", "--db", db, "--phone", "0813 1111 2222", "--country", "IDN"});
    auto matches = found->getArray("matches");
    ASSERT_EQ(matches->size(), 1U);
    EXPECT_EQ(matches->getObject(0)->getValue<std::string>("uuid"), budi);
    EXPECT_EQ(matches->getObject(0)->getValue<std::string>("name"), "Budi Santoso");
    // Without --country a national number is read as one of the agency's own country.
    const RunResult table = ok({"person", "find", "--db", db, "--phone", "0813-1111-2222"});
    EXPECT_NE(table.out.find(budi), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("+6281311112222"), std::string::npos) << table.out;

    // A victim is found the same way, but shown masked: no name, only the kind of identifier.
    auto victim = json({"person", "find", "--db", db, "--phone", "0812 3456 7890", "--country", "IDN"});
    ASSERT_EQ(victim->getArray("matches")->size(), 1U);
    EXPECT_EQ(victim->getArray("matches")->getObject(0)->getValue<std::string>("uuid"), dewi);
    EXPECT_EQ(victim->getArray("matches")->getObject(0)->getValue<std::string>("name"), "\u2022\u2022\u2022");
    const RunResult victimTable = ok({"person", "find", "--db", db, "--phone", "0812-3456-7890"});
    EXPECT_NE(victimTable.out.find(dewi), std::string::npos) << victimTable.out;
    EXPECT_EQ(victimTable.out.find("Lestari"), std::string::npos) << victimTable.out;
    EXPECT_EQ(victimTable.out.find("+6281234567890"), std::string::npos) << victimTable.out;
    // Passport numbers match without spaces and in any letter case.
    EXPECT_EQ(json({"person", "find", "--db", db, "--passport", "C1234567"})->getArray("matches")->size(), 1U);
    EXPECT_EQ(json({"person", "find", "--db", db, "--id", "Passport:c1234567:IDN"})->getArray("matches")->size(), 1U);
    // Another number finds no one.
    const RunResult none = ok({"person", "find", "--db", db, "--phone", "+62 812 0000 0000"});
    EXPECT_NE(none.out.find("No one found."), std::string::npos) << none.out;
    // By name, too.
    EXPECT_EQ(json({"person", "find", "--db", db, "--name", "santoso"})->getArray("matches")->size(), 1U);

    // Show: the victim's identity is masked unless a reason is given (and then audited).
    const RunResult masked = ok({"person", "show", dewi, "--db", db});
    EXPECT_EQ(masked.out.find("Lestari"), std::string::npos) << masked.out;
    EXPECT_EQ(masked.out.find("+62 812-3456-7890"), std::string::npos) << masked.out;
    EXPECT_NE(masked.out.find("masked (a victim): add --reason TEXT"), std::string::npos) << masked.out;
    EXPECT_TRUE(json({"person", "show", dewi, "--db", db})->getValue<bool>("identityMasked"));
    const RunResult noReason = run({"person", "show", dewi, "--db", db, "--reason", ""});
    EXPECT_EQ(noReason.exitCode, 1);
    EXPECT_NE(noReason.err.find("reveal.reason"), std::string::npos) << noReason.err;
    // With a reason: identifiers as entered and normalised, and the role in the case.
    const RunResult shown = ok({"person", "show", dewi, "--db", db, "--reason", "Preparing the victim interview"});
    EXPECT_NE(shown.out.find("Lestari"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("+62 812-3456-7890"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("+6281234567890"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("C1234567"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find(ref), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("Victim"), std::string::npos) << shown.out;
    auto person = json({"person", "show", dewi, "--db", db, "--reason", "Preparing the victim interview"});
    EXPECT_FALSE(person->getValue<bool>("identityMasked"));
    ASSERT_EQ(person->getArray("roles")->size(), 1U);
    EXPECT_EQ(person->getArray("roles")->getObject(0)->getValue<std::string>("role"), "Victim");
    EXPECT_EQ(person->getArray("identifiers")->size(), 2U);

    // The case now counts her as a victim.
    auto list = json({"case", "list", "--db", db});
    EXPECT_EQ(list->getArray("cases")->getObject(0)->getValue<int>("victimCount"), 1);
}

TEST_F(CliTest, PersonAddWithABadIdentifierOrCaseCreatesNothing) {
    init();
    const std::string ref = addCase();
    const RunResult badPhone = run({"person", "add", "--db", db, "--given", "Budi", "--id", "Phone:call me"});
    EXPECT_EQ(badPhone.exitCode, 1);
    EXPECT_NE(badPhone.err.find("person.identifiers[0].value: invalid value"), std::string::npos) << badPhone.err;
    const RunResult noCase = run(
        {"person", "add", "--db", db, "--given", "Budi", "--case", "IDN-BARESKRIM-2026-000099", "--role", "Suspect"});
    EXPECT_EQ(noCase.exitCode, 1);
    const RunResult noRole = run({"person", "add", "--db", db, "--given", "Budi", "--case", ref});
    EXPECT_EQ(noRole.exitCode, 2);
    EXPECT_EQ(json({"stats", "--db", db})->getValue<int>("persons"), 0);
    // Error messages never echo personal data the user did not type in that command.
    EXPECT_EQ(badPhone.err.find("Budi"), std::string::npos);
}

TEST_F(CliTest, ReferralAddMoveAndListOverdue) {
    init();
    const std::string ref = addCase();
    const std::string dewi = addVictim(ref);

    const RunResult added = ok({"referral", "add", "--db", db, "--case", ref, "--victim", dewi, "--service", "Shelter",
                                "--officer", "Rina Wulandari", "--due", "2026-01-10"});
    EXPECT_NE(added.out.find("Created referral "), std::string::npos) << added.out;
    auto overdueRef = json({"referral", "add", "--db", db, "--case", ref, "--victim", dewi, "--service", "medical",
                            "--due", "2020-06-30"});
    const std::string medical = overdueRef->getValue<std::string>("uuid");
    EXPECT_EQ(overdueRef->getValue<std::string>("status"), "Requested");
    auto shelter = json(
        {"org", "add", "--db", db, "--name", "Rumah Aman Batam (synthetic)", "--type", "shelter", "--country", "IDN"});
    const std::string provider = shelter->getValue<std::string>("uuid");
    EXPECT_NE(ok({"org", "list", "--db", db, "--type", "Shelter"}).out.find("Rumah Aman Batam"), std::string::npos);
    auto later = json({"referral", "add", "--db", db, "--case", ref, "--victim", dewi, "--service", "Psychosocial",
                       "--due", "2999-12-31", "--provider", provider});
    EXPECT_EQ(later->getValue<std::string>("providerName"), "Rumah Aman Batam (synthetic)");

    auto all = json({"referral", "list", "--db", db});
    EXPECT_EQ(all->getArray("referrals")->size(), 3U);
    auto overdue = json({"referral", "list", "--db", db, "--overdue"});
    const bool shelterOverdue = today() > "2026-01-10";
    ASSERT_EQ(overdue->getArray("referrals")->size(), shelterOverdue ? 2U : 1U);
    EXPECT_EQ(overdue->getArray("referrals")->getObject(0)->getValue<std::string>("uuid"), medical); // soonest first
    EXPECT_TRUE(overdue->getArray("referrals")->getObject(0)->getValue<bool>("overdue"));
    const RunResult overdueTable = ok({"referral", "list", "--db", db, "--overdue"});
    EXPECT_NE(overdueTable.out.find("2020-06-30 OVERDUE"), std::string::npos) << overdueTable.out;
    EXPECT_NE(overdueTable.out.find("Medical care"), std::string::npos) << overdueTable.out;
    EXPECT_EQ(overdueTable.out.find("Psychosocial"), std::string::npos) << overdueTable.out;

    // Requested → Accepted → InProgress → Completed, each recorded.
    const RunResult moved = ok({"referral", "move", medical, "--db", db, "--to", "Accepted", "--note", "Clinic slot"});
    EXPECT_NE(moved.out.find("Requested -> Accepted"), std::string::npos) << moved.out;
    ok({"referral", "move", medical, "--db", db, "--to", "inprogress"});
    auto done = json({"referral", "move", medical, "--db", db, "--to", "Completed", "--outcome", "Treated"});
    EXPECT_EQ(done->getValue<std::string>("status"), "Completed");
    EXPECT_EQ(done->getValue<std::string>("outcome"), "Treated");
    auto shown = json({"referral", "show", medical, "--db", db});
    EXPECT_EQ(shown->getArray("history")->size(), 4U);
    EXPECT_FALSE(shown->getValue<bool>("overdue")); // finished referrals are never overdue

    EXPECT_EQ(json({"referral", "list", "--db", db, "--status", "Completed"})->getArray("referrals")->size(), 1U);
    EXPECT_EQ(json({"referral", "list", "--db", db, "--service", "Psychosocial", "--case", ref})
                  ->getArray("referrals")
                  ->getObject(0)
                  ->getValue<std::string>("uuid"),
              later->getValue<std::string>("uuid"));
    EXPECT_EQ(json({"referral", "list", "--db", db, "--officer", "Rina Wulandari"})->getArray("referrals")->size(), 1U);
}

TEST_F(CliTest, IllegalReferralMoveExitsOneAndChangesNothing) {
    init();
    const std::string ref = addCase();
    const std::string dewi = addVictim(ref);
    auto referral = json({"referral", "add", "--db", db, "--case", ref, "--victim", dewi, "--service", "Shelter"});
    const std::string uuid = referral->getValue<std::string>("uuid");

    const RunResult illegal = run({"referral", "move", uuid, "--db", db, "--to", "Completed"});
    EXPECT_EQ(illegal.exitCode, 1);
    EXPECT_NE(illegal.err.find("illegal"), std::string::npos) << illegal.err;
    EXPECT_NE(illegal.err.find("Requested"), std::string::npos) << illegal.err;
    EXPECT_TRUE(illegal.out.empty()) << illegal.out;

    auto after = json({"referral", "show", uuid, "--db", db});
    EXPECT_EQ(after->getValue<std::string>("status"), "Requested");
    EXPECT_TRUE(after->get("completedAt").isEmpty());
    EXPECT_EQ(after->getArray("history")->size(), 1U);
    EXPECT_EQ(after->getValue<int>("version"), referral->getValue<int>("version"));

    // Finished is final.
    ok({"referral", "move", uuid, "--db", db, "--to", "Declined"});
    const RunResult reopen = run({"referral", "move", uuid, "--db", db, "--to", "Accepted"});
    EXPECT_EQ(reopen.exitCode, 1);
    EXPECT_NE(reopen.err.find("illegal referral transition"), std::string::npos) << reopen.err;
}

TEST_F(CliTest, SearchFindsCaseByTitleWordAndPersonByName) {
    init();
    const std::string ref = addCase("Online job scam, Sihanoukville");
    addCase("Fishing vessel forced labour, Benjina");
    const std::string dewi = addVictim(ref);
    ok({"case", "note", ref, "--db", db, "--text", "Interview at the shelter in Tanjung Pinang.", "--kind",
        "Interview"});

    const RunResult byTitle = ok({"search", "--db", db, "sihanouk"});
    EXPECT_NE(byTitle.out.find("Cases (1)"), std::string::npos) << byTitle.out;
    EXPECT_NE(byTitle.out.find(ref), std::string::npos) << byTitle.out;
    EXPECT_EQ(byTitle.out.find("Benjina"), std::string::npos) << byTitle.out;

    auto byName = json({"search", "--db", db, "Dewi", "Lestari"});
    EXPECT_EQ(byName->getValue<std::string>("query"), "Dewi Lestari");
    auto people = byName->getArray("people");
    ASSERT_EQ(people->size(), 1U);
    EXPECT_EQ(people->getObject(0)->getValue<std::string>("target"), dewi);
    EXPECT_EQ(byName->getArray("cases")->size(), 0U);
    for (const char* key : {"cases", "people", "identifiers", "organisations", "notes"})
        EXPECT_TRUE(byName->has(key)) << key;

    auto byNote = json({"search", "--db", db, "tanjung"});
    ASSERT_EQ(byNote->getArray("notes")->size(), 1U);
    EXPECT_EQ(byNote->getArray("notes")->getObject(0)->getValue<std::string>("label"), ref);

    const RunResult nothing = ok({"search", "--db", db, "zzzyx"});
    EXPECT_NE(nothing.out.find("Nothing found."), std::string::npos) << nothing.out;
}

TEST_F(CliTest, StatsJsonHasTheRightCounts) {
    init();
    const std::string ref = addCase("Online job scam, Sihanoukville");
    ok({"case", "add", "--db", db, "--title", "Fishing vessel forced labour", "--status", "Active", "--exploitation",
        "ForcedLabour", "--country", "IDN,THA", "--opened", "2025-11-20"});
    const std::string dewi = addVictim(ref);
    ok({"person", "add", "--db", db, "--given", "Budi", "--family", "Santoso", "--case", ref, "--role", "Suspect"});
    ok({"person", "add", "--db", db, "--given", "Sari", "--case", ref, "--role", "Witness"});
    ok({"referral", "add", "--db", db, "--case", ref, "--victim", dewi, "--service", "Shelter", "--due", "2020-01-01"});
    auto medical = json({"referral", "add", "--db", db, "--case", ref, "--victim", dewi, "--service", "Medical"});
    ok({"referral", "move", medical->getValue<std::string>("uuid"), "--db", db, "--to", "Accepted"});

    auto s = json({"stats", "--db", db});
    EXPECT_EQ(s->getValue<int>("cases"), 2);
    EXPECT_EQ(s->getValue<int>("persons"), 3);
    EXPECT_EQ(s->getValue<int>("victims"), 1);
    EXPECT_EQ(s->getValue<int>("suspects"), 1);
    EXPECT_EQ(s->getValue<int>("organisations"), 0);
    EXPECT_EQ(s->getValue<int>("referrals"), 2);
    EXPECT_EQ(s->getValue<int>("overdueReferrals"), 1);
    EXPECT_EQ(s->getObject("casesByStatus")->getValue<int>("UnderInvestigation"), 1);
    EXPECT_EQ(s->getObject("casesByStatus")->getValue<int>("Active"), 1);
    EXPECT_EQ(s->getObject("casesByExploitation")->getValue<int>("ForcedCriminality"), 1);
    EXPECT_EQ(s->getObject("casesByExploitation")->getValue<int>("ForcedLabour"), 1);
    EXPECT_EQ(s->getObject("casesByCountry")->getValue<int>("IDN"), 2);
    EXPECT_EQ(s->getObject("casesByCountry")->getValue<int>("KHM"), 1);
    EXPECT_EQ(s->getObject("casesByCountry")->getValue<int>("THA"), 1);
    EXPECT_EQ(s->getObject("referralsByStatus")->getValue<int>("Requested"), 1);
    EXPECT_EQ(s->getObject("referralsByStatus")->getValue<int>("Accepted"), 1);
    EXPECT_EQ(s->getObject("overdueByService")->getValue<int>("Shelter"), 1);
    EXPECT_FALSE(s->getObject("overdueByService")->has("Medical"));

    const RunResult human = ok({"stats", "--db", db});
    EXPECT_NE(human.out.find("Cases by status"), std::string::npos) << human.out;
    EXPECT_NE(human.out.find("UnderInvestigation (Under investigation)"), std::string::npos) << human.out;
    EXPECT_NE(human.out.find("THA (Thailand)"), std::string::npos) << human.out;
    EXPECT_NE(human.out.find("Overdue referrals by service"), std::string::npos) << human.out;
}

TEST_F(CliTest, JsonKeepsNonAsciiTextAsUtf8) {
    init();
    const std::string title = "Penipuan kerja daring — Sihanoukville / ក្រុងព្រះសីហនុ";
    auto c = json({"case", "add", "--db", db, "--title", title, "--opened", "2026-02-01"});
    EXPECT_EQ(c->getValue<std::string>("title"), title);
    const RunResult raw = ok({"case", "show", c->getValue<std::string>("reference"), "--db", db, "--json"});
    EXPECT_NE(raw.out.find(title), std::string::npos) << raw.out; // as UTF-8, not \u escapes
    auto p = json({"person", "add", "--db", db, "--given", "Dewi", "--alias", "ដេវី:Khmr:Devi"});
    auto alias = p->getArray("aliases")->getObject(0);
    EXPECT_EQ(alias->getValue<std::string>("name"), "ដេវី");
    EXPECT_EQ(alias->getValue<std::string>("script"), "Khmr");
    EXPECT_EQ(alias->getValue<std::string>("transliteration"), "Devi");
}

TEST_F(CliTest, DemoIsDeterministicPerSeed) {
    const std::string a = dir.file("demo-a.lintas");
    const std::string b = dir.file("demo-b.lintas");
    const RunResult first = ok({"demo", "--db", a, "--cases", "20", "--seed", "7"});
    EXPECT_NE(first.out.find("Generated synthetic demo data"), std::string::npos) << first.out;
    EXPECT_TRUE(first.err.empty()) << "no progress line when stderr is not a terminal: " << first.err;
    ok({"demo", "--db", b, "--cases", "20", "--seed", "7"});

    const RunResult listA = ok({"case", "list", "--db", a, "--json"});
    const RunResult listB = ok({"case", "list", "--db", b, "--json"});
    EXPECT_EQ(listA.out, listB.out);
    EXPECT_EQ(parseObject(listA.out)->getValue<int>("total"), 20);
    EXPECT_EQ(ok({"stats", "--db", a, "--json"}).out, ok({"stats", "--db", b, "--json"}).out);

    // A demo case shows in full, with its people, journeys and referrals.
    const std::string demoCase =
        parseObject(listA.out)->getArray("cases")->getObject(0)->getValue<std::string>("reference");
    auto shown = json({"case", "show", demoCase, "--db", a});
    EXPECT_GT(shown->getArray("parties")->size(), 0U);
    for (const char* key : {"journey", "links", "referrals", "notes", "attachments"})
        EXPECT_TRUE(shown->isArray(key)) << key;
    const RunResult human = ok({"case", "show", demoCase, "--db", a});
    for (const char* heading : {"People (", "Journey (", "Linked cases (", "Referrals (", "Notes (", "Attachments ("})
        EXPECT_NE(human.out.find(heading), std::string::npos) << heading;

    // Another seed gives other data; demo data never goes among existing cases.
    const std::string c = dir.file("demo-c.lintas");
    ok({"demo", "--db", c, "--cases", "20", "--seed", "8"});
    EXPECT_NE(ok({"case", "list", "--db", c, "--json"}).out, listA.out);
    const RunResult again = run({"demo", "--db", a, "--cases", "5"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("already holds cases"), std::string::npos) << again.err;
    EXPECT_EQ(parseObject(ok({"case", "list", "--db", a, "--json"}).out)->getValue<int>("total"), 20);
}

TEST_F(CliTest, RefusesAFileThatIsNotALintasDatabaseAndLeavesItUnchanged) {
    const std::string text = dir.file("notes.txt");
    writeFile(text, "hello");
    const RunResult r = run({"case", "list", "--db", text});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("not a Lintas database"), std::string::npos) << r.err;
    EXPECT_EQ(readFile(text), "hello");

    // A SQLite database of another application.
    const std::string other = dir.file("other-app.db");
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(other.c_str(), &handle), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(handle, "CREATE TABLE contact(name TEXT); INSERT INTO contact VALUES ('synthetic');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(handle);
    const std::string before = readFile(other);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"stats", "--db", other},
             {"case", "add", "--db", other, "--title", "X"},
             {"demo", "--db", other, "--cases", "3"},
             {"init", "--db", other, "--agency-code", "BARESKRIM", "--country", "IDN", "--agency-name", "B"}}) {
        const RunResult refused = run(args);
        EXPECT_EQ(refused.exitCode, 1) << testing::PrintToString(args);
        EXPECT_EQ(readFile(other), before) << testing::PrintToString(args);
        if (args.front() != "init") { // init refuses any existing file as "already exists"
            EXPECT_NE(refused.err.find("not a Lintas database"), std::string::npos) << refused.err;
        }
    }
    EXPECT_FALSE(std::filesystem::exists(other + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(Workspace::attachmentDirFor(other)));
}

TEST_F(CliTest, MissingDatabaseIsNotCreated) {
    const std::string missing = dir.file("nowhere.lintas");
    const RunResult r = run({"case", "list", "--db", missing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("database: not found"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST_F(CliTest, VocabPrintsCodesAndLabels) {
    // vocab opens no database: it needs no one signed in, and takes no --user.
    const RunResult lists = runPlain({"vocab"});
    EXPECT_EQ(lists.exitCode, 0) << lists.err;
    EXPECT_NE(lists.out.find("case-status"), std::string::npos);
    EXPECT_NE(lists.out.find("cas_Status"), std::string::npos);
    const RunResult statuses = runPlain({"vocab", "case-status"});
    EXPECT_NE(statuses.out.find("UnderInvestigation"), std::string::npos);
    EXPECT_NE(statuses.out.find("Under investigation"), std::string::npos);
    auto services = parseObject(runPlain({"vocab", "service-type", "--json"}).out);
    EXPECT_EQ(services->getValue<std::string>("name"), "service-type");
    EXPECT_GT(services->getArray("terms")->size(), 5U);
    const RunResult unknown = runPlain({"vocab", "colours"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("no list named 'colours'"), std::string::npos) << unknown.err;
}

} // namespace
} // namespace lintas::test
