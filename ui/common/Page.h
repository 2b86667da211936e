#pragma once

#include <QWidget>

namespace lintas {
class Workspace;
}

namespace lintas::ui {

/// One area of the main window (Cases, People, Organisations, Referrals, Dashboard…). A page
/// works on the workspace it was built with; the main window rebuilds pages when another
/// database is opened.
class Page : public QWidget {
    Q_OBJECT

public:
    Page(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace) {}

    /// Re-reads what the page shows from the workspace (after another page changed data).
    virtual void reload() = 0;
    /// Asks the user what to do with unsaved edits, if any. False means: stay (cancel the close
    /// or switch). Pages without editing return true.
    [[nodiscard]] virtual bool confirmLeave() { return true; }

signals:
    /// The page changed stored data; other pages may want to reload.
    void dataChanged();
    /// Requests to open a record elsewhere in the main window (UUIDs).
    void caseRequested(const QString& uuid);
    void personRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    /// A short message for the status bar.
    void statusMessage(const QString& text);

protected:
    [[nodiscard]] Workspace& workspace() const { return m_workspace; }

private:
    Workspace& m_workspace;
};

}  // namespace lintas::ui
