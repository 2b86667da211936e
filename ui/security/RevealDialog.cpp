#include "security/RevealDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lintas::ui {

QStringList RevealDialog::quickReasons() {
    return {tr("Interview preparation"), tr("Referral to shelter"), tr("Court preparation"),
            tr("Contacting the victim"), tr("Return and family tracing")};
}

RevealDialog::RevealDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("revealDialog"));
    setWindowTitle(tr("Show identifying details"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto* intro = new QLabel(tr("This person is a victim. Their names, date of birth, identifiers, contacts and "
                                "address are hidden to protect them. Say why you need them now: your reason is "
                                "recorded in the audit log with your name, and supervisors see it."),
                             this);
    intro->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(intro, 1);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("revealReason"));
    m_reason->setPlaceholderText(tr("Why do you need these details?"));
    m_reason->setMaxLength(200);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);

    auto* quickLabel = new QLabel(tr("Common reasons:"), this);
    quickLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* quick = new QGridLayout;
    quick->setHorizontalSpacing(4);
    quick->setVerticalSpacing(4);
    constexpr int kPerRow = 3;
    int i = 0;
    for (const QString& text : quickReasons()) {
        auto* chip = new QPushButton(text, this);
        chip->setObjectName(QStringLiteral("revealQuickReason%1").arg(i));
        chip->setAutoDefault(false);
        chip->setFlat(false);
        chip->setToolTip(tr("Use this reason"));
        connect(chip, &QPushButton::clicked, this, [this, text] {
            m_reason->setText(text);
            m_reason->setFocus();
        });
        quick->addWidget(chip, i / kPerRow, i % kPerRow);
        ++i;
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("revealError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("revealConfirm"));
    ok->setText(tr("Show details"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RevealDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RevealDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &RevealDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(quickLabel);
    layout->addLayout(quick);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);
    updateState();
}

QString RevealDialog::reason() const {
    return m_reason->text().simplified();
}
void RevealDialog::setReason(const QString& reason) {
    m_reason->setText(reason);
}

void RevealDialog::updateState() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    m_error->setVisible(false);
}

void RevealDialog::accept() {
    if (reason().isEmpty())
        return;
    if (m_check) {
        const QString problem = m_check(reason());
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

}  // namespace lintas::ui
