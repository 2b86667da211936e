#include "UiTestSupport.h"
#include "common/VocabText.h"

#include "lintas/domain/Vocabulary.h"

#include <set>
#include <string_view>
#include <utility>

namespace lintas::test {
namespace {

using ui::VocabText;
using vocab::List;

/// Every list a page shows. A list that joins a page belongs here, so that its labels are checked.
constexpr List kShownLists[] = {
    List::OrganisationType, List::Sex, List::Gender, List::TraffickingStatus, List::DecisionMakingOrg,
    List::RelationshipToTrafficker, List::WebsiteOrApp, List::RecruitmentMethod, List::ControlMethod,
    List::ExploitationType, List::ForcedLabourIndustry, List::SexExploitationType, List::IdentificationMethod,
    List::RoleInProcess, List::ArrestStatus, List::ChargeStatus, List::ProsecutionStatus, List::CaseStatus,
    List::ReferralReason, List::JourneyEventType, List::MeansOfTravel, List::ServiceType, List::ReferralStatus,
    List::Tlp, List::HandlingCode, List::PersonRole, List::IdentifierType, List::RelationshipType,
    List::SourceReliability, List::InformationCredibility, List::NoteKind,
};

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

TEST(VocabTextTest, EveryCodeOfEveryShownListHasItsOwnLabel) {
    for (const List list : kShownLists) {
        for (const vocab::Term& term : vocab::terms(list)) {
            SCOPED_TRACE(std::string(vocab::listName(list)) + ": " + std::string(term.code));
            EXPECT_TRUE(VocabText::hasEntry(list, term.code));
            const QString label = VocabText::label(list, term.code);
            EXPECT_FALSE(label.isEmpty());
            // The raw code only where it is itself the English word ("Other", "WeChat").
            if (label == qs(term.code))
                EXPECT_EQ(term.label, term.code);
            EXPECT_FALSE(VocabText::shortLabel(list, term.code).isEmpty());
        }
    }
}

TEST(VocabTextTest, IndonesianLabelsDifferFromEnglish) {
    // Names that Indonesian writes as English does.
    const std::set<std::pair<List, std::string_view>> kSameInBoth = {
        {List::JourneyEventType, "Transit"},
        {List::MeansOfTravel, "Bus"},
    };
    std::vector<std::pair<QString, QString>> english;
    for (const List list : kShownLists)
        for (const vocab::Term& term : vocab::terms(list))
            english.emplace_back(VocabText::label(list, term.code), VocabText::shortLabel(list, term.code));

    ScopedTranslation indonesian(QStringLiteral("id"));
    ASSERT_TRUE(indonesian.loaded());
    auto englishLabel = english.cbegin();
    for (const List list : kShownLists) {
        for (const vocab::Term& term : vocab::terms(list)) {
            SCOPED_TRACE(std::string(vocab::listName(list)) + ": " + std::string(term.code));
            const auto& [label, shortLabel] = *englishLabel++;
            // TLP labels are the same in every language (FIRST TLP 2.0); apps keep their brand names.
            const bool brandName = list == List::WebsiteOrApp && term.code != "Other";
            const bool sameInBoth = list == List::Tlp || brandName || kSameInBoth.contains({list, term.code});
            EXPECT_EQ(VocabText::label(list, term.code) == label, sameInBoth);
            EXPECT_EQ(VocabText::shortLabel(list, term.code) == shortLabel, sameInBoth);
        }
    }
    EXPECT_EQ(VocabText::label(List::Tlp, "AMBER+STRICT"), QStringLiteral("TLP:AMBER+STRICT"));
    EXPECT_EQ(VocabText::label(List::ServiceType, "Legal"), QStringLiteral("Bantuan hukum"));
    EXPECT_EQ(VocabText::shortLabel(List::ServiceType, "Legal"), QStringLiteral("Hukum"));
    EXPECT_TRUE(VocabText::gradeToolTip("B", "2").startsWith(QStringLiteral("Sumber: B – ")));
}

TEST(VocabTextTest, ShortLabelsShortenOnlyWhereAChartNeedsIt) {
    EXPECT_EQ(VocabText::label(List::ServiceType, "Legal"), QStringLiteral("Legal aid"));
    EXPECT_EQ(VocabText::shortLabel(List::ServiceType, "Legal"), QStringLiteral("Legal"));
    EXPECT_EQ(VocabText::label(List::ExploitationType, "ForcedCriminality"),
              QStringLiteral("Forced criminality (e.g. online scam operations)"));
    EXPECT_EQ(VocabText::shortLabel(List::ExploitationType, "ForcedCriminality"),
              QStringLiteral("Forced criminality (scams)"));
    EXPECT_EQ(VocabText::shortLabel(List::CaseStatus, "UnderInvestigation"), QStringLiteral("Under investigation"));
}

TEST(VocabTextTest, ShowsUnknownCodesRatherThanHidingThem) {
    // A code from a partner's newer vocabulary is shown as it is.
    EXPECT_EQ(VocabText::label(List::CaseStatus, "Archived"), QStringLiteral("Archived"));
    EXPECT_EQ(VocabText::shortLabel(List::ServiceType, "SomethingNew"), QStringLiteral("SomethingNew"));
    EXPECT_FALSE(VocabText::hasEntry(List::CaseStatus, "Archived"));
    // A list no page shows yet falls back to core's English label.
    const vocab::Term& single = vocab::terms(List::MaritalStatus).front();
    EXPECT_EQ(VocabText::label(List::MaritalStatus, single.code), qs(single.label));
}

TEST(VocabTextTest, OffersTheChoicesInCoreOrder) {
    const auto choices = VocabText::choices(List::ReferralStatus);
    const auto terms = vocab::terms(List::ReferralStatus);
    ASSERT_EQ(choices.size(), terms.size());
    for (std::size_t i = 0; i < terms.size(); ++i) {
        EXPECT_EQ(choices[i].first, qs(terms[i].code));
        EXPECT_EQ(choices[i].second, VocabText::label(List::ReferralStatus, terms[i].code));
    }
}

TEST(VocabTextTest, WritesAndExplainsAGrade) {
    EXPECT_EQ(VocabText::grade("B", "2"), QStringLiteral("B2"));
    EXPECT_EQ(VocabText::gradeToolTip("X", "4"),
              QStringLiteral("Source: X – reliability cannot be assessed\n"
                             "Information: 4 – not known personally to the source and cannot be corroborated"));
}

}  // namespace
}  // namespace lintas::test
