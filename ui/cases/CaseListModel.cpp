#include "cases/CaseListModel.h"

#include "cases/CaseText.h"

#include "lintas/service/Workspace.h"

#include <QDateTime>

#include <algorithm>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

std::optional<CaseQuery::Sort> sortFor(int column) {
    switch (column) {
    case CaseListModel::Reference: return CaseQuery::Sort::Reference;
    case CaseListModel::Title: return CaseQuery::Sort::Title;
    case CaseListModel::Status: return CaseQuery::Sort::CaseStatus;
    case CaseListModel::Tlp: return CaseQuery::Sort::Tlp;
    case CaseListModel::Owner: return CaseQuery::Sort::Owner;
    case CaseListModel::Opened: return CaseQuery::Sort::OpenedOn;
    case CaseListModel::Updated: return CaseQuery::Sort::UpdatedAt;
    default: return std::nullopt;
    }
}

bool sameSummary(const CaseSummary& a, const CaseSummary& b) {
    return a.uuid == b.uuid && a.reference == b.reference && a.title == b.title && a.status == b.status &&
           a.tlp == b.tlp && a.handlingCode == b.handlingCode && a.owner == b.owner && a.openedOn == b.openedOn &&
           a.updatedAt == b.updatedAt && a.victimCount == b.victimCount && a.suspectCount == b.suspectCount;
}

/// The UUIDs of `rows` without `except`, in order.
std::vector<std::string> othersOf(const std::vector<CaseSummary>& rows, std::size_t count, const std::string& except) {
    std::vector<std::string> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count && i < rows.size(); ++i)
        if (rows[i].uuid != except)
            out.push_back(rows[i].uuid);
    return out;
}

int indexOf(const std::vector<CaseSummary>& rows, const std::string& uuid) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].uuid == uuid)
            return static_cast<int>(i);
    return -1;
}

}  // namespace

CaseListModel::CaseListModel(Workspace& workspace, int sortColumn, Qt::SortOrder order, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace) {
    if (const auto sort = sortFor(sortColumn)) {
        m_sortColumn = sortColumn;
        m_sortOrder = order;
        m_query.sort = *sort;
    } else {
        m_sortColumn = Updated;
        m_sortOrder = Qt::DescendingOrder;
        m_query.sort = CaseQuery::Sort::UpdatedAt;
    }
    m_query.descending = m_sortOrder == Qt::DescendingOrder;
    reloadAll(kPageSize);
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseListModel::display(const CaseSummary& c, int column) const {
    switch (column) {
    case Reference: return qs(c.reference);
    case Title: return qs(c.title);
    case Status: return CaseText::caseStatus(c.status);
    case Tlp: return CaseText::tlp(c.tlp);
    case Handling: return qs(c.handlingCode);
    case Owner: return qs(c.owner);
    case Opened: return c.openedOn ? qs(*c.openedOn) : QString();
    case Updated: {
        // Stored in UTC; shown in the workstation's time zone, ISO-style like every date here.
        const QDateTime at = QDateTime::fromString(qs(c.updatedAt), Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : qs(c.updatedAt);
    }
    case Victims: return c.victimCount;
    case Suspects: return c.suspectCount;
    default: return {};
    }
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary& c = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(c, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Title: return qs(c.title);
        case Handling: return CaseText::handlingCode(c.handlingCode);
        case Tlp: return CaseText::tlp(c.tlp);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Victims || index.column() == Suspects)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Handling)
            return CaseText::handlingCode(c.handlingCode);
        return display(c, index.column());
    case UuidRole: return qs(c.uuid);
    case ReferenceRole: return qs(c.reference);
    case StatusCodeRole: return qs(c.status);
    case TlpCodeRole: return qs(c.tlp);
    case HandlingCodeRole: return qs(c.handlingCode);
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Reference: return tr("Reference");
        case Title: return tr("Title");
        case Status: return tr("Status");
        case Tlp: return tr("TLP");
        case Handling: return tr("Handling");
        case Owner: return tr("Owner");
        case Opened: return tr("Opened");
        case Updated: return tr("Updated");
        case Victims: return tr("Victims");
        case Suspects: return tr("Suspects");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Handling: return tr("Handling code (H0–H3): who may receive the case. Cannot be sorted.");
        case Victims: return tr("Number of victims in the case. Cannot be sorted.");
        case Suspects: return tr("Number of suspects in the case. Cannot be sorted.");
        case Updated: return tr("Last change, in this computer's time zone");
        default: return {};
        }
    }
    return {};
}

QHash<int, QByteArray> CaseListModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(ReferenceRole, "reference");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(TlpCodeRole, "tlpCode");
    names.insert(HandlingCodeRole, "handlingCode");
    return names;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && static_cast<std::int64_t>(m_rows.size()) < m_total;
}

void CaseListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const auto offset = static_cast<std::int64_t>(m_rows.size());
    auto page = fetch(offset, kPageSize);
    if (!page)
        return;
    if (page->empty()) {
        // Fewer cases than counted (deleted meanwhile): stop asking.
        m_total = offset;
        emit totalCountChanged(m_total);
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page->begin()), std::make_move_iterator(page->end()));
    endInsertRows();
}

bool CaseListModel::isSortable(int column) { return sortFor(column).has_value(); }

void CaseListModel::sort(int column, Qt::SortOrder order) {
    const auto sort = sortFor(column);
    if (!sort || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sort = *sort;
    m_query.descending = order == Qt::DescendingOrder;
    reloadAll(kPageSize);
}

void CaseListModel::setQuery(const CaseQuery& query) {
    const CaseQuery::Sort sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    m_query.offset = 0;
    reloadAll(kPageSize);
}

void CaseListModel::refresh() {
    reloadAll(std::max<std::int64_t>(kPageSize, static_cast<std::int64_t>(m_rows.size())));
}

CaseQuery CaseListModel::pageQuery(std::int64_t offset, std::int64_t limit) const {
    CaseQuery q = m_query;
    q.offset = offset;
    q.limit = limit;
    return q;
}

std::optional<std::vector<CaseSummary>> CaseListModel::fetch(std::int64_t offset, std::int64_t limit) {
    auto rows = m_workspace.cases.list(pageQuery(offset, limit));
    if (!rows) {
        m_error = rows.error();
        emit queryFailed(rows.error());
        return std::nullopt;
    }
    m_error.reset();
    return std::move(rows).value();
}

void CaseListModel::updateTotal() {
    auto total = m_workspace.cases.count(m_query);
    if (!total) {
        m_error = total.error();
        emit queryFailed(total.error());
        return;
    }
    const std::int64_t loaded = static_cast<std::int64_t>(m_rows.size());
    const std::int64_t value = std::max(*total, loaded);
    if (value != m_total) {
        m_total = value;
        emit totalCountChanged(m_total);
    }
}

void CaseListModel::reloadAll(std::int64_t rows) {
    auto fresh = fetch(0, rows);
    auto total = m_workspace.cases.count(m_query);
    beginResetModel();
    if (fresh)
        m_rows = std::move(*fresh);
    else
        m_rows.clear();
    const auto loaded = static_cast<std::int64_t>(m_rows.size());
    m_total = total ? std::max(*total, loaded) : loaded;
    endResetModel();
    if (!total) {
        m_error = total.error();
        emit queryFailed(total.error());
    }
    emit totalCountChanged(m_total);
}

void CaseListModel::caseChanged(const QString& uuidText) {
    const std::string uuid = uuidText.toStdString();
    const int loaded = static_cast<int>(m_rows.size());
    auto fresh = fetch(0, static_cast<std::int64_t>(loaded) + 1);
    if (!fresh)
        return;
    const std::vector<CaseSummary>& now = *fresh;
    const int oldRow = indexOf(m_rows, uuid);
    int newRow = indexOf(now, uuid);
    // Only rows already known (plus one) are in view; a case that moved past them leaves it.
    if (oldRow >= 0 && newRow >= loaded)
        newRow = -1;

    int target = loaded;
    if (oldRow < 0 && newRow >= 0)
        target = loaded + 1;
    else if (oldRow >= 0 && newRow < 0)
        target = loaded - 1;
    target = std::min(target, static_cast<int>(now.size()));

    // Everything but this case must be where it was; otherwise more changed, and rows are re-read.
    if (othersOf(m_rows, m_rows.size(), uuid) != othersOf(now, static_cast<std::size_t>(target), uuid)) {
        reloadAll(std::max<std::int64_t>(kPageSize, loaded));
        return;
    }

    if (oldRow >= 0 && newRow >= 0) {
        if (oldRow != newRow) {
            beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
            CaseSummary moved = std::move(m_rows[static_cast<std::size_t>(oldRow)]);
            m_rows.erase(m_rows.begin() + oldRow);
            m_rows.insert(m_rows.begin() + newRow, std::move(moved));
            endMoveRows();
        }
    } else if (newRow >= 0) {
        beginInsertRows({}, newRow, newRow);
        m_rows.insert(m_rows.begin() + newRow, now[static_cast<std::size_t>(newRow)]);
        endInsertRows();
    } else if (oldRow >= 0) {
        beginRemoveRows({}, oldRow, oldRow);
        m_rows.erase(m_rows.begin() + oldRow);
        endRemoveRows();
    }
    // The rows now line up with what core returned: bring changed values up to date.
    for (std::size_t i = 0; i < m_rows.size() && i < now.size(); ++i) {
        if (!sameSummary(m_rows[i], now[i])) {
            m_rows[i] = now[i];
            const int row = static_cast<int>(i);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    updateTotal();
}

int CaseListModel::rowOf(const QString& uuid) const { return indexOf(m_rows, uuid.toStdString()); }

QString CaseListModel::uuidAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return {};
    return qs(m_rows[static_cast<std::size_t>(row)].uuid);
}

}  // namespace lintas::ui
