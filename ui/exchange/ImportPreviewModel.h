#pragma once

#include "lintas/exchange/BundleImport.h"

#include <QAbstractTableModel>

#include <vector>

namespace lintas::ui {

/// The records of a verified bundle and what applying it would do to each (new, update,
/// unchanged, conflict), as core's previewImport decided. Read-only.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Record, Action, Fields, Refusal, ColumnCount };
    enum Role {
        ActionRole = Qt::UserRole,  ///< exchange::ImportAction as int
        KindCodeRole,
        UuidRole,
        CaseUuidRole,
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setItems(std::vector<exchange::ImportItem> items);
    [[nodiscard]] const exchange::ImportItem& item(int row) const { return m_items.at(static_cast<std::size_t>(row)); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<exchange::ImportItem> m_items;
};

}  // namespace lintas::ui
