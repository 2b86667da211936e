#include "MainWindow.h"

#include "FirstStartDialog.h"
#include "cases/CasesPage.h"
#include "common/CountryModel.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "common/Page.h"
#include "dashboard/DashboardPage.h"
#include "exchange/ExchangePage.h"
#include "exchange/ExportWizard.h"
#include "exchange/ImportDialog.h"
#include "organisations/OrganisationsPage.h"
#include "persons/PersonsPage.h"
#include "app/BackgroundJob.h"
#include "referrals/ReferralsPage.h"
#include "search/SearchPopup.h"
#include "app/WorkspaceDefaults.h"
#include "security/AccountForm.h"
#include "security/AuditPage.h"
#include "security/ChangePasswordDialog.h"
#include "security/EncryptDatabaseDialog.h"
#include "security/IdleWatcher.h"
#include "security/LockScreen.h"
#include "security/RetentionPage.h"
#include "security/SecurityText.h"
#include "security/SignInDialog.h"
#include "security/UsersPage.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "welcome/WelcomeDialog.h"

#include "lintas/security/Keyring.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <optional>
#include <utility>

namespace lintas::ui {
namespace {

constexpr int kStatusTimeoutMs = 8000;
/// How often a lock waits to be audited while a worker still uses the workspace.
constexpr int kLockRecordRetryMs = 200;

QString toQString(const std::string& s) { return QString::fromStdString(s); }

QIcon icon(const char* name) { return QIcon(QStringLiteral(":/lintas/icons/%1.svg").arg(QLatin1String(name))); }

QIcon viewIcon(View view) {
    switch (view) {
    case View::Cases: return icon("cases");
    case View::People: return icon("people");
    case View::Organisations: return icon("organisations");
    case View::Referrals: return icon("referrals");
    case View::Exchange: return icon("exchange");
    case View::Dashboard: return icon("dashboard");
    case View::Users: return icon("users");
    case View::Audit: return icon("audit");
    case View::Retention: return icon("retention");
    }
    return {};
}

QLabel* makeValueLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QFont scaledFont(const QFont& base, qreal factor, bool bold) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

bool sameFile(const QString& a, const QString& b) {
    return !a.isEmpty() && !b.isEmpty() && QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

/// The first widget inside `root` that Tab would reach, or nullptr.
QWidget* firstFocusable(QWidget* root) {
    for (QWidget* w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && w->isVisibleTo(root) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return nullptr;
}

/// The page an undo stack belongs to (its nearest Page ancestor), or nullptr.
Page* owningPage(QObject* object) {
    for (QObject* o = object; o; o = o->parent())
        if (auto* page = qobject_cast<Page*>(o))
            return page;
    return nullptr;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lintas"));
    resize(1280, 800);

    m_undoGroup = new QUndoGroup(this);
    m_unlockJob = new BackgroundJob(this);
    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    m_lockRecordTimer = new QTimer(this);
    m_lockRecordTimer->setInterval(kLockRecordRetryMs);
    connect(m_lockRecordTimer, &QTimer::timeout, this, &MainWindow::recordLockWhenFree);
    buildActions();
    buildMenus();
    buildToolBar();
    buildStatusBar();

    m_central = new QStackedWidget(this);
    m_workbench = buildWorkbench();
    m_problemPage = buildProblemPage();
    m_lockScreen = new LockScreen(this);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::onUnlockRequested);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, [this] {
        if (m_unlockJob->isRunning())
            return;
        if (workspaceBusy()) {
            m_lockScreen->showMessage(tr("Lintas is still writing to the database. Try again in a moment."));
            return;
        }
        // Unsaved edits cannot be offered for saving without showing them: the lock screen says
        // that signing out loses them.
        const QString path = toQString(m_workspace->path());
        closeWorkspace();
        showNotSignedIn(path);
        emit signedOut();
        showSignIn(path, tr("You have signed out."));
    });
    m_central->addWidget(m_workbench);
    m_central->addWidget(m_problemPage);
    m_central->addWidget(m_lockScreen);
    setCentralWidget(m_central);

    showNoDatabase();
}

FirstStartDialog* MainWindow::firstStartDialog() const { return m_firstStart.data(); }
SignInDialog* MainWindow::signInDialog() const { return m_signIn.data(); }
EncryptDatabaseDialog* MainWindow::encryptDialog() const { return m_encrypt.data(); }
WelcomeDialog* MainWindow::welcomeDialog() const { return m_welcome.data(); }
SearchPopup* MainWindow::searchPopup() const { return m_search.data(); }

void MainWindow::restoreLayout() {
    restoreGeometry(AppSettings::mainWindowGeometry());
    restoreState(AppSettings::mainWindowState());
}

MainWindow::~MainWindow() {
    // A password check still running uses the workspace: wait for it (dropping its callback).
    delete m_unlockJob;
    m_unlockJob = nullptr;
    // Pages hold references into the workspace: they go first.
    destroyPages();
    if (m_workspace)
        (void)m_workspace->signOut();
}

// ---- construction ---------------------------------------------------------------------------

void MainWindow::buildActions() {
    m_newCase = new QAction(icon("new-case"), tr("New &case"), this);
    m_newCase->setObjectName(QStringLiteral("newCaseAction"));
    m_newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newCase->setStatusTip(tr("Start a new case"));
    connect(m_newCase, &QAction::triggered, this, [this] {
        showView(View::Cases);
        if (m_cases)
            m_cases->newCase();
    });

    m_newPerson = new QAction(icon("new-person"), tr("New &person"), this);
    m_newPerson->setObjectName(QStringLiteral("newPersonAction"));
    m_newPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newPerson->setStatusTip(tr("Record a new person"));
    connect(m_newPerson, &QAction::triggered, this, [this] {
        showView(View::People);
        if (m_persons)
            m_persons->newPerson();
    });

    m_newOrganisation = new QAction(icon("organisations"), tr("New &organisation"), this);
    m_newOrganisation->setObjectName(QStringLiteral("newOrganisationAction"));
    m_newOrganisation->setStatusTip(tr("Record a new organisation"));
    connect(m_newOrganisation, &QAction::triggered, this, [this] {
        showView(View::Organisations);
        if (m_organisations)
            m_organisations->newOrganisation();
    });

    m_newDatabase = new QAction(tr("&New database…"), this);
    m_newDatabase->setObjectName(QStringLiteral("newDatabaseAction"));
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseToCreate);

