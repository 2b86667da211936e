#pragma once

#include "common/View.h"

#include "lintas/Result.h"
#include "lintas/service/CaseQuery.h"
#include "lintas/service/ReferralService.h"
#include "lintas/service/Workspace.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <array>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>

class QAction;
class QActionGroup;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace lintas::ui {

class AuditPage;
class BackgroundJob;
class CasesPage;
class DashboardPage;
class EncryptDatabaseDialog;
class ExchangePage;
class FirstStartDialog;
class IdleWatcher;
class LockScreen;
class OrganisationsPage;
class Page;
class PersonsPage;
class ReferralsPage;
class RetentionPage;
class SearchPopup;
class SignInDialog;
class UsersPage;
class WelcomeDialog;

/// The workbench: navigation between Cases, People, Organisations, Referrals, Exchange,
/// Dashboard, Users, Audit log and Retention over one open database, global search, menus, tool
/// bar and status bar. Navigation shows the areas the signed-in user's roles may use (core still
/// checks every call). Without a database it explains why (none chosen yet, not signed in, a
/// database to encrypt first, or a file it refused and left untouched) and offers the ways
/// forward; on first start it shows the welcome dialog.
///
/// Opening a database: an encrypted one asks for a sign-in (SignInDialog), an earlier version's
/// plaintext one for its encryption (EncryptDatabaseDialog), a missing one shows the welcome.
/// Lock: after the database's idle time (IdleWatcher) or on Ctrl+L, the content is replaced by the
/// lock screen and every other window is hidden until the password is given again.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Restores the window's size, position and tool bar from the last session.
    void restoreLayout();
    /// Whether opened databases become the "last" and "recent" ones (off for scripted runs such
    /// as --screenshot, which should not change what the user opens next).
    void setRememberDatabases(bool remember) { m_rememberDatabases = remember; }

    /// Opens the database at `path`: asks for a sign-in (an encrypted database) or for its
    /// encryption (an earlier version's); a path with no file shows the welcome dialog (which
    /// offers to create it). Never blocks: dialogs are window-modal and come back through signals.
    void openDatabase(const QString& path);
    /// Shows `workspace`, already open and signed in (replacing, and signing out of, the one
    /// shown before).
    void showWorkspace(std::unique_ptr<Workspace> workspace);
    /// For scripted runs (--user, --password-fd): the next sign-in dialog is filled in with
    /// these and submitted at once. The password is used once, then wiped.
    void setScriptedSignIn(const QString& username, std::string password);
    /// A sign-in name to propose in the next sign-in dialog (--user).
    void setProposedUsername(const QString& username) { m_proposedUsername = username; }

    /// Hides everything of the database behind the lock screen (Ctrl+L, or after the idle time).
    void lock();
    [[nodiscard]] bool isLocked() const { return m_locked; }
    /// Signs out (after asking about unsaved edits) and offers to sign in again.
    void signOut();
    /// Whether the signed-in user's roles open `view` (navigation shows only those).
    [[nodiscard]] bool mayShowView(View view) const;
    /// Starts the first-start dialog for a new database at `path` (window-modal).
    void createDatabase(const QString& path);
    /// Shows the welcome dialog; `path` is where the agency's new database would go.
    void showWelcome(const QString& path, const QString& notice = {});
    /// Shows the demo-database dialog on its own (File → New demo database…).
    void showDemoDialog();

    /// Switches the workbench to `view` (no-op without a database).
    void showView(View view);
    [[nodiscard]] View currentView() const { return m_view; }
    /// Opens a case by UUID or reference on the Cases page. False when there is no such case.
    bool openCaseByKey(const QString& key);
    /// Shows the global search popup (Ctrl+K).
    void showSearch();

    /// Makes `stack` the one Edit → Undo/Redo act on while its page is shown (nullptr: none).
    /// A page calls this when its editor gets an undo stack; the window switches stacks with
    /// the page.
    void setActiveUndoStack(QUndoStack* stack);
    [[nodiscard]] QUndoGroup* undoGroup() const { return m_undoGroup; }

