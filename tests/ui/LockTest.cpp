#include "MainWindow.h"
#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "cases/CasesPage.h"
#include "security/IdleWatcher.h"
#include "security/LockScreen.h"
#include "security/SignInDialog.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>

#include <chrono>

namespace lintas::test {
namespace {

using namespace std::chrono_literals;
using ui::MainWindow;

/// A main window showing the test database (admin.test, every role) with one case open.
class LockTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        caseUuid = must(ws->cases.create(makeCase())).meta.uuid;
        path = ws->path();
        window = std::make_unique<MainWindow>();
        window->setRememberDatabases(false);
        window->showWorkspace(std::move(ws));
        window->show();
        QApplication::setActiveWindow(window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(window->openCaseByKey(QString::fromStdString(caseUuid)));
        ASSERT_TRUE(window->casesPage()->isVisible());
    }
    void TearDown() override {
        window.reset();
        ui::AppSettings::clearRecentDatabases();
        QSettings().remove(QStringLiteral("databases/last"));
    }

    QLineEdit* lockPassword() const { return window->findChild<QLineEdit*>(QStringLiteral("lockPassword")); }
    QPushButton* unlockButton() const { return window->findChild<QPushButton*>(QStringLiteral("unlockButton")); }

    std::int64_t auditCount(const char* action) {
        security::AuditQuery q;
        q.action = action;
        auto n = window->workspace()->audit().count(q);
        EXPECT_TRUE(n.ok());
        return n.ok() ? *n : -1;
    }

    std::string caseUuid;
    std::string path;
    std::unique_ptr<MainWindow> window;
};

TEST_F(LockTest, ControlLHidesEverythingOfTheDatabase) {
    // A dialog over the window, and a message that names a record, must not stay in sight.
    auto* dialog = new QDialog(window.get());
    dialog->setObjectName(QStringLiteral("someDialog"));
    dialog->show();
    window->statusBar()->showMessage(QStringLiteral("Saved Dewi Lestari"));

    QSignalSpy locked(window.get(), &MainWindow::locked);
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);

    EXPECT_EQ(locked.count(), 1);
    EXPECT_TRUE(window->isLocked());
    EXPECT_FALSE(window->casesPage()->isVisible()) << "no case widget stays visible";
    EXPECT_FALSE(window->findChild<QWidget*>(QStringLiteral("workbench"))->isVisible());
    EXPECT_TRUE(window->lockScreen()->isVisible());
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_TRUE(window->statusBar()->currentMessage().isEmpty());
    EXPECT_FALSE(window->menuBar()->isEnabled());
    for (const char* name : {"newCaseAction", "findAction", "gocasesAction", "settingsAction", "openDatabaseAction"})
        EXPECT_FALSE(window->findChild<QAction*>(QString::fromLatin1(name))->isEnabled()) << name;
    EXPECT_TRUE(labelText(*window, "lockUser").contains(QStringLiteral("admin.test")));
    EXPECT_TRUE(lockPassword()->hasFocus());
    EXPECT_EQ(auditCount(security::audit::kLock), 1);

    // Shortcuts of the hidden pages do nothing.
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_TRUE(window->isLocked());
    EXPECT_FALSE(window->casesPage()->isVisible());
}

TEST_F(LockTest, WrongPasswordStaysLocked) {
    window->lock();
    lockPassword()->setText(QStringLiteral("not my password, sorry"));
    QTest::mouseClick(unlockButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return lockPassword()->isEnabled(); }));

    EXPECT_TRUE(window->isLocked());
    EXPECT_FALSE(window->casesPage()->isVisible());
    EXPECT_TRUE(lockPassword()->text().isEmpty());
    const QString message = labelText(*window, "lockMessage");
    EXPECT_EQ(message, QStringLiteral("The password is wrong.")) << message.toStdString();
}

TEST_F(LockTest, RightPasswordUnlocksAndBringsBackWhatWasOpen) {
    auto* dialog = new QDialog(window.get());
    dialog->show();
    window->lock();
    ASSERT_FALSE(dialog->isVisible());

    QSignalSpy unlocked(window.get(), &MainWindow::unlocked);
    lockPassword()->setText(QString::fromLatin1(kTestPassword));
    QTest::keyClick(lockPassword(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return !window->isLocked(); }));

    EXPECT_EQ(unlocked.count(), 1);
    EXPECT_TRUE(window->casesPage()->isVisible());
    EXPECT_FALSE(window->lockScreen()->isVisible());
    EXPECT_TRUE(window->menuBar()->isEnabled());
    EXPECT_TRUE(window->findChild<QAction*>(QStringLiteral("newCaseAction"))->isEnabled());
    EXPECT_TRUE(dialog->isVisible()) << "the dialog hidden by the lock comes back";
    EXPECT_TRUE(lockPassword()->text().isEmpty());
    EXPECT_EQ(auditCount(security::audit::kUnlock), 1);
}

TEST_F(LockTest, IdleTimeLocksTheWindow) {
    window->idleWatcher()->setTimeout(50ms);
    window->idleWatcher()->setActive(true);
    ASSERT_TRUE(waitUntil([&] { return window->isLocked(); }, 5000));
    EXPECT_FALSE(window->casesPage()->isVisible());
    EXPECT_FALSE(window->idleWatcher()->isActive()) << "no second lock while locked";
}

TEST_F(LockTest, IdleTimeComesFromTheDatabaseAndZeroMeansNever) {
    EXPECT_EQ(window->idleWatcher()->timeout(), std::chrono::milliseconds(10min)) << "the default";
    EXPECT_TRUE(window->idleWatcher()->isActive());

    must(window->workspace()->users.setLockAfterMinutes(0));
    auto reopened = Workspace::open(path, Credentials{"admin.test", kTestPassword}, testOptions(clock, 44));
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString();
    window->showWorkspace(std::move(reopened).value());
    EXPECT_EQ(window->idleWatcher()->timeout(), 0ms);
}

TEST_F(LockTest, SignOutOnTheLockScreenClosesTheDatabaseAndAsksForASignIn) {
    window->lock();
    QSignalSpy signedOut(window.get(), &MainWindow::signedOut);
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("lockSignOutButton")), Qt::LeftButton);

    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_EQ(window->workspace(), nullptr);
    EXPECT_FALSE(window->isLocked());
    EXPECT_EQ(window->casesPage(), nullptr);
    ui::SignInDialog* signIn = window->signInDialog();
    ASSERT_NE(signIn, nullptr);
    EXPECT_TRUE(signIn->isVisible());
    EXPECT_EQ(labelText(*signIn, "signInNotice"), QStringLiteral("You have signed out."));

    // The next user signs in through it.
    signIn->setUsername(QStringLiteral("admin.test"));
    signIn->setPassword(QString::fromLatin1(kTestPassword));
    signIn->accept();
    ASSERT_TRUE(waitUntil([&] { return window->workspace() != nullptr; }));
    security::AuditQuery q;
    q.action = security::audit::kSignOut;
    EXPECT_GE(*window->workspace()->audit().count(q), 1);
}

TEST_F(LockTest, ClosingWhileLockedIsRefused) {
    window->lock();
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
    EXPECT_FALSE(labelText(*window, "lockMessage").isEmpty());
}

}  // namespace
}  // namespace lintas::test
