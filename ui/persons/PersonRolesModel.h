#pragma once

#include "lintas/domain/CaseParty.h"

#include <QAbstractTableModel>
#include <vector>

namespace lintas::ui {

/// The roles of one person across all cases (victim here, suspect there…).
class PersonRolesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CaseColumn,
        RoleColumn,
        DetailsColumn,
        AddedColumn,
        ColumnCount,
    };
    enum Role {
        CaseUuidRole = Qt::UserRole,
        RoleCodeRole,
    };

    explicit PersonRolesModel(QObject* parent = nullptr);

    void setRoles(std::vector<CaseParty> roles);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<CaseParty> m_roles;
};

}  // namespace lintas::ui
