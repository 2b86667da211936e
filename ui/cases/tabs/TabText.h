#pragma once

#include "common/VocabText.h"
#include "lintas/Result.h"
#include "lintas/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

namespace lintas {
struct CaseParty;
}

namespace lintas::ui {

/// Translated text for what the case workspace tabs show: the names of the core fields whose
/// errors the tabs place next to an input, dates and sizes, and the vocabulary labels the tabs ask
/// for (VocabText's, in the wording the tabs use). Core builds no user-facing text.
class TabText {
    Q_DECLARE_TR_FUNCTIONS(TabText)

public:
    /// VocabText's label of `code` in `list`; services in their short form.
    [[nodiscard]] static QString label(vocab::List list, std::string_view code);
    [[nodiscard]] static QString label(vocab::List list, const QString& code);
    [[nodiscard]] static bool hasEntry(vocab::List list, std::string_view code) {
        return VocabText::hasEntry(list, code);
    }
    /// Whether VocabText has a label for every term of `list`.
    [[nodiscard]] static bool coversList(vocab::List list);

    /// The translated name of a core field such as "journey.country"; ErrorText's name otherwise.
    [[nodiscard]] static QString fieldName(const std::string& field);
    /// "Field: what is wrong" — for a message box or a form's general error line.
    [[nodiscard]] static QString errorSentence(const Error& error);
    /// What is wrong, with core's technical detail on a second line — for a label next to the field.
    [[nodiscard]] static QString inlineError(const Error& error);

    /// "B2", and both halves spelt out for a tooltip: VocabText's.
    [[nodiscard]] static QString grade(const std::string& source, const std::string& information) {
        return VocabText::grade(source, information);
    }
    [[nodiscard]] static QString gradeToolTip(const std::string& source, const std::string& information) {
        return VocabText::gradeToolTip(source, information);
    }

    /// The button text that moves a referral into `toStatus` ("Accept", "Start", …).
    [[nodiscard]] static QString referralMoveText(const std::string& toStatus);

    /// How a list shows a person's name: core lists a victim under kMaskedName ("•••") until their
    /// identity is read with a reason; that reads as "Victim (identity hidden)". Other names as
    /// core gives them.
    [[nodiscard]] static QString personName(const std::string& name);
    /// Whether core listed `name` as a masked victim's (kMaskedName).
    [[nodiscard]] static bool isMaskedName(const std::string& name);
    /// "Victim (identity hidden)": what a list shows instead of a masked victim's name.
    [[nodiscard]] static QString maskedVictim();
    /// The names a case's tabs show for its parties, by person UUID: personName(), except that
    /// when the case has several masked victims they are told apart by number, in the order core
    /// lists the parties ("Victim 2 (identity hidden)"), so that choosers can still pick one.
    [[nodiscard]] static std::map<std::string, QString> partyNames(const std::vector<CaseParty>& parties);

    /// An ISO date as shown in tables (ISO 8601 is unambiguous across partner countries); "" when none.
    [[nodiscard]] static QString date(const std::optional<std::string>& isoDate);
    /// A stored UTC timestamp in local time, "2026-03-15 16:00"; the stored text when unreadable.
    [[nodiscard]] static QString timestamp(const std::string& isoUtc);
    /// A file size for people ("1.4 MB"); exact bytes go in tooltips.
    [[nodiscard]] static QString fileSize(qint64 bytes);
    /// "1,234 bytes" in the current locale.
    [[nodiscard]] static QString exactSize(qint64 bytes);
};

/// std::string (UTF-8, as core stores text) to QString and back.
[[nodiscard]] inline QString qs(const std::string& s) { return QString::fromStdString(s); }
[[nodiscard]] inline QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
[[nodiscard]] inline std::string ss(const QString& s) { return s.toStdString(); }

}  // namespace lintas::ui
