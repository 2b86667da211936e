#include "cases/tabs/TabText.h"

#include "common/ErrorText.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

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

struct Entry {
    const char* code;
    SourceText text;
};

constexpr auto kPersonRole = std::to_array<Entry>({
    {"Victim", QT_TRANSLATE_NOOP3("TabText", "Victim", "person role")},
    {"Suspect", QT_TRANSLATE_NOOP3("TabText", "Suspect", "person role")},
    {"Witness", QT_TRANSLATE_NOOP3("TabText", "Witness", "person role")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "person role")},
});

constexpr auto kSex = std::to_array<Entry>({
    {"Female", QT_TRANSLATE_NOOP3("TabText", "Female", "sex")},
    {"Male", QT_TRANSLATE_NOOP3("TabText", "Male", "sex")},
    {"Intersex", QT_TRANSLATE_NOOP3("TabText", "Intersex", "sex")},
    {"Unknown", QT_TRANSLATE_NOOP3("TabText", "Unknown", "sex")},
});

constexpr auto kIdentifierType = std::to_array<Entry>({
    {"Passport", QT_TRANSLATE_NOOP3("TabText", "Passport", "identifier type")},
    {"NationalId", QT_TRANSLATE_NOOP3("TabText", "National identity number", "identifier type")},
    {"Phone", QT_TRANSLATE_NOOP3("TabText", "Phone number", "identifier type")},
    {"Email", QT_TRANSLATE_NOOP3("TabText", "Email address", "identifier type")},
    {"SocialMediaHandle", QT_TRANSLATE_NOOP3("TabText", "Social media handle", "identifier type")},
    {"BankAccount", QT_TRANSLATE_NOOP3("TabText", "Bank account", "identifier type")},
    {"CryptoWallet", QT_TRANSLATE_NOOP3("TabText", "Cryptocurrency wallet", "identifier type")},
    {"VehiclePlate", QT_TRANSLATE_NOOP3("TabText", "Vehicle registration plate", "identifier type")},
    {"DrivingLicence", QT_TRANSLATE_NOOP3("TabText", "Driving licence", "identifier type")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "identifier type")},
});

constexpr auto kJourneyEventType = std::to_array<Entry>({
    {"Recruitment", QT_TRANSLATE_NOOP3("TabText", "Recruitment", "journey event")},
    {"Transit", QT_TRANSLATE_NOOP3("TabText", "Transit", "journey event")},
    {"Exploitation", QT_TRANSLATE_NOOP3("TabText", "Exploitation", "journey event")},
    {"Return", QT_TRANSLATE_NOOP3("TabText", "Return", "journey event")},
});

constexpr auto kMeansOfTravel = std::to_array<Entry>({
    {"Air", QT_TRANSLATE_NOOP3("TabText", "Air", "means of travel")},
    {"Bus", QT_TRANSLATE_NOOP3("TabText", "Bus", "means of travel")},
    {"Car", QT_TRANSLATE_NOOP3("TabText", "Car", "means of travel")},
    {"Boat", QT_TRANSLATE_NOOP3("TabText", "Boat or ship", "means of travel")},
    {"Train", QT_TRANSLATE_NOOP3("TabText", "Train", "means of travel")},
    {"OnFoot", QT_TRANSLATE_NOOP3("TabText", "On foot", "means of travel")},
    {"Motorcycle", QT_TRANSLATE_NOOP3("TabText", "Motorcycle", "means of travel")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "means of travel")},
});

constexpr auto kRelationshipType = std::to_array<Entry>({
    {"Recruited", QT_TRANSLATE_NOOP3("TabText", "Recruited", "relationship type")},
    {"Transported", QT_TRANSLATE_NOOP3("TabText", "Transported", "relationship type")},
    {"Harboured", QT_TRANSLATE_NOOP3("TabText", "Harboured", "relationship type")},
    {"Employed", QT_TRANSLATE_NOOP3("TabText", "Employed", "relationship type")},
    {"Controlled", QT_TRANSLATE_NOOP3("TabText", "Controlled", "relationship type")},
    {"Exploited", QT_TRANSLATE_NOOP3("TabText", "Exploited", "relationship type")},
    {"Paid", QT_TRANSLATE_NOOP3("TabText", "Paid", "relationship type")},
    {"Family", QT_TRANSLATE_NOOP3("TabText", "Family member", "relationship type")},
    {"Associate", QT_TRANSLATE_NOOP3("TabText", "Associate", "relationship type")},
    {"Owns", QT_TRANSLATE_NOOP3("TabText", "Owns", "relationship type")},
    {"Manages", QT_TRANSLATE_NOOP3("TabText", "Manages", "relationship type")},
    {"WorksFor", QT_TRANSLATE_NOOP3("TabText", "Works for", "relationship type")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "relationship type")},
});

constexpr auto kSourceReliability = std::to_array<Entry>({
    {"A", QT_TRANSLATE_NOOP3("TabText",
                             "A – no doubt of authenticity, trustworthiness and competence; or a history of complete "
                             "reliability",
                             "source grade")},
    {"B", QT_TRANSLATE_NOOP3("TabText", "B – information from this source has in most instances proved reliable",
                             "source grade")},
    {"C", QT_TRANSLATE_NOOP3("TabText", "C – information from this source has in most instances proved unreliable",
                             "source grade")},
    {"X", QT_TRANSLATE_NOOP3("TabText", "X – reliability cannot be assessed", "source grade")},
});

