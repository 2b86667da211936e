// lintas: the desktop application. Parses the command line, installs the translation, shows the
// start window on the chosen database; everything else lives in lintas_ui and lintas_core.
#include "StartWindow.h"
#include "app/Application.h"
#include "app/CommandLine.h"
#include "app/FirstPaintHook.h"
#include "common/Translations.h"

#include <cstdio>
#include <exception>
#include <memory>

namespace {

int run(lintas::ui::Application& app) {
    using namespace lintas::ui;

    // Before parsing, so that --help is already in the user's language.
    const auto translator = Translations::install(CommandLine::peekLanguage(QCoreApplication::arguments()));
    const LaunchOptions options = CommandLine::parse(QCoreApplication::arguments());

    StartWindow window;
    std::unique_ptr<FirstPaintHook> hook;
    if (options.quitAfterLoad || !options.screenshotPath.isEmpty()) {
        hook = std::make_unique<FirstPaintHook>(&window, options.screenshotPath);
        QObject::connect(hook.get(), &FirstPaintHook::done, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    }
    // Shown first so that a first-start dialog opens over it; nothing is painted before exec().
    window.show();
    window.openDatabase(options.databasePath);
    return app.exec();
}

}  // namespace

int main(int argc, char* argv[]) {
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
