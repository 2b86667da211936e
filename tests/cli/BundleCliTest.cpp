// End-to-end tests of `lintas-cli bundle`: two synthetic agencies, Indonesia (IDN/BARESKRIM) and
// Thailand (THA/TATIP), each with its own database and signing identity, exchanging a case
// through the real binary — a supervisor's approval, export, verify, dry run, import, an update,
// a conflict, a replay, a tampered file and signed receipts. Each side's liaison officer does the
// exchange, its supervisor approves, its administrator (every role) edits the case. Passwords
// and passphrases go over pipes, as from a script.

#include "CliRunner.h"
#include "TempDir.h"
#include "lintas/security/Keyring.h"
#include "lintas/store/Cipher.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace lintas::test {
namespace {

using Poco::JSON::Object;

constexpr const char* kIdnPassphrase = "synthetic idn passphrase";
constexpr const char* kThaPassphrase = "synthetic tha passphrase";
constexpr const char* kCaseRef = "IDN-BARESKRIM-2026-000001";
/// Users of both databases besides the administrator (kCliUser), each with one role.
constexpr const char* kLiaison = "liaison.test";
constexpr const char* kSupervisor = "sup.test";
constexpr const char* kInvestigator = "inv.test";

/// Every row of every table, in rowid order: equal dumps mean an unchanged database (the record
/// of lintas-cli's own sign-ins aside). The file is
/// encrypted: it is opened with the database key unwrapped from the administrator's key slot,
/// read-only and without signing in (a sign-in would itself write to it).
std::string dumpDatabase(const std::string& path) {
    auto keyring = security::Keyring::load(security::Keyring::pathFor(path));
    auto key = keyring ? keyring->unwrap(kCliUser, kCliPassword) : Result<security::SecretBytes>(keyring.error());
    if (!key) {
        ADD_FAILURE() << "cannot unwrap the key of " << path << ": " << key.error().toString();
        return {};
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
        sqlite3_exec(db, store::keyPragma(*key).c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << "cannot open " << path;
        sqlite3_close(db);
        return {};
    }
    std::vector<std::string> tables;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (tables.empty())
        ADD_FAILURE() << "no table could be read in " << path;
    std::string dump;
    for (const auto& table : tables) {
        dump += "== " + table + "\n";
        // Every run of lintas-cli signs a user in, which is recorded: leave out exactly that.
        std::string select = "SELECT * FROM \"" + table + "\"";
        if (table == "audit_log")
            select += " WHERE action NOT IN ('sign-in', 'sign-out')";
        else if (table == "app_user")
            select = "SELECT id, uuid, username, display_name, roles, active, created_at FROM app_user";
        if (sqlite3_prepare_v2(db, select.c_str(), -1, &st, nullptr) != SQLITE_OK)
            continue; // virtual tables of FTS5 shadow internals
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                const auto* text = sqlite3_column_text(st, i);
                dump += text ? reinterpret_cast<const char*>(text) : "NULL";
                dump += '|';
            }
            dump += '\n';
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return dump;
}

class BundleCliTest : public ::testing::Test {
protected:
    /// Both agencies, set up once (identity creation is slow): databases, identities, each
    /// other's certificate pinned, and on the Indonesian side one case with a victim.
    static void SetUpTestSuite() {
        setup = std::make_unique<TempDir>();
        const std::string idn = setup->file("idn.lintas");
        const std::string tha = setup->file("tha.lintas");
        const auto must = [](const std::vector<std::string>& args, const FdInputs& inputs = {},
                             const std::string& user = kLiaison) {
            const RunResult r = runCliAs(*setup, user, kCliPassword, args, inputs);
            ASSERT_EQ(r.exitCode, 0) << user << " " << testing::PrintToString(args) << "\n" << r.err;
        };
        initCliDatabase(*setup, idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
        initCliDatabase(*setup, tha, "TATIP", "THA", "Thai anti-trafficking police (synthetic)");
        for (const std::string& db : {idn, tha}) {
            addCliUser(*setup, db, kLiaison, "liaison");
            addCliUser(*setup, db, kSupervisor, "supervisor");
            addCliUser(*setup, db, kInvestigator, "investigator");
        }
        must({"identity", "create", "--db", idn, "--passphrase-fd", "3"}, {{3, std::string(kIdnPassphrase) + "\n"}});
        must({"identity", "create", "--db", tha, "--passphrase-fd", "3"}, {{3, std::string(kThaPassphrase) + "\n"}});
        must({"identity", "export-cert", "--db", idn, "--out", setup->file("IDN-BARESKRIM.pem")});
        must({"identity", "export-cert", "--db", tha, "--out", setup->file("THA-TATIP.pem")});
        must({"trust", "add", "--db", idn, "--cert", setup->file("THA-TATIP.pem"), "--agency-code", "TATIP",
              "--country", "THA", "--agency-name", "Thai anti-trafficking police (synthetic)"});
        must({"trust", "add", "--db", tha, "--cert", setup->file("IDN-BARESKRIM.pem"), "--agency-code", "BARESKRIM",
              "--country", "IDN", "--agency-name", "Bareskrim Polri (synthetic)"});
        must({"case", "add", "--db", idn, "--title", "Online job scam, Sihanoukville", "--status",
              "UnderInvestigation", "--exploitation", "ForcedCriminality", "--country", "IDN,KHM", "--opened",
              "2026-02-01", "--owner", "inv.sari"},
             {}, kInvestigator);
        must({"person", "add", "--db", idn, "--given", "Dewi", "--family", "Lestari", "--sex", "Female",
              "--citizenship", "IDN", "--case", kCaseRef, "--role", "Victim"},
             {}, kInvestigator);
    }
    static void TearDownTestSuite() { setup.reset(); }

    /// Each test works on its own copy of both databases and key files.
    void SetUp() override {
        for (const std::string name : {"idn.lintas", "tha.lintas"})
            for (const std::string suffix : {"", ".identity.key", ".keyring", "-wal"})
                if (std::filesystem::exists(setup->file(name + suffix)))
                    std::filesystem::copy_file(setup->file(name + suffix), dir.file(name + suffix));
    }

    /// lintas-cli signed in as `user`: the liaison officer unless said otherwise.
    RunResult cli(const std::vector<std::string>& args, const FdInputs& inputs = {},
                  const std::string& user = kLiaison) {
        return runCliAs(dir, user, kCliPassword, args, inputs);
    }
    RunResult ok(const std::vector<std::string>& args, const FdInputs& inputs = {},
                 const std::string& user = kLiaison) {
        RunResult r = cli(args, inputs, user);
        EXPECT_EQ(r.exitCode, 0) << user << ": lintas-cli " << testing::PrintToString(args) << "\nstderr: " << r.err;
        return r;
    }
    /// Case edits are the investigators' (the administrator of initCliDatabase holds that role).
    RunResult admin(const std::vector<std::string>& args) { return ok(args, {}, kCliUser); }
    Object::Ptr json(std::vector<std::string> args, const FdInputs& inputs = {}, const std::string& user = kLiaison) {
        args.emplace_back("--json");
        const RunResult r = ok(args, inputs, user);
        try {
            return parseObject(r.out);
        } catch (const std::exception& e) {
            ADD_FAILURE() << "not JSON (" << e.what() << "):\n" << r.out;
            return new Object();
        }
    }

    static FdInputs passphrase(const char* text) { return {{3, std::string(text) + "\n"}}; }

    /// The Indonesian supervisor approves the export exportCase() makes (H2: it needs one).
    Object::Ptr approveCase(const std::string& tlp = "AMBER") {
        return json({"bundle", "approve", "--db", idn, "--case", kCaseRef, "--to", "TATIP", "--to-country", "THA",
                     "--tlp", tlp, "--handling", "H2", "--note", "Joint investigation (synthetic)"},
                    {}, kSupervisor);
    }
    /// Exports the Indonesian case to Thailand into `file`, approved by the supervisor first
    /// unless `approve` is false.
    RunResult exportCase(const std::string& file, std::vector<std::string> extra = {}, bool approve = true) {
        if (approve)
            approveCase();
        std::vector<std::string> args{"bundle", "export", "--db", idn, "--to", "TATIP", "--to-country", "THA",
                                      "--purpose", "Investigation", "--tlp", "AMBER", "--handling", "H2",
                                      "--case", kCaseRef, "--out", file, "--passphrase-fd", "3"};
        args.insert(args.end(), extra.begin(), extra.end());
        return cli(args, passphrase(kIdnPassphrase));
    }
    RunResult importOnTha(const std::string& file, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"bundle", "import", "--db", tha, file};
        args.insert(args.end(), extra.begin(), extra.end());
        return cli(args);
    }
    std::string caseTitleOnTha() {
        return json({"case", "show", kCaseRef, "--db", tha}, {}, kCliUser)->getValue<std::string>("title");
    }
    std::size_t pendingApprovals() {
        return json({"bundle", "approvals", "--db", idn, "--pending"})->getArray("approvals")->size();
    }

    static std::unique_ptr<TempDir> setup;
    TempDir dir;
    std::string idn = dir.file("idn.lintas");
    std::string tha = dir.file("tha.lintas");
};

std::unique_ptr<TempDir> BundleCliTest::setup;

TEST_F(BundleCliTest, PreviewShowsWhatWouldLeaveAndWritesNothing) {
    const std::string file = dir.file("preview.lintas");
    approveCase();
    const RunResult text = ok({"bundle", "export", "--db", idn, "--to", "tatip", "--to-country", "tha", "--purpose",
                               "Investigation", "--tlp", "amber", "--handling", "H2", "--case", kCaseRef, "--preview"});
    EXPECT_NE(text.out.find("IDN/BARESKRIM -> THA/TATIP"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("pseudonymised"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("no-consent"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("nothing was written"), std::string::npos) << text.out;
    // The victim has no consent: she leaves as a pseudonym, never by name.
    EXPECT_EQ(text.out.find("Lestari"), std::string::npos) << text.out;

    const auto preview = json({"bundle", "export", "--db", idn, "--to", "TATIP", "--to-country", "THA", "--purpose",
                               "Investigation", "--tlp", "AMBER", "--handling", "H2", "--case", kCaseRef, "--preview"});
    EXPECT_TRUE(preview->getValue<bool>("allowed"));
    EXPECT_EQ(preview->getObject("counts")->getValue<int>("case"), 1);
    const auto victims = preview->getArray("victims");
    ASSERT_EQ(victims->size(), 1U);
    EXPECT_EQ(victims->getObject(0)->getValue<std::string>("decision"), "pseudonymised");
    EXPECT_EQ(victims->getObject(0)->getValue<std::string>("reason"), "no-consent");
    EXPECT_FALSE(std::filesystem::exists(file));
    EXPECT_EQ(json({"bundle", "log", "--db", idn})->getArray("entries")->size(), 0U);

    // Refusing victims without consent blocks the export: each blocker on stderr, no file.
    const RunResult refused = exportCase(file, {"--if-no-consent", "refuse"}, false);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("export blocked: victim-consent"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find(kCaseRef), std::string::npos) << refused.err;
    EXPECT_FALSE(std::filesystem::exists(file));
    // A weaker marking than the case's is blocked too.
    const RunResult weak = cli({"bundle", "export", "--db", idn, "--to", "TATIP", "--to-country", "THA", "--purpose",
                                "Investigation", "--tlp", "GREEN", "--handling", "H2", "--case", kCaseRef, "--preview"});
    EXPECT_EQ(weak.exitCode, 1);
    EXPECT_NE(weak.err.find("marking-too-weak"), std::string::npos) << weak.err;

    // Command-line mistakes are usage errors (exit 2).
    EXPECT_EQ(cli({"bundle", "export", "--db", idn, "--to", "TATIP", "--to-country", "THA", "--purpose",
                   "Investigation", "--tlp", "AMBER", "--handling", "H2", "--case", kCaseRef})
                  .exitCode,
              2);
    EXPECT_EQ(cli({"bundle", "resolve", "--db", tha, "--conflict", "1"}).exitCode, 2);
    EXPECT_EQ(cli({"bundle", "receipt", "--db", tha, "--accept", "--out", dir.file("r")}).exitCode, 2);
}

TEST_F(BundleCliTest, AnH2ExportWaitsForASupervisorsApprovalAndUsesItOnce) {
    const std::string file = dir.file("approved.lintas");
    // Without an approval the preview names what is missing and the command that gives it.
    const RunResult blocked = cli({"bundle", "export", "--db", idn, "--to", "TATIP", "--to-country", "THA",
                                   "--purpose", "Investigation", "--tlp", "AMBER", "--handling", "H2", "--case",
                                   kCaseRef, "--preview"});
    EXPECT_EQ(blocked.exitCode, 1);
    EXPECT_NE(blocked.out.find("needed (H2), none yet"), std::string::npos) << blocked.out;
    EXPECT_NE(blocked.err.find("export blocked: needs-approval"), std::string::npos) << blocked.err;
    EXPECT_NE(blocked.err.find("lintas-cli bundle approve --db " + idn), std::string::npos) << blocked.err;
    EXPECT_NE(blocked.err.find("--cases " + std::string(kCaseRef)), std::string::npos) << blocked.err;
    const RunResult refused = exportCase(file, {}, false);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("needs-approval"), std::string::npos) << refused.err;
    EXPECT_FALSE(std::filesystem::exists(file));

    // Neither the liaison officer nor an investigator may approve; the supervisor may.
    const std::vector<std::string> approve{"bundle", "approve", "--db",  idn,  "--case", kCaseRef, "--to", "TATIP",
                                           "--to-country", "THA", "--tlp", "AMBER", "--handling", "H2"};
    for (const char* user : {kLiaison, kInvestigator}) {
        const RunResult notAllowed = cli(approve, {}, user);
        EXPECT_EQ(notAllowed.exitCode, 1) << user;
        EXPECT_NE(notAllowed.err.find("not permitted for your roles"), std::string::npos) << notAllowed.err;
    }
    EXPECT_EQ(pendingApprovals(), 0U);
    const auto approved = approveCase();
    const auto digest = approved->getValue<std::string>("requestDigest");
    EXPECT_EQ(digest.size(), 64U);
    EXPECT_EQ(approved->getArray("cases")->getObject(0)->getValue<std::string>("reference"), kCaseRef);
    EXPECT_EQ(approved->getObject("recipient")->getValue<std::string>("country"), "THA");
    EXPECT_EQ(pendingApprovals(), 1U);

    // The same request named by the recipient's certificate fingerprint has the same digest.
    const std::string thaFingerprint =
        json({"identity", "show", "--db", tha})->getObject("certificate")->getValue<std::string>("fingerprint");
    const auto byFingerprint = json({"bundle", "approve", "--db", idn, "--cases", std::string(kCaseRef) + ",",
                                     "--to", thaFingerprint, "--tlp", "AMBER", "--handling", "H2"},
                                    {}, kSupervisor);
    EXPECT_EQ(byFingerprint->getValue<std::string>("requestDigest"), digest);
    EXPECT_EQ(pendingApprovals(), 2U);

    const auto preview = json({"bundle", "export", "--db", idn, "--to", "TATIP", "--to-country", "THA", "--purpose",
                               "Investigation", "--tlp", "AMBER", "--handling", "H2", "--case", kCaseRef, "--preview"});
    EXPECT_TRUE(preview->getValue<bool>("allowed"));
    EXPECT_TRUE(preview->getValue<bool>("needsApproval"));
    EXPECT_EQ(preview->getValue<std::string>("requestDigest"), digest);
    EXPECT_EQ(preview->getObject("approval")->getValue<std::string>("approvedBy"), kSupervisor);

    const RunResult exported = exportCase(file, {}, false);
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.out.find("Approved"), std::string::npos) << exported.out;
    EXPECT_NE(exported.out.find(kSupervisor), std::string::npos) << exported.out;
    EXPECT_EQ(pendingApprovals(), 1U) << "one approval was used, the other still waits";
    const auto all = json({"bundle", "approvals", "--db", idn}, {}, kSupervisor)->getArray("approvals");
    ASSERT_EQ(all->size(), 2U);
    EXPECT_FALSE(all->getObject(1)->getValue<bool>("pending"));
    EXPECT_EQ(all->getObject(1)->getValue<std::string>("note"), "Joint investigation (synthetic)");
    const RunResult table = ok({"bundle", "approvals", "--db", idn}, {}, kSupervisor);
    EXPECT_NE(table.out.find("pending"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("used "), std::string::npos) << table.out;

    // TLP:RED is another request: the approval of the AMBER one does not cover it.
    const RunResult red = cli({"bundle", "export", "--db", idn, "--to", "TATIP", "--to-country", "THA", "--purpose",
                               "Investigation", "--tlp", "RED", "--handling", "H2", "--case", kCaseRef, "--preview"});
    EXPECT_EQ(red.exitCode, 1);
    EXPECT_NE(red.err.find("TLP:RED"), std::string::npos) << red.err;

    // An investigator may not export at all.
    const RunResult investigator = cli({"bundle", "export", "--db", idn, "--to", "TATIP", "--to-country", "THA",
                                        "--purpose", "Investigation", "--tlp", "AMBER", "--handling", "H2", "--case",
                                        kCaseRef, "--preview"},
                                       {}, kInvestigator);
    EXPECT_EQ(investigator.exitCode, 1);
    EXPECT_NE(investigator.err.find("not permitted for your roles"), std::string::npos) << investigator.err;
}

TEST_F(BundleCliTest, RoundTripUpdateConflictReplayAndReceipt) {
    // Indonesia exports; the file does not exist before, the log records it as sent.
    const std::string first = dir.file("to-tatip-1.lintas");
    const RunResult exported = exportCase(first);
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.out.find("Exported bundle 1 to THA/TATIP"), std::string::npos) << exported.out;
    EXPECT_NE(exported.out.find("SHA-256"), std::string::npos) << exported.out;
    EXPECT_EQ(exported.out.find(kIdnPassphrase), std::string::npos);
    ASSERT_TRUE(std::filesystem::exists(first));

    // Thailand verifies it against the pinned Indonesian certificate.
    const RunResult verified = ok({"bundle", "verify", "--db", tha, first});
    EXPECT_NE(verified.out.find("VERIFIED: signed by IDN/BARESKRIM"), std::string::npos) << verified.out;
    const std::string idnFingerprint =
        json({"identity", "show", "--db", idn})->getObject("certificate")->getValue<std::string>("fingerprint");
    EXPECT_NE(verified.out.find(idnFingerprint.substr(0, 47)), std::string::npos) << verified.out;
    const auto verifiedJson = json({"bundle", "verify", "--db", tha, first});
    EXPECT_EQ(verifiedJson->getValue<std::string>("verdict"), "verified");
    EXPECT_EQ(verifiedJson->getObject("signer")->getValue<std::string>("fingerprint"), idnFingerprint);
    EXPECT_EQ(verifiedJson->getObject("manifest")->getValue<int>("sequence"), 1);
    EXPECT_EQ(verifiedJson->getObject("entries")->getValue<int>("cases"), 1);
    const std::string bundleUuid = verifiedJson->getObject("manifest")->getValue<std::string>("bundleUuid");

    // A dry run shows every record as new and changes nothing.
    const std::string before = dumpDatabase(tha);
    const RunResult dryRun = ok({"bundle", "import", "--db", tha, first, "--dry-run"});
    EXPECT_NE(dryRun.out.find("Dry run: nothing was written."), std::string::npos) << dryRun.out;
    EXPECT_NE(dryRun.out.find("new"), std::string::npos) << dryRun.out;
    const auto dryJson = json({"bundle", "import", "--db", tha, first, "--dry-run"});
    EXPECT_GT(dryJson->getObject("counts")->getValue<int>("new"), 0);
    EXPECT_EQ(dryJson->getObject("counts")->getValue<int>("conflict"), 0);
    EXPECT_EQ(dumpDatabase(tha), before);
    EXPECT_EQ(cli({"case", "show", kCaseRef, "--db", tha}, {}, kCliUser).exitCode, 1);

    // The import lands the case with Indonesia's reference and title.
    const RunResult imported = importOnTha(first, {"--source-grade", "B", "--info-grade", "2"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("Imported bundle " + bundleUuid), std::string::npos) << imported.out;
    const RunResult shown = admin({"case", "show", kCaseRef, "--db", tha});
    EXPECT_NE(shown.out.find("Online job scam, Sihanoukville"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("IDN/BARESKRIM"), std::string::npos) << shown.out;

    // Indonesia edits the case and sends it again: Thailand's copy is updated.
    admin({"case", "update", kCaseRef, "--db", idn, "--summary", "Recruited through a job advert on social media."});
    const std::string second = dir.file("to-tatip-2.lintas");
    ASSERT_EQ(exportCase(second).exitCode, 0);
    const auto update = json({"bundle", "import", "--db", tha, second});
    EXPECT_GT(update->getObject("counts")->getValue<int>("update"), 0);
    EXPECT_EQ(update->getObject("counts")->getValue<int>("conflict"), 0);
    EXPECT_EQ(json({"case", "show", kCaseRef, "--db", tha}, {}, kCliUser)->getValue<std::string>("summary"),
              "Recruited through a job advert on social media.");

    // Both sides change the title: the third bundle keeps Thailand's value and opens a conflict.
    admin({"case", "update", kCaseRef, "--db", tha, "--title", "Scam compound, Sihanoukville (TATIP)"});
    admin({"case", "update", kCaseRef, "--db", idn, "--title", "Scam compound, Sihanoukville (BARESKRIM)"});
    const std::string third = dir.file("to-tatip-3.lintas");
    ASSERT_EQ(exportCase(third).exitCode, 0);
    const RunResult conflicted = importOnTha(third);
    ASSERT_EQ(conflicted.exitCode, 0) << conflicted.err;
    EXPECT_NE(conflicted.out.find("Conflicts to resolve"), std::string::npos) << conflicted.out;
    EXPECT_EQ(caseTitleOnTha(), "Scam compound, Sihanoukville (TATIP)");
    const RunResult listed = ok({"bundle", "conflicts", "--db", tha});
    EXPECT_NE(listed.out.find("title"), std::string::npos) << listed.out;
    const auto conflicts = json({"bundle", "conflicts", "--db", tha})->getArray("conflicts");
    ASSERT_EQ(conflicts->size(), 1U);
    const auto conflict = conflicts->getObject(0);
    EXPECT_EQ(conflict->getValue<std::string>("field"), "title");
    EXPECT_EQ(conflict->getValue<std::string>("state"), "open");
    const std::string id = std::to_string(conflict->getValue<int>("id"));

    const auto resolved = json({"bundle", "resolve", "--db", tha, "--conflict", id, "--take-theirs"});
    EXPECT_EQ(resolved->getValue<std::string>("state"), "took-theirs");
    EXPECT_EQ(caseTitleOnTha(), "Scam compound, Sihanoukville (BARESKRIM)");
    EXPECT_EQ(json({"bundle", "conflicts", "--db", tha})->getArray("conflicts")->size(), 0U);
    EXPECT_EQ(json({"bundle", "conflicts", "--db", tha, "--all"})->getArray("conflicts")->size(), 1U);
    const RunResult again = cli({"bundle", "resolve", "--db", tha, "--conflict", id, "--keep-ours"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("--conflict: already resolved"), std::string::npos) << again.err;

    // Replaying the first bundle is refused, named on stderr, and logged.
    const RunResult replay = importOnTha(first);
    EXPECT_EQ(replay.exitCode, 3);
    EXPECT_NE(replay.err.find("REJECTED"), std::string::npos) << replay.err;
    EXPECT_NE(replay.err.find("already imported"), std::string::npos) << replay.err;
    EXPECT_EQ(cli({"case", "show", kCaseRef, "--db", tha}, {}, kCliUser).exitCode, 0);

    // Thailand answers the third bundle with a signed receipt; Indonesia verifies it.
    const std::string thirdUuid =
        json({"bundle", "log", "--db", idn, "--direction", "sent"})->getArray("entries")->getObject(0)->getValue<std::string>(
            "bundleUuid");
    const std::string receiptFile = dir.file("to-bareskrim.lintas-receipt");
    const auto receipt = json({"bundle", "receipt", "--db", tha, "--bundle", thirdUuid, "--accept", "--out",
                               receiptFile, "--passphrase-fd", "3"},
                              passphrase(kThaPassphrase));
    EXPECT_EQ(receipt->getValue<std::string>("verdict"), "accepted");
    const RunResult receiptVerified = ok({"bundle", "receipt-verify", "--db", idn, receiptFile});
    EXPECT_NE(receiptVerified.out.find("VERIFIED: receipt signed by THA/TATIP: bundle accepted"), std::string::npos)
        << receiptVerified.out;
    const auto receiptJson = json({"bundle", "receipt-verify", "--db", idn, receiptFile});
    EXPECT_EQ(receiptJson->getObject("bundle")->getValue<std::string>("uuid"), thirdUuid);
    EXPECT_GT(receiptJson->getValue<int>("sentLogId"), 0);
    // Indonesia cannot verify its own receipt as if it came from a partner: no such partner.
    EXPECT_EQ(cli({"bundle", "receipt-verify", "--db", tha, receiptFile}).exitCode, 3);

    // The exchange log shows both sides of the story.
    const auto received = json({"bundle", "log", "--db", tha, "--direction", "received"})->getArray("entries");
    std::vector<std::string> verdicts;
    for (std::size_t i = 0; i < received->size(); ++i)
        verdicts.push_back(received->getObject(static_cast<unsigned>(i))->getValue<std::string>("verdict"));
    EXPECT_EQ(verdicts, (std::vector<std::string>{"rejected", "imported", "imported", "imported"}));
}

TEST_F(BundleCliTest, TamperedBundleIsRejectedLoggedAndAnsweredWithASignedRejection) {
    const std::string file = dir.file("to-tatip.lintas");
    ASSERT_EQ(exportCase(file).exitCode, 0);
    std::string bytes = readFile(file);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    const std::string tampered = dir.file("tampered.lintas");
    writeFile(tampered, bytes);

    const std::string before = dumpDatabase(tha);
    const RunResult verify = cli({"bundle", "verify", "--db", tha, tampered});
    EXPECT_EQ(verify.exitCode, 3);
    EXPECT_EQ(verify.err.rfind("REJECTED: " + tampered + ": ", 0), 0U) << verify.err;
    EXPECT_TRUE(verify.out.empty()) << verify.out;

    const RunResult import = cli({"bundle", "import", "--db", tha, tampered, "--json"});
    EXPECT_EQ(import.exitCode, 3);
    const auto rejected = parseObject(import.out);
    EXPECT_EQ(rejected->getValue<std::string>("verdict"), "rejected");
    EXPECT_FALSE(rejected->getValue<std::string>("reason").empty());
    EXPECT_EQ(cli({"case", "show", kCaseRef, "--db", tha}, {}, kCliUser).exitCode, 1);
    EXPECT_NE(dumpDatabase(tha), before); // the rejections are logged, nothing else

    const RunResult log = ok({"bundle", "log", "--db", tha});
    EXPECT_NE(log.out.find("rejected"), std::string::npos) << log.out;
    EXPECT_NE(log.out.find("tampered.lintas"), std::string::npos) << log.out;
    const auto entries = json({"bundle", "log", "--db", tha})->getArray("entries");
    ASSERT_EQ(entries->size(), 2U);
    EXPECT_EQ(entries->getObject(0)->getValue<std::string>("verdict"), "rejected");
    const std::string logged = entries->getObject(0)->getValue<std::string>("reason");
    EXPECT_EQ(logged.rfind(rejected->getValue<std::string>("errorCode"), 0), 0U) << logged;
    EXPECT_NE(logged.find(rejected->getValue<std::string>("detail")), std::string::npos) << logged;

    // The untampered file still verifies and imports.
    ok({"bundle", "verify", "--db", tha, file});

    // Thailand tells Indonesia, with a signed rejection naming the file by its hash.
    const std::string receiptFile = dir.file("rejection.lintas-receipt");
    const RunResult receipt = cli({"bundle", "receipt", "--db", tha, "--file", tampered, "--reject", "--out",
                                   receiptFile, "--passphrase-fd", "3"},
                                  passphrase(kThaPassphrase));
    ASSERT_EQ(receipt.exitCode, 0) << receipt.err;
    const auto answer = json({"bundle", "receipt-verify", "--db", idn, receiptFile});
    EXPECT_EQ(answer->getValue<std::string>("verdict"), "rejected");
    EXPECT_FALSE(answer->getValue<std::string>("reason").empty());
}

TEST_F(BundleCliTest, EncryptedBundleIsOpenedOnlyWithTheRecipientsKey) {
    const RunResult exported = exportCase(dir.file("sealed"), {"--encrypt"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const std::string file = dir.file("sealed.lintas.p7m");
    ASSERT_TRUE(std::filesystem::exists(file));

    // Without a passphrase the key stays locked: a failure to act, not a rejection of the bundle.
    const RunResult locked = cli({"bundle", "verify", "--db", tha, file});
    EXPECT_EQ(locked.exitCode, 1);
    EXPECT_NE(locked.err.find("--passphrase-fd"), std::string::npos) << locked.err;
    EXPECT_EQ(json({"bundle", "log", "--db", tha})->getArray("entries")->size(), 0U);

    const auto verified = json({"bundle", "verify", "--db", tha, file, "--passphrase-fd", "3"}, passphrase(kThaPassphrase));
    EXPECT_EQ(verified->getValue<std::string>("verdict"), "verified");
    EXPECT_TRUE(verified->getValue<bool>("encrypted"));
    const RunResult wrong = cli({"bundle", "verify", "--db", tha, file, "--passphrase-fd", "3"},
                                passphrase("not the passphrase"));
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_NE(wrong.err.find("wrong passphrase"), std::string::npos) << wrong.err;
}

} // namespace
} // namespace lintas::test
