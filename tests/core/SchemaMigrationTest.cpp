#include "TestWorkspace.h"

#include "lintas/service/Workspace.h"
#include "lintas/store/Cipher.h"
#include "lintas/store/Schema.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace lintas {
namespace {

using store::Database;
using store::Schema;

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string out;
    char c = 0;
    while (in.get(c))
        out += c;
    return out;
}

/// Fills a database of schema version `version` with one of everything, written as that
/// version's SQL would have written it.
void seedVersion(Database& db, int version) {
    ASSERT_GE(version, 1);
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
    ASSERT_TRUE(db.execute(sql).ok());
}

Workspace::Options options() {
    return test::testOptions(std::make_shared<FixedClock>(test::testNow()));
}
Credentials administrator() { return Credentials{"admin.test", test::kTestPassword}; }

class SchemaMigrationTest : public ::testing::TestWithParam<int> {};

// Databases of versions before 6 are plaintext: opening one asks for its encryption, which then
// migrates the schema to the current version with everything in it.
TEST_P(SchemaMigrationTest, OlderVersionMigratesWithDataIntact) {
    const int from = GetParam();
    test::TempDir dir;
    const auto path = dir.file("old.db");
    {
        auto db = Database::open(path, true);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(Schema::migrateTo(**db, from).ok());
        ASSERT_EQ(*Schema::version(**db), from);
        seedVersion(**db, from);
    }
    const auto before = fileBytes(path);
    auto plain = Workspace::open(path, administrator(), options());
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().code, ErrorCode::NotEncrypted);
    EXPECT_EQ(fileBytes(path), before);

    auto encrypted = Workspace::encryptPlaintext(path, test::testAdministrator(), options());
    ASSERT_TRUE(encrypted.ok()) << encrypted.error().toString();
    EXPECT_EQ(*Schema::version((*encrypted)->db()), Schema::kCurrentVersion);
    EXPECT_EQ(Workspace::probe(path), store::FileKind::Encrypted);
    encrypted->reset();

    auto ws = Workspace::open(path, administrator(), options());
    ASSERT_TRUE(ws.ok()) << ws.error().toString();
    EXPECT_EQ(*Schema::version((*ws)->db()), Schema::kCurrentVersion);

    auto c = (*ws)->cases.getByReference("IDN-BARESKRIM-2025-000001");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->title, "Kasus penipuan daring");

    // The search index covers what the old database already held.
    auto hits = (*ws)->search.search("Sasmita");
    ASSERT_TRUE(hits.ok());
    bool foundPerson = false, foundNote = false, foundAlias = false;
    for (const auto& g : *hits)
        for (const auto& h : g.hits) {
            foundPerson |= h.target == "00000000-0000-4000-8000-000000000003";
        }
    auto noteHits = (*ws)->search.search("shelter Batam");
    ASSERT_TRUE(noteHits.ok());
    for (const auto& g : *noteHits)
        for (const auto& h : g.hits)
            foundNote |= g.kind == "note" && h.target == "00000000-0000-4000-8000-000000000002";
    auto aliasHits = (*ws)->search.search("Lala");
    ASSERT_TRUE(aliasHits.ok());
    for (const auto& g : *aliasHits)
        for (const auto& h : g.hits)
            foundAlias |= g.kind == "person" && h.target == "00000000-0000-4000-8000-000000000003";
    EXPECT_TRUE(foundPerson);
    EXPECT_TRUE(foundNote);
    EXPECT_TRUE(foundAlias);

    auto byPhone = (*ws)->persons.findByIdentifier("Phone", "0811 0000 1111", std::string("IDN"));
    ASSERT_TRUE(byPhone.ok());
    ASSERT_EQ(byPhone->size(), 1u);
    EXPECT_EQ((*byPhone)[0].name, "Wulan Sasmita");
}

INSTANTIATE_TEST_SUITE_P(EveryOlderVersion, SchemaMigrationTest, ::testing::Range(1, Schema::kCurrentVersion));

TEST(SchemaRefusalTest, NewerSchemaIsRefusedUntouched) {
    test::TempDir dir;
    const auto path = dir.file("newer.db");
    {
        auto ws = Workspace::create(path, test::testAgency(), test::testAdministrator(), options());
        ASSERT_TRUE(ws.ok()) << ws.error().toString();
        ASSERT_TRUE((*ws)->db().execute("PRAGMA user_version = " + std::to_string(Schema::kCurrentVersion + 1)).ok());
    }
    const auto before = fileBytes(path);
    auto ws = Workspace::open(path, administrator(), options());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::NewerSchema);
    EXPECT_EQ(fileBytes(path), before);
}

