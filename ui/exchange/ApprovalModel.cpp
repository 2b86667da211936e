#include "exchange/ApprovalModel.h"

#include "exchange/ExchangePage.h"

#include <QFont>

#include <algorithm>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

/// The first 16 hexadecimal digits of a digest: enough to compare with what the exporter reads out.
QString shortDigest(const std::string& digest) { return qs(digest.substr(0, 16)) + QChar(0x2026); }

}  // namespace

ApprovalModel::ApprovalModel(QObject* parent) : QAbstractTableModel(parent) {}

void ApprovalModel::setApprovals(std::vector<exchange::ExportApproval> approvals) {
    beginResetModel();
    m_rows = std::move(approvals);
    endResetModel();
}

const exchange::ExportApproval* ApprovalModel::approval(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ApprovalModel::pendingCount() const {
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const exchange::ExportApproval& a) { return a.pending(); }));
}

int ApprovalModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApprovalModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ApprovalModel::data(const QModelIndex& index, int role) const {
    const exchange::ExportApproval* a = index.isValid() ? approval(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case ApprovalIdRole: return QVariant::fromValue<qint64>(a->id);
    case PendingRole: return a->pending();
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Approved: return role == SortRole ? qs(a->approvedAt) : ExchangePage::localTime(a->approvedAt);
        case By: return a->approvedBy.empty() ? tr("(former user)") : qs(a->approvedBy);
        case Status:
            if (role == SortRole)
                return a->pending() ? QString() : qs(a->usedAt);
            //: Status of an export approval: %1 when an export used it.
            return a->pending() ? tr("Pending") : tr("Used %1").arg(ExchangePage::localTime(a->usedAt));
        case Digest: return role == SortRole ? qs(a->requestDigest) : shortDigest(a->requestDigest);
        case Note: return qs(a->note).simplified();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Digest)
            //: Tooltip of the digest column; %1 is the full SHA-256 of the approved request.
            return tr("Request digest (SHA-256): %1").arg(qs(a->requestDigest));
        if (index.column() == Note && !a->note.empty())
            return qs(a->note);
        return {};
    case Qt::FontRole:
        if (index.column() == Digest) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::TypeWriter);
            return mono;
        }
        return {};
    default: return {};
    }
}

QVariant ApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Approved: return tr("Approved");
    case By: return tr("By");
    case Status: return tr("Status");
    case Digest: return tr("Request digest");
    case Note: return tr("Note");
    default: return {};
    }
}

}  // namespace lintas::ui
