#include "lintas/domain/Geo.h"

#include <algorithm>
#include <cstddef>
#include <gtest/gtest.h>
#include <set>
#include <string_view>

using lintas::geo::Country;
using lintas::geo::Language;

namespace {

bool allOf(std::string_view s, char lo, char hi) {
    return std::all_of(s.begin(), s.end(), [lo, hi](char c) { return c >= lo && c <= hi; });
}

std::string_view callingCode(std::string_view alpha3) {
    const Country* country = lintas::geo::countryByAlpha3(alpha3);
    return country != nullptr ? country->callingCode : std::string_view{"<unknown country>"};
}

} // namespace

TEST(GeoTest, AllOfficiallyAssignedCountriesSortedByAlpha3) {
    const auto countries = lintas::geo::countries();
    ASSERT_EQ(countries.size(), 249U);
    for (std::size_t i = 1; i < countries.size(); ++i) {
        EXPECT_LT(countries[i - 1].alpha3, countries[i].alpha3) << countries[i].alpha3;
    }
    EXPECT_EQ(countries.front().alpha3, "ABW");
    EXPECT_EQ(countries.back().alpha3, "ZWE");
}

TEST(GeoTest, CountryFieldsAreWellFormed) {
    std::set<std::string_view> alpha2s;
    for (const Country& c : lintas::geo::countries()) {
        EXPECT_EQ(c.alpha3.size(), 3U) << c.alpha3;
        EXPECT_TRUE(allOf(c.alpha3, 'A', 'Z')) << c.alpha3;
        EXPECT_EQ(c.alpha2.size(), 2U) << c.alpha3;
        EXPECT_TRUE(allOf(c.alpha2, 'A', 'Z')) << c.alpha3;
        EXPECT_TRUE(alpha2s.insert(c.alpha2).second) << "duplicate alpha-2 " << c.alpha2;
        EXPECT_FALSE(c.name.empty()) << c.alpha3;
        EXPECT_LE(c.callingCode.size(), 3U) << c.alpha3;
        EXPECT_TRUE(allOf(c.callingCode, '0', '9')) << c.alpha3;
        if (!c.callingCode.empty()) {
            EXPECT_NE(c.callingCode.front(), '0') << c.alpha3;
        }
    }
}

TEST(GeoTest, EveryCountryIsFoundByItsOwnCode) {
    for (const Country& c : lintas::geo::countries()) {
        EXPECT_EQ(lintas::geo::countryByAlpha3(c.alpha3), &c) << c.alpha3;
        EXPECT_TRUE(lintas::geo::isCountryCode(c.alpha3));
    }
}

TEST(GeoTest, SouthEastAsianCountries) {
    const Country* idn = lintas::geo::countryByAlpha3("IDN");
    ASSERT_NE(idn, nullptr);
    EXPECT_EQ(idn->alpha2, "ID");
    EXPECT_EQ(idn->name, "Indonesia");
    EXPECT_EQ(idn->callingCode, "62");
    EXPECT_EQ(callingCode("KHM"), "855");
    EXPECT_EQ(callingCode("MMR"), "95");
    EXPECT_EQ(callingCode("LAO"), "856");
    EXPECT_EQ(callingCode("THA"), "66");
    EXPECT_EQ(callingCode("VNM"), "84");
    EXPECT_EQ(callingCode("MYS"), "60");
    EXPECT_EQ(callingCode("PHL"), "63");
    EXPECT_EQ(callingCode("SGP"), "65");
    EXPECT_EQ(callingCode("BRN"), "673");
    EXPECT_EQ(callingCode("TLS"), "670");
    EXPECT_EQ(callingCode("CHN"), "86");
    EXPECT_EQ(callingCode("TWN"), "886");
    EXPECT_EQ(callingCode("HKG"), "852");
    EXPECT_EQ(callingCode("MAC"), "853");
    EXPECT_EQ(lintas::geo::countryByAlpha3("KHM")->alpha2, "KH");
    EXPECT_EQ(lintas::geo::countryByAlpha3("MMR")->alpha2, "MM");
    EXPECT_EQ(lintas::geo::countryByAlpha3("LAO")->alpha2, "LA");
}

TEST(GeoTest, SharedAndMissingCallingCodes) {
    EXPECT_EQ(callingCode("USA"), "1");
    EXPECT_EQ(callingCode("CAN"), "1");
    EXPECT_EQ(callingCode("PRI"), "1");
    EXPECT_EQ(callingCode("RUS"), "7");
    EXPECT_EQ(callingCode("KAZ"), "7");
    EXPECT_EQ(callingCode("GBR"), "44");
    EXPECT_EQ(callingCode("JEY"), "44");
    EXPECT_EQ(callingCode("AUS"), "61");
    EXPECT_EQ(callingCode("CXR"), "61");
    EXPECT_EQ(callingCode("REU"), "262");
    EXPECT_EQ(callingCode("MYT"), "262");
    EXPECT_EQ(callingCode("NLD"), "31");
    EXPECT_EQ(callingCode("BES"), "599");
    EXPECT_EQ(callingCode("CUW"), "599");
    EXPECT_EQ(callingCode("EGY"), "20");
    EXPECT_EQ(callingCode("ZAF"), "27");
    EXPECT_EQ(callingCode("ARE"), "971");
    EXPECT_EQ(callingCode("SAU"), "966");
    EXPECT_EQ(callingCode("IND"), "91");
    EXPECT_EQ(callingCode("JPN"), "81");
    EXPECT_EQ(callingCode("KOR"), "82");
    EXPECT_EQ(callingCode("PRK"), "850");
    EXPECT_EQ(callingCode("ATA"), "");
    EXPECT_EQ(callingCode("BVT"), "");
    EXPECT_EQ(callingCode("HMD"), "");
    const auto withoutCode = std::count_if(lintas::geo::countries().begin(), lintas::geo::countries().end(),
                                           [](const Country& c) { return c.callingCode.empty(); });
    EXPECT_EQ(withoutCode, 5); // ATA, ATF, BVT, HMD, UMI
}

