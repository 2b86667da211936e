#include "security/UsersPage.h"

#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "security/UserDialog.h"
#include "security/UserTableModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace lintas::test {
namespace {

using security::Role;
using ui::UserDialog;
using ui::UserTableModel;

/// Synthetic passwords for the accounts these tests add.
constexpr const char* kNewPassword = "plum orchard lantern";
constexpr const char* kOtherPassword = "river stone meadow";

template <typename T>
T* childOf(QWidget* root, const char* name) {
    auto* w = root->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << "no child named " << name;
    return w;
}

class UsersPageTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        page = std::make_unique<ui::UsersPage>(*ws);
        page->resize(1200, 700);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }
    void TearDown() override { page.reset(); }

    QString cell(int row, int column) const { return page->model()->index(row, column).data().toString(); }
    int rowOf(const std::string& username) const {
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (cell(row, UserTableModel::UsernameColumn) == QString::fromStdString(username))
                return row;
        return -1;
    }
    void select(const std::string& username) {
        const int row = rowOf(username);
        ASSERT_GE(row, 0) << username;
        page->view()->setCurrentIndex(page->model()->index(row, 0));
    }
    static QPushButton* okOf(UserDialog* dialog) { return childOf<QPushButton>(dialog, "userDialogOk"); }

    /// Signs in to the test database as `username`; the page (which refers to the workspace) goes first.
    Result<std::unique_ptr<Workspace>> signInAs(const std::string& username, const std::string& password) {
        page.reset();
        const std::string path = ws->path();
        ws.reset();
        return Workspace::open(path, Credentials{username, password}, testOptions(clock, 43));
    }

    std::unique_ptr<ui::UsersPage> page;
};

TEST_F(UsersPageTest, ListsTheAdministrator) {
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(cell(0, UserTableModel::UsernameColumn), QStringLiteral("admin.test"));
    EXPECT_EQ(cell(0, UserTableModel::DisplayNameColumn), QStringLiteral("Test Administrator"));
    EXPECT_TRUE(cell(0, UserTableModel::RolesColumn).contains(QStringLiteral("Administrator")));
    EXPECT_TRUE(cell(0, UserTableModel::RolesColumn).contains(QStringLiteral("Investigator")));
    EXPECT_EQ(cell(0, UserTableModel::ActiveColumn), QStringLiteral("Active"));
    EXPECT_FALSE(cell(0, UserTableModel::LastSignInColumn).isEmpty());
    EXPECT_EQ(modelTesterProblems(page->model()), std::vector<std::string>{});
}

TEST_F(UsersPageTest, AddsAUserWhoCanThenSignIn) {
    QSignalSpy changed(page.get(), &ui::Page::dataChanged);
    UserDialog* dialog = page->addUser();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(okOf(dialog)->isEnabled()) << "nothing typed yet";
    childOf<QLineEdit>(dialog, "userName")->setText(QStringLiteral("inv.sari"));
    childOf<QLineEdit>(dialog, "userDisplayName")->setText(QStringLiteral("Sari Wulandari (synthetic)"));
    childOf<QCheckBox>(dialog, "userRole_investigator")->setChecked(true);
    childOf<QLineEdit>(dialog, "userPassword")->setText(QString::fromLatin1(kNewPassword));
    childOf<QLineEdit>(dialog, "userPasswordRepeat")->setText(QStringLiteral("plum orchard lanterns"));
    childOf<QLineEdit>(dialog, "userConfirmPassword")->setText(QString::fromLatin1(kTestPassword));
    EXPECT_FALSE(okOf(dialog)->isEnabled()) << "the two passwords differ";
    EXPECT_TRUE(childOf<QLabel>(dialog, "userPasswordMismatch")->isVisible());
    childOf<QLineEdit>(dialog, "userPasswordRepeat")->setText(QString::fromLatin1(kNewPassword));
    ASSERT_TRUE(okOf(dialog)->isEnabled());
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QCoreApplication::processEvents();

    const int row = rowOf("inv.sari");
    ASSERT_GE(row, 0) << "the new user is listed";
    EXPECT_EQ(cell(row, UserTableModel::RolesColumn), QStringLiteral("Investigator"));
    EXPECT_EQ(cell(row, UserTableModel::LastSignInColumn), QStringLiteral("never"));
    EXPECT_EQ(page->view()->currentIndex().row(), row) << "and selected";
    EXPECT_EQ(changed.count(), 1);

    auto signedIn = signInAs("inv.sari", kNewPassword);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().toString();
    EXPECT_EQ((*signedIn)->session().username, "inv.sari");
    EXPECT_EQ((*signedIn)->session().roles, security::RoleSet{Role::Investigator});
}

