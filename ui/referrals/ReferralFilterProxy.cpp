#include "referrals/ReferralFilterProxy.h"

#include "referrals/ReferralTableModel.h"

namespace lintas::ui {
namespace {

bool matches(const QModelIndex& index, int role, const std::optional<std::string>& wanted) {
    return !wanted || index.data(role).toString().toStdString() == *wanted;
}

}  // namespace

ReferralFilterProxy::ReferralFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ReferralTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ReferralFilterProxy::setQuery(const ReferralQuery& query) {
    m_query = query;
    invalidateFilter();
}

bool ReferralFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_query.overdueOnly && !index.data(ReferralTableModel::OverdueRole).toBool())
        return false;
    return matches(index, ReferralTableModel::StatusCodeRole, m_query.status) &&
           matches(index, ReferralTableModel::ServiceCodeRole, m_query.service) &&
           matches(index, ReferralTableModel::ProviderUuidRole, m_query.providerUuid) &&
           matches(index, ReferralTableModel::OfficerRole, m_query.officer) &&
           matches(index, ReferralTableModel::CaseUuidRole, m_query.caseUuid) &&
           matches(index, ReferralTableModel::VictimUuidRole, m_query.victimUuid);
}

}  // namespace lintas::ui