TEST(SchemaRefusalTest, NewerPlaintextSchemaIsNotEncryptedAndRefusedUntouched) {
    test::TempDir dir;
    const auto path = dir.file("newer-plain.db");
    {
        auto db = Database::open(path, true);
        ASSERT_TRUE(Schema::migrateTo(**db, 5).ok());
        seedVersion(**db, 5);
        ASSERT_TRUE((*db)->execute("PRAGMA user_version = " + std::to_string(Schema::kCurrentVersion + 1)).ok());
        ASSERT_TRUE((*db)->execute("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const auto before = fileBytes(path);
    auto ws = Workspace::encryptPlaintext(path, test::testAdministrator(), options());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::NewerSchema);
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(Workspace::keyringPathFor(path)));
}

TEST(SchemaRefusalTest, ForeignSqliteDatabaseIsRefusedUntouched) {
    test::TempDir dir;
    const auto path = dir.file("other-app.db");
    {
        auto db = Database::open(path, true);
        ASSERT_TRUE((*db)->execute("CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('rendang')").ok());
    }
    const auto before = fileBytes(path);
    auto ws = Workspace::open(path, administrator(), options());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::NotLintasDatabase);
    EXPECT_EQ(fileBytes(path), before);
    auto encrypted = Workspace::encryptPlaintext(path, test::testAdministrator(), options());
    ASSERT_FALSE(encrypted.ok());
    EXPECT_EQ(encrypted.error().code, ErrorCode::NotLintasDatabase);
    EXPECT_EQ(fileBytes(path), before);
}

TEST(SchemaRefusalTest, TextFileIsRefusedUntouched) {
    test::TempDir dir;
    const auto path = dir.file("notes.txt");
    {
        std::ofstream out(path, std::ios::binary);
        out << "hello, this is not a database\n";
    }
    const auto before = fileBytes(path);
    auto ws = Workspace::open(path, administrator(), options());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::NotLintasDatabase);
    EXPECT_EQ(fileBytes(path), before);
}

TEST(SchemaRefusalTest, CreateRefusesAnExistingFile) {
    test::TempDir dir;
    const auto path = dir.file("x.db");
    Agency a{"", "BARESKRIM", "IDN", "Synthetic agency", true, "", ""};
    ASSERT_TRUE(Workspace::create(path, a, test::testAdministrator(), options()).ok());
    const auto before = fileBytes(path);
    auto again = Workspace::create(path, a, test::testAdministrator(), options());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(fileBytes(path), before);
    // The key file of the first database is still the one that opens it.
    EXPECT_TRUE(Workspace::open(path, administrator(), options()).ok());
}

TEST(SchemaRefusalTest, CreateValidatesTheAgency) {
    test::TempDir dir;
    Agency a{"", "bareskrim polri", "IDN", "Synthetic agency", true, "", ""};
    auto ws = Workspace::create(dir.file("y.db"), a, test::testAdministrator(), options());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().field, "agency.code");
    a.code = "BARESKRIM";
    a.country = "XYZ";
    ws = Workspace::create(dir.file("y.db"), a, test::testAdministrator(), options());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().field, "agency.country");
    EXPECT_FALSE(std::filesystem::exists(dir.file("y.db")));
    EXPECT_FALSE(std::filesystem::exists(Workspace::keyringPathFor(dir.file("y.db"))));
}

TEST(SchemaRefusalTest, CreateValidatesTheFirstUserAndLeavesNothingBehind) {
    test::TempDir dir;
    const auto path = dir.file("z.db");
    FirstUser weak = test::testAdministrator();
    weak.password = "short";
    auto ws = Workspace::create(path, test::testAgency(), weak, options());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::Validation);
    FirstUser badName = test::testAdministrator();
    badName.username = "a b";
    ws = Workspace::create(path, test::testAgency(), badName, options());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().code, ErrorCode::Validation);
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_FALSE(std::filesystem::exists(Workspace::keyringPathFor(path)));
}

}  // namespace
}  // namespace lintas
