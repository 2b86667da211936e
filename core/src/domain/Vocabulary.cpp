// Controlled vocabularies of Lintas.
//
// The HTCDS-backed lists below reproduce the field names, picklist value names and value labels
// of the Human Trafficking Case Data Standard (HTCDS) 2.0 by IOM, licensed under CC BY 4.0; no
// endorsement by IOM is implied. Source: shared/reference/htcds-2.0-field-standards.csv.
// Changes from the standard's text: surrounding white space (including no-break spaces) is
// trimmed from labels, and the misspelt label "Unaquainted" is shown as "Unacquainted" (its
// code stays "Unaquainted", exactly as in HTCDS, so data stays interoperable).
//
// Each HTCDS-backed list keeps the standard's order; Lintas extensions follow it and carry
// `extension = true`. Codes are stable: they are stored in the database and travel in bundles.
// Never rename or reorder existing codes; add new ones at the end of a list.

#include "lintas/domain/Vocabulary.h"

#include <array>
#include <cstddef>

namespace lintas::vocab {
namespace {

// OrganisationType (org_Type)
constexpr auto kOrganisationType = std::to_array<Term>({
    {"NGO", "NGO", false},
    {"LawEnforcement", "Law Enforcement", false},
    {"HealthServiceOrganisation", "Health Service Organisation", false},
    {"CentralGovernmentOrganisation", "Central Government Organisation", false},
    {"LocalGovernmentOrganisation", "Local Government Organisation", false},
    {"ImmigrationService", "Immigration Service", false},
    {"LegalService", "Legal Service", false},
    {"CorporateBusiness", "Corporate Business", false},
    {"SchoolOrCollege", "School or College", false},
    {"RecruitmentAgency", "Recruitment agency", true},
    {"Employer", "Employer", true},
    {"ScamCompound", "Scam compound", true},
    {"ServiceProvider", "Service provider", true},
    {"Shelter", "Shelter", true},
    {"InternationalOrganisation", "International organisation", true},
    {"FinancialInstitution", "Financial institution", true},
    {"OnlinePlatform", "Online platform", true},
    {"Other", "Other", true},
});

// Sex (Lintas extension)
constexpr auto kSex = std::to_array<Term>({
    {"Female", "Female", true},
    {"Male", "Male", true},
    {"Intersex", "Intersex", true},
    {"Unknown", "Unknown", true},
});

// Gender (prs_Gender)
constexpr auto kGender = std::to_array<Term>({
    {"Feminine", "Feminine", false},
    {"Masculine", "Masculine", false},
    {"TransgenderFeminine", "Transgender Feminine", false},
    {"TransgenderMasculine", "Transgender Masculine", false},
    {"NonConforming", "Non-Conforming", false},
    {"NonSpecifiedUnknown", "Not Specified/Unknown", false},
});

// MaritalStatus (prs_MaritalStatus)
constexpr auto kMaritalStatus = std::to_array<Term>({
    {"Single", "Single", false},
    {"Married", "Married", false},
    {"Widowed", "Widowed", false},
    {"Divorced", "Divorced", false},
    {"Separated", "Separated", false},
    {"RegisteredPartnership", "Registered Partnership", false},
});

// Education (prs_HighestLevelOfEducation)
constexpr auto kEducation = std::to_array<Term>({
    {"EarlyChildhoodEducation", "Early Childhood Education", false},
    {"PrimaryEducation", "Primary Education", false},
    {"LowerSecondaryEducation", "Lower Secondary Education", false},
    {"UpperSecondaryEducation", "Upper Secondary Education", false},
    {"PostSecondaryNonTertiaryEducation", "Post-secondary Non-tertiary Education", false},
    {"ShortCycleTertiaryEducation", "Short-cycle Tertiary Education", false},
    {"BachelorsOrEquivalentLevel", "Bachelor’s or Equivalent Level", false},
    {"MastersOrEquivalentLevel", "Master’s or Equivalent Level", false},
    {"DoctoralOrEquivalentLevel", "Doctoral or Equivalent Level", false},
});

// TraffickingStatus (vic_TraffickingStatus)
constexpr auto kTraffickingStatus = std::to_array<Term>({
    {"PossibleVictimOfTrafficking", "Possible victim of trafficking", false},
    {"ActualVictimOfTrafficking", "Actual victim of trafficking", false},
    {"NotAVictimOfTrafficking", "Not a victim of trafficking", false},
});

// DecisionMakingOrg (vic_TraffickingStatusDecisionMakingOrg)
constexpr auto kDecisionMakingOrg = std::to_array<Term>({
    {"Police", "Police", false},
    {"NGO", "NGO", false},
    {"CourtOrProsecution", "Court or prosecution", false},
    {"NonPoliceGovernmentalOrganization", "Non-police governmental organization", false},
    {"Other", "Other", false},
});

// RelationshipToTrafficker (vic_RelationshipToTrafficker)
constexpr auto kRelationshipToTrafficker = std::to_array<Term>({
    {"Familial", "Familial", false},
    {"Acquainted", "Acquainted", false},
    {"Unaquainted", "Unacquainted", false},
});

// WebsiteOrApp (vic_RecruitmentWebsitesAndApps)
constexpr auto kWebsiteOrApp = std::to_array<Term>({
    {"Facebook", "Facebook", false},
    {"Instagram", "Instagram", false},
    {"WhatsApp", "WhatsApp", false},
    {"Telegram", "Telegram", false},
    {"FacebookMessenger", "Facebook Messenger", false},
    {"Viber", "Viber", false},
    {"SnapChat", "SnapChat", false},
    {"Line", "Line", false},
    {"4Sale", "4Sale", false},
    {"WeChat", "WeChat", false},
    {"QQ", "QQ", false},
    {"QZone", "QZone", false},
    {"TikTok", "TikTok", false},
    {"Twitter", "Twitter", false},
    {"Other", "Other", false},
});

// RecruitmentMethod (vic_MethodOfRecruitment)
constexpr auto kRecruitmentMethod = std::to_array<Term>({
    {"AtAPlaceOfBusiness", "At a place of business", false},
    {"AtAnEducationalInstitution", "At an educational institution", false},
    {"AtWork", "At work", false},
    {"ThroughOnlineSocialNetworks", "Through online social networks", false},
    {"ThroughAnOnlineAdvertisement", "Through an online advertisement", false},
    {"ThroughATelevisionAdvert", "Through a television advert", false},
    {"ThroughANewspaperAdvert", "Through a newspaper advert", false},
    {"ThroughFamilyOrFamilyEvents", "Through family or family events", false},
    {"ThroughFriendsOrSocialEvents", "Through friends or social events", false},
    {"Other", "Other", false},
});

// ControlMethod (vic_MethodsOfControl)
constexpr auto kControlMethod = std::to_array<Term>({
    {"PhysicalThreats", "Physical threats", false},
    {"ThreatsLawEnforcement", "Threats of law enforcement", false},
    {"ThreatensChildrenFamily", "Threatens children/family", false},
    {"DebtBondage", "Debt bondage", false},
    {"FalsePromises", "False promises", false},
    {"PhysicalAbuse", "Physical abuse", false},
    {"SexualAbuse", "Sexual abuse", false},
    {"TakesEarnings", "Takes earnings", false},
    {"RestrictsFinancialAccess", "Restricts financial access", false},
    {"RestrictsMedicalCare", "Restricts medical care", false},
    {"WithholdsNecessities", "Withholds necessities", false},
    {"PsychologicalAbuse", "Psychological abuse", false},
    {"PsychoactiveSubstance", "Psychoactive substance", false},
    {"ExcessiveWorkingHours", "Excessive working hours", false},
    {"WithholdsDocuments", "Withholds documents", false},
    {"Other", "Other", false},
});

// ExploitationType (vic_TypeOfExploitation)
constexpr auto kExploitationType = std::to_array<Term>({
    {"ForcedLabour", "Forced labour", false},
    {"SexualExploitation", "Sexual exploitation", false},
    {"ChildLabour", "Child labour", false},
    {"ForcedMarriage", "Forced marriage", false},
    {"Servitude", "Servitude", false},
    {"ForcedMilitaryByNonStateActors", "Forced military (by non-state actors)", false},
    {"OrganRemoval", "Organ removal", false},
    {"ForcedBegging", "Forced begging", false},
    {"ForcedAdoption", "Forced adoption", false},
    {"Surrogacy", "Surrogacy", false},
    {"Other", "Other", false},
    {"ForcedCriminality", "Forced criminality (e.g. online scam operations)", true},
});

// ForcedLabourIndustry (vic_ForcedLabourIndustry)
constexpr auto kForcedLabourIndustry = std::to_array<Term>({
    {"A_AgricultureForestryAndFishing", "Agriculture, forestry and fishing", false},
    {"B_MiningAndQuarrying", "Mining and quarrying", false},
    {"C_Manufacturing", "Manufacturing", false},
    {"D_ElectricityGasSteamAndAirConditioningSupply", "Electricity, gas, steam and air conditioning supply", false},
    {"E_WaterSupplySewerageWasteManagement", "Water supply; sewerage, waste management and remediation", false},
    {"F_Construction", "Construction", false},
    {"G_WholesaleAndRetailTradeRepairOfMotorVehicles",
     "Wholesale and retail trade; repair of motor vehicles and motorcycles", false},
    {"H_TransportationAndStorage", "Transportation and storage", false},
    {"I_AccommodationAndFoodServiceActivities", "Accommodation and food service activities", false},
    {"J_InformationAndCommunication", "Information and communication", false},
    {"K_FinancialAndInsuranceActivities", "Financial and insurance activities", false},
    {"L_RealEstateActivities", "Real estate activities", false},
    {"M_ProfessionalScientificAndTechnicalActivities", "Professional, scientific and technical activities", false},
    {"N_AdministrativeAndSupportServiceActivities", "Administrative and support service activities", false},
    {"O_PublicAdministrationAndDefence", "Public administration and defence; compulsory social security", false},
    {"P_Education", "Education", false},
    {"Q_HumanHealthAndSocialWorkActivities", "Human health and social work activities", false},
    {"R_ArtsEntertainmentAndRecreation", "Arts, entertainment and recreation", false},
    {"S_OtherServiceActivities", "Other service activities", false},
    {"T_ActivitiesOfHouseholdsAsEmployers",
     "Activities of households as employers; undifferentiated goods- and services- producing activities of households "
     "for own use",
     false},
    {"U_ActivitiesOfExtraterritorialOrganizations", "Activities of extraterritorial organizations and bodies", false},
});

// SexExploitationType (vic_TypeOfSexExploitation)
constexpr auto kSexExploitationType = std::to_array<Term>({
    {"Prostitution", "Prostitution", false},
    {"Pornography", "Pornography", false},
    {"RemoteInteractiveServices", "Remote Interactive Services", false},
    {"PrivateSexualServices", "Private Sexual Services", false},
});

// IdentificationMethod (Lintas extension)
constexpr auto kIdentificationMethod = std::to_array<Term>({
    {"SelfReferral", "Self-referral", true},
    {"PoliceOperation", "Police operation", true},
    {"LabourInspection", "Labour inspection", true},
    {"BorderScreening", "Border screening", true},
    {"NgoOutreach", "NGO outreach", true},
    {"Hotline", "Hotline", true},
    {"EmbassyOrConsulate", "Embassy or consulate", true},
    {"HealthServices", "Health services", true},
    {"FamilyOrCommunity", "Family or community", true},
    {"ForeignAgencyReferral", "Referral from a foreign agency", true},
    {"Other", "Other", true},
});

// RoleInProcess (per_RoleInProcess)
constexpr auto kRoleInProcess = std::to_array<Term>({
    {"TravellingPartner", "Travelling Partner", false},
    {"Transporter", "Transporter", false},
    {"RecruiterOrIntermediary", "Recruiter Or Intermediary", false},
    {"BrokerTravelAgent", "Broker Travel Agent", false},
    {"TransferredIndividual", "Transferred Individual", false},
    {"HarbouredIndividual", "Harboured Individual", false},
    {"SoldIndividual", "Sold Individual", false},
    {"BoughtIndividual", "Bought Individual", false},
    {"ReceivedIndividual", "Received Individual", false},
    {"ControlledIndividual", "Controlled Individual", false},
    {"Smuggler", "Smuggler", false},
    {"Abuser", "Abuser", false},
    {"Kidnapper", "Kidnapper", false},
    {"Exploiter", "Exploiter", false},
    {"Other", "Other", false},
});

// ArrestStatus (Lintas extension)
constexpr auto kArrestStatus = std::to_array<Term>({
    {"NotArrested", "Not arrested", true},
    {"Wanted", "Wanted", true},
    {"Arrested", "Arrested", true},
    {"Detained", "Detained", true},
    {"ReleasedOnBail", "Released on bail", true},
    {"Released", "Released", true},
});

// ChargeStatus (Lintas extension)
constexpr auto kChargeStatus = std::to_array<Term>({
    {"NotCharged", "Not charged", true},
    {"UnderReview", "Under review", true},
    {"Charged", "Charged", true},
    {"ChargesDropped", "Charges dropped", true},
});

// ProsecutionStatus (Lintas extension)
constexpr auto kProsecutionStatus = std::to_array<Term>({
    {"NotProsecuted", "Not prosecuted", true},
    {"Pending", "Pending", true},
    {"InCourt", "In court", true},
    {"Convicted", "Convicted", true},
    {"Acquitted", "Acquitted", true},
    {"Dismissed", "Dismissed", true},
    {"Appeal", "On appeal", true},
});

// CaseStatus (cas_Status)
constexpr auto kCaseStatus = std::to_array<Term>({
    {"Active", "Active", false},
    {"FollowUp", "Follow Up", false},
    {"Closed", "Closed", false},
    {"ClosedReferred", "Closed Referred", false},
    {"Reported", "Reported", true},
    {"UnderInvestigation", "Under investigation", true},
    {"ReferredForProsecution", "Referred for prosecution", true},
    {"InCourt", "In court", true},
});

// ReferralReason (cas_ReasonForIncomingReferral)
constexpr auto kReferralReason = std::to_array<Term>({
    {"AdditionalServicesRequired", "Additional Services Required", false},
    {"MigrationOrChangeOfLocation", "Migration or Change of Location", false},
    {"Other", "Other", false},
});

// JourneyEventType (hte_Type)
constexpr auto kJourneyEventType = std::to_array<Term>({
    {"Recruitment", "Recruitment", false},
    {"Transit", "Transit", false},
    {"Exploitation", "Exploitation", false},
    {"Return", "Return", true},
});

// MeansOfTravel (Lintas extension)
constexpr auto kMeansOfTravel = std::to_array<Term>({
    {"Air", "Air", true},
    {"Bus", "Bus", true},
    {"Car", "Car", true},
    {"Boat", "Boat or ship", true},
    {"Train", "Train", true},
    {"OnFoot", "On foot", true},
    {"Motorcycle", "Motorcycle", true},
    {"Other", "Other", true},
});

// ServiceType (spl_Type)
constexpr auto kServiceType = std::to_array<Term>({
    {"Education", "Education", false},
    {"Financial", "Financial", false},
    {"Health", "Health", false},
    {"LabourExploitationRehabilitation", "Labour Exploitation Rehabilitation", false},
    {"Legal", "Legal", false},
    {"Livelihood", "Livelihood", false},
    {"RightsBasedTraining", "Rights-based Training", false},
    {"SexualExploitationRehabilitation", "Sexual Exploitation Rehabilitation", false},
    {"SocialCare", "Social Care", false},
    {"Shelter", "Shelter", true},
    {"Medical", "Medical care", true},
    {"Psychosocial", "Psychosocial support", true},
    {"Interpretation", "Interpretation", true},
    {"Repatriation", "Repatriation", true},
    {"Reintegration", "Reintegration", true},
});

// ReferralStatus (Lintas extension)
constexpr auto kReferralStatus = std::to_array<Term>({
    {"Requested", "Requested", true},
    {"Accepted", "Accepted", true},
    {"InProgress", "In progress", true},
    {"Completed", "Completed", true},
    {"Declined", "Declined", true},
    {"Cancelled", "Cancelled", true},
});

// Tlp (Lintas extension)
constexpr auto kTlp = std::to_array<Term>({
    {"CLEAR", "TLP:CLEAR", true},
    {"GREEN", "TLP:GREEN", true},
    {"AMBER", "TLP:AMBER", true},
    {"AMBER+STRICT", "TLP:AMBER+STRICT", true},
    {"RED", "TLP:RED", true},
});

// HandlingCode (Lintas extension)
constexpr auto kHandlingCode = std::to_array<Term>({
    {"H0", "H0 – no restriction", true},
    {"H1", "H1 – no further dissemination without permission", true},
    {"H2", "H2 – law enforcement only, originator's permission to share further", true},
    {"H3", "H3 – originator only, no dissemination", true},
});

// PersonRole (Lintas extension)
constexpr auto kPersonRole = std::to_array<Term>({
    {"Victim", "Victim", true},
    {"Suspect", "Suspect", true},
    {"Witness", "Witness", true},
    {"Other", "Other", true},
});

// IdentifierType (Lintas extension)
constexpr auto kIdentifierType = std::to_array<Term>({
    {"Passport", "Passport", true},
    {"NationalId", "National identity number", true},
    {"Phone", "Phone number", true},
    {"Email", "Email address", true},
    {"SocialMediaHandle", "Social media handle", true},
    {"BankAccount", "Bank account", true},
    {"CryptoWallet", "Cryptocurrency wallet", true},
    {"VehiclePlate", "Vehicle registration plate", true},
    {"DrivingLicence", "Driving licence", true},
    {"Other", "Other", true},
});

// RelationshipType (Lintas extension)
constexpr auto kRelationshipType = std::to_array<Term>({
    {"Recruited", "Recruited", true},
    {"Transported", "Transported", true},
    {"Harboured", "Harboured", true},
    {"Employed", "Employed", true},
    {"Controlled", "Controlled", true},
    {"Exploited", "Exploited", true},
    {"Paid", "Paid", true},
    {"Family", "Family member", true},
    {"Associate", "Associate", true},
    {"Owns", "Owns", true},
    {"Manages", "Manages", true},
    {"WorksFor", "Works for", true},
    {"Other", "Other", true},
});

// SourceReliability (Lintas extension)
constexpr auto kSourceReliability = std::to_array<Term>({
    {"A", "No doubt of authenticity, trustworthiness and competence; or a history of complete reliability", true},
    {"B", "Source from whom information received has in most instances proved to be reliable", true},
    {"C", "Source from whom information received has in most instances proved to be unreliable", true},
    {"X", "Reliability cannot be assessed", true},
});

// InformationCredibility (Lintas extension)
constexpr auto kInformationCredibility = std::to_array<Term>({
    {"1", "Known to be true without reservation", true},
    {"2", "Known personally to the source but not to the official passing it on", true},
    {"3", "Not known personally to the source but corroborated by information already recorded", true},
    {"4", "Not known personally to the source and cannot be corroborated", true},
});

// NoteKind (Lintas extension)
constexpr auto kNoteKind = std::to_array<Term>({
    {"Note", "Note", true},
    {"Event", "Event", true},
    {"Interview", "Interview", true},
    {"Operation", "Operation", true},
    {"CourtHearing", "Court hearing", true},
    {"Other", "Other", true},
});

// ConsentPurpose (Lintas extension)
constexpr auto kConsentPurpose = std::to_array<Term>({
    {"Investigation", "Investigation", true},
    {"Prosecution", "Prosecution", true},
    {"VictimSupport", "Victim support", true},
    {"Repatriation", "Repatriation", true},
    {"Statistics", "Statistics", true},
    {"Research", "Research", true},
});

// ConsentScope (Lintas extension)
constexpr auto kConsentScope = std::to_array<Term>({
    {"Identity", "Identity", true},
    {"Contacts", "Contact details", true},
    {"Location", "Location", true},
    {"Story", "Personal story", true},
    {"Photos", "Photographs", true},
    {"Health", "Health information", true},
    {"All", "All personal data", true},
});

struct ListInfo {
    std::string_view name;
    std::string_view htcdsField;
    std::span<const Term> terms;
};

constexpr ListInfo info(List list) {
    switch (list) {
    case List::OrganisationType:
        return {"organisation-type", "org_Type", kOrganisationType};
    case List::Sex:
        return {"sex", "", kSex};
    case List::Gender:
        return {"gender", "prs_Gender", kGender};
    case List::MaritalStatus:
        return {"marital-status", "prs_MaritalStatus", kMaritalStatus};
    case List::Education:
        return {"education", "prs_HighestLevelOfEducation", kEducation};
    case List::TraffickingStatus:
        return {"trafficking-status", "vic_TraffickingStatus", kTraffickingStatus};
    case List::DecisionMakingOrg:
        return {"decision-making-org", "vic_TraffickingStatusDecisionMakingOrg", kDecisionMakingOrg};
    case List::RelationshipToTrafficker:
        return {"relationship-to-trafficker", "vic_RelationshipToTrafficker", kRelationshipToTrafficker};
    case List::WebsiteOrApp:
        return {"website-or-app", "vic_RecruitmentWebsitesAndApps", kWebsiteOrApp};
    case List::RecruitmentMethod:
        return {"recruitment-method", "vic_MethodOfRecruitment", kRecruitmentMethod};
    case List::ControlMethod:
        return {"control-method", "vic_MethodsOfControl", kControlMethod};
    case List::ExploitationType:
        return {"exploitation-type", "vic_TypeOfExploitation", kExploitationType};
    case List::ForcedLabourIndustry:
        return {"forced-labour-industry", "vic_ForcedLabourIndustry", kForcedLabourIndustry};
    case List::SexExploitationType:
        return {"sex-exploitation-type", "vic_TypeOfSexExploitation", kSexExploitationType};
    case List::IdentificationMethod:
        return {"identification-method", "", kIdentificationMethod};
    case List::RoleInProcess:
        return {"role-in-process", "per_RoleInProcess", kRoleInProcess};
    case List::ArrestStatus:
        return {"arrest-status", "", kArrestStatus};
    case List::ChargeStatus:
        return {"charge-status", "", kChargeStatus};
    case List::ProsecutionStatus:
        return {"prosecution-status", "", kProsecutionStatus};
    case List::CaseStatus:
        return {"case-status", "cas_Status", kCaseStatus};
    case List::ReferralReason:
        return {"referral-reason", "cas_ReasonForIncomingReferral", kReferralReason};
    case List::JourneyEventType:
        return {"journey-event-type", "hte_Type", kJourneyEventType};
    case List::MeansOfTravel:
        return {"means-of-travel", "", kMeansOfTravel};
    case List::ServiceType:
        return {"service-type", "spl_Type", kServiceType};
    case List::ReferralStatus:
        return {"referral-status", "", kReferralStatus};
    case List::Tlp:
        return {"tlp", "", kTlp};
    case List::HandlingCode:
        return {"handling-code", "", kHandlingCode};
    case List::PersonRole:
        return {"person-role", "", kPersonRole};
    case List::IdentifierType:
        return {"identifier-type", "", kIdentifierType};
    case List::RelationshipType:
        return {"relationship-type", "", kRelationshipType};
    case List::SourceReliability:
        return {"source-reliability", "", kSourceReliability};
    case List::InformationCredibility:
        return {"information-credibility", "", kInformationCredibility};
    case List::NoteKind:
        return {"note-kind", "", kNoteKind};
    case List::ConsentPurpose:
        return {"consent-purpose", "", kConsentPurpose};
    case List::ConsentScope:
        return {"consent-scope", "", kConsentScope};
    }
    return {};
}

constexpr std::array kAllLists{
    List::OrganisationType,
    List::Sex,
    List::Gender,
    List::MaritalStatus,
    List::Education,
    List::TraffickingStatus,
    List::DecisionMakingOrg,
    List::RelationshipToTrafficker,
    List::WebsiteOrApp,
    List::RecruitmentMethod,
    List::ControlMethod,
    List::ExploitationType,
    List::ForcedLabourIndustry,
    List::SexExploitationType,
    List::IdentificationMethod,
    List::RoleInProcess,
    List::ArrestStatus,
    List::ChargeStatus,
    List::ProsecutionStatus,
    List::CaseStatus,
    List::ReferralReason,
    List::JourneyEventType,
    List::MeansOfTravel,
    List::ServiceType,
    List::ReferralStatus,
    List::Tlp,
    List::HandlingCode,
    List::PersonRole,
    List::IdentifierType,
    List::RelationshipType,
    List::SourceReliability,
    List::InformationCredibility,
    List::NoteKind,
    List::ConsentPurpose,
    List::ConsentScope,
};

static_assert(kAllLists.size() == static_cast<std::size_t>(List::ConsentScope) + 1,
              "kAllLists must name every List enumerator");

constexpr bool allListsInDeclarationOrder() {
    for (std::size_t i = 0; i < kAllLists.size(); ++i) {
        if (kAllLists[i] != static_cast<List>(i))
            return false;
    }
    return true;
}
static_assert(allListsInDeclarationOrder(), "kAllLists must follow the declaration order of List");

} // namespace

std::span<const List> allLists() {
    return kAllLists;
}

std::span<const Term> terms(List list) {
    return info(list).terms;
}

std::string_view listName(List list) {
    return info(list).name;
}

std::string_view htcdsField(List list) {
    return info(list).htcdsField;
}

bool contains(List list, std::string_view code) {
    return label(list, code).has_value();
}

std::optional<std::string_view> label(List list, std::string_view code) {
    for (const Term& term : info(list).terms) {
        if (term.code == code)
            return term.label;
    }
    return std::nullopt;
}

} // namespace lintas::vocab