constexpr auto kInformationCredibility = std::to_array<Entry>({
    {"1", QT_TRANSLATE_NOOP3("TabText", "1 – known to be true without reservation", "information grade")},
    {"2", QT_TRANSLATE_NOOP3("TabText", "2 – known personally to the source but not to the official passing it on",
                             "information grade")},
    {"3", QT_TRANSLATE_NOOP3("TabText",
                             "3 – not known personally to the source but corroborated by information already recorded",
                             "information grade")},
    {"4", QT_TRANSLATE_NOOP3("TabText", "4 – not known personally to the source and cannot be corroborated",
                             "information grade")},
});

constexpr auto kReferralStatus = std::to_array<Entry>({
    {"Requested", QT_TRANSLATE_NOOP3("TabText", "Requested", "referral status")},
    {"Accepted", QT_TRANSLATE_NOOP3("TabText", "Accepted", "referral status")},
    {"InProgress", QT_TRANSLATE_NOOP3("TabText", "In progress", "referral status")},
    {"Completed", QT_TRANSLATE_NOOP3("TabText", "Completed", "referral status")},
    {"Declined", QT_TRANSLATE_NOOP3("TabText", "Declined", "referral status")},
    {"Cancelled", QT_TRANSLATE_NOOP3("TabText", "Cancelled", "referral status")},
});

constexpr auto kServiceType = std::to_array<Entry>({
    {"Education", QT_TRANSLATE_NOOP3("TabText", "Education", "support service")},
    {"Financial", QT_TRANSLATE_NOOP3("TabText", "Financial", "support service")},
    {"Health", QT_TRANSLATE_NOOP3("TabText", "Health", "support service")},
    {"LabourExploitationRehabilitation",
     QT_TRANSLATE_NOOP3("TabText", "Labour exploitation rehabilitation", "support service")},
    {"Legal", QT_TRANSLATE_NOOP3("TabText", "Legal", "support service")},
    {"Livelihood", QT_TRANSLATE_NOOP3("TabText", "Livelihood", "support service")},
    {"RightsBasedTraining", QT_TRANSLATE_NOOP3("TabText", "Rights-based training", "support service")},
    {"SexualExploitationRehabilitation",
     QT_TRANSLATE_NOOP3("TabText", "Sexual exploitation rehabilitation", "support service")},
    {"SocialCare", QT_TRANSLATE_NOOP3("TabText", "Social care", "support service")},
    {"Shelter", QT_TRANSLATE_NOOP3("TabText", "Shelter", "support service")},
    {"Medical", QT_TRANSLATE_NOOP3("TabText", "Medical care", "support service")},
    {"Psychosocial", QT_TRANSLATE_NOOP3("TabText", "Psychosocial support", "support service")},
    {"Interpretation", QT_TRANSLATE_NOOP3("TabText", "Interpretation", "support service")},
    {"Repatriation", QT_TRANSLATE_NOOP3("TabText", "Repatriation", "support service")},
    {"Reintegration", QT_TRANSLATE_NOOP3("TabText", "Reintegration", "support service")},
});

constexpr auto kNoteKind = std::to_array<Entry>({
    {"Note", QT_TRANSLATE_NOOP3("TabText", "Note", "timeline entry kind")},
    {"Event", QT_TRANSLATE_NOOP3("TabText", "Event", "timeline entry kind")},
    {"Interview", QT_TRANSLATE_NOOP3("TabText", "Interview", "timeline entry kind")},
    {"Operation", QT_TRANSLATE_NOOP3("TabText", "Operation", "timeline entry kind")},
    {"CourtHearing", QT_TRANSLATE_NOOP3("TabText", "Court hearing", "timeline entry kind")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "timeline entry kind")},
});

constexpr auto kTraffickingStatus = std::to_array<Entry>({
    {"PossibleVictimOfTrafficking", QT_TRANSLATE_NOOP3("TabText", "Possible victim of trafficking", "trafficking status")},
    {"ActualVictimOfTrafficking", QT_TRANSLATE_NOOP3("TabText", "Actual victim of trafficking", "trafficking status")},
    {"NotAVictimOfTrafficking", QT_TRANSLATE_NOOP3("TabText", "Not a victim of trafficking", "trafficking status")},
});

constexpr auto kDecisionMakingOrg = std::to_array<Entry>({
    {"Police", QT_TRANSLATE_NOOP3("TabText", "Police", "who decided the trafficking status")},
    {"NGO", QT_TRANSLATE_NOOP3("TabText", "NGO", "who decided the trafficking status")},
    {"CourtOrProsecution", QT_TRANSLATE_NOOP3("TabText", "Court or prosecution", "who decided the trafficking status")},
    {"NonPoliceGovernmentalOrganization",
     QT_TRANSLATE_NOOP3("TabText", "Non-police government organisation", "who decided the trafficking status")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "who decided the trafficking status")},
});

