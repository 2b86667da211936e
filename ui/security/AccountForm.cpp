#include "security/AccountForm.h"

#include "common/ErrorText.h"
#include "security/SecurityText.h"

#include "lintas/security/UserService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <string_view>

namespace lintas::ui {
namespace {

/// One line, not wrapped: a wrapped label inside a form cell has no height the dialog can plan
/// for, and the fields above it get squeezed. The dialog grows to fit instead.
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

/// A field with its message (and optional hint) underneath, as one cell of the form.
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

void setMessage(QLabel* label, QWidget* field, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
    field->setAccessibleDescription(text);
}

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

AccountForm::AccountForm(bool offerExtraRoles, QWidget* parent) : QWidget(parent) {
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("accountUsername"));
    m_username->setPlaceholderText(tr("for example admin.sari"));
    m_username->setMaxLength(64);
    m_usernameError = makeErrorLabel(this, QStringLiteral("accountUsernameError"));

    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("accountDisplayName"));
    m_displayName->setPlaceholderText(tr("for example Sari Wulandari (shown in lists and the audit log)"));
    m_displayNameError = makeErrorLabel(this, QStringLiteral("accountDisplayNameError"));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordError = makeErrorLabel(this, QStringLiteral("accountPasswordError"));
    m_rules = new QLabel(tr("At least 10 characters, and not the user name."), this);
    m_rules->setObjectName(QStringLiteral("accountPasswordRules"));
    m_rules->setForegroundRole(QPalette::PlaceholderText);

    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("accountPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatError = makeErrorLabel(this, QStringLiteral("accountPasswordRepeatError"));

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(labelFor(m_username, tr("&User name:")), withMessage(m_username, m_usernameError));
    form->addRow(labelFor(m_displayName, tr("&Display name:")), withMessage(m_displayName, m_displayNameError));
    form->addRow(labelFor(m_password, tr("&Password:")), withMessage(m_password, m_passwordError, m_rules));
    form->addRow(labelFor(m_repeat, tr("Repeat pass&word:")), withMessage(m_repeat, m_repeatError));

    if (offerExtraRoles) {
        // Two columns: role names are long in some languages.
        auto* boxes = new QGridLayout;
        boxes->setContentsMargins(0, 0, 0, 0);
        boxes->setHorizontalSpacing(16);
        int slot = 0;
        for (std::size_t i = 0; i < security::kAllRoles.size(); ++i) {
            const security::Role role = security::kAllRoles[i];
            if (role == security::Role::Administrator)
                continue;
            auto* box = new QCheckBox(SecurityText::roleLabel(role), this);
            box->setObjectName(QStringLiteral("accountRole-%1").arg(QLatin1String(security::roleName(role))));
            box->setToolTip(SecurityText::roleDescription(role));
            connect(box, &QCheckBox::toggled, this, &AccountForm::edited);
            boxes->addWidget(box, slot / 2, slot % 2);
            ++slot;
            m_roles[i] = box;
        }
        boxes->setColumnStretch(2, 1);
        auto* note = new QLabel(tr("An administrator manages users and settings but sees no case content."), this);
        note->setObjectName(QStringLiteral("accountRolesNote"));
        note->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(new QLabel(tr("Also works as:"), this), boxes);
        form->addRow(QString(), note);
    }

    for (QLineEdit* field : {m_username, m_displayName, m_password, m_repeat})
        connect(field, &QLineEdit::textEdited, this, &AccountForm::edited);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    setMinimumWidth(520);
}

AccountForm::~AccountForm() = default;

FirstUser AccountForm::account() const {
    FirstUser user;
    // Sign-in names are lower case; typing "Admin.Sari" means admin.sari.
    user.username = m_username->text().trimmed().toLower().toStdString();
    user.displayName = m_displayName->text().trimmed().toStdString();
    user.password = m_password->text().toStdString();
    for (std::size_t i = 0; i < m_roles.size(); ++i)
        if (m_roles[i] && m_roles[i]->isChecked())
            user.extraRoles.add(security::kAllRoles[i]);
    return user;
}

void AccountForm::setUsername(const QString& username) { m_username->setText(username); }
void AccountForm::setDisplayName(const QString& name) { m_displayName->setText(name); }

void AccountForm::setExtraRoles(security::RoleSet roles) {
    for (std::size_t i = 0; i < m_roles.size(); ++i)
        if (m_roles[i])
            m_roles[i]->setChecked(roles.has(security::kAllRoles[i]));
}

void AccountForm::clearMessages() {
    setMessage(m_usernameError, m_username, {});
    setMessage(m_displayNameError, m_displayName, {});
    setMessage(m_passwordError, m_password, {});
    setMessage(m_repeatError, m_repeat, {});
}

void AccountForm::clearPasswords() {
    m_password->clear();
    m_repeat->clear();
}

void AccountForm::setBusy(bool busy) {
    for (QWidget* w : {static_cast<QWidget*>(m_username), static_cast<QWidget*>(m_displayName),
                       static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_repeat)})
        w->setEnabled(!busy);
    for (QCheckBox* box : m_roles)
        if (box)
            box->setEnabled(!busy);
}

bool AccountForm::showError(const Error& error, bool moveFocus) {
    const std::string& field = error.field;
    QLineEdit* target = nullptr;
    QLabel* label = nullptr;
    QString text;
    if (endsWith(field, "username")) {
        target = m_username;
        label = m_usernameError;
        if (error.code == ErrorCode::Duplicate)
            text = tr("This user name is taken. Choose another one.");
        else if (m_username->text().trimmed().isEmpty())
            text = tr("Enter a user name.");
        else
            text = tr("Use 2 to 64 lower-case letters, digits, dots, hyphens or underscores.");
    } else if (endsWith(field, "displayName") || endsWith(field, "display_name")) {
        target = m_displayName;
        label = m_displayNameError;
        text = tr("The name is too long or contains characters that are not allowed.");
    } else if (endsWith(field, "password") || endsWith(field, "Password")) {
        target = m_password;
        label = m_passwordError;
        text = m_password->text().isEmpty()
                   ? tr("Enter a password.")
                   : tr("The password must have at least 10 characters and must not be the user name.");
    } else {
        return false;
    }
    setMessage(label, target, text);
    if (moveFocus)
        target->setFocus();
    return true;
}

bool AccountForm::validate(bool moveFocus) {
    clearMessages();
    FirstUser user = account();
    bool ok = true;
    // A refusal that names no field of ours still belongs beside the field it was about.
    auto check = [&](const Status& status, QLabel* fallback, QLineEdit* field) {
        if (status)
            return;
        if (!showError(status.error(), moveFocus && ok)) {
            setMessage(fallback, field, ErrorText::describe(status.error()));
            if (moveFocus && ok)
                field->setFocus();
        }
        ok = false;
    };
    check(security::UserService::validateUsername(user.username), m_usernameError, m_username);
    check(security::UserService::validatePassword(user.username, user.password), m_passwordError, m_password);
    if (m_password->text() != m_repeat->text()) {
        setMessage(m_repeatError, m_repeat, tr("The two passwords differ. Type the same password twice."));
        if (moveFocus && ok)
            m_repeat->setFocus();
        ok = false;
    }
    security::wipeString(user.password);
    return ok;
}

}  // namespace lintas::ui
