#pragma once

#include "common/Page.h"

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace lintas::ui {

class UserDialog;
class UserTableModel;

/// Users (administrators, Permission::UserManage): the local accounts with their roles, and the
/// ways to add one, change its roles, set a new password or disable it. Every change goes
/// through core's UserService, which checks the permission and writes the audit entry.
class UsersPage : public Page {
    Q_OBJECT

public:
    UsersPage(Workspace& workspace, QWidget* parent = nullptr);

    void reload() override;

    /// Opens the "Add a user" dialog (window-modal; returned so that tests can fill it in).
    UserDialog* addUser();
    /// Opens the roles dialog for the selected user; nullptr when none is selected.
    UserDialog* changeRolesOfSelected();
    /// Opens the new-password dialog for the selected user; nullptr when none is selected.
    UserDialog* resetPasswordOfSelected();
    /// Asks to confirm disabling the selected user (window-modal message box whose "Disable"
    /// button does it); nullptr when none is selected.
    QMessageBox* disableSelected();

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] UserTableModel* model() const { return m_model; }

private:
    void updateActions();
    void showError(const QString& text);
    void selectUser(const QString& uuid);
    [[nodiscard]] int selectedRow() const;

    UserTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_roles = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_disable = nullptr;
};

}  // namespace lintas::ui
