#pragma once

#include "cases/tabs/RowTableModel.h"

#include "lintas/domain/Links.h"

#include <string>
#include <vector>

namespace lintas::ui {

/// One journey leg with the victim's name for display.
struct JourneyRow {
    JourneyLeg leg;
    std::string victimName;
};

/// The journey legs of a case, per victim in journey order (as core returns them).
class JourneyLegModel : public RowTableModel<JourneyRow> {
    Q_OBJECT

public:
    enum Column {
        VictimColumn,
        SequenceColumn,
        TypeColumn,
        CountryColumn,
        PlaceColumn,
        DateColumn,
        MeansColumn,
        BorderColumn,
        DocumentsColumn,
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole,  ///< QString: the leg's UUID
        PersonUuidRole,           ///< QString: the victim's UUID
        EventTypeRole,            ///< QString, vocab::List::JourneyEventType
        CountryCodeRole,          ///< QString, ISO alpha-3
    };

    explicit JourneyLegModel(QObject* parent = nullptr);

    void setLegs(std::vector<JourneyRow> legs);

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] std::string rowKey(const JourneyRow& row) const override;
};

}  // namespace lintas::ui
