#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "common/ErrorText.h"
#include "security/SignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <filesystem>
#include <fstream>

namespace lintas::test {
namespace {

using ui::SignInDialog;

/// A closed test database (admin.test / kTestPassword, every role) and a sign-in dialog for it.
class SignInDialogTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        path = ws->path();
        ws.reset();
        dialog = std::make_unique<SignInDialog>(QString::fromStdString(path));
        dialog->show();
        signIn = dialog->findChild<QPushButton*>(QStringLiteral("signInButton"));
        password = dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword"));
        error = dialog->findChild<QLabel*>(QStringLiteral("signInError"));
        ASSERT_TRUE(signIn && password && error);
    }

    /// Types the credentials, clicks Sign in and waits for the worker to answer.
    void attempt(const QString& username, const QString& secret) {
        dialog->setUsername(username);
        password->setText(secret);
        QTest::mouseClick(signIn, Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy(); }));
    }

    std::string path;
    std::unique_ptr<SignInDialog> dialog;
    QPushButton* signIn = nullptr;
    QLineEdit* password = nullptr;
    QLabel* error = nullptr;
};

TEST_F(SignInDialogTest, WrongPasswordIsExplainedAndTheDialogStaysOpen) {
    QSignalSpy refused(dialog.get(), &SignInDialog::refused);
    attempt(QStringLiteral("admin.test"), QStringLiteral("not the password at all"));

    EXPECT_EQ(refused.count(), 1);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("The user name or the password is wrong."));
    EXPECT_EQ(error->text(), ui::ErrorText::message(ErrorCode::SignInFailed));
    EXPECT_TRUE(password->text().isEmpty()) << "a wrong password is not left in the field";
    EXPECT_TRUE(password->hasFocus() || !dialog->isActiveWindow());
    EXPECT_EQ(dialog->takeWorkspace(), nullptr);
}

TEST_F(SignInDialogTest, UnknownUserGetsTheSameMessageAsAWrongPassword) {
    attempt(QStringLiteral("nobody.here"), QString::fromLatin1(kTestPassword));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(error->text(), ui::ErrorText::message(ErrorCode::SignInFailed));
}

TEST_F(SignInDialogTest, RightPasswordYieldsASignedInWorkspace) {
    QSignalSpy accepted(dialog.get(), &SignInDialog::accepted);
    attempt(QStringLiteral("admin.test"), QString::fromLatin1(kTestPassword));

    EXPECT_EQ(accepted.count(), 1);
    EXPECT_FALSE(dialog->isVisible());
    auto signedIn = dialog->takeWorkspace();
    ASSERT_NE(signedIn, nullptr);
    EXPECT_EQ(signedIn->session().username, "admin.test");
    EXPECT_TRUE(signedIn->session().can(security::Permission::CaseRead));
    auto local = signedIn->agencies.local();
    ASSERT_TRUE(local.ok());
    EXPECT_EQ(local->code, "BARESKRIM");
}

TEST_F(SignInDialogTest, ShowsItIsBusyWhileThePasswordIsChecked) {
    dialog->setUsername(QStringLiteral("admin.test"));
    password->setText(QString::fromLatin1(kTestPassword));
    QTest::mouseClick(signIn, Qt::LeftButton);
    // The answer comes back through the event loop, so until it runs the dialog is busy.
    EXPECT_TRUE(dialog->isBusy());
    EXPECT_TRUE(dialog->findChild<QProgressBar*>(QStringLiteral("signInBusy"))->isVisible());
    EXPECT_FALSE(signIn->isEnabled());
    EXPECT_FALSE(password->isEnabled());
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible()) << "a check under way cannot be cancelled";
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy(); }));
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_NE(dialog->takeWorkspace(), nullptr);
}

TEST_F(SignInDialogTest, SignInNeedsBothFields) {
    EXPECT_FALSE(signIn->isEnabled());
    dialog->setUsername(QStringLiteral("admin.test"));
    EXPECT_FALSE(signIn->isEnabled());
    password->setText(QStringLiteral("x"));
    EXPECT_TRUE(signIn->isEnabled());
}

TEST_F(SignInDialogTest, RepeatedFailuresMakeTheNextAttemptWaitAndSaySo) {
    // Core lets a few failures pass, then makes each next attempt wait longer.
    for (int i = 0; i < 8; ++i) {
        attempt(QStringLiteral("admin.test"), QStringLiteral("wrong password number %1").arg(i));
        if (SignInDialog::throttleWait(QString::fromStdString(path), QStringLiteral("admin.test")) > 0)
            break;
    }
    ASSERT_GT(SignInDialog::throttleWait(QString::fromStdString(path), QStringLiteral("admin.test")), 0);
    EXPECT_TRUE(error->text().contains(QStringLiteral("Wait"))) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QStringLiteral(" s "))) << error->text().toStdString();
    password->setText(QString::fromLatin1(kTestPassword));
    EXPECT_FALSE(signIn->isEnabled()) << "the button waits with the user";
    dialog->accept();
    EXPECT_FALSE(dialog->isBusy()) << "no attempt is made before the wait is over";
}

TEST_F(SignInDialogTest, AFileThatDoesNotDecryptEndsTheDialogWithTheReason) {
    // Overwrite most of the first page (the schema, read at once): the key still unwraps, the
    // database does not decrypt.
    {
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(512);
        const std::string junk(2048, '\x5a');
        file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    QSignalSpy failed(dialog.get(), &SignInDialog::failed);
    attempt(QStringLiteral("admin.test"), QString::fromLatin1(kTestPassword));

    ASSERT_EQ(failed.count(), 1);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->takeWorkspace(), nullptr);
}

TEST_F(SignInDialogTest, RefusalTextSaysHowLongToWait) {
    const Error throttled{ErrorCode::Throttled, {}, {}};
    EXPECT_EQ(SignInDialog::refusalText(throttled, 8),
              QStringLiteral("Too many failed sign-ins. Wait 8 s before trying again."));
    const Error wrong{ErrorCode::SignInFailed, {}, {}};
    EXPECT_EQ(SignInDialog::refusalText(wrong, 0), QStringLiteral("The user name or the password is wrong."));
    EXPECT_EQ(SignInDialog::refusalText(wrong, 2),
              QStringLiteral("The user name or the password is wrong. Wait 2 s before the next attempt."));
}

}  // namespace
}  // namespace lintas::test