constexpr auto kRelationshipToTrafficker = std::to_array<Entry>({
    {"Familial", QT_TRANSLATE_NOOP3("TabText", "Family", "victim's relationship to the trafficker")},
    {"Acquainted", QT_TRANSLATE_NOOP3("TabText", "Acquainted", "victim's relationship to the trafficker")},
    {"Unaquainted", QT_TRANSLATE_NOOP3("TabText", "Unacquainted", "victim's relationship to the trafficker")},
});

constexpr auto kWebsiteOrApp = std::to_array<Entry>({
    {"Facebook", QT_TRANSLATE_NOOP3("TabText", "Facebook", "website or app")},
    {"Instagram", QT_TRANSLATE_NOOP3("TabText", "Instagram", "website or app")},
    {"WhatsApp", QT_TRANSLATE_NOOP3("TabText", "WhatsApp", "website or app")},
    {"Telegram", QT_TRANSLATE_NOOP3("TabText", "Telegram", "website or app")},
    {"FacebookMessenger", QT_TRANSLATE_NOOP3("TabText", "Facebook Messenger", "website or app")},
    {"Viber", QT_TRANSLATE_NOOP3("TabText", "Viber", "website or app")},
    {"SnapChat", QT_TRANSLATE_NOOP3("TabText", "Snapchat", "website or app")},
    {"Line", QT_TRANSLATE_NOOP3("TabText", "LINE", "website or app")},
    {"4Sale", QT_TRANSLATE_NOOP3("TabText", "4Sale", "website or app")},
    {"WeChat", QT_TRANSLATE_NOOP3("TabText", "WeChat", "website or app")},
    {"QQ", QT_TRANSLATE_NOOP3("TabText", "QQ", "website or app")},
    {"QZone", QT_TRANSLATE_NOOP3("TabText", "Qzone", "website or app")},
    {"TikTok", QT_TRANSLATE_NOOP3("TabText", "TikTok", "website or app")},
    {"Twitter", QT_TRANSLATE_NOOP3("TabText", "Twitter", "website or app")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "website or app")},
});

constexpr auto kRecruitmentMethod = std::to_array<Entry>({
    {"AtAPlaceOfBusiness", QT_TRANSLATE_NOOP3("TabText", "At a place of business", "recruitment method")},
    {"AtAnEducationalInstitution", QT_TRANSLATE_NOOP3("TabText", "At an educational institution", "recruitment method")},
    {"AtWork", QT_TRANSLATE_NOOP3("TabText", "At work", "recruitment method")},
    {"ThroughOnlineSocialNetworks",
     QT_TRANSLATE_NOOP3("TabText", "Through online social networks", "recruitment method")},
    {"ThroughAnOnlineAdvertisement",
     QT_TRANSLATE_NOOP3("TabText", "Through an online advertisement", "recruitment method")},
    {"ThroughATelevisionAdvert", QT_TRANSLATE_NOOP3("TabText", "Through a television advert", "recruitment method")},
    {"ThroughANewspaperAdvert", QT_TRANSLATE_NOOP3("TabText", "Through a newspaper advert", "recruitment method")},
    {"ThroughFamilyOrFamilyEvents",
     QT_TRANSLATE_NOOP3("TabText", "Through family or family events", "recruitment method")},
    {"ThroughFriendsOrSocialEvents",
     QT_TRANSLATE_NOOP3("TabText", "Through friends or social events", "recruitment method")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "recruitment method")},
});

constexpr auto kControlMethod = std::to_array<Entry>({
    {"PhysicalThreats", QT_TRANSLATE_NOOP3("TabText", "Physical threats", "method of control")},
    {"ThreatsLawEnforcement", QT_TRANSLATE_NOOP3("TabText", "Threats of law enforcement", "method of control")},
    {"ThreatensChildrenFamily", QT_TRANSLATE_NOOP3("TabText", "Threatens children or family", "method of control")},
    {"DebtBondage", QT_TRANSLATE_NOOP3("TabText", "Debt bondage", "method of control")},
    {"FalsePromises", QT_TRANSLATE_NOOP3("TabText", "False promises", "method of control")},
    {"PhysicalAbuse", QT_TRANSLATE_NOOP3("TabText", "Physical abuse", "method of control")},
    {"SexualAbuse", QT_TRANSLATE_NOOP3("TabText", "Sexual abuse", "method of control")},
    {"TakesEarnings", QT_TRANSLATE_NOOP3("TabText", "Takes earnings", "method of control")},
    {"RestrictsFinancialAccess", QT_TRANSLATE_NOOP3("TabText", "Restricts financial access", "method of control")},
    {"RestrictsMedicalCare", QT_TRANSLATE_NOOP3("TabText", "Restricts medical care", "method of control")},
    {"WithholdsNecessities", QT_TRANSLATE_NOOP3("TabText", "Withholds necessities", "method of control")},
    {"PsychologicalAbuse", QT_TRANSLATE_NOOP3("TabText", "Psychological abuse", "method of control")},
    {"PsychoactiveSubstance", QT_TRANSLATE_NOOP3("TabText", "Psychoactive substances", "method of control")},
    {"ExcessiveWorkingHours", QT_TRANSLATE_NOOP3("TabText", "Excessive working hours", "method of control")},
    {"WithholdsDocuments", QT_TRANSLATE_NOOP3("TabText", "Withholds documents", "method of control")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "method of control")},
});

