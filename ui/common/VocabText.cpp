#include "common/VocabText.h"

#include <algorithm>
#include <array>
#include <span>

namespace lintas::ui {
namespace {

// QT_TRANSLATE_NOOP3 yields {source, comment}: the comment names the list, so that the same
// English word in two lists ("Other") can be translated differently.
struct SourceText {
    const char* source;
    const char* comment;
};

/// A code of core's vocabulary, the English source text translators see for it and, where the
/// dashboard's charts need it, a shorter wording (the short form's comment says "short form").
struct Label {
    std::string_view code;
    SourceText text;
    SourceText shortText = {nullptr, nullptr};
};

// The English texts follow core's labels (HTCDS 2.0 value labels where the standard has them),
// except where the referrals board spells a service out ("Legal aid" for HTCDS "Legal"): there
// the HTCDS word is the short form. Tables are in vocab::List order.
constexpr auto kOrganisationType = std::to_array<Label>({
    {"NGO", QT_TRANSLATE_NOOP3("VocabText", "NGO", "organisation type")},
    {"LawEnforcement", QT_TRANSLATE_NOOP3("VocabText", "Law enforcement", "organisation type")},
    {"HealthServiceOrganisation", QT_TRANSLATE_NOOP3("VocabText", "Health service organisation", "organisation type")},
    {"CentralGovernmentOrganisation",
     QT_TRANSLATE_NOOP3("VocabText", "Central government organisation", "organisation type")},
    {"LocalGovernmentOrganisation",
     QT_TRANSLATE_NOOP3("VocabText", "Local government organisation", "organisation type")},
    {"ImmigrationService", QT_TRANSLATE_NOOP3("VocabText", "Immigration service", "organisation type")},
    {"LegalService", QT_TRANSLATE_NOOP3("VocabText", "Legal service", "organisation type")},
    {"CorporateBusiness", QT_TRANSLATE_NOOP3("VocabText", "Corporate business", "organisation type")},
    {"SchoolOrCollege", QT_TRANSLATE_NOOP3("VocabText", "School or college", "organisation type")},
    {"RecruitmentAgency", QT_TRANSLATE_NOOP3("VocabText", "Recruitment agency", "organisation type")},
    {"Employer", QT_TRANSLATE_NOOP3("VocabText", "Employer", "organisation type")},
    {"ScamCompound", QT_TRANSLATE_NOOP3("VocabText", "Scam compound", "organisation type")},
    {"ServiceProvider", QT_TRANSLATE_NOOP3("VocabText", "Service provider", "organisation type")},
    {"Shelter", QT_TRANSLATE_NOOP3("VocabText", "Shelter", "organisation type")},
    {"InternationalOrganisation", QT_TRANSLATE_NOOP3("VocabText", "International organisation", "organisation type")},
    {"FinancialInstitution", QT_TRANSLATE_NOOP3("VocabText", "Financial institution", "organisation type")},
    {"OnlinePlatform", QT_TRANSLATE_NOOP3("VocabText", "Online platform", "organisation type")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "organisation type")},
});

constexpr auto kSex = std::to_array<Label>({
    {"Female", QT_TRANSLATE_NOOP3("VocabText", "Female", "sex")},
    {"Male", QT_TRANSLATE_NOOP3("VocabText", "Male", "sex")},
    {"Intersex", QT_TRANSLATE_NOOP3("VocabText", "Intersex", "sex")},
    {"Unknown", QT_TRANSLATE_NOOP3("VocabText", "Unknown", "sex")},
});

constexpr auto kGender = std::to_array<Label>({
    {"Feminine", QT_TRANSLATE_NOOP3("VocabText", "Feminine", "gender")},
    {"Masculine", QT_TRANSLATE_NOOP3("VocabText", "Masculine", "gender")},
    {"TransgenderFeminine", QT_TRANSLATE_NOOP3("VocabText", "Transgender feminine", "gender")},
    {"TransgenderMasculine", QT_TRANSLATE_NOOP3("VocabText", "Transgender masculine", "gender")},
    {"NonConforming", QT_TRANSLATE_NOOP3("VocabText", "Non-conforming", "gender")},
    {"NonSpecifiedUnknown", QT_TRANSLATE_NOOP3("VocabText", "Not specified or unknown", "gender")},
});

constexpr auto kTraffickingStatus = std::to_array<Label>({
    {"PossibleVictimOfTrafficking",
     QT_TRANSLATE_NOOP3("VocabText", "Possible victim of trafficking", "trafficking status")},
    {"ActualVictimOfTrafficking",
     QT_TRANSLATE_NOOP3("VocabText", "Actual victim of trafficking", "trafficking status")},
    {"NotAVictimOfTrafficking", QT_TRANSLATE_NOOP3("VocabText", "Not a victim of trafficking", "trafficking status")},
});

constexpr auto kDecisionMakingOrg = std::to_array<Label>({
    {"Police", QT_TRANSLATE_NOOP3("VocabText", "Police", "who decided the trafficking status")},
    {"NGO", QT_TRANSLATE_NOOP3("VocabText", "NGO", "who decided the trafficking status")},
    {"CourtOrProsecution",
     QT_TRANSLATE_NOOP3("VocabText", "Court or prosecution", "who decided the trafficking status")},
    {"NonPoliceGovernmentalOrganization",
     QT_TRANSLATE_NOOP3("VocabText", "Non-police government organisation", "who decided the trafficking status")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "who decided the trafficking status")},
});

