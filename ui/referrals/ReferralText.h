#pragma once

#include "common/VocabText.h"
#include "lintas/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lintas::ui {

/// Translated text for the referrals board: the names of the actions that move a referral. The
/// labels of the lists the board shows (services, referral states) are VocabText's; deriving from
/// it keeps the board's calls (ReferralText::label, ::choices) working, new code calls VocabText.
class ReferralText : public VocabText {
    Q_DECLARE_TR_FUNCTIONS(ReferralText)

public:
    /// The lists the referrals board shows.
    [[nodiscard]] static std::vector<vocab::List> coveredLists();

    /// The button that moves a referral into `toStatus`: "Accept", "Start", "Complete…".
    [[nodiscard]] static QString moveText(const std::string& toStatus);
    /// What the move does, for a tooltip.
    [[nodiscard]] static QString moveToolTip(const std::string& toStatus);
};

}  // namespace lintas::ui
