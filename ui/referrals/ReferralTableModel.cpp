#include "referrals/ReferralTableModel.h"

#include "cases/tabs/TabText.h"
#include "referrals/ReferralText.h"

#include "lintas/Time.h"
#include "lintas/domain/Vocabulary.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace lintas::ui {
namespace {

const QColor kOverdueTint(0xfd, 0xe7, 0xe4);
const QColor kOverdueText(0xb3, 0x26, 0x1e);
const QColor kFinishedText(0x6b, 0x6b, 0x6b);

/// Position of `code` in its list, so that states sort in lifecycle order.
int orderOf(vocab::List list, const std::string& code) {
    const auto terms = vocab::terms(list);
    const auto it = std::find_if(terms.begin(), terms.end(), [&](const vocab::Term& t) { return t.code == code; });
    return static_cast<int>(it - terms.begin());
}

}  // namespace

ReferralTableModel::ReferralTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReferralTableModel::setToday(std::string today) {
    m_today = std::move(today);
    if (!m_referrals.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReferralTableModel::setReferrals(std::vector<Referral> referrals) {
    beginResetModel();
    m_referrals = std::move(referrals);
    endResetModel();
}

bool ReferralTableModel::updateReferral(const Referral& referral) {
    const int row = rowOf(QString::fromStdString(referral.uuid));
    if (row < 0)
        return false;
    m_referrals[static_cast<std::size_t>(row)] = referral;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int ReferralTableModel::rowOf(const QString& uuid) const {
    const std::string key = uuid.toStdString();
    const auto it =
        std::find_if(m_referrals.begin(), m_referrals.end(), [&](const Referral& r) { return r.uuid == key; });
    return it == m_referrals.end() ? -1 : static_cast<int>(it - m_referrals.begin());
}

const Referral* ReferralTableModel::referralAt(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_referrals[static_cast<std::size_t>(row)];
}

bool ReferralTableModel::overdue(const Referral& r) const {
    return !m_today.empty() && referral_rules::isOverdue(r, m_today);
}

int ReferralTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_referrals.size());
}

int ReferralTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReferralTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Referral& r = m_referrals[static_cast<std::size_t>(index.row())];
    const bool late = overdue(r);
    switch (role) {
    case UuidRole: return QString::fromStdString(r.uuid);
    case VictimUuidRole: return QString::fromStdString(r.victimUuid);
    case CaseUuidRole: return QString::fromStdString(r.caseUuid);
    case StatusCodeRole: return QString::fromStdString(r.status);
    case ServiceCodeRole: return QString::fromStdString(r.service);
    case ProviderUuidRole: return r.providerUuid ? QString::fromStdString(*r.providerUuid) : QString();
    case OfficerRole: return QString::fromStdString(r.officer);
    case OverdueRole: return late;
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return orderOf(vocab::List::ReferralStatus, r.status);
        // Referrals without a due date come last, as core lists them.
        case DueDateColumn: return QString::fromStdString(r.dueDate.value_or("9999-12-31"));
        // What needs attention first: overdue, then open, then finished referrals.
        case OverdueColumn: return late ? 0 : referral_rules::isTerminal(r.status) ? 2 : 1;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::BackgroundRole:
        // Colour is never the only signal: the Overdue column says it in words, with an icon.
        return late ? QVariant(QBrush(kOverdueTint)) : QVariant();
    case Qt::ForegroundRole:
        if (late && (index.column() == OverdueColumn || index.column() == DueDateColumn))
            return QBrush(kOverdueText);
        if (referral_rules::isTerminal(r.status))
            return QBrush(kFinishedText);
        return {};
    case Qt::FontRole:
        if (late && index.column() == OverdueColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (late && index.column() == OverdueColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueDateColumn || index.column() == OverdueColumn) {
            if (!r.dueDate)
                return tr("No due date");
            const auto due = isoDateToDays(*r.dueDate);
            const auto today = isoDateToDays(m_today);
            if (late && due && today)
                return tr("Due %1, %n day(s) ago", "", *today - *due).arg(QString::fromStdString(*r.dueDate));
            return tr("Due %1").arg(QString::fromStdString(*r.dueDate));
        }
        if (index.column() == StatusColumn && !r.outcome.empty())
            return tr("Outcome: %1").arg(QString::fromStdString(r.outcome));
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == OverdueColumn)
            return late ? tr("Overdue") : tr("Not overdue");
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case VictimColumn: return TabText::personName(r.victimName);  // "Victim (identity hidden)"
    case CaseColumn: return QString::fromStdString(r.caseReference);
    case ServiceColumn: return ReferralText::label(vocab::List::ServiceType, r.service);
    case ProviderColumn: return QString::fromStdString(r.providerName);
    case OfficerColumn: return QString::fromStdString(r.officer);
    case StatusColumn: return ReferralText::label(vocab::List::ReferralStatus, r.status);
    case DueDateColumn: return r.dueDate ? QString::fromStdString(*r.dueDate) : QString();
    case OverdueColumn: return late ? tr("Overdue") : QString();
    default: return {};
    }
}

Qt::ItemFlags ReferralTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ReferralTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VictimColumn: return tr("Victim");
    case CaseColumn: return tr("Case");
    case ServiceColumn: return tr("Service");
    case ProviderColumn: return tr("Provider");
    case OfficerColumn: return tr("Officer");
    case StatusColumn: return tr("Status");
    case DueDateColumn: return tr("Due");
    case OverdueColumn: return tr("Overdue");
    default: return {};
    }
}

QHash<int, QByteArray> ReferralTableModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(VictimUuidRole, "victimUuid");
    names.insert(CaseUuidRole, "caseUuid");
    names.insert(StatusCodeRole, "status");
    names.insert(ServiceCodeRole, "service");
    names.insert(ProviderUuidRole, "providerUuid");
    names.insert(OfficerRole, "officer");
    names.insert(OverdueRole, "overdue");
    names.insert(SortRole, "sortKey");
    return names;
}

}  // namespace lintas::ui
