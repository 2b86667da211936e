#include "security/ChangePasswordDialog.h"

#include "app/BackgroundJob.h"
#include "app/DialogFit.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "security/SignInDialog.h"

#include "lintas/security/Keyring.h"
#include "lintas/security/UserService.h"
#include "lintas/service/Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace lintas::ui {
namespace {

/// `wrap`: only for labels directly in the dialog's column; one in a form cell stays on one line
/// (a wrapped label there squeezes the fields above it).
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName, bool wrap = false) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

QLineEdit* makePasswordField(QWidget* parent, const QString& objectName) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

QWidget* withMessage(QWidget* field, QLabel* message, QLabel* hint = nullptr) {
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(message);
    return cell;
}

QLabel* labelFor(QWidget* field, const QString& text) {
    auto* label = new QLabel(text);
    label->setBuddy(field);
    return label;
}

void setMessage(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

}  // namespace

ChangePasswordDialog::ChangePasswordDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    setMinimumWidth(480);
    m_job = new BackgroundJob(this);

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("changePasswordIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    //: %1 is the signed-in user's sign-in name.
    intro->setText(tr("Change the password of %1. Other users' passwords stay as they are.")
                       .arg(QString::fromStdString(m_workspace.session().username)));

    m_current = makePasswordField(this, QStringLiteral("currentPassword"));
    m_currentError = makeErrorLabel(this, QStringLiteral("currentPasswordError"));
    m_new = makePasswordField(this, QStringLiteral("newPassword"));
    m_newError = makeErrorLabel(this, QStringLiteral("newPasswordError"));
    auto* rules = new QLabel(tr("At least 10 characters, and not the user name."), this);
    rules->setObjectName(QStringLiteral("newPasswordRules"));
    rules->setForegroundRole(QPalette::PlaceholderText);
    m_repeat = makePasswordField(this, QStringLiteral("repeatPassword"));
    m_repeatError = makeErrorLabel(this, QStringLiteral("repeatPasswordError"));
    m_formError = makeErrorLabel(this, QStringLiteral("changePasswordError"), true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(labelFor(m_current, tr("C&urrent password:")), withMessage(m_current, m_currentError));
    form->addRow(labelFor(m_new, tr("&New password:")), withMessage(m_new, m_newError, rules));
    form->addRow(labelFor(m_repeat, tr("&Repeat new password:")), withMessage(m_repeat, m_repeatError));

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("changePasswordBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    QSizePolicy policy = m_busy->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(policy);
    m_busy->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("&Change password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_current->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() { delete m_job; }

bool ChangePasswordDialog::isBusy() const { return m_job->isRunning(); }

void ChangePasswordDialog::clearMessages() {
    for (QLabel* label : {m_currentError, m_newError, m_repeatError, m_formError})
        setMessage(label, {});
}

void ChangePasswordDialog::accept() {
    runGuarded(this, [this] {
        if (m_job->isRunning())
            return;
        clearMessages();
        if (m_current->text().isEmpty()) {
            setMessage(m_currentError, tr("Enter your current password."));
            m_current->setFocus();
            return;
        }
        std::string newPassword = m_new->text().toStdString();
        if (const Status rules = security::UserService::validatePassword(m_workspace.session().username, newPassword);
            !rules) {
            security::wipeString(newPassword);
            setMessage(m_newError,
                       tr("The password must have at least 10 characters and must not be the user name."));
            m_new->setFocus();
            return;
        }
        if (m_new->text() != m_repeat->text()) {
            security::wipeString(newPassword);
            setMessage(m_repeatError, tr("The two passwords differ. Type the same password twice."));
            m_repeat->setFocus();
            return;
        }
        std::string oldPassword = m_current->text().toStdString();
        auto outcome = std::make_shared<std::optional<Status>>();
        Workspace* ws = &m_workspace;
        // The dialog is window-modal and the main window does not lock the workspace while
        // isBusy(): nothing else uses it meanwhile.
        const bool started = m_job->start(
            [ws, oldPassword = std::move(oldPassword), newPassword = std::move(newPassword), outcome]() mutable {
                *outcome = ws->users.changeOwnPassword(oldPassword, newPassword);
                security::wipeString(oldPassword);
                security::wipeString(newPassword);
            },
            [this, outcome] {
                onFinished(*outcome ? **outcome : Status(Error{ErrorCode::Internal, {}, "stopped unexpectedly"}));
            });
        if (started)
            setBusy(true);
    });
}

void ChangePasswordDialog::reject() {
    if (m_job->isRunning())
        return;
    QDialog::reject();
}

void ChangePasswordDialog::setBusy(bool busy) {
    for (QWidget* w : {static_cast<QWidget*>(m_current), static_cast<QWidget*>(m_new),
                       static_cast<QWidget*>(m_repeat), static_cast<QWidget*>(m_change),
                       static_cast<QWidget*>(m_cancel)})
        w->setEnabled(!busy);
    m_busy->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ChangePasswordDialog::onFinished(const Status& status) {
    setBusy(false);
    if (status) {
        m_current->clear();
        m_new->clear();
        m_repeat->clear();
        QDialog::accept();
        return;
    }
    const Error& error = status.error();
    if (error.code == ErrorCode::SignInFailed) {
        setMessage(m_currentError, tr("This is not your current password."));
        m_current->clear();
        m_current->setFocus();
    } else if (error.code == ErrorCode::Throttled) {
        const auto wait = SignInDialog::throttleWait(QString::fromStdString(m_workspace.path()),
                                                     QString::fromStdString(m_workspace.session().username));
        setMessage(m_currentError, SignInDialog::refusalText(error, wait));
    } else if (error.code == ErrorCode::Validation) {
        setMessage(m_newError, tr("The password must have at least 10 characters and must not be the user name."));
        m_new->setFocus();
    } else {
        setMessage(m_formError, ErrorText::describe(error));
    }
}

bool ChangePasswordDialog::event(QEvent* event) {
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFitContents(this);
    return handled;
}

}  // namespace lintas::ui