constexpr auto kRelationshipToTrafficker = std::to_array<Label>({
    {"Familial", QT_TRANSLATE_NOOP3("VocabText", "Family", "victim's relationship to the trafficker")},
    {"Acquainted", QT_TRANSLATE_NOOP3("VocabText", "Acquainted", "victim's relationship to the trafficker")},
    {"Unaquainted", QT_TRANSLATE_NOOP3("VocabText", "Unacquainted", "victim's relationship to the trafficker")},
});

constexpr auto kWebsiteOrApp = std::to_array<Label>({
    {"Facebook", QT_TRANSLATE_NOOP3("VocabText", "Facebook", "website or app")},
    {"Instagram", QT_TRANSLATE_NOOP3("VocabText", "Instagram", "website or app")},
    {"WhatsApp", QT_TRANSLATE_NOOP3("VocabText", "WhatsApp", "website or app")},
    {"Telegram", QT_TRANSLATE_NOOP3("VocabText", "Telegram", "website or app")},
    {"FacebookMessenger", QT_TRANSLATE_NOOP3("VocabText", "Facebook Messenger", "website or app")},
    {"Viber", QT_TRANSLATE_NOOP3("VocabText", "Viber", "website or app")},
    {"SnapChat", QT_TRANSLATE_NOOP3("VocabText", "Snapchat", "website or app")},
    {"Line", QT_TRANSLATE_NOOP3("VocabText", "LINE", "website or app")},
    {"4Sale", QT_TRANSLATE_NOOP3("VocabText", "4Sale", "website or app")},
    {"WeChat", QT_TRANSLATE_NOOP3("VocabText", "WeChat", "website or app")},
    {"QQ", QT_TRANSLATE_NOOP3("VocabText", "QQ", "website or app")},
    {"QZone", QT_TRANSLATE_NOOP3("VocabText", "Qzone", "website or app")},
    {"TikTok", QT_TRANSLATE_NOOP3("VocabText", "TikTok", "website or app")},
    {"Twitter", QT_TRANSLATE_NOOP3("VocabText", "Twitter", "website or app")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "website or app")},
});

constexpr auto kRecruitmentMethod = std::to_array<Label>({
    {"AtAPlaceOfBusiness", QT_TRANSLATE_NOOP3("VocabText", "At a place of business", "recruitment method")},
    {"AtAnEducationalInstitution",
     QT_TRANSLATE_NOOP3("VocabText", "At an educational institution", "recruitment method")},
    {"AtWork", QT_TRANSLATE_NOOP3("VocabText", "At work", "recruitment method")},
    {"ThroughOnlineSocialNetworks",
     QT_TRANSLATE_NOOP3("VocabText", "Through online social networks", "recruitment method")},
    {"ThroughAnOnlineAdvertisement",
     QT_TRANSLATE_NOOP3("VocabText", "Through an online advertisement", "recruitment method")},
    {"ThroughATelevisionAdvert", QT_TRANSLATE_NOOP3("VocabText", "Through a television advert", "recruitment method")},
    {"ThroughANewspaperAdvert", QT_TRANSLATE_NOOP3("VocabText", "Through a newspaper advert", "recruitment method")},
    {"ThroughFamilyOrFamilyEvents",
     QT_TRANSLATE_NOOP3("VocabText", "Through family or family events", "recruitment method")},
    {"ThroughFriendsOrSocialEvents",
     QT_TRANSLATE_NOOP3("VocabText", "Through friends or social events", "recruitment method")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "recruitment method")},
});

