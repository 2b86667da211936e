#include "FirstStartDialog.h"
#include "MainWindow.h"
#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "cases/CasesPage.h"
#include "common/ErrorText.h"
#include "common/Page.h"
#include "dashboard/DashboardPage.h"
#include "exchange/ExchangePage.h"
#include "persons/PersonsPage.h"
#include "search/SearchPopup.h"
#include "security/AccountForm.h"
#include "security/EncryptDatabaseDialog.h"
#include "security/SignInDialog.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "welcome/WelcomeDialog.h"

#include "lintas/store/Cipher.h"
#include "lintas/store/Database.h"

#include "lintas/store/Schema.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

namespace lintas::test {
namespace {

using ui::MainWindow;
using ui::View;

class MainWindowTest : public WorkspaceTest {
protected:
    void TearDown() override {
        ui::AppSettings::clearRecentDatabases();
        QSettings().remove(QStringLiteral("databases/last"));
    }

    /// Closes the fixture's workspace so that only the window has the file open.
    std::string closeWorkspace() {
        const std::string path = ws->path();
        ws.reset();
        return path;
    }

    /// Opens `path` in `window` and signs in through its sign-in dialog.
    static void signIn(MainWindow& window, const std::string& path, const QString& username = QStringLiteral("admin.test"),
                       const QString& password = QString::fromLatin1(kTestPassword)) {
        window.openDatabase(QString::fromStdString(path));
        ui::SignInDialog* dialog = window.signInDialog();
        ASSERT_NE(dialog, nullptr);
        ASSERT_EQ(dialog->databasePath(), QString::fromStdString(path));
        dialog->setUsername(username);
        dialog->setPassword(password);
        dialog->accept();
        ASSERT_TRUE(waitUntil([&] { return window.workspace() != nullptr || !dialog->isBusy(); }));
        ASSERT_NE(window.workspace(), nullptr)
            << "the sign-in was refused: "
            << (window.signInDialog() ? labelText(*window.signInDialog(), "signInError").toStdString()
                                      : labelText(window, "problemText").toStdString());
    }
    /// Closes the fixture's workspace and signs in to it in `window`.
    void openSignedIn(MainWindow& window) { signIn(window, closeWorkspace()); }

    /// The navigation entries shown, in order.
    static QStringList navigationTitles(const MainWindow& window) {
        QStringList titles;
        QListWidget* nav = navigation(window);
        for (int i = 0; i < nav->count(); ++i)
            if (!nav->item(i)->isHidden())
                titles << nav->item(i)->text();
        return titles;
    }

    /// A plaintext Lintas database of schema version 5 (the version before encryption) with one
    /// agency, as an earlier Lintas left it.
    static void writeEarlierVersionDatabase(const std::string& path) {
        auto db = store::Database::open(path, true);
        ASSERT_TRUE(db.ok()) << db.error().toString();
        ASSERT_TRUE(store::Schema::migrateTo(**db, 5).ok());
        ASSERT_TRUE((*db)->execute("INSERT INTO agency (uuid, code, country, name, is_local, created_at, updated_at) "
                                   "VALUES ('6f1c1d2e-0000-4000-8000-000000000001', 'BARESKRIM', 'IDN', "
                                   "'Bareskrim Polri (synthetic)', 1, '2025-01-01T00:00:00Z', "
                                   "'2025-01-01T00:00:00Z')")
                        .ok());
    }

    /// The central area's current widget: "workbench" or "problemPage".
    static QString centralPage(const MainWindow& window) {
        return window.findChild<QStackedWidget*>()->currentWidget()->objectName();
    }
    static QWidget* shownView(const MainWindow& window) {
        return window.findChild<QStackedWidget*>(QStringLiteral("views"))->currentWidget();
    }
    static QListWidget* navigation(const MainWindow& window) {
        return window.findChild<QListWidget*>(QStringLiteral("navigation"));
    }

