#include "cases/CaseFilterBar.h"

#include "cases/CaseIcons.h"
#include "cases/CaseText.h"
#include "cases/DateField.h"
#include "cases/TlpChip.h"
#include "common/CountryModel.h"

#include "lintas/Time.h"
#include "lintas/domain/Vocabulary.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace lintas::ui {
namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

std::optional<std::string> chosen(const QComboBox* combo) {
    const QString code = combo->currentData().toString();
    if (code.isEmpty())
        return std::nullopt;
    return code.toStdString();
}

void choose(QComboBox* combo, const std::optional<std::string>& code) {
    const int row = code ? combo->findData(QString::fromStdString(*code)) : 0;
    combo->setCurrentIndex(row < 0 ? 0 : row);
}

QComboBox* vocabularyCombo(QWidget* parent, const QString& any, vocab::List list) {
    auto* combo = new QComboBox(parent);
    combo->addItem(any, QString());
    for (const vocab::Term& term : vocab::terms(list)) {
        const QString code = qs(term.code);
        if (list == vocab::List::Tlp)
            combo->addItem(TlpChip::swatch(code), CaseText::tlp(term.code), code);
        else
            combo->addItem(CaseText::term(list, term.code), code);
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

}  // namespace

CaseFilterBar::CaseFilterBar(QWidget* parent) : QWidget(parent) {
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &CaseFilterBar::changed);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("caseFilterText"));
    m_text->setPlaceholderText(tr("Search reference, title and summary…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search cases"));
    m_text->addAction(caseIcon(this, "search", QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);

    m_status = vocabularyCombo(this, tr("Any status"), vocab::List::CaseStatus);
    m_status->setObjectName(QStringLiteral("caseFilterStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_tlp = vocabularyCombo(this, tr("Any TLP"), vocab::List::Tlp);
    m_tlp->setObjectName(QStringLiteral("caseFilterTlp"));
    m_tlp->setAccessibleName(tr("TLP"));
    m_form = vocabularyCombo(this, tr("Any form of exploitation"), vocab::List::ExploitationType);
    m_form->setObjectName(QStringLiteral("caseFilterExploitation"));
    m_form->setAccessibleName(tr("Form of exploitation"));
    m_form->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_form->setMinimumContentsLength(18);

    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("caseFilterCountry"));
    m_country->setAccessibleName(tr("Country involved"));
    m_country->addItem(tr("Any country"), QString());
    {
        const CountryModel countries;
        for (int row = 0; row < countries.rowCount(); ++row) {
            const QModelIndex index = countries.index(row);
            m_country->addItem(index.data().toString(), index.data(CountryModel::Alpha3Role));
        }
    }
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_country->setMinimumContentsLength(14);

    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("caseFilterOwner"));
    m_owner->setPlaceholderText(tr("Owner (user name)"));
    m_owner->setAccessibleName(tr("Case owner"));
    m_owner->setClearButtonEnabled(true);
    m_owner->setMinimumWidth(m_owner->fontMetrics().horizontalAdvance(m_owner->placeholderText()) + 40);
    m_owner->setMaximumWidth(m_owner->minimumWidth() + 60);

    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("caseFilterOpenedFrom"));
    m_from->setAccessibleName(tr("Opened on or after"));
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("caseFilterOpenedTo"));
    m_to->setAccessibleName(tr("Opened on or before"));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (DateField* date : {m_from, m_to}) {
        // The date, the clear button, the calendar button and, for a bad date, the warning sign.
        const int width = date->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 4 * 24 + 12;
        date->setMinimumWidth(width);
        date->setMaximumWidth(width);
    }
    m_fromWarning = m_from->addAction(warning, QLineEdit::LeadingPosition);
    m_toWarning = m_to->addAction(warning, QLineEdit::LeadingPosition);
    m_fromWarning->setVisible(false);
    m_toWarning->setVisible(false);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("caseFilterClear"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_clear, &QToolButton::clicked, this, &CaseFilterBar::clear);

    connect(m_text, &QLineEdit::textChanged, this, &CaseFilterBar::changedAfterPause);
    connect(m_text, &QLineEdit::returnPressed, this, &CaseFilterBar::applyNow);
    connect(m_owner, &QLineEdit::textChanged, this, &CaseFilterBar::changedAfterPause);
    connect(m_owner, &QLineEdit::returnPressed, this, &CaseFilterBar::applyNow);
    for (QComboBox* combo : {m_status, m_tlp, m_form, m_country})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::changed);
    connect(m_from, &DateField::textChanged, this, [this] {
        markDate(m_from, m_fromWarning);
        changedAfterPause();
    });
    connect(m_to, &DateField::textChanged, this, [this] {
        markDate(m_to, m_toWarning);
        changedAfterPause();
    });

    auto* first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(m_text, 1);
    first->addWidget(m_status);
    first->addWidget(m_tlp);
    first->addWidget(m_clear);
    auto* second = new QHBoxLayout;
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(m_form, 1);
    second->addWidget(m_country, 1);
    // Owner and dates on a row of their own keep the list narrow enough to share a laptop
    // screen with the case editor.
    auto* third = new QHBoxLayout;
    third->setContentsMargins(0, 0, 0, 0);
    third->addWidget(m_owner, 1);
    auto* opened = new QLabel(tr("Opened:"), this);
    opened->setBuddy(m_from);
    third->addWidget(opened);
    third->addWidget(m_from);
    third->addWidget(new QLabel(tr("to"), this));
    third->addWidget(m_to);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addLayout(third);
    updateClearButton();
}

