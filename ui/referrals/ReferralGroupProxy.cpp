#include "referrals/ReferralGroupProxy.h"

#include "referrals/ReferralTableModel.h"
#include "referrals/ReferralText.h"

#include <QFont>

#include <algorithm>

namespace lintas::ui {

ReferralGroupProxy::ReferralGroupProxy(QObject* parent) : QAbstractProxyModel(parent) {}

void ReferralGroupProxy::setGroupBy(GroupBy groupBy) {
    if (groupBy == m_groupBy)
        return;
    beginResetModel();
    m_groupBy = groupBy;
    rebuild();
    endResetModel();
}

void ReferralGroupProxy::setSourceModel(QAbstractItemModel* source) {
    beginResetModel();
    if (QAbstractItemModel* old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        connect(source, &QAbstractItemModel::dataChanged, this, &ReferralGroupProxy::onSourceDataChanged);
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &ReferralGroupProxy::onSourceRowsAboutToBeInserted);
        connect(source, &QAbstractItemModel::rowsInserted, this, &ReferralGroupProxy::onSourceRowsInserted);
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ReferralGroupProxy::onSourceRowsAboutToBeRemoved);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &ReferralGroupProxy::onSourceRowsRemoved);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &ReferralGroupProxy::onSourceLayoutAboutToBeChanged);
        connect(source, &QAbstractItemModel::layoutChanged, this, &ReferralGroupProxy::onSourceLayoutChanged);
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        // The board's columns are fixed; a change of columns is a new model for us.
        const auto resetAll = [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        };
        connect(source, &QAbstractItemModel::columnsInserted, this, resetAll);
        connect(source, &QAbstractItemModel::columnsRemoved, this, resetAll);
        connect(source, &QAbstractItemModel::columnsMoved, this, resetAll);
        connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

// --- structure ---------------------------------------------------------------------------------

int ReferralGroupProxy::keyRole() const {
    return m_groupBy == GroupBy::State ? ReferralTableModel::StatusCodeRole : ReferralTableModel::ServiceCodeRole;
}

vocab::List ReferralGroupProxy::keyList() const {
    return m_groupBy == GroupBy::State ? vocab::List::ReferralStatus : vocab::List::ServiceType;
}

QString ReferralGroupProxy::keyOf(int sourceRow) const {
    return sourceModel()->index(sourceRow, 0).data(keyRole()).toString();
}

int ReferralGroupProxy::insertionPoint(const QString& key) const {
    // Groups follow the list's order (the lifecycle for states); unknown codes go last by name.
    const auto terms = vocab::terms(keyList());
    const auto rank = [&](const QString& k) {
        const std::string code = k.toStdString();
        const auto it = std::find_if(terms.begin(), terms.end(), [&](const vocab::Term& t) { return t.code == code; });
        return static_cast<int>(it - terms.begin());
    };
    const int wanted = rank(key);
    int at = 0;
    for (const Group& g : m_groups) {
        const int r = rank(g.key);
        if (r > wanted || (r == wanted && g.key > key))
            break;
        ++at;
    }
    return at;
}

int ReferralGroupProxy::groupOf(const QString& key) const {
    for (std::size_t i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].key == key)
            return static_cast<int>(i);
    return -1;
}

int ReferralGroupProxy::groupWithId(quintptr id) const {
    for (std::size_t i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].id == id)
            return static_cast<int>(i);
    return -1;
}

QModelIndex ReferralGroupProxy::groupIndex(int group, int column) const {
    return createIndex(group, column, quintptr(0));
}

void ReferralGroupProxy::rebuild() {
    m_groups.clear();
    m_places.clear();
    QAbstractItemModel* source = sourceModel();
    if (!source)
        return;
    const int rows = source->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QString key = keyOf(row);
        int group = groupOf(key);
        if (group < 0) {
            group = insertionPoint(key);
            m_groups.insert(m_groups.begin() + group, Group{key, m_nextId++, {}});
        }
        m_groups[static_cast<std::size_t>(group)].rows.push_back(row);
    }
    reindex();
}

void ReferralGroupProxy::reindex() {
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_places.assign(static_cast<std::size_t>(std::max(rows, 0)), Place{});
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto& groupRows = m_groups[g].rows;
        for (std::size_t p = 0; p < groupRows.size(); ++p) {
            const auto sourceRow = static_cast<std::size_t>(groupRows[p]);
            if (sourceRow < m_places.size())
                m_places[sourceRow] = Place{static_cast<int>(g), static_cast<int>(p)};
        }
    }
}

void ReferralGroupProxy::emitGroupChanged(int group) {
    if (group >= 0 && group < static_cast<int>(m_groups.size()))
        emit dataChanged(groupIndex(group, 0), groupIndex(group, columnCount() - 1));
}

