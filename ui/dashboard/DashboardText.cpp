#include "dashboard/DashboardText.h"

#include <span>

namespace lintas::ui {
namespace {

/// A code of core's vocabulary and the English source text translators see for it.
struct Label {
    std::string_view code;
    const char* text;
};

// The English texts follow core's labels (HTCDS 2.0 value labels where the standard has them),
// shortened where a chart axis needs it.
constexpr Label kCaseStatus[] = {
    {"Active", QT_TRANSLATE_NOOP("DashboardText", "Active")},
    {"FollowUp", QT_TRANSLATE_NOOP("DashboardText", "Follow up")},
    {"Closed", QT_TRANSLATE_NOOP("DashboardText", "Closed")},
    {"ClosedReferred", QT_TRANSLATE_NOOP("DashboardText", "Closed, referred")},
    {"Reported", QT_TRANSLATE_NOOP("DashboardText", "Reported")},
    {"UnderInvestigation", QT_TRANSLATE_NOOP("DashboardText", "Under investigation")},
    {"ReferredForProsecution", QT_TRANSLATE_NOOP("DashboardText", "Referred for prosecution")},
    {"InCourt", QT_TRANSLATE_NOOP("DashboardText", "In court")},
};

constexpr Label kExploitationType[] = {
    {"ForcedLabour", QT_TRANSLATE_NOOP("DashboardText", "Forced labour")},
    {"SexualExploitation", QT_TRANSLATE_NOOP("DashboardText", "Sexual exploitation")},
    {"ChildLabour", QT_TRANSLATE_NOOP("DashboardText", "Child labour")},
    {"ForcedMarriage", QT_TRANSLATE_NOOP("DashboardText", "Forced marriage")},
    {"Servitude", QT_TRANSLATE_NOOP("DashboardText", "Servitude")},
    {"ForcedMilitaryByNonStateActors", QT_TRANSLATE_NOOP("DashboardText", "Forced military service")},
    {"OrganRemoval", QT_TRANSLATE_NOOP("DashboardText", "Organ removal")},
    {"ForcedBegging", QT_TRANSLATE_NOOP("DashboardText", "Forced begging")},
    {"ForcedAdoption", QT_TRANSLATE_NOOP("DashboardText", "Forced adoption")},
    {"Surrogacy", QT_TRANSLATE_NOOP("DashboardText", "Surrogacy")},
    {"Other", QT_TRANSLATE_NOOP("DashboardText", "Other")},
    {"ForcedCriminality", QT_TRANSLATE_NOOP("DashboardText", "Forced criminality (scams)")},
};

constexpr Label kReferralStatus[] = {
    {"Requested", QT_TRANSLATE_NOOP("DashboardText", "Requested")},
    {"Accepted", QT_TRANSLATE_NOOP("DashboardText", "Accepted")},
    {"InProgress", QT_TRANSLATE_NOOP("DashboardText", "In progress")},
    {"Completed", QT_TRANSLATE_NOOP("DashboardText", "Completed")},
    {"Declined", QT_TRANSLATE_NOOP("DashboardText", "Declined")},
    {"Cancelled", QT_TRANSLATE_NOOP("DashboardText", "Cancelled")},
};

constexpr Label kService[] = {
    {"Education", QT_TRANSLATE_NOOP("DashboardText", "Education")},
    {"Financial", QT_TRANSLATE_NOOP("DashboardText", "Financial")},
    {"Health", QT_TRANSLATE_NOOP("DashboardText", "Health")},
    {"LabourExploitationRehabilitation", QT_TRANSLATE_NOOP("DashboardText", "Labour exploitation rehabilitation")},
    {"Legal", QT_TRANSLATE_NOOP("DashboardText", "Legal")},
    {"Livelihood", QT_TRANSLATE_NOOP("DashboardText", "Livelihood")},
    {"RightsBasedTraining", QT_TRANSLATE_NOOP("DashboardText", "Rights-based training")},
    {"SexualExploitationRehabilitation", QT_TRANSLATE_NOOP("DashboardText", "Sexual exploitation rehabilitation")},
    {"SocialCare", QT_TRANSLATE_NOOP("DashboardText", "Social care")},
    {"Shelter", QT_TRANSLATE_NOOP("DashboardText", "Shelter")},
    {"Medical", QT_TRANSLATE_NOOP("DashboardText", "Medical care")},
    {"Psychosocial", QT_TRANSLATE_NOOP("DashboardText", "Psychosocial support")},
    {"Interpretation", QT_TRANSLATE_NOOP("DashboardText", "Interpretation")},
    {"Repatriation", QT_TRANSLATE_NOOP("DashboardText", "Repatriation")},
    {"Reintegration", QT_TRANSLATE_NOOP("DashboardText", "Reintegration")},
};

std::span<const Label> labelsOf(vocab::List list) {
    switch (list) {
    case vocab::List::CaseStatus: return kCaseStatus;
    case vocab::List::ExploitationType: return kExploitationType;
    case vocab::List::ReferralStatus: return kReferralStatus;
    case vocab::List::ServiceType: return kService;
    default: return {};
    }
}

const Label* find(vocab::List list, std::string_view code) {
    for (const Label& label : labelsOf(list))
        if (label.code == code)
            return &label;
    return nullptr;
}

}  // namespace

QString DashboardText::term(vocab::List list, std::string_view code) {
    if (const Label* label = find(list, code))
        return tr(label->text);
    return QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
}

bool DashboardText::hasText(vocab::List list, std::string_view code) { return find(list, code) != nullptr; }

QString DashboardText::caseStatus(std::string_view code) { return term(vocab::List::CaseStatus, code); }
QString DashboardText::exploitationType(std::string_view code) { return term(vocab::List::ExploitationType, code); }
QString DashboardText::referralStatus(std::string_view code) { return term(vocab::List::ReferralStatus, code); }
QString DashboardText::service(std::string_view code) { return term(vocab::List::ServiceType, code); }

}  // namespace lintas::ui
