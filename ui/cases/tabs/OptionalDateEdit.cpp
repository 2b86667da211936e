#include "cases/tabs/OptionalDateEdit.h"

#include "cases/tabs/TabText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace lintas::ui {

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent), m_known(new QCheckBox(tr("Known"), this)), m_date(new QDateEdit(this)) {
    m_known->setObjectName(QStringLiteral("dateKnown"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    // ISO 8601 everywhere: the same date reads the same to every partner agency.
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_date, 1);
    setFocusProxy(m_known);
    connect(m_known, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_known, &QCheckBox::toggled, this, &OptionalDateEdit::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::changed);
    setValue(std::nullopt);
}

void OptionalDateEdit::setCheckText(const QString& text) { m_known->setText(text); }

std::optional<std::string> OptionalDateEdit::value() const {
    if (!m_known->isChecked())
        return std::nullopt;
    return ss(m_date->date().toString(Qt::ISODate));
}

void OptionalDateEdit::setValue(const std::optional<std::string>& isoDate, const QDate& fallback) {
    const QSignalBlocker blockKnown(m_known);
    const QSignalBlocker blockDate(m_date);
    const QDate date = isoDate ? QDate::fromString(qs(*isoDate), Qt::ISODate) : QDate();
    m_known->setChecked(date.isValid());
    m_date->setEnabled(date.isValid());
    m_date->setDate(date.isValid() ? date : fallback);
}

}  // namespace lintas::ui
