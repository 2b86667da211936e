#pragma once

#include "lintas/service/ReferralService.h"

#include <QSortFilterProxyModel>

namespace lintas::ui {

/// Keeps the board showing what its filters ask for, also after a referral changes on the board:
/// a referral moved out of the filtered state leaves the view at once (core applied the same
/// query when the board was loaded). Sorts by ReferralTableModel::SortRole.
class ReferralFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ReferralFilterProxy(QObject* parent = nullptr);

    void setQuery(const ReferralQuery& query);
    [[nodiscard]] const ReferralQuery& query() const { return m_query; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ReferralQuery m_query;
};

}  // namespace lintas::ui