    m_openDatabase = new QAction(icon("open"), tr("&Open database…"), this);
    m_openDatabase->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);

    m_newDemo = new QAction(tr("New &demo database…"), this);
    m_newDemo->setObjectName(QStringLiteral("newDemoDatabaseAction"));
    connect(m_newDemo, &QAction::triggered, this, &MainWindow::chooseDemoDatabase);

    m_settings = new QAction(icon("settings"), tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    //: Edit menu; Qt appends the name of the change to undo, e.g. "Undo Change title".
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setIcon(icon("undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setPriority(QAction::LowPriority);
    //: Edit menu; Qt appends the name of the change to redo.
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setIcon(icon("redo"));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setPriority(QAction::LowPriority);

    m_find = new QAction(icon("search"), tr("&Find…"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_find->setStatusTip(tr("Search cases, people, identifiers, organisations and notes"));
    //: Tool bar button that opens global search; keep it short.
    m_find->setIconText(tr("Search"));
    connect(m_find, &QAction::triggered, this, &MainWindow::showSearch);

    m_reload = new QAction(tr("&Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadAction"));
    m_reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_reload, &QAction::triggered, this, [this] {
        if (Page* current = page(m_view))
            runGuarded(this, [current] { current->reload(); });
    });

    m_goGroup = new QActionGroup(this);
    m_goGroup->setExclusive(true);
    for (View view : kAllViews) {
        auto* action = new QAction(viewIcon(view), viewTitle(view), m_goGroup);
        action->setObjectName(QStringLiteral("go%1Action").arg(viewKey(view)));
        action->setCheckable(true);
        if (viewIndex(view) < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + viewIndex(view))));
        connect(action, &QAction::triggered, this, [this, view] {
            showView(view);
            if (QWidget* shown = viewWidget(view)) {
                if (QWidget* first = firstFocusable(shown))
                    first->setFocus(Qt::ShortcutFocusReason);
            }
        });
        m_goActions[static_cast<std::size_t>(viewIndex(view))] = action;
    }

    m_lock = new QAction(icon("lock"), tr("&Lock"), this);
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setStatusTip(tr("Hide everything until your password is given again"));
    connect(m_lock, &QAction::triggered, this, &MainWindow::lock);

    m_signOut = new QAction(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOut);

    m_changePassword = new QAction(tr("&Change password…"), this);
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    connect(m_changePassword, &QAction::triggered, this, &MainWindow::showChangePassword);

    m_about = new QAction(tr("&About Lintas"), this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newCase);
    file->addAction(m_newPerson);
    file->addAction(m_newOrganisation);
    file->addSeparator();
    file->addAction(m_newDatabase);
    file->addAction(m_openDatabase);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addAction(m_newDemo);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addActions(m_goGroup->actions());
    go->addSeparator();
    go->addAction(m_reload);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("accountMenu"));
    account->addAction(m_changePassword);
    account->addSeparator();
    account->addAction(m_lock);
    account->addAction(m_signOut);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::buildToolBar() {
    auto* bar = addToolBar(tr("Main tool bar"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newCase);
    bar->addAction(m_newPerson);
    bar->addSeparator();
    bar->addAction(m_find);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
}

void MainWindow::buildStatusBar() {
    // The signed-in user and their roles; hidden while nobody is signed in.
    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusUser->setTextFormat(Qt::PlainText);
    m_statusUser->setVisible(false);
    m_statusAgency = new QLabel(this);
    m_statusAgency->setObjectName(QStringLiteral("statusAgency"));
    m_statusDatabase = new QLabel(this);
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabase"));
    m_statusDatabase->setTextFormat(Qt::PlainText);
    for (QLabel* field : {m_statusUser, m_statusAgency, m_statusDatabase})
        field->setContentsMargins(6, 0, 6, 0);
    // A thin rule between agency and database, which styles do not draw themselves.
    m_statusRule = new QFrame(this);
    m_statusRule->setFrameShape(QFrame::VLine);
    m_statusRule->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(m_statusUser);
    statusBar()->addPermanentWidget(m_statusAgency);
    statusBar()->addPermanentWidget(m_statusRule);
    statusBar()->addPermanentWidget(m_statusDatabase);
}

QWidget* MainWindow::buildWorkbench() {
    auto* workbench = new QWidget(this);
    workbench->setObjectName(QStringLiteral("workbench"));

    m_navigation = new QListWidget(workbench);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setBackgroundRole(QPalette::Window);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.05);
    m_navigation->setFont(navFont);
    int width = 0;
    for (View view : kAllViews) {
        auto* item = new QListWidgetItem(viewIcon(view), viewTitle(view), m_navigation);
        item->setSizeHint(QSize(0, 38));
        if (viewIndex(view) < 9)
            //: Tooltip of a navigation entry; %1 is its keyboard shortcut, e.g. Ctrl+1.
            item->setToolTip(tr("Shortcut: %1")
                                 .arg(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + viewIndex(view)))
                                          .toString(QKeySequence::NativeText)));
        width = std::max(width, m_navigation->fontMetrics().horizontalAdvance(item->text()));
    }
    m_navigation->setFixedWidth(width + 24 + 44);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(kAllViews.size()))
            showView(kAllViews[static_cast<std::size_t>(row)]);
    });

    auto* rule = new QFrame(workbench);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_views = new QStackedWidget(workbench);
    m_views->setObjectName(QStringLiteral("views"));

    auto* layout = new QHBoxLayout(workbench);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(rule);
    layout->addWidget(m_views, 1);
    return workbench;
}

