// An earlier version's plaintext database (schema v5) with attachments is encrypted in place:
// everything is there afterwards, encrypted, with no plaintext file left; and a process killed
// (SIGKILL) at any point of the migration loses nothing: the next open or encryption completes
// or restarts it. All people are synthetic.

#include "TestWorkspace.h"

#include "lintas/security/FileCipher.h"
#include "lintas/store/Cipher.h"
#include "lintas/store/Schema.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lintas::test {
namespace {
namespace fs = std::filesystem;
using store::Database;
using store::Schema;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string out;
    char c = 0;
    while (in.get(c))
        out += c;
    return out;
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::string sha256Hex(const std::string& data) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
    unsigned int n = 0;
    EVP_Digest(data.data(), data.size(), md.data(), &n, EVP_sha256(), nullptr);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < n; ++i) {
        out += kHex[md[i] >> 4];
        out += kHex[md[i] & 0xF];
    }
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

constexpr const char* kCaseUuid = "00000000-0000-4000-8000-000000000002";
constexpr const char* kPersonUuid = "00000000-0000-4000-8000-000000000003";

/// The attachments of the old database: a statement, a photo larger than one chunk, an empty file.
std::vector<std::pair<std::string, std::string>> attachmentContents() {
    std::string photo;
    for (int i = 0; i < 150'000; ++i)
        photo += static_cast<char>((i * 131 + 17) % 256);
    return {{"statement.txt", "Statement of Wulan Sasmita: recruited in Batam, phone +62 811 0000 1111.\n"},
            {"photo.jpg", photo},
            {"empty.bin", ""}};
}

/// Writes a plaintext schema-v5 database as an earlier Lintas would have, with its attachment files.
void writePlaintextV5(const std::string& path) {
    auto db = Database::open(path, true);
    ASSERT_TRUE(db.ok()) << db.error().toString();
    ASSERT_TRUE(Schema::migrateTo(**db, 5).ok());
    const char* sql = R"SQL(
INSERT INTO agency(id, uuid, code, country, name, is_local, created_at, updated_at)
  VALUES (1, '00000000-0000-4000-8000-000000000001', 'BARESKRIM', 'IDN', 'Synthetic agency', 1,
          '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
INSERT INTO case_file(id, uuid, reference, title, status, summary, tlp, handling_code, origin_agency_id,
                      created_at, updated_at)
  VALUES (1, '00000000-0000-4000-8000-000000000002', 'IDN-BARESKRIM-2025-000001', 'Kasus penipuan daring',
          'UnderInvestigation', 'Victims recruited through a Telegram job advert', 'AMBER', 'H2', 1,
          '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z');
INSERT INTO person(id, uuid, given_names, family_name, origin_agency_id, created_at, updated_at)
  VALUES (1, '00000000-0000-4000-8000-000000000003', 'Wulan', 'Sasmita', 1,
          '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z');
INSERT INTO person_alias(person_id, name, script, transliteration) VALUES (1, 'Lala', 'Latn', '');
INSERT INTO identifier(person_id, type, value, value_norm) VALUES (1, 'Phone', '+62 811 0000 1111', '+6281100001111');
INSERT INTO note(uuid, case_id, kind, occurred_at, body, created_at, updated_at)
  VALUES ('00000000-0000-4000-8000-000000000004', 1, 'Note', '2025-01-03T00:00:00Z',
          'Interview scheduled at the shelter in Batam', '2025-01-03T00:00:00Z', '2025-01-03T00:00:00Z');
)SQL";
    ASSERT_TRUE((*db)->execute(sql).ok());
    int i = 0;
    for (const auto& [name, content] : attachmentContents()) {
        const std::string sha = sha256Hex(content);
        const fs::path file = fs::path(Workspace::attachmentDirFor(path)) / sha.substr(0, 2) / sha;
        fs::create_directories(file.parent_path());
        writeFile(file.string(), content);
        auto st = (*db)->prepare(
            "INSERT INTO attachment(uuid, case_id, sha256, name, media_type, size, added_at, added_by) "
            "VALUES (?, 1, ?, ?, 'application/octet-stream', ?, '2025-01-04T00:00:00Z', 'inv.sari')");
        ASSERT_TRUE(st.ok());
        (*st)->bind(1, "00000000-0000-4000-8000-00000000010" + std::to_string(i++)).bind(2, sha).bind(3, name);
        (*st)->bind(4, static_cast<std::int64_t>(content.size()));
        ASSERT_TRUE((*st)->exec().ok());
    }
}

/// What a migration leaves behind besides the database, its key file and encrypted attachments
/// (`attachmentsEncrypted`: and whether any attachment is still plaintext).
std::vector<std::string> leftovers(const std::string& path, bool attachmentsEncrypted = true) {
    std::vector<std::string> out;
    for (const char* suffix : {".encrypting", ".encrypting-journal", ".encrypting-wal", ".plaintext-old",
                               ".plaintext-old-wal", ".encrypt-commit", ".encrypt-lock"})
        if (fs::exists(path + suffix))
            out.push_back(fs::path(path + suffix).filename().string());
    for (const auto& e : fs::directory_iterator(fs::path(path).parent_path()))
        if (e.path().filename().string().find("lntstmp") != std::string::npos)
            out.push_back(e.path().filename().string());
    const std::string store = Workspace::attachmentDirFor(path);
    if (fs::exists(store))
        for (const auto& e : fs::recursive_directory_iterator(store)) {
            if (!e.is_regular_file())
                continue;
            const std::string name = e.path().filename().string();
            if (name.size() != 64)
                out.push_back("stray file " + name);
            else if (attachmentsEncrypted && !security::FileCipher::isEncrypted(e.path().string()))
                out.push_back("plaintext attachment " + name);
        }
    return out;
}

/// Strings of the old database that must not be readable in any file afterwards.
std::vector<std::string> plaintextFound(const std::string& path) {
    std::vector<std::string> files;
    for (const char* suffix : {"", "-wal", ".keyring"})
        if (fs::exists(path + suffix))
            files.push_back(path + suffix);
    for (const auto& e : fs::recursive_directory_iterator(Workspace::attachmentDirFor(path)))
        if (e.is_regular_file())
            files.push_back(e.path().string());
    std::vector<std::string> found;
    for (const auto& f : files) {
        const std::string bytes = lower(readFile(f));
        for (const char* s : {"sasmita", "penipuan daring", "shelter in batam", "+62 811 0000 1111", "sqlite format 3"})
            if (bytes.find(s) != std::string::npos)
                found.push_back(fs::path(f).filename().string() + ": " + s);
    }
    return found;
}

class PlaintextMigrationTest : public ::testing::Test {
protected:
    void SetUp() override {
        clock = std::make_shared<FixedClock>(testNow());
        path = dir.file("old.db");
        writePlaintextV5(path);
    }
    void TearDown() override { store::setMigrationHookForTests({}); }

    Result<std::unique_ptr<Workspace>> encrypt() {
        return Workspace::encryptPlaintext(path, testAdministrator(), testOptions(clock));
    }
    Result<std::unique_ptr<Workspace>> signIn() {
        return Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock, 43));
    }

    /// Everything the old database held, read back through the services.
    void expectEverythingThere(Workspace& ws) {
        EXPECT_EQ(*Schema::version(ws.db()), Schema::kCurrentVersion);
        auto c = ws.cases.getByReference("IDN-BARESKRIM-2025-000001");
        ASSERT_TRUE(c.ok()) << c.error().toString();
        EXPECT_EQ(c->title, "Kasus penipuan daring");
        EXPECT_EQ(*ws.db().queryInt("SELECT count(*) FROM person_alias"), 1);
        EXPECT_EQ(*ws.db().queryInt("SELECT count(*) FROM note"), 1);
        auto hits = ws.search.search("Sasmita");
        ASSERT_TRUE(hits.ok()) << hits.error().toString();
        bool found = false;
        for (const auto& g : *hits)
            for (const auto& h : g.hits)
                found |= h.target == kPersonUuid;
        EXPECT_TRUE(found);
        const auto attachments = ws.notes.attachments(kCaseUuid);
        ASSERT_TRUE(attachments.ok()) << attachments.error().toString();
        ASSERT_EQ(attachments->size(), 3u);
        for (const auto& [name, content] : attachmentContents()) {
            std::string back;
            auto read = ws.notes.readAttachment(sha256Hex(content), [&](std::string_view d) -> Status {
                back.append(d);
                return {};
            });
            ASSERT_TRUE(read.ok()) << name << ": " << read.error().toString();
            EXPECT_EQ(back, content) << name;
        }
        auto checked = ws.db().checkIntegrity();
        EXPECT_TRUE(checked.ok()) << checked.error().toString();
        EXPECT_EQ(leftovers(path), std::vector<std::string>{});
        EXPECT_EQ(plaintextFound(path), std::vector<std::string>{});
        EXPECT_EQ(Workspace::probe(path), store::FileKind::Encrypted);
    }

    TempDir dir;
    std::shared_ptr<FixedClock> clock;
    std::string path;
};