    static void showActive(MainWindow& window) {
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    /// A SQLite file of another kind, made with plain SQLite.
    static void writeSqliteFile(const std::string& path, int applicationId, int userVersion) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        const std::string sql = "CREATE TABLE t(x); INSERT INTO t VALUES (1); PRAGMA application_id = " +
                                std::to_string(applicationId) + "; PRAGMA user_version = " +
                                std::to_string(userVersion) + ";";
        EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
};

TEST_F(MainWindowTest, OpensOnTheCasesPageWithAgencyAndDatabaseInTheStatusBar) {
    for (const char* title : {"Online job scam, Sihanoukville", "Fishing vessel, Benjina", "Domestic work, Riyadh"})
        must(ws->cases.create(makeCase(title)));
    const std::string path = closeWorkspace();

    MainWindow window;
    window.openDatabase(QString::fromStdString(path));
    EXPECT_EQ(window.workspace(), nullptr) << "an encrypted database opens only after a sign-in";
    EXPECT_EQ(centralPage(window), QStringLiteral("problemPage"));
    EXPECT_EQ(labelText(window, "problemTitle"), QStringLiteral("Sign in to open the database"));
    ASSERT_NE(window.signInDialog(), nullptr);
    window.signInDialog()->reject();
    EXPECT_TRUE(window.findChild<QPushButton*>(QStringLiteral("problemSignInButton"))->isVisibleTo(&window));
    signIn(window, path);

    EXPECT_EQ(window.welcomeDialog(), nullptr);
    EXPECT_EQ(window.signInDialog(), nullptr);
    EXPECT_EQ(centralPage(window), QStringLiteral("workbench"));
    EXPECT_EQ(window.currentView(), View::Cases);
    EXPECT_EQ(shownView(window), window.casesPage());
    EXPECT_EQ(navigation(window)->currentItem()->text(), QStringLiteral("Cases"));
    EXPECT_EQ(labelText(window, "statusAgency"), QStringLiteral("IDN · BARESKRIM"));
    EXPECT_EQ(labelText(window, "statusDatabase"), QDir::toNativeSeparators(QString::fromStdString(path)));
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("statusUser"))->isVisibleTo(&window));
    const QString user = labelText(window, "statusUser");
    EXPECT_TRUE(user.startsWith(QStringLiteral("admin.test · "))) << user.toStdString();
    EXPECT_TRUE(user.contains(QStringLiteral("Administrator"))) << user.toStdString();
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("test.db")));
}

TEST_F(MainWindowTest, NavigationListsEveryAreaAndSwitchesPages) {
    MainWindow window;
    openSignedIn(window);
    QListWidget* nav = navigation(window);
    EXPECT_EQ(navigationTitles(window),
              (QStringList{QStringLiteral("Cases"), QStringLiteral("People"), QStringLiteral("Organisations"),
                           QStringLiteral("Referrals"), QStringLiteral("Exchange"), QStringLiteral("Dashboard"),
                           QStringLiteral("Users"), QStringLiteral("Audit log"), QStringLiteral("Retention")}))
        << "a user with every role sees every area";

    nav->setCurrentRow(1);
    EXPECT_EQ(window.currentView(), View::People);
    EXPECT_EQ(shownView(window), window.personsPage());
    nav->setCurrentRow(5);
    EXPECT_EQ(window.currentView(), View::Dashboard);
    EXPECT_EQ(shownView(window), window.dashboardPage());
    nav->setCurrentRow(4);
    EXPECT_EQ(window.currentView(), View::Exchange);
    ASSERT_NE(window.exchangePage(), nullptr);
    EXPECT_EQ(shownView(window), window.exchangePage());
}

TEST_F(MainWindowTest, ControlOneToSixSwitchPages) {
    MainWindow window;
    openSignedIn(window);
    showActive(window);

    const std::array<View, 6> views{View::Cases,     View::People,   View::Organisations,
                                    View::Referrals, View::Exchange, View::Dashboard};
    // Backwards, so that every press changes the page.
    for (int i = 5; i >= 0; --i) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.currentView(), views[static_cast<std::size_t>(i)]) << "Ctrl+" << (i + 1);
        EXPECT_EQ(navigation(window)->currentRow(), i);
        EXPECT_EQ(shownView(window), window.viewWidget(views[static_cast<std::size_t>(i)]));
    }
}

TEST_F(MainWindowTest, TabGoesFromTheNavigationIntoThePageAndBack) {
    MainWindow window;
    openSignedIn(window);
    showActive(window);
    for (View view : {View::Cases, View::People, View::Dashboard}) {
        window.showView(view);
        navigation(window)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        ASSERT_NE(focused, nullptr);
        EXPECT_TRUE(window.viewWidget(view)->isAncestorOf(focused))
            << ui::viewKey(view).data() << ": focus went to " << focused->metaObject()->className();
        QTest::keyClick(focused, Qt::Key_Backtab);
        EXPECT_EQ(QApplication::focusWidget(), navigation(window)) << ui::viewKey(view).data();
    }
}

