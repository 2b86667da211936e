// main() of lintas_ui_tests: a Lintas Application (with its exception guard) for GoogleTest.
#include "app/Application.h"

#include <QByteArray>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // gtest_discover_tests runs this binary to list the tests without the tests' ENVIRONMENT, so
    // choose the offscreen platform here when there is no display to talk to.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));

    // Databases the GUI creates in tests (first start, encryption, demo) get cheap key slots, as
    // lintas-cli does in its tests: Argon2id at its standard cost would take a second each time.
    qputenv("LINTAS_KDF", QByteArrayLiteral("fast"));

    // Tests never read or write the user's own settings (last database, window layout, language):
    // QSettings goes to a directory that lives as long as the run.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 2;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());

    ::testing::InitGoogleTest(&argc, argv);
    lintas::ui::Application app(argc, argv);
    return RUN_ALL_TESTS();
}
