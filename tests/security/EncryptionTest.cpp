// Encryption at rest, end to end through Workspace: the database, its WAL, the key file and the
// attachments hold none of the names, phone numbers or notes put in; a wrong password fails
// cleanly and writes nothing; one flipped byte gives an Integrity error, never garbage; every
// role's user unlocks the same database with their own password. All people are synthetic.

#include "TestWorkspace.h"

#include "lintas/security/FileCipher.h"
#include "lintas/store/Cipher.h"
#include "lintas/store/Schema.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace lintas::test {
namespace {
namespace fs = std::filesystem;
using security::Role;
using security::RoleSet;

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

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// What must never appear in any file on disk (as typed, and as FTS5 would index it).
const std::vector<std::string>& secrets() {
    static const std::vector<std::string> s = {
        "Wulandari",   "Sasmita",       "Kyaw Zin Htet", "+62 812 3456 7890", "+6281234567890", "081234567890",
        "B4471928",    "Shwe Kokko",    "safe house",    "Passport scan",      "Jalan Melati",   "Htet",
    };
    return s;
}

/// Every file belonging to the database: the file, its WAL and shared memory, the key file and
/// the attachment store.
std::vector<std::string> databaseFiles(const std::string& path) {
    std::vector<std::string> out;
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".keyring"})
        if (fs::exists(path + suffix))
            out.push_back(path + suffix);
    const std::string store = Workspace::attachmentDirFor(path);
    if (fs::exists(store))
        for (const auto& e : fs::recursive_directory_iterator(store))
            if (e.is_regular_file())
                out.push_back(e.path().string());
    return out;
}

/// The secrets found in `path` (case-insensitive), as "file: secret".
std::vector<std::string> leaks(const std::string& path) {
    std::vector<std::string> found;
    for (const auto& file : databaseFiles(path)) {
        const std::string bytes = lower(readFile(file));
        for (const auto& s : secrets())
            if (bytes.find(lower(s)) != std::string::npos)
                found.push_back(fs::path(file).filename().string() + ": " + s);
    }
    return found;
}

void flipByte(const std::string& path, std::size_t offset) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(static_cast<std::streamoff>(offset));
    char c = 0;
    f.get(c);
    f.seekp(static_cast<std::streamoff>(offset));
    f.put(static_cast<char>(c ^ 0x04));
}

class EncryptionTest : public WorkspaceTest {
protected:
    /// Synthetic case data that would identify a victim if it leaked.
    void addSensitiveData() {
        Case c = makeCase("Recruitment through a job advert");
        c.summary = "Victim held in a compound at Shwe Kokko, moved to a safe house";
        caseUuid = must(ws->cases.create(c)).meta.uuid;
        Person victim = makePerson("Wulandari", "Sasmita");
        victim.street = "Jalan Melati 12";
        victim.identifiers.push_back(Identifier{"Phone", "+62 812 3456 7890", "", std::string("IDN")});
        victim.identifiers.push_back(Identifier{"Passport", "B4471928", "", std::string("IDN")});
        victimUuid = must(ws->persons.create(victim)).meta.uuid;
        Person suspect = makePerson("Kyaw Zin", "Htet");
        suspect.sex = "Male";
        suspect.gender = "Masculine";
        suspect.citizenships = {"MMR"};
        must(ws->persons.create(suspect));
        Note n;
        n.caseUuid = caseUuid;
        n.kind = "Interview";
        n.body = "Wulandari Sasmita described the safe house near Shwe Kokko; call +62 812 3456 7890.";
        must(ws->notes.addNote(n));
        const std::string source = dir.file("scan.txt");
        writeFile(source, "Passport scan: Wulandari Sasmita, B4471928, +62 812 3456 7890\n");
        attachment = must(ws->notes.attachFile(caseUuid, source, "scan.txt", "text/plain"));
        fs::remove(source);
    }

    std::string caseUuid;
    std::string victimUuid;
    Attachment attachment;
};

TEST_F(EncryptionTest, TheCipherLibraryIsSqlCipher46WithFts5) {
    const auto lib = store::inspectCipherLibrary();
    EXPECT_EQ(lib.cipherVersion.rfind("4.", 0), 0u) << lib.cipherVersion;
    int major = 0, minor = 0;
    ASSERT_EQ(std::sscanf(lib.cipherVersion.c_str(), "%d.%d", &major, &minor), 2);
    EXPECT_TRUE(major > 4 || (major == 4 && minor >= 6)) << lib.cipherVersion;
    EXPECT_TRUE(lib.fts5);
    EXPECT_FALSE(lib.sqliteVersion.empty());
    auto required = store::requireCipherLibrary();
    EXPECT_TRUE(required.ok()) << required.error().toString();
}

