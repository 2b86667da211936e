#include "TempDir.h"

#include "lintas/security/Keyring.h"
#include "lintas/store/Cipher.h"
#include "lintas/store/Database.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace lintas::store {
namespace {

class DatabaseTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Database::open(dir.file("t.db"), true);
        ASSERT_TRUE(opened.ok()) << opened.error().toString();
        db = std::move(opened).value();
        ASSERT_TRUE(db->execute("CREATE TABLE parent(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
                                "CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                                "REFERENCES parent(id), CHECK (parent_id > 0))")
                        .ok());
    }
    std::int64_t count(const char* table) { return *db->queryInt(std::string("SELECT count(*) FROM ") + table); }

    test::TempDir dir;
    std::unique_ptr<Database> db;
};

TEST_F(DatabaseTest, PragmasAreSet) {
    EXPECT_EQ(*db->queryInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(*db->queryInt("PRAGMA synchronous"), 2);  // FULL
    EXPECT_EQ(*db->queryInt("PRAGMA temp_store"), 2);   // MEMORY
    EXPECT_FALSE(db->keyed());
}

TEST_F(DatabaseTest, ConstraintViolationsMapToTypedErrors) {
    auto ins = db->prepare("INSERT INTO parent(name) VALUES (?)");
    ASSERT_TRUE(ins.ok());
    (*ins)->bind(1, "a");
    ASSERT_TRUE((*ins)->exec().ok());
    (*ins)->bind(1, "a");
    auto dup = (*ins)->exec();
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::Duplicate);

    auto fk = db->execute("INSERT INTO child(parent_id) VALUES (999)");
    ASSERT_FALSE(fk.ok());
    EXPECT_EQ(fk.error().code, ErrorCode::ForeignKey);

    auto check = db->execute("INSERT INTO child(parent_id) VALUES (-1)");
    ASSERT_FALSE(check.ok());
    EXPECT_EQ(check.error().code, ErrorCode::Validation);
}

TEST_F(DatabaseTest, TransactionRollsBackUnlessCommitted) {
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begun().ok());
        ASSERT_TRUE(db->execute("INSERT INTO parent(name) VALUES ('x')").ok());
    }
    EXPECT_EQ(count("parent"), 0);
    {
        Transaction tx(*db);
        ASSERT_TRUE(db->execute("INSERT INTO parent(name) VALUES ('y')").ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(count("parent"), 1);
}

TEST_F(DatabaseTest, NestedTransactionRollsBackOnlyItsPart) {
    Transaction outer(*db);
    ASSERT_TRUE(db->execute("INSERT INTO parent(name) VALUES ('outer')").ok());
    {
        Transaction inner(*db);
        ASSERT_TRUE(inner.begun().ok());
        ASSERT_TRUE(db->execute("INSERT INTO parent(name) VALUES ('inner')").ok());
    }  // inner rolled back
    {
        Transaction inner(*db);
        ASSERT_TRUE(db->execute("INSERT INTO parent(name) VALUES ('kept')").ok());
        ASSERT_TRUE(inner.commit().ok());
    }
    ASSERT_TRUE(outer.commit().ok());
    EXPECT_EQ(count("parent"), 2);
    EXPECT_EQ(*db->queryInt("SELECT count(*) FROM parent WHERE name = 'inner'"), 0);
}

TEST_F(DatabaseTest, StatementCacheReusesPreparedStatements) {
    auto a = db->prepare("SELECT 1");
    auto b = db->prepare("SELECT 1");
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(*a, *b);
    auto bad = db->prepare("SELEC nonsense");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Database);
}

TEST(DatabaseOpenTest, GarbageFileIsNotADatabase) {
    test::TempDir dir;
    const auto path = dir.file("garbage.db");
    {
        FILE* f = std::fopen(path.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        const std::string junk(4096, 'x');
        std::fwrite(junk.data(), 1, junk.size(), f);
        std::fclose(f);
    }
    auto db = Database::open(path, false);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::NotLintasDatabase);
}

TEST(DatabaseOpenTest, MissingFileWithoutCreateFails) {
    test::TempDir dir;
    auto db = Database::open(dir.file("absent.db"), false);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
}

// --- keyed (SQLCipher) connections ------------------------------------------------------------

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string out;
    char c = 0;
    while (in.get(c))
        out += c;
    return out;
}

class KeyedDatabaseTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.file("keyed.db");
        auto opened = Database::open(path, true, Database::Mode::ReadWrite, &key);
        ASSERT_TRUE(opened.ok()) << opened.error().toString();
        ASSERT_TRUE((*opened)->keyed());
        ASSERT_TRUE((*opened)->execute("PRAGMA journal_mode = WAL; CREATE TABLE t(x TEXT);"
                                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                       "INSERT INTO t SELECT 'Wulan Sasmita ' || i FROM n")
                        .ok());
    }

    test::TempDir dir;
    std::string path;
    security::SecretBytes key = security::SecretBytes::random(32);
};

TEST_F(KeyedDatabaseTest, OpensWithItsKeyOnly) {
    auto again = Database::open(path, false, Database::Mode::ReadWrite, &key);
    ASSERT_TRUE(again.ok()) << again.error().toString();
    EXPECT_EQ(*(*again)->queryInt("SELECT count(*) FROM t"), 3000);
    EXPECT_EQ(*(*again)->queryInt("PRAGMA temp_store"), 2);
    EXPECT_TRUE((*again)->checkIntegrity().ok());
    again->reset();

    EXPECT_EQ(probeDatabaseFile(path), FileKind::Encrypted);
    EXPECT_EQ(fileBytes(path).find("Sasmita"), std::string::npos);

    const security::SecretBytes other = security::SecretBytes::random(32);
    auto wrong = Database::open(path, false, Database::Mode::ReadWrite, &other);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Integrity);
    EXPECT_EQ(wrong.error().detail, "the database file does not decrypt: damaged or altered");

    auto unkeyed = Database::open(path, false);
    ASSERT_FALSE(unkeyed.ok());
    EXPECT_EQ(unkeyed.error().code, ErrorCode::NotLintasDatabase);
}

TEST_F(KeyedDatabaseTest, AnAlteredPageIsAnIntegrityErrorWhenRead) {
    const auto size = std::filesystem::file_size(path);
    ASSERT_GE(size, 8u * 4096u);
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        const auto offset = static_cast<std::streamoff>(size - 4096 + 700);  // inside the last page
        f.seekg(offset);
        char c = 0;
        f.get(c);
        f.seekp(offset);
        f.put(static_cast<char>(c ^ 0x10));
    }
    auto db = Database::open(path, false, Database::Mode::ReadWrite, &key);
    ASSERT_TRUE(db.ok()) << db.error().toString();  // page 1 is intact
    auto read = (*db)->queryInt("SELECT count(*) FROM t WHERE x LIKE 'Wulan%'");
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::Integrity) << read.error().toString();
    db->reset();
    db = Database::open(path, false, Database::Mode::ReadWrite, &key);
    ASSERT_TRUE(db.ok());
    auto checked = (*db)->checkIntegrity();
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().code, ErrorCode::Integrity);
    EXPECT_NE(checked.error().detail.find("altered"), std::string::npos) << checked.error().detail;
}

TEST(KeyPragmaTest, UsesTheRawKeyAndPinsTheFormat) {
    std::vector<unsigned char> bytes(32, 0xAB);
    const security::SecretBytes key(bytes.data(), bytes.size());
    const std::string pragma = keyPragma(key);
    std::string hex;
    for (int i = 0; i < 32; ++i)
        hex += "ab";
    EXPECT_NE(pragma.find("PRAGMA key = \"x'" + hex + "'\""), std::string::npos)
        << "raw key form";
    EXPECT_NE(pragma.find("cipher_compatibility = 4"), std::string::npos);
}

TEST(ProbeTest, TellsPlaintextEncryptedEmptyAndMissingApart) {
    test::TempDir dir;
    EXPECT_EQ(probeDatabaseFile(dir.file("none.db")), FileKind::Missing);
    { std::ofstream(dir.file("empty.db")); }
    EXPECT_EQ(probeDatabaseFile(dir.file("empty.db")), FileKind::Empty);
    {
        auto db = Database::open(dir.file("plain.db"), true);
        ASSERT_TRUE((*db)->execute("CREATE TABLE t(x)").ok());
    }
    EXPECT_EQ(probeDatabaseFile(dir.file("plain.db")), FileKind::Plaintext);
    const security::SecretBytes key = security::SecretBytes::random(32);
    {
        auto db = Database::open(dir.file("enc.db"), true, Database::Mode::ReadWrite, &key);
        ASSERT_TRUE((*db)->execute("CREATE TABLE t(x)").ok());
    }
    EXPECT_EQ(probeDatabaseFile(dir.file("enc.db")), FileKind::Encrypted);
}

}  // namespace
}  // namespace lintas::store
