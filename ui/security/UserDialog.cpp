#include "security/UserDialog.h"

#include "security/SecurityText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

QLineEdit* passwordField(QWidget* parent, const QString& objectName) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    // Nothing typed here should reach an input method's history or the clipboard.
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->setMinimumWidth(field->fontMetrics().averageCharWidth() * 32);
    return field;
}

}  // namespace

UserDialog::UserDialog(Mode mode, QWidget* parent) : QDialog(parent), m_mode(mode) {
    setObjectName(QStringLiteral("userDialog"));
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a user"));
        break;
    case Mode::ChangeRoles:
        setWindowTitle(tr("Change roles"));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Set a new password"));
        break;
    }

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("userDialogIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);

    if (mode == Mode::Add) {
        auto* form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        m_intro->setText(tr("The new user signs in with this user name and the initial password. Tell them the "
                            "password in person; they can change it after signing in."));
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("userName"));
        m_username->setPlaceholderText(tr("e.g. inv.sari"));
        m_username->setToolTip(tr("Lower-case letters, digits, dots, hyphens and underscores"));
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("userDisplayName"));
        m_displayName->setPlaceholderText(tr("as shown in the audit log"));
        form->addRow(tr("&User name:"), m_username);
        form->addRow(tr("&Display name:"), m_displayName);
        connect(m_username, &QLineEdit::textChanged, this, &UserDialog::updateState);
        connect(m_displayName, &QLineEdit::textChanged, this, &UserDialog::updateState);
        layout->addLayout(form);
    }

    if (mode != Mode::ResetPassword) {
        auto* roles = new QGroupBox(tr("Roles"), this);
        roles->setObjectName(QStringLiteral("userRoles"));
        auto* rolesLayout = new QVBoxLayout(roles);
        for (security::Role role : security::kAllRoles) {
            auto* box = new QCheckBox(SecurityText::roleLabel(role), roles);
            box->setObjectName(QStringLiteral("userRole_") + QString::fromUtf8(security::roleName(role)));
            box->setToolTip(SecurityText::roleDescription(role));
            auto* hint = new QLabel(SecurityText::roleDescription(role), roles);
            hint->setWordWrap(true);
            hint->setIndent(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6);
            hint->setForegroundRole(QPalette::PlaceholderText);
            rolesLayout->addWidget(box);
            rolesLayout->addWidget(hint);
            m_roleBoxes[role] = box;
            connect(box, &QCheckBox::toggled, this, &UserDialog::updateState);
        }
        layout->addWidget(roles);
    }

    if (mode != Mode::ChangeRoles) {
        auto* passwords = new QFormLayout;
        passwords->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        m_password = passwordField(this, QStringLiteral("userPassword"));
        m_repeat = passwordField(this, QStringLiteral("userPasswordRepeat"));
        m_mismatch = new QLabel(tr("The two passwords are not the same."), this);
        m_mismatch->setObjectName(QStringLiteral("userPasswordMismatch"));
        m_mismatch->setVisible(false);
        passwords->addRow(mode == Mode::Add ? tr("&Initial password:") : tr("&New password:"), m_password);
        passwords->addRow(tr("&Repeat it:"), m_repeat);
        passwords->addRow(QString(), m_mismatch);
        auto* advice = new QLabel(tr("At least 10 characters, not the user name. A few unrelated words are easy to "
                                     "remember and hard to guess."),
                                  this);
        advice->setWordWrap(true);
        advice->setForegroundRole(QPalette::PlaceholderText);
        passwords->addRow(advice);

        m_confirm = passwordField(this, QStringLiteral("userConfirmPassword"));
        m_confirm->setToolTip(tr("Changing who can open the database needs your own password"));
        passwords->addRow(tr("&Your password:"), m_confirm);
        layout->addLayout(passwords);
        for (QLineEdit* field : {m_password, m_repeat, m_confirm})
            connect(field, &QLineEdit::textChanged, this, &UserDialog::updateState);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("userDialogError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("userDialogOk"));
    switch (mode) {
    case Mode::Add:
        ok->setText(tr("Add user"));
        break;
    case Mode::ChangeRoles:
        ok->setText(tr("Save roles"));
        break;
    case Mode::ResetPassword:
        ok->setText(tr("Set password"));
        break;
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);
    updateState();
}

UserDialog::~UserDialog() = default;

void UserDialog::setUser(const security::User& user) {
    const QString who = user.displayName.empty() ? QString::fromStdString(user.username)
                                                 //: %1 is a display name, %2 the user name.
                                                 : tr("%1 (%2)").arg(QString::fromStdString(user.displayName),
                                                                     QString::fromStdString(user.username));
    if (m_mode == Mode::ChangeRoles)
        //: %1 names a user.
        m_intro->setText(
            tr("Roles of %1. The change applies at their next sign-in and is recorded in the audit log.").arg(who));
    else if (m_mode == Mode::ResetPassword)
        //: %1 names a user.
        m_intro->setText(
            tr("A new password for %1. Tell them in person; they can change it after signing in.").arg(who));
    for (auto& [role, box] : m_roleBoxes)
        box->setChecked(user.roles.has(role));
    updateState();
}

void UserDialog::setError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString UserDialog::username() const {
    return m_username ? m_username->text().trimmed() : QString();
}
QString UserDialog::displayName() const {
    return m_displayName ? m_displayName->text().trimmed() : QString();
}

security::RoleSet UserDialog::roles() const {
    security::RoleSet roles;
    for (const auto& [role, box] : m_roleBoxes)
        if (box->isChecked())
            roles.add(role);
    return roles;
}

QString UserDialog::newPassword() const {
    return m_password ? m_password->text() : QString();
}
QString UserDialog::confirmPassword() const {
    return m_confirm ? m_confirm->text() : QString();
}

void UserDialog::updateState() {
    bool ready = true;
    if (m_username)
        ready = ready && !m_username->text().trimmed().isEmpty() && !m_displayName->text().trimmed().isEmpty();
    if (!m_roleBoxes.empty())
        ready = ready && !roles().empty();
    if (m_password) {
        const bool same = m_password->text() == m_repeat->text();
        // Only complain once the second field is as long as the first: not while it is typed.
        m_mismatch->setVisible(!m_repeat->text().isEmpty() && !same &&
                               m_repeat->text().size() >= m_password->text().size());
        ready = ready && !m_password->text().isEmpty() && same && !m_confirm->text().isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    setError({});
}

void UserDialog::accept() {
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_check) {
        const QString problem = m_check(*this);
        if (!problem.isEmpty()) {
            setError(problem);
            return;
        }
    }
    QDialog::accept();
}

void UserDialog::done(int result) {
    // QString cannot be wiped reliably; clearing the fields at least drops the widgets' copies
    // as soon as the dialog is finished, not when it is eventually destroyed.
    for (QLineEdit* field : {m_password, m_repeat, m_confirm})
        if (field)
            field->clear();
    QDialog::done(result);
}

}  // namespace lintas::ui
