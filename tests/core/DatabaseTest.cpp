#include "TempDir.h"

#include "lintas/store/Database.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace lintas::store
