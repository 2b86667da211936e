#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace lintas::test {
namespace {

using ui::AppSettings;
using ui::SettingsDialog;

class SettingsTest : public ::testing::Test {
protected:
    void SetUp() override { clear(); }
    void TearDown() override { clear(); }
    static void clear() {
        AppSettings::setLanguage({});
        AppSettings::clearRecentDatabases();
        QSettings().remove(QStringLiteral("databases/last"));
    }
    static QComboBox* languages(SettingsDialog& dialog) {
        return dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    }
};

TEST_F(SettingsTest, OffersSystemDefaultEnglishAndBahasaIndonesia) {
    SettingsDialog dialog;
    QComboBox* combo = languages(dialog);
    ASSERT_NE(combo, nullptr);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    ASSERT_GE(items.size(), 3);
    EXPECT_TRUE(items[0].startsWith(QStringLiteral("System default"))) << items[0].toStdString();
    EXPECT_TRUE(items.contains(QStringLiteral("English")));
    EXPECT_TRUE(items.contains(QStringLiteral("Bahasa Indonesia")));
    EXPECT_EQ(combo->currentIndex(), 0);
    EXPECT_TRUE(labelText(dialog, "languageNote").contains(QStringLiteral("next time it starts")));
}

TEST_F(SettingsTest, LanguageChoiceIsStoredAndShownAgain) {
    {
        SettingsDialog dialog;
        QComboBox* combo = languages(dialog);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Bahasa Indonesia")));
        EXPECT_TRUE(labelText(dialog, "languageNote").contains(QStringLiteral("next time it starts")));
        dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->click();
    }
    EXPECT_EQ(AppSettings::language(), QStringLiteral("id"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("id"));
    EXPECT_EQ(AppSettings::startupLanguage({}), QStringLiteral("id"));
    EXPECT_EQ(AppSettings::startupLanguage(QStringLiteral("en")), QStringLiteral("en")) << "--lang wins";

    SettingsDialog again;
    EXPECT_EQ(languages(again)->currentText(), QStringLiteral("Bahasa Indonesia"));
}

TEST_F(SettingsTest, CancelStoresNothing) {
    SettingsDialog dialog;
    QComboBox* combo = languages(dialog);
    combo->setCurrentIndex(combo->findText(QStringLiteral("English")));
    dialog.reject();
    EXPECT_EQ(AppSettings::language(), QString());
}

TEST_F(SettingsTest, RecentDatabasesKeepTheEightLatestWithoutDuplicates) {
    for (int i = 1; i <= 10; ++i)
        AppSettings::noteDatabaseOpened(QStringLiteral("/data/case-%1.db").arg(i));
    AppSettings::noteDatabaseOpened(QStringLiteral("/data/case-5.db"));
    const QStringList recent = AppSettings::recentDatabases();
    ASSERT_EQ(recent.size(), AppSettings::kMaxRecentDatabases);
    EXPECT_EQ(recent.first(), QStringLiteral("/data/case-5.db"));
    EXPECT_EQ(recent.count(QStringLiteral("/data/case-5.db")), 1);
    EXPECT_EQ(recent.at(1), QStringLiteral("/data/case-10.db"));
    EXPECT_FALSE(recent.contains(QStringLiteral("/data/case-1.db")));
    EXPECT_EQ(AppSettings::lastDatabase(), QStringLiteral("/data/case-5.db"));

    AppSettings::removeRecentDatabase(QStringLiteral("/data/case-5.db"));
    EXPECT_EQ(AppSettings::recentDatabases().first(), QStringLiteral("/data/case-10.db"));
}

TEST_F(SettingsTest, WithoutADatabaseThereIsNoLockTime) {
    SettingsDialog dialog;
    EXPECT_EQ(dialog.findChild<QSpinBox*>(QStringLiteral("lockAfterMinutes")), nullptr);
    EXPECT_EQ(dialog.lockAfterMinutes(), -1);
}

TEST(SettingsNoDatabaseTest, LastUserNameIsRememberedPerDatabase) {
    AppSettings::noteDatabaseOpened(QStringLiteral("/data/a.db"));
    AppSettings::noteDatabaseOpened(QStringLiteral("/data/b.db"));
    AppSettings::setLastUsername(QStringLiteral("/data/a.db"), QStringLiteral("inv.sari"));
    AppSettings::setLastUsername(QStringLiteral("/data/b.db"), QStringLiteral("vso.dewi"));
    EXPECT_EQ(AppSettings::lastUsername(QStringLiteral("/data/a.db")), QStringLiteral("inv.sari"));
    EXPECT_EQ(AppSettings::lastUsername(QStringLiteral("/data/b.db")), QStringLiteral("vso.dewi"));
    EXPECT_EQ(AppSettings::lastUsername(QStringLiteral("/data/c.db")), QString());
    AppSettings::clearRecentDatabases();
    QSettings().remove(QStringLiteral("databases/last"));
    QSettings().remove(QStringLiteral("signIn"));
}

/// The lock time lives in the database; only an administrator changes it.
class LockTimeSettingTest : public WorkspaceTest {};

TEST_F(LockTimeSettingTest, AnAdministratorChangesTheLockTimeForEveryone) {
    SettingsDialog dialog(nullptr, ws.get());
    auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("lockAfterMinutes"));
    ASSERT_NE(minutes, nullptr);
    EXPECT_EQ(minutes->value(), 10) << "the default";
    EXPECT_TRUE(minutes->isEnabled());
    minutes->setValue(0);
    EXPECT_EQ(minutes->text(), QStringLiteral("Never"));
    minutes->setValue(3);
    dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto stored = ws->users.lockAfterMinutes();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, 3);
}

TEST_F(LockTimeSettingTest, OthersSeeItButCannotChangeIt) {
    must(ws->users.create("inv.test", "Investigator (synthetic)", security::RoleSet{security::Role::Investigator},
                          kTestPassword, kTestPassword));
    reopenAs("inv.test");
    SettingsDialog dialog(nullptr, ws.get());
    auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("lockAfterMinutes"));
    ASSERT_NE(minutes, nullptr);
    EXPECT_EQ(minutes->value(), 10);
    EXPECT_FALSE(minutes->isEnabled());
    EXPECT_TRUE(labelText(dialog, "lockNote").contains(QStringLiteral("Only an administrator")));
    dialog.findChild<QPushButton*>(QStringLiteral("okButton"))->click();
    EXPECT_EQ(*ws->users.lockAfterMinutes(), 10);
}

}  // namespace
}  // namespace lintas::test