CaseQuery CaseFilterBar::query() const {
    CaseQuery q;
    q.text = m_text->text().trimmed().toStdString();
    q.status = chosen(m_status);
    q.tlp = chosen(m_tlp);
    q.exploitationForm = chosen(m_form);
    q.country = chosen(m_country);
    const QString owner = m_owner->text().trimmed();
    if (!owner.isEmpty())
        q.owner = owner.toStdString();
    // A date that is not one yet (still being typed) filters nothing.
    const std::string from = m_from->text().trimmed().toStdString();
    if (isIsoDate(from))
        q.openedFrom = from;
    const std::string to = m_to->text().trimmed().toStdString();
    if (isIsoDate(to))
        q.openedTo = to;
    return q;
}

void CaseFilterBar::setQuery(const CaseQuery& q) {
    const QScopedValueRollback guard(m_updating, true);
    m_typing->stop();
    m_text->setText(QString::fromStdString(q.text));
    choose(m_status, q.status);
    choose(m_tlp, q.tlp);
    choose(m_form, q.exploitationForm);
    choose(m_country, q.country);
    m_owner->setText(q.owner ? QString::fromStdString(*q.owner) : QString());
    m_from->setText(q.openedFrom ? QString::fromStdString(*q.openedFrom) : QString());
    m_to->setText(q.openedTo ? QString::fromStdString(*q.openedTo) : QString());
    markDate(m_from, m_fromWarning);
    markDate(m_to, m_toWarning);
    updateClearButton();
}

void CaseFilterBar::clear() {
    setQuery(CaseQuery{});
    emit queryChanged();
}

void CaseFilterBar::applyNow() {
    m_typing->stop();
    changed();
}

void CaseFilterBar::changed() {
    if (m_updating)
        return;
    m_typing->stop();
    updateClearButton();
    emit queryChanged();
}

void CaseFilterBar::changedAfterPause() {
    if (m_updating)
        return;
    updateClearButton();
    m_typing->start();
}

void CaseFilterBar::markDate(DateField* field, QAction* warning) {
    const std::string text = field->text().trimmed().toStdString();
    const bool bad = !text.empty() && !isIsoDate(text);
    warning->setVisible(bad);
    const QString message = bad ? tr("Not a date: write YYYY-MM-DD. This filter is not applied yet.") : QString();
    warning->setToolTip(message);
    field->setToolTip(message);
    field->setAccessibleDescription(message);
}

void CaseFilterBar::updateClearButton() {
    const CaseQuery q = query();
    const bool any = !q.text.empty() || q.status || q.tlp || q.exploitationForm || q.country || q.owner ||
                     !m_from->text().isEmpty() || !m_to->text().isEmpty();
    m_clear->setEnabled(any);
}

}  // namespace lintas::ui
