#include "lintas/domain/Normalize.h"

#include <gtest/gtest.h>

namespace lintas {
namespace {

std::string phoneOf(const std::string& input, std::optional<std::string> country = std::nullopt) {
    auto r = normalize::phone(input, country);
    return r ? *r : "error: " + r.error().detail;
}

TEST(NormalizeTest, PhonesBecomeE164) {
    EXPECT_EQ(phoneOf("+62 812-3456-7890"), "+6281234567890");
    EXPECT_EQ(phoneOf("0812 3456 7890", "IDN"), "+6281234567890");
    EXPECT_EQ(phoneOf("0062 812 3456 7890"), "+6281234567890");
    EXPECT_EQ(phoneOf("+62 (0)812 3456 7890"), "+6281234567890");
    EXPECT_EQ(phoneOf("081-234-5678", "THA"), "+66812345678");
    EXPECT_EQ(phoneOf("012 345 678", "KHM"), "+85512345678");
    EXPECT_EQ(phoneOf("09 123 456 789", "MMR"), "+959123456789");
}

TEST(NormalizeTest, MalformedPhonesAreRefused) {
    EXPECT_FALSE(normalize::phone("0812 3456 7890", std::nullopt).ok());  // national without country
    EXPECT_FALSE(normalize::phone("+62 812 abc", std::nullopt).ok());
    EXPECT_FALSE(normalize::phone("+62 12", std::nullopt).ok());           // too short
    EXPECT_FALSE(normalize::phone("+62 1234 5678 9012 3456", std::nullopt).ok());  // too long
    EXPECT_FALSE(normalize::phone("12+345678901", std::nullopt).ok());
}

TEST(NormalizeTest, DocumentNumbersUpperCaseWithoutSpaces) {
    EXPECT_EQ(*normalize::documentNumber(" c 123-4567 "), "C1234567");
    EXPECT_FALSE(normalize::documentNumber("A#1234").ok());
    EXPECT_FALSE(normalize::documentNumber("1").ok());
}

TEST(NormalizeTest, EmailAndHandles) {
    EXPECT_EQ(*normalize::email("  Dewi.Lestari@Example.ORG "), "dewi.lestari@example.org");
    EXPECT_FALSE(normalize::email("dewi@@example.org").ok());
    EXPECT_FALSE(normalize::email("dewi@example").ok());
    EXPECT_EQ(normalize::handle(" @Rekrut_Kerja "), "rekrut_kerja");
}

TEST(NormalizeTest, IdentifierErrorsNameTheField) {
    auto r = normalize::identifier("Phone", "08123", std::nullopt, "person.identifiers[1].value");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "person.identifiers[1].value");
    EXPECT_EQ(*normalize::identifier("Passport", "aa 123 4567", std::nullopt, "f"), "AA1234567");
    EXPECT_EQ(*normalize::identifier("CryptoWallet", " TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE ", std::nullopt, "f"),
              "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE");
}

TEST(NormalizeTest, CleanTextRejectsBrokenUtf8AndControls) {
    EXPECT_TRUE(normalize::isCleanText("Nguyễn Thị Hoa"));
    EXPECT_TRUE(normalize::isCleanText("สมชาย ใจดี"));
    EXPECT_TRUE(normalize::isCleanText("line one\nline two\ttab"));
    EXPECT_FALSE(normalize::isCleanText(std::string("bad\xC3", 4)));
    EXPECT_FALSE(normalize::isCleanText(std::string("nul\0x", 5)));
    EXPECT_FALSE(normalize::isCleanText("\xC0\xAF"));          // overlong '/'
    EXPECT_FALSE(normalize::isCleanText("\xED\xA0\x80"));      // surrogate
}

}  // namespace
}  // namespace lintas
