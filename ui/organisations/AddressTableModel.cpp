#include "organisations/AddressTableModel.h"

#include "common/CountryModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace lintas::ui {

AddressTableModel::AddressTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AddressTableModel::setAddresses(const std::vector<Address>& addresses) {
    beginResetModel();
    m_rows.clear();
    for (const Address& address : addresses)
        m_rows.push_back(Row{address, {}});
    endResetModel();
}

std::vector<Address> AddressTableModel::addresses() const {
    std::vector<Address> out;
    out.reserve(m_rows.size());
    for (const Row& row : m_rows)
        out.push_back(row.address);
    return out;
}

int AddressTableModel::appendAddress(const Address& address) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(Row{address, {}});
    endInsertRows();
    emit edited();
    return row;
}

void AddressTableModel::removeAddress(int row) {
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit edited();
}

void AddressTableModel::setRowProblem(int row, const QString& text) {
    if (row < 0 || row >= rowCount())
        return;
    m_rows[static_cast<std::size_t>(row)].problem = text;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AddressTableModel::clearRowProblems() {
    for (int row = 0; row < rowCount(); ++row)
        if (!m_rows[static_cast<std::size_t>(row)].problem.isEmpty())
            setRowProblem(row, {});
}

int AddressTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AddressTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AddressTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Address& a = row.address;
    if (role == ProblemRole)
        return row.problem;
    if (role == Qt::ToolTipRole && !row.problem.isEmpty())
        return row.problem;
    if (role == Qt::DecorationRole && index.column() == LabelColumn && !row.problem.isEmpty())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (index.column() == CountryColumn) {
        const QString code = a.country ? QString::fromStdString(*a.country) : QString();
        if (role == Qt::DisplayRole)
            return code.isEmpty() ? QString() : CountryModel::displayName(code);
        if (role == Qt::EditRole || role == CodeRole)
            return code;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != CodeRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return QString::fromStdString(a.label);
    case StreetColumn:
        return QString::fromStdString(a.street);
    case CityColumn:
        return QString::fromStdString(a.city);
    case StateColumn:
        return QString::fromStdString(a.state);
    case PostalCodeColumn:
        return QString::fromStdString(a.postalCode);
    default:
        return {};
    }
}

bool AddressTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[static_cast<std::size_t>(index.row())];
    Address& a = row.address;
    const std::string text = value.toString().toStdString();
    if (index.column() == CountryColumn) {
        const std::optional<std::string> country = text.empty() ? std::nullopt : std::optional<std::string>(text);
        if (country == a.country)
            return false;
        a.country = country;
    } else {
        std::string* target = nullptr;
        switch (index.column()) {
        case LabelColumn:
            target = &a.label;
            break;
        case StreetColumn:
            target = &a.street;
            break;
        case CityColumn:
            target = &a.city;
            break;
        case StateColumn:
            target = &a.state;
            break;
        case PostalCodeColumn:
            target = &a.postalCode;
            break;
        default:
            return false;
        }
        if (*target == text)
            return false;
        *target = text;
    }
    row.problem.clear();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags AddressTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant AddressTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case StreetColumn:
        return tr("Street");
    case CityColumn:
        return tr("City");
    case StateColumn:
        return tr("State or province");
    case PostalCodeColumn:
        return tr("Postal code");
    case CountryColumn:
        return tr("Country");
    default:
        return {};
    }
}

}  // namespace lintas::ui