TEST_F(MainWindowTest, MenusOfferTheFrequentActionsWithShortcuts) {
    MainWindow window;
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Go"),
                                  QStringLiteral("&Account"), QStringLiteral("&Help")}));
    auto shortcut = [&](const char* name) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        EXPECT_NE(action, nullptr) << name;
        return action ? action->shortcut().toString(QKeySequence::PortableText) : QString();
    };
    EXPECT_EQ(shortcut("newCaseAction"), QStringLiteral("Ctrl+N"));
    EXPECT_EQ(shortcut("findAction"), QStringLiteral("Ctrl+K"));
    EXPECT_EQ(shortcut("openDatabaseAction"), QStringLiteral("Ctrl+O"));
    EXPECT_EQ(shortcut("undoAction"), QStringLiteral("Ctrl+Z"));
    EXPECT_EQ(shortcut("quitAction"), QStringLiteral("Ctrl+Q"));
    EXPECT_EQ(shortcut("godashboardAction"), QStringLiteral("Ctrl+6"));
    EXPECT_EQ(shortcut("lockAction"), QStringLiteral("Ctrl+L"));
    // Without a database, actions on records are off.
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("findAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("changePasswordAction"))->isEnabled());
}

TEST_F(MainWindowTest, PageRequestsOpenTheRecordWhereItLives) {
    const Case c = must(ws->cases.create(makeCase()));
    MainWindow window;
    openSignedIn(window);

    window.showView(View::Dashboard);
    emit window.dashboardPage()->caseRequested(QString::fromStdString(c.meta.uuid));
    EXPECT_EQ(window.currentView(), View::Cases);

    emit window.casesPage()->personRequested(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    EXPECT_EQ(window.currentView(), View::People);

    emit window.personsPage()->organisationRequested(QStringLiteral("00000000-0000-4000-8000-000000000002"));
    EXPECT_EQ(window.currentView(), View::Organisations);

    emit window.dashboardPage()->casesRequested(CaseQuery{});
    EXPECT_EQ(window.currentView(), View::Cases);
    emit window.dashboardPage()->referralsRequested(ReferralQuery{});
    EXPECT_EQ(window.currentView(), View::Referrals);

    emit window.personsPage()->statusMessage(QStringLiteral("Saved Dewi Lestari"));
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Saved Dewi Lestari"));
}

TEST_F(MainWindowTest, OpensACaseByReference) {
    const Case c = must(ws->cases.create(makeCase()));
    MainWindow window;
    openSignedIn(window);
    window.showView(View::People);
    EXPECT_TRUE(window.openCaseByKey(QString::fromStdString(c.reference)));
    EXPECT_EQ(window.currentView(), View::Cases);
    EXPECT_FALSE(window.openCaseByKey(QStringLiteral("IDN-BARESKRIM-1999-999999")));
}

namespace {
class RenameCommand : public QUndoCommand {
public:
    explicit RenameCommand(QString* target) : QUndoCommand(QStringLiteral("Rename")), m_target(target) {}
    void redo() override { m_target->append(u'!'); }
    void undo() override { m_target->chop(1); }

private:
    QString* m_target;
};
}  // namespace

TEST_F(MainWindowTest, UndoFollowsThePageShown) {
    MainWindow window;
    openSignedIn(window);
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    EXPECT_FALSE(undo->isEnabled());

    window.showView(View::People);
    auto* stack = new QUndoStack(window.personsPage());
    window.setActiveUndoStack(stack);
    QString name = QStringLiteral("Dewi");
    stack->push(new RenameCommand(&name));
    EXPECT_EQ(name, QStringLiteral("Dewi!"));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Rename"));

    window.showView(View::Cases);
    EXPECT_FALSE(undo->isEnabled()) << "the People page's edits are not undone from the Cases page";
    window.showView(View::People);
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(name, QStringLiteral("Dewi"));
}

TEST_F(MainWindowTest, ControlKOpensSearch) {
    MainWindow window;
    openSignedIn(window);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    ui::SearchPopup* popup = window.searchPopup();
    ASSERT_NE(popup, nullptr);
    EXPECT_TRUE(popup->isVisible());
    EXPECT_TRUE(popup->lineEdit()->hasFocus());
    popup->hide();
}

TEST_F(MainWindowTest, RemembersTheDatabaseOpened) {
    const std::string path = closeWorkspace();
    {
        MainWindow window;
        signIn(window, path);
        EXPECT_EQ(ui::AppSettings::lastDatabase(), QString::fromStdString(path));
        EXPECT_EQ(ui::AppSettings::recentDatabases().value(0), QString::fromStdString(path));
    }
    // The next sign-in proposes the user name (never the password).
    MainWindow again;
    again.openDatabase(QString::fromStdString(path));
    ASSERT_NE(again.signInDialog(), nullptr);
    EXPECT_EQ(again.signInDialog()->username(), QStringLiteral("admin.test"));
    EXPECT_TRUE(again.signInDialog()->findChild<QLineEdit*>(QStringLiteral("signInPassword"))->text().isEmpty());
}

TEST_F(MainWindowTest, MissingFileShowsWelcomeThatCreatesTheDatabase) {
    const std::string path = dir.file("new/lintas.db");
    MainWindow window;
    window.show();
    window.openDatabase(QString::fromStdString(path));

    ui::WelcomeDialog* welcome = window.welcomeDialog();
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_FALSE(std::filesystem::exists(path));

    welcome->findChild<QCommandLinkButton*>(QStringLiteral("createChoice"))->click();
    ui::FirstStartDialog* dialog = window.firstStartDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->databasePath(), QString::fromStdString(path));
    dialog->findChild<QLineEdit*>(QStringLiteral("agencyCode"))->setText(QStringLiteral("DITRESKRIMUM"));
    dialog->findChild<QLineEdit*>(QStringLiteral("agencyName"))->setText(QStringLiteral("Polda Kepri (synthetic)"));
    fillAccount(*dialog, QStringLiteral("admin.kepri"), QStringLiteral("Rina Kusuma (synthetic)"),
                QStringLiteral("kepri admin passphrase"));
    dialog->findChild<QCheckBox*>(QStringLiteral("accountRole-investigator"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return window.workspace() != nullptr || !dialog->isBusy(); }));

    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(store::probeDatabaseFile(path), store::FileKind::Encrypted);
    EXPECT_EQ(centralPage(window), QStringLiteral("workbench"));
    EXPECT_EQ(window.currentView(), View::Cases) << "the administrator chose to investigate too";
    EXPECT_EQ(labelText(window, "statusAgency"), QStringLiteral("IDN · DITRESKRIMUM"));
    EXPECT_EQ(window.workspace()->session().username, "admin.kepri");

    // Its administrator can sign in again after signing out.
    window.signOut();
    EXPECT_EQ(window.workspace(), nullptr);
    ui::SignInDialog* again = window.signInDialog();
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->username(), QStringLiteral("admin.kepri"));
    again->setPassword(QStringLiteral("kepri admin passphrase"));
    again->accept();
    ASSERT_TRUE(waitUntil([&] { return window.workspace() != nullptr; }));
    EXPECT_TRUE(window.workspace()->session().roles.has(security::Role::Administrator));
    EXPECT_TRUE(window.workspace()->session().roles.has(security::Role::Investigator));
}