constexpr auto kControlMethod = std::to_array<Label>({
    {"PhysicalThreats", QT_TRANSLATE_NOOP3("VocabText", "Physical threats", "method of control")},
    {"ThreatsLawEnforcement", QT_TRANSLATE_NOOP3("VocabText", "Threats of law enforcement", "method of control")},
    {"ThreatensChildrenFamily", QT_TRANSLATE_NOOP3("VocabText", "Threatens children or family", "method of control")},
    {"DebtBondage", QT_TRANSLATE_NOOP3("VocabText", "Debt bondage", "method of control")},
    {"FalsePromises", QT_TRANSLATE_NOOP3("VocabText", "False promises", "method of control")},
    {"PhysicalAbuse", QT_TRANSLATE_NOOP3("VocabText", "Physical abuse", "method of control")},
    {"SexualAbuse", QT_TRANSLATE_NOOP3("VocabText", "Sexual abuse", "method of control")},
    {"TakesEarnings", QT_TRANSLATE_NOOP3("VocabText", "Takes earnings", "method of control")},
    {"RestrictsFinancialAccess", QT_TRANSLATE_NOOP3("VocabText", "Restricts financial access", "method of control")},
    {"RestrictsMedicalCare", QT_TRANSLATE_NOOP3("VocabText", "Restricts medical care", "method of control")},
    {"WithholdsNecessities", QT_TRANSLATE_NOOP3("VocabText", "Withholds necessities", "method of control")},
    {"PsychologicalAbuse", QT_TRANSLATE_NOOP3("VocabText", "Psychological abuse", "method of control")},
    {"PsychoactiveSubstance", QT_TRANSLATE_NOOP3("VocabText", "Psychoactive substances", "method of control")},
    {"ExcessiveWorkingHours", QT_TRANSLATE_NOOP3("VocabText", "Excessive working hours", "method of control")},
    {"WithholdsDocuments", QT_TRANSLATE_NOOP3("VocabText", "Withholds documents", "method of control")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "method of control")},
});

constexpr auto kExploitationType = std::to_array<Label>({
    {"ForcedLabour", QT_TRANSLATE_NOOP3("VocabText", "Forced labour", "type of exploitation")},
    {"SexualExploitation", QT_TRANSLATE_NOOP3("VocabText", "Sexual exploitation", "type of exploitation")},
    {"ChildLabour", QT_TRANSLATE_NOOP3("VocabText", "Child labour", "type of exploitation")},
    {"ForcedMarriage", QT_TRANSLATE_NOOP3("VocabText", "Forced marriage", "type of exploitation")},
    {"Servitude", QT_TRANSLATE_NOOP3("VocabText", "Servitude", "type of exploitation")},
    {"ForcedMilitaryByNonStateActors",
     QT_TRANSLATE_NOOP3("VocabText", "Forced military (by non-state actors)", "type of exploitation"),
     QT_TRANSLATE_NOOP3("VocabText", "Forced military service", "type of exploitation, short form")},
    {"OrganRemoval", QT_TRANSLATE_NOOP3("VocabText", "Organ removal", "type of exploitation")},
    {"ForcedBegging", QT_TRANSLATE_NOOP3("VocabText", "Forced begging", "type of exploitation")},
    {"ForcedAdoption", QT_TRANSLATE_NOOP3("VocabText", "Forced adoption", "type of exploitation")},
    {"Surrogacy", QT_TRANSLATE_NOOP3("VocabText", "Surrogacy", "type of exploitation")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "type of exploitation")},
    {"ForcedCriminality",
     QT_TRANSLATE_NOOP3("VocabText", "Forced criminality (e.g. online scam operations)", "type of exploitation"),
     QT_TRANSLATE_NOOP3("VocabText", "Forced criminality (scams)", "type of exploitation, short form")},
});