QWidget* MainWindow::buildProblemPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("problemPage"));

    auto* appIcon = new QLabel(page);
    appIcon->setPixmap(QIcon(QStringLiteral(":/lintas/lintas.svg")).pixmap(72, 72));
    appIcon->setAlignment(Qt::AlignCenter);
    m_problemTitle = makeValueLabel(page, QStringLiteral("problemTitle"));
    m_problemTitle->setFont(scaledFont(m_problemTitle->font(), 1.4, true));
    m_problemTitle->setAlignment(Qt::AlignCenter);
    m_problemText = makeValueLabel(page, QStringLiteral("problemText"));
    m_problemText->setAlignment(Qt::AlignCenter);
    m_problemDetail = makeValueLabel(page, QStringLiteral("problemDetail"));
    m_problemDetail->setAlignment(Qt::AlignCenter);
    m_problemDetail->setForegroundRole(QPalette::PlaceholderText);

    m_problemNew = new QPushButton(tr("New database…"), page);
    m_problemNew->setObjectName(QStringLiteral("problemNewButton"));
    connect(m_problemNew, &QPushButton::clicked, this, &MainWindow::chooseDatabaseToCreate);
    m_problemDemo = new QPushButton(tr("New demo database…"), page);
    m_problemDemo->setObjectName(QStringLiteral("problemDemoButton"));
    connect(m_problemDemo, &QPushButton::clicked, this, &MainWindow::chooseDemoDatabase);
    m_problemSignIn = new QPushButton(tr("Sign in…"), page);
    m_problemSignIn->setObjectName(QStringLiteral("problemSignInButton"));
    connect(m_problemSignIn, &QPushButton::clicked, this, [this] { showSignIn(m_problemPath); });
    m_problemEncrypt = new QPushButton(tr("Encrypt…"), page);
    m_problemEncrypt->setObjectName(QStringLiteral("problemEncryptButton"));
    connect(m_problemEncrypt, &QPushButton::clicked, this, [this] { showEncrypt(m_problemPath); });
    m_problemOpen = new QPushButton(page);
    m_problemOpen->setObjectName(QStringLiteral("problemOpenButton"));
    connect(m_problemOpen, &QPushButton::clicked, this, &MainWindow::chooseDatabaseToOpen);
    auto* quit = new QPushButton(tr("Quit"), page);
    quit->setObjectName(QStringLiteral("problemQuitButton"));
    connect(quit, &QPushButton::clicked, qApp, &QApplication::closeAllWindows);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_problemSignIn);
    buttons->addWidget(m_problemEncrypt);
    buttons->addWidget(m_problemNew);
    buttons->addWidget(m_problemDemo);
    buttons->addWidget(m_problemOpen);
    buttons->addWidget(quit);
    buttons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addStretch(1);
    column->addWidget(appIcon);
    column->addWidget(m_problemTitle);
    column->addWidget(m_problemText);
    column->addWidget(m_problemDetail);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addStretch(2);

    // Keep long explanations readable on a wide window.
    auto* layout = new QHBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(column, 6);
    layout->addStretch(1);
    return page;
}

// ---- views ----------------------------------------------------------------------------------

QString MainWindow::viewTitle(View view) {
    switch (view) {
    case View::Cases: return tr("Cases");
    case View::People: return tr("People");
    case View::Organisations: return tr("Organisations");
    case View::Referrals: return tr("Referrals");
    //: The area for signed case bundles exchanged with partner agencies.
    case View::Exchange: return tr("Exchange");
    case View::Dashboard: return tr("Dashboard");
    //: The administrators' area for user accounts and roles.
    case View::Users: return tr("Users");
    case View::Audit: return tr("Audit log");
    //: The area for retention rules and records due for deletion.
    case View::Retention: return tr("Retention");
    }
    return {};
}

Page* MainWindow::page(View view) const {
    switch (view) {
    case View::Cases: return m_cases;
    case View::People: return m_persons;
    case View::Organisations: return m_organisations;
    case View::Referrals: return m_referrals;
    case View::Exchange: return m_exchange;
    case View::Dashboard: return m_dashboard;
    case View::Users: return m_usersPage;
    case View::Audit: return m_auditPage;
    case View::Retention: return m_retentionPage;
    }
    return nullptr;
}

QWidget* MainWindow::viewWidget(View view) const { return m_viewSlots[static_cast<std::size_t>(viewIndex(view))]; }

QWidget* MainWindow::ensureView(View view) {
    QWidget*& slot = m_viewSlots[static_cast<std::size_t>(viewIndex(view))];
    if (slot || !m_workspace || !mayShowView(view))
        return slot;
    // Pages are built when first shown: opening a large database paints the case list without
    // waiting for charts or boards nobody has looked at yet.
    Workspace& ws = *m_workspace;
    Page* built = nullptr;
    switch (view) {
    case View::Cases:
        m_cases = new CasesPage(ws);
        // The case editor's undo stack changes with the case it shows.
        connect(m_cases, &CasesPage::undoStackChanged, this,
                [this](QUndoStack* stack) { setPageUndoStack(m_cases, stack); });
        connect(m_cases, &CasesPage::exportRequested, this, &MainWindow::openExportWizard);
        built = m_cases;
        break;
    case View::People:
        built = m_persons = new PersonsPage(ws);
        break;
    case View::Organisations:
        built = m_organisations = new OrganisationsPage(ws);
        break;
    case View::Referrals:
        built = m_referrals = new ReferralsPage(ws);
        break;
    case View::Exchange:
        m_exchange = new ExchangePage(ws);
        connect(m_exchange, &ExchangePage::exportRequested, this, [this] { openExportWizard({}); });
        connect(m_exchange, &ExchangePage::importRequested, this, &MainWindow::openImportDialog);
        built = m_exchange;
        break;
    case View::Dashboard:
        m_dashboard = new DashboardPage(ws);
        connect(m_dashboard, &DashboardPage::casesRequested, this, &MainWindow::showCases);
        connect(m_dashboard, &DashboardPage::referralsRequested, this, &MainWindow::showReferrals);
        built = m_dashboard;
        break;
    case View::Users:
        built = m_usersPage = new UsersPage(ws);
        break;
    case View::Audit:
        built = m_auditPage = new AuditPage(ws);
        break;
    case View::Retention:
        built = m_retentionPage = new RetentionPage(ws);
        break;
    }
    if (built) {
        slot = built;
        connectPage(built);
    }
    m_stale[static_cast<std::size_t>(viewIndex(view))] = false;
    m_views->addWidget(slot);
    if (view == View::Cases && m_cases->undoStack())
        setPageUndoStack(m_cases, m_cases->undoStack());
    return slot;
}

void MainWindow::connectPage(Page* p) {
    connect(p, &Page::dataChanged, this, [this, p] { onPageDataChanged(p); });
    connect(p, &Page::caseRequested, this, &MainWindow::showCase);
    connect(p, &Page::personRequested, this, &MainWindow::showPerson);
    connect(p, &Page::organisationRequested, this, &MainWindow::showOrganisation);
    connect(p, &Page::statusMessage, this, [this](const QString& text) {
        if (!m_locked)
            statusBar()->showMessage(text, kStatusTimeoutMs);
    });
}

