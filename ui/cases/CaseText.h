#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Vocabulary.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>

namespace lintas::ui {

/// Translated text for what the Cases page shows of core's vocabularies and case fields. Core
/// keeps codes and English labels; the labels here are source strings for tr(), so a translator
/// sees them in Qt Linguist (core's labels cannot be translated: they are not in ui sources).
class CaseText {
    Q_DECLARE_TR_FUNCTIONS(CaseText)

public:
    /// The vocabularies this page shows.
    [[nodiscard]] static QString caseStatus(std::string_view code);
    [[nodiscard]] static QString tlp(std::string_view code);           ///< "TLP:RED"
    [[nodiscard]] static QString handlingCode(std::string_view code);  ///< "H2 – law enforcement only, …"
    [[nodiscard]] static QString exploitationType(std::string_view code);
    [[nodiscard]] static QString referralReason(std::string_view code);
    /// The label of `code` in `list` for the lists above; the code itself for anything else.
    [[nodiscard]] static QString term(vocab::List list, std::string_view code);
    /// Whether term() has its own translatable text for `code` (a test keeps the tables complete).
    [[nodiscard]] static bool hasText(vocab::List list, std::string_view code);

    /// The TLP 2.0 colour of a label's text (FIRST: coloured text on black).
    [[nodiscard]] static QColor tlpColor(std::string_view code);

    /// The translated label of a case field named as core names it ("case.title" → "Title").
    [[nodiscard]] static QString fieldLabel(const std::string& field);
    /// One sentence saying what is wrong, for the message under the field core named. Wording is
    /// ours; which field is wrong, and why, is core's.
    [[nodiscard]] static QString problem(const Error& error);
    /// Whether problem() recognised core's reason (otherwise it falls back to a general sentence).
    [[nodiscard]] static bool knowsReason(const Error& error);
};

}  // namespace lintas::ui
