#pragma once

#include "lintas/security/AuditLog.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class AuditModel;

/// "Who has seen this record": for a victim, every reading of their identifying details — who,
/// when and why — from the audit log. Shown to users who may read the audit log
/// (Permission::AuditRead: supervisors), the people who answer for how a victim's identity is
/// used; core's AuditService checks that permission again.
class SeenByPanel : public QWidget {
    Q_OBJECT

public:
    SeenByPanel(Workspace& workspace, QWidget* parent = nullptr);

    /// Whether the signed-in user may see this panel at all.
    [[nodiscard]] bool allowed() const;
    /// Shows the readings of the person `uuid`; empty hides the panel (not a victim, new person).
    void showPerson(const QString& uuid);
    /// Reads the list again (after a new reading).
    void refresh();

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] AuditModel* model() const { return m_model; }

private:
    Workspace& m_ws;
    security::AuditService m_audit;
    QString m_uuid;
    AuditModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace lintas::ui
