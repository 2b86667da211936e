#include "FirstStartDialog.h"
#include "TempDir.h"
#include "UiTestSupport.h"
#include "common/CountryModel.h"
#include "security/AccountForm.h"

#include "lintas/store/Cipher.h"

#include "lintas/service/AgencyService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <filesystem>
#include <fstream>

namespace lintas::test {
namespace {

using ui::FirstStartDialog;

class FirstStartDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = dir.file("lintas.db");
        dialog = std::make_unique<FirstStartDialog>(QString::fromStdString(path));
        dialog->show();
        code = dialog->findChild<QLineEdit*>(QStringLiteral("agencyCode"));
        country = dialog->findChild<QComboBox*>(QStringLiteral("agencyCountry"));
        name = dialog->findChild<QLineEdit*>(QStringLiteral("agencyName"));
        create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
        ASSERT_TRUE(code && country && name && create);
    }

    /// A valid administrator account in the form.
    void fillGoodAccount() {
        fillAccount(*dialog, QStringLiteral("admin.sari"), QStringLiteral("Sari Wulandari (synthetic)"),
                    QStringLiteral("correct horse battery"));
    }
    /// Clicks Create and waits for the worker, if one started.
    void clickCreate() {
        QTest::mouseClick(create, Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy(); }));
    }

    QLabel* message(const char* objectName) const {
        return dialog->findChild<QLabel*>(QString::fromLatin1(objectName));
    }
    /// The visible messages, by object name.
    std::vector<std::string> visibleMessages() const {
        std::vector<std::string> out;
        for (const char* n : {"agencyCodeError", "agencyCountryError", "agencyNameError", "formError"})
            if (message(n)->isVisible())
                out.emplace_back(n);
        return out;
    }

    TempDir dir;
    std::string path;
    std::unique_ptr<FirstStartDialog> dialog;
    QLineEdit* code = nullptr;
    QComboBox* country = nullptr;
    QLineEdit* name = nullptr;
    QPushButton* create = nullptr;
};

TEST_F(FirstStartDialogTest, LabelMnemonicsFocusTheirFields) {
    QApplication::setActiveWindow(dialog.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
    QTest::keyClick(dialog.get(), Qt::Key_N, Qt::AltModifier);
    EXPECT_TRUE(name->hasFocus());
    QTest::keyClick(dialog.get(), Qt::Key_C, Qt::AltModifier);
    EXPECT_TRUE(code->hasFocus());
}

TEST_F(FirstStartDialogTest, DefaultsToIndonesia) {
    EXPECT_EQ(country->currentData(ui::CountryModel::Alpha3Role).toString(), QStringLiteral("IDN"));
    EXPECT_EQ(dialog->agency().country, "IDN");
    EXPECT_TRUE(visibleMessages().empty());
}

TEST_F(FirstStartDialogTest, EmptyCodeShowsCoreMessageNextToCodeField) {
    name->setText(QStringLiteral("Bareskrim Polri"));
    QTest::mouseClick(create, Qt::LeftButton);

    // The field is core's verdict; the dialog only words it.
    const Status verdict = AgencyService::validate(dialog->agency());
    ASSERT_FALSE(verdict.ok());
    EXPECT_EQ(verdict.error().field, "agency.code");

    EXPECT_EQ(visibleMessages(), std::vector<std::string>{"agencyCodeError"});
    EXPECT_EQ(message("agencyCodeError")->text(), QStringLiteral("Enter the agency's code, for example BARESKRIM."));
    EXPECT_EQ(message("agencyCodeError")->parentWidget(), code->parentWidget()) << "message sits with its field";
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->takeWorkspace(), nullptr);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(FirstStartDialogTest, BadCodeShowsCoreMessageNextToCodeField) {
    QTest::keyClicks(code, QStringLiteral("bad code!"));
    name->setText(QStringLiteral("Bareskrim Polri"));
    QTest::mouseClick(create, Qt::LeftButton);

    EXPECT_EQ(visibleMessages(), std::vector<std::string>{"agencyCodeError"});
    EXPECT_EQ(message("agencyCodeError")->text(),
              QStringLiteral("Use only capital letters A–Z, digits, “-” and “_”, at most 32 characters."));
    EXPECT_EQ(code->accessibleDescription(), message("agencyCodeError")->text());
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(FirstStartDialogTest, EmptyNameShowsMessageNextToNameField) {
    code->setText(QStringLiteral("BARESKRIM"));
    name->setText(QStringLiteral("   "));
    QTest::mouseClick(create, Qt::LeftButton);

    EXPECT_EQ(visibleMessages(), std::vector<std::string>{"agencyNameError"});
    EXPECT_EQ(message("agencyNameError")->text(), QStringLiteral("Enter the agency's name."));
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(FirstStartDialogTest, MessagesFollowEditsAfterTheFirstAttempt) {
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_EQ(visibleMessages(), std::vector<std::string>{"agencyCodeError"});

    QTest::keyClicks(code, QStringLiteral("BARESKRIM"));
    EXPECT_EQ(visibleMessages(), std::vector<std::string>{"agencyNameError"});
    EXPECT_EQ(code->accessibleDescription(), QString());

    QTest::keyClicks(name, QStringLiteral("Bareskrim Polri"));
    EXPECT_TRUE(visibleMessages().empty());
    EXPECT_FALSE(std::filesystem::exists(path)) << "editing never creates the database";
}

TEST_F(FirstStartDialogTest, CreateMakesTheDatabaseWithTheChosenCountry) {
    code->setText(QStringLiteral("RTP"));
    country->setCurrentIndex(country->findData(QStringLiteral("THA"), ui::CountryModel::Alpha3Role));
    name->setText(QStringLiteral("สำนักงานตำรวจแห่งชาติ (synthetic)"));
    fillGoodAccount();
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_TRUE(dialog->isBusy()) << "the key derivation runs on a worker";
    EXPECT_FALSE(create->isEnabled());
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy(); }));

    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_FALSE(dialog->isVisible());
    auto ws = dialog->takeWorkspace();
    ASSERT_NE(ws, nullptr);
    auto local = ws->agencies.local();
    ASSERT_TRUE(local.ok());
    EXPECT_EQ(local->code, "RTP");
    EXPECT_EQ(local->country, "THA");
    EXPECT_EQ(local->name, "สำนักงานตำรวจแห่งชาติ (synthetic)");
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(store::probeDatabaseFile(path), store::FileKind::Encrypted);
    EXPECT_EQ(ws->session().username, "admin.sari");
    EXPECT_EQ(ws->session().roles, security::RoleSet{security::Role::Administrator})
        << "an administrator holds no other role unless ticked";
}