constexpr auto kExploitationType = std::to_array<Entry>({
    {"ForcedLabour", QT_TRANSLATE_NOOP3("TabText", "Forced labour", "type of exploitation")},
    {"SexualExploitation", QT_TRANSLATE_NOOP3("TabText", "Sexual exploitation", "type of exploitation")},
    {"ChildLabour", QT_TRANSLATE_NOOP3("TabText", "Child labour", "type of exploitation")},
    {"ForcedMarriage", QT_TRANSLATE_NOOP3("TabText", "Forced marriage", "type of exploitation")},
    {"Servitude", QT_TRANSLATE_NOOP3("TabText", "Servitude", "type of exploitation")},
    {"ForcedMilitaryByNonStateActors",
     QT_TRANSLATE_NOOP3("TabText", "Forced military service (by non-state actors)", "type of exploitation")},
    {"OrganRemoval", QT_TRANSLATE_NOOP3("TabText", "Organ removal", "type of exploitation")},
    {"ForcedBegging", QT_TRANSLATE_NOOP3("TabText", "Forced begging", "type of exploitation")},
    {"ForcedAdoption", QT_TRANSLATE_NOOP3("TabText", "Forced adoption", "type of exploitation")},
    {"Surrogacy", QT_TRANSLATE_NOOP3("TabText", "Surrogacy", "type of exploitation")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "type of exploitation")},
    {"ForcedCriminality",
     QT_TRANSLATE_NOOP3("TabText", "Forced criminality (e.g. online scam operations)", "type of exploitation")},
});

constexpr auto kSexExploitationType = std::to_array<Entry>({
    {"Prostitution", QT_TRANSLATE_NOOP3("TabText", "Prostitution", "type of sexual exploitation")},
    {"Pornography", QT_TRANSLATE_NOOP3("TabText", "Pornography", "type of sexual exploitation")},
    {"RemoteInteractiveServices",
     QT_TRANSLATE_NOOP3("TabText", "Remote interactive services", "type of sexual exploitation")},
    {"PrivateSexualServices", QT_TRANSLATE_NOOP3("TabText", "Private sexual services", "type of sexual exploitation")},
});

constexpr auto kForcedLabourIndustry = std::to_array<Entry>({
    {"A_AgricultureForestryAndFishing",
     QT_TRANSLATE_NOOP3("TabText", "Agriculture, forestry and fishing", "industry")},
    {"B_MiningAndQuarrying", QT_TRANSLATE_NOOP3("TabText", "Mining and quarrying", "industry")},
    {"C_Manufacturing", QT_TRANSLATE_NOOP3("TabText", "Manufacturing", "industry")},
    {"D_ElectricityGasSteamAndAirConditioningSupply",
     QT_TRANSLATE_NOOP3("TabText", "Electricity, gas, steam and air conditioning supply", "industry")},
    {"E_WaterSupplySewerageWasteManagement",
     QT_TRANSLATE_NOOP3("TabText", "Water supply; sewerage, waste management and remediation", "industry")},
    {"F_Construction", QT_TRANSLATE_NOOP3("TabText", "Construction", "industry")},
    {"G_WholesaleAndRetailTradeRepairOfMotorVehicles",
     QT_TRANSLATE_NOOP3("TabText", "Wholesale and retail trade; repair of motor vehicles and motorcycles", "industry")},
    {"H_TransportationAndStorage", QT_TRANSLATE_NOOP3("TabText", "Transportation and storage", "industry")},
    {"I_AccommodationAndFoodServiceActivities",
     QT_TRANSLATE_NOOP3("TabText", "Accommodation and food service activities", "industry")},
    {"J_InformationAndCommunication", QT_TRANSLATE_NOOP3("TabText", "Information and communication", "industry")},
    {"K_FinancialAndInsuranceActivities",
     QT_TRANSLATE_NOOP3("TabText", "Financial and insurance activities", "industry")},
    {"L_RealEstateActivities", QT_TRANSLATE_NOOP3("TabText", "Real estate activities", "industry")},
    {"M_ProfessionalScientificAndTechnicalActivities",
     QT_TRANSLATE_NOOP3("TabText", "Professional, scientific and technical activities", "industry")},
    {"N_AdministrativeAndSupportServiceActivities",
     QT_TRANSLATE_NOOP3("TabText", "Administrative and support service activities", "industry")},
    {"O_PublicAdministrationAndDefence",
     QT_TRANSLATE_NOOP3("TabText", "Public administration and defence; compulsory social security", "industry")},
    {"P_Education", QT_TRANSLATE_NOOP3("TabText", "Education", "industry")},
    {"Q_HumanHealthAndSocialWorkActivities",
     QT_TRANSLATE_NOOP3("TabText", "Human health and social work activities", "industry")},
    {"R_ArtsEntertainmentAndRecreation", QT_TRANSLATE_NOOP3("TabText", "Arts, entertainment and recreation", "industry")},
    {"S_OtherServiceActivities", QT_TRANSLATE_NOOP3("TabText", "Other service activities", "industry")},
    {"T_ActivitiesOfHouseholdsAsEmployers",
     QT_TRANSLATE_NOOP3("TabText", "Activities of households as employers", "industry")},
    {"U_ActivitiesOfExtraterritorialOrganizations",
     QT_TRANSLATE_NOOP3("TabText", "Activities of extraterritorial organisations and bodies", "industry")},
});