void MainWindow::destroyPages() {
    delete m_search.data();
    m_search.clear();
    m_undoStacks.clear();
    for (QWidget*& widget : m_viewSlots) {
        if (widget) {
            m_views->removeWidget(widget);
            delete widget;  // now, not later: it refers to the workspace about to close
        }
        widget = nullptr;
    }
    m_cases = nullptr;
    m_persons = nullptr;
    m_organisations = nullptr;
    m_referrals = nullptr;
    m_dashboard = nullptr;
    m_exchange = nullptr;
    m_usersPage = nullptr;
    m_auditPage = nullptr;
    m_retentionPage = nullptr;
}

bool MainWindow::mayShowView(View view) const {
    if (!m_workspace)
        return false;
    using security::Permission;
    const Context& ctx = m_workspace->context();
    switch (view) {
    case View::Cases: return ctx.can(Permission::CaseRead);
    case View::People: return ctx.can(Permission::PersonRead);
    case View::Organisations: return ctx.can(Permission::IntelligenceRead);
    case View::Referrals: return ctx.can(Permission::VictimSupportRead);
    case View::Exchange: return ctx.can(Permission::ExchangeRead);
    case View::Dashboard: return ctx.can(Permission::StatsRead);
    case View::Users: return ctx.can(Permission::UserManage);
    case View::Audit: return ctx.can(Permission::AuditRead);
    case View::Retention: return ctx.can(Permission::SettingsManage) || ctx.can(Permission::RetentionConfirm);
    }
    return false;
}

std::optional<View> MainWindow::firstAllowedView() const {
    for (View view : kAllViews)
        if (mayShowView(view))
            return view;
    return std::nullopt;
}

void MainWindow::showView(View view) {
    if (!m_workspace || m_locked)
        return;
    if (!mayShowView(view)) {
        //: Status bar; %1 is the name of an area such as "Organisations".
        statusBar()->showMessage(tr("Your roles do not include %1.").arg(viewTitle(view)), kStatusTimeoutMs);
        return;
    }
    m_view = view;
    const int index = viewIndex(view);
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    m_goActions[static_cast<std::size_t>(index)]->setChecked(true);
    QWidget* widget = nullptr;
    if (!runGuarded(this, [&] { widget = ensureView(view); }) || !widget)
        return;
    reloadIfStale(view);
    m_views->setCurrentWidget(widget);
    Page* current = page(view);
    m_undoGroup->setActiveStack(current ? m_undoStacks.value(current).data() : nullptr);
    m_reload->setEnabled(current != nullptr);
}

void MainWindow::reloadIfStale(View view) {
    bool& stale = m_stale[static_cast<std::size_t>(viewIndex(view))];
    if (!stale)
        return;
    stale = false;
    if (Page* p = page(view))
        runGuarded(this, [p] { p->reload(); });
}

void MainWindow::onPageDataChanged(Page* sender) {
    // Hidden pages reload when next shown, so one change does not rebuild every chart and list.
    for (View view : kAllViews) {
        Page* p = page(view);
        if (!p || p == sender)
            continue;
        m_stale[static_cast<std::size_t>(viewIndex(view))] = true;
        if (p->isVisible())
            reloadIfStale(view);
    }
}

void MainWindow::openExportWizard(const QStringList& caseUuids) {
    if (!m_workspace)
        return;
    auto* wizard = new ExportWizard(*m_workspace, caseUuids, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Application-modal: while its worker writes the bundle, nothing else may use the workspace.
    wizard->setWindowModality(Qt::ApplicationModal);
    connect(wizard, &ExportWizard::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Bundle saved to %1").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
        onPageDataChanged(nullptr);  // the exchange log has a new row
    });
    wizard->show();
}

void MainWindow::openImportDialog() {
    if (!m_workspace)
        return;
    auto* dialog = new ImportDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Every page may show received records, and a rejection is logged too.
    connect(dialog, &QDialog::finished, this, [this] { onPageDataChanged(nullptr); });
    dialog->show();
}

void MainWindow::showCase(const QString& uuid) {
    showView(View::Cases);
    if (m_cases)
        runGuarded(this, [&] { m_cases->openCase(uuid); });
}

void MainWindow::showPerson(const QString& uuid) {
    showView(View::People);
    if (m_persons)
        runGuarded(this, [&] { m_persons->openPerson(uuid); });
}

void MainWindow::showOrganisation(const QString& uuid) {
    showView(View::Organisations);
    if (m_organisations)
        runGuarded(this, [&] { m_organisations->openOrganisation(uuid); });
}

void MainWindow::showCases(const CaseQuery& query) {
    showView(View::Cases);
    if (m_cases)
        runGuarded(this, [&] { m_cases->applyFilter(query); });
}

void MainWindow::showReferrals(const ReferralQuery& query) {
    showView(View::Referrals);
    if (m_referrals)
        runGuarded(this, [&] { m_referrals->applyFilter(query); });
}

bool MainWindow::openCaseByKey(const QString& key) {
    if (!m_workspace || m_locked || !mayShowView(View::Cases))
        return false;
    auto found = m_workspace->cases.find(key.trimmed().toStdString());
    if (!found)
        return false;
    showCase(toQString(found->meta.uuid));
    return true;
}

void MainWindow::showSearch() {
    if (!m_workspace || m_locked || !m_workspace->context().can(security::Permission::Search))
        return;
    if (!m_search) {
        auto* popup = new SearchPopup(*m_workspace, this);
        connect(popup, &SearchPopup::caseRequested, this, &MainWindow::showCase);
        connect(popup, &SearchPopup::personRequested, this, &MainWindow::showPerson);
        connect(popup, &SearchPopup::organisationRequested, this, &MainWindow::showOrganisation);
        m_search = popup;
    }
    m_search->popup(m_central);
}

void MainWindow::setActiveUndoStack(QUndoStack* stack) {
    // A stack made inside a page belongs to that page; otherwise to the page shown now.
    Page* owner = stack ? owningPage(stack) : nullptr;
    setPageUndoStack(owner ? owner : page(m_view), stack);
}

void MainWindow::setPageUndoStack(Page* owner, QUndoStack* stack) {
    if (stack && !m_undoGroup->stacks().contains(stack))
        m_undoGroup->addStack(stack);
    if (owner) {
        if (stack)
            m_undoStacks.insert(owner, stack);
        else
            m_undoStacks.remove(owner);
    }
    if (!owner || owner == page(m_view))
        m_undoGroup->setActiveStack(stack);
}

bool MainWindow::confirmLeavePages() {
    for (View view : kAllViews) {
        Page* p = page(view);
        if (!p)
            continue;
        bool leave = true;
        if (!runGuarded(this, [&] { leave = p->confirmLeave(); }))
            leave = false;  // a page that failed to answer keeps its edits
        if (!leave) {
            showView(view);
            return false;
        }
    }
    return true;
}

