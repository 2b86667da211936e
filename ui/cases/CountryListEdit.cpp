#include "cases/CountryListEdit.h"

#include "common/CountryModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {
constexpr int kCodeRole = Qt::UserRole;
}

CountryListEdit::CountryListEdit(QWidget* parent) : QWidget(parent) {
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("countryList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5 + 8);
    m_list->installEventFilter(this);
    m_list->setAccessibleName(tr("Countries involved"));

    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("countryPicker"));
    // Items of the combo's own model: it asks for the icon of "no item" while nothing is chosen,
    // which CountryModel (rightly) reports as a misuse.
    const CountryModel countries;
    for (int row = 0; row < countries.rowCount(); ++row) {
        const QModelIndex index = countries.index(row);
        m_picker->addItem(index.data().toString(), index.data(CountryModel::Alpha3Role));
    }
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setCurrentIndex(-1);
    m_picker->lineEdit()->setPlaceholderText(tr("Add a country: type its name or code"));
    m_picker->setAccessibleName(tr("Country to add"));
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_picker->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    m_add = new QToolButton(this);
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add the chosen country"));
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected countries (Delete)"));

    connect(m_picker, &QComboBox::activated, this, [this] { addPicked(); });
    connect(m_add, &QToolButton::clicked, this, &CountryListEdit::addPicked);
    connect(m_remove, &QToolButton::clicked, this, &CountryListEdit::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &CountryListEdit::updateButtons);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &CountryListEdit::updateButtons);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_picker, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list);
    layout->addLayout(row);
    setFocusProxy(m_picker);
    updateButtons();
}

void CountryListEdit::setCodes(const QStringList& codes) {
    if (codes == this->codes())
        return;
    m_list->clear();
    for (const QString& code : codes) {
        auto* item = new QListWidgetItem(CountryModel::displayName(code), m_list);
        item->setData(kCodeRole, code);
    }
    updateButtons();
}

QStringList CountryListEdit::codes() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.push_back(m_list->item(i)->data(kCodeRole).toString());
    return out;
}

void CountryListEdit::addCode(const QString& alpha3) {
    if (alpha3.isEmpty() || codes().contains(alpha3))
        return;
    auto* item = new QListWidgetItem(CountryModel::displayName(alpha3), m_list);
    item->setData(kCodeRole, alpha3);
    updateButtons();
    emit codesEdited(codes());
}

void CountryListEdit::addPicked() {
    const int row = m_picker->currentIndex();
    if (row < 0)
        return;
    addCode(m_picker->itemData(row).toString());
    m_picker->setCurrentIndex(-1);
    m_picker->clearEditText();
}

void CountryListEdit::removeSelected() {
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem* item : selected)
        delete item;
    updateButtons();
    emit codesEdited(codes());
}

void CountryListEdit::updateButtons() {
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_add->setEnabled(m_picker->currentIndex() >= 0);
}

bool CountryListEdit::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace lintas::ui
