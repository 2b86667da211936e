#include "UiTestSupport.h"
#include "cases/CaseText.h"

#include "lintas/service/CaseService.h"

#include <string>

namespace lintas::test {
namespace {

using ui::CaseText;

const std::string kToday = "2026-03-15";

TEST(CaseTextTest, ShowsTheVocabularyLabelsOfVocabText) {
    EXPECT_EQ(CaseText::tlp("AMBER+STRICT"), QStringLiteral("TLP:AMBER+STRICT"));
    EXPECT_EQ(CaseText::caseStatus("UnderInvestigation"), QStringLiteral("Under investigation"));
    EXPECT_TRUE(CaseText::handlingCode("H3").startsWith(QStringLiteral("H3")));
    EXPECT_EQ(CaseText::exploitationType("ForcedCriminality"),
              QStringLiteral("Forced criminality (e.g. online scam operations)"));
}

TEST(CaseTextTest, TlpColoursFollowFirst) {
    EXPECT_EQ(CaseText::tlpColor("RED"), QColor(0xFF, 0x2B, 0x2B));
    EXPECT_EQ(CaseText::tlpColor("AMBER"), QColor(0xFF, 0xC0, 0x00));
    EXPECT_EQ(CaseText::tlpColor("AMBER+STRICT"), QColor(0xFF, 0xC0, 0x00));
    EXPECT_EQ(CaseText::tlpColor("GREEN"), QColor(0x33, 0xFF, 0x00));
    EXPECT_EQ(CaseText::tlpColor("CLEAR"), QColor(0xFF, 0xFF, 0xFF));
}

Case validCase() {
    Case c;
    c.title = "Online job scam";
    c.status = "UnderInvestigation";
    c.openedOn = "2026-02-01";
    return c;
}

/// Every reason core gives for rejecting a case is put into our own words: if core's wording
/// changes, this fails instead of the form falling back to a general sentence.
TEST(CaseTextTest, RecognisesEveryReasonCoreGivesForACase) {
    std::vector<std::pair<const char*, Case>> broken;
    auto add = [&](const char* what, auto change) {
        Case c = validCase();
        change(c);
        broken.emplace_back(what, c);
    };
    add("empty title", [](Case& c) { c.title.clear(); });
    add("long title", [](Case& c) { c.title = std::string(301, 'a'); });
    add("control character", [](Case& c) { c.summary = std::string("a\x01z"); });
    add("unknown status", [](Case& c) { c.status = "Nope"; });
    add("empty status", [](Case& c) { c.status.clear(); });
    add("unknown form", [](Case& c) { c.exploitationForms = {"Nope"}; });
    add("form twice", [](Case& c) { c.exploitationForms = {"ForcedLabour", "ForcedLabour"}; });
    add("unknown country", [](Case& c) { c.countries = {"XXX"}; });
    add("country twice", [](Case& c) { c.countries = {"IDN", "IDN"}; });
    add("bad date", [](Case& c) { c.openedOn = "2026-02-30"; });
    add("future date", [](Case& c) { c.openedOn = "2026-12-01"; });
    add("closed before opened", [](Case& c) {
        c.status = "Closed";
        c.closedOn = "2026-01-01";
    });
    add("closed date, open status", [](Case& c) { c.closedOn = "2026-03-01"; });
    add("unknown tlp", [](Case& c) { c.tlp = "BLUE"; });
    add("unknown handling code", [](Case& c) { c.handlingCode = "H9"; });
    add("unknown referral reason", [](Case& c) { c.incomingReferralReason = "Nope"; });
    add("bad reference", [](Case& c) { c.reference = "idn 1"; });
    add("long reference", [](Case& c) { c.reference = std::string(65, 'A'); });
    for (const auto& [what, c] : broken) {
        const Status verdict = CaseService::validate(c, kToday);
        ASSERT_FALSE(verdict.ok()) << what;
        EXPECT_TRUE(CaseText::knowsReason(verdict.error()))
            << what << ": " << verdict.error().field << " " << verdict.error().detail;
        EXPECT_FALSE(CaseText::fieldLabel(verdict.error().field).startsWith(QStringLiteral("case.")))
            << what << ": " << verdict.error().field;
    }
    EXPECT_TRUE(CaseService::validate(validCase(), kToday).ok());
}

TEST(CaseTextTest, WordsTheProblemForTheUser) {
    Case c = validCase();
    c.countries = {"IDN", "IDN"};
    const Status verdict = CaseService::validate(c, kToday);
    ASSERT_FALSE(verdict.ok());
    EXPECT_EQ(CaseText::problem(verdict.error()), QStringLiteral("“IDN” is listed twice."));
    c = validCase();
    c.title = std::string(301, 'a');
    EXPECT_EQ(CaseText::problem(CaseService::validate(c, kToday).error()),
              QStringLiteral("This text is too long (at most 300 bytes)."));
}

}  // namespace
}  // namespace lintas::test