    /// Asks every page whether it may be left (unsaved edits). False: the user chose to stay.
    [[nodiscard]] bool confirmLeavePages();

    /// The open workspace, or nullptr.
    [[nodiscard]] Workspace* workspace() const { return m_workspace.get(); }
    /// The page of `view` once it has been shown (pages are built when first needed).
    [[nodiscard]] Page* page(View view) const;
    [[nodiscard]] QWidget* viewWidget(View view) const;
    [[nodiscard]] CasesPage* casesPage() const { return m_cases; }
    [[nodiscard]] PersonsPage* personsPage() const { return m_persons; }
    [[nodiscard]] OrganisationsPage* organisationsPage() const { return m_organisations; }
    [[nodiscard]] ReferralsPage* referralsPage() const { return m_referrals; }
    [[nodiscard]] DashboardPage* dashboardPage() const { return m_dashboard; }
    [[nodiscard]] ExchangePage* exchangePage() const { return m_exchange; }
    [[nodiscard]] UsersPage* usersPage() const { return m_usersPage; }
    [[nodiscard]] AuditPage* auditPage() const { return m_auditPage; }
    [[nodiscard]] RetentionPage* retentionPage() const { return m_retentionPage; }
    /// Dialogs while they are open, or nullptr.
    [[nodiscard]] FirstStartDialog* firstStartDialog() const;
    [[nodiscard]] WelcomeDialog* welcomeDialog() const;
    [[nodiscard]] SearchPopup* searchPopup() const;
    [[nodiscard]] SignInDialog* signInDialog() const;
    [[nodiscard]] EncryptDatabaseDialog* encryptDialog() const;
    [[nodiscard]] LockScreen* lockScreen() const { return m_lockScreen; }
    [[nodiscard]] IdleWatcher* idleWatcher() const { return m_idle; }
    /// The text of Help → About (rich text).
    [[nodiscard]] QString aboutText() const;
    /// The translated name of a view, as navigation shows it.
    [[nodiscard]] static QString viewTitle(View view);

signals:
    /// A database was opened or created and the workbench shows it.
    void workspaceOpened();
    /// A sign-in attempt was refused (wrong password, or throttled); the dialog stays open.
    void signInRefused();
    void locked();
    void unlocked();
    /// The user signed out; the database is closed.
    void signedOut();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void buildStatusBar();
    QWidget* buildWorkbench();
    QWidget* buildProblemPage();

    void showSignIn(const QString& path, const QString& notice = {});
    void showEncrypt(const QString& path);
    void showNotSignedIn(const QString& path);
    void showNotEncrypted(const QString& path);
    /// Shows the problem page with `buttons` (of the page's own) visible.
    void showProblem(const QString& title, const QString& text, const QString& detail,
                     std::initializer_list<QPushButton*> buttons);
    /// Signs out of and closes the open workspace, closing every window that works on it.
    void closeWorkspace();
    /// Navigation, actions, status bar and idle time for the signed-in user.
    void applySession();
    void applyLockTimeout();
    void showChangePassword();
    void onUnlockRequested(const QString& password);
    void onUnlockFinished(const Status& status);
    void recordLockWhenFree();
    void hideWindowsForLock();
    void restoreWindowsAfterLock();
    /// True while a worker thread uses the workspace (an export, a password check or change):
    /// then nothing else may touch it.
    [[nodiscard]] bool workspaceBusy() const;
    /// The signed-in user's name, or empty.
    [[nodiscard]] QString signedInName() const;
    /// The first view the session may use, Cases when it can.
    [[nodiscard]] std::optional<View> firstAllowedView() const;

    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void chooseDemoDatabase();
    void openRecent(const QString& path);
    void showSettings();
    void showAbout();
    void updateRecentMenu();