// ---- databases ------------------------------------------------------------------------------

void MainWindow::openDatabase(const QString& path) {
    runGuarded(this, [&] {
        if (m_locked)
            return;
        m_lastPath = path;
        const std::string file = path.toStdString();
        switch (Workspace::probe(file)) {
        case store::FileKind::Missing:
        case store::FileKind::Empty: {  // core creates a database in an empty file, too
            QString notice;
            if (Workspace::probe(file) == store::FileKind::Missing && sameFile(path, AppSettings::lastDatabase()))
                notice = tr("The database used last, “%1”, is no longer there. It may have been moved, renamed "
                            "or be on a drive that is not connected.")
                             .arg(QDir::toNativeSeparators(path));
            showWelcome(path, notice);
            return;
        }
        case store::FileKind::Plaintext: {
            // Core tells a database of an earlier version (NotEncrypted) from a foreign or newer
            // file without a password and without writing to it.
            auto opened = Workspace::open(file, Credentials{}, WorkspaceDefaults::make());
            if (opened) {  // not expected for a plaintext file; take it if core says so
                showWorkspace(std::move(opened).value());
                return;
            }
            if (opened.error().code == ErrorCode::NotEncrypted)
                showEncrypt(path);
            else
                showOpenError(path, opened.error());
            return;
        }
        case store::FileKind::Encrypted: {
            // Without its key file an encrypted database cannot be opened by anyone: say so now
            // rather than after a password. (A file that is no database at all has none either.)
            if (auto keyring = security::Keyring::load(Workspace::keyringPathFor(file)); !keyring) {
                const QString keyFile = QDir::toNativeSeparators(QString::fromStdString(Workspace::keyringPathFor(file)));
                showOpenProblem(tr("Cannot use the file “%1”. It is not a Lintas database, or it is an encrypted one "
                                   "whose key file “%2” is missing or damaged: without its key file nobody can open "
                                   "it. The file has not been changed.")
                                    .arg(QDir::toNativeSeparators(path), keyFile),
                                ErrorText::technicalDetail(keyring.error()));
                return;
            }
            showSignIn(path);
            return;
        }
        }
    });
}

void MainWindow::setScriptedSignIn(const QString& username, std::string password) {
    security::wipeString(m_scriptedPassword);
    m_scriptedUsername = username;
    m_scriptedPassword = std::move(password);
}

void MainWindow::showSignIn(const QString& path, const QString& notice) {
    if (m_signIn) {
        if (m_signIn->isVisible() && sameFile(m_signIn->databasePath(), path)) {
            m_signIn->raise();
            return;
        }
        if (m_signIn->isBusy())
            return;
        // A dialog that closed is only waiting to be deleted: it must not answer anything more.
        m_signIn->disconnect(this);
        m_signIn->close();
    }
    m_lastPath = path;
    auto* dialog = new SignInDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setNotice(notice);
    QString username = m_proposedUsername;
    if (username.isEmpty())
        username = AppSettings::lastUsername(path);
    dialog->setUsername(username);
    connect(dialog, &SignInDialog::accepted, this, [this, dialog] {
        runGuarded(this, [&] {
            const QString signedIn = dialog->username();
            const QString at = dialog->databasePath();
            std::unique_ptr<Workspace> ws = dialog->takeWorkspace();
            if (!ws)
                return;
            showWorkspace(std::move(ws));
            if (m_rememberDatabases)
                AppSettings::setLastUsername(at, signedIn);
        });
    });
    connect(dialog, &SignInDialog::refused, this, &MainWindow::signInRefused);
    // Rejected comes first, then failed, whose explanation replaces "not signed in".
    connect(dialog, &SignInDialog::rejected, this, [this, path] {
        if (!m_workspace)
            showNotSignedIn(path);
    });
    connect(dialog, &SignInDialog::failed, this, [this, path](const Error& error) { showOpenError(path, error); });
    m_signIn = dialog;
    if (!m_workspace)
        showNotSignedIn(path);
    dialog->open();
    if (!m_scriptedPassword.empty()) {
        if (!m_scriptedUsername.isEmpty())
            dialog->setUsername(m_scriptedUsername);
        dialog->setPassword(QString::fromStdString(m_scriptedPassword));
        security::wipeString(m_scriptedPassword);
        m_scriptedPassword.clear();
        dialog->accept();
    }
}

void MainWindow::showEncrypt(const QString& path) {
    if (m_encrypt) {
        if (m_encrypt->isBusy())
            return;
        m_encrypt->disconnect(this);
        m_encrypt->close();
    }
    m_lastPath = path;
    auto* dialog = new EncryptDatabaseDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &EncryptDatabaseDialog::accepted, this,
            [this, dialog] { runGuarded(this, [&] { showWorkspace(dialog->takeWorkspace()); }); });
    connect(dialog, &EncryptDatabaseDialog::rejected, this, [this, path] {
        if (!m_workspace)
            showNotEncrypted(path);
    });
    m_encrypt = dialog;
    if (!m_workspace)
        showNotEncrypted(path);
    dialog->open();
}

void MainWindow::showWelcome(const QString& path, const QString& notice) {
    if (m_welcome)
        m_welcome->close();
    auto* dialog = new WelcomeDialog(path, this);
    dialog->setObjectName(QStringLiteral("welcomeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setNotice(notice);
    connect(dialog, &WelcomeDialog::createDatabaseChosen, this, [this](const QString& chosen) {
        createDatabase(chosen);
        if (m_firstStart) {
            // Cancelling the agency form goes back to the choices.
            connect(m_firstStart, &FirstStartDialog::rejected, this, [this, chosen] {
                if (!m_workspace)
                    showWelcome(chosen);
            });
        }
    });
    connect(dialog, &WelcomeDialog::openDatabaseChosen, this, [this, path] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Open database"), lastDirectory(),
                                                            tr("Lintas databases (*.db);;All files (*)"));
        if (!chosen.isEmpty())
            openDatabase(chosen);
        else if (!m_workspace)
            showWelcome(path);
    });
    connect(dialog, &WelcomeDialog::demoDatabaseReady, this,
            [this, dialog](const QString& demo, int cases, int requested, bool cancelled) {
                onDemoReady(dialog, demo, cases, requested, cancelled);
            });
    connect(dialog, &WelcomeDialog::rejected, this, [this] {
        if (!m_workspace)
            showNoDatabase();
    });
    m_welcome = dialog;
    dialog->open();
}

