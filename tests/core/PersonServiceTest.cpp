#include "TestWorkspace.h"

#include <gtest/gtest.h>

namespace lintas {
namespace {

class PersonServiceTest : public test::WorkspaceTest {
protected:
    std::int64_t rows(const char* table) { return *ws->db().queryInt(std::string("SELECT count(*) FROM ") + table); }
};

TEST_F(PersonServiceTest, StoresEverythingAndNormalisesIdentifiers) {
    Person p = makePerson("Somchai", "Jaidee");
    p.citizenships = {"THA"};
    p.languages = {"th", "en"};
    p.birthDate = "1998-04-01";
    p.aliases = {Alias{"สมชาย ใจดี", "Thai", "Somchai Jaidee"}, Alias{"Chai", "Latn", ""}};
    p.identifiers = {Identifier{"Phone", "081-234-5678", "", std::nullopt},
                     Identifier{"Passport", "aa 123 4567", "", std::string("THA")},
                     Identifier{"Email", " Somchai.J@Example.ORG", "", std::nullopt},
                     Identifier{"SocialMediaHandle", "@chai_jobs", "", std::nullopt}};
    auto created = must(ws->persons.create(p));
    auto loaded = must(ws->persons.get(created.meta.uuid));
    EXPECT_EQ(loaded.displayName(), "Somchai Jaidee");
    EXPECT_EQ(loaded.aliases.size(), 2u);
    EXPECT_EQ(loaded.aliases[0].name, "สมชาย ใจดี");
    EXPECT_EQ(loaded.languages, (std::vector<std::string>{"th", "en"}));
    ASSERT_EQ(loaded.identifiers.size(), 4u);
    EXPECT_EQ(loaded.identifiers[0].value, "081-234-5678");         // as entered
    EXPECT_EQ(loaded.identifiers[0].normalized, "+66812345678");   // phone region from citizenship
    EXPECT_EQ(loaded.identifiers[1].normalized, "AA1234567");
    EXPECT_EQ(loaded.identifiers[2].normalized, "somchai.j@example.org");
    EXPECT_EQ(loaded.identifiers[3].normalized, "chai_jobs");
    EXPECT_EQ(loaded.meta.originAgency, ws->context().localAgencyUuid());
}

TEST_F(PersonServiceTest, FindsTheSamePersonHoweverThePhoneIsWritten) {
    Person p = makePerson();
    p.identifiers = {Identifier{"Phone", "+62 812-3456-7890", "", std::nullopt}};
    auto dewi = must(ws->persons.create(p));
    for (const std::string written : {"0812 3456 7890", "+6281234567890", "0062-812-3456-7890"}) {
        auto hits = must(ws->persons.findByIdentifier("Phone", written, std::string("IDN")));
        ASSERT_EQ(hits.size(), 1u) << written;
        EXPECT_EQ(hits[0].uuid, dewi.meta.uuid);
        EXPECT_EQ(hits[0].matchedOn, "Phone +6281234567890");
    }
    EXPECT_TRUE(must(ws->persons.findByIdentifier("Phone", "0812 0000 0000", std::string("IDN"))).empty());
    // Without a type, any identifier kind the value can be read as.
    EXPECT_EQ(must(ws->persons.findByIdentifier("", "+62 812 3456 7890")).size(), 1u);
}

TEST_F(PersonServiceTest, BadInputNamesTheFieldAndWritesNothing) {
    struct Bad {
        std::function<void(Person&)> spoil;
        std::string field;
    };
    const std::vector<Bad> bad = {
        {[](Person& p) { p.givenNames = p.familyName = " "; }, "person.name"},
        {[](Person& p) { p.birthDate = "2030-01-01"; }, "person.birthDate"},
        {[](Person& p) { p.birthDate = "01/02/1990"; }, "person.birthDate"},
        {[](Person& p) { p.estimatedAge = 200; }, "person.estimatedAge"},
        {[](Person& p) { p.gender = "F"; }, "person.gender"},
        {[](Person& p) { p.citizenships = {"ID"}; }, "person.citizenships"},
        {[](Person& p) { p.languages = {"indonesian"}; }, "person.languages"},
        {[](Person& p) { p.latitude = 95.0; p.longitude = 100.0; }, "person.location.latitude"},
        {[](Person& p) { p.aliases = {Alias{"", "Latn", ""}}; }, "person.aliases[0].name"},
        {[](Person& p) {
             p.identifiers = {Identifier{"Passport", "C1234567", "", std::nullopt},
                              Identifier{"Phone", "12", "", std::nullopt}};
         },
         "person.identifiers[1].value"},
        {[](Person& p) { p.identifiers = {Identifier{"Fax", "123", "", std::nullopt}}; }, "person.identifiers[0].type"},
        {[](Person& p) {
             p.identifiers = {Identifier{"Passport", "C1234567", "", std::string("ZZZ")}};
         },
         "person.identifiers[0].issuingCountry"},
    };
    for (const auto& b : bad) {
        Person p = makePerson();
        b.spoil(p);
        auto r = ws->persons.create(p);
        ASSERT_FALSE(r.ok()) << b.field;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << b.field;
        EXPECT_EQ(r.error().field, b.field);
    }
    EXPECT_EQ(rows("person"), 0);
    EXPECT_EQ(rows("identifier"), 0);
}

TEST_F(PersonServiceTest, UpdateReplacesChildrenAndDetectsConflicts) {
    Person p = makePerson();
    p.identifiers = {Identifier{"Phone", "0812 1111 2222", "", std::nullopt}};
    auto stored = must(ws->persons.create(p));
    Person edit = stored;
    edit.familyName = "Lestari-Putri";
    edit.identifiers = {Identifier{"Passport", "B 765 4321", "", std::string("IDN")}};
    auto updated = must(ws->persons.update(edit));
    EXPECT_EQ(updated.meta.version, 2);
    ASSERT_EQ(updated.identifiers.size(), 1u);
    EXPECT_EQ(updated.identifiers[0].normalized, "B7654321");
    EXPECT_TRUE(must(ws->persons.findByIdentifier("Phone", "0812 1111 2222", std::string("IDN"))).empty());

    auto stale = ws->persons.update(stored);  // still version 1
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(must(ws->persons.get(stored.meta.uuid)).familyName, "Lestari-Putri");
}

TEST_F(PersonServiceTest, FirstCitizenshipGivesNationalPhonesTheirCountryAcrossSaves) {
    Person p = makePerson("Siti", "binti Ahmad");
    p.citizenships = {"MYS", "IDN"};  // entered in this order; alphabetically IDN would come first
    p.jobTitle = "Recruitment officer";
    p.identifiers = {Identifier{"Phone", "012-345 6789", "", std::nullopt}};
    auto stored = must(ws->persons.create(p));
    auto loaded = must(ws->persons.get(stored.meta.uuid));
    EXPECT_EQ(loaded.citizenships, (std::vector<std::string>{"MYS", "IDN"}));
    EXPECT_EQ(loaded.jobTitle, "Recruitment officer");
    ASSERT_EQ(loaded.identifiers.size(), 1u);
    EXPECT_EQ(loaded.identifiers[0].normalized, "+60123456789");
    auto resaved = must(ws->persons.update(loaded));
    EXPECT_EQ(resaved.identifiers[0].normalized, "+60123456789");
}

TEST_F(PersonServiceTest, FindByNameMatchesNamesAndAliasesInAnyScript) {
    Person a = makePerson("Nguyễn Thị", "Hoa");
    a.citizenships = {"VNM"};
    auto hoa = must(ws->persons.create(a));
    Person b = makePerson("Aung Ko", "");
    b.aliases = {Alias{"အောင်ကို", "Mymr", "Aung Ko"}};
    auto aung = must(ws->persons.create(b));

    auto byAccentless = must(ws->persons.findByName("nguyen hoa"));
    ASSERT_EQ(byAccentless.size(), 1u);
    EXPECT_EQ(byAccentless[0].uuid, hoa.meta.uuid);

    auto byScript = must(ws->persons.findByName("အောင်ကို"));
    ASSERT_EQ(byScript.size(), 1u);
    EXPECT_EQ(byScript[0].uuid, aung.meta.uuid);
    EXPECT_EQ(byScript[0].matchedOn, "alias");

    EXPECT_EQ(must(ws->persons.findByName("Aun")).size(), 1u);  // prefix, as the user types
    EXPECT_TRUE(must(ws->persons.findByName("Zzyzx")).empty());
}

TEST_F(PersonServiceTest, AVictimIsMaskedUntilRevealedWithAReason) {
    Person p = makePerson("Ayu", "Kartika");
    p.birthDate = "2001-07-09";
    p.estimatedAge = 24;
    p.street = "Jl. Melati 7";
    p.city = "Cirebon";
    p.latitude = -6.7;
    p.longitude = 108.5;
    p.aliases = {Alias{"Yuyu", "Latn", ""}};
    p.identifiers = {Identifier{"Phone", "0813 9999 0001", "", std::nullopt}};
    const Person ayu = must(ws->persons.create(p));
    // Not yet a victim anywhere: nothing to mask.
    EXPECT_FALSE(must(ws->persons.get(ayu.meta.uuid)).identityMasked);

    const Case c = must(ws->cases.create(makeCase()));
    must(ws->cases.addParty(c.meta.uuid, ayu.meta.uuid, "Victim"));
    const Person masked = must(ws->persons.get(ayu.meta.uuid));
    EXPECT_TRUE(masked.identityMasked);
    EXPECT_EQ(masked.displayName(), kMaskedName);
    EXPECT_EQ(masked.givenNames, kMaskedName);
    EXPECT_TRUE(masked.familyName.empty());
    EXPECT_TRUE(masked.aliases.empty());
    EXPECT_FALSE(masked.birthDate.has_value());
    EXPECT_TRUE(masked.identifiers.empty());
    EXPECT_TRUE(masked.street.empty());
    EXPECT_TRUE(masked.city.empty());
    EXPECT_FALSE(masked.latitude.has_value());
    // What support work needs without the identity stays.
    EXPECT_EQ(masked.sex, "Female");
    EXPECT_EQ(masked.estimatedAge, 24);
    EXPECT_EQ(masked.citizenships, std::vector<std::string>{"IDN"});
    EXPECT_EQ(masked.meta.uuid, ayu.meta.uuid);
    EXPECT_EQ(masked.meta.version, ayu.meta.version);

    const Person whole = must(ws->persons.reveal(ayu.meta.uuid, "arranging the shelter transfer"));
    EXPECT_FALSE(whole.identityMasked);
    EXPECT_EQ(whole.displayName(), "Ayu Kartika");
    EXPECT_EQ(whole.birthDate, "2001-07-09");
    ASSERT_EQ(whole.identifiers.size(), 1u);
    EXPECT_EQ(whole.identifiers[0].normalized, "+6281399990001");
    EXPECT_EQ(whole.city, "Cirebon");

    for (const std::string empty : {"", "   "}) {
        auto noReason = ws->persons.reveal(ayu.meta.uuid, empty);
        ASSERT_FALSE(noReason.ok());
        EXPECT_EQ(noReason.error().code, ErrorCode::Validation);
        EXPECT_EQ(noReason.error().field, "reveal.reason");
    }
    auto nobody = ws->persons.reveal("00000000-0000-4000-8000-000000000000", "checking");
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, ErrorCode::NotFound);
}

TEST_F(PersonServiceTest, AMaskedPersonCannotBeSavedOverTheRealOne) {
    Person p = makePerson("Ayu", "Kartika");
    p.identifiers = {Identifier{"Phone", "0813 9999 0002", "", std::nullopt}};
    const Person ayu = must(ws->persons.create(p));
    const Case c = must(ws->cases.create(makeCase()));
    must(ws->cases.addParty(c.meta.uuid, ayu.meta.uuid, "Victim"));

    Person masked = must(ws->persons.get(ayu.meta.uuid));
    masked.education = "UpperSecondaryEducation";
    auto refused = ws->persons.update(masked);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_EQ(refused.error().field, "person.identityMasked");
    auto asNew = ws->persons.create(masked);
    ASSERT_FALSE(asNew.ok());
    EXPECT_EQ(asNew.error().code, ErrorCode::Refused);

    // Edited from the revealed record, it saves, and the identity is intact.
    Person whole = must(ws->persons.reveal(ayu.meta.uuid, "correcting the education level"));
    whole.education = "UpperSecondaryEducation";
    const Person saved = must(ws->persons.update(whole));
    EXPECT_FALSE(saved.identityMasked);
    EXPECT_EQ(saved.familyName, "Kartika");
    EXPECT_EQ(must(ws->persons.reveal(ayu.meta.uuid, "check")).identifiers.size(), 1u);
    EXPECT_EQ(must(ws->persons.get(ayu.meta.uuid)).education, "UpperSecondaryEducation");
}

TEST_F(PersonServiceTest, LookUpsShowVictimsWithoutTheirNames) {
    Person v = makePerson("Ayu", "Kartika");
    v.identifiers = {Identifier{"Phone", "0813 9999 0003", "", std::nullopt}};
    const Person ayu = must(ws->persons.create(v));
    const Person suspect = must(ws->persons.create(makePerson("Ayu", "Suspect")));
    const Case c = must(ws->cases.create(makeCase()));
    must(ws->cases.addParty(c.meta.uuid, ayu.meta.uuid, "Victim"));
    must(ws->cases.addParty(c.meta.uuid, suspect.meta.uuid, "Suspect"));

    const auto byName = must(ws->persons.findByName("Ayu"));
    ASSERT_EQ(byName.size(), 2u);
    for (const auto& m : byName) {
        if (m.uuid == ayu.meta.uuid) {
            EXPECT_TRUE(m.masked);
            EXPECT_EQ(m.name, kMaskedName);
        } else {
            EXPECT_FALSE(m.masked);
            EXPECT_EQ(m.name, "Ayu Suspect");
        }
    }
    const auto byPhone = must(ws->persons.findByIdentifier("Phone", "0813 9999 0003", std::string("IDN")));
    ASSERT_EQ(byPhone.size(), 1u);
    EXPECT_EQ(byPhone[0].uuid, ayu.meta.uuid);
    EXPECT_TRUE(byPhone[0].masked);
    EXPECT_EQ(byPhone[0].name, kMaskedName);
    EXPECT_EQ(byPhone[0].matchedOn, "Phone");
}

}  // namespace
}  // namespace lintas