constexpr auto kForcedLabourIndustry = std::to_array<Label>({
    {"A_AgricultureForestryAndFishing",
     QT_TRANSLATE_NOOP3("VocabText", "Agriculture, forestry and fishing", "industry")},
    {"B_MiningAndQuarrying", QT_TRANSLATE_NOOP3("VocabText", "Mining and quarrying", "industry")},
    {"C_Manufacturing", QT_TRANSLATE_NOOP3("VocabText", "Manufacturing", "industry")},
    {"D_ElectricityGasSteamAndAirConditioningSupply",
     QT_TRANSLATE_NOOP3("VocabText", "Electricity, gas, steam and air conditioning supply", "industry")},
    {"E_WaterSupplySewerageWasteManagement",
     QT_TRANSLATE_NOOP3("VocabText", "Water supply; sewerage, waste management and remediation", "industry")},
    {"F_Construction", QT_TRANSLATE_NOOP3("VocabText", "Construction", "industry")},
    {"G_WholesaleAndRetailTradeRepairOfMotorVehicles",
     QT_TRANSLATE_NOOP3("VocabText", "Wholesale and retail trade; repair of motor vehicles and motorcycles",
                        "industry")},
    {"H_TransportationAndStorage", QT_TRANSLATE_NOOP3("VocabText", "Transportation and storage", "industry")},
    {"I_AccommodationAndFoodServiceActivities",
     QT_TRANSLATE_NOOP3("VocabText", "Accommodation and food service activities", "industry")},
    {"J_InformationAndCommunication", QT_TRANSLATE_NOOP3("VocabText", "Information and communication", "industry")},
    {"K_FinancialAndInsuranceActivities",
     QT_TRANSLATE_NOOP3("VocabText", "Financial and insurance activities", "industry")},
    {"L_RealEstateActivities", QT_TRANSLATE_NOOP3("VocabText", "Real estate activities", "industry")},
    {"M_ProfessionalScientificAndTechnicalActivities",
     QT_TRANSLATE_NOOP3("VocabText", "Professional, scientific and technical activities", "industry")},
    {"N_AdministrativeAndSupportServiceActivities",
     QT_TRANSLATE_NOOP3("VocabText", "Administrative and support service activities", "industry")},
    {"O_PublicAdministrationAndDefence",
     QT_TRANSLATE_NOOP3("VocabText", "Public administration and defence; compulsory social security", "industry")},
    {"P_Education", QT_TRANSLATE_NOOP3("VocabText", "Education", "industry")},
    {"Q_HumanHealthAndSocialWorkActivities",
     QT_TRANSLATE_NOOP3("VocabText", "Human health and social work activities", "industry")},
    {"R_ArtsEntertainmentAndRecreation",
     QT_TRANSLATE_NOOP3("VocabText", "Arts, entertainment and recreation", "industry")},
    {"S_OtherServiceActivities", QT_TRANSLATE_NOOP3("VocabText", "Other service activities", "industry")},
    {"T_ActivitiesOfHouseholdsAsEmployers",
     QT_TRANSLATE_NOOP3("VocabText", "Activities of households as employers", "industry")},
    {"U_ActivitiesOfExtraterritorialOrganizations",
     QT_TRANSLATE_NOOP3("VocabText", "Activities of extraterritorial organisations and bodies", "industry")},
});

constexpr auto kSexExploitationType = std::to_array<Label>({
    {"Prostitution", QT_TRANSLATE_NOOP3("VocabText", "Prostitution", "type of sexual exploitation")},
    {"Pornography", QT_TRANSLATE_NOOP3("VocabText", "Pornography", "type of sexual exploitation")},
    {"RemoteInteractiveServices",
     QT_TRANSLATE_NOOP3("VocabText", "Remote interactive services", "type of sexual exploitation")},
    {"PrivateSexualServices",
     QT_TRANSLATE_NOOP3("VocabText", "Private sexual services", "type of sexual exploitation")},
});

constexpr auto kIdentificationMethod = std::to_array<Label>({
    {"SelfReferral", QT_TRANSLATE_NOOP3("VocabText", "Self-referral", "how the victim was identified")},
    {"PoliceOperation", QT_TRANSLATE_NOOP3("VocabText", "Police operation", "how the victim was identified")},
    {"LabourInspection", QT_TRANSLATE_NOOP3("VocabText", "Labour inspection", "how the victim was identified")},
    {"BorderScreening", QT_TRANSLATE_NOOP3("VocabText", "Border screening", "how the victim was identified")},
    {"NgoOutreach", QT_TRANSLATE_NOOP3("VocabText", "NGO outreach", "how the victim was identified")},
    {"Hotline", QT_TRANSLATE_NOOP3("VocabText", "Hotline", "how the victim was identified")},
    {"EmbassyOrConsulate", QT_TRANSLATE_NOOP3("VocabText", "Embassy or consulate", "how the victim was identified")},
    {"HealthServices", QT_TRANSLATE_NOOP3("VocabText", "Health services", "how the victim was identified")},
    {"FamilyOrCommunity", QT_TRANSLATE_NOOP3("VocabText", "Family or community", "how the victim was identified")},
    {"ForeignAgencyReferral",
     QT_TRANSLATE_NOOP3("VocabText", "Referral from a foreign agency", "how the victim was identified")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "how the victim was identified")},
});

