#include "organisations/OrganisationListModel.h"

#include "common/CountryModel.h"
#include "organisations/OrganisationText.h"

#include <algorithm>

namespace lintas::ui {

OrganisationListModel::OrganisationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void OrganisationListModel::setOrganisations(std::vector<Organisation> organisations) {
    beginResetModel();
    m_organisations = std::move(organisations);
    endResetModel();
}

void OrganisationListModel::upsert(const Organisation& organisation) {
    const int row = rowOf(QString::fromStdString(organisation.meta.uuid));
    if (row >= 0) {
        m_organisations[static_cast<std::size_t>(row)] = organisation;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = rowCount();
    beginInsertRows({}, end, end);
    m_organisations.push_back(organisation);
    endInsertRows();
}

int OrganisationListModel::rowOf(const QString& uuid) const {
    const std::string key = uuid.toStdString();
    const auto it = std::find_if(m_organisations.begin(), m_organisations.end(),
                                 [&](const Organisation& o) { return o.meta.uuid == key; });
    return it == m_organisations.end() ? -1 : static_cast<int>(it - m_organisations.begin());
}

int OrganisationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_organisations.size());
}

int OrganisationListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organisation& o = m_organisations[static_cast<std::size_t>(index.row())];
    const QString country = o.country ? QString::fromStdString(*o.country) : QString();
    switch (role) {
    case UuidRole:
        return QString::fromStdString(o.meta.uuid);
    case TypeCodeRole:
        return QString::fromStdString(o.type);
    case CountryCodeRole:
        return country;
    case SearchTextRole: {
        QStringList parts{QString::fromStdString(o.name),
                          OrganisationText::label(vocab::List::OrganisationType, o.type),
                          country.isEmpty() ? QString() : CountryModel::displayName(country),
                          QString::fromStdString(o.phone), QString::fromStdString(o.website)};
        for (const Identifier& id : o.identifiers) {
            parts << QString::fromStdString(id.value) << QString::fromStdString(id.normalized);
        }
        return parts.join(QLatin1Char('\n')).toLower();
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(o.name);
        case TypeColumn:
            return OrganisationText::label(vocab::List::OrganisationType, o.type);
        case CountryColumn:
            return country.isEmpty() ? QString() : CountryModel::displayName(country);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !o.notes.empty())
            return QString::fromStdString(o.notes);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags OrganisationListModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case CountryColumn:
        return tr("Country");
    default:
        return {};
    }
}

QHash<int, QByteArray> OrganisationListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(TypeCodeRole, "type");
    names.insert(CountryCodeRole, "country");
    names.insert(SearchTextRole, "searchText");
    return names;
}

}  // namespace lintas::ui
