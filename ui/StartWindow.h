#pragma once

#include "lintas/Result.h"
#include "lintas/service/Workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace lintas::ui {

class FirstStartDialog;

/// The first window: opens a Lintas database and shows which agency owns it, where it is and how
/// many cases it holds. A path with no file starts the first-start dialog; a file that cannot be
/// opened is explained (and left untouched) with a way to open another.
class StartWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit StartWindow(QWidget* parent = nullptr);
    ~StartWindow() override;

    /// Opens the database at `path`, or offers to create it when no file is there. Never blocks:
    /// dialogs are window-modal and come back through signals.
    void openDatabase(const QString& path);
    /// Starts the first-start dialog for a new database at `path` (window-modal).
    void createDatabase(const QString& path);

    /// The open workspace, or nullptr.
    [[nodiscard]] Workspace* workspace() const { return m_workspace.get(); }
    /// The first-start dialog while it is open, or nullptr.
    [[nodiscard]] FirstStartDialog* firstStartDialog() const;
    /// The text of Help → About (rich text).
    [[nodiscard]] QString aboutText() const;

signals:
    /// A database was opened or created and is now shown.
    void workspaceOpened();

private:
    void buildMenus();
    QWidget* buildWorkspacePage();
    QWidget* buildProblemPage();

    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void showAbout();
    void adoptWorkspace(std::unique_ptr<Workspace> workspace);
    void refreshSummary();
    void showOpenError(const QString& path, const Error& error);
    void showNoDatabase();
    [[nodiscard]] QString lastDirectory() const;

    std::unique_ptr<Workspace> m_workspace;
    QString m_lastPath;
    QPointer<FirstStartDialog> m_firstStart;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_workspacePage = nullptr;
    QWidget* m_problemPage = nullptr;

    QLabel* m_agencyCode = nullptr;
    QLabel* m_agencyCountry = nullptr;
    QLabel* m_agencyName = nullptr;
    QLabel* m_databasePath = nullptr;
    QLabel* m_caseCount = nullptr;
    QLabel* m_caseCaption = nullptr;
    QLabel* m_statusAgency = nullptr;

    QLabel* m_problemTitle = nullptr;
    QLabel* m_problemText = nullptr;
    QLabel* m_problemDetail = nullptr;
    QPushButton* m_problemNew = nullptr;
    QPushButton* m_problemOpen = nullptr;
};

}  // namespace lintas::ui
