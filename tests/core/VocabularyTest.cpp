#include "lintas/domain/Vocabulary.h"

#include <algorithm>
#include <cstddef>
#include <gtest/gtest.h>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using lintas::vocab::List;
using lintas::vocab::Term;

namespace {

std::vector<std::string_view> codesOf(List list) {
    std::vector<std::string_view> codes;
    for (const Term& term : lintas::vocab::terms(list))
        codes.push_back(term.code);
    return codes;
}

std::vector<std::string_view> extensionCodesOf(List list) {
    std::vector<std::string_view> codes;
    for (const Term& term : lintas::vocab::terms(list)) {
        if (term.extension)
            codes.push_back(term.code);
    }
    return codes;
}

std::vector<std::string_view> htcdsCodesOf(List list) {
    std::vector<std::string_view> codes;
    for (const Term& term : lintas::vocab::terms(list)) {
        if (!term.extension)
            codes.push_back(term.code);
    }
    return codes;
}

using Codes = std::vector<std::string_view>;

} // namespace

TEST(VocabularyTest, AllListsAreInDeclarationOrder) {
    const auto lists = lintas::vocab::allLists();
    ASSERT_EQ(lists.size(), static_cast<std::size_t>(List::ConsentScope) + 1);
    EXPECT_EQ(lists.size(), 35U);
    for (std::size_t i = 0; i < lists.size(); ++i) {
        EXPECT_EQ(lists[i], static_cast<List>(i)) << "position " << i;
    }
    EXPECT_EQ(lists.front(), List::OrganisationType);
    EXPECT_EQ(lists.back(), List::ConsentScope);
}

TEST(VocabularyTest, EveryListIsNonEmptyWithLabels) {
    for (const List list : lintas::vocab::allLists()) {
        const auto name = lintas::vocab::listName(list);
        EXPECT_FALSE(lintas::vocab::terms(list).empty()) << name;
        for (const Term& term : lintas::vocab::terms(list)) {
            EXPECT_FALSE(term.label.empty()) << name << ": " << term.code;
        }
    }
}

TEST(VocabularyTest, LabelsHaveNoSurroundingWhitespace) {
    const std::string_view nbsp = "\xC2\xA0";
    for (const List list : lintas::vocab::allLists()) {
        for (const Term& term : lintas::vocab::terms(list)) {
            ASSERT_FALSE(term.label.empty());
            EXPECT_NE(term.label.front(), ' ') << term.code;
            EXPECT_NE(term.label.back(), ' ') << term.code;
            EXPECT_EQ(term.label.find('\n'), std::string_view::npos) << term.code;
            EXPECT_EQ(term.label.find(nbsp), std::string_view::npos) << term.code;
        }
    }
}

TEST(VocabularyTest, NoListHasDuplicateCodes) {
    for (const List list : lintas::vocab::allLists()) {
        std::set<std::string_view> seen;
        for (const Term& term : lintas::vocab::terms(list)) {
            EXPECT_TRUE(seen.insert(term.code).second) << lintas::vocab::listName(list) << " repeats " << term.code;
        }
    }
}

TEST(VocabularyTest, CodesAreNonEmptyPrintableAsciiWithoutSpaces) {
    for (const List list : lintas::vocab::allLists()) {
        for (const Term& term : lintas::vocab::terms(list)) {
            EXPECT_FALSE(term.code.empty()) << lintas::vocab::listName(list);
            for (const char c : term.code) {
                const auto u = static_cast<unsigned char>(c);
                EXPECT_TRUE(u > 0x20 && u < 0x7F)
                    << lintas::vocab::listName(list) << ": code " << term.code << " has byte " << int{u};
            }
        }
    }
}

TEST(VocabularyTest, ListNamesAreUniqueKebabCase) {
    std::set<std::string_view> seen;
    for (const List list : lintas::vocab::allLists()) {
        const auto name = lintas::vocab::listName(list);
        ASSERT_FALSE(name.empty());
        EXPECT_TRUE(seen.insert(name).second) << name;
        EXPECT_NE(name.front(), '-');
        EXPECT_NE(name.back(), '-');
        for (const char c : name)
            EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << name;
    }
    EXPECT_EQ(lintas::vocab::listName(List::CaseStatus), "case-status");
    EXPECT_EQ(lintas::vocab::listName(List::OrganisationType), "organisation-type");
    EXPECT_EQ(lintas::vocab::listName(List::WebsiteOrApp), "website-or-app");
    EXPECT_EQ(lintas::vocab::listName(List::InformationCredibility), "information-credibility");
    EXPECT_EQ(lintas::vocab::listName(List::Tlp), "tlp");
    EXPECT_EQ(lintas::vocab::listName(List::DecisionMakingOrg), "decision-making-org");
    EXPECT_EQ(lintas::vocab::listName(List::ConsentScope), "consent-scope");
}

