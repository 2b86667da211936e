#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace lintas::vocab {

/// One value of a controlled list: the stable code stored in the database and exchanged in
/// bundles (HTCDS 2.0 value names where the standard has them), and its English label (HTCDS
/// value label). The UI translates labels; core never shows text to a user.
struct Term {
    std::string_view code;
    std::string_view label;
    bool extension = false;  ///< true when Lintas adds the value to the HTCDS picklist
};

/// Every controlled list. The comment names the HTCDS 2.0 field the list follows.
enum class List {
    OrganisationType,         // org_Type + RecruitmentAgency, Employer, ScamCompound, ServiceProvider…
    Sex,                      // (extension) Female, Male, Intersex, Unknown
    Gender,                   // prs_Gender
    MaritalStatus,            // prs_MaritalStatus
    Education,                // prs_HighestLevelOfEducation
    TraffickingStatus,        // vic_TraffickingStatus
    DecisionMakingOrg,        // vic_TraffickingStatusDecisionMakingOrg
    RelationshipToTrafficker, // vic_RelationshipToTrafficker
    WebsiteOrApp,             // vic_RecruitmentWebsitesAndApps / vic_ExploitationWebsitesAndApps
    RecruitmentMethod,        // vic_MethodOfRecruitment
    ControlMethod,            // vic_MethodsOfControl
    ExploitationType,         // vic_TypeOfExploitation + ForcedCriminality
    ForcedLabourIndustry,     // vic_ForcedLabourIndustry (ISIC sections A–U)
    SexExploitationType,      // vic_TypeOfSexExploitation
    IdentificationMethod,     // (extension) how the victim was identified
    RoleInProcess,            // per_RoleInProcess
    ArrestStatus,             // (extension)
    ChargeStatus,             // (extension)
    ProsecutionStatus,        // (extension)
    CaseStatus,               // cas_Status + Reported, UnderInvestigation, ReferredForProsecution, InCourt
    ReferralReason,           // cas_ReasonForIncomingReferral / cas_ReasonForOutgoingReferral
    JourneyEventType,         // hte_Type + Return
    MeansOfTravel,            // (extension)
    ServiceType,              // spl_Type + Shelter, Medical, Psychosocial, Interpretation, Repatriation, Reintegration
    ReferralStatus,           // (extension) Requested, Accepted, InProgress, Completed, Declined, Cancelled
    Tlp,                      // FIRST TLP 2.0: CLEAR, GREEN, AMBER, AMBER+STRICT, RED
    HandlingCode,             // H0–H3
    PersonRole,               // Victim, Suspect, Witness, Other
    IdentifierType,           // Passport, NationalId, Phone, Email, SocialMediaHandle, BankAccount, …
    RelationshipType,         // Recruited, Transported, Harboured, Employed, Controlled, Exploited, Paid, Family, …
    SourceReliability,        // 4x4 source grading A, B, C, X
    InformationCredibility,   // 4x4 information grading 1–4
    NoteKind,                 // Note, Event, Interview, Operation, CourtHearing, Other
    ConsentPurpose,           // Investigation, Prosecution, VictimSupport, Repatriation, Statistics, Research
    ConsentScope,             // Identity, Contacts, Location, Story, Photos, Health, All
};

/// All lists, in declaration order.
[[nodiscard]] std::span<const List> allLists();
/// The terms of a list, in display order.
[[nodiscard]] std::span<const Term> terms(List list);
/// Stable name of a list, e.g. "case-status" (used in error fields and the CLI).
[[nodiscard]] std::string_view listName(List list);
/// The HTCDS 2.0 field the list follows ("cas_Status"), or empty for Lintas extensions.
[[nodiscard]] std::string_view htcdsField(List list);
[[nodiscard]] bool contains(List list, std::string_view code);
[[nodiscard]] std::optional<std::string_view> label(List list, std::string_view code);

}  // namespace lintas::vocab