TEST_F(PlaintextMigrationTest, OpeningAPlaintextDatabaseAsksForItsEncryptionAndChangesNothing) {
    const std::string before = readFile(path);
    auto opened = signIn();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotEncrypted);
    EXPECT_EQ(Workspace::probe(path), store::FileKind::Plaintext);
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(fs::exists(Workspace::keyringPathFor(path)));
}

TEST_F(PlaintextMigrationTest, EncryptsInPlaceWithEverythingKept) {
    std::vector<std::string> steps;
    double last = 0.0;
    auto options = testOptions(clock);
    options.progress = [&](const std::string& step, double fraction) {
        if (steps.empty() || steps.back() != step)
            steps.push_back(step);
        EXPECT_GE(fraction, last) << step;  // rising
        EXPECT_LE(fraction, 1.0);
        last = fraction;
    };
    auto ws = Workspace::encryptPlaintext(path, testAdministrator(), options);
    ASSERT_TRUE(ws.ok()) << ws.error().toString();
    EXPECT_EQ((*ws)->session().username, "admin.test");
    EXPECT_TRUE((*ws)->session().roles.has(security::Role::Administrator));
    EXPECT_EQ(steps, (std::vector<std::string>{"export", "verify", "key file", "attachments", "swap", "done"}));
    EXPECT_EQ(last, 1.0);
    expectEverythingThere(**ws);

    // Audited: the encryption and the administrator's creation and sign-in.
    security::AuditQuery q;
    q.newestFirst = false;
    std::vector<std::string> actions;
    const auto entries = (*ws)->audit().query(q);
    ASSERT_TRUE(entries.ok());
    for (const auto& e : *entries)
        actions.push_back(e.action);
    EXPECT_NE(std::find(actions.begin(), actions.end(), security::audit::kUserCreate), actions.end());
    EXPECT_NE(std::find(actions.begin(), actions.end(), security::audit::kSignIn), actions.end());
    EXPECT_NE(std::find(actions.begin(), actions.end(), security::audit::kDatabaseEncrypt), actions.end());
    ws->reset();

    // From now on the administrator signs in with their password.
    auto again = signIn();
    ASSERT_TRUE(again.ok()) << again.error().toString();
    expectEverythingThere(**again);
    again->reset();
    // A second encryption is refused.
    auto twice = encrypt();
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
}

