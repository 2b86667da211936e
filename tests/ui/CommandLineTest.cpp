#include "app/CommandLine.h"

#include "TempDir.h"
#include "UiTestSupport.h"

#include <QDir>

#include <gtest/gtest.h>

#include <cstdlib>

#include <unistd.h>

namespace lintas::test {
namespace {

using ui::CommandLine;

TEST(CommandLineTest, ParsesEveryOption) {
    const auto options = CommandLine::parse({QStringLiteral("lintas"), QStringLiteral("--db"),
                                             QStringLiteral("/tmp/a.db"), QStringLiteral("--lang"),
                                             QStringLiteral("id"), QStringLiteral("--quit-after-load"),
                                             QStringLiteral("--screenshot"), QStringLiteral("/tmp/shot.png")});
    EXPECT_EQ(options.databasePath, QStringLiteral("/tmp/a.db"));
    EXPECT_EQ(options.language, QStringLiteral("id"));
    EXPECT_TRUE(options.quitAfterLoad);
    EXPECT_EQ(options.screenshotPath, QStringLiteral("/tmp/shot.png"));
}

TEST(CommandLineTest, MakesARelativeDatabasePathAbsolute) {
    const auto options = CommandLine::parse({QStringLiteral("lintas"), QStringLiteral("--db=rel/x.db")});
    EXPECT_EQ(options.databasePath, QDir::current().absoluteFilePath(QStringLiteral("rel/x.db")));
}

TEST(CommandLineTest, DefaultsToTheUsersDataDirectory) {
    TempDir dir;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QByteArray::fromStdString(dir.path().string()));
    const auto options = CommandLine::parse({QStringLiteral("lintas")});
    EXPECT_EQ(options.databasePath, QString::fromStdString(dir.file("lintas/lintas.db")));
    EXPECT_EQ(CommandLine::defaultDatabasePath(), options.databasePath);
    EXPECT_TRUE(options.language.isEmpty());
    EXPECT_FALSE(options.quitAfterLoad);
    if (saved.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", saved);
}

TEST(CommandLineTest, PeeksTheLanguageBeforeParsing) {
    EXPECT_EQ(CommandLine::peekLanguage({QStringLiteral("lintas"), QStringLiteral("--lang"), QStringLiteral("id")}),
              QStringLiteral("id"));
    EXPECT_EQ(CommandLine::peekLanguage({QStringLiteral("lintas"), QStringLiteral("--lang=th")}), QStringLiteral("th"));
    EXPECT_EQ(CommandLine::peekLanguage({QStringLiteral("lintas"), QStringLiteral("--db"), QStringLiteral("x")}),
              QString());
    EXPECT_EQ(CommandLine::peekLanguage({QStringLiteral("lintas"), QStringLiteral("--lang")}), QString());
}

TEST(CommandLineTest, UserAndPasswordDescriptorForScriptedRuns) {
    const auto options = CommandLine::parse({QStringLiteral("lintas"), QStringLiteral("--user"),
                                             QStringLiteral("admin.test"), QStringLiteral("--password-fd"),
                                             QStringLiteral("3"), QStringLiteral("--screenshot"),
                                             QStringLiteral("/tmp/shot.png"), QStringLiteral("--lock")});
    EXPECT_EQ(options.username, QStringLiteral("admin.test"));
    EXPECT_EQ(options.passwordFd, 3);
    EXPECT_TRUE(options.lock);

    const auto plain = CommandLine::parse({QStringLiteral("lintas"), QStringLiteral("--user"), QStringLiteral("inv.sari")});
    EXPECT_EQ(plain.username, QStringLiteral("inv.sari")) << "--user alone proposes the name";
    EXPECT_EQ(plain.passwordFd, -1);
    EXPECT_FALSE(plain.lock);
}

TEST(CommandLineDeathTest, PasswordDescriptorIsRefusedOutsideScriptedRuns) {
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT((void)CommandLine::parse({QStringLiteral("lintas"), QStringLiteral("--user"), QStringLiteral("a.b"),
                                          QStringLiteral("--password-fd"), QStringLiteral("0")}),
                ::testing::ExitedWithCode(1), "only for scripted runs");
}

TEST(CommandLineTest, ReadsThePasswordUpToTheLineBreak) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const std::string text = "correct horse battery\nnext line\n";
    ASSERT_EQ(::write(fds[1], text.data(), text.size()), static_cast<ssize_t>(text.size()));
    ::close(fds[1]);
    EXPECT_EQ(CommandLine::readPassword(fds[0]), "correct horse battery");
    ::close(fds[0]);
}

}  // namespace
}  // namespace lintas::test