constexpr auto kIdentificationMethod = std::to_array<Entry>({
    {"SelfReferral", QT_TRANSLATE_NOOP3("TabText", "Self-referral", "how the victim was identified")},
    {"PoliceOperation", QT_TRANSLATE_NOOP3("TabText", "Police operation", "how the victim was identified")},
    {"LabourInspection", QT_TRANSLATE_NOOP3("TabText", "Labour inspection", "how the victim was identified")},
    {"BorderScreening", QT_TRANSLATE_NOOP3("TabText", "Border screening", "how the victim was identified")},
    {"NgoOutreach", QT_TRANSLATE_NOOP3("TabText", "NGO outreach", "how the victim was identified")},
    {"Hotline", QT_TRANSLATE_NOOP3("TabText", "Hotline", "how the victim was identified")},
    {"EmbassyOrConsulate", QT_TRANSLATE_NOOP3("TabText", "Embassy or consulate", "how the victim was identified")},
    {"HealthServices", QT_TRANSLATE_NOOP3("TabText", "Health services", "how the victim was identified")},
    {"FamilyOrCommunity", QT_TRANSLATE_NOOP3("TabText", "Family or community", "how the victim was identified")},
    {"ForeignAgencyReferral",
     QT_TRANSLATE_NOOP3("TabText", "Referral from a foreign agency", "how the victim was identified")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "how the victim was identified")},
});

constexpr auto kRoleInProcess = std::to_array<Entry>({
    {"TravellingPartner", QT_TRANSLATE_NOOP3("TabText", "Travelling partner", "suspect's role in the process")},
    {"Transporter", QT_TRANSLATE_NOOP3("TabText", "Transporter", "suspect's role in the process")},
    {"RecruiterOrIntermediary",
     QT_TRANSLATE_NOOP3("TabText", "Recruiter or intermediary", "suspect's role in the process")},
    {"BrokerTravelAgent", QT_TRANSLATE_NOOP3("TabText", "Broker or travel agent", "suspect's role in the process")},
    {"TransferredIndividual",
     QT_TRANSLATE_NOOP3("TabText", "Transferred the individual", "suspect's role in the process")},
    {"HarbouredIndividual", QT_TRANSLATE_NOOP3("TabText", "Harboured the individual", "suspect's role in the process")},
    {"SoldIndividual", QT_TRANSLATE_NOOP3("TabText", "Sold the individual", "suspect's role in the process")},
    {"BoughtIndividual", QT_TRANSLATE_NOOP3("TabText", "Bought the individual", "suspect's role in the process")},
    {"ReceivedIndividual", QT_TRANSLATE_NOOP3("TabText", "Received the individual", "suspect's role in the process")},
    {"ControlledIndividual",
     QT_TRANSLATE_NOOP3("TabText", "Controlled the individual", "suspect's role in the process")},
    {"Smuggler", QT_TRANSLATE_NOOP3("TabText", "Smuggler", "suspect's role in the process")},
    {"Abuser", QT_TRANSLATE_NOOP3("TabText", "Abuser", "suspect's role in the process")},
    {"Kidnapper", QT_TRANSLATE_NOOP3("TabText", "Kidnapper", "suspect's role in the process")},
    {"Exploiter", QT_TRANSLATE_NOOP3("TabText", "Exploiter", "suspect's role in the process")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "suspect's role in the process")},
});

constexpr auto kArrestStatus = std::to_array<Entry>({
    {"NotArrested", QT_TRANSLATE_NOOP3("TabText", "Not arrested", "arrest status")},
    {"Wanted", QT_TRANSLATE_NOOP3("TabText", "Wanted", "arrest status")},
    {"Arrested", QT_TRANSLATE_NOOP3("TabText", "Arrested", "arrest status")},
    {"Detained", QT_TRANSLATE_NOOP3("TabText", "Detained", "arrest status")},
    {"ReleasedOnBail", QT_TRANSLATE_NOOP3("TabText", "Released on bail", "arrest status")},
    {"Released", QT_TRANSLATE_NOOP3("TabText", "Released", "arrest status")},
});

constexpr auto kChargeStatus = std::to_array<Entry>({
    {"NotCharged", QT_TRANSLATE_NOOP3("TabText", "Not charged", "charge status")},
    {"UnderReview", QT_TRANSLATE_NOOP3("TabText", "Under review", "charge status")},
    {"Charged", QT_TRANSLATE_NOOP3("TabText", "Charged", "charge status")},
    {"ChargesDropped", QT_TRANSLATE_NOOP3("TabText", "Charges dropped", "charge status")},
});

