#pragma once

#include "lintas/service/StatsService.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace lintas::ui {

/// Victims by first citizenship (rows) and country of exploitation (columns), as a heat map:
/// each cell shows its count as text and as the shade of its background. The most frequent
/// countries get their own row or column; the rest are summed into "Other countries".
class CountryMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        CountRole = Qt::UserRole,  ///< qint64 victims in the cell
        CitizenshipRole,           ///< QString alpha-3 of the row; empty for "not recorded" and "other"
        CountryRole,               ///< QString alpha-3 of the column; empty for "other"
    };

    explicit CountryMatrixModel(QObject* parent = nullptr);

    /// Replaces the matrix with `pairs` (as core's StatsService returns them), keeping at most
    /// `maxRows` citizenships and `maxColumns` countries of their own.
    void setPairs(const std::vector<CountryPairCount>& pairs, int maxRows = 10, int maxColumns = 8);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The largest cell value (the darkest shade).
    [[nodiscard]] std::int64_t maximum() const { return m_max; }

private:
    struct Axis {
        QString code;      ///< alpha-3; empty with `other` or for a citizenship not recorded
        bool other = false;
    };
    [[nodiscard]] static QString axisLabel(const Axis& axis, bool citizenship);
    [[nodiscard]] static QString axisName(const Axis& axis, bool citizenship);

    std::vector<Axis> m_rows;
    std::vector<Axis> m_columns;
    std::vector<std::int64_t> m_cells;  // row-major
    std::int64_t m_max = 0;
};

}  // namespace lintas::ui
