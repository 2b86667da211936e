#include "referrals/ReferralTimelineModel.h"

#include "persons/PersonText.h"
#include "referrals/ReferralText.h"

#include <QFont>

#include <algorithm>

namespace lintas::ui {

ReferralTimelineModel::ReferralTimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReferralTimelineModel::setHistory(const std::vector<Entry>& entries) {
    std::vector<Row> rows;
    for (const Entry& entry : entries)
        for (const ReferralTransition& t : entry.transitions)
            rows.push_back(Row{entry.referral.uuid, entry.referral.service, entry.referral.providerName, t});
    // Timestamps are ISO 8601 UTC, so text order is time order; equal times keep core's order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.transition.at < b.transition.at; });
    beginResetModel();
    m_rows = std::move(rows);
    m_referralCount = static_cast<int>(entries.size());
    endResetModel();
}

void ReferralTimelineModel::setHighlighted(const QString& referralUuid) {
    if (referralUuid == m_highlighted)
        return;
    m_highlighted = referralUuid;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

int ReferralTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReferralTimelineModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReferralTimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const ReferralTransition& t = row.transition;
    switch (role) {
    case ReferralUuidRole: return QString::fromStdString(row.referralUuid);
    case FromStatusRole: return t.fromStatus ? QString::fromStdString(*t.fromStatus) : QString();
    case ToStatusRole: return QString::fromStdString(t.toStatus);
    case AtRole: return QString::fromStdString(t.at);
    case Qt::FontRole:
        // Bold tells the selected referral apart from the victim's others; alone, it needs no help.
        if (m_referralCount > 1 && QString::fromStdString(row.referralUuid) == m_highlighted) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return tr("%1 UTC").arg(QString::fromStdString(t.at));
        if (index.column() == NoteColumn && !t.note.empty())
            return QString::fromStdString(t.note);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case WhenColumn: return PersonText::timestamp(t.at);
    case ReferralColumn: {
        const QString service = ReferralText::label(vocab::List::ServiceType, row.service);
        if (row.providerName.empty())
            return service;
        //: A referral in the timeline: %1 is the service, %2 the provider.
        return tr("%1 – %2").arg(service, QString::fromStdString(row.providerName));
    }
    case ChangeColumn: {
        const QString to = ReferralText::label(vocab::List::ReferralStatus, t.toStatus);
        if (!t.fromStatus)
            //: The first entry of a referral's history; %1 is its first state.
            return tr("Referred (%1)").arg(to);
        //: A change of state: %1 the state before, %2 the state after.
        return tr("%1 → %2").arg(ReferralText::label(vocab::List::ReferralStatus, *t.fromStatus), to);
    }
    case ByColumn: return QString::fromStdString(t.byUser);
    case NoteColumn: return QString::fromStdString(t.note);
    default: return {};
    }
}

Qt::ItemFlags ReferralTimelineModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ReferralTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case ReferralColumn: return tr("Referral");
    case ChangeColumn: return tr("Change");
    case ByColumn: return tr("By");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

QHash<int, QByteArray> ReferralTimelineModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(ReferralUuidRole, "referralUuid");
    names.insert(FromStatusRole, "fromStatus");
    names.insert(ToStatusRole, "toStatus");
    names.insert(AtRole, "at");
    return names;
}

}  // namespace lintas::ui