TEST_F(PlaintextMigrationTest, ForeignAndNewerFilesAreRefusedUntouched) {
    const std::string foreign = dir.file("recipes.db");
    {
        auto db = Database::open(foreign, true);
        ASSERT_TRUE((*db)->execute("CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('rendang')").ok());
    }
    const std::string foreignBefore = readFile(foreign);
    auto r = Workspace::encryptPlaintext(foreign, testAdministrator(), testOptions(clock));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotLintasDatabase);
    EXPECT_EQ(readFile(foreign), foreignBefore);

    {
        auto db = Database::open(path, false);
        ASSERT_TRUE((*db)->execute("PRAGMA user_version = " + std::to_string(Schema::kCurrentVersion + 1)).ok());
        ASSERT_TRUE((*db)->execute("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const std::string before = readFile(path);
    auto newer = encrypt();
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, ErrorCode::NewerSchema);
    EXPECT_EQ(readFile(path), before);
    EXPECT_EQ(leftovers(path, false), std::vector<std::string>{});
}

TEST_F(PlaintextMigrationTest, LeftoversOfAnInterruptedRunAreRecoveredFromConstructedStates) {
    // An unfinished encrypted copy without the commit marker: dropped, the plaintext kept.
    writeFile(path + ".encrypting", std::string(8192, 'x'));
    const std::string sha = sha256Hex(attachmentContents()[0].second);
    const std::string attachment = Workspace::attachmentDirFor(path) + "/" + sha.substr(0, 2) + "/" + sha;
    writeFile(attachment + ".encrypting", "half an encrypted copy");
    ASSERT_TRUE(store::recoverInterruptedMigration(path).ok());
    EXPECT_FALSE(fs::exists(path + ".encrypting"));
    EXPECT_FALSE(fs::exists(attachment + ".encrypting"));
    EXPECT_EQ(readFile(attachment), attachmentContents()[0].second);
    EXPECT_EQ(Workspace::probe(path), store::FileKind::Plaintext);

    // The plaintext moved aside with no database in its place and no marker: moved back.
    fs::rename(path, path + ".plaintext-old");
    auto opened = signIn();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotEncrypted);
    EXPECT_TRUE(fs::exists(path));
    EXPECT_FALSE(fs::exists(path + ".plaintext-old"));

    // A marker whose encrypted copy vanished cannot be completed, and nothing is thrown away.
    writeFile(path + ".encrypt-commit", "marker");
    const std::string before = readFile(path);
    auto stuck = signIn();
    ASSERT_FALSE(stuck.ok());
    EXPECT_EQ(stuck.error().code, ErrorCode::Integrity);
    EXPECT_EQ(readFile(path), before);
    fs::remove(path + ".encrypt-commit");

    auto ws = encrypt();
    ASSERT_TRUE(ws.ok()) << ws.error().toString();
    expectEverythingThere(**ws);
}

