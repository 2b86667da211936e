#include "persons/PersonRolesModel.h"

#include "persons/PersonText.h"

namespace lintas::ui {

PersonRolesModel::PersonRolesModel(QObject* parent) : QAbstractTableModel(parent) {}

void PersonRolesModel::setRoles(std::vector<CaseParty> roles) {
    beginResetModel();
    m_roles = std::move(roles);
    endResetModel();
}

int PersonRolesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_roles.size());
}

int PersonRolesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonRolesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseParty& party = m_roles[static_cast<std::size_t>(index.row())];
    if (role == CaseUuidRole)
        return QString::fromStdString(party.caseUuid);
    if (role == RoleCodeRole)
        return QString::fromStdString(party.role);
    if (role == Qt::ToolTipRole && index.column() == CaseColumn)
        return tr("Double-click to open the case");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CaseColumn:
        return QString::fromStdString(party.caseReference);
    case RoleColumn:
        return PersonText::label(vocab::List::PersonRole, party.role);
    case DetailsColumn:
        return QString::fromStdString(party.roleDetails);
    case AddedColumn:
        return PersonText::day(party.addedAt);
    default:
        return {};
    }
}

Qt::ItemFlags PersonRolesModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant PersonRolesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case RoleColumn:
        return tr("Role");
    case DetailsColumn:
        return tr("Details");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonRolesModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(CaseUuidRole, "caseUuid");
    names.insert(RoleCodeRole, "role");
    return names;
}

}  // namespace lintas::ui
