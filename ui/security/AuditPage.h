#pragma once

#include "common/Page.h"
#include "lintas/security/AuditLog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lintas::ui {

class AuditModel;
class CheckpointDialog;

/// The audit log (supervisors, Permission::AuditRead): every entry, newest first, filtered by
/// user, record, action and time; a check of the whole hash chain; an export for an external
/// archive and a checkpoint of the head to keep elsewhere. Everything goes through core's
/// AuditService, which checks the permission and records exports and checkpoints themselves.
class AuditPage : public Page {
    Q_OBJECT

public:
    AuditPage(Workspace& workspace, QWidget* parent = nullptr);
    ~AuditPage() override;

    void reload() override;

    /// Shows only entries about the record `uuid` (and clears the other filters).
    void showRecord(const QString& uuid);
    /// Reads the log again with the filters as they are now.
    void applyFilters();
    /// The query the filters describe.
    [[nodiscard]] security::AuditQuery currentQuery() const;
    /// Checks the whole chain and shows the verdict under the buttons; returns it as shown.
    QString verifyChain();
    /// Checks the whole chain and that it still reaches the checkpoint `checkpointText` (as
    /// CheckpointDialog shows it): entries cut off the end show up here. Returns the verdict shown.
    QString verifyAgainst(const QString& checkpointText);
    /// Writes the whole log to `path` as JSON Lines. Reports the outcome on the page.
    bool exportTo(const QString& path);
    /// Takes a checkpoint of the head and shows it (window-modal; returned for tests). nullptr
    /// when core refused.
    CheckpointDialog* takeCheckpoint();

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] AuditModel* model() const { return m_model; }

private:
    void chooseExportFile();
    void askCheckpointToVerify();
    QString showVerdict(const security::AuditVerification& v, const security::AuditCheckpoint* against);
    void showError(const QString& text);
    void updateCount();

    security::AuditService m_audit;
    AuditModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_user = nullptr;
    QLineEdit* m_record = nullptr;
    QComboBox* m_action = nullptr;
    QCheckBox* m_fromOn = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toOn = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_filterTimer = nullptr;
};

}  // namespace lintas::ui
