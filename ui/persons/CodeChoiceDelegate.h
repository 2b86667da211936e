#pragma once

#include <QString>
#include <QStyledItemDelegate>
#include <utility>
#include <vector>

namespace lintas::ui {

/// Edits a cell whose EditRole is a code (identifier type, country, script) with a combo box of
/// (code, label) choices. Optionally offers "none" (an empty code) and free text (an editable,
/// searchable combo for codes outside the list).
class CodeChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using Choices = std::vector<std::pair<QString, QString>>;

    /// `noneLabel` empty: a value is required; otherwise the first entry sets an empty code.
    CodeChoiceDelegate(Choices choices, QString noneLabel, bool freeText, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Choices m_choices;
    QString m_noneLabel;
    bool m_freeText;
};

}  // namespace lintas::ui
