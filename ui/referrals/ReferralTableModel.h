#pragma once

#include "lintas/domain/Referral.h"

#include <QAbstractTableModel>
#include <string>
#include <vector>

namespace lintas::ui {

/// The referrals on the board: victim, case, service, provider, officer, state, due date and
/// whether core's rule calls it overdue today. Moving one referral updates its row in place.
class ReferralTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        VictimColumn,
        CaseColumn,
        ServiceColumn,
        ProviderColumn,
        OfficerColumn,
        StatusColumn,
        DueDateColumn,
        OverdueColumn,
        ColumnCount,
    };
    enum Role {
        UuidRole = Qt::UserRole,
        VictimUuidRole,
        CaseUuidRole,
        StatusCodeRole,
        ServiceCodeRole,
        ProviderUuidRole,
        OfficerRole,
        /// bool: past due and not finished (referral_rules::isOverdue)
        OverdueRole,
        /// What the board sorts by: ISO dates, codes in list order, text.
        SortRole,
    };

    explicit ReferralTableModel(QObject* parent = nullptr);

    /// Today's ISO date in the workspace's clock (what "overdue" is measured against).
    void setToday(std::string today);
    void setReferrals(std::vector<Referral> referrals);
    /// Replaces the stored referral with the same UUID; emits dataChanged for its row only.
    /// Returns false when the referral is not on the board.
    bool updateReferral(const Referral& referral);
    [[nodiscard]] int rowOf(const QString& uuid) const;
    [[nodiscard]] const Referral* referralAt(int row) const;
    [[nodiscard]] const std::vector<Referral>& referrals() const { return m_referrals; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    [[nodiscard]] bool overdue(const Referral& r) const;

    std::vector<Referral> m_referrals;
    std::string m_today;
};

}  // namespace lintas::ui
