#pragma once

#include "cases/tabs/RowTableModel.h"

#include "lintas/domain/Referral.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace lintas::ui {

/// The support referrals of one case's victims.
class CaseReferralModel : public RowTableModel<Referral> {
    Q_OBJECT

public:
    enum Column { VictimColumn, ServiceColumn, ProviderColumn, OfficerColumn, StatusColumn, DueColumn, OverdueColumn,
                  ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole,  ///< QString
        StatusCodeRole,           ///< QString, vocab::List::ReferralStatus
        OverdueRole,              ///< bool, as core's referral_rules::isOverdue decides
        VictimUuidRole,           ///< QString
        ProviderUuidRole,         ///< QString, empty when none
    };

    explicit CaseReferralModel(QObject* parent = nullptr);

    /// `today` (ISO date, from core's clock) decides which referrals are overdue.
    void setReferrals(std::vector<Referral> referrals, const std::string& today);
    /// The victims' names as the case's tabs show them (TabText::partyNames), by person UUID; a
    /// victim not in it shows TabText::personName of core's name. Takes effect on setReferrals.
    void setVictimNames(std::map<std::string, QString> names) { m_victimNames = std::move(names); }

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] std::string rowKey(const Referral& row) const override;

private:
    [[nodiscard]] bool overdue(const Referral& r) const;

    std::string m_today;
    std::map<std::string, QString> m_victimNames;
};

}  // namespace lintas::ui
