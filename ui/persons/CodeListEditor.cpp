#include "persons/CodeListEditor.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

/// A combo box with no current item (showing the placeholder) asks for the data of an invalid
/// index; answer quietly instead of letting the option model warn about it.
class NoCurrentItemProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override {
        return index.isValid() ? QIdentityProxyModel::data(index, role) : QVariant();
    }
};

}  // namespace

CodeListEditor::CodeListEditor(QAbstractItemModel* options, int codeRole, QWidget* parent)
    : QWidget(parent), m_options(options), m_codeRole(codeRole) {
    auto* proxy = new NoCurrentItemProxy(this);
    proxy->setSourceModel(options);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("picker"));
    m_picker->setModel(proxy);
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setMaxVisibleItems(15);
    // Search by any part of "IDN – Indonesia" or "Indonesian (id)".
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_picker->setCurrentIndex(-1);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("chosen"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);

    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected entry"));
    m_up = new QToolButton(this);
    m_up->setText(tr("Move up"));
    m_up->setToolTip(tr("Move the selected entry up: the first one is the primary one"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_picker);
    layout->addLayout(row);

    connect(m_picker, &QComboBox::activated, this, &CodeListEditor::addPicked);
    connect(m_remove, &QToolButton::clicked, this, &CodeListEditor::removeSelected);
    connect(m_up, &QToolButton::clicked, this, &CodeListEditor::moveSelectedUp);
    connect(m_list, &QListWidget::currentRowChanged, this, &CodeListEditor::updateButtons);
    updateButtons();
}

void CodeListEditor::setPlaceholderText(const QString& text) {
    m_picker->lineEdit()->setPlaceholderText(text);
}

QString CodeListEditor::textOf(const QString& code) const {
    const QModelIndexList hits =
        m_options->match(m_options->index(0, 0), m_codeRole, code, 1, Qt::MatchExactly | Qt::MatchCaseSensitive);
    return hits.isEmpty() ? code : hits.first().data(Qt::DisplayRole).toString();
}

void CodeListEditor::setCodes(const std::vector<std::string>& codes) {
    m_list->clear();
    for (const std::string& code : codes) {
        const QString c = QString::fromStdString(code);
        auto* item = new QListWidgetItem(textOf(c), m_list);
        item->setData(Qt::UserRole, c);
    }
    updateButtons();
}

std::vector<std::string> CodeListEditor::codes() const {
    std::vector<std::string> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.push_back(m_list->item(i)->data(Qt::UserRole).toString().toStdString());
    return out;
}

bool CodeListEditor::addCode(const QString& code) {
    if (code.isEmpty())
        return false;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == code)
            return false;
    auto* item = new QListWidgetItem(textOf(code), m_list);
    item->setData(Qt::UserRole, code);
    updateButtons();
    emit edited();
    return true;
}

void CodeListEditor::addPicked(int row) {
    if (row < 0)
        return;
    addCode(m_options->index(row, 0).data(m_codeRole).toString());
    m_picker->setCurrentIndex(-1);
    m_picker->clearEditText();
}

void CodeListEditor::removeSelected() {
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    emit edited();
}

void CodeListEditor::moveSelectedUp() {
    const int row = m_list->currentRow();
    if (row <= 0)
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(row - 1, item);
    m_list->setCurrentRow(row - 1);
    emit edited();
}

void CodeListEditor::updateButtons() {
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
}

}  // namespace lintas::ui
