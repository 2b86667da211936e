#include "persons/CodeChoiceDelegate.h"

#include <QComboBox>
#include <QCompleter>

namespace lintas::ui {

CodeChoiceDelegate::CodeChoiceDelegate(Choices choices, QString noneLabel, bool freeText, QObject* parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices)), m_noneLabel(std::move(noneLabel)),
      m_freeText(freeText) {}

QWidget* CodeChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->setMaxVisibleItems(15);
    if (!m_noneLabel.isEmpty())
        combo->addItem(m_noneLabel, QString());
    for (const auto& [code, label] : m_choices)
        combo->addItem(label, code);
    if (m_freeText || m_choices.size() > 20) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    }
    // A choice made in the list is the edit: commit it at once, so previews follow.
    connect(combo, &QComboBox::activated, this, [this, combo](int) {
        auto* self = const_cast<CodeChoiceDelegate*>(this);  // NOLINT(cppcoreguidelines-pro-type-const-cast)
        emit self->commitData(combo);
    });
    return combo;
}

void CodeChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const QString code = index.data(Qt::EditRole).toString();
    const int row = combo->findData(code);
    if (row >= 0)
        combo->setCurrentIndex(row);
    else if (combo->isEditable())
        combo->setEditText(code);
}

void CodeChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    QString code;
    if (combo->isEditable()) {
        const QString text = combo->currentText().trimmed();
        const int row = combo->findText(text, Qt::MatchFixedString);
        if (row >= 0)
            code = combo->itemData(row).toString();
        else if (m_freeText)
            code = text;
        else
            return;  // not a choice: keep the stored value
    } else {
        code = combo->currentData().toString();
    }
    model->setData(index, code, Qt::EditRole);
}

}  // namespace lintas::ui