TEST_F(MainWindowTest, CancelledFirstStartGoesBackToTheWelcomeAndClosingItOffersTheWaysForward) {
    const std::string path = dir.file("cancelled.db");
    MainWindow window;
    window.show();
    window.openDatabase(QString::fromStdString(path));
    ASSERT_NE(window.welcomeDialog(), nullptr);
    window.welcomeDialog()->findChild<QCommandLinkButton*>(QStringLiteral("createChoice"))->click();
    ASSERT_NE(window.firstStartDialog(), nullptr);

    window.firstStartDialog()->reject();
    EXPECT_FALSE(std::filesystem::exists(path));
    ASSERT_NE(window.welcomeDialog(), nullptr);
    EXPECT_TRUE(window.welcomeDialog()->isVisible());

    window.welcomeDialog()->reject();
    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_EQ(centralPage(window), QStringLiteral("problemPage"));
    EXPECT_EQ(labelText(window, "problemTitle"), QStringLiteral("No database is open"));
    for (const char* button : {"problemNewButton", "problemDemoButton", "problemOpenButton", "problemQuitButton"})
        EXPECT_TRUE(window.findChild<QPushButton*>(QString::fromLatin1(button))->isVisibleTo(&window)) << button;
}

TEST_F(MainWindowTest, MissingLastDatabaseIsExplainedInTheWelcome) {
    const QString gone = QString::fromStdString(dir.file("moved-away.db"));
    ui::AppSettings::noteDatabaseOpened(gone);
    MainWindow window;
    window.show();
    window.openDatabase(gone);
    ASSERT_NE(window.welcomeDialog(), nullptr);
    const QString notice = labelText(*window.welcomeDialog(), "welcomeNotice");
    EXPECT_TRUE(notice.contains(QStringLiteral("is no longer there"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QDir::toNativeSeparators(gone)));
}

TEST_F(MainWindowTest, NonLintasFileIsExplainedAndLeftUnchanged) {
    const std::string path = dir.file("notes.db");
    {
        std::ofstream out(path, std::ios::binary);
        out << "Meeting notes, not a database.\n" << std::string("\x00\x01\x02\xff", 4);
    }
    const QByteArray before = fileBytes(path);

    MainWindow window;
    window.openDatabase(QString::fromStdString(path));

    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_EQ(window.welcomeDialog(), nullptr);
    EXPECT_EQ(centralPage(window), QStringLiteral("problemPage"));
    EXPECT_EQ(labelText(window, "problemTitle"), QStringLiteral("Cannot open the database"));
    const QString text = labelText(window, "problemText");
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(QString::fromStdString(path)))) << text.toStdString();
    // Not a plaintext SQLite file, so possibly an encrypted one: without a key file either way
    // nobody can open it, and the window says both.
    EXPECT_TRUE(text.contains(QStringLiteral("It is not a Lintas database"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("notes.db.keyring"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("has not been changed"))) << text.toStdString();
    EXPECT_EQ(window.signInDialog(), nullptr) << "no password is asked for a file nobody can open";
    EXPECT_EQ(window.findChild<QPushButton*>(QStringLiteral("problemOpenButton"))->text(),
              QStringLiteral("Open another…"));
    EXPECT_TRUE(window.findChild<QPushButton*>(QStringLiteral("problemQuitButton"))->isVisibleTo(&window));
    EXPECT_FALSE(window.findChild<QPushButton*>(QStringLiteral("problemNewButton"))->isVisibleTo(&window));
    EXPECT_EQ(fileBytes(path), before);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(std::filesystem::exists(path + suffix)) << suffix;
    EXPECT_TRUE(ui::AppSettings::recentDatabases().isEmpty()) << "a refused file is not remembered";
}

TEST_F(MainWindowTest, SqliteFileOfAnotherApplicationIsRefusedUnchanged) {
    const std::string path = dir.file("other-app.sqlite");
    writeSqliteFile(path, 0x12345678, 3);
    const QByteArray before = fileBytes(path);

    MainWindow window;
    window.openDatabase(QString::fromStdString(path));

    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_TRUE(labelText(window, "problemText").contains(ui::ErrorText::message(ErrorCode::NotLintasDatabase)));
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(MainWindowTest, NewerSchemaIsRefusedUnchanged) {
    // A plaintext file marked as Lintas, of a schema newer than this build's: core takes it for
    // an earlier version's database until the encryption reads its schema, and then refuses.
    const std::string path = dir.file("future.db");
    writeSqliteFile(path, store::Schema::kApplicationId, store::Schema::kCurrentVersion + 1);
    const QByteArray before = fileBytes(path);

    MainWindow window;
    window.show();
    window.openDatabase(QString::fromStdString(path));
    ui::EncryptDatabaseDialog* dialog = window.encryptDialog();
    ASSERT_NE(dialog, nullptr);
    fillAccount(*dialog, QStringLiteral("admin.future"), {}, QStringLiteral("future admin passphrase"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("encryptButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy(); }));

    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QString error = labelText(*dialog, "encryptError");
    EXPECT_TRUE(error.contains(ui::ErrorText::message(ErrorCode::NewerSchema))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("has not been changed"))) << error.toStdString();
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(std::filesystem::exists(path + ".keyring")) << "no key file is left behind";
}

TEST_F(MainWindowTest, FailedOpenKeepsTheOpenDatabase) {
    const std::string good = closeWorkspace();
    const std::string bad = dir.file("bad.db");
    std::ofstream(bad) << "not a database";

    MainWindow window;
    signIn(window, good);
    window.openDatabase(QString::fromStdString(bad));

    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_EQ(window.workspace()->path(), good);
    EXPECT_EQ(centralPage(window), QStringLiteral("workbench"));
    EXPECT_NE(window.findChild<QWidget*>(QStringLiteral("openErrorBox")), nullptr);
}

TEST_F(MainWindowTest, AnAdministratorAloneSeesNoCaseContent) {
    auto created = Workspace::create(dir.file("admin-only.db"), testAgency(),
                                     FirstUser{"admin.only", "Administrator Only (synthetic)", kTestPassword, {}},
                                     testOptions(clock, 7));
    ASSERT_TRUE(created.ok()) << created.error().toString();
    MainWindow window;
    window.showWorkspace(std::move(created).value());

    EXPECT_EQ(navigationTitles(window),
              (QStringList{QStringLiteral("Users"), QStringLiteral("Audit log"), QStringLiteral("Retention")}));
    EXPECT_EQ(window.currentView(), View::Users);
    EXPECT_EQ(shownView(window), window.viewWidget(View::Users));
    EXPECT_EQ(window.casesPage(), nullptr);
    for (const char* name : {"newCaseAction", "newPersonAction", "newOrganisationAction", "findAction"})
        EXPECT_FALSE(window.findChild<QAction*>(QString::fromLatin1(name))->isEnabled()) << name;
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("gocasesAction"))->isVisible());
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());

    window.showView(View::Cases);
    EXPECT_EQ(window.currentView(), View::Users);
    EXPECT_EQ(window.casesPage(), nullptr) << "no page is built for an area the roles do not include";
    EXPECT_FALSE(window.openCaseByKey(QStringLiteral("IDN-BARESKRIM-2026-000001")));
    EXPECT_TRUE(labelText(window, "statusUser").startsWith(QStringLiteral("admin.only · Administrator")));
}

TEST_F(MainWindowTest, AVictimSupportOfficerSeesNoOrganisationsOrExchange) {
    must(ws->users.create("vso.test", "Victim Support Officer (synthetic)", security::RoleSet{security::Role::VictimSupport},
                          kTestPassword, kTestPassword));
    MainWindow window;
    signIn(window, closeWorkspace(), QStringLiteral("vso.test"));

    EXPECT_EQ(navigationTitles(window), (QStringList{QStringLiteral("Cases"), QStringLiteral("People"),
                                                     QStringLiteral("Referrals"), QStringLiteral("Dashboard")}));
    EXPECT_EQ(window.currentView(), View::Cases);
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled()) << "no case-write";
    EXPECT_TRUE(window.findChild<QAction*>(QStringLiteral("findAction"))->isEnabled());
    window.showView(View::Organisations);
    EXPECT_EQ(window.organisationsPage(), nullptr);
    EXPECT_EQ(window.currentView(), View::Cases);
}

