#include "referrals/ReferralText.h"

namespace lintas::ui {

std::vector<vocab::List> ReferralText::coveredLists() {
    return {vocab::List::ServiceType, vocab::List::ReferralStatus};
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
