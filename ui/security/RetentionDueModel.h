#pragma once

#include "lintas/security/RetentionService.h"

#include <QAbstractTableModel>
#include <vector>

namespace lintas::ui {

/// Records past their retention date, each with a check box: the supervisor ticks the ones to
/// postpone or delete.
class RetentionDueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RecordColumn, KindColumn, BasisColumn, DueColumn, ReviewColumn, ColumnCount };
    enum Roles { UuidRole = Qt::UserRole, KindRole };

    explicit RetentionDueModel(QObject* parent = nullptr);

    void setItems(std::vector<security::RetentionItem> items);
    [[nodiscard]] const security::RetentionItem* itemAt(int row) const;
    /// The ticked items, in list order.
    [[nodiscard]] std::vector<security::RetentionItem> checkedItems() const;
    void setAllChecked(bool checked);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    /// The ticked items changed.
    void checkedChanged();

private:
    struct Row {
        security::RetentionItem item;
        bool checked = false;
    };
    std::vector<Row> m_rows;
};

}  // namespace lintas::ui
