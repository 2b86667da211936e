#pragma once

#include "lintas/security/UserService.h"

#include <QDialog>
#include <QString>
#include <functional>
#include <map>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lintas::ui {

/// Adds a user, changes a user's roles or sets a new password for a user.
///
/// Changing the key file needs the acting administrator's own password ("Your password"): core
/// unwraps the database key with it for the moment of the change. Core decides whether the names
/// and passwords are acceptable; the caller passes that decision in as a check run when the
/// user confirms, and a problem keeps the dialog open with everything typed still there.
class UserDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode {
        Add,            ///< user name, display name, roles, initial password twice, your password
        ChangeRoles,    ///< roles only
        ResetPassword,  ///< new password twice, your password
    };
    /// Runs core with the dialog's values; returns the translated problem, or empty when done.
    using Check = std::function<QString(const UserDialog& dialog)>;

    explicit UserDialog(Mode mode, QWidget* parent = nullptr);
    ~UserDialog() override;

    /// The account the dialog changes (ChangeRoles, ResetPassword): its name and current roles.
    void setUser(const security::User& user);
    void setCheck(Check check) { m_check = std::move(check); }
    void setError(const QString& text);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QString username() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] security::RoleSet roles() const;
    /// The new password as typed (Add, ResetPassword). Cleared when the dialog finishes.
    [[nodiscard]] QString newPassword() const;
    /// The acting administrator's own password. Cleared when the dialog finishes.
    [[nodiscard]] QString confirmPassword() const;

    void accept() override;
    void done(int result) override;

private:
    void updateState();

    Mode m_mode;
    Check m_check;
    QLabel* m_intro = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    std::map<security::Role, QCheckBox*> m_roleBoxes;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_mismatch = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace lintas::ui
