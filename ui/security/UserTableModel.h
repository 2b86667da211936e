#pragma once

#include "lintas/security/UserService.h"

#include <QAbstractTableModel>
#include <vector>

namespace lintas::ui {

/// The local user accounts as a table: user name, display name, roles, active, last sign-in.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UsernameColumn, DisplayNameColumn, RolesColumn, ActiveColumn, LastSignInColumn, ColumnCount };
    enum Roles {
        UuidRole = Qt::UserRole,
        ActiveRole,    ///< bool
        RoleBitsRole,  ///< security::RoleSet::bits()
    };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(std::vector<security::User> users);
    /// Replaces the row of `user` (same UUID) or appends it; returns its row.
    int upsert(const security::User& user);
    [[nodiscard]] const security::User* userAt(int row) const;
    [[nodiscard]] int rowOf(const QString& uuid) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<security::User> m_users;
};

}  // namespace lintas::ui