TEST_F(EncryptionTest, NoNameNumberOrNoteCanBeFoundInAnyFile) {
    addSensitiveData();
    const std::string path = ws->path();
    // While open: the WAL holds the latest pages, encrypted too.
    ASSERT_TRUE(fs::exists(path + "-wal"));
    EXPECT_GT(fs::file_size(path + "-wal"), 0u);
    EXPECT_EQ(leaks(path), std::vector<std::string>{});
    // The data is there for the signed-in user.
    EXPECT_EQ(must(ws->persons.get(victimUuid)).familyName, "Sasmita");
    std::string content;
    must(ws->notes.readAttachment(attachment.sha256, [&](std::string_view d) -> Status {
        content.append(d);
        return {};
    }));
    EXPECT_EQ(content, "Passport scan: Wulandari Sasmita, B4471928, +62 812 3456 7890\n");
    EXPECT_EQ(*ws->db().queryInt("PRAGMA temp_store"), 2);  // MEMORY

    ws.reset();
    EXPECT_EQ(leaks(path), std::vector<std::string>{});
    EXPECT_EQ(Workspace::probe(path), store::FileKind::Encrypted);
    EXPECT_NE(readFile(path).substr(0, 6), "SQLite");
    const std::string stored = Workspace::attachmentDirFor(path) + "/" + attachment.sha256.substr(0, 2) + "/" +
                               attachment.sha256;
    EXPECT_TRUE(security::FileCipher::isEncrypted(stored));

    // Plain SQLite (no key) cannot read it.
    auto plain = store::Database::open(path, false);
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().code, ErrorCode::NotLintasDatabase);
    ws = must(Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock)));
    EXPECT_EQ(must(ws->persons.get(victimUuid)).givenNames, "Wulandari");
}

TEST_F(EncryptionTest, AWrongPasswordFailsCleanlyAndWritesNothingToTheDatabase) {
    addSensitiveData();
    const std::string path = ws->path();
    ws.reset();
    ASSERT_FALSE(fs::exists(path + "-wal"));
    const std::string before = readFile(path);
    for (const std::string& password : {std::string("correct horse battery "), std::string(""), std::string("admin.test")}) {
        auto r = Workspace::open(path, Credentials{"admin.test", password}, testOptions(clock));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::SignInFailed);
        EXPECT_EQ(r.error().detail, "unknown user or wrong password");
    }
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(fs::exists(path + "-wal"));
    EXPECT_FALSE(fs::exists(path + "-shm"));
    // The failures were counted in the key file, not in the database.
    auto keyring = security::Keyring::load(Workspace::keyringPathFor(path));
    ASSERT_TRUE(keyring.ok());
    EXPECT_EQ(keyring->slotFor("admin.test")->failedAttempts, 3);
    EXPECT_EQ(keyring->pendingFailures().size(), 3u);
}

TEST_F(EncryptionTest, AFlippedByteInTheFirstPageIsAnIntegrityErrorAtOpen) {
    addSensitiveData();
    const std::string path = ws->path();
    ws.reset();
    for (std::size_t offset : {std::size_t{5}, std::size_t{100}, std::size_t{4000}}) {
        const std::string good = readFile(path);
        flipByte(path, offset);
        auto r = Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock));
        ASSERT_FALSE(r.ok()) << offset;
        EXPECT_EQ(r.error().code, ErrorCode::Integrity) << offset;
        EXPECT_EQ(r.error().detail, "the database file does not decrypt: damaged or altered");
        writeFile(path, good);
    }
    EXPECT_TRUE(Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock)).ok());
}

TEST_F(EncryptionTest, AFlippedByteInTheMiddleIsAnIntegrityErrorNotGarbage) {
    addSensitiveData();
    // Enough pages that the middle of the file is far from the first page.
    {
        store::Transaction tx(ws->db());
        for (int i = 0; i < 150; ++i) {
            Case c = makeCase("Synthetic case " + std::to_string(i));
            c.summary = std::string(400, static_cast<char>('a' + i % 26));
            must(ws->cases.create(c));
        }
        must(tx.commit());
    }
    const std::string path = ws->path();
    ws.reset();
    const auto size = fs::file_size(path);
    ASSERT_GT(size, 20u * 4096u);
    flipByte(path, size / 2 + 123);

    auto opened = Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock));
    if (!opened.ok()) {
        EXPECT_EQ(opened.error().code, ErrorCode::Integrity) << opened.error().toString();
        return;
    }
    ws = std::move(opened).value();
    // Reading the altered page fails with Integrity; whatever reads succeed are the true data.
    bool integrityError = false;
    for (const char* sql : {"SELECT count(*) FROM case_file WHERE length(summary) = 400",
                            "SELECT count(*) FROM person", "SELECT count(*) FROM case_fts",
                            "SELECT count(*) FROM audit_log", "SELECT sum(length(body)) FROM note"}) {
        auto r = ws->db().queryInt(sql);
        if (!r.ok()) {
            EXPECT_TRUE(r.error().code == ErrorCode::Integrity || r.error().code == ErrorCode::Database)
                << r.error().toString();
            integrityError |= r.error().code == ErrorCode::Integrity;
        } else if (std::string(sql).find("length(summary)") != std::string::npos) {
            EXPECT_EQ(*r, 150);
        }
    }
    // A full check reads every page and names the problem.
    auto checked = ws->db().checkIntegrity();
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().code, ErrorCode::Integrity);
    EXPECT_FALSE(checked.error().detail.empty());
    (void)integrityError;
}

