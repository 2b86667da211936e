#pragma once

#include "lintas/domain/Links.h"

#include <QAbstractTableModel>
#include <string>
#include <vector>

namespace lintas::ui {

/// One person linked to an organisation by a graded relationship.
struct LinkedPerson {
    std::string personUuid;
    std::string name;
    Relationship relationship;
    /// True when the person is the relationship's first party ("works for" the organisation),
    /// false when the organisation is ("employed" the person).
    bool personFirst = true;
};

/// The people linked to one organisation, with the relationship, its direction and its grade.
class LinkedPeopleModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        PersonColumn,
        RelationshipColumn,
        GradeColumn,
        NoteColumn,
        ColumnCount,
    };
    enum Role {
        PersonUuidRole = Qt::UserRole,
        RelationshipTypeRole,
        /// "B2"
        GradeRole,
    };

    explicit LinkedPeopleModel(QObject* parent = nullptr);

    void setPeople(std::vector<LinkedPerson> people);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<LinkedPerson> m_people;
};

}  // namespace lintas::ui
