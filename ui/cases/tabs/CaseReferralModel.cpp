#include "cases/tabs/CaseReferralModel.h"

#include "cases/tabs/TabText.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace lintas::ui {

CaseReferralModel::CaseReferralModel(QObject* parent) : RowTableModel<Referral>(parent) {}

void CaseReferralModel::setReferrals(std::vector<Referral> referrals, const std::string& today) {
    m_today = today;
    replaceRows(std::move(referrals));
}

std::string CaseReferralModel::rowKey(const Referral& row) const { return row.uuid; }

bool CaseReferralModel::overdue(const Referral& r) const { return referral_rules::isOverdue(r, m_today); }

int CaseReferralModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseReferralModel::data(const QModelIndex& index, int role) const {
    if (!validRow(index))
        return {};
    const Referral& r = rowAt(index.row());
    const bool late = overdue(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VictimColumn: {
            const auto it = m_victimNames.find(r.victimUuid);
            return it != m_victimNames.end() ? it->second : TabText::personName(r.victimName);
        }
        case ServiceColumn: return TabText::label(vocab::List::ServiceType, r.service);
        case ProviderColumn: return qs(r.providerName);
        case OfficerColumn: return qs(r.officer);
        case StatusColumn: return TabText::label(vocab::List::ReferralStatus, r.status);
        case DueColumn: return TabText::date(r.dueDate);
        case OverdueColumn: return late ? tr("Overdue") : QString();
        default: return {};
        }
    case Qt::DecorationRole:
        // Overdue is said three ways: the word, a warning icon and the colour.
        if (index.column() == OverdueColumn && late)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (late && (index.column() == OverdueColumn || index.column() == DueColumn))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::FontRole:
        if (late && index.column() == OverdueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OverdueColumn && late)
            //: %1 is the due date.
            return tr("Past its due date (%1) and not finished").arg(TabText::date(r.dueDate));
        if (index.column() == StatusColumn) {
            //: Tooltip of a referral's status: %1 the time it was requested.
            QString text = tr("Requested %1").arg(TabText::timestamp(r.requestedAt));
            const auto add = [&](const std::optional<std::string>& at, const QString& line) {
                if (at)
                    text += QLatin1Char('\n') + line.arg(TabText::timestamp(*at));
            };
            add(r.acceptedAt, tr("Accepted %1"));
            add(r.startedAt, tr("Started %1"));
            add(r.completedAt, tr("Completed %1"));
            add(r.declinedAt, tr("Declined %1"));
            add(r.cancelledAt, tr("Cancelled %1"));
            return text;
        }
        return {};
    case UuidRole: return qs(r.uuid);
    case StatusCodeRole: return qs(r.status);
    case OverdueRole: return late;
    case VictimUuidRole: return qs(r.victimUuid);
    case ProviderUuidRole: return qs(r.providerUuid.value_or(""));
    default: return {};
    }
}

QVariant CaseReferralModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VictimColumn: return tr("Victim");
    case ServiceColumn: return tr("Service");
    case ProviderColumn: return tr("Provider");
    case OfficerColumn: return tr("Officer");
    case StatusColumn: return tr("Status");
    case DueColumn: return tr("Due");
    case OverdueColumn: return tr("Overdue");
    default: return {};
    }
}

QHash<int, QByteArray> CaseReferralModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(OverdueRole, "overdue");
    names.insert(VictimUuidRole, "victimUuid");
    names.insert(ProviderUuidRole, "providerUuid");
    return names;
}

}  // namespace lintas::ui