TEST(GeoTest, CountryLookupIsExact) {
    EXPECT_EQ(lintas::geo::countryByAlpha3("XYZ"), nullptr);
    EXPECT_EQ(lintas::geo::countryByAlpha3("idn"), nullptr);
    EXPECT_EQ(lintas::geo::countryByAlpha3("Idn"), nullptr);
    EXPECT_EQ(lintas::geo::countryByAlpha3("ID"), nullptr); // alpha-2 is not accepted
    EXPECT_EQ(lintas::geo::countryByAlpha3("IDNX"), nullptr);
    EXPECT_EQ(lintas::geo::countryByAlpha3(" IDN"), nullptr);
    EXPECT_EQ(lintas::geo::countryByAlpha3(""), nullptr);
    EXPECT_EQ(lintas::geo::countryByAlpha3("AAA"), nullptr); // before the first entry
    EXPECT_EQ(lintas::geo::countryByAlpha3("ZZZ"), nullptr); // after the last entry
    EXPECT_EQ(lintas::geo::countryByAlpha3("XKX"), nullptr); // Kosovo: user-assigned, not ISO 3166-1
    EXPECT_FALSE(lintas::geo::isCountryCode("XYZ"));
    EXPECT_TRUE(lintas::geo::isCountryCode("TWN"));
}

TEST(GeoTest, LanguagesAreSortedAndWellFormed) {
    const auto languages = lintas::geo::languages();
    ASSERT_FALSE(languages.empty());
    std::set<std::string_view> alpha2s;
    std::size_t withAlpha2 = 0;
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const Language& l = languages[i];
        if (i > 0) {
            EXPECT_LT(languages[i - 1].alpha3, l.alpha3);
        }
        EXPECT_EQ(l.alpha3.size(), 3U) << l.alpha3;
        EXPECT_TRUE(allOf(l.alpha3, 'a', 'z')) << l.alpha3;
        EXPECT_FALSE(l.name.empty()) << l.alpha3;
        if (!l.alpha2.empty()) {
            ++withAlpha2;
            EXPECT_EQ(l.alpha2.size(), 2U) << l.alpha3;
            EXPECT_TRUE(allOf(l.alpha2, 'a', 'z')) << l.alpha3;
            EXPECT_TRUE(alpha2s.insert(l.alpha2).second) << "duplicate 639-1 code " << l.alpha2;
        }
        EXPECT_EQ(lintas::geo::languageByCode(l.alpha3), &l) << l.alpha3;
        if (!l.alpha2.empty()) {
            EXPECT_EQ(lintas::geo::languageByCode(l.alpha2), &l) << l.alpha2;
        }
    }
    EXPECT_EQ(withAlpha2, 184U); // every ISO 639-1 code
}

TEST(GeoTest, LanguagesOfTheRegionAreAccepted) {
    for (const std::string_view code :
         {"id", "ind", "th", "tha", "km", "khm", "my", "mya", "lo",  "lao", "vi",  "vie", "ms",  "msa", "fil",
          "tl", "tgl", "en", "eng", "zh", "zho", "jv", "jav", "hmn", "shn", "kac", "mnw", "ceb", "tet"}) {
        EXPECT_TRUE(lintas::geo::isLanguageCode(code)) << code;
    }
    const Language* id = lintas::geo::languageByCode("id");
    ASSERT_NE(id, nullptr);
    EXPECT_EQ(id, lintas::geo::languageByCode("ind"));
    EXPECT_EQ(id->alpha3, "ind");
    EXPECT_EQ(id->name, "Indonesian");
    const Language* my = lintas::geo::languageByCode("my");
    ASSERT_NE(my, nullptr);
    EXPECT_EQ(my->alpha3, "mya");
    EXPECT_EQ(my->name, "Burmese");
    const Language* km = lintas::geo::languageByCode("km");
    ASSERT_NE(km, nullptr);
    EXPECT_EQ(km->alpha3, "khm");
    EXPECT_EQ(km->name, "Khmer");
    const Language* fil = lintas::geo::languageByCode("fil");
    ASSERT_NE(fil, nullptr);
    EXPECT_TRUE(fil->alpha2.empty());
    EXPECT_EQ(fil->name, "Filipino");
    const Language* tl = lintas::geo::languageByCode("tl");
    ASSERT_NE(tl, nullptr);
    EXPECT_EQ(tl->alpha3, "tgl");
    EXPECT_NE(tl, fil); // Tagalog and Filipino are distinct codes
}

TEST(GeoTest, UnknownLanguagesAreRejected) {
    for (const std::string_view code :
         {"zz", "zzz", "", "e", "engl", "ID", "Ind", "EN", " en", "bur", "ger", "fre", "chi"}) {
        EXPECT_FALSE(lintas::geo::isLanguageCode(code)) << '"' << code << '"'; // bibliographic codes too
    }
    EXPECT_EQ(lintas::geo::languageByCode("zz"), nullptr);
}
