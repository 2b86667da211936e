#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lintas::ui {

/// Translated text for the People, Organisations and Referrals pages: labels of the controlled
/// lists they show (core keeps the codes and English labels), script names, core field names and
/// what core's validation details mean to a person. Core builds no user-facing text.
class PersonText {
    Q_DECLARE_TR_FUNCTIONS(PersonText)

public:
    /// The translated label of `code` in `list`. Lists without a table here fall back to core's
    /// English label, then to the code itself.
    [[nodiscard]] static QString label(vocab::List list, std::string_view code);
    /// Whether a translatable entry exists for `code` in `list` (used by the coverage test).
    [[nodiscard]] static bool hasEntry(vocab::List list, std::string_view code);
    /// The lists translated here.
    [[nodiscard]] static std::vector<vocab::List> coveredLists();
    /// (code, translated label) of every term of `list`, in core's display order.
    [[nodiscard]] static std::vector<std::pair<QString, QString>> choices(vocab::List list);

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
