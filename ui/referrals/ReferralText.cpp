#include "referrals/ReferralText.h"

#include "persons/PersonText.h"

#include <algorithm>
#include <array>
#include <span>

namespace lintas::ui {
namespace {

struct SourceText {
    const char* source;
    const char* comment;
};

struct Entry {
    const char* code;
    SourceText text;
};

constexpr auto kServiceType = std::to_array<Entry>({
    {"Education", QT_TRANSLATE_NOOP3("ReferralText", "Education", "support service")},
    {"Financial", QT_TRANSLATE_NOOP3("ReferralText", "Financial support", "support service")},
    {"Health", QT_TRANSLATE_NOOP3("ReferralText", "Health", "support service")},
    {"LabourExploitationRehabilitation",
     QT_TRANSLATE_NOOP3("ReferralText", "Labour exploitation rehabilitation", "support service")},
    {"Legal", QT_TRANSLATE_NOOP3("ReferralText", "Legal aid", "support service")},
    {"Livelihood", QT_TRANSLATE_NOOP3("ReferralText", "Livelihood", "support service")},
    {"RightsBasedTraining", QT_TRANSLATE_NOOP3("ReferralText", "Rights-based training", "support service")},
    {"SexualExploitationRehabilitation",
     QT_TRANSLATE_NOOP3("ReferralText", "Sexual exploitation rehabilitation", "support service")},
    {"SocialCare", QT_TRANSLATE_NOOP3("ReferralText", "Social care", "support service")},
    {"Shelter", QT_TRANSLATE_NOOP3("ReferralText", "Shelter", "support service")},
    {"Medical", QT_TRANSLATE_NOOP3("ReferralText", "Medical care", "support service")},
    {"Psychosocial", QT_TRANSLATE_NOOP3("ReferralText", "Psychosocial support", "support service")},
    {"Interpretation", QT_TRANSLATE_NOOP3("ReferralText", "Interpretation", "support service")},
    {"Repatriation", QT_TRANSLATE_NOOP3("ReferralText", "Repatriation", "support service")},
    {"Reintegration", QT_TRANSLATE_NOOP3("ReferralText", "Reintegration", "support service")},
});

constexpr auto kReferralStatus = std::to_array<Entry>({
    {"Requested", QT_TRANSLATE_NOOP3("ReferralText", "Requested", "referral state")},
    {"Accepted", QT_TRANSLATE_NOOP3("ReferralText", "Accepted", "referral state")},
    {"InProgress", QT_TRANSLATE_NOOP3("ReferralText", "In progress", "referral state")},
    {"Completed", QT_TRANSLATE_NOOP3("ReferralText", "Completed", "referral state")},
    {"Declined", QT_TRANSLATE_NOOP3("ReferralText", "Declined", "referral state")},
    {"Cancelled", QT_TRANSLATE_NOOP3("ReferralText", "Cancelled", "referral state")},
});

std::span<const Entry> tableOf(vocab::List list) {
    switch (list) {
    case vocab::List::ServiceType: return kServiceType;
    case vocab::List::ReferralStatus: return kReferralStatus;
    default: return {};
    }
}

const Entry* find(std::span<const Entry> table, std::string_view code) {
    const auto it = std::find_if(table.begin(), table.end(), [&](const Entry& e) { return code == e.code; });
    return it == table.end() ? nullptr : &*it;
}

}  // namespace

QString ReferralText::label(vocab::List list, std::string_view code) {
    if (const Entry* e = find(tableOf(list), code))
        return QCoreApplication::translate("ReferralText", e->text.source, e->text.comment);
    return PersonText::label(list, code);
}

bool ReferralText::hasEntry(vocab::List list, std::string_view code) { return find(tableOf(list), code) != nullptr; }

std::vector<vocab::List> ReferralText::coveredLists() {
    return {vocab::List::ServiceType, vocab::List::ReferralStatus};
}

std::vector<std::pair<QString, QString>> ReferralText::choices(vocab::List list) {
    std::vector<std::pair<QString, QString>> out;
    for (const vocab::Term& term : vocab::terms(list))
        out.emplace_back(QString::fromUtf8(term.code.data(), static_cast<qsizetype>(term.code.size())),
                         label(list, term.code));
    return out;
}

QString ReferralText::moveText(const std::string& toStatus) {
    if (toStatus == "Accepted")
        return tr("&Accept");
    if (toStatus == "Declined")
        return tr("&Decline");
    if (toStatus == "InProgress")
        return tr("&Start service");
    if (toStatus == "Completed")
        return tr("C&omplete…");
    if (toStatus == "Cancelled")
        return tr("Cance&l referral");
    //: A button moving a referral into a state this version has no verb for; %1 is the state.
    return tr("Move to %1").arg(label(vocab::List::ReferralStatus, toStatus));
}

QString ReferralText::moveToolTip(const std::string& toStatus) {
    if (toStatus == "Accepted")
        return tr("The provider accepted the referral");
    if (toStatus == "Declined")
        return tr("The provider declined the referral");
    if (toStatus == "InProgress")
        return tr("The provider started the service");
    if (toStatus == "Completed")
        return tr("The service was delivered; you can record its outcome");
    if (toStatus == "Cancelled")
        return tr("The referral is no longer needed");
    return {};
}

}  // namespace lintas::ui