constexpr auto kProsecutionStatus = std::to_array<Entry>({
    {"NotProsecuted", QT_TRANSLATE_NOOP3("TabText", "Not prosecuted", "prosecution status")},
    {"Pending", QT_TRANSLATE_NOOP3("TabText", "Pending", "prosecution status")},
    {"InCourt", QT_TRANSLATE_NOOP3("TabText", "In court", "prosecution status")},
    {"Convicted", QT_TRANSLATE_NOOP3("TabText", "Convicted", "prosecution status")},
    {"Acquitted", QT_TRANSLATE_NOOP3("TabText", "Acquitted", "prosecution status")},
    {"Dismissed", QT_TRANSLATE_NOOP3("TabText", "Dismissed", "prosecution status")},
    {"Appeal", QT_TRANSLATE_NOOP3("TabText", "On appeal", "prosecution status")},
});

constexpr auto kOrganisationType = std::to_array<Entry>({
    {"NGO", QT_TRANSLATE_NOOP3("TabText", "NGO", "organisation type")},
    {"LawEnforcement", QT_TRANSLATE_NOOP3("TabText", "Law enforcement", "organisation type")},
    {"HealthServiceOrganisation", QT_TRANSLATE_NOOP3("TabText", "Health service organisation", "organisation type")},
    {"CentralGovernmentOrganisation",
     QT_TRANSLATE_NOOP3("TabText", "Central government organisation", "organisation type")},
    {"LocalGovernmentOrganisation",
     QT_TRANSLATE_NOOP3("TabText", "Local government organisation", "organisation type")},
    {"ImmigrationService", QT_TRANSLATE_NOOP3("TabText", "Immigration service", "organisation type")},
    {"LegalService", QT_TRANSLATE_NOOP3("TabText", "Legal service", "organisation type")},
    {"CorporateBusiness", QT_TRANSLATE_NOOP3("TabText", "Corporate business", "organisation type")},
    {"SchoolOrCollege", QT_TRANSLATE_NOOP3("TabText", "School or college", "organisation type")},
    {"RecruitmentAgency", QT_TRANSLATE_NOOP3("TabText", "Recruitment agency", "organisation type")},
    {"Employer", QT_TRANSLATE_NOOP3("TabText", "Employer", "organisation type")},
    {"ScamCompound", QT_TRANSLATE_NOOP3("TabText", "Scam compound", "organisation type")},
    {"ServiceProvider", QT_TRANSLATE_NOOP3("TabText", "Service provider", "organisation type")},
    {"Shelter", QT_TRANSLATE_NOOP3("TabText", "Shelter", "organisation type")},
    {"InternationalOrganisation", QT_TRANSLATE_NOOP3("TabText", "International organisation", "organisation type")},
    {"FinancialInstitution", QT_TRANSLATE_NOOP3("TabText", "Financial institution", "organisation type")},
    {"OnlinePlatform", QT_TRANSLATE_NOOP3("TabText", "Online platform", "organisation type")},
    {"Other", QT_TRANSLATE_NOOP3("TabText", "Other", "organisation type")},
});

std::span<const Entry> tableFor(vocab::List list) {
    using vocab::List;
    switch (list) {
    case List::PersonRole: return kPersonRole;
    case List::OrganisationType: return kOrganisationType;
    case List::Sex: return kSex;
    case List::IdentifierType: return kIdentifierType;
    case List::JourneyEventType: return kJourneyEventType;
    case List::MeansOfTravel: return kMeansOfTravel;
    case List::RelationshipType: return kRelationshipType;
    case List::SourceReliability: return kSourceReliability;
    case List::InformationCredibility: return kInformationCredibility;
    case List::ReferralStatus: return kReferralStatus;
    case List::ServiceType: return kServiceType;
    case List::NoteKind: return kNoteKind;
    case List::TraffickingStatus: return kTraffickingStatus;
    case List::DecisionMakingOrg: return kDecisionMakingOrg;
    case List::RelationshipToTrafficker: return kRelationshipToTrafficker;
    case List::WebsiteOrApp: return kWebsiteOrApp;
    case List::RecruitmentMethod: return kRecruitmentMethod;
    case List::ControlMethod: return kControlMethod;
    case List::ExploitationType: return kExploitationType;
    case List::SexExploitationType: return kSexExploitationType;
    case List::ForcedLabourIndustry: return kForcedLabourIndustry;
    case List::IdentificationMethod: return kIdentificationMethod;
    case List::RoleInProcess: return kRoleInProcess;
    case List::ArrestStatus: return kArrestStatus;
    case List::ChargeStatus: return kChargeStatus;
    case List::ProsecutionStatus: return kProsecutionStatus;
    default: return {};
    }
}

const Entry* findEntry(vocab::List list, std::string_view code) {
    const auto table = tableFor(list);
    const auto it = std::find_if(table.begin(), table.end(), [&](const Entry& e) { return code == e.code; });
    return it == table.end() ? nullptr : &*it;
}

/// "person.identifiers[0].value" → "person.identifiers.value": the index does not change the name.
std::string withoutIndices(const std::string& field) {
    std::string out;
    bool inIndex = false;
    for (char c : field) {
        if (c == '[')
            inIndex = true;
        else if (c == ']')
            inIndex = false;
        else if (!inIndex)
            out += c;
    }
    return out;
}

}  // namespace

