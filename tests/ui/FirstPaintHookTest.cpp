#include "MainWindow.h"
#include "TempDir.h"
#include "app/FirstPaintHook.h"

#include <QImage>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace lintas::test {
namespace {

TEST(FirstPaintHookTest, FiresOnceAfterTheFirstPaintAndSavesTheScreenshot) {
    TempDir dir;
    const QString png = QString::fromStdString(dir.file("shot.png"));
    ui::MainWindow window;
    ui::FirstPaintHook hook(&window, png);
    QSignalSpy done(&hook, &ui::FirstPaintHook::done);

    window.show();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_EQ(done.count(), 1);
    EXPECT_TRUE(done.at(0).at(0).toBool());

    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), window.grab().size());

    window.update();
    EXPECT_FALSE(done.wait(200)) << "fires only once";
}

TEST(FirstPaintHookTest, ReportsAScreenshotThatCannotBeWritten) {
    ui::MainWindow window;
    ui::FirstPaintHook hook(&window, QStringLiteral("/nonexistent-dir/shot.png"));
    QSignalSpy done(&hook, &ui::FirstPaintHook::done);
    window.show();
    ASSERT_TRUE(done.wait(10000));
    EXPECT_FALSE(done.at(0).at(0).toBool());
}

}  // namespace
}  // namespace lintas::test