constexpr auto kRoleInProcess = std::to_array<Label>({
    {"TravellingPartner", QT_TRANSLATE_NOOP3("VocabText", "Travelling partner", "suspect's role in the process")},
    {"Transporter", QT_TRANSLATE_NOOP3("VocabText", "Transporter", "suspect's role in the process")},
    {"RecruiterOrIntermediary",
     QT_TRANSLATE_NOOP3("VocabText", "Recruiter or intermediary", "suspect's role in the process")},
    {"BrokerTravelAgent", QT_TRANSLATE_NOOP3("VocabText", "Broker or travel agent", "suspect's role in the process")},
    {"TransferredIndividual",
     QT_TRANSLATE_NOOP3("VocabText", "Transferred the individual", "suspect's role in the process")},
    {"HarbouredIndividual",
     QT_TRANSLATE_NOOP3("VocabText", "Harboured the individual", "suspect's role in the process")},
    {"SoldIndividual", QT_TRANSLATE_NOOP3("VocabText", "Sold the individual", "suspect's role in the process")},
    {"BoughtIndividual", QT_TRANSLATE_NOOP3("VocabText", "Bought the individual", "suspect's role in the process")},
    {"ReceivedIndividual", QT_TRANSLATE_NOOP3("VocabText", "Received the individual", "suspect's role in the process")},
    {"ControlledIndividual",
     QT_TRANSLATE_NOOP3("VocabText", "Controlled the individual", "suspect's role in the process")},
    {"Smuggler", QT_TRANSLATE_NOOP3("VocabText", "Smuggler", "suspect's role in the process")},
    {"Abuser", QT_TRANSLATE_NOOP3("VocabText", "Abuser", "suspect's role in the process")},
    {"Kidnapper", QT_TRANSLATE_NOOP3("VocabText", "Kidnapper", "suspect's role in the process")},
    {"Exploiter", QT_TRANSLATE_NOOP3("VocabText", "Exploiter", "suspect's role in the process")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "suspect's role in the process")},
});

constexpr auto kArrestStatus = std::to_array<Label>({
    {"NotArrested", QT_TRANSLATE_NOOP3("VocabText", "Not arrested", "arrest status")},
    {"Wanted", QT_TRANSLATE_NOOP3("VocabText", "Wanted", "arrest status")},
    {"Arrested", QT_TRANSLATE_NOOP3("VocabText", "Arrested", "arrest status")},
    {"Detained", QT_TRANSLATE_NOOP3("VocabText", "Detained", "arrest status")},
    {"ReleasedOnBail", QT_TRANSLATE_NOOP3("VocabText", "Released on bail", "arrest status")},
    {"Released", QT_TRANSLATE_NOOP3("VocabText", "Released", "arrest status")},
});

constexpr auto kChargeStatus = std::to_array<Label>({
    {"NotCharged", QT_TRANSLATE_NOOP3("VocabText", "Not charged", "charge status")},
    {"UnderReview", QT_TRANSLATE_NOOP3("VocabText", "Under review", "charge status")},
    {"Charged", QT_TRANSLATE_NOOP3("VocabText", "Charged", "charge status")},
    {"ChargesDropped", QT_TRANSLATE_NOOP3("VocabText", "Charges dropped", "charge status")},
});

constexpr auto kProsecutionStatus = std::to_array<Label>({
    {"NotProsecuted", QT_TRANSLATE_NOOP3("VocabText", "Not prosecuted", "prosecution status")},
    {"Pending", QT_TRANSLATE_NOOP3("VocabText", "Pending", "prosecution status")},
    {"InCourt", QT_TRANSLATE_NOOP3("VocabText", "In court", "prosecution status")},
    {"Convicted", QT_TRANSLATE_NOOP3("VocabText", "Convicted", "prosecution status")},
    {"Acquitted", QT_TRANSLATE_NOOP3("VocabText", "Acquitted", "prosecution status")},
    {"Dismissed", QT_TRANSLATE_NOOP3("VocabText", "Dismissed", "prosecution status")},
    {"Appeal", QT_TRANSLATE_NOOP3("VocabText", "On appeal", "prosecution status")},
});

constexpr auto kCaseStatus = std::to_array<Label>({
    {"Active", QT_TRANSLATE_NOOP3("VocabText", "Active", "case status")},
    {"FollowUp", QT_TRANSLATE_NOOP3("VocabText", "Follow up", "case status")},
    {"Closed", QT_TRANSLATE_NOOP3("VocabText", "Closed", "case status")},
    {"ClosedReferred", QT_TRANSLATE_NOOP3("VocabText", "Closed, referred", "case status")},
    {"Reported", QT_TRANSLATE_NOOP3("VocabText", "Reported", "case status")},
    {"UnderInvestigation", QT_TRANSLATE_NOOP3("VocabText", "Under investigation", "case status")},
    {"ReferredForProsecution", QT_TRANSLATE_NOOP3("VocabText", "Referred for prosecution", "case status")},
    {"InCourt", QT_TRANSLATE_NOOP3("VocabText", "In court", "case status")},
});

constexpr auto kReferralReason = std::to_array<Label>({
    {"AdditionalServicesRequired",
     QT_TRANSLATE_NOOP3("VocabText", "Additional services required", "reason for a case referral")},
    {"MigrationOrChangeOfLocation",
     QT_TRANSLATE_NOOP3("VocabText", "Migration or change of location", "reason for a case referral")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "reason for a case referral")},
});

