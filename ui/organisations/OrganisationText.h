#pragma once

#include "lintas/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::ui {

/// Translated labels of the lists the Organisations page shows (organisation types,
/// relationship types, the 4×4 grading); other lists fall back to PersonText.
class OrganisationText {
    Q_DECLARE_TR_FUNCTIONS(OrganisationText)

public:
    [[nodiscard]] static QString label(vocab::List list, std::string_view code);
    [[nodiscard]] static bool hasEntry(vocab::List list, std::string_view code);
    [[nodiscard]] static std::vector<vocab::List> coveredLists();
    /// (code, translated label) of every term of `list`, in core's display order.
    [[nodiscard]] static std::vector<std::pair<QString, QString>> choices(vocab::List list);

    /// "B2": source reliability and information credibility, as analysts write a grade.
    [[nodiscard]] static QString grade(const std::string& source, const std::string& information);
    /// Both halves of a grade spelt out.
    [[nodiscard]] static QString gradeToolTip(const std::string& source, const std::string& information);
};

}  // namespace lintas::ui
