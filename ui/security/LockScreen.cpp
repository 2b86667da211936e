#include "security/LockScreen.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

QLabel* makeCentred(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

}  // namespace

LockScreen::LockScreen(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lockScreen"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/lintas/lintas.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);

    auto* title = makeCentred(this, QStringLiteral("lockTitle"));
    title->setText(tr("Lintas is locked"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_who = makeCentred(this, QStringLiteral("lockUser"));
    m_roles = makeCentred(this, QStringLiteral("lockRoles"));
    m_roles->setForegroundRole(QPalette::PlaceholderText);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setMinimumWidth(280);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::requestUnlock);
    connect(m_password, &QLineEdit::textChanged, this, &LockScreen::updateButtons);

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::requestUnlock);

    m_message = makeCentred(this, QStringLiteral("lockMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setVisible(false);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("lockBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    QSizePolicy policy = m_busy->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(policy);
    m_busy->setVisible(false);

    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    auto* signOutNote = makeCentred(this, QStringLiteral("lockSignOutNote"));
    signOutNote->setText(tr("Signing out closes the database; changes not yet saved are lost."));
    signOutNote->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_password);
    row->addWidget(m_unlock);
    row->addStretch(1);

    auto* busyRow = new QHBoxLayout;
    busyRow->addStretch(1);
    busyRow->addWidget(m_busy, 2);
    busyRow->addStretch(1);

    auto* signOutRow = new QHBoxLayout;
    signOutRow->addStretch(1);
    signOutRow->addWidget(m_signOut);
    signOutRow->addStretch(1);

    auto* column = new QVBoxLayout;
    column->setSpacing(10);
    column->addStretch(1);
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(m_who);
    column->addWidget(m_roles);
    column->addSpacing(10);
    column->addLayout(row);
    column->addLayout(busyRow);
    column->addWidget(m_message);
    column->addSpacing(24);
    column->addLayout(signOutRow);
    column->addWidget(signOutNote);
    column->addStretch(2);

    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 4);
    layout->addStretch(1);
    updateButtons();
}

LockScreen::~LockScreen() = default;

void LockScreen::reset(const QString& username, const QString& roles) {
    //: On the lock screen; %1 is the signed-in user's sign-in name.
    m_who->setText(tr("Signed in as %1. Enter your password to continue.").arg(username));
    m_roles->setText(roles);
    m_roles->setVisible(!roles.isEmpty());
    m_password->clear();
    m_isBusy = false;
    m_waiting = false;
    m_busy->setVisible(false);
    showMessage({});
    updateButtons();
}

void LockScreen::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LockScreen::setBusy(bool busy) {
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_signOut->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void LockScreen::setWaiting(bool waiting) {
    m_waiting = waiting;
    updateButtons();
}

void LockScreen::focusPassword() { m_password->setFocus(Qt::OtherFocusReason); }

void LockScreen::requestUnlock() {
    if (!m_unlock->isEnabled())
        return;
    emit unlockRequested(m_password->text());
}

void LockScreen::updateButtons() { m_unlock->setEnabled(!m_isBusy && !m_waiting && !m_password->text().isEmpty()); }

}  // namespace lintas::ui