TEST_F(EncryptionTest, AnUnalteredDatabasePassesTheFullCheck) {
    addSensitiveData();
    auto checked = ws->db().checkIntegrity();
    EXPECT_TRUE(checked.ok()) << checked.error().toString();
    EXPECT_TRUE(ws->db().keyed());
}

TEST_F(EncryptionTest, EveryRolesUserUnlocksItWithTheirOwnPassword) {
    addSensitiveData();
    struct Account {
        const char* username;
        Role role;
        const char* password;
    };
    const std::vector<Account> accounts = {
        {"inv.sari", Role::Investigator, "investigator passphrase 1"},
        {"vso.dewi", Role::VictimSupport, "victim support passphrase 2"},
        {"liaison.ayu", Role::Liaison, "liaison officer passphrase 3"},
        {"sup.budi", Role::Supervisor, "supervisor passphrase 4"},
        {"adm.rina", Role::Administrator, "administrator passphrase 5"},
    };
    for (const auto& a : accounts)
        must(ws->users.create(a.username, a.username, RoleSet{a.role}, a.password, kTestPassword));
    const std::string path = ws->path();
    ws.reset();
    const auto keyring = must(security::Keyring::load(Workspace::keyringPathFor(path)));
    EXPECT_EQ(keyring.keySlots().size(), accounts.size() + 1);
    for (const auto& a : accounts) {
        auto opened = Workspace::open(path, Credentials{a.username, a.password}, testOptions(clock));
        ASSERT_TRUE(opened.ok()) << a.username << ": " << opened.error().toString();
        EXPECT_EQ((*opened)->session().username, a.username);
        EXPECT_EQ((*opened)->session().roles, RoleSet{a.role});
        // The same database: the case is there for everyone who may read cases.
        EXPECT_EQ(*(*opened)->db().queryInt("SELECT count(*) FROM case_file"), 1);
        opened->reset();
        // Someone else's password does not open this account.
        auto wrong = Workspace::open(path, Credentials{a.username, kTestPassword}, testOptions(clock));
        ASSERT_FALSE(wrong.ok());
        EXPECT_EQ(wrong.error().code, ErrorCode::SignInFailed);
    }
}

TEST_F(EncryptionTest, AMissingOrForeignKeyFileIsAClearError) {
    const std::string path = ws->path();
    const std::string keyringPath = Workspace::keyringPathFor(path);
    ws.reset();
    const std::string keyFile = readFile(keyringPath);

    fs::rename(keyringPath, keyringPath + ".away");
    auto missing = Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_EQ(missing.error().field, "keyring");

    // Another database's key file, with the same user and password: the key it holds does not
    // decrypt this file.
    const std::string other = dir.file("other.db");
    ASSERT_TRUE(Workspace::create(other, testAgency(), testAdministrator(), testOptions(clock)).ok());
    fs::copy_file(Workspace::keyringPathFor(other), keyringPath);
    auto foreign = Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock));
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().code, ErrorCode::Integrity);

    fs::remove(keyringPath);
    fs::rename(keyringPath + ".away", keyringPath);
    EXPECT_EQ(readFile(keyringPath), keyFile);
    EXPECT_TRUE(Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock)).ok());
}

TEST_F(EncryptionTest, LockAndUnlockAreAuditedAndAWrongUnlockCounts) {
    must(ws->recordLock());
    auto wrong = ws->verifyPassword("not the password");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SignInFailed);
    must(ws->verifyPassword(kTestPassword));
    security::AuditQuery q;
    q.newestFirst = false;
    std::vector<std::string> actions;
    for (const auto& e : must(ws->audit().query(q)))
        if (e.action == security::audit::kLock || e.action == security::audit::kUnlock ||
            e.action == security::audit::kSignInFailed)
            actions.push_back(e.action + (e.detail.empty() ? "" : " " + e.detail));
    EXPECT_EQ(actions, (std::vector<std::string>{"lock", "sign-in-failed reason=wrong-password", "unlock"}));
    // The success cleared the count.
    const auto keyring = must(security::Keyring::load(Workspace::keyringPathFor(ws->path())));
    EXPECT_EQ(keyring.slotFor("admin.test")->failedAttempts, 0);
    EXPECT_TRUE(keyring.pendingFailures().empty());
    must(ws->signOut());
}

}  // namespace
}  // namespace lintas::test
