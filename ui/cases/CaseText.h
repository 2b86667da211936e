#pragma once

#include "common/VocabText.h"
#include "lintas/Result.h"
#include "lintas/domain/Vocabulary.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>

namespace lintas::ui {

/// Translated text for what the Cases page shows of case fields and core's verdicts on them. The
/// vocabulary labels are VocabText's; the first functions name the ones the page shows.
class CaseText {
    Q_DECLARE_TR_FUNCTIONS(CaseText)

public:
    [[nodiscard]] static QString caseStatus(std::string_view code) {
        return VocabText::label(vocab::List::CaseStatus, code);
    }
    [[nodiscard]] static QString tlp(std::string_view code) { return VocabText::label(vocab::List::Tlp, code); }
    [[nodiscard]] static QString handlingCode(std::string_view code) {
        return VocabText::label(vocab::List::HandlingCode, code);
    }
    [[nodiscard]] static QString exploitationType(std::string_view code) {
        return VocabText::label(vocab::List::ExploitationType, code);
    }
    [[nodiscard]] static QString term(vocab::List list, std::string_view code) { return VocabText::label(list, code); }

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