    /// The widget of `view`, built on first use.
    QWidget* ensureView(View view);
    void destroyPages();
    void connectPage(Page* page);
    void setPageUndoStack(Page* page, QUndoStack* stack);
    void onPageDataChanged(Page* sender);
    void reloadIfStale(View view);
    void updateStatusBar();
    void updateActions();
    void onDemoReady(WelcomeDialog* dialog, const QString& path, int cases, int requested, bool cancelled);
    void showOpenError(const QString& path, const Error& error);
    /// "Cannot open the database": a box over the open database, else the problem page.
    void showOpenProblem(const QString& text, const QString& detail);
    void showNoDatabase();
    /// Opens the export wizard on `caseUuids` (application-modal).
    void openExportWizard(const QStringList& caseUuids);
    /// Opens the import dialog (window-modal).
    void openImportDialog();
    void showCase(const QString& uuid);
    void showPerson(const QString& uuid);
    void showOrganisation(const QString& uuid);
    void showCases(const CaseQuery& query);
    void showReferrals(const ReferralQuery& query);
    [[nodiscard]] QString lastDirectory() const;
    [[nodiscard]] static int viewIndex(View view) { return static_cast<int>(view); }

    std::unique_ptr<Workspace> m_workspace;
    QString m_lastPath;
    View m_view = View::Cases;
    bool m_rememberDatabases = true;

    QPointer<FirstStartDialog> m_firstStart;
    QPointer<WelcomeDialog> m_welcome;
    QPointer<SearchPopup> m_search;
    QPointer<SignInDialog> m_signIn;
    QPointer<EncryptDatabaseDialog> m_encrypt;
    QString m_proposedUsername;
    QString m_scriptedUsername;
    std::string m_scriptedPassword;

    // Locking.
    IdleWatcher* m_idle = nullptr;
    BackgroundJob* m_unlockJob = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QTimer* m_lockRecordTimer = nullptr;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenForLock;
    QPointer<QWidget> m_focusBeforeLock;
    QUndoGroup* m_undoGroup = nullptr;
    QHash<Page*, QPointer<QUndoStack>> m_undoStacks;

    // Central area: the workbench (navigation + views) or the problem page.
    QStackedWidget* m_central = nullptr;
    QWidget* m_workbench = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_views = nullptr;
    std::array<QWidget*, kAllViews.size()> m_viewSlots{};  ///< per view, once built
    std::array<bool, kAllViews.size()> m_stale{};

    CasesPage* m_cases = nullptr;
    PersonsPage* m_persons = nullptr;
    OrganisationsPage* m_organisations = nullptr;
    ReferralsPage* m_referrals = nullptr;
    DashboardPage* m_dashboard = nullptr;
    ExchangePage* m_exchange = nullptr;
    UsersPage* m_usersPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    RetentionPage* m_retentionPage = nullptr;

    QWidget* m_problemPage = nullptr;
    QString m_problemPath;  ///< the database the problem page's Sign in / Encrypt buttons are for
    QLabel* m_problemTitle = nullptr;
    QLabel* m_problemText = nullptr;
    QLabel* m_problemDetail = nullptr;
    QPushButton* m_problemNew = nullptr;
    QPushButton* m_problemDemo = nullptr;
    QPushButton* m_problemOpen = nullptr;
    QPushButton* m_problemSignIn = nullptr;
    QPushButton* m_problemEncrypt = nullptr;

    QLabel* m_statusUser = nullptr;
    QLabel* m_statusAgency = nullptr;
    QLabel* m_statusDatabase = nullptr;
    QFrame* m_statusRule = nullptr;

    QAction* m_newDatabase = nullptr;
    QAction* m_openDatabase = nullptr;
    QAction* m_newDemo = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_newCase = nullptr;
    QAction* m_newPerson = nullptr;
    QAction* m_newOrganisation = nullptr;
    QAction* m_find = nullptr;
    QAction* m_reload = nullptr;
    QActionGroup* m_goGroup = nullptr;
    std::array<QAction*, kAllViews.size()> m_goActions{};
    QAction* m_about = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_signOut = nullptr;
    QAction* m_changePassword = nullptr;
    QToolBar* m_toolBar = nullptr;
};

}  // namespace lintas::ui
