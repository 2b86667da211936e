// Crash safety of a bundle import: a process importing a received bundle into an encrypted
// database is killed with SIGKILL at many moments spread over the whole run. Afterwards the
// database passes SQLite's and SQLCipher's integrity checks, the audit chain verifies, and the
// import is all or nothing: either every case of the bundle is there with its attachments
// readable, or none is and importing the same bundle again succeeds.
//
// The moments are times after the child starts, spread evenly over the measured length of an
// uninterrupted run, so that kills land while the key is unwrapped, while the bundle is
// verified, inside the import's transaction, while attachment files are written, and around
// the commit. (The plaintext → encrypted migration has its own harness with a kill at each
// named step: PlaintextMigrationTest, MigrationKillTest.)

#include "../exchange/BundleTestSupport.h"

#include "lintas/security/AuditLog.h"
#include "lintas/store/Statement.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace lintas::test {
namespace {

namespace fs = std::filesystem;
using Clock_ = std::chrono::steady_clock;

constexpr int kCases = 12;   // cases in the bundle, each with a victim, a suspect and two attachments
constexpr int kKills = 24;   // kill moments spread over one uninterrupted run

class ImportKillTest : public BundleTest {
protected:
    void SetUp() override {
        BundleTest::SetUp();
        if (HasFatalFailure())
            return;
        std::vector<std::string> uuids;
        for (int i = 0; i < kCases; ++i) {
            auto s = makeScenario(*idn.ws, "Online job scam, synthetic case " + std::to_string(i + 1));
            consentToTha(s.victim);
            uuids.push_back(s.caseFile.meta.uuid);
        }
        bundlePath = exportToTha(requestFor(uuids), "kill-bundle").path;
        ASSERT_TRUE(fs::exists(bundlePath));

        // THA's database as it is before the import, kept aside: every run starts from a copy.
        thaPath = tha.ws->path();
        ASSERT_EQ(must(tha.ws->cases.count({})), 0);
        tha.ws.reset();
        baseline = dir.file("baseline");
        fs::create_directories(baseline);
        copyDatabase(thaPath, baseline + "/tha.db");
    }

    /// Copies a database with its key file, identity key file and attachment directory.
    static void copyDatabase(const std::string& from, const std::string& to) {
        for (const char* suffix : {"", ".keyring", ".identity.key", "-wal", "-shm"}) {
            fs::remove(to + suffix);
            if (fs::exists(from + suffix))
                fs::copy_file(from + suffix, to + suffix);
        }
        const std::string attachments = Workspace::attachmentDirFor(to);
        fs::remove_all(attachments);
        if (fs::exists(Workspace::attachmentDirFor(from)))
            fs::copy(Workspace::attachmentDirFor(from), attachments, fs::copy_options::recursive);
    }

    /// What the importing process does: sign in, verify, import. Exits 0 on success.
    [[noreturn]] void childImport() {
        auto opened = Workspace::open(thaPath, Credentials{"admin.test", kTestPassword}, testOptions(tha.clock, 77));
        if (!opened)
            ::_exit(20);
        auto bundle = (*opened)->bundles.verify(bundlePath, &tha.identity);
        if (!bundle)
            ::_exit(21);
        exchange::ImportOptions options;
        options.sourceGrade = "B";
        options.infoGrade = "2";
        auto imported = (*opened)->bundles.applyImport(*bundle, options);
        ::_exit(imported ? 0 : 22);
    }

    struct Run {
        bool killed = false;  ///< SIGKILL arrived before the child finished
        int exitCode = -1;
        std::chrono::microseconds length{0};
    };

    /// Starts the import in a child process and kills it after `killAfter` (never when zero).
    Run runImport(std::chrono::microseconds killAfter) {
        copyDatabase(baseline + "/tha.db", thaPath);
        const auto start = Clock_::now();
        const pid_t child = ::fork();
        if (child == 0)
            childImport();
        Run run;
        EXPECT_GT(child, 0);
        if (child <= 0)
            return run;
        if (killAfter.count() > 0) {
            std::this_thread::sleep_for(killAfter);
            ::kill(child, SIGKILL);
        }
        int status = 0;
        EXPECT_EQ(::waitpid(child, &status, 0), child);
        run.length = std::chrono::duration_cast<std::chrono::microseconds>(Clock_::now() - start);
        run.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return run;
    }

    static std::vector<std::string> pragmaRows(store::Database& db, const std::string& pragma) {
        std::vector<std::string> rows;
        auto st = db.prepare(pragma);
        EXPECT_TRUE(st.ok()) << pragma;
        if (!st)
            return rows;
        for (;;) {
            auto row = (*st)->step();
            EXPECT_TRUE(row.ok()) << pragma << ": " << (row.ok() ? "" : row.error().toString());
            if (!row || !*row)
                break;
            rows.push_back((*st)->text(0));
        }
        (*st)->reset();
        return rows;
    }