void ReferralGroupProxy::insertSourceRow(int sourceRow) {
    const QString key = keyOf(sourceRow);
    int group = groupOf(key);
    if (group < 0) {
        group = insertionPoint(key);
        beginInsertRows({}, group, group);
        m_groups.insert(m_groups.begin() + group, Group{key, m_nextId++, {}});
        reindex();
        endInsertRows();
    }
    auto& rows = m_groups[static_cast<std::size_t>(group)].rows;
    const int position = static_cast<int>(std::lower_bound(rows.begin(), rows.end(), sourceRow) - rows.begin());
    beginInsertRows(groupIndex(group), position, position);
    rows.insert(rows.begin() + position, sourceRow);
    reindex();
    endInsertRows();
    emitGroupChanged(group);
}

void ReferralGroupProxy::removeSourceRow(int sourceRow) {
    const Place place = m_places[static_cast<std::size_t>(sourceRow)];
    if (place.group < 0)
        return;
    auto& rows = m_groups[static_cast<std::size_t>(place.group)].rows;
    beginRemoveRows(groupIndex(place.group), place.position, place.position);
    rows.erase(rows.begin() + place.position);
    reindex();
    endRemoveRows();
    if (rows.empty()) {
        beginRemoveRows({}, place.group, place.group);
        m_groups.erase(m_groups.begin() + place.group);
        reindex();
        endRemoveRows();
    } else {
        emitGroupChanged(place.group);
    }
    // The source renumbers its rows once it has removed this one (onSourceRowsRemoved).
}

void ReferralGroupProxy::moveSourceRow(int sourceRow, const QString& key) {
    int from = m_places[static_cast<std::size_t>(sourceRow)].group;
    int target = groupOf(key);
    if (target < 0) {
        target = insertionPoint(key);
        beginInsertRows({}, target, target);
        m_groups.insert(m_groups.begin() + target, Group{key, m_nextId++, {}});
        reindex();
        endInsertRows();
        if (target <= from)
            ++from;
    }
    const int position = m_places[static_cast<std::size_t>(sourceRow)].position;
    auto& fromRows = m_groups[static_cast<std::size_t>(from)].rows;
    auto& toRows = m_groups[static_cast<std::size_t>(target)].rows;
    const int destination =
        static_cast<int>(std::lower_bound(toRows.begin(), toRows.end(), sourceRow) - toRows.begin());
    // A move (not remove + insert) keeps the referral selected in the view. Moves between two
    // different parents are always valid.
    const bool moving = beginMoveRows(groupIndex(from), position, position, groupIndex(target), destination);
    fromRows.erase(fromRows.begin() + position);
    toRows.insert(toRows.begin() + destination, sourceRow);
    reindex();
    if (moving)
        endMoveRows();
    if (fromRows.empty()) {
        beginRemoveRows({}, from, from);
        m_groups.erase(m_groups.begin() + from);
        reindex();
        endRemoveRows();
        if (from < target)
            --target;
    } else {
        emitGroupChanged(from);
    }
    emitGroupChanged(target);
}

// --- source signals ---------------------------------------------------------------------------

void ReferralGroupProxy::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight) {
    if (m_resetting || !topLeft.isValid() || !bottomRight.isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row >= static_cast<int>(m_places.size()))
            break;
        const QString key = keyOf(row);
        const Place place = m_places[static_cast<std::size_t>(row)];
        if (place.group >= 0 && m_groups[static_cast<std::size_t>(place.group)].key != key)
            moveSourceRow(row, key);
        if (place.group >= 0) {
            const QModelIndex first = mapFromSource(sourceModel()->index(row, topLeft.column()));
            const QModelIndex last = mapFromSource(sourceModel()->index(row, bottomRight.column()));
            emit dataChanged(first, last);
            emitGroupChanged(m_places[static_cast<std::size_t>(row)].group);  // overdue counts may change
        }
    }
}

void ReferralGroupProxy::onSourceRowsAboutToBeInserted(const QModelIndex& parent, int first, int last) {
    if (parent.isValid() || first == last)
        return;
    // Many rows at once (a filter was widened): a reset is cheaper for the view than many inserts.
    m_resetting = true;
    beginResetModel();
}

void ReferralGroupProxy::onSourceRowsInserted(const QModelIndex& parent, int first, int last) {
    if (parent.isValid())
        return;
    if (m_resetting) {
        rebuild();
        m_resetting = false;
        endResetModel();
        return;
    }
    const int count = last - first + 1;
    for (Group& g : m_groups)
        for (int& row : g.rows)
            if (row >= first)
                row += count;
    reindex();
    for (int row = first; row <= last; ++row)
        insertSourceRow(row);
}

void ReferralGroupProxy::onSourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last) {
    if (parent.isValid())
        return;
    if (first != last) {
        m_resetting = true;
        beginResetModel();
        return;
    }
    removeSourceRow(first);
}

void ReferralGroupProxy::onSourceRowsRemoved(const QModelIndex& parent, int first, int last) {
    if (parent.isValid())
        return;
    if (m_resetting) {
        rebuild();
        m_resetting = false;
        endResetModel();
        return;
    }
    const int count = last - first + 1;
    for (Group& g : m_groups)
        for (int& row : g.rows)
            if (row > last)
                row -= count;
    reindex();
}

