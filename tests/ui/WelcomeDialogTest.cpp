#include "MainWindow.h"
#include "TempDir.h"
#include "UiTestSupport.h"
#include "settings/AppSettings.h"
#include "welcome/WelcomeDialog.h"

#include "lintas/service/Workspace.h"
#include "lintas/store/Cipher.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

#include <filesystem>
#include <fstream>

namespace lintas::test {
namespace {

using ui::MainWindow;
using ui::WelcomeDialog;

class WelcomeDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->show();
        window->openDatabase(QString::fromStdString(dir.file("lintas.db")));
        welcome = window->welcomeDialog();
        ASSERT_NE(welcome, nullptr);
        ASSERT_TRUE(welcome->isVisible());
    }
    void TearDown() override {
        window.reset();
        ui::AppSettings::clearRecentDatabases();
        QSettings().remove(QStringLiteral("databases/last"));
    }

    template <typename T>
    T* child(const char* name) const {
        auto* found = welcome->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    /// Chooses "Create a demo database" and fills in the page, with the account
    /// demo.admin / kDemoPassword.
    void chooseDemo(int cases, const std::string& path) {
        child<QCommandLinkButton>("demoChoice")->click();
        ASSERT_TRUE(welcome->isOnDemoPage());
        EXPECT_EQ(child<QSpinBox>("demoCases")->value(), 1000) << "the default";
        child<QSpinBox>("demoCases")->setValue(cases);
        welcome->setDemoPath(QString::fromStdString(path));
        EXPECT_EQ(child<QLineEdit>("accountUsername")->text(), QStringLiteral("demo.admin")) << "proposed";
        fillAccount(*welcome, QStringLiteral("demo.admin"), QStringLiteral("Demo administrator"),
                    QString::fromLatin1(kDemoPassword));
    }

    static constexpr const char* kDemoPassword = "demo passphrase (synthetic)";

    TempDir dir;
    std::unique_ptr<MainWindow> window;
    QPointer<WelcomeDialog> welcome;
};

TEST_F(WelcomeDialogTest, OffersTheThreeWaysToStart) {
    QStringList choices;
    for (const char* name : {"createChoice", "openChoice", "demoChoice"})
        choices << child<QCommandLinkButton>(name)->text();
    EXPECT_EQ(choices, (QStringList{QStringLiteral("Create the database for your agency"),
                                    QStringLiteral("Open an existing database"),
                                    QStringLiteral("Create a demo database")}));
    EXPECT_TRUE(child<QCommandLinkButton>("createChoice")->description().contains(QStringLiteral("lintas.db")));
}

TEST_F(WelcomeDialogTest, DemoWithTwentyCasesCompletesAndOpens) {
    const std::string path = dir.file("demo.db");
    chooseDemo(20, path);
    QSignalSpy progress(welcome.data(), &WelcomeDialog::demoProgress);
    child<QPushButton>("demoCreateButton")->click();
    EXPECT_TRUE(welcome->isGenerating());
    EXPECT_TRUE(child<QProgressBar>("demoProgress")->isVisible());
    EXPECT_EQ(child<QPushButton>("demoCancelButton")->text(), QStringLiteral("Stop"));

    QTRY_VERIFY_WITH_TIMEOUT(window->workspace() != nullptr, 60000);
    EXPECT_EQ(window->workspace()->path(), std::filesystem::absolute(path).string());
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Demo database created with 20 cases."));
    EXPECT_EQ(window->currentView(), ui::View::Cases);
    EXPECT_TRUE(labelText(*window, "statusAgency").endsWith(QStringLiteral("DEMO")));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 20);
    EXPECT_EQ(progress.last().at(1).toInt(), 20);
    auto count = window->workspace()->stats.caseCount();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 20);
    // Signed in as the demo's account, which holds every role, without typing the password again.
    EXPECT_EQ(window->workspace()->session().username, "demo.admin");
    EXPECT_EQ(window->workspace()->session().roles, security::RoleSet::all());
    EXPECT_EQ(store::probeDatabaseFile(path), store::FileKind::Encrypted);
    QTRY_VERIFY(welcome.isNull());  // closed and deleted
}

TEST_F(WelcomeDialogTest, DemoChecksItsAccountBeforeWritingAnything) {
    const std::string path = dir.file("demo.db");
    chooseDemo(20, path);
    fillAccount(*welcome, QStringLiteral("demo.admin"), QStringLiteral("Demo administrator"), QStringLiteral("short"));
    child<QPushButton>("demoCreateButton")->click();
    EXPECT_FALSE(welcome->isGenerating());
    EXPECT_TRUE(child<QLabel>("accountPasswordError")->isVisible());
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(WelcomeDialogTest, CancelStopsEarlyAndLeavesAValidDatabase) {
    const std::string path = dir.file("big-demo.db");
    const int requested = 2000;
    chooseDemo(requested, path);
    QSignalSpy progress(welcome.data(), &WelcomeDialog::demoProgress);
    child<QPushButton>("demoCreateButton")->click();

    ASSERT_TRUE(progress.wait(60000));  // the first batch is written
    child<QPushButton>("demoCancelButton")->click();
    EXPECT_EQ(labelText(*welcome, "demoStatus"), QStringLiteral("Stopping after the current batch…"));

    QTRY_VERIFY_WITH_TIMEOUT(window->workspace() != nullptr, 60000);
    auto count = window->workspace()->stats.caseCount();
    ASSERT_TRUE(count.ok());
    EXPECT_GT(*count, 0);
    EXPECT_LT(*count, requested);
    const QString message = window->statusBar()->currentMessage();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Demo database stopped early"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLocale().toString(requested))) << message.toStdString();

    // The file holds a valid database on its own, too.
    window.reset();
    auto reopened = Workspace::open(path, Credentials{"demo.admin", kDemoPassword});
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString();
    auto again = (*reopened)->stats.caseCount();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *count);
}

TEST_F(WelcomeDialogTest, DemoIsNeverWrittenIntoAnExistingFile) {
    const std::string path = dir.file("taken.db");
    std::ofstream(path) << "somebody's file";
    const QByteArray before = fileBytes(path);
    chooseDemo(20, path);
    child<QPushButton>("demoCreateButton")->click();

    EXPECT_FALSE(welcome->isGenerating());
    const QString error = labelText(*welcome, "demoError");
    EXPECT_TRUE(error.contains(QStringLiteral("already exists"))) << error.toStdString();
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_EQ(window->workspace(), nullptr);
}

TEST_F(WelcomeDialogTest, BackReturnsToTheChoices) {
    child<QCommandLinkButton>("demoChoice")->click();
    ASSERT_TRUE(welcome->isOnDemoPage());
    child<QPushButton>("demoBackButton")->click();
    EXPECT_FALSE(welcome->isOnDemoPage());
}

TEST(WelcomeDialogPathTest, ProposesADemoFileThatIsNotTaken) {
    TempDir dir;
    EXPECT_EQ(WelcomeDialog::freeDemoPath(QString::fromStdString(dir.path().string())),
              QString::fromStdString(dir.file("lintas-demo.db")));
    std::ofstream(dir.file("lintas-demo.db")) << "x";
    EXPECT_EQ(WelcomeDialog::freeDemoPath(QString::fromStdString(dir.path().string())),
              QString::fromStdString(dir.file("lintas-demo-2.db")));
}

}  // namespace
}  // namespace lintas::test
