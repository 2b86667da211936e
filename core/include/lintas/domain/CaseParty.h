#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lintas {

/// A person's role in one case. One person may be a victim in one case and a suspect in another.
struct CaseParty {
    std::string caseUuid;
    std::string personUuid;
    std::string role;  ///< vocab::List::PersonRole
    std::string roleDetails;
    std::string addedAt;
    // Filled when listing, for display:
    std::string personName;
    std::string caseReference;
};

/// The victim's situation in one case (HTCDS vic_* fields, plus how the victim was identified).
struct VictimProfile {
    std::string caseUuid;
    std::string personUuid;
    std::optional<std::string> traffickingStatus;        ///< vocab::List::TraffickingStatus
    std::optional<std::string> statusDecidedBy;          ///< vocab::List::DecisionMakingOrg
    std::optional<std::string> relationshipToTrafficker; ///< vocab::List::RelationshipToTrafficker
    std::optional<int> ageWhenTrafficked;
    std::vector<std::string> recruitmentMethods;         ///< vocab::List::RecruitmentMethod
    std::vector<std::string> recruitmentApps;            ///< vocab::List::WebsiteOrApp
    std::optional<std::string> recruitmentLocation;      ///< organisation UUID
    std::vector<std::string> controlMethods;             ///< vocab::List::ControlMethod
    std::vector<std::string> exploitationTypes;          ///< vocab::List::ExploitationType
    std::vector<std::string> sexExploitationTypes;       ///< vocab::List::SexExploitationType
    std::optional<std::string> forcedLabourIndustry;     ///< vocab::List::ForcedLabourIndustry
    std::vector<std::string> exploitationApps;           ///< vocab::List::WebsiteOrApp
    std::optional<std::string> exploitationLocation;     ///< organisation UUID
    std::optional<std::string> identificationMethod;     ///< vocab::List::IdentificationMethod
    std::optional<std::string> identifiedOn;             ///< ISO date
    std::string updatedAt;
};

/// The suspect's part in one case (HTCDS per_RoleInProcess plus justice-process status).
struct SuspectProfile {
    std::string caseUuid;
    std::string personUuid;
    std::vector<std::string> rolesInProcess;  ///< vocab::List::RoleInProcess
    std::string roleDetails;
    std::string arrestStatus = "NotArrested";        ///< vocab::List::ArrestStatus
    std::optional<std::string> arrestedOn;
    std::string chargeStatus = "NotCharged";         ///< vocab::List::ChargeStatus
    std::string charges;
    std::string prosecutionStatus = "NotProsecuted"; ///< vocab::List::ProsecutionStatus
    std::string updatedAt;
};

}  // namespace lintas