TEST_F(MainWindowTest, AnEarlierVersionsDatabaseIsEncryptedWithItsNewAdministrator) {
    const std::string path = dir.file("earlier.db");
    writeEarlierVersionDatabase(path);
    ASSERT_EQ(store::probeDatabaseFile(path), store::FileKind::Plaintext);

    MainWindow window;
    window.show();
    window.openDatabase(QString::fromStdString(path));
    ui::EncryptDatabaseDialog* dialog = window.encryptDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_TRUE(labelText(*dialog, "encryptWhy").contains(QDir::toNativeSeparators(QString::fromStdString(path))));

    // The account is checked before anything is written.
    fillAccount(*dialog, QStringLiteral("admin.earlier"), QStringLiteral("Dian Pratama (synthetic)"),
                QStringLiteral("earlier admin passphrase"), QStringLiteral("a different passphrase"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("encryptButton")), Qt::LeftButton);
    EXPECT_FALSE(dialog->isBusy());
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("accountPasswordRepeatError"))->isVisible());
    EXPECT_EQ(store::probeDatabaseFile(path), store::FileKind::Plaintext);

    fillAccount(*dialog, QStringLiteral("admin.earlier"), QStringLiteral("Dian Pratama (synthetic)"),
                QStringLiteral("earlier admin passphrase"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("encryptButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return window.workspace() != nullptr || !dialog->isBusy(); }));

    ASSERT_NE(window.workspace(), nullptr) << labelText(*dialog, "encryptError").toStdString();
    EXPECT_EQ(store::probeDatabaseFile(path), store::FileKind::Encrypted);
    EXPECT_EQ(window.workspace()->session().username, "admin.earlier");
    EXPECT_EQ(labelText(window, "statusAgency"), QStringLiteral("IDN · BARESKRIM"));
    EXPECT_EQ(window.currentView(), View::Users) << "an administrator without other roles";
}

TEST_F(MainWindowTest, CancelledEncryptionLeavesTheFileAsItWasAndOffersItAgain) {
    const std::string path = dir.file("earlier.db");
    writeEarlierVersionDatabase(path);
    const QByteArray before = fileBytes(path);

    MainWindow window;
    window.show();
    window.openDatabase(QString::fromStdString(path));
    ASSERT_NE(window.encryptDialog(), nullptr);
    window.encryptDialog()->reject();

    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_EQ(centralPage(window), QStringLiteral("problemPage"));
    EXPECT_EQ(labelText(window, "problemTitle"), QStringLiteral("The database is not encrypted yet"));
    auto* encrypt = window.findChild<QPushButton*>(QStringLiteral("problemEncryptButton"));
    ASSERT_TRUE(encrypt->isVisibleTo(&window));
    EXPECT_EQ(fileBytes(path), before);
    encrypt->click();
    EXPECT_NE(window.encryptDialog(), nullptr);
}

TEST_F(MainWindowTest, ChangePasswordThenSignInWithTheNewOne) {
    MainWindow window;
    openSignedIn(window);
    window.findChild<QAction*>(QStringLiteral("changePasswordAction"))->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("changePasswordDialog"));
    ASSERT_NE(dialog, nullptr);
    setFieldText(*dialog, "currentPassword", QStringLiteral("not the current one"));
    setFieldText(*dialog, "newPassword", QStringLiteral("a brand new passphrase"));
    setFieldText(*dialog, "repeatPassword", QStringLiteral("a brand new passphrase"));
    auto* change = dialog->findChild<QPushButton*>(QStringLiteral("changePasswordButton"));
    QTest::mouseClick(change, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return change->isEnabled(); }));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(labelText(*dialog, "currentPasswordError"), QStringLiteral("This is not your current password."));

    setFieldText(*dialog, "currentPassword", QString::fromLatin1(kTestPassword));
    QTest::mouseClick(change, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return window.findChild<QDialog*>(QStringLiteral("changePasswordDialog")) == nullptr ||
                                       !dialog->isVisible(); }));
    const std::string path = window.workspace()->path();
    window.signOut();
    ASSERT_EQ(window.workspace(), nullptr);
    window.signInDialog()->reject();
    signIn(window, path, QStringLiteral("admin.test"), QStringLiteral("a brand new passphrase"));
    EXPECT_EQ(window.workspace()->session().username, "admin.test");
}

