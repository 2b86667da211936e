#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lintas::ui {

QString CommandLine::defaultDatabasePath() {
    // GenericDataLocation + "/lintas" rather than AppDataLocation, which would insert the
    // organisation name ("~/.local/share/Lintas/lintas/").
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("lintas/lintas.db"));
}

QString CommandLine::peekLanguage(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (const QLatin1String prefix("--lang="); arg.startsWith(prefix))
            return arg.mid(prefix.size());
    }
    return {};
}

LaunchOptions CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lintas: case management for cross-border human-trafficking investigations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Open the database at <path> (default: %1). A first-start dialog creates it "
                                   "when it does not exist.")
                                    .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                //: Value name of --db; the description above writes it as <path>.
                                tr("path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use the language <code>, for example \"id\" for Bahasa Indonesia or \"en\" "
                                     "for English (default: the system language)."),
                                  //: Value name of --lang; the description above writes it as <code>.
                                  tr("code"));
    const QCommandLineOption quitAfterLoad(QStringLiteral("quit-after-load"),
                                           tr("Exit as soon as the main window has been shown (for benchmarks)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  tr("Save an image of the first window shown as PNG to <file>, then exit."),
                                  //: Value name of --screenshot; the description writes it as <file>.
                                  tr("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);  // for the documentation scripts
    parser.addOptions({db, lang, quitAfterLoad, screenshot});
    parser.process(arguments);

    LaunchOptions options;
    options.databasePath = QFileInfo(parser.isSet(db) ? parser.value(db) : defaultDatabasePath()).absoluteFilePath();
    options.language = parser.value(lang);
    options.quitAfterLoad = parser.isSet(quitAfterLoad);
    options.screenshotPath = parser.value(screenshot);
    return options;
}

}  // namespace lintas::ui