    /// Opens the database the child left and checks it; returns how many cases it holds.
    std::int64_t checkAfterKill(const std::string& label) {
        auto opened = Workspace::open(thaPath, Credentials{"admin.test", kTestPassword}, testOptions(tha.clock, 78));
        EXPECT_TRUE(opened.ok()) << label << ": " << (opened.ok() ? "" : opened.error().toString());
        if (!opened)
            return -1;
        Workspace& ws = **opened;
        EXPECT_EQ(pragmaRows(ws.db(), "PRAGMA integrity_check"), std::vector<std::string>{"ok"}) << label;
        EXPECT_EQ(pragmaRows(ws.db(), "PRAGMA cipher_integrity_check"), std::vector<std::string>{}) << label;
        auto chain = ws.audit().verify();
        EXPECT_TRUE(chain.ok() && chain->ok) << label << ": " << (chain.ok() ? chain->problem : chain.error().toString());

        const std::int64_t cases = must(ws.cases.count({}));
        EXPECT_TRUE(cases == 0 || cases == kCases) << label << ": a partial import left " << cases << " cases";
        const auto received = must(ws.bundles.exchangeLog(exchange::ExchangeLogQuery{}));
        const auto imported = std::count_if(received.begin(), received.end(),
                                            [](const auto& e) { return e.verdict == "imported"; });
        EXPECT_EQ(imported, cases == 0 ? 0 : 1) << label << ": the exchange log disagrees with the data";
        if (cases == kCases) {
            // Every attachment the rows refer to is there and decrypts to its hash.
            for (const auto& summary : must(ws.cases.list({}))) {
                for (const auto& a : must(ws.notes.attachments(summary.uuid))) {
                    std::string content;
                    const Status read = ws.notes.readAttachment(a.sha256, [&](std::string_view piece) -> Status {
                        content.append(piece);
                        return {};
                    });
                    EXPECT_TRUE(read.ok()) << label << ": attachment " << a.name << ": "
                                           << (read.ok() ? "" : read.error().toString());
                    EXPECT_EQ(static_cast<std::int64_t>(content.size()), a.size) << label;
                }
            }
        }
        return cases;
    }

    std::string bundlePath;
    std::string thaPath;
    std::string baseline;
};

TEST_F(ImportKillTest, KilledAnywhereTheImportIsAllOrNothing) {
    // An uninterrupted run first: it must succeed, and its length sets the kill moments.
    const Run whole = runImport(std::chrono::microseconds{0});
    ASSERT_EQ(whole.exitCode, 0) << "the uninterrupted import failed (exit " << whole.exitCode << ")";
    ASSERT_EQ(checkAfterKill("uninterrupted"), kCases);

    int killedBefore = 0;
    int killedAfter = 0;
    int finished = 0;
    for (int i = 0; i < kKills; ++i) {
        const auto at = std::chrono::microseconds(whole.length.count() * (2 * i + 1) / (2 * kKills));
        const std::string label = "kill at " + std::to_string(at.count() / 1000) + " ms";
        const Run run = runImport(at);
        if (!run.killed) {
            ++finished;
            EXPECT_EQ(run.exitCode, 0) << label;
        }
        const std::int64_t cases = checkAfterKill(label);
        if (cases == 0) {
            ++killedBefore;
            // Nothing was imported, and nothing left behind stands in the way of importing it now.
            auto ws = must(Workspace::open(thaPath, Credentials{"admin.test", kTestPassword},
                                           testOptions(tha.clock, 79)));
            auto bundle = must(ws->bundles.verify(bundlePath, &tha.identity));
            exchange::ImportOptions options;
            options.sourceGrade = "B";
            options.infoGrade = "2";
            must(ws->bundles.applyImport(bundle, options));
            ws.reset();
            EXPECT_EQ(checkAfterKill(label + ", imported again"), kCases);
        } else if (cases == kCases && run.killed) {
            ++killedAfter;
        }
    }
    // The kills must actually have landed on both sides of the commit for the test to mean
    // anything; with kills spread over the whole run, most do.
    EXPECT_GT(killedBefore, 0) << "no kill landed before the commit";
    RecordProperty("killed_before_commit", killedBefore);
    RecordProperty("killed_after_commit", killedAfter);
    RecordProperty("finished_before_kill", finished);
    std::printf("import kills: %d rolled back, %d after the commit, %d finished first (run %lld ms)\n",
                killedBefore, killedAfter, finished, static_cast<long long>(whole.length.count() / 1000));
}

}  // namespace
}  // namespace lintas::test