TEST_F(MainWindowTest, AboutCreditsHtcds) {
    MainWindow window;
    const QString about = window.aboutText();
    EXPECT_TRUE(about.contains(QStringLiteral("Human Trafficking Case Data Standard (HTCDS) 2.0 by IOM, CC BY 4.0")));
    EXPECT_TRUE(about.contains(QStringLiteral(LINTAS_VERSION)));
}

}  // namespace
}  // namespace lintas::test

#include "app/CommandLine.h"

namespace lintas::test {
namespace {

TEST(LaunchOptionsTest, PageAndCaseToOpenForScripts) {
    const auto options = ui::CommandLine::parse({QStringLiteral("lintas"), QStringLiteral("--db"),
                                                 QStringLiteral("/tmp/a.db"), QStringLiteral("--page"),
                                                 QStringLiteral("Dashboard"), QStringLiteral("--open-case"),
                                                 QStringLiteral("IDN-BARESKRIM-2026-000042")});
    EXPECT_TRUE(options.databaseGiven);
    EXPECT_EQ(options.page, QStringLiteral("dashboard"));
    EXPECT_EQ(ui::viewFromKey(options.page), ui::View::Dashboard);
    EXPECT_EQ(options.openCase, QStringLiteral("IDN-BARESKRIM-2026-000042"));

    const auto plain = ui::CommandLine::parse({QStringLiteral("lintas")});
    EXPECT_FALSE(plain.databaseGiven) << "then the last database opens";
    EXPECT_TRUE(plain.page.isEmpty());
    for (const char* key : {"cases", "people", "organisations", "referrals", "exchange", "dashboard"})
        EXPECT_TRUE(ui::viewFromKey(QString::fromLatin1(key)).has_value()) << key;
    EXPECT_FALSE(ui::viewFromKey(QStringLiteral("network")).has_value());
}

}  // namespace
}  // namespace lintas::test
