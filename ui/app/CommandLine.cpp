#include "app/CommandLine.h"

#include "common/View.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

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
                                tr("Open the database at <path> (default: the database used last, else %1). "
                                   "When there is no file there, a welcome dialog offers to create it.")
                                    .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                //: Value name of --db; the description above writes it as <path>.
                                tr("path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Use the language <code>, for example \"id\" for Bahasa Indonesia or \"en\" "
                                     "for English (default: the language chosen in Settings, else the system "
                                     "language)."),
                                  //: Value name of --lang; the description above writes it as <code>.
                                  tr("code"));
    const QCommandLineOption quitAfterLoad(QStringLiteral("quit-after-load"),
                                           tr("Exit as soon as the main window has first been painted with its page "
                                              "(for start-up benchmarks)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  tr("Save an image of the first window shown as PNG to <file>, then exit."),
                                  //: Value name of --screenshot; the description writes it as <file>.
                                  tr("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);  // for the documentation scripts
    QStringList pageNames;
    for (View view : kAllViews)
        pageNames << QString(viewKey(view));
    const QCommandLineOption page(QStringLiteral("page"),
                                  //: %1 lists the page names, e.g. "cases, people, …".
                                  tr("Show the page <name> first: %1.").arg(pageNames.join(QStringLiteral(", "))),
                                  //: Value name of --page; the description above writes it as <name>.
                                  tr("name"));
    const QCommandLineOption openCase(QStringLiteral("open-case"),
                                      tr("Open the case with reference or UUID <case> on the Cases page."),
                                      //: Value name of --open-case; the description above writes it as <case>.
                                      tr("case"));
    parser.addOptions({db, lang, quitAfterLoad, screenshot, page, openCase});
    parser.process(arguments);

    if (parser.isSet(page) && !viewFromKey(parser.value(page))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("lintas: there is no page “%1”; use one of: %2.")
                                    .arg(parser.value(page), pageNames.join(QStringLiteral(", ")))));
        std::exit(1);
    }

    LaunchOptions options;
    options.databasePath = QFileInfo(parser.isSet(db) ? parser.value(db) : defaultDatabasePath()).absoluteFilePath();
    options.databaseGiven = parser.isSet(db);
    options.language = parser.value(lang);
    options.quitAfterLoad = parser.isSet(quitAfterLoad);
    options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(page))
        options.page = QString(viewKey(*viewFromKey(parser.value(page))));
    options.openCase = parser.value(openCase);
    return options;
}

}  // namespace lintas::ui
