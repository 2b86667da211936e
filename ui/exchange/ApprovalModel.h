#pragma once

#include "lintas/exchange/BundleService.h"

#include <QAbstractTableModel>

#include <vector>

namespace lintas::ui {

/// Supervisors' approvals of exports: who approved which request (by digest), when, the note,
/// and whether an export has used it.
class ApprovalModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Approved, By, Status, Digest, Note, ColumnCount };
    enum Role {
        ApprovalIdRole = Qt::UserRole,  ///< qint64
        PendingRole,                    ///< bool: no export has used it yet
        SortRole,                       ///< what the column sorts by (ISO timestamps for times)
    };

    explicit ApprovalModel(QObject* parent = nullptr);

    void setApprovals(std::vector<exchange::ExportApproval> approvals);
    [[nodiscard]] const exchange::ExportApproval* approval(int row) const;
    [[nodiscard]] int pendingCount() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<exchange::ExportApproval> m_rows;
};

}  // namespace lintas::ui
