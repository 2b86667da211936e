#pragma once

#include "cases/tabs/RowTableModel.h"

#include "lintas/domain/Links.h"

#include <string>
#include <vector>

namespace lintas::ui {

/// A relationship with the display names of both ends.
struct RelationshipRow {
    Relationship relationship;
    std::string fromName;
    std::string toName;
};

/// The graded relationships established in one case: from → type → to, with the 4×4 grade.
class CaseRelationshipModel : public RowTableModel<RelationshipRow> {
    Q_OBJECT

public:
    enum Column { FromColumn, TypeColumn, ToColumn, GradeColumn, NoteColumn, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole,  ///< QString
        FromUuidRole,             ///< QString
        FromIsPersonRole,         ///< bool (else an organisation)
        ToUuidRole,               ///< QString
        ToIsPersonRole,           ///< bool
        GradeRole,                ///< QString such as "B2"
    };

    explicit CaseRelationshipModel(QObject* parent = nullptr);

    void setRelationships(std::vector<RelationshipRow> relationships);

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] std::string rowKey(const RelationshipRow& row) const override;
};

}  // namespace lintas::ui