constexpr auto kJourneyEventType = std::to_array<Label>({
    {"Recruitment", QT_TRANSLATE_NOOP3("VocabText", "Recruitment", "journey event")},
    {"Transit", QT_TRANSLATE_NOOP3("VocabText", "Transit", "journey event")},
    {"Exploitation", QT_TRANSLATE_NOOP3("VocabText", "Exploitation", "journey event")},
    {"Return", QT_TRANSLATE_NOOP3("VocabText", "Return", "journey event")},
});

constexpr auto kMeansOfTravel = std::to_array<Label>({
    {"Air", QT_TRANSLATE_NOOP3("VocabText", "Air", "means of travel")},
    {"Bus", QT_TRANSLATE_NOOP3("VocabText", "Bus", "means of travel")},
    {"Car", QT_TRANSLATE_NOOP3("VocabText", "Car", "means of travel")},
    {"Boat", QT_TRANSLATE_NOOP3("VocabText", "Boat or ship", "means of travel")},
    {"Train", QT_TRANSLATE_NOOP3("VocabText", "Train", "means of travel")},
    {"OnFoot", QT_TRANSLATE_NOOP3("VocabText", "On foot", "means of travel")},
    {"Motorcycle", QT_TRANSLATE_NOOP3("VocabText", "Motorcycle", "means of travel")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "means of travel")},
});

constexpr auto kServiceType = std::to_array<Label>({
    {"Education", QT_TRANSLATE_NOOP3("VocabText", "Education", "support service")},
    {"Financial", QT_TRANSLATE_NOOP3("VocabText", "Financial support", "support service"),
     QT_TRANSLATE_NOOP3("VocabText", "Financial", "support service, short form")},
    {"Health", QT_TRANSLATE_NOOP3("VocabText", "Health", "support service")},
    {"LabourExploitationRehabilitation",
     QT_TRANSLATE_NOOP3("VocabText", "Labour exploitation rehabilitation", "support service")},
    {"Legal", QT_TRANSLATE_NOOP3("VocabText", "Legal aid", "support service"),
     QT_TRANSLATE_NOOP3("VocabText", "Legal", "support service, short form")},
    {"Livelihood", QT_TRANSLATE_NOOP3("VocabText", "Livelihood", "support service")},
    {"RightsBasedTraining", QT_TRANSLATE_NOOP3("VocabText", "Rights-based training", "support service")},
    {"SexualExploitationRehabilitation",
     QT_TRANSLATE_NOOP3("VocabText", "Sexual exploitation rehabilitation", "support service")},
    {"SocialCare", QT_TRANSLATE_NOOP3("VocabText", "Social care", "support service")},
    {"Shelter", QT_TRANSLATE_NOOP3("VocabText", "Shelter", "support service")},
    {"Medical", QT_TRANSLATE_NOOP3("VocabText", "Medical care", "support service")},
    {"Psychosocial", QT_TRANSLATE_NOOP3("VocabText", "Psychosocial support", "support service")},
    {"Interpretation", QT_TRANSLATE_NOOP3("VocabText", "Interpretation", "support service")},
    {"Repatriation", QT_TRANSLATE_NOOP3("VocabText", "Repatriation", "support service")},
    {"Reintegration", QT_TRANSLATE_NOOP3("VocabText", "Reintegration", "support service")},
});

constexpr auto kReferralStatus = std::to_array<Label>({
    {"Requested", QT_TRANSLATE_NOOP3("VocabText", "Requested", "referral status")},
    {"Accepted", QT_TRANSLATE_NOOP3("VocabText", "Accepted", "referral status")},
    {"InProgress", QT_TRANSLATE_NOOP3("VocabText", "In progress", "referral status")},
    {"Completed", QT_TRANSLATE_NOOP3("VocabText", "Completed", "referral status")},
    {"Declined", QT_TRANSLATE_NOOP3("VocabText", "Declined", "referral status")},
    {"Cancelled", QT_TRANSLATE_NOOP3("VocabText", "Cancelled", "referral status")},
});

// FIRST TLP 2.0 says not to translate TLP labels: label() returns these texts as they are.
constexpr auto kTlp = std::to_array<Label>({
    {"CLEAR", {"TLP:CLEAR", nullptr}},
    {"GREEN", {"TLP:GREEN", nullptr}},
    {"AMBER", {"TLP:AMBER", nullptr}},
    {"AMBER+STRICT", {"TLP:AMBER+STRICT", nullptr}},
    {"RED", {"TLP:RED", nullptr}},
});

