#pragma once

#include "lintas/domain/Vocabulary.h"

#include <QWidget>

#include <string>
#include <vector>

class QCheckBox;
class QGridLayout;

namespace lintas::ui {

/// A multi-select picklist: the terms of one controlled list as check boxes in the list's order,
/// all visible at once (in two columns when the labels are short), so that what is ticked is
/// never scrolled out of sight.
class CodeChecklist : public QWidget {
    Q_OBJECT

public:
    explicit CodeChecklist(vocab::List list, QWidget* parent = nullptr);

    /// The checked codes, in the list's order.
    [[nodiscard]] std::vector<std::string> codes() const;
    /// Checks exactly `codes` (without codesChanged). Codes the list does not hold are kept as
    /// extra check boxes, so that nothing stored is lost by an edit.
    void setCodes(const std::vector<std::string>& codes);
    /// Checks or clears one code.
    void setChecked(const std::string& code, bool checked);

signals:
    void codesChanged();

private:
    QCheckBox* addBox(const QString& text, const std::string& code);
    void relayout();

    int m_columns = 1;
    QGridLayout* m_grid;
    std::vector<std::pair<std::string, QCheckBox*>> m_boxes;
};

}  // namespace lintas::ui
