#pragma once

#include "lintas/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lintas::ui {

/// Translated labels of the lists the referrals board shows (services, referral states) and the
/// names of the actions that move a referral; other lists fall back to PersonText.
class ReferralText {
    Q_DECLARE_TR_FUNCTIONS(ReferralText)

public:
    [[nodiscard]] static QString label(vocab::List list, std::string_view code);
    [[nodiscard]] static bool hasEntry(vocab::List list, std::string_view code);
    [[nodiscard]] static std::vector<vocab::List> coveredLists();
    /// (code, translated label) of every term of `list`, in core's display order.
    [[nodiscard]] static std::vector<std::pair<QString, QString>> choices(vocab::List list);

    /// The button that moves a referral into `toStatus`: "Accept", "Start", "Complete…".
    [[nodiscard]] static QString moveText(const std::string& toStatus);
    /// What the move does, for a tooltip.
    [[nodiscard]] static QString moveToolTip(const std::string& toStatus);
};

}  // namespace lintas::ui