constexpr auto kHandlingCode = std::to_array<Label>({
    {"H0", QT_TRANSLATE_NOOP3("VocabText", "H0 – no restriction", "handling code")},
    {"H1", QT_TRANSLATE_NOOP3("VocabText", "H1 – no further dissemination without permission", "handling code")},
    {"H2", QT_TRANSLATE_NOOP3("VocabText", "H2 – law enforcement only, originator's permission to share further",
                              "handling code")},
    {"H3", QT_TRANSLATE_NOOP3("VocabText", "H3 – originator only, no dissemination", "handling code")},
});

constexpr auto kPersonRole = std::to_array<Label>({
    {"Victim", QT_TRANSLATE_NOOP3("VocabText", "Victim", "person role")},
    {"Suspect", QT_TRANSLATE_NOOP3("VocabText", "Suspect", "person role")},
    {"Witness", QT_TRANSLATE_NOOP3("VocabText", "Witness", "person role")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "person role")},
});

constexpr auto kIdentifierType = std::to_array<Label>({
    {"Passport", QT_TRANSLATE_NOOP3("VocabText", "Passport", "identifier type")},
    {"NationalId", QT_TRANSLATE_NOOP3("VocabText", "National identity number", "identifier type")},
    {"Phone", QT_TRANSLATE_NOOP3("VocabText", "Phone number", "identifier type")},
    {"Email", QT_TRANSLATE_NOOP3("VocabText", "Email address", "identifier type")},
    {"SocialMediaHandle", QT_TRANSLATE_NOOP3("VocabText", "Social media handle", "identifier type")},
    {"BankAccount", QT_TRANSLATE_NOOP3("VocabText", "Bank account", "identifier type")},
    {"CryptoWallet", QT_TRANSLATE_NOOP3("VocabText", "Cryptocurrency wallet", "identifier type")},
    {"VehiclePlate", QT_TRANSLATE_NOOP3("VocabText", "Vehicle registration plate", "identifier type")},
    {"DrivingLicence", QT_TRANSLATE_NOOP3("VocabText", "Driving licence", "identifier type")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "identifier type")},
});

constexpr auto kRelationshipType = std::to_array<Label>({
    {"Recruited", QT_TRANSLATE_NOOP3("VocabText", "Recruited", "relationship type")},
    {"Transported", QT_TRANSLATE_NOOP3("VocabText", "Transported", "relationship type")},
    {"Harboured", QT_TRANSLATE_NOOP3("VocabText", "Harboured", "relationship type")},
    {"Employed", QT_TRANSLATE_NOOP3("VocabText", "Employed", "relationship type")},
    {"Controlled", QT_TRANSLATE_NOOP3("VocabText", "Controlled", "relationship type")},
    {"Exploited", QT_TRANSLATE_NOOP3("VocabText", "Exploited", "relationship type")},
    {"Paid", QT_TRANSLATE_NOOP3("VocabText", "Paid", "relationship type")},
    {"Family", QT_TRANSLATE_NOOP3("VocabText", "Family member", "relationship type")},
    {"Associate", QT_TRANSLATE_NOOP3("VocabText", "Associate", "relationship type")},
    {"Owns", QT_TRANSLATE_NOOP3("VocabText", "Owns", "relationship type")},
    {"Manages", QT_TRANSLATE_NOOP3("VocabText", "Manages", "relationship type")},
    {"WorksFor", QT_TRANSLATE_NOOP3("VocabText", "Works for", "relationship type")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "relationship type")},
});

constexpr auto kSourceReliability = std::to_array<Label>({
    {"A", QT_TRANSLATE_NOOP3("VocabText",
                             "A – no doubt of authenticity, trustworthiness and competence; or a history of complete "
                             "reliability",
                             "source grade")},
    {"B", QT_TRANSLATE_NOOP3("VocabText", "B – information from this source has in most instances proved reliable",
                             "source grade")},
    {"C", QT_TRANSLATE_NOOP3("VocabText", "C – information from this source has in most instances proved unreliable",
                             "source grade")},
    {"X", QT_TRANSLATE_NOOP3("VocabText", "X – reliability cannot be assessed", "source grade")},
});

constexpr auto kInformationCredibility = std::to_array<Label>({
    {"1", QT_TRANSLATE_NOOP3("VocabText", "1 – known to be true without reservation", "information grade")},
    {"2", QT_TRANSLATE_NOOP3("VocabText", "2 – known personally to the source but not to the official passing it on",
                             "information grade")},
    {"3", QT_TRANSLATE_NOOP3("VocabText",
                             "3 – not known personally to the source but corroborated by information already recorded",
                             "information grade")},
    {"4", QT_TRANSLATE_NOOP3("VocabText", "4 – not known personally to the source and cannot be corroborated",
                             "information grade")},
});

