#pragma once

#include "common/VocabText.h"
#include "lintas/domain/Vocabulary.h"

#include <QString>

#include <string_view>

namespace lintas::ui {

/// The chart labels of the vocabularies the dashboard counts: VocabText's short forms, which fit
/// a chart axis. A code VocabText does not know, such as one a partner's newer vocabulary brought
/// in, is shown as it is.
class DashboardText {
public:
    [[nodiscard]] static QString caseStatus(std::string_view code) { return term(vocab::List::CaseStatus, code); }
    [[nodiscard]] static QString exploitationType(std::string_view code) {
        return term(vocab::List::ExploitationType, code);
    }
    [[nodiscard]] static QString referralStatus(std::string_view code) {
        return term(vocab::List::ReferralStatus, code);
    }
    [[nodiscard]] static QString service(std::string_view code) { return term(vocab::List::ServiceType, code); }
    [[nodiscard]] static QString term(vocab::List list, std::string_view code) {
        return VocabText::shortLabel(list, code);
    }
    [[nodiscard]] static bool hasText(vocab::List list, std::string_view code) {
        return VocabText::hasEntry(list, code);
    }
};

}  // namespace lintas::ui
