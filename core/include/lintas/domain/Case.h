#pragma once

#include "lintas/domain/Record.h"

#include <optional>
#include <string>
#include <vector>

namespace lintas {

/// An investigation case (HTCDS cas_* plus investigation stages and markings).
struct Case {
    RecordMeta meta;
    std::string reference;  ///< e.g. "IDN-BARESKRIM-2026-000042"; assigned when empty
    std::string title;
    std::string status = "Reported";           ///< vocab::List::CaseStatus
    std::vector<std::string> exploitationForms; ///< vocab::List::ExploitationType
    std::vector<std::string> countries;         ///< ISO 3166-1 alpha-3
    std::string summary;
    std::optional<std::string> openedOn;  ///< ISO date
    std::optional<std::string> closedOn;  ///< ISO date
    std::string closureReason;            ///< cas_ReasonForCaseClosure
    std::string owner;                    ///< cas_CaseOwner (user name)
    std::string tlp = "AMBER";            ///< vocab::List::Tlp
    std::string handlingCode = "H2";      ///< vocab::List::HandlingCode

    // HTCDS referral details (incoming from / outgoing to another organisation).
    std::optional<std::string> referringOrganisation;  ///< organisation UUID
    std::optional<std::string> incomingReferralDate;
    std::optional<std::string> incomingReferralReason;  ///< vocab::List::ReferralReason
    std::string incomingReferralDetails;
    std::string referringCaseWorker;
    std::optional<std::string> referredOrganisation;    ///< organisation UUID
    std::optional<std::string> outgoingReferralDate;
    std::optional<std::string> outgoingReferralReason;
    std::string outgoingReferralDetails;
    std::string referredCaseWorker;
};

/// One row of a case list (what list views need, without loading the whole case).
struct CaseSummary {
    std::string uuid;
    std::string reference;
    std::string title;
    std::string status;
    std::string tlp;
    std::string handlingCode;
    std::string owner;
    std::optional<std::string> openedOn;
    std::string updatedAt;
    int victimCount = 0;
    int suspectCount = 0;
};

}  // namespace lintas