constexpr auto kNoteKind = std::to_array<Label>({
    {"Note", QT_TRANSLATE_NOOP3("VocabText", "Note", "timeline entry kind")},
    {"Event", QT_TRANSLATE_NOOP3("VocabText", "Event", "timeline entry kind")},
    {"Interview", QT_TRANSLATE_NOOP3("VocabText", "Interview", "timeline entry kind")},
    {"Operation", QT_TRANSLATE_NOOP3("VocabText", "Operation", "timeline entry kind")},
    {"CourtHearing", QT_TRANSLATE_NOOP3("VocabText", "Court hearing", "timeline entry kind")},
    {"Other", QT_TRANSLATE_NOOP3("VocabText", "Other", "timeline entry kind")},
});

std::span<const Label> tableOf(vocab::List list) {
    using vocab::List;
    switch (list) {
    case List::OrganisationType: return kOrganisationType;
    case List::Sex: return kSex;
    case List::Gender: return kGender;
    case List::TraffickingStatus: return kTraffickingStatus;
    case List::DecisionMakingOrg: return kDecisionMakingOrg;
    case List::RelationshipToTrafficker: return kRelationshipToTrafficker;
    case List::WebsiteOrApp: return kWebsiteOrApp;
    case List::RecruitmentMethod: return kRecruitmentMethod;
    case List::ControlMethod: return kControlMethod;
    case List::ExploitationType: return kExploitationType;
    case List::ForcedLabourIndustry: return kForcedLabourIndustry;
    case List::SexExploitationType: return kSexExploitationType;
    case List::IdentificationMethod: return kIdentificationMethod;
    case List::RoleInProcess: return kRoleInProcess;
    case List::ArrestStatus: return kArrestStatus;
    case List::ChargeStatus: return kChargeStatus;
    case List::ProsecutionStatus: return kProsecutionStatus;
    case List::CaseStatus: return kCaseStatus;
    case List::ReferralReason: return kReferralReason;
    case List::JourneyEventType: return kJourneyEventType;
    case List::MeansOfTravel: return kMeansOfTravel;
    case List::ServiceType: return kServiceType;
    case List::ReferralStatus: return kReferralStatus;
    case List::Tlp: return kTlp;
    case List::HandlingCode: return kHandlingCode;
    case List::PersonRole: return kPersonRole;
    case List::IdentifierType: return kIdentifierType;
    case List::RelationshipType: return kRelationshipType;
    case List::SourceReliability: return kSourceReliability;
    case List::InformationCredibility: return kInformationCredibility;
    case List::NoteKind: return kNoteKind;
    // Not shown by any page yet; core's English label stands in.
    case List::MaritalStatus:
    case List::Education:
    case List::ConsentPurpose:
    case List::ConsentScope: return {};
    }
    return {};
}

const Label* find(vocab::List list, std::string_view code) {
    const auto table = tableOf(list);
    const auto it = std::find_if(table.begin(), table.end(), [&](const Label& l) { return l.code == code; });
    return it == table.end() ? nullptr : &*it;
}

QString fromUtf8(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString translated(vocab::List list, const SourceText& text) {
    if (list == vocab::List::Tlp)
        return QString::fromLatin1(text.source);
    return QCoreApplication::translate("VocabText", text.source, text.comment);
}

}  // namespace

QString VocabText::label(vocab::List list, std::string_view code) {
    if (const Label* l = find(list, code))
        return translated(list, l->text);
    if (const auto english = vocab::label(list, code))
        return fromUtf8(*english);
    return fromUtf8(code);
}

QString VocabText::shortLabel(vocab::List list, std::string_view code) {
    if (const Label* l = find(list, code); l && l->shortText.source)
        return translated(list, l->shortText);
    return label(list, code);
}

bool VocabText::hasEntry(vocab::List list, std::string_view code) { return find(list, code) != nullptr; }

std::vector<std::pair<QString, QString>> VocabText::choices(vocab::List list) {
    std::vector<std::pair<QString, QString>> out;
    for (const vocab::Term& term : vocab::terms(list))
        out.emplace_back(fromUtf8(term.code), label(list, term.code));
    return out;
}

QString VocabText::grade(const std::string& source, const std::string& information) {
    return QString::fromStdString(source + information);
}

QString VocabText::gradeToolTip(const std::string& source, const std::string& information) {
    //: Tooltip of a 4x4 grade such as B2, one half per line: %1 explains the source grade, %2 the
    //: information grade.
    return tr("Source: %1\nInformation: %2")
        .arg(label(vocab::List::SourceReliability, source), label(vocab::List::InformationCredibility, information));
}

}  // namespace lintas::ui