TEST(VocabularyTest, HtcdsFieldsNameTheStandard) {
    struct Expected {
        List list;
        std::string_view field;
    };
    const Expected expected[] = {
        {List::OrganisationType, "org_Type"},
        {List::Gender, "prs_Gender"},
        {List::MaritalStatus, "prs_MaritalStatus"},
        {List::Education, "prs_HighestLevelOfEducation"},
        {List::TraffickingStatus, "vic_TraffickingStatus"},
        {List::DecisionMakingOrg, "vic_TraffickingStatusDecisionMakingOrg"},
        {List::RelationshipToTrafficker, "vic_RelationshipToTrafficker"},
        {List::WebsiteOrApp, "vic_RecruitmentWebsitesAndApps"},
        {List::RecruitmentMethod, "vic_MethodOfRecruitment"},
        {List::ControlMethod, "vic_MethodsOfControl"},
        {List::ExploitationType, "vic_TypeOfExploitation"},
        {List::ForcedLabourIndustry, "vic_ForcedLabourIndustry"},
        {List::SexExploitationType, "vic_TypeOfSexExploitation"},
        {List::RoleInProcess, "per_RoleInProcess"},
        {List::CaseStatus, "cas_Status"},
        {List::ReferralReason, "cas_ReasonForIncomingReferral"},
        {List::JourneyEventType, "hte_Type"},
        {List::ServiceType, "spl_Type"},
    };
    std::set<List> backed;
    for (const auto& [list, field] : expected) {
        EXPECT_EQ(lintas::vocab::htcdsField(list), field) << lintas::vocab::listName(list);
        backed.insert(list);
    }
    for (const List list : lintas::vocab::allLists()) {
        if (backed.count(list) == 0) {
            EXPECT_TRUE(lintas::vocab::htcdsField(list).empty()) << lintas::vocab::listName(list);
        }
    }
}

TEST(VocabularyTest, ExtensionFlagsMatchTheStandard) {
    for (const List list : lintas::vocab::allLists()) {
        const auto name = lintas::vocab::listName(list);
        const auto terms = lintas::vocab::terms(list);
        if (lintas::vocab::htcdsField(list).empty()) {
            // A pure Lintas list has no HTCDS values.
            for (const Term& term : terms)
                EXPECT_TRUE(term.extension) << name << ": " << term.code;
        } else {
            // HTCDS values first, in the standard's order, then Lintas extensions.
            ASSERT_FALSE(terms.empty());
            EXPECT_FALSE(terms.front().extension) << name;
            bool inExtensions = false;
            for (const Term& term : terms) {
                if (term.extension)
                    inExtensions = true;
                EXPECT_FALSE(inExtensions && !term.extension)
                    << name << ": HTCDS value " << term.code << " after an extension";
            }
        }
    }
}

TEST(VocabularyTest, CaseStatusFollowsHtcdsThenExtensions) {
    EXPECT_EQ(codesOf(List::CaseStatus), (Codes{"Active", "FollowUp", "Closed", "ClosedReferred", "Reported",
                                                "UnderInvestigation", "ReferredForProsecution", "InCourt"}));
    EXPECT_EQ(htcdsCodesOf(List::CaseStatus), (Codes{"Active", "FollowUp", "Closed", "ClosedReferred"}));
    EXPECT_TRUE(lintas::vocab::contains(List::CaseStatus, "Active"));
    EXPECT_EQ(lintas::vocab::label(List::CaseStatus, "FollowUp"), "Follow Up");
    EXPECT_EQ(lintas::vocab::label(List::CaseStatus, "ClosedReferred"), "Closed Referred");
    EXPECT_EQ(lintas::vocab::label(List::CaseStatus, "UnderInvestigation"), "Under investigation");
}

