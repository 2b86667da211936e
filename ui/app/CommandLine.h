#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

namespace lintas::ui {

/// What `lintas` was asked to do on its command line.
struct LaunchOptions {
    QString databasePath;    ///< --db, or defaultDatabasePath()
    bool databaseGiven = false;  ///< whether --db was given (otherwise the last database is opened)
    QString language;        ///< --lang; empty means the stored choice or the system's language
    bool quitAfterLoad = false;  ///< --quit-after-load: exit 0 once the window is painted
    QString screenshotPath;  ///< --screenshot: save the first painted window as PNG, then exit
    QString page;            ///< --page: the view to show first (a viewKey(), lower case), or empty
    QString openCase;        ///< --open-case: a case reference or UUID to open on the Cases page
    QString username;        ///< --user: the sign-in name to propose (or, with --password-fd, to use)
    /// --password-fd: a file descriptor to read the password from, for scripted runs only
    /// (--screenshot, --quit-after-load); -1 when absent. Never a password on the command line.
    int passwordFd = -1;
    bool lock = false;       ///< --lock: lock the window once the database is open (screenshots)
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// $XDG_DATA_HOME/lintas/lintas.db on Linux (~/.local/share/lintas/lintas.db), the
    /// platform's equivalent elsewhere.
    [[nodiscard]] static QString defaultDatabasePath();
    /// The value of --lang (or --lang=CODE) without a full parse, so that the translation can be
    /// installed before --help prints translated text. Empty when absent.
    [[nodiscard]] static QString peekLanguage(const QStringList& arguments);
    /// Parses `arguments` (argv[0] first). Prints help, the version or a usage error and exits
    /// the process for --help, --version and bad options (an unknown --page among them).
    [[nodiscard]] static LaunchOptions parse(const QStringList& arguments);
    /// Reads a password from the file descriptor `fd`: everything up to the first line break or
    /// the end. Empty (with an error message on stderr) when it cannot be read.
    [[nodiscard]] static std::string readPassword(int fd);
};

}  // namespace lintas::ui
