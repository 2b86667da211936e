#include "app/CommandLine.h"

#include "TempDir.h"
#include "UiTestSupport.h"

#include <QDir>

#include <gtest/gtest.h>

#include <cstdlib>

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

}  // namespace
}  // namespace lintas::test
