#pragma once

#include "common/Page.h"
#include "lintas/security/RetentionService.h"

#include <map>
#include <string>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lintas::ui {

class PostponeDialog;
class PurgeDialog;
class RetentionDueModel;

/// Retention: how long each kind of record is kept (rules, Permission::SettingsManage) and the
/// records past that date, for a supervisor to postpone or delete for good
/// (Permission::RetentionConfirm). Each part shows only for a user who holds its permission;
/// core checks both again.
class RetentionPage : public Page {
    Q_OBJECT

public:
    RetentionPage(Workspace& workspace, QWidget* parent = nullptr);
    ~RetentionPage() override;

    void reload() override;

    /// Stores the years typed for every rule that changed. Returns whether all were accepted.
    bool saveRules();
    /// The spin box of the rule for `kind` (nullptr when there is no such rule or no permission).
    [[nodiscard]] QSpinBox* yearsField(const std::string& kind) const;
    /// Asks until when to keep the ticked records (window-modal; returned for tests). nullptr
    /// when none is ticked.
    PostponeDialog* postponeChecked();
    /// Asks to confirm deleting the ticked records (window-modal; returned for tests). nullptr
    /// when none is ticked.
    PurgeDialog* deleteChecked();

    [[nodiscard]] QTableView* dueView() const { return m_dueView; }
    [[nodiscard]] RetentionDueModel* dueModel() const { return m_due; }

private:
    void buildRules();
    void buildDue();
    void reloadRules();
    void reloadDue();
    void updateActions();
    void showError(const QString& text);
    void showReport(const security::PurgeReport& report);

    struct RuleRow {
        QSpinBox* years = nullptr;
        QLabel* changed = nullptr;
        int stored = 0;
    };
    std::map<std::string, RuleRow> m_rules;
    QGroupBox* m_rulesBox = nullptr;
    QGridLayout* m_rulesGrid = nullptr;
    QPushButton* m_saveRules = nullptr;
    QGroupBox* m_dueBox = nullptr;
    RetentionDueModel* m_due = nullptr;
    QTableView* m_dueView = nullptr;
    QLabel* m_dueEmpty = nullptr;
    QPushButton* m_selectAll = nullptr;
    QPushButton* m_postpone = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_report = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_nothing = nullptr;
};

}  // namespace lintas::ui
