#pragma once

#include "cases/tabs/RowTableModel.h"

#include "lintas/domain/CaseParty.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace lintas::ui {

/// The people of one case with their roles (one row per person and role), in core's order:
/// victims, suspects, witnesses, others.
class CasePartyModel : public RowTableModel<CaseParty> {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, DetailsColumn, AddedColumn, ColumnCount };
    enum Role {
        PersonUuidRole = Qt::UserRole,  ///< QString
        RoleCodeRole,                   ///< QString, vocab::List::PersonRole
    };

    explicit CasePartyModel(QObject* parent = nullptr);

    /// The names show as TabText::partyNames: a masked victim as "Victim (identity hidden)".
    void setParties(std::vector<CaseParty> parties);

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] std::string rowKey(const CaseParty& row) const override;

private:
    std::map<std::string, QString> m_names;  ///< by person UUID, TabText::partyNames
};

}  // namespace lintas::ui
