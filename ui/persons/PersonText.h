#pragma once

#include "common/VocabText.h"
#include "lintas/Result.h"
#include "lintas/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lintas::ui {

/// Translated text for the People, Organisations and Referrals pages: script names, core field
/// names and what core's validation details mean to a person. Core builds no user-facing text.
/// The labels of the controlled lists are VocabText's; deriving from it keeps the pages' calls
/// (PersonText::label, ::choices) working, new code calls VocabText.
class PersonText : public VocabText {
    Q_DECLARE_TR_FUNCTIONS(PersonText)

public:
    /// The lists the People page shows.
    [[nodiscard]] static std::vector<vocab::List> coveredLists();

    /// ISO 15924 script codes offered for aliases, in display order.
    [[nodiscard]] static std::vector<std::string_view> scriptCodes();
    /// "Thai (Thai)": the translated script name and its code; the code alone when unknown.
    [[nodiscard]] static QString scriptName(std::string_view code);
    /// The ISO 15924 code of the script `text` is written in ("Thai", "Khmr", "Latn"…), judged
    /// from its first letter; empty when it has no letter or the script is not offered.
    [[nodiscard]] static std::string detectScript(const QString& text);

    /// The translated name of a core field ("person.birthDate" → "Date of birth"), including
    /// indexed fields ("person.identifiers[1].value" → "Identifier 2: value").
    [[nodiscard]] static QString fieldName(const std::string& field);
    /// What is wrong, as a sentence for a label next to the field: core's detail translated when
    /// known, else the error code's sentence with core's (English, technical) detail.
    [[nodiscard]] static QString problem(const Error& error);
    /// "Field: what is wrong", for the status bar or a message box.
    [[nodiscard]] static QString problemWithField(const Error& error);

    /// A stored UTC timestamp in local time as "2026-03-15 16:00" (ISO order reads the same in
    /// every partner country); the stored text when it cannot be read.
    [[nodiscard]] static QString timestamp(const std::string& isoUtc);
    /// The local calendar day of a stored UTC timestamp, "2026-03-15".
    [[nodiscard]] static QString day(const std::string& isoUtc);
};

/// A core field name split at its list index: "person.identifiers[1].value" → {"person",
/// "identifiers", 1, "value"}. `index` is -1 for a plain field ("person.birthDate" → {"person",
/// "birthDate", -1, ""}).
struct FieldPath {
    std::string record;
    std::string name;
    int index = -1;
    std::string member;

    [[nodiscard]] static FieldPath parse(const std::string& field);
};

}  // namespace lintas::ui