void MainWindow::showDemoDialog() {
    if (m_welcome)
        m_welcome->close();
    auto* dialog = new WelcomeDialog(QDir(lastDirectory()).filePath(QStringLiteral("lintas.db")), this);
    dialog->setObjectName(QStringLiteral("demoDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->showDemoOnly();
    connect(dialog, &WelcomeDialog::demoDatabaseReady, this,
            [this, dialog](const QString& demo, int cases, int requested, bool cancelled) {
                onDemoReady(dialog, demo, cases, requested, cancelled);
            });
    m_welcome = dialog;
    dialog->open();
}

void MainWindow::onDemoReady(WelcomeDialog* dialog, const QString& path, int cases, int requested, bool cancelled) {
    // The demo's account is signed in already: its workspace comes from the dialog's builder.
    std::unique_ptr<Workspace> demo = dialog->takeDemoWorkspace();
    if (demo)
        runGuarded(this, [&] { showWorkspace(std::move(demo)); });
    else
        openDatabase(path);
    if (!m_workspace || !sameFile(toQString(m_workspace->path()), path))
        return;
    const QLocale locale;
    if (cancelled)
        //: %1 cases were made before the user stopped, of %2 asked for.
        statusBar()->showMessage(tr("Demo database stopped early: it holds %1 of %2 cases.")
                                     .arg(locale.toString(cases), locale.toString(requested)));
    else
        statusBar()->showMessage(tr("Demo database created with %1 cases.").arg(locale.toString(cases)));
}

void MainWindow::createDatabase(const QString& path) {
    if (m_firstStart)
        m_firstStart->close();
    m_lastPath = path;
    auto* dialog = new FirstStartDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &FirstStartDialog::accepted, this, [this, dialog] {
        runGuarded(this, [&] {
            const QString username = dialog->accountForm()->usernameField()->text().trimmed();
            showWorkspace(dialog->takeWorkspace());
            if (m_workspace && m_rememberDatabases)
                AppSettings::setLastUsername(toQString(m_workspace->path()), username);
        });
    });
    connect(dialog, &FirstStartDialog::rejected, this, [this] {
        if (!m_workspace && !m_welcome)
            showNoDatabase();
    });
    m_firstStart = dialog;
    dialog->open();
}

void MainWindow::chooseDatabaseToOpen() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), lastDirectory(),
                                                      tr("Lintas databases (*.db);;All files (*)"));
    if (!path.isEmpty() && confirmLeavePages())
        openDatabase(path);
}

void MainWindow::chooseDatabaseToCreate() {
    // No overwrite question: core refuses to create over an existing file and says so.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New database"), QDir(lastDirectory()).filePath(QStringLiteral("lintas.db")),
        tr("Lintas databases (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && confirmLeavePages())
        createDatabase(path);
}

void MainWindow::chooseDemoDatabase() {
    if (confirmLeavePages())
        showDemoDialog();
}

void MainWindow::openRecent(const QString& path) {
    if (!QFileInfo::exists(path)) {
        AppSettings::removeRecentDatabase(path);
        updateRecentMenu();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the database"),
                                    tr("“%1” is no longer there. It has been removed from the list of recent "
                                       "databases.")
                                        .arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::NoButton, this);
        box->addButton(tr("Close"), QMessageBox::AcceptRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (m_workspace && sameFile(toQString(m_workspace->path()), path))
        return;
    if (confirmLeavePages())
        openDatabase(path);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString& path = recent.at(i);
        //: An entry of File → Open recent; %1 is its number (1–8), %2 the file's path.
        QAction* action = m_recentMenu->addAction(
            tr("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path).replace(u'&', QStringLiteral("&&"))));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear list")), &QAction::triggered, this, [this] {
        AppSettings::clearRecentDatabases();
        updateRecentMenu();
    });
}

QString MainWindow::lastDirectory() const {
    if (!m_lastPath.isEmpty())
        return QFileInfo(m_lastPath).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::showWorkspace(std::unique_ptr<Workspace> workspace) {
    if (!workspace)
        return;
    if (m_welcome)
        m_welcome->close();
    closeWorkspace();
    m_workspace = std::move(workspace);
    m_lastPath = toQString(m_workspace->path());
    if (m_rememberDatabases)
        AppSettings::noteDatabaseOpened(m_lastPath);
    m_stale.fill(false);
    m_central->setCurrentWidget(m_workbench);
    applySession();
    if (const auto first = firstAllowedView())
        showView(mayShowView(View::Cases) ? View::Cases : *first);
    //: Window title; %1 is the database's file name.
    setWindowTitle(tr("%1 — Lintas").arg(QFileInfo(m_lastPath).fileName()));
    //: Status bar; %1 is the database's path.
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_lastPath)), kStatusTimeoutMs);
    updateStatusBar();
    updateActions();
    emit workspaceOpened();
}

void MainWindow::closeWorkspace() {
    if (!m_workspace)
        return;
    // Every window that works on this workspace goes with it: dialogs of the pages go with the
    // pages; those of the main window (wizards, the import dialog, settings…) here.
    m_hiddenForLock.clear();
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
        if (dialog == m_welcome || dialog == m_firstStart || dialog == m_signIn || dialog == m_encrypt)
            continue;
        delete dialog;
    }
    destroyPages();
    (void)m_workspace->signOut();
    m_workspace.reset();
    m_idle->setActive(false);
    m_locked = false;
    m_lockRecordTimer->stop();
    menuBar()->setEnabled(true);
    m_toolBar->setEnabled(true);
    m_statusUser->clear();
    m_statusUser->setVisible(false);
    updateActions();
}

void MainWindow::applySession() {
    // A workspace always has its signed-in user; without one nothing is shown.
    const security::Session* signedIn = m_workspace->context().session();
    const security::Session session = signedIn ? *signedIn : security::Session{};
    for (View view : kAllViews) {
        const bool allowed = mayShowView(view);
        m_navigation->item(viewIndex(view))->setHidden(!allowed);
        QAction* go = m_goActions[static_cast<std::size_t>(viewIndex(view))];
        go->setVisible(allowed);
        go->setEnabled(allowed);
    }
    const QString name = toQString(session.username);
    const QString roles = SecurityText::roleList(session.roles);
    //: Status bar: the signed-in user and their roles, e.g. "sari.w · Investigator, Supervisor".
    m_statusUser->setText(tr("%1 · %2").arg(name, roles));
    //: Tooltip of the signed-in user in the status bar; %1 the user name, %2 the roles.
    m_statusUser->setToolTip(tr("Signed in as %1 (%2)").arg(name, roles));
    m_statusUser->setVisible(true);
    applyLockTimeout();
    m_idle->setActive(true);
}

