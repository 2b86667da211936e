#pragma once

#include "cases/tabs/RowTableModel.h"

#include "lintas/domain/Links.h"

#include <string>
#include <vector>

namespace lintas::ui {

/// A case link with what the table shows of a local linked case.
struct CaseLinkRow {
    CaseLink link;
    std::string linkedReference;  ///< local links: the other case's reference
    std::string linkedTitle;      ///< local links: the other case's title
};

/// Cases related to one case: other local cases and cases held by foreign agencies.
class CaseLinkModel : public RowTableModel<CaseLinkRow> {
    Q_OBJECT

public:
    enum Column { KindColumn, ReferenceColumn, TitleColumn, AgencyColumn, CountryColumn, ContactColumn, NoteColumn,
                  ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole,  ///< QString: the link's UUID
        LinkedCaseUuidRole,       ///< QString: the local case linked to; empty for foreign cases
        IsLocalRole,              ///< bool
    };

    explicit CaseLinkModel(QObject* parent = nullptr);

    void setLinks(std::vector<CaseLinkRow> links);

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] std::string rowKey(const CaseLinkRow& row) const override;
};

}  // namespace lintas::ui
