#include "app/CommandLine.h"

#include "common/View.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Propose <name> as the user name when signing in."),
                                  //: Value name of --user; the description above writes it as <name>.
                                  tr("name"));
    QCommandLineOption passwordFd(QStringLiteral("password-fd"),
                                  tr("For scripted runs (--screenshot, --quit-after-load) only: sign in as --user "
                                     "with the password read from file descriptor <fd>."),
                                  //: Value name of --password-fd.
                                  tr("fd"));
    passwordFd.setFlags(QCommandLineOption::HiddenFromHelp);  // for the documentation scripts and benchmarks
    QCommandLineOption lockOption(QStringLiteral("lock"),
                                  tr("Lock the window once the database is open (for screenshots)."));
    lockOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({db, lang, quitAfterLoad, screenshot, page, openCase, user, passwordFd, lockOption});
    parser.process(arguments);

    const bool scripted = parser.isSet(quitAfterLoad) || parser.isSet(screenshot);
    int fd = -1;
    if (parser.isSet(passwordFd)) {
        bool isNumber = false;
        fd = parser.value(passwordFd).toInt(&isNumber);
        if (!isNumber || fd < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("lintas: --password-fd needs a file descriptor number.")));
            std::exit(1);
        }
        // A password given to a running application must be typed into it; only scripts that
        // photograph or time the window sign in by themselves.
        if (!scripted || !parser.isSet(user)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("lintas: --password-fd is only for scripted runs, with --user and "
                                       "--screenshot or --quit-after-load.")));
            std::exit(1);
        }
    }

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
    options.username = parser.value(user).trimmed();
    options.passwordFd = fd;
    options.lock = parser.isSet(lockOption);
    return options;
}

std::string CommandLine::readPassword(int fd) {
    std::string password;
#ifdef Q_OS_UNIX
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        password.push_back(c);
    }
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
#else
    (void)fd;
#endif
    if (password.empty())
        std::fprintf(stderr, "%s\n", qPrintable(tr("lintas: no password could be read from --password-fd.")));
    return password;
}

}  // namespace lintas::ui
