#include "FirstStartDialog.h"
#include "StartWindow.h"
#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "common/ErrorText.h"

#include "lintas/store/Schema.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

namespace lintas::test {
namespace {

using ui::StartWindow;

class StartWindowTest : public WorkspaceTest {
protected:
    /// Closes the fixture's workspace so that only the window has the file open.
    std::string closeWorkspace() {
        const std::string path = ws->path();
        ws.reset();
        return path;
    }

    static QWidget* currentPage(const StartWindow& window) {
        return window.findChild<QStackedWidget*>()->currentWidget();
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

TEST_F(StartWindowTest, ShowsLocalAgencyPathAndCaseCount) {
    for (const char* title : {"Online job scam, Sihanoukville", "Fishing vessel, Benjina", "Domestic work, Riyadh"})
        must(ws->cases.create(makeCase(title)));
    const std::string path = closeWorkspace();

    StartWindow window;
    window.openDatabase(QString::fromStdString(path));

    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_EQ(window.firstStartDialog(), nullptr);
    EXPECT_EQ(currentPage(window)->objectName(), QStringLiteral("workspacePage"));
    EXPECT_EQ(labelText(window, "agencyCodeValue"), QStringLiteral("BARESKRIM"));
    EXPECT_EQ(labelText(window, "agencyCountryValue"), QStringLiteral("Indonesia (IDN)"));
    EXPECT_EQ(labelText(window, "agencyNameValue"), QStringLiteral("Bareskrim Polri (synthetic test agency)"));
    EXPECT_EQ(labelText(window, "databasePathValue"), QDir::toNativeSeparators(QString::fromStdString(path)));
    EXPECT_EQ(labelText(window, "caseCountValue"), QStringLiteral("3"));
    EXPECT_EQ(labelText(window, "statusAgency"), QStringLiteral("IDN · BARESKRIM"));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("test.db")));
}

TEST_F(StartWindowTest, EmptyDatabaseShowsZeroCases) {
    StartWindow window;
    window.openDatabase(QString::fromStdString(closeWorkspace()));
    EXPECT_EQ(labelText(window, "caseCountValue"), QStringLiteral("0"));
}

TEST_F(StartWindowTest, MissingFileStartsFirstStartAndCreatesTheDatabase) {
    const std::string path = dir.file("new/lintas.db");
    StartWindow window;
    window.show();
    window.openDatabase(QString::fromStdString(path));

    ui::FirstStartDialog* dialog = window.firstStartDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_FALSE(std::filesystem::exists(path));

    dialog->findChild<QLineEdit*>(QStringLiteral("agencyCode"))->setText(QStringLiteral("DITRESKRIMUM"));
    dialog->findChild<QLineEdit*>(QStringLiteral("agencyName"))->setText(QStringLiteral("Polda Kepri (synthetic)"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);

    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(currentPage(window)->objectName(), QStringLiteral("workspacePage"));
    EXPECT_EQ(labelText(window, "agencyCodeValue"), QStringLiteral("DITRESKRIMUM"));
    EXPECT_EQ(labelText(window, "agencyCountryValue"), QStringLiteral("Indonesia (IDN)"));
    EXPECT_EQ(labelText(window, "caseCountValue"), QStringLiteral("0"));
}

TEST_F(StartWindowTest, CancelledFirstStartLeavesNoFileAndOffersNewOrOpen) {
    const std::string path = dir.file("cancelled.db");
    StartWindow window;
    window.show();
    window.openDatabase(QString::fromStdString(path));
    ASSERT_NE(window.firstStartDialog(), nullptr);

    window.firstStartDialog()->reject();

    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_EQ(currentPage(window)->objectName(), QStringLiteral("problemPage"));
    EXPECT_EQ(labelText(window, "problemTitle"), QStringLiteral("No database is open"));
    EXPECT_TRUE(window.findChild<QPushButton*>(QStringLiteral("problemNewButton"))->isVisibleTo(&window));
}

TEST_F(StartWindowTest, NonLintasFileIsExplainedAndLeftUnchanged) {
    const std::string path = dir.file("notes.db");
    {
        std::ofstream out(path, std::ios::binary);
        out << "Meeting notes, not a database.\n" << std::string("\x00\x01\x02\xff", 4);
    }
    const QByteArray before = fileBytes(path);

    StartWindow window;
    window.openDatabase(QString::fromStdString(path));

    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_EQ(window.firstStartDialog(), nullptr);
    EXPECT_EQ(currentPage(window)->objectName(), QStringLiteral("problemPage"));
    EXPECT_EQ(labelText(window, "problemTitle"), QStringLiteral("Cannot open the database"));
    const QString text = labelText(window, "problemText");
    EXPECT_TRUE(text.contains(QDir::toNativeSeparators(QString::fromStdString(path)))) << text.toStdString();
    EXPECT_TRUE(text.contains(ui::ErrorText::message(ErrorCode::NotLintasDatabase))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("has not been changed"))) << text.toStdString();
    auto* openAnother = window.findChild<QPushButton*>(QStringLiteral("problemOpenButton"));
    EXPECT_EQ(openAnother->text(), QStringLiteral("Open another…"));
    EXPECT_TRUE(window.findChild<QPushButton*>(QStringLiteral("problemQuitButton"))->isVisibleTo(&window));
    EXPECT_FALSE(window.findChild<QPushButton*>(QStringLiteral("problemNewButton"))->isVisibleTo(&window));
    EXPECT_EQ(fileBytes(path), before);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(std::filesystem::exists(path + suffix)) << suffix;
}

TEST_F(StartWindowTest, SqliteFileOfAnotherApplicationIsRefusedUnchanged) {
    const std::string path = dir.file("other-app.sqlite");
    writeSqliteFile(path, 0x12345678, 3);
    const QByteArray before = fileBytes(path);

    StartWindow window;
    window.openDatabase(QString::fromStdString(path));

    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_TRUE(labelText(window, "problemText").contains(ui::ErrorText::message(ErrorCode::NotLintasDatabase)));
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(StartWindowTest, NewerSchemaIsRefusedUnchanged) {
    const std::string path = dir.file("future.db");
    writeSqliteFile(path, store::Schema::kApplicationId, store::Schema::kCurrentVersion + 1);
    const QByteArray before = fileBytes(path);

    StartWindow window;
    window.openDatabase(QString::fromStdString(path));

    EXPECT_EQ(window.workspace(), nullptr);
    EXPECT_TRUE(labelText(window, "problemText").contains(ui::ErrorText::message(ErrorCode::NewerSchema)));
    EXPECT_FALSE(labelText(window, "problemDetail").isEmpty());
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(StartWindowTest, FailedOpenKeepsTheOpenDatabase) {
    const std::string good = closeWorkspace();
    const std::string bad = dir.file("bad.db");
    std::ofstream(bad) << "not a database";

    StartWindow window;
    window.openDatabase(QString::fromStdString(good));
    window.openDatabase(QString::fromStdString(bad));

    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_EQ(window.workspace()->path(), good);
    EXPECT_EQ(currentPage(window)->objectName(), QStringLiteral("workspacePage"));
    EXPECT_NE(window.findChild<QWidget*>(QStringLiteral("openErrorBox")), nullptr);
}

TEST_F(StartWindowTest, AboutCreditsHtcds) {
    StartWindow window;
    const QString about = window.aboutText();
    EXPECT_TRUE(about.contains(QStringLiteral("Human Trafficking Case Data Standard (HTCDS) 2.0 by IOM, CC BY 4.0")));
    EXPECT_TRUE(about.contains(QStringLiteral(LINTAS_VERSION)));
}

}  // namespace
}  // namespace lintas::test
