#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lintas::ui {

/// The application-wide preferences kept in QSettings: the interface language, the databases
/// used last, the user name signed in last to each, and the main window's layout. Pages keep their own preferences under their own
/// settings group.
class AppSettings {
public:
    static constexpr int kMaxRecentDatabases = 8;

    /// "" for the system's language, otherwise a language code such as "en" or "id".
    [[nodiscard]] static QString language();
    static void setLanguage(const QString& code);
    /// The language to start in: the command line's --lang wins over the stored choice.
    [[nodiscard]] static QString startupLanguage(const QString& commandLineLanguage);

    /// The database opened last, or empty.
    [[nodiscard]] static QString lastDatabase();
    /// Most recent first, at most kMaxRecentDatabases, without duplicates.
    [[nodiscard]] static QStringList recentDatabases();
    /// Makes `path` the last database and puts it first in the recent list.
    static void noteDatabaseOpened(const QString& path);
    static void removeRecentDatabase(const QString& path);
    static void clearRecentDatabases();

    /// The user name that signed in last to the database at `path` (to fill in the sign-in
    /// dialog; never a password), or empty.
    [[nodiscard]] static QString lastUsername(const QString& path);
    static void setLastUsername(const QString& path, const QString& username);

    [[nodiscard]] static QByteArray mainWindowGeometry();
    [[nodiscard]] static QByteArray mainWindowState();
    static void setMainWindowLayout(const QByteArray& geometry, const QByteArray& state);
};

}  // namespace lintas::ui