TEST(VocabularyTest, LookupIsExactAndCaseSensitive) {
    EXPECT_FALSE(lintas::vocab::contains(List::CaseStatus, "active"));
    EXPECT_FALSE(lintas::vocab::contains(List::CaseStatus, "Active "));
    EXPECT_FALSE(lintas::vocab::contains(List::CaseStatus, ""));
    EXPECT_FALSE(lintas::vocab::contains(List::CaseStatus, "Follow Up")); // a label, not a code
    EXPECT_FALSE(lintas::vocab::label(List::CaseStatus, "Nonsense").has_value());
    EXPECT_FALSE(lintas::vocab::contains(List::Sex, "Feminine")); // belongs to Gender
    EXPECT_TRUE(lintas::vocab::contains(List::Gender, "Feminine"));
    EXPECT_FALSE(lintas::vocab::contains(List::Tlp, "WHITE")); // TLP 1.0 only
    EXPECT_FALSE(lintas::vocab::contains(List::Tlp, "amber"));
}

TEST(VocabularyTest, UnknownListValueIsEmpty) {
    const auto bogus = static_cast<List>(9999);
    EXPECT_TRUE(lintas::vocab::terms(bogus).empty());
    EXPECT_TRUE(lintas::vocab::listName(bogus).empty());
    EXPECT_TRUE(lintas::vocab::htcdsField(bogus).empty());
    EXPECT_FALSE(lintas::vocab::contains(bogus, "Active"));
}

TEST(VocabularyTest, ExploitationTypeAddsForcedCriminality) {
    EXPECT_EQ(htcdsCodesOf(List::ExploitationType),
              (Codes{"ForcedLabour", "SexualExploitation", "ChildLabour", "ForcedMarriage", "Servitude",
                     "ForcedMilitaryByNonStateActors", "OrganRemoval", "ForcedBegging", "ForcedAdoption", "Surrogacy",
                     "Other"}));
    EXPECT_EQ(extensionCodesOf(List::ExploitationType), (Codes{"ForcedCriminality"}));
    const auto forced = lintas::vocab::label(List::ExploitationType, "ForcedCriminality");
    ASSERT_TRUE(forced.has_value());
    EXPECT_EQ(*forced, "Forced criminality (e.g. online scam operations)");
    EXPECT_EQ(lintas::vocab::label(List::ExploitationType, "ForcedMilitaryByNonStateActors"),
              "Forced military (by non-state actors)");
}

TEST(VocabularyTest, OrganisationTypeFollowsHtcdsThenExtensions) {
    EXPECT_EQ(htcdsCodesOf(List::OrganisationType),
              (Codes{"NGO", "LawEnforcement", "HealthServiceOrganisation", "CentralGovernmentOrganisation",
                     "LocalGovernmentOrganisation", "ImmigrationService", "LegalService", "CorporateBusiness",
                     "SchoolOrCollege"}));
    EXPECT_EQ(extensionCodesOf(List::OrganisationType),
              (Codes{"RecruitmentAgency", "Employer", "ScamCompound", "ServiceProvider", "Shelter",
                     "InternationalOrganisation", "FinancialInstitution", "OnlinePlatform", "Other"}));
    EXPECT_EQ(lintas::vocab::label(List::OrganisationType, "LawEnforcement"), "Law Enforcement");
    EXPECT_EQ(lintas::vocab::label(List::OrganisationType, "SchoolOrCollege"), "School or College");
}

