#include "security/PostponeDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

PostponeDialog::PostponeDialog(int count, const QDate& today, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("postponeDialog"));
    setWindowTitle(tr("Postpone deletion"));

    auto* intro = new QLabel(tr("Keep the %n selected record(s) and list them again on the review date. The decision "
                                "is recorded in the audit log.",
                                "", count),
                             this);
    intro->setWordWrap(true);

    m_date = new QDateEdit(today.addYears(1), this);
    m_date->setObjectName(QStringLiteral("postponeDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(today.addDays(1));
    auto* form = new QFormLayout;
    form->addRow(tr("&Review again on:"), m_date);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("postponeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Postpone"));
    ok->setObjectName(QStringLiteral("postponeConfirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PostponeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PostponeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QDate PostponeDialog::reviewOn() const {
    return m_date->date();
}
void PostponeDialog::setReviewOn(const QDate& date) {
    m_date->setDate(date);
}

void PostponeDialog::accept() {
    if (m_check) {
        const QString problem = m_check(reviewOn());
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

}  // namespace lintas::ui