TEST_F(PlaintextMigrationTest, AMigrationRunningInAnotherProcessIsLeftAlone) {
    // Another program holds the migration lock (as `lintas-cli db encrypt` does while it runs),
    // with its unfinished copy beside the database.
    const int fd = ::open((path + ".encrypt-lock").c_str(), O_RDWR | O_CREAT, 0600);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX), 0);
    writeFile(path + ".encrypting", std::string(4096, 'x'));
    const std::string before = readFile(path);

    auto opened = signIn();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Conflict);
    auto encrypted = encrypt();
    ASSERT_FALSE(encrypted.ok());
    EXPECT_EQ(encrypted.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(fs::exists(path + ".encrypting"));  // its work is not thrown away under it
    EXPECT_EQ(readFile(path), before);

    // Once it is gone (here: killed, its copy unfinished), the next run cleans up and encrypts.
    ::close(fd);
    auto ws = encrypt();
    ASSERT_TRUE(ws.ok()) << ws.error().toString();
    expectEverythingThere(**ws);
}

/// Where the migration is killed: a point named by store::setMigrationHookForTests and which
/// occurrence of it (attachments pass their point once per file).
struct KillPoint {
    const char* point;
    int occurrence;
    bool committed;  ///< past the commit marker: the next open completes the swap
};

class MigrationKillTest : public PlaintextMigrationTest, public ::testing::WithParamInterface<KillPoint> {};

TEST_P(MigrationKillTest, AProcessKilledThereLosesNothing) {
    const KillPoint kp = GetParam();
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        int seen = 0;
        store::setMigrationHookForTests([&](std::string_view point) {
            if (point == kp.point && ++seen == kp.occurrence)
                ::kill(::getpid(), SIGKILL);
        });
        auto ws = encrypt();
        ::_exit(ws.ok() ? 10 : 11);  // the point was never reached
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << kp.point << " was not reached (exit " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << ")";

    if (kp.committed && std::string_view(kp.point) != "done") {
        // Running the encryption again (what `lintas-cli db encrypt` does after a crash) completes
        // it too, and signs the same administrator in.
        ASSERT_TRUE(fs::exists(path + ".encrypt-commit"));
        auto again = encrypt();
        ASSERT_TRUE(again.ok()) << kp.point << ": " << again.error().toString();
        expectEverythingThere(**again);
        again->reset();
    }
    auto opened = signIn();
    if (!kp.committed) {
        // Rolled back: still the plaintext database, whole; encrypting it again works.
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, ErrorCode::NotEncrypted) << opened.error().toString();
        EXPECT_EQ(Workspace::probe(path), store::FileKind::Plaintext);
        for (const auto& [name, content] : attachmentContents()) {
            const std::string sha = sha256Hex(content);
            EXPECT_EQ(readFile(Workspace::attachmentDirFor(path) + "/" + sha.substr(0, 2) + "/" + sha), content);
        }
        auto ws = encrypt();
        ASSERT_TRUE(ws.ok()) << ws.error().toString();
        expectEverythingThere(**ws);
    } else {
        // Past the commit point: opening completes the swap, with the key file already written.
        ASSERT_TRUE(opened.ok()) << kp.point << ": " << opened.error().toString();
        expectEverythingThere(**opened);
    }
}

INSTANTIATE_TEST_SUITE_P(EveryStep, MigrationKillTest,
                         ::testing::Values(KillPoint{"exported", 1, false}, KillPoint{"verified", 1, false},
                                           KillPoint{"keyring-written", 1, false},
                                           KillPoint{"attachment-encrypted", 1, false},
                                           KillPoint{"attachment-encrypted", 2, false},
                                           KillPoint{"committed", 1, true}, KillPoint{"attachment-swapped", 1, true},
                                           KillPoint{"attachment-swapped", 2, true},
                                           KillPoint{"plaintext-moved", 1, true}, KillPoint{"encrypted-moved", 1, true},
                                           KillPoint{"plaintext-removed", 1, true}, KillPoint{"done", 1, true}),
                         [](const ::testing::TestParamInfo<KillPoint>& p) {
                             std::string name = p.param.point;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name + "_" + std::to_string(p.param.occurrence);
                         });

}  // namespace
}  // namespace lintas::test