QString TabText::label(vocab::List list, std::string_view code) {
    if (const Entry* e = findEntry(list, code))
        return QCoreApplication::translate("TabText", e->text.source, e->text.comment);
    if (const auto english = vocab::label(list, code))
        return qs(*english);
    return qs(code);
}

QString TabText::label(vocab::List list, const QString& code) { return label(list, std::string_view(ss(code))); }

bool TabText::hasEntry(vocab::List list, std::string_view code) { return findEntry(list, code) != nullptr; }

bool TabText::coversList(vocab::List list) { return !tableFor(list).empty(); }

QString TabText::fieldName(const std::string& rawField) {
    const std::string field = withoutIndices(rawField);
    struct Name {
        const char* field;
        const char* text;
    };
    static constexpr auto kNames = std::to_array<Name>({
        {"person.name", QT_TRANSLATE_NOOP("TabText", "Name")},
        {"person.givenNames", QT_TRANSLATE_NOOP("TabText", "Given names")},
        {"person.familyName", QT_TRANSLATE_NOOP("TabText", "Family name")},
        {"person.sex", QT_TRANSLATE_NOOP("TabText", "Sex")},
        {"person.citizenships", QT_TRANSLATE_NOOP("TabText", "Citizenship")},
        {"person.identifiers.type", QT_TRANSLATE_NOOP("TabText", "Identifier type")},
        {"person.identifiers.value", QT_TRANSLATE_NOOP("TabText", "Identifier")},
        {"person.identifiers.issuingCountry", QT_TRANSLATE_NOOP("TabText", "Issuing country")},
        {"identifier.value", QT_TRANSLATE_NOOP("TabText", "Identifier")},
        {"party.role", QT_TRANSLATE_NOOP("TabText", "Role")},
        {"party.person", QT_TRANSLATE_NOOP("TabText", "Person")},
        {"party.roleDetails", QT_TRANSLATE_NOOP("TabText", "Role details")},
        {"victim.person", QT_TRANSLATE_NOOP("TabText", "Victim")},
        {"victim.traffickingStatus", QT_TRANSLATE_NOOP("TabText", "Trafficking status")},
        {"victim.statusDecidedBy", QT_TRANSLATE_NOOP("TabText", "Status decided by")},
        {"victim.relationshipToTrafficker", QT_TRANSLATE_NOOP("TabText", "Relationship to trafficker")},
        {"victim.ageWhenTrafficked", QT_TRANSLATE_NOOP("TabText", "Age when trafficked")},
        {"victim.recruitmentMethods", QT_TRANSLATE_NOOP("TabText", "Recruitment methods")},
        {"victim.recruitmentApps", QT_TRANSLATE_NOOP("TabText", "Recruitment websites and apps")},
        {"victim.controlMethods", QT_TRANSLATE_NOOP("TabText", "Methods of control")},
        {"victim.exploitationTypes", QT_TRANSLATE_NOOP("TabText", "Types of exploitation")},
        {"victim.sexExploitationTypes", QT_TRANSLATE_NOOP("TabText", "Types of sexual exploitation")},
        {"victim.forcedLabourIndustry", QT_TRANSLATE_NOOP("TabText", "Forced-labour industry")},
        {"victim.exploitationApps", QT_TRANSLATE_NOOP("TabText", "Exploitation websites and apps")},
        {"victim.identificationMethod", QT_TRANSLATE_NOOP("TabText", "How identified")},
        {"victim.identifiedOn", QT_TRANSLATE_NOOP("TabText", "Identified on")},
        {"suspect.person", QT_TRANSLATE_NOOP("TabText", "Suspect")},
        {"suspect.rolesInProcess", QT_TRANSLATE_NOOP("TabText", "Roles in the process")},
        {"suspect.roleDetails", QT_TRANSLATE_NOOP("TabText", "Role details")},
        {"suspect.arrestStatus", QT_TRANSLATE_NOOP("TabText", "Arrest status")},
        {"suspect.arrestedOn", QT_TRANSLATE_NOOP("TabText", "Arrested on")},
        {"suspect.chargeStatus", QT_TRANSLATE_NOOP("TabText", "Charge status")},
        {"suspect.charges", QT_TRANSLATE_NOOP("TabText", "Charges")},
        {"suspect.prosecutionStatus", QT_TRANSLATE_NOOP("TabText", "Prosecution status")},
        {"journey.person", QT_TRANSLATE_NOOP("TabText", "Victim")},
        {"journey.eventType", QT_TRANSLATE_NOOP("TabText", "Type")},
        {"journey.country", QT_TRANSLATE_NOOP("TabText", "Country")},
        {"journey.state", QT_TRANSLATE_NOOP("TabText", "State or province")},
        {"journey.city", QT_TRANSLATE_NOOP("TabText", "City or place")},
        {"journey.street", QT_TRANSLATE_NOOP("TabText", "Street")},
        {"journey.eventDate", QT_TRANSLATE_NOOP("TabText", "Date")},
        {"journey.meansOfTravel", QT_TRANSLATE_NOOP("TabText", "Means of travel")},
        {"journey.borderCrossing", QT_TRANSLATE_NOOP("TabText", "Border crossing")},
        {"journey.documentsUsed", QT_TRANSLATE_NOOP("TabText", "Documents used")},
        {"journey.description", QT_TRANSLATE_NOOP("TabText", "Description")},
        {"case.reference", QT_TRANSLATE_NOOP("TabText", "Case reference")},
        {"caseLink.linkedCase", QT_TRANSLATE_NOOP("TabText", "Linked case")},
        {"caseLink.foreignAgencyCode", QT_TRANSLATE_NOOP("TabText", "Their agency code")},
        {"caseLink.foreignCountry", QT_TRANSLATE_NOOP("TabText", "Their country")},
        {"caseLink.foreignReference", QT_TRANSLATE_NOOP("TabText", "Their reference")},
        {"caseLink.ourContact", QT_TRANSLATE_NOOP("TabText", "Our contact")},
        {"caseLink.note", QT_TRANSLATE_NOOP("TabText", "Note")},
        {"relationship.from", QT_TRANSLATE_NOOP("TabText", "From")},
        {"relationship.to", QT_TRANSLATE_NOOP("TabText", "To")},
        {"relationship.type", QT_TRANSLATE_NOOP("TabText", "Relationship")},
        {"relationship.sourceReliability", QT_TRANSLATE_NOOP("TabText", "Source grade")},
        {"relationship.informationCredibility", QT_TRANSLATE_NOOP("TabText", "Information grade")},
        {"relationship.note", QT_TRANSLATE_NOOP("TabText", "Note")},
        {"referral.victim", QT_TRANSLATE_NOOP("TabText", "Victim")},
        {"referral.service", QT_TRANSLATE_NOOP("TabText", "Service")},
        {"referral.provider", QT_TRANSLATE_NOOP("TabText", "Provider")},
        {"referral.officer", QT_TRANSLATE_NOOP("TabText", "Officer")},
        {"referral.status", QT_TRANSLATE_NOOP("TabText", "Status")},
        {"referral.dueDate", QT_TRANSLATE_NOOP("TabText", "Due date")},
        {"referral.notes", QT_TRANSLATE_NOOP("TabText", "Notes")},
        {"note.kind", QT_TRANSLATE_NOOP("TabText", "Kind")},
        {"note.occurredAt", QT_TRANSLATE_NOOP("TabText", "Occurred at")},
        {"note.author", QT_TRANSLATE_NOOP("TabText", "Author")},
        {"note.body", QT_TRANSLATE_NOOP("TabText", "Text")},
        {"attachment.name", QT_TRANSLATE_NOOP("TabText", "File name")},
        {"attachment.mediaType", QT_TRANSLATE_NOOP("TabText", "Media type")},
        {"attachment.source", QT_TRANSLATE_NOOP("TabText", "File to attach")},
        {"attachment.store", QT_TRANSLATE_NOOP("TabText", "Attachment store")},
        {"attachment.content", QT_TRANSLATE_NOOP("TabText", "Stored attachment")},
        {"attachment.destination", QT_TRANSLATE_NOOP("TabText", "Destination file")},
    });
    for (const Name& n : kNames)
        if (field == n.field)
            return QCoreApplication::translate("TabText", n.text);
    return ErrorText::fieldName(rawField);
}

