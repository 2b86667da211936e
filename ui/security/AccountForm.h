#pragma once

#include "lintas/Result.h"
#include "lintas/security/Roles.h"
#include "lintas/service/Workspace.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace lintas::ui {

/// The fields of a new database's first account — the administrator: user name, display name,
/// the password twice with its rules shown, and optionally other roles the same person holds.
/// Used by the first-start dialog, the encryption of an earlier version's database and the demo
/// database page. The rules are core's (UserService::validateUsername/validatePassword); only
/// "the two passwords differ" is the form's own check.
class AccountForm : public QWidget {
    Q_OBJECT

public:
    /// `offerExtraRoles`: show check boxes for the roles other than administrator.
    explicit AccountForm(bool offerExtraRoles, QWidget* parent = nullptr);
    ~AccountForm() override;

    /// The account as entered (holds the password: wipe it after use).
    [[nodiscard]] FirstUser account() const;
    void setUsername(const QString& username);
    void setDisplayName(const QString& name);
    /// Ticks the extra roles in `roles` (administrator is always held).
    void setExtraRoles(security::RoleSet roles);

    /// Runs core's checks and the repeat check, showing messages beside the fields. Moves the
    /// focus to the first wrong field when `moveFocus`. Returns whether all passed.
    bool validate(bool moveFocus);
    /// Shows a core error about the account beside the field it names. Returns false when the
    /// error is not about one of this form's fields (the caller shows it).
    bool showError(const Error& error, bool moveFocus);
    void clearMessages();
    /// Empties both password fields (after use, or when giving up).
    void clearPasswords();
    /// Disables the fields while the account is being created.
    void setBusy(bool busy);

    [[nodiscard]] QLineEdit* usernameField() const { return m_username; }

signals:
    /// Any field was edited.
    void edited();

private:
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_usernameError = nullptr;
    QLabel* m_displayNameError = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_repeatError = nullptr;
    QLabel* m_rules = nullptr;
    std::array<QCheckBox*, security::kAllRoles.size()> m_roles{};
};

}  // namespace lintas::ui
