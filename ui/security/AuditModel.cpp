#include "security/AuditModel.h"

#include "security/SecurityText.h"

#include <QColor>

namespace lintas::ui {

AuditModel::AuditModel(QObject* parent) : QAbstractTableModel(parent) {}

Result<std::vector<security::AuditEntry>> AuditModel::readPage(int offset) {
    security::AuditQuery page = m_query;
    page.offset = offset;
    page.limit = kPageSize;
    return m_fetch(page);
}

Status AuditModel::setQuery(security::AuditQuery query, Fetch fetch) {
    beginResetModel();
    m_query = std::move(query);
    m_fetch = std::move(fetch);
    m_entries.clear();
    m_more = false;
    m_lastError.reset();
    Status status;
    if (m_fetch) {
        auto first = readPage(0);
        if (first) {
            m_entries = std::move(first).value();
            m_more = static_cast<int>(m_entries.size()) == kPageSize;
        } else {
            m_lastError = first.error();
            status = first.error();
        }
    }
    endResetModel();
    return status;
}

void AuditModel::setBrokenSeq(qint64 seq) {
    if (seq == m_brokenSeq)
        return;
    m_brokenSeq = seq;
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

void AuditModel::clear() {
    beginResetModel();
    m_query = {};
    m_fetch = nullptr;
    m_entries.clear();
    m_more = false;
    m_lastError.reset();
    endResetModel();
}

const security::AuditEntry* AuditModel::entryAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

int AuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_more;
}

void AuditModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    auto next = readPage(static_cast<int>(m_entries.size()));
    if (!next) {
        m_more = false;  // do not ask again on every scroll; a new query retries
        m_lastError = next.error();
        emit fetchFailed(next.error());
        return;
    }
    std::vector<security::AuditEntry> rows = std::move(next).value();
    m_more = static_cast<int>(rows.size()) == kPageSize;
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (auto& e : rows)
        m_entries.push_back(std::move(e));
    endInsertRows();
}

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const security::AuditEntry& e = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return QString::number(e.seq);
        case TimeColumn:
            return SecurityText::timestamp(e.at);
        case UserColumn:
            //: Shown as the user of an audit entry written by Lintas itself (a migration).
            return e.username.empty() ? tr("(system)") : QString::fromStdString(e.username);
        case ActionColumn:
            return SecurityText::actionLabel(e.action);
        case RecordTypeColumn:
            return SecurityText::recordTypeLabel(e.recordType);
        case RecordColumn:
            return QString::fromStdString(e.recordUuid);
        case DetailColumn:
            return QString::fromStdString(e.detail);
        case ReasonColumn:
            return QString::fromStdString(e.reason);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QString::fromStdString(e.at);  // the stored UTC time, to the second
        case ActionColumn:
            return QString::fromStdString(e.action);
        case DetailColumn:
            return QString::fromStdString(e.detail);
        case ReasonColumn:
            return QString::fromStdString(e.reason);
        }
        return {};
    case Qt::BackgroundRole:
        if (m_brokenSeq != 0 && e.seq == m_brokenSeq)
            return QColor(0xf9, 0xde, 0xdc);
        return {};
    case Qt::ForegroundRole:
        if (m_brokenSeq != 0 && e.seq == m_brokenSeq)
            return QColor(0x8c, 0x1d, 0x18);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole:
        return static_cast<qint64>(e.seq);
    case UserUuidRole:
        return QString::fromStdString(e.userUuid);
    case RecordUuidRole:
        return QString::fromStdString(e.recordUuid);
    case ActionRole:
        return QString::fromStdString(e.action);
    case HashRole:
        return QString::fromStdString(e.hash);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column of the audit log: the entry's sequence number.
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordTypeColumn:
        return tr("Record type");
    case RecordColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Detail");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

}  // namespace lintas::ui