void ReferralGroupProxy::onSourceLayoutAboutToBeChanged() {
    emit layoutAboutToBeChanged();
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutGroupKeys.clear();
    for (const QModelIndex& index : m_layoutProxy) {
        if (index.internalId() == 0) {
            m_layoutSource.emplace_back();
            m_layoutGroupKeys.push_back(m_groups[static_cast<std::size_t>(index.row())].key);
        } else {
            m_layoutSource.emplace_back(mapToSource(index));
            m_layoutGroupKeys.emplace_back();
        }
    }
}

void ReferralGroupProxy::onSourceLayoutChanged() {
    // Keep the groups (and their ids) that still exist: a re-sort changes no membership.
    std::vector<Group> old = std::move(m_groups);
    m_groups.clear();
    QAbstractItemModel* source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QString key = keyOf(row);
        int group = groupOf(key);
        if (group < 0) {
            const auto kept = std::find_if(old.begin(), old.end(), [&](const Group& g) { return g.key == key; });
            group = insertionPoint(key);
            m_groups.insert(m_groups.begin() + group, Group{key, kept != old.end() ? kept->id : m_nextId++, {}});
        }
        m_groups[static_cast<std::size_t>(group)].rows.push_back(row);
    }
    reindex();

    QModelIndexList to;
    to.reserve(m_layoutProxy.size());
    for (qsizetype i = 0; i < m_layoutProxy.size(); ++i) {
        const QModelIndex& was = m_layoutProxy[i];
        const auto at = static_cast<std::size_t>(i);
        if (was.internalId() == 0) {
            const int group = groupOf(m_layoutGroupKeys[at]);
            to.append(group >= 0 ? groupIndex(group, was.column()) : QModelIndex());
        } else {
            to.append(mapFromSource(m_layoutSource[at]));
        }
    }
    changePersistentIndexList(m_layoutProxy, to);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    m_layoutGroupKeys.clear();
    emit layoutChanged();
}

// --- QAbstractItemModel ------------------------------------------------------------------------

QModelIndex ReferralGroupProxy::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return groupIndex(row, column);
    return createIndex(row, column, m_groups[static_cast<std::size_t>(parent.row())].id);
}

QModelIndex ReferralGroupProxy::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int group = groupWithId(child.internalId());
    return group < 0 ? QModelIndex() : groupIndex(group);
}

QModelIndex ReferralGroupProxy::sibling(int row, int column, const QModelIndex& index) const {
    return this->index(row, column, parent(index));
}

int ReferralGroupProxy::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= static_cast<int>(m_groups.size()))
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].rows.size());
}

int ReferralGroupProxy::columnCount(const QModelIndex&) const {
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

bool ReferralGroupProxy::hasChildren(const QModelIndex& parent) const { return rowCount(parent) > 0; }

QVariant ReferralGroupProxy::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() != 0)
        return sourceModel()->data(mapToSource(index), role);
    const Group& group = m_groups[static_cast<std::size_t>(index.row())];
    switch (role) {
    case GroupKeyRole: return group.key;
    case IsGroupRole: return true;
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::DisplayRole:
        if (index.column() == 0)
            //: A group heading on the referrals board: %1 is a state or service, %2 how many referrals it holds.
            return tr("%1 (%2)")
                .arg(ReferralText::label(keyList(), group.key.toStdString()))
                .arg(static_cast<int>(group.rows.size()));
        if (index.column() == ReferralTableModel::OverdueColumn) {
            const int late = static_cast<int>(std::count_if(group.rows.begin(), group.rows.end(), [&](int row) {
                return sourceModel()->index(row, 0).data(ReferralTableModel::OverdueRole).toBool();
            }));
            return late > 0 ? tr("%n overdue", "", late) : QString();
        }
        return {};
    default: return {};
    }
}

Qt::ItemFlags ReferralGroupProxy::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;  // headings are not referrals: nothing to select or move
    return sourceModel()->flags(mapToSource(index));
}

QVariant ReferralGroupProxy::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!sourceModel() || orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    return sourceModel()->headerData(section, orientation, role);
}

QModelIndex ReferralGroupProxy::mapToSource(const QModelIndex& proxyIndex) const {
    if (!proxyIndex.isValid() || proxyIndex.internalId() == 0 || !sourceModel())
        return {};
    const int group = groupWithId(proxyIndex.internalId());
    if (group < 0)
        return {};
    const auto& rows = m_groups[static_cast<std::size_t>(group)].rows;
    if (proxyIndex.row() >= static_cast<int>(rows.size()))
        return {};
    return sourceModel()->index(rows[static_cast<std::size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ReferralGroupProxy::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.row() >= static_cast<int>(m_places.size()))
        return {};
    const Place place = m_places[static_cast<std::size_t>(sourceIndex.row())];
    if (place.group < 0)
        return {};
    return createIndex(place.position, sourceIndex.column(), m_groups[static_cast<std::size_t>(place.group)].id);
}

}  // namespace lintas::ui
