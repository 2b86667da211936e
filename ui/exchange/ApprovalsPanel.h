#pragma once

#include <QWidget>

namespace lintas {
class Workspace;
}

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lintas::ui {

class ApprovalModel;
class ApproveExportDialog;

/// "Approvals": supervisors' approvals of exports under handling code H2 or TLP:RED — those
/// waiting for their export and, on request, those used. A supervisor approves a request here;
/// others see what has been approved. What the session may do is core's to say: the panel only
/// shows the approve button to a session whose roles grant it.
class ApprovalsPanel : public QWidget {
    Q_OBJECT

public:
    ApprovalsPanel(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] ApprovalModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    /// Approvals no export has used yet, as last read.
    [[nodiscard]] int pendingCount() const;

    /// Opens the approval dialog (non-modal, deleted on close) and returns it; nullptr when the
    /// session may not approve.
    ApproveExportDialog* approveExport();

signals:
    /// An approval was stored.
    void approvalsChanged();
    void statusMessage(const QString& text);

private:
    void updateLabels();

    Workspace& m_ws;
    ApprovalModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_showUsed = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_approve = nullptr;
};

}  // namespace lintas::ui