void MainWindow::applyLockTimeout() {
    if (!m_workspace)
        return;
    // A database whose setting cannot be read locks after the default time rather than never.
    int minutes = 10;
    if (auto stored = m_workspace->users.lockAfterMinutes())
        minutes = *stored;
    m_idle->setTimeout(std::chrono::minutes(std::max(minutes, 0)));
}

void MainWindow::updateStatusBar() {
    m_statusRule->setVisible(m_workspace != nullptr);
    if (!m_workspace) {
        m_statusAgency->clear();
        m_statusAgency->setToolTip({});
        m_statusDatabase->clear();
        m_statusDatabase->setToolTip({});
        return;
    }
    if (auto agency = m_workspace->agencies.local()) {
        //: Status bar; %1 is the ISO country code, %2 the agency code, e.g. "IDN · BARESKRIM".
        m_statusAgency->setText(tr("%1 · %2").arg(toQString(agency->country), toQString(agency->code)));
        //: Tooltip of the agency in the status bar; %1 its name, %2 its country.
        m_statusAgency->setToolTip(tr("Local agency: %1, %2")
                                       .arg(toQString(agency->name),
                                            CountryModel::displayName(toQString(agency->country))));
    } else {
        m_statusAgency->setText(ErrorText::describe(agency.error()));
    }
    const QString path = QDir::toNativeSeparators(toQString(m_workspace->path()));
    const QFontMetrics fm(m_statusDatabase->font());
    m_statusDatabase->setText(fm.elidedText(path, Qt::ElideMiddle, 420));
    m_statusDatabase->setToolTip(path);
}

void MainWindow::updateActions() {
    const bool open = m_workspace != nullptr && !m_locked;
    auto may = [&](security::Permission p) { return open && m_workspace->context().can(p); };
    m_newCase->setEnabled(may(security::Permission::CaseWrite));
    m_newPerson->setEnabled(may(security::Permission::PersonWrite));
    m_newOrganisation->setEnabled(may(security::Permission::IntelligenceWrite));
    m_find->setEnabled(may(security::Permission::Search));
    m_reload->setEnabled(open && page(m_view) != nullptr);
    m_goGroup->setEnabled(open);
    m_lock->setEnabled(open);
    m_signOut->setEnabled(open);
    m_changePassword->setEnabled(open);
    // Switching databases or making new ones is for a signed-in, unlocked user or nobody.
    for (QAction* action : {m_newDatabase, m_openDatabase, m_newDemo, m_settings})
        action->setEnabled(!m_locked);
    m_recentMenu->setEnabled(!m_locked);
}

void MainWindow::showOpenError(const QString& path, const Error& error) {
    QString text = ErrorText::forFile(error, path);
    // Core promises these refusals leave the file as it was; say so, it is what users fear.
    if (error.code == ErrorCode::NotLintasDatabase || error.code == ErrorCode::NewerSchema ||
        error.code == ErrorCode::Integrity)
        text += QLatin1Char(' ') + tr("The file has not been changed.");
    showOpenProblem(text, ErrorText::technicalDetail(error));
}

void MainWindow::showOpenProblem(const QString& text, const QString& detail) {
    if (m_workspace) {
        // Keep the open database; explain in a box in front of it.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the database"), text,
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->setInformativeText(detail);
        box->addButton(tr("Close"), QMessageBox::AcceptRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }

    m_problemOpen->setText(tr("Open another…"));
    showProblem(tr("Cannot open the database"), text, detail, {m_problemOpen});
}

void MainWindow::showProblem(const QString& title, const QString& text, const QString& detail,
                             std::initializer_list<QPushButton*> buttons) {
    m_problemTitle->setText(title);
    m_problemText->setText(text);
    m_problemDetail->setText(detail);
    m_problemDetail->setVisible(!detail.isEmpty());
    for (QPushButton* button : {m_problemSignIn, m_problemEncrypt, m_problemNew, m_problemDemo, m_problemOpen})
        button->setVisible(std::find(buttons.begin(), buttons.end(), button) != buttons.end());
    m_central->setCurrentWidget(m_problemPage);
    setWindowTitle(tr("Lintas"));
    statusBar()->showMessage(tr("No database is open"));
    updateStatusBar();
    updateActions();
}

void MainWindow::showNoDatabase() {
    m_problemOpen->setText(tr("Open database…"));
    showProblem(tr("No database is open"),
                tr("Create a new database for your agency, try Lintas with a demo database, or open an existing one."),
                {}, {m_problemNew, m_problemDemo, m_problemOpen});
}

void MainWindow::showNotSignedIn(const QString& path) {
    m_problemPath = path;
    m_problemOpen->setText(tr("Open another…"));
    showProblem(tr("Sign in to open the database"),
                tr("“%1” is encrypted. Sign in with your user name and password to open it.")
                    .arg(QDir::toNativeSeparators(path)),
                {}, {m_problemSignIn, m_problemOpen});
}

void MainWindow::showNotEncrypted(const QString& path) {
    m_problemPath = path;
    m_problemOpen->setText(tr("Open another…"));
    showProblem(tr("The database is not encrypted yet"),
                tr("“%1” was made by an earlier version of Lintas. Encrypt it to go on using it; until then it stays "
                   "as it is.")
                    .arg(QDir::toNativeSeparators(path)),
                {}, {m_problemEncrypt, m_problemOpen});
}

// ---- dialogs and closing --------------------------------------------------------------------

void MainWindow::showSettings() {
    if (m_locked)
        return;
    auto* dialog = new SettingsDialog(this, m_workspace.get());
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SettingsDialog::accepted, this, &MainWindow::applyLockTimeout);
    dialog->open();
}

void MainWindow::showChangePassword() {
    if (!m_workspace || m_locked)
        return;
    auto* dialog = new ChangePasswordDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ChangePasswordDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password has been changed."), kStatusTimeoutMs); });
    dialog->open();
}

void MainWindow::signOut() {
    if (!m_workspace || m_locked || workspaceBusy())
        return;
    if (!confirmLeavePages())
        return;
    const QString path = toQString(m_workspace->path());
    closeWorkspace();
    showNotSignedIn(path);
    emit signedOut();
    showSignIn(path, tr("You have signed out."));
}

