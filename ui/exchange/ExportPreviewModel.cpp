#include "exchange/ExportPreviewModel.h"

#include "exchange/ExchangeText.h"

#include <QFont>

#include <algorithm>

namespace lintas::ui {
namespace {

// Internal id of an index: 0 for a group row, group number + 1 for a record row below it.
constexpr quintptr kGroupRow = 0;

}  // namespace

ExportPreviewModel::ExportPreviewModel(QObject* parent) : QAbstractItemModel(parent) {}

void ExportPreviewModel::setItems(const std::vector<exchange::PreviewItem>& items) {
    beginResetModel();
    m_groups.clear();
    // Groups in the order core sends them; the case record itself becomes its group's title.
    auto groupFor = [this](const QString& caseUuid) -> Group& {
        auto it = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group& g) { return g.caseUuid == caseUuid; });
        if (it != m_groups.end())
            return *it;
        Group group;
        group.caseUuid = caseUuid;
        group.label = caseUuid.isEmpty() ? tr("Records outside any case") : caseUuid;
        return m_groups.emplace_back(std::move(group));
    };
    for (const exchange::PreviewItem& item : items) {
        Group& group = groupFor(QString::fromStdString(item.caseUuid));
        if (item.kind == "case" && !item.caseUuid.empty()) {
            group.label = QString::fromStdString(item.label);
            continue;
        }
        group.bytes += item.size;
        group.items.push_back(item);
    }
    endResetModel();
}

int ExportPreviewModel::recordCount() const {
    int n = 0;
    for (const Group& g : m_groups)
        n += static_cast<int>(g.items.size());
    return n;
}

QModelIndex ExportPreviewModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ExportPreviewModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int ExportPreviewModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].items.size());
}

int ExportPreviewModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant ExportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
    const Group& group = m_groups[static_cast<std::size_t>(index.internalId() - 1)];
    return itemData(group.items[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant ExportPreviewModel::groupData(const Group& group, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Record: return group.label;
        //: Number of records of a case in the export preview.
        case Kind: return tr("%n record(s)", nullptr, static_cast<int>(group.items.size()));
        case Size: return group.bytes > 0 ? ExchangeText::size(group.bytes) : QString();
        default: return {};
        }
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::DecorationRole:
        return column == Record ? QVariant(ExchangeText::icon(group.caseUuid.isEmpty() ? "organisations" : "cases"))
                                : QVariant();
    case UuidRole: return group.caseUuid;
    case SizeBytesRole: return static_cast<qulonglong>(group.bytes);
    default: return {};
    }
}

QVariant ExportPreviewModel::itemData(const exchange::PreviewItem& item, int column, int role) {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        // Some records (a victim profile) have no name of their own: their kind says what they are.
        case Record: return item.label.empty() ? ExchangeText::recordKind(item.kind) : QString::fromStdString(item.label);
        case Kind: return ExchangeText::recordKind(item.kind);
        case Note: return item.pseudonymised ? tr("pseudonymised") : QString();
        case Size: return item.kind == "attachment" ? ExchangeText::size(item.size) : QString();
        default: return {};
        }
    case Qt::DecorationRole:
        return column == Note && item.pseudonymised ? QVariant(ExchangeText::icon("pseudonymised")) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KindCodeRole: return QString::fromStdString(item.kind);
    case UuidRole: return QString::fromStdString(item.uuid);
    case PseudonymisedRole: return item.pseudonymised;
    case SizeBytesRole: return static_cast<qulonglong>(item.size);
    default: return {};
    }
}

QVariant ExportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record: return tr("Record");
    case Kind: return tr("Kind");
    //: Column: whether a record leaves pseudonymised.
    case Note: return tr("Leaves as");
    case Size: return tr("Size");
    default: return {};
    }
}

}  // namespace lintas::ui
