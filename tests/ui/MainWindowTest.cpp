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
#include "settings/AppSettings.h"
#include "welcome/WelcomeDialog.h"

#include "lintas/store/Schema.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
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

    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_EQ(window.welcomeDialog(), nullptr);
    EXPECT_EQ(centralPage(window), QStringLiteral("workbench"));
    EXPECT_EQ(window.currentView(), View::Cases);
    EXPECT_EQ(shownView(window), window.casesPage());
    EXPECT_EQ(navigation(window)->currentItem()->text(), QStringLiteral("Cases"));
    EXPECT_EQ(labelText(window, "statusAgency"), QStringLiteral("IDN · BARESKRIM"));
    EXPECT_EQ(labelText(window, "statusDatabase"), QDir::toNativeSeparators(QString::fromStdString(path)));
    EXPECT_FALSE(window.findChild<QLabel*>(QStringLiteral("statusUser"))->isVisibleTo(&window))
        << "no users yet, so no signed-in user";
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("test.db")));
}

TEST_F(MainWindowTest, NavigationListsEveryAreaAndSwitchesPages) {
    MainWindow window;
    window.openDatabase(QString::fromStdString(closeWorkspace()));
    QListWidget* nav = navigation(window);
    QStringList titles;
    for (int i = 0; i < nav->count(); ++i)
        titles << nav->item(i)->text();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Cases"), QStringLiteral("People"),
                                   QStringLiteral("Organisations"), QStringLiteral("Referrals"),
                                   QStringLiteral("Exchange"), QStringLiteral("Dashboard")}));

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
    window.openDatabase(QString::fromStdString(closeWorkspace()));
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
    window.openDatabase(QString::fromStdString(closeWorkspace()));
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
                                  QStringLiteral("&Help")}));
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
    // Without a database, actions on records are off.
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("findAction"))->isEnabled());
}

TEST_F(MainWindowTest, PageRequestsOpenTheRecordWhereItLives) {
    const Case c = must(ws->cases.create(makeCase()));
    MainWindow window;
    window.openDatabase(QString::fromStdString(closeWorkspace()));

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
    window.openDatabase(QString::fromStdString(closeWorkspace()));
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
    window.openDatabase(QString::fromStdString(closeWorkspace()));
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
    window.openDatabase(QString::fromStdString(closeWorkspace()));
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
    MainWindow window;
    window.openDatabase(QString::fromStdString(path));
    EXPECT_EQ(ui::AppSettings::lastDatabase(), QString::fromStdString(path));
    EXPECT_EQ(ui::AppSettings::recentDatabases().value(0), QString::fromStdString(path));
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
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);

    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(centralPage(window), QStringLiteral("workbench"));
    EXPECT_EQ(window.currentView(), View::Cases);
    EXPECT_EQ(labelText(window, "statusAgency"), QStringLiteral("IDN · DITRESKRIMUM"));
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
    EXPECT_TRUE(text.contains(ui::ErrorText::message(ErrorCode::NotLintasDatabase))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("has not been changed"))) << text.toStdString();
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
    const std::string path = dir.file("future.db");
    writeSqliteFile(path, store::Schema::kApplicationId, store::Schema::kCurrentVersion + 1);
    const QByteArray before = fileBytes(path);

    MainWindow window;
    window.openDatabase(QString::fromStdString(path));

    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_TRUE(labelText(window, "problemText").contains(ui::ErrorText::message(ErrorCode::NewerSchema)));
    EXPECT_FALSE(labelText(window, "problemDetail").isEmpty());
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(MainWindowTest, FailedOpenKeepsTheOpenDatabase) {
    const std::string good = closeWorkspace();
    const std::string bad = dir.file("bad.db");
    std::ofstream(bad) << "not a database";

    MainWindow window;
    window.openDatabase(QString::fromStdString(good));
    window.openDatabase(QString::fromStdString(bad));

    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_EQ(window.workspace()->path(), good);
    EXPECT_EQ(centralPage(window), QStringLiteral("workbench"));
    EXPECT_NE(window.findChild<QWidget*>(QStringLiteral("openErrorBox")), nullptr);
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
