// `lintas-cli audit …` end to end: the real binary on a temporary encrypted database, checked on
// what a supervisor sees (stdout, stderr, exit status) and on the files written. Tampering is
// done the way an insider with the key would: open the database, drop the triggers, edit rows.
// Every user and record here is invented.

#include "CliRunner.h"
#include "TempDir.h"

#include "lintas/exchange/Json.h"
#include "lintas/security/AuditLog.h"
#include "lintas/service/Workspace.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace lintas::test {
namespace {

namespace json = exchange::json;
using security::AuditEntry;

class AuditCliTest : public ::testing::Test {
protected:
    void SetUp() override { initCliDatabase(dir, db); }

    RunResult run(const std::vector<std::string>& args) { return runCliAsAdmin(dir, args); }
    RunResult ok(const std::vector<std::string>& args) {
        RunResult r = run(args);
        EXPECT_EQ(r.exitCode, 0) << "lintas-cli " << testing::PrintToString(args) << "\nstderr: " << r.err;
        return r;
    }

    /// The database opened in this process as the administrator (which itself adds entries).
    std::unique_ptr<Workspace> open() {
        Workspace::Options options;
        options.kdf = security::KdfParams::fastForTests();
        auto ws = Workspace::open(db, Credentials{kCliUser, kCliPassword}, std::move(options));
        EXPECT_TRUE(ws.ok()) << (ws.ok() ? "" : ws.error().toString());
        if (!ws.ok())
            throw std::runtime_error("cannot open the test database");
        return std::move(ws).value();
    }
    static std::vector<AuditEntry> entries(Workspace& ws) {
        security::AuditQuery q;
        q.limit = 0;
        q.newestFirst = false;
        auto r = ws.audit().query(q);
        EXPECT_TRUE(r.ok());
        return r.ok() ? std::move(r).value() : std::vector<AuditEntry>{};
    }
    static void sql(Workspace& ws, const std::string& statement) {
        const auto s = ws.db().execute(statement);
        ASSERT_TRUE(s.ok()) << s.error().toString();
    }
    static void dropTriggers(Workspace& ws) {
        sql(ws, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    }

    TempDir dir;
    std::string db = dir.file("cases.lintas");
};

TEST_F(AuditCliTest, HelpForEverySubcommand) {
    for (const char* sub : {"verify", "export", "checkpoint", "log", "seen"}) {
        const RunResult r = runCli(dir, {"audit", sub, "--help"});
        EXPECT_EQ(r.exitCode, 0) << sub;
        EXPECT_EQ(r.out.rfind(std::string("Usage: lintas-cli audit ") + sub, 0), 0U) << r.out;
    }
    const RunResult group = runCli(dir, {"audit", "--help"});
    EXPECT_EQ(group.exitCode, 0);
    EXPECT_NE(group.out.find("checkpoint"), std::string::npos);
}

TEST_F(AuditCliTest, VerifyReportsTheEntriesAndTheHead) {
    ok({"audit", "log", "--db", db});
    const RunResult r = ok({"audit", "verify", "--db", db});
    // "audit log OK: N entries, head sha256 H": N and H are those of the log as it was then.
    std::istringstream line(r.out);
    std::string audit, logWord, okWord, entriesWord, headWord, shaWord, hash;
    std::int64_t n = 0;
    line >> audit >> logWord >> okWord >> n >> entriesWord >> headWord >> shaWord >> hash;
    EXPECT_EQ(audit + " " + logWord + " " + okWord, "audit log OK:") << r.out;
    EXPECT_EQ(entriesWord, "entries,");
    EXPECT_EQ(headWord + " " + shaWord, "head sha256");
    ASSERT_GT(n, 2);
    auto ws = open();
    const auto all = entries(*ws);
    ASSERT_GE(static_cast<std::int64_t>(all.size()), n);
    EXPECT_EQ(all[static_cast<std::size_t>(n - 1)].hash, hash);
    // verify's own sign-in is in the log it verified.
    EXPECT_EQ(all[static_cast<std::size_t>(n - 1)].username, kCliUser);
}

TEST_F(AuditCliTest, VerifyFailsNamingTheFirstBrokenEntry) {
    ok({"audit", "log", "--db", db});
    {
        auto ws = open();
        dropTriggers(*ws);
        sql(*ws, "UPDATE audit_log SET detail = 'fields=nothing' WHERE seq = 2");
    }
    const RunResult r = run({"audit", "verify", "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("audit log: entry 2: hash does not match its content"), std::string::npos) << r.err;
    EXPECT_EQ(r.out.rfind("audit log BROKEN at entry 2: hash does not match its content\n", 0), 0U) << r.out;
    EXPECT_NE(r.out.find("Entry 1 verifies (head sha256 "), std::string::npos) << r.out;

    const RunResult j = run({"audit", "verify", "--db", db, "--json"});
    EXPECT_EQ(j.exitCode, 1);
    const auto o = json::parse(j.out, "stdout");
    ASSERT_TRUE(o.ok()) << j.out;
    EXPECT_FALSE(o->find("ok")->asBool());
    EXPECT_EQ(o->find("firstBrokenSeq")->asInt(), 2);
    EXPECT_EQ(o->find("problem")->asString(), "hash does not match its content");
}

TEST_F(AuditCliTest, VerifyNamesADeletedEntry) {
    ok({"audit", "log", "--db", db});
    {
        auto ws = open();
        dropTriggers(*ws);
        sql(*ws, "DELETE FROM audit_log WHERE seq = 3");
    }
    const RunResult r = run({"audit", "verify", "--db", db});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("entry 3: missing: the log goes from entry 2 to entry 4"), std::string::npos) << r.err;
}

TEST_F(AuditCliTest, ExportWritesJsonLinesWithItsOwnEntryAndNeverOverwrites) {
    const std::string out = dir.file("audit.jsonl");
    const RunResult r = ok({"audit", "export", "--db", db, "--out", out});
    EXPECT_NE(r.out.find("Exported the audit log ("), std::string::npos) << r.out;
    std::istringstream in(readFile(out));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    ASSERT_GE(lines.size(), 3U);
    const auto header = json::parse(lines.front(), "header");
    ASSERT_TRUE(header.ok()) << header.error().toString();
    EXPECT_EQ(header->find("format")->asString(), "lintas-audit-log");
    EXPECT_EQ(header->find("version")->asInt(), 1);
    EXPECT_EQ(header->find("agency")->asString(), "IDN/BARESKRIM");
    EXPECT_EQ(header->find("entries")->asInt(), static_cast<std::int64_t>(lines.size() - 1));
    const auto last = json::parse(lines.back(), "entry");
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->find("action")->asString(), "audit-export");
    EXPECT_EQ(last->find("username")->asString(), kCliUser);
    EXPECT_EQ(last->find("hash")->asString(), header->find("headSha256")->asString());
    EXPECT_NE(r.out.find(header->find("headSha256")->asString()), std::string::npos) << r.out;
    // The exported entries are the database's, hash for hash.
    {
        auto ws = open();
        const auto all = entries(*ws);
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const auto e = json::parse(lines[i], "entry");
            ASSERT_TRUE(e.ok());
            EXPECT_EQ(e->find("hash")->asString(), all[i - 1].hash) << lines[i];
        }
    }

