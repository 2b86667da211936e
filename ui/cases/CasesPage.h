#pragma once

#include "common/Page.h"

#include <memory>

#include "lintas/service/CaseQuery.h"

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

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace lintas::ui
