#include "settings/AppSettings.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

#include <iterator>

namespace lintas::ui {
namespace {

constexpr auto kLanguage = "ui/language";
constexpr auto kLastDatabase = "databases/last";
constexpr auto kRecentDatabases = "databases/recent";
constexpr auto kLastUsernames = "signIn/lastUsernames";
constexpr auto kGeometry = "mainWindow/geometry";
constexpr auto kState = "mainWindow/state";

QString key(const char* name) { return QString::fromLatin1(name); }

/// Paths compare by their absolute, cleaned form so that one file appears once.
QString canonical(const QString& path) { return QFileInfo(path).absoluteFilePath(); }

void storeRecent(QSettings& settings, QStringList list) {
    while (list.size() > AppSettings::kMaxRecentDatabases)
        list.removeLast();
    settings.setValue(key(kRecentDatabases), list);
}

}  // namespace

QString AppSettings::language() { return QSettings().value(key(kLanguage)).toString(); }

void AppSettings::setLanguage(const QString& code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(key(kLanguage));
    else
        settings.setValue(key(kLanguage), code);
}

QString AppSettings::startupLanguage(const QString& commandLineLanguage) {
    return commandLineLanguage.isEmpty() ? language() : commandLineLanguage;
}

QString AppSettings::lastDatabase() { return QSettings().value(key(kLastDatabase)).toString(); }

QStringList AppSettings::recentDatabases() {
    QStringList list = QSettings().value(key(kRecentDatabases)).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    while (list.size() > kMaxRecentDatabases)
        list.removeLast();
    return list;
}

void AppSettings::noteDatabaseOpened(const QString& path) {
    const QString file = canonical(path);
    QSettings settings;
    settings.setValue(key(kLastDatabase), file);
    QStringList list = recentDatabases();
    list.removeAll(file);
    list.prepend(file);
    storeRecent(settings, list);
}

void AppSettings::removeRecentDatabase(const QString& path) {
    QSettings settings;
    QStringList list = recentDatabases();
    list.removeAll(canonical(path));
    storeRecent(settings, list);
}

void AppSettings::clearRecentDatabases() { QSettings().remove(key(kRecentDatabases)); }

QString AppSettings::lastUsername(const QString& path) {
    return QSettings().value(key(kLastUsernames)).toMap().value(canonical(path)).toString();
}

void AppSettings::setLastUsername(const QString& path, const QString& username) {
    QSettings settings;
    QVariantMap names = settings.value(key(kLastUsernames)).toMap();
    // Only databases in the recent list keep theirs, so the map does not grow without end.
    const QStringList recent = recentDatabases();
    for (auto it = names.begin(); it != names.end();)
        it = recent.contains(it.key()) ? std::next(it) : names.erase(it);
    if (username.isEmpty())
        names.remove(canonical(path));
    else
        names.insert(canonical(path), username);
    settings.setValue(key(kLastUsernames), names);
}

QByteArray AppSettings::mainWindowGeometry() { return QSettings().value(key(kGeometry)).toByteArray(); }

QByteArray AppSettings::mainWindowState() { return QSettings().value(key(kState)).toByteArray(); }

void AppSettings::setMainWindowLayout(const QByteArray& geometry, const QByteArray& state) {
    QSettings settings;
    settings.setValue(key(kGeometry), geometry);
    settings.setValue(key(kState), state);
}

}  // namespace lintas::ui
