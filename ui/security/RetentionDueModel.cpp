#include "security/RetentionDueModel.h"

#include "security/SecurityText.h"

namespace lintas::ui {

RetentionDueModel::RetentionDueModel(QObject* parent) : QAbstractTableModel(parent) {}

void RetentionDueModel::setItems(std::vector<security::RetentionItem> items) {
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(items.size());
    for (auto& item : items)
        m_rows.push_back(Row{std::move(item), false});
    endResetModel();
    emit checkedChanged();
}

const security::RetentionItem* RetentionDueModel::itemAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)].item;
}

std::vector<security::RetentionItem> RetentionDueModel::checkedItems() const {
    std::vector<security::RetentionItem> out;
    for (const Row& r : m_rows)
        if (r.checked)
            out.push_back(r.item);
    return out;
}

void RetentionDueModel::setAllChecked(bool checked) {
    if (m_rows.empty())
        return;
    for (Row& r : m_rows)
        r.checked = checked;
    emit dataChanged(index(0, RecordColumn), index(rowCount() - 1, RecordColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

int RetentionDueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RetentionDueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionDueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordColumn:
            return QString::fromStdString(r.item.label);
        case KindColumn:
            return SecurityText::retentionKindLabel(r.item.kind);
        case BasisColumn:
            return QString::fromStdString(r.item.basisDate);
        case DueColumn:
            return QString::fromStdString(r.item.dueOn);
        case ReviewColumn:
            return r.item.reviewOn.empty() ? QString() : QString::fromStdString(r.item.reviewOn);
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == RecordColumn)
            return r.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case UuidRole:
        return QString::fromStdString(r.item.uuid);
    case KindRole:
        return QString::fromStdString(r.item.kind);
    }
    return {};
}

bool RetentionDueModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != RecordColumn)
        return false;
    Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const bool checked = value.toInt() == Qt::Checked;
    if (r.checked == checked)
        return true;
    r.checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags RetentionDueModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RecordColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RetentionDueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    //: Column: the date the retention period counts from (case closed, bundle logged).
    case BasisColumn:
        return tr("Counted from");
    case DueColumn:
        return tr("Due on");
    //: Column: the date a supervisor postponed the deletion to.
    case ReviewColumn:
        return tr("Postponed to");
    }
    return {};
}

}  // namespace lintas::ui