QString TabText::errorSentence(const Error& error) {
    const QString text = ErrorText::message(error.code);
    if (error.field.empty())
        return text;
    //: %1 is the name of a field, %2 the sentence saying what is wrong with it.
    return tr("%1: %2").arg(fieldName(error.field), text);
}

QString TabText::inlineError(const Error& error) {
    const QString detail = ErrorText::technicalDetail(error);
    const QString text = ErrorText::message(error.code);
    return detail.isEmpty() ? text : text + QLatin1Char('\n') + detail;
}

QString TabText::grade(const std::string& source, const std::string& information) {
    return qs(source) + qs(information);
}

QString TabText::gradeToolTip(const std::string& source, const std::string& information) {
    //: Tooltip of a 4x4 grade such as B2: %1 explains the source grade, %2 the information grade.
    return tr("Source: %1\nInformation: %2")
        .arg(label(vocab::List::SourceReliability, source), label(vocab::List::InformationCredibility, information));
}

QString TabText::referralMoveText(const std::string& toStatus) {
    if (toStatus == "Accepted")
        return tr("Accept");
    if (toStatus == "InProgress")
        return tr("Start");
    if (toStatus == "Completed")
        return tr("Complete");
    if (toStatus == "Declined")
        return tr("Decline");
    if (toStatus == "Cancelled")
        return tr("Cancel referral");
    //: %1 is a referral status.
    return tr("Move to %1").arg(label(vocab::List::ReferralStatus, toStatus));
}

QString TabText::date(const std::optional<std::string>& isoDate) { return isoDate ? qs(*isoDate) : QString(); }

QString TabText::timestamp(const std::string& isoUtc) {
    const QDateTime utc = QDateTime::fromString(qs(isoUtc), Qt::ISODate);
    if (!utc.isValid())
        return qs(isoUtc);
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TabText::fileSize(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString TabText::exactSize(qint64 bytes) {
    //: %1 is a number of bytes, formatted for the locale.
    return tr("%1 bytes").arg(QLocale().toString(bytes));
}

}  // namespace lintas::ui