    const std::string before = readFile(out);
    const RunResult again = run({"audit", "export", "--db", db, "--out", out});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
    EXPECT_EQ(readFile(out), before);
}

TEST_F(AuditCliTest, CheckpointIsRecordedAndVerifyUsesItToCatchTruncation) {
    for (int i = 0; i < 6; ++i)  // each run signs in: the log grows
        ok({"audit", "log", "--db", db, "--limit", "1"});
    const std::string file = dir.file("checkpoint.txt");
    const RunResult cp = ok({"audit", "checkpoint", "--db", db, "--out", file});
    const std::string text = readFile(file);
    ASSERT_EQ(text.rfind("LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=", 0), 0U) << text;
    EXPECT_NE(cp.out.find(text), std::string::npos) << cp.out;
    const auto parsed = security::AuditCheckpoint::parse(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString();
    {
        auto ws = open();
        const auto all = entries(*ws);
        ASSERT_GE(static_cast<std::int64_t>(all.size()), parsed->seq);
        const auto& entry = all[static_cast<std::size_t>(parsed->seq - 1)];
        EXPECT_EQ(entry.action, "audit-checkpoint");
        EXPECT_EQ(entry.hash, parsed->hash);
    }
    // Printed without --out: the line alone, ready to be saved or sent.
    const RunResult printed = ok({"audit", "checkpoint", "--db", db});
    EXPECT_EQ(printed.out.rfind("LINTAS-AUDIT-CHECKPOINT v1 ", 0), 0U);
    EXPECT_EQ(std::count(printed.out.begin(), printed.out.end(), '\n'), 1);

    const RunResult good = ok({"audit", "verify", "--db", db, "--checkpoint", file});
    EXPECT_NE(good.out.find("checkpoint OK: entry " + std::to_string(parsed->seq) + " of IDN/BARESKRIM"),
              std::string::npos)
        << good.out;
    EXPECT_NE(good.out.find("audit log OK: "), std::string::npos);

    {
        auto ws = open();
        dropTriggers(*ws);
        sql(*ws, "DELETE FROM audit_log WHERE seq >= 3");
    }
    // Without the checkpoint the shorter log is a valid chain; with it, the cut shows.
    ok({"audit", "verify", "--db", db});
    const RunResult cut = run({"audit", "verify", "--db", db, "--checkpoint", file});
    EXPECT_EQ(cut.exitCode, 1);
    EXPECT_NE(cut.err.find("names entry " + std::to_string(parsed->seq)), std::string::npos) << cut.err;
    EXPECT_NE(cut.err.find("(the log was truncated)"), std::string::npos) << cut.err;

    writeFile(dir.file("bad.txt"), "LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=5 at=2026-03-15T09:00:00Z");
    const RunResult bad = run({"audit", "verify", "--db", db, "--checkpoint", dir.file("bad.txt")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find("checkpoint.sha256"), std::string::npos) << bad.err;
}

TEST_F(AuditCliTest, LogFiltersAndSeenNamesWhoReadAVictim) {
    const std::string victim = "3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    {
        auto ws = open();
        ASSERT_TRUE(
            ws->context().record(security::audit::kReadIdentity, "person", victim, {}, "preparing the shelter referral").ok());
    }
    const RunResult listed = ok({"audit", "log", "--db", db, "--action", "read-identity", "--json"});
    const auto o = json::parse(listed.out, "stdout");
    ASSERT_TRUE(o.ok()) << listed.out;
    const auto& list = o->find("entries")->asArray();
    ASSERT_EQ(list.size(), 1U);
    EXPECT_EQ(list[0].find("recordUuid")->asString(), victim);
    EXPECT_EQ(list[0].find("reason")->asString(), "preparing the shelter referral");
    EXPECT_EQ(o->find("total")->asInt(), 1);

    const RunResult byUser = ok({"audit", "log", "--db", db, "--by", kCliUser, "--record", victim});
    EXPECT_NE(byUser.out.find("read-identity"), std::string::npos) << byUser.out;
    EXPECT_NE(byUser.out.find("preparing the shelter referral"), std::string::npos) << byUser.out;
    EXPECT_NE(byUser.out.find("1 entry"), std::string::npos) << byUser.out;

    const RunResult none = ok({"audit", "log", "--db", db, "--by", "nobody.here"});
    EXPECT_EQ(none.out, "No audit entries match.\n");

    const RunResult badFrom = run({"audit", "log", "--db", db, "--from", "yesterday"});
    EXPECT_EQ(badFrom.exitCode, 1);
    EXPECT_NE(badFrom.err.find("--from"), std::string::npos) << badFrom.err;

    const RunResult seen = ok({"audit", "seen", victim, "--db", db});
    EXPECT_NE(seen.out.find(kCliUser), std::string::npos) << seen.out;
    EXPECT_NE(seen.out.find("preparing the shelter referral"), std::string::npos) << seen.out;
    EXPECT_NE(seen.out.find("1 read of the identifying data of person " + victim), std::string::npos) << seen.out;
    const RunResult nobody = ok({"audit", "seen", "0b7e6f1a-2c3d-4e5f-8a9b-c0d1e2f3a4b5", "--db", db});
    EXPECT_NE(nobody.out.find("No one has read"), std::string::npos) << nobody.out;
}

TEST_F(AuditCliTest, EveryAuditCommandNeedsAuditRead) {
    addCliUser(dir, db, "inv.sari", "investigator,victim-support,liaison");
    const std::vector<std::vector<std::string>> commands{
        {"audit", "verify", "--db", db},
        {"audit", "export", "--db", db, "--out", dir.file("x.jsonl")},
        {"audit", "checkpoint", "--db", db},
        {"audit", "log", "--db", db},
        {"audit", "seen", "3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "--db", db},
    };
    for (const auto& args : commands) {
        const RunResult r = runCliAs(dir, "inv.sari", kCliPassword, args);
        EXPECT_EQ(r.exitCode, 1) << testing::PrintToString(args);
        EXPECT_NE(r.err.find("audit-read"), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.jsonl")));
    // Each refusal is itself in the log.
    auto ws = open();
    security::AuditQuery q;
    q.action = security::audit::kPermissionDenied;
    q.username = "inv.sari";
    const auto denied = ws->audit().count(q);
    ASSERT_TRUE(denied.ok());
    EXPECT_EQ(*denied, 5);
}

}  // namespace
}  // namespace lintas::test