TEST_F(UsersPageTest, AWrongOwnPasswordKeepsTheDialogOpenAndAddsNobody) {
    UserDialog* dialog = page->addUser();
    childOf<QLineEdit>(dialog, "userName")->setText(QStringLiteral("vso.ratna"));
    childOf<QLineEdit>(dialog, "userDisplayName")->setText(QStringLiteral("Ratna (synthetic)"));
    childOf<QCheckBox>(dialog, "userRole_victim-support")->setChecked(true);
    childOf<QLineEdit>(dialog, "userPassword")->setText(QString::fromLatin1(kNewPassword));
    childOf<QLineEdit>(dialog, "userPasswordRepeat")->setText(QString::fromLatin1(kNewPassword));
    childOf<QLineEdit>(dialog, "userConfirmPassword")->setText(QStringLiteral("not my password"));
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(labelText(*dialog, "userDialogError"), QStringLiteral("Your own password is wrong."));
    EXPECT_EQ(rowOf("vso.ratna"), -1);
    EXPECT_FALSE(ws->users.byUsername("vso.ratna").ok());

    // A password core finds too short: core's rule, shown in the dialog.
    childOf<QLineEdit>(dialog, "userPassword")->setText(QStringLiteral("short"));
    childOf<QLineEdit>(dialog, "userPasswordRepeat")->setText(QStringLiteral("short"));
    childOf<QLineEdit>(dialog, "userConfirmPassword")->setText(QString::fromLatin1(kTestPassword));
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(labelText(*dialog, "userDialogError"), QStringLiteral("The password must have at least 10 characters."));
    EXPECT_EQ(rowOf("vso.ratna"), -1);
    dialog->reject();
}

TEST_F(UsersPageTest, ChangesRoles) {
    const auto user =
        must(ws->users.create("liaison.budi", "Budi (synthetic)", {Role::Liaison}, kOtherPassword, kTestPassword));
    page->reload();
    EXPECT_EQ(page->changeRolesOfSelected(), nullptr) << "nobody selected";
    select("liaison.budi");
    UserDialog* dialog = page->changeRolesOfSelected();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(childOf<QCheckBox>(dialog, "userRole_liaison")->isChecked()) << "the current roles are ticked";
    EXPECT_FALSE(childOf<QCheckBox>(dialog, "userRole_supervisor")->isChecked());
    childOf<QCheckBox>(dialog, "userRole_liaison")->setChecked(false);
    EXPECT_FALSE(okOf(dialog)->isEnabled()) << "a user needs a role";
    childOf<QCheckBox>(dialog, "userRole_supervisor")->setChecked(true);
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);

    EXPECT_EQ(cell(rowOf("liaison.budi"), UserTableModel::RolesColumn), QStringLiteral("Supervisor"));
    EXPECT_EQ(must(ws->users.get(user.uuid)).roles, security::RoleSet{Role::Supervisor});
}

TEST_F(UsersPageTest, DisablesAUserOnlyAfterConfirmation) {
    must(ws->users.create("inv.agus", "Agus (synthetic)", {Role::Investigator}, kOtherPassword, kTestPassword));
    page->reload();
    select("inv.agus");
    QMessageBox* box = page->disableSelected();
    ASSERT_NE(box, nullptr);
    box->reject();
    QCoreApplication::processEvents();
    EXPECT_EQ(cell(rowOf("inv.agus"), UserTableModel::ActiveColumn), QStringLiteral("Active")) << "cancelled";

    box = page->disableSelected();
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(childOf<QPushButton>(box, "disableUserConfirmButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(cell(rowOf("inv.agus"), UserTableModel::ActiveColumn), QStringLiteral("Disabled"));
    EXPECT_FALSE(childOf<QPushButton>(page.get(), "disableUserButton")->isEnabled()) << "once only";

    auto signedIn = signInAs("inv.agus", kOtherPassword);
    ASSERT_FALSE(signedIn.ok());
    EXPECT_EQ(signedIn.error().code, ErrorCode::SignInFailed);
}

TEST_F(UsersPageTest, CoresRefusalToDisableOneselfIsShown) {
    select("admin.test");
    QMessageBox* box = page->disableSelected();
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(childOf<QPushButton>(box, "disableUserConfirmButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(labelText(*page, "usersError"), QStringLiteral("You cannot disable your own account."));
    EXPECT_TRUE(childOf<QLabel>(page.get(), "usersError")->isVisible());
    EXPECT_EQ(cell(rowOf("admin.test"), UserTableModel::ActiveColumn), QStringLiteral("Active"));
}

TEST_F(UsersPageTest, SetsANewPasswordThatThenSignsIn) {
    must(ws->users.create("vso.wati", "Wati (synthetic)", {Role::VictimSupport}, kOtherPassword, kTestPassword));
    page->reload();
    select("vso.wati");
    UserDialog* dialog = page->resetPasswordOfSelected();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QCheckBox*>(QStringLiteral("userRole_liaison")), nullptr) << "no roles here";
    childOf<QLineEdit>(dialog, "userPassword")->setText(QString::fromLatin1(kNewPassword));
    childOf<QLineEdit>(dialog, "userPasswordRepeat")->setText(QString::fromLatin1(kNewPassword));
    childOf<QLineEdit>(dialog, "userConfirmPassword")->setText(QString::fromLatin1(kTestPassword));
    QTest::mouseClick(okOf(dialog), Qt::LeftButton);
    QCoreApplication::processEvents();

    auto old = signInAs("vso.wati", kOtherPassword);
    ASSERT_FALSE(old.ok()) << "the old password no longer opens the database";
    auto signedIn = Workspace::open(dir.file("test.db"), Credentials{"vso.wati", kNewPassword}, testOptions(clock, 44));
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().toString();
}

}  // namespace
}  // namespace lintas::test
