#include "FirstStartDialog.h"
#include "MainWindow.h"
#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "common/Translations.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

namespace lintas::test {
namespace {

using ui::Translations;

TEST(TranslationTest, IndonesianIsEmbedded) {
    EXPECT_NE(Translations::load(QLocale(QStringLiteral("id"))), nullptr);
    EXPECT_NE(Translations::load(QLocale(QStringLiteral("id_ID"))), nullptr);
    EXPECT_NE(Translations::load(Translations::localeFor(QStringLiteral("id"))), nullptr);
}

TEST(TranslationTest, EnglishIsTheSourceLanguage) {
    EXPECT_TRUE(Translations::isSourceLanguage(QLocale(QStringLiteral("en_GB"))));
    EXPECT_EQ(Translations::load(QLocale(QStringLiteral("en"))), nullptr);
    EXPECT_FALSE(Translations::isSourceLanguage(QLocale(QStringLiteral("id"))));
}

TEST(TranslationTest, MainWindowSpeaksIndonesian) {
    ScopedTranslation indonesian(QStringLiteral("id"));
    ASSERT_TRUE(indonesian.loaded());
    ui::MainWindow window;
    EXPECT_EQ(labelText(window, "problemTitle"), QStringLiteral("Belum ada basis data yang dibuka"));
    EXPECT_EQ(window.findChild<QPushButton*>(QStringLiteral("problemOpenButton"))->text(),
              QStringLiteral("Buka basis data…"));
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    ASSERT_FALSE(menus.isEmpty());
    EXPECT_EQ(menus.first(), QStringLiteral("&Berkas"));
    EXPECT_EQ(menus.last(), QStringLiteral("Ba&ntuan"));
}

TEST(TranslationTest, FirstStartMessagesAreIndonesian) {
    ScopedTranslation indonesian(QStringLiteral("id"));
    TempDir dir;
    ui::FirstStartDialog dialog(QString::fromStdString(dir.file("x.db")));
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    EXPECT_EQ(labelText(dialog, "agencyCodeError"), QStringLiteral("Masukkan kode instansi, misalnya BARESKRIM."));
    EXPECT_EQ(dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"))->text(), QStringLiteral("Batal"));
}

}  // namespace
}  // namespace lintas::test
