#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace lintas::ui {

/// The translations embedded in lintas_ui (at :/i18n/lintas_<language>.qm). English is the
/// source language and needs none.
class Translations {
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    /// The locale for a `--lang` code ("id", "id_ID"); the system locale when `code` is empty.
    [[nodiscard]] static QLocale localeFor(const QString& code);
    /// Whether `locale` speaks the source language, so that no translation is needed.
    [[nodiscard]] static bool isSourceLanguage(const QLocale& locale);
    /// The embedded translation for `locale`, or nullptr when there is none.
    [[nodiscard]] static std::unique_ptr<QTranslator> load(const QLocale& locale);
    /// For --lang `code` (empty: the system language): installs the translation, if there is one,
    /// on the application and makes the locale the default for numbers and dates. Warns on stderr
    /// when an explicitly requested language has no translation. The caller keeps the translator
    /// alive as long as it is installed.
    [[nodiscard]] static std::unique_ptr<QTranslator> install(const QString& code);
};

}  // namespace lintas::ui
