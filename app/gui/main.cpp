// lintas: the desktop application. Parses the command line, installs the translation, shows the
// main window on the chosen (or last) database; everything else lives in lintas_ui and lintas_core.
#include "MainWindow.h"
#include "app/Application.h"
#include "app/CommandLine.h"
#include "app/FirstPaintHook.h"
#include "common/Translations.h"
#include "common/View.h"
#include "settings/AppSettings.h"

#include "lintas/store/Cipher.h"

#include <QFileInfo>

#include <cstdio>
#include <exception>
#include <memory>
#include <string>

namespace {

/// --db, else the database used last, else the default location (where a first start creates it).
QString startDatabase(const lintas::ui::LaunchOptions& options) {
    if (options.databaseGiven)
        return options.databasePath;
    const QString last = lintas::ui::AppSettings::lastDatabase();
    return last.isEmpty() ? options.databasePath : last;
}

int run(lintas::ui::Application& app) {
    using namespace lintas::ui;

    // Before parsing, so that --help is already in the user's language.
    const auto translator = Translations::install(
        AppSettings::startupLanguage(CommandLine::peekLanguage(QCoreApplication::arguments())));
    const LaunchOptions options = CommandLine::parse(QCoreApplication::arguments());

    // Scripted runs (benchmarks, documentation screenshots) leave the user's settings alone and
    // use the default window size.
    const bool scripted = options.quitAfterLoad || !options.screenshotPath.isEmpty();
    MainWindow window;
    window.setRememberDatabases(!scripted);
    if (!scripted)
        window.restoreLayout();
    window.setProposedUsername(options.username);
    const bool scriptedSignIn = options.passwordFd >= 0;
    if (scriptedSignIn) {
        std::string password = CommandLine::readPassword(options.passwordFd);
        if (password.empty())
            return 1;
        window.setScriptedSignIn(options.username, std::move(password));
    }

    // What to show once a database is open: the page, the case, the lock screen.
    auto arrange = [&window, &options] {
        if (!options.page.isEmpty())
            window.showView(*viewFromKey(options.page));
        if (!options.openCase.isEmpty() && !window.openCaseByKey(options.openCase))
            std::fprintf(stderr, "lintas: no case with reference or UUID %s\n", qPrintable(options.openCase));
        if (options.lock)
            window.lock();
    };
    std::unique_ptr<FirstPaintHook> hook;
    auto startHook = [&] {
        if (!scripted || hook)
            return;
        hook = std::make_unique<FirstPaintHook>(&window, options.screenshotPath);
        QObject::connect(hook.get(), &FirstPaintHook::done, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        window.update();  // a paint for the hook also when the window has been painted already
    };
    if (scriptedSignIn) {
        // The sign-in runs on a worker: the picture is taken once the database is open.
        QObject::connect(&window, &MainWindow::workspaceOpened, &window, [&] {
            arrange();
            startHook();
        });
        QObject::connect(&window, &MainWindow::signInRefused, &app, [] {
            std::fprintf(stderr, "lintas: the scripted sign-in was refused\n");
            QCoreApplication::exit(1);
        });
    }

    // Shown first so that a welcome or sign-in dialog opens over it; nothing is painted before
    // exec(), so the first paint already shows the page chosen below.
    window.show();
    window.openDatabase(startDatabase(options));
    if (window.workspace())
        arrange();
    if (!scriptedSignIn || window.workspace() || !window.signInDialog())
        startHook();
    return app.exec();
}

}  // namespace

int main(int argc, char* argv[]) {
    // Every database is encrypted with SQLCipher: a build linked against plain SQLite (or an old
    // SQLCipher, or one without FTS5) must not run, or it would write unencrypted files.
    if (const auto cipher = lintas::store::requireCipherLibrary(); !cipher) {
        std::fprintf(stderr, "lintas: cannot run: %s\n", cipher.error().detail.c_str());
        return 1;
    }
    lintas::ui::Application app(argc, argv);
    try {
        return run(app);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "lintas: fatal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "lintas: fatal error\n");
    }
    return 1;
}