TEST(VocabularyTest, HtcdsPersonAndVictimListsAreVerbatim) {
    EXPECT_EQ(codesOf(List::Gender), (Codes{"Feminine", "Masculine", "TransgenderFeminine", "TransgenderMasculine",
                                            "NonConforming", "NonSpecifiedUnknown"}));
    EXPECT_EQ(lintas::vocab::label(List::Gender, "Feminine"), "Feminine"); // HTCDS has a trailing no-break space
    EXPECT_EQ(lintas::vocab::label(List::Gender, "NonSpecifiedUnknown"), "Not Specified/Unknown");
    EXPECT_EQ(codesOf(List::MaritalStatus),
              (Codes{"Single", "Married", "Widowed", "Divorced", "Separated", "RegisteredPartnership"}));
    EXPECT_EQ(lintas::vocab::terms(List::Education).size(), 9U);
    EXPECT_EQ(lintas::vocab::terms(List::Education).front().code, "EarlyChildhoodEducation");
    EXPECT_EQ(lintas::vocab::label(List::Education, "BachelorsOrEquivalentLevel"),
              "Bachelor\xE2\x80\x99s or Equivalent Level");
    EXPECT_EQ(codesOf(List::TraffickingStatus),
              (Codes{"PossibleVictimOfTrafficking", "ActualVictimOfTrafficking", "NotAVictimOfTrafficking"}));
    EXPECT_EQ(codesOf(List::DecisionMakingOrg),
              (Codes{"Police", "NGO", "CourtOrProsecution", "NonPoliceGovernmentalOrganization", "Other"}));
    // HTCDS spells the code "Unaquainted"; the code is kept for interoperability, the label is corrected.
    EXPECT_EQ(codesOf(List::RelationshipToTrafficker), (Codes{"Familial", "Acquainted", "Unaquainted"}));
    EXPECT_EQ(lintas::vocab::label(List::RelationshipToTrafficker, "Unaquainted"), "Unacquainted");
    EXPECT_EQ(lintas::vocab::terms(List::WebsiteOrApp).size(), 15U);
    EXPECT_TRUE(lintas::vocab::contains(List::WebsiteOrApp, "4Sale"));
    EXPECT_EQ(lintas::vocab::label(List::WebsiteOrApp, "FacebookMessenger"), "Facebook Messenger");
    EXPECT_EQ(lintas::vocab::terms(List::RecruitmentMethod).size(), 10U);
    EXPECT_EQ(lintas::vocab::label(List::RecruitmentMethod, "ThroughOnlineSocialNetworks"),
              "Through online social networks");
    EXPECT_EQ(lintas::vocab::terms(List::ControlMethod).size(), 16U);
    EXPECT_EQ(lintas::vocab::label(List::ControlMethod, "WithholdsDocuments"), "Withholds documents");
    EXPECT_EQ(lintas::vocab::label(List::ControlMethod, "ThreatensChildrenFamily"), "Threatens children/family");
    EXPECT_EQ(codesOf(List::SexExploitationType),
              (Codes{"Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices"}));
    EXPECT_EQ(lintas::vocab::terms(List::RoleInProcess).size(), 15U);
    EXPECT_EQ(lintas::vocab::label(List::RoleInProcess, "RecruiterOrIntermediary"), "Recruiter Or Intermediary");
    EXPECT_EQ(codesOf(List::ReferralReason),
              (Codes{"AdditionalServicesRequired", "MigrationOrChangeOfLocation", "Other"}));
}

TEST(VocabularyTest, ForcedLabourIndustryIsIsicSectionsAToU) {
    const auto terms = lintas::vocab::terms(List::ForcedLabourIndustry);
    ASSERT_EQ(terms.size(), 21U);
    for (std::size_t i = 0; i < terms.size(); ++i) {
        ASSERT_GE(terms[i].code.size(), 3U);
        EXPECT_EQ(terms[i].code[0], static_cast<char>('A' + i)) << terms[i].code;
        EXPECT_EQ(terms[i].code[1], '_') << terms[i].code;
        EXPECT_FALSE(terms[i].extension);
    }
    EXPECT_EQ(terms.front().code, "A_AgricultureForestryAndFishing");
    EXPECT_EQ(terms.back().code, "U_ActivitiesOfExtraterritorialOrganizations");
    // Semicolons belong to ISIC labels; they do not separate values.
    EXPECT_EQ(lintas::vocab::label(List::ForcedLabourIndustry, "E_WaterSupplySewerageWasteManagement"),
              "Water supply; sewerage, waste management and remediation");
}

TEST(VocabularyTest, JourneyServiceAndReferralLists) {
    EXPECT_EQ(codesOf(List::JourneyEventType), (Codes{"Recruitment", "Transit", "Exploitation", "Return"}));
    EXPECT_EQ(extensionCodesOf(List::JourneyEventType), (Codes{"Return"}));
    EXPECT_EQ(htcdsCodesOf(List::ServiceType),
              (Codes{"Education", "Financial", "Health", "LabourExploitationRehabilitation", "Legal", "Livelihood",
                     "RightsBasedTraining", "SexualExploitationRehabilitation", "SocialCare"}));
    EXPECT_EQ(extensionCodesOf(List::ServiceType),
              (Codes{"Shelter", "Medical", "Psychosocial", "Interpretation", "Repatriation", "Reintegration"}));
    EXPECT_EQ(lintas::vocab::label(List::ServiceType, "RightsBasedTraining"), "Rights-based Training");
    EXPECT_EQ(codesOf(List::ReferralStatus),
              (Codes{"Requested", "Accepted", "InProgress", "Completed", "Declined", "Cancelled"}));
    EXPECT_EQ(codesOf(List::MeansOfTravel),
              (Codes{"Air", "Bus", "Car", "Boat", "Train", "OnFoot", "Motorcycle", "Other"}));
}

