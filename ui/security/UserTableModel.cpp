#include "security/UserTableModel.h"

#include "security/SecurityText.h"

#include <QFont>
#include <QPalette>

namespace lintas::ui {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setUsers(std::vector<security::User> users) {
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UserTableModel::upsert(const security::User& user) {
    const int row = rowOf(QString::fromStdString(user.uuid));
    if (row >= 0) {
        m_users[static_cast<std::size_t>(row)] = user;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return row;
    }
    const int end = static_cast<int>(m_users.size());
    beginInsertRows({}, end, end);
    m_users.push_back(user);
    endInsertRows();
    return end;
}

const security::User* UserTableModel::userAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_users.size()))
        return nullptr;
    return &m_users[static_cast<std::size_t>(row)];
}

int UserTableModel::rowOf(const QString& uuid) const {
    const std::string key = uuid.toStdString();
    for (std::size_t i = 0; i < m_users.size(); ++i)
        if (m_users[i].uuid == key)
            return static_cast<int>(i);
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const security::User& u = m_users[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UsernameColumn:
            return QString::fromStdString(u.username);
        case DisplayNameColumn:
            return QString::fromStdString(u.displayName);
        case RolesColumn:
            return SecurityText::roleList(u.roles);
        case ActiveColumn:
            return u.active ? tr("Active") : tr("Disabled");
        case LastSignInColumn:
            return u.lastSignInAt.empty() ? tr("never") : SecurityText::timestamp(u.lastSignInAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RolesColumn)
            return SecurityText::roleList(u.roles);
        return {};
    case Qt::ForegroundRole:
        // A disabled account stays listed (its name is in the audit log) but reads as inactive.
        if (!u.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case UuidRole:
        return QString::fromStdString(u.uuid);
    case ActiveRole:
        return u.active;
    case RoleBitsRole:
        return static_cast<uint>(u.roles.bits());
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Display name");
    case RolesColumn:
        return tr("Roles");
    case ActiveColumn:
        return tr("State");
    case LastSignInColumn:
        return tr("Last sign-in");
    }
    return {};
}

}  // namespace lintas::ui
