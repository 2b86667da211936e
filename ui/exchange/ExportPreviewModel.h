#pragma once

#include "lintas/exchange/BundleService.h"

#include <QAbstractItemModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace lintas::ui {

/// Exactly what an export would send, as a two-level tree: one row per case (and one for the
/// records that travel outside any case, such as organisations), with its records below.
class ExportPreviewModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Record, Kind, Note, Size, ColumnCount };
    enum Role {
        KindCodeRole = Qt::UserRole,  ///< core's record kind ("person", …); empty for a group row
        UuidRole,
        PseudonymisedRole,
        SizeBytesRole,
    };

    explicit ExportPreviewModel(QObject* parent = nullptr);

    void setItems(const std::vector<exchange::PreviewItem>& items);
    /// Records below all groups (the case rows themselves not counted).
    [[nodiscard]] int recordCount() const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString caseUuid;  ///< empty: records outside any case
        QString label;
        std::vector<exchange::PreviewItem> items;
        std::uint64_t bytes = 0;
    };

    [[nodiscard]] QVariant groupData(const Group& group, int column, int role) const;
    [[nodiscard]] static QVariant itemData(const exchange::PreviewItem& item, int column, int role);

    std::vector<Group> m_groups;
};

}  // namespace lintas::ui
