#pragma once

#include "common/Page.h"

#include <memory>

#include "lintas/service/CaseQuery.h"

#include <QStringList>
#include <QUndoStack>

namespace lintas::ui {

/// Cases: the filterable, lazily fetched case list and, beside it, the open case's workspace.
class CasesPage : public Page {
    Q_OBJECT

public:
    CasesPage(Workspace& workspace, QWidget* parent = nullptr);
    ~CasesPage() override;

    void reload() override;
    [[nodiscard]] bool confirmLeave() override;

    /// Shows the case with `uuid` in the workspace area (asking about unsaved edits first).
    void openCase(const QString& uuid);
    /// Replaces the list's filters (used by dashboard drill-down).
    void applyFilter(const CaseQuery& query);
    /// Starts a new case in the editor.
    void newCase();
    /// The undo stack of the case in the editor, or nullptr when none is open.
    [[nodiscard]] QUndoStack* undoStack() const;

signals:
    /// The editor's undo stack changed (another case opened, or none): Edit → Undo/Redo act on it.
    void undoStackChanged(QUndoStack* stack);
    /// The user asked to send these cases to a partner agency (the export wizard opens).
    void exportRequested(const QStringList& caseUuids);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace lintas::ui
