#pragma once

#include "lintas/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lintas::ui {

/// The translated labels of core's controlled vocabularies, one table per vocab::List, for every
/// page. Core keeps the codes and English labels; the labels here are tr() source strings, so a
/// translator sees them in Qt Linguist (core's labels cannot be translated: they are not in ui
/// sources). Each entry's comment names its list, so that one English word ("Other", "Shelter")
/// can be translated differently per list.
class VocabText {
    Q_DECLARE_TR_FUNCTIONS(VocabText)

public:
    /// The translated label of `code` in `list`; core's English label for a code without a table
    /// entry, and the code itself when core does not know it either (a partner's newer vocabulary).
    [[nodiscard]] static QString label(vocab::List list, std::string_view code);
    /// A shorter wording for a chart axis ("Forced criminality (scams)", "Legal"); label() where
    /// the list has no shorter wording for `code`.
    [[nodiscard]] static QString shortLabel(vocab::List list, std::string_view code);
    /// Whether `code` has its own entry in `list`'s table (the tests keep the tables complete).
    [[nodiscard]] static bool hasEntry(vocab::List list, std::string_view code);
    /// (code, label) of every term of `list` in core's display order, for a combo box.
    [[nodiscard]] static std::vector<std::pair<QString, QString>> choices(vocab::List list);

    /// "B2": source reliability followed by information credibility, as analysts write a grade.
    [[nodiscard]] static QString grade(const std::string& source, const std::string& information);
    /// Both halves of a grade spelt out, one per line, for a tooltip.
    [[nodiscard]] static QString gradeToolTip(const std::string& source, const std::string& information);
};

}  // namespace lintas::ui
