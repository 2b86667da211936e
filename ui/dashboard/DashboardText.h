#pragma once

#include "lintas/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace lintas::ui {

/// Translated chart labels for the vocabularies the dashboard counts. Core keeps codes and
/// English labels; the texts here are tr() source strings (short enough for a chart axis), so a
/// translator sees them in Qt Linguist.
class DashboardText {
    Q_DECLARE_TR_FUNCTIONS(DashboardText)

public:
    [[nodiscard]] static QString caseStatus(std::string_view code);
    [[nodiscard]] static QString exploitationType(std::string_view code);
    [[nodiscard]] static QString referralStatus(std::string_view code);
    [[nodiscard]] static QString service(std::string_view code);
    /// The label of `code` in `list` for the four lists above; the code itself for anything
    /// else, such as a code a partner's newer vocabulary brought in.
    [[nodiscard]] static QString term(vocab::List list, std::string_view code);
    /// Whether term() has its own translatable text for `code` (a test keeps the tables complete).
    [[nodiscard]] static bool hasText(vocab::List list, std::string_view code);
};

}  // namespace lintas::ui