TEST(VocabularyTest, LintasExtensionListsHaveTheFixedCodes) {
    EXPECT_EQ(codesOf(List::Sex), (Codes{"Female", "Male", "Intersex", "Unknown"}));
    EXPECT_EQ(codesOf(List::IdentificationMethod),
              (Codes{"SelfReferral", "PoliceOperation", "LabourInspection", "BorderScreening", "NgoOutreach", "Hotline",
                     "EmbassyOrConsulate", "HealthServices", "FamilyOrCommunity", "ForeignAgencyReferral", "Other"}));
    EXPECT_EQ(codesOf(List::ArrestStatus),
              (Codes{"NotArrested", "Wanted", "Arrested", "Detained", "ReleasedOnBail", "Released"}));
    EXPECT_EQ(codesOf(List::ChargeStatus), (Codes{"NotCharged", "UnderReview", "Charged", "ChargesDropped"}));
    EXPECT_EQ(codesOf(List::ProsecutionStatus),
              (Codes{"NotProsecuted", "Pending", "InCourt", "Convicted", "Acquitted", "Dismissed", "Appeal"}));
    EXPECT_EQ(codesOf(List::PersonRole), (Codes{"Victim", "Suspect", "Witness", "Other"}));
    EXPECT_EQ(codesOf(List::IdentifierType),
              (Codes{"Passport", "NationalId", "Phone", "Email", "SocialMediaHandle", "BankAccount", "CryptoWallet",
                     "VehiclePlate", "DrivingLicence", "Other"}));
    EXPECT_EQ(codesOf(List::RelationshipType),
              (Codes{"Recruited", "Transported", "Harboured", "Employed", "Controlled", "Exploited", "Paid", "Family",
                     "Associate", "Owns", "Manages", "WorksFor", "Other"}));
    EXPECT_EQ(codesOf(List::NoteKind), (Codes{"Note", "Event", "Interview", "Operation", "CourtHearing", "Other"}));
    EXPECT_EQ(codesOf(List::ConsentPurpose),
              (Codes{"Investigation", "Prosecution", "VictimSupport", "Repatriation", "Statistics", "Research"}));
    EXPECT_EQ(codesOf(List::ConsentScope),
              (Codes{"Identity", "Contacts", "Location", "Story", "Photos", "Health", "All"}));
}

TEST(VocabularyTest, MarkingsAndGrading) {
    EXPECT_EQ(codesOf(List::Tlp), (Codes{"CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"}));
    EXPECT_EQ(lintas::vocab::label(List::Tlp, "AMBER+STRICT"), "TLP:AMBER+STRICT");
    EXPECT_EQ(lintas::vocab::label(List::Tlp, "CLEAR"), "TLP:CLEAR");
    EXPECT_EQ(codesOf(List::HandlingCode), (Codes{"H0", "H1", "H2", "H3"}));
    for (const Term& term : lintas::vocab::terms(List::HandlingCode)) {
        EXPECT_EQ(term.label.substr(0, 2), term.code); // each label starts with its code
    }
    EXPECT_EQ(codesOf(List::SourceReliability), (Codes{"A", "B", "C", "X"}));
    EXPECT_EQ(lintas::vocab::label(List::SourceReliability, "A"),
              "No doubt of authenticity, trustworthiness and competence; or a history of complete reliability");
    EXPECT_EQ(lintas::vocab::label(List::SourceReliability, "X"), "Reliability cannot be assessed");
    EXPECT_FALSE(lintas::vocab::contains(List::SourceReliability, "D"));
    EXPECT_EQ(codesOf(List::InformationCredibility), (Codes{"1", "2", "3", "4"}));
    EXPECT_EQ(lintas::vocab::label(List::InformationCredibility, "1"), "Known to be true without reservation");
    EXPECT_EQ(lintas::vocab::label(List::InformationCredibility, "4"),
              "Not known personally to the source and cannot be corroborated");
    EXPECT_FALSE(lintas::vocab::contains(List::InformationCredibility, "5"));
}
