#include "cases/tabs/CasePartyModel.h"

#include "cases/tabs/TabText.h"

#include <QFont>

namespace lintas::ui {

CasePartyModel::CasePartyModel(QObject* parent) : RowTableModel<CaseParty>(parent) {}

void CasePartyModel::setParties(std::vector<CaseParty> parties) {
    m_names = TabText::partyNames(parties);
    replaceRows(std::move(parties));
}

std::string CasePartyModel::rowKey(const CaseParty& row) const { return row.personUuid + '|' + row.role; }

int CasePartyModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CasePartyModel::data(const QModelIndex& index, int role) const {
    if (!validRow(index))
        return {};
    const CaseParty& p = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            const auto it = m_names.find(p.personUuid);
            return it != m_names.end() ? it->second : TabText::personName(p.personName);
        }
        case RoleColumn: return TabText::label(vocab::List::PersonRole, p.role);
        case DetailsColumn: return qs(p.roleDetails);
        case AddedColumn: return TabText::timestamp(p.addedAt);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("Double-click to open the person");
        if (index.column() == DetailsColumn && !p.roleDetails.empty())
            return qs(p.roleDetails);
        return {};
    case Qt::FontRole:
        if (index.column() == RoleColumn && (p.role == "Victim" || p.role == "Suspect")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case PersonUuidRole: return qs(p.personUuid);
    case RoleCodeRole: return qs(p.role);
    default: return {};
    }
}

QVariant CasePartyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case DetailsColumn: return tr("Role details");
    case AddedColumn: return tr("Added");
    default: return {};
    }
}

QHash<int, QByteArray> CasePartyModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(PersonUuidRole, "personUuid");
    names.insert(RoleCodeRole, "roleCode");
    return names;
}

}  // namespace lintas::ui