// ---- locking --------------------------------------------------------------------------------

QString MainWindow::signedInName() const {
    const security::Session* session = m_workspace ? m_workspace->context().session() : nullptr;
    return session ? toQString(session->username) : QString();
}

bool MainWindow::workspaceBusy() const {
    if (m_unlockJob && m_unlockJob->isRunning())
        return true;
    for (const ExportWizard* wizard : findChildren<ExportWizard*>())
        if (wizard->isExporting())
            return true;
    for (const ChangePasswordDialog* dialog : findChildren<ChangePasswordDialog*>())
        if (dialog->isBusy())
            return true;
    return false;
}

void MainWindow::lock() {
    if (!m_workspace || m_locked)
        return;
    m_locked = true;
    m_idle->setActive(false);
    QWidget* focused = QApplication::focusWidget();
    m_focusBeforeLock = (focused && isAncestorOf(focused)) ? focused : nullptr;
    hideWindowsForLock();
    m_central->setCurrentWidget(m_lockScreen);
    if (const security::Session* session = m_workspace->context().session())
        m_lockScreen->reset(toQString(session->username), SecurityText::roleList(session->roles));
    menuBar()->setEnabled(false);
    m_toolBar->setEnabled(false);
    // A message may name a record ("Saved Dewi Lestari").
    statusBar()->clearMessage();
    updateActions();
    m_lockScreen->focusPassword();
    recordLockWhenFree();
    emit locked();
}

void MainWindow::recordLockWhenFree() {
    if (!m_workspace || !m_locked) {
        m_lockRecordTimer->stop();
        return;
    }
    // A worker still writing (a bundle, a password) has the workspace: audit once it is done.
    if (workspaceBusy()) {
        m_lockRecordTimer->start();
        return;
    }
    m_lockRecordTimer->stop();
    runGuarded(this, [this] { (void)m_workspace->recordLock(); });
}

void MainWindow::hideWindowsForLock() {
    QToolTip::hideText();
    // Menus and completer pop-ups first: closing one may reveal the next.
    for (int i = 0; i < 16; ++i) {
        QWidget* popup = QApplication::activePopupWidget();
        if (!popup)
            break;
        popup->close();
    }
    m_hiddenForLock.clear();
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window == this || !window->isVisible())
            continue;
        window->hide();
        m_hiddenForLock.append(window);
        // A dialog that ends while hidden (its work finished) is not shown again.
        if (auto* dialog = qobject_cast<QDialog*>(window))
            connect(dialog, &QDialog::finished, this, [this, dialog] { m_hiddenForLock.removeAll(dialog); });
    }
}

void MainWindow::restoreWindowsAfterLock() {
    const QList<QPointer<QWidget>> windows = std::exchange(m_hiddenForLock, {});
    for (const QPointer<QWidget>& window : windows)
        if (window)
            window->show();
}

void MainWindow::onUnlockRequested(const QString& password) {
    if (!m_workspace || !m_locked || m_unlockJob->isRunning())
        return;
    if (workspaceBusy()) {
        m_lockScreen->showMessage(tr("Lintas is still writing to the database. Try again in a moment."));
        return;
    }
    Workspace* ws = m_workspace.get();
    auto outcome = std::make_shared<std::optional<Status>>();
    // The workspace is the worker's until it ends: the content is hidden, nothing else runs on it.
    const bool started = m_unlockJob->start(
        [ws, secret = password.toStdString(), outcome]() mutable {
            *outcome = ws->verifyPassword(secret);
            security::wipeString(secret);
        },
        [this, outcome] {
            onUnlockFinished(*outcome ? **outcome : Status(Error{ErrorCode::Internal, {}, "stopped unexpectedly"}));
        });
    if (!started)
        return;
    m_lockScreen->showMessage({});
    m_lockScreen->setBusy(true);
}

void MainWindow::onUnlockFinished(const Status& status) {
    m_lockScreen->setBusy(false);
    m_lockScreen->passwordField()->clear();
    if (!status) {
        const Error& error = status.error();
        if (error.code == ErrorCode::SignInFailed || error.code == ErrorCode::Throttled) {
            const auto wait = SignInDialog::throttleWait(toQString(m_workspace->path()),
                                                         signedInName());
            if (error.code == ErrorCode::SignInFailed && wait == 0)
                m_lockScreen->showMessage(tr("The password is wrong."));
            else
                m_lockScreen->showMessage(SignInDialog::refusalText(error, wait));
            if (wait > 0) {
                m_lockScreen->setWaiting(true);
                QTimer::singleShot(std::chrono::seconds(wait), m_lockScreen,
                                   [this] { m_lockScreen->setWaiting(false); });
            }
        } else {
            m_lockScreen->showMessage(ErrorText::describe(error));
        }
        m_lockScreen->focusPassword();
        return;
    }
    m_locked = false;
    m_lockRecordTimer->stop();
    m_central->setCurrentWidget(m_workbench);
    menuBar()->setEnabled(true);
    m_toolBar->setEnabled(true);
    updateActions();
    restoreWindowsAfterLock();
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
    m_idle->setActive(true);
    emit unlocked();
}

void MainWindow::showAbout() { QMessageBox::about(this, tr("About Lintas"), aboutText()); }

QString MainWindow::aboutText() const {
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
        //: %1 is the version number.
        .arg(tr("Lintas %1").arg(QStringLiteral(LINTAS_VERSION)).toHtmlEscaped(),
             tr("Case management for cross-border human-trafficking investigations").toHtmlEscaped(),
             tr("Case, victim and referral fields follow the Human Trafficking Case Data Standard (HTCDS) 2.0 "
                "by IOM, CC BY 4.0.")
                 .toHtmlEscaped(),
             tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_locked) {
        // Open editors may hold unsaved changes, and asking about them would show them.
        m_lockScreen->showMessage(tr("Unlock Lintas to close it, or sign out."));
        event->ignore();
        return;
    }
    if (workspaceBusy()) {
        event->ignore();
        return;
    }
    if (!confirmLeavePages()) {
        event->ignore();
        return;
    }
    // A demo run still going stops after its current batch; what it wrote stays valid.
    if (m_welcome && m_welcome->isGenerating())
        m_welcome->cancelDemo();
    if (m_rememberDatabases)
        AppSettings::setMainWindowLayout(saveGeometry(), saveState());
    event->accept();
}

}  // namespace lintas::ui