TEST_F(FirstStartDialogTest, TheAdministratorMayAlsoHoldOtherRoles) {
    code->setText(QStringLiteral("BARESKRIM"));
    name->setText(QStringLiteral("Bareskrim Polri (synthetic)"));
    fillGoodAccount();
    EXPECT_TRUE(labelText(*dialog, "accountRolesNote").contains(QStringLiteral("no case content")));
    dialog->findChild<QCheckBox*>(QStringLiteral("accountRole-investigator"))->setChecked(true);
    dialog->findChild<QCheckBox*>(QStringLiteral("accountRole-supervisor"))->setChecked(true);
    EXPECT_EQ(dialog->findChild<QCheckBox*>(QStringLiteral("accountRole-administrator")), nullptr)
        << "administrator is not optional";
    clickCreate();

    auto ws = dialog->takeWorkspace();
    ASSERT_NE(ws, nullptr);
    EXPECT_EQ(ws->session().roles, (security::RoleSet{security::Role::Administrator, security::Role::Investigator,
                                                      security::Role::Supervisor}));
    // The account can sign in with its password.
    ws.reset();
    auto again = Workspace::open(path, Credentials{"admin.sari", "correct horse battery"});
    ASSERT_TRUE(again.ok()) << again.error().toString();
    EXPECT_TRUE((*again)->session().can(security::Permission::CaseWrite));
}

TEST_F(FirstStartDialogTest, PasswordRulesAreShownAndChecked) {
    code->setText(QStringLiteral("BARESKRIM"));
    name->setText(QStringLiteral("Bareskrim Polri (synthetic)"));
    EXPECT_TRUE(labelText(*dialog, "accountPasswordRules").contains(QStringLiteral("At least 10 characters")));

    fillAccount(*dialog, QStringLiteral("admin.sari"), QStringLiteral("Sari"), QStringLiteral("short"));
    clickCreate();
    EXPECT_TRUE(message("accountPasswordError")->isVisible());
    EXPECT_EQ(message("accountPasswordError")->text(),
              QStringLiteral("The password must have at least 10 characters and must not be the user name."));

    fillAccount(*dialog, QStringLiteral("admin.sari.long"), QStringLiteral("Sari"), QStringLiteral("admin.sari.long"));
    clickCreate();
    EXPECT_TRUE(message("accountPasswordError")->isVisible()) << "not the user name";

    fillAccount(*dialog, QStringLiteral("admin.sari"), QStringLiteral("Sari"), QStringLiteral("long enough passphrase"),
                QStringLiteral("long enough passphrasf"));
    clickCreate();
    EXPECT_FALSE(message("accountPasswordError")->isVisible());
    EXPECT_EQ(message("accountPasswordRepeatError")->text(),
              QStringLiteral("The two passwords differ. Type the same password twice."));

    fillAccount(*dialog, QStringLiteral("Admin Sari!"), QStringLiteral("Sari"), QStringLiteral("long enough passphrase"));
    clickCreate();
    EXPECT_TRUE(message("accountUsernameError")->isVisible());
    EXPECT_FALSE(std::filesystem::exists(path)) << "nothing is created while a field is wrong";
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(FirstStartDialogTest, ExistingFileIsNotOverwrittenAndTheFileIsNamed) {
    std::ofstream(path) << "someone's data";
    code->setText(QStringLiteral("BARESKRIM"));
    name->setText(QStringLiteral("Bareskrim Polri"));
    fillGoodAccount();
    clickCreate();

    EXPECT_EQ(visibleMessages(), std::vector<std::string>{"formError"});
    EXPECT_TRUE(message("formError")->text().contains(QString::fromStdString(path)));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(fileBytes(path), QByteArray("someone's data"));
}

}  // namespace
}  // namespace lintas::test
