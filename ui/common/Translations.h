#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace lintas::ui {

/// The translations embedded in lintas_ui (at :/i18n/lintas_<language>.qm). English is the
/// source language and needs none.
class Translations {
public:
    /// The locale for a `--lang` code ("id", "id_ID"); the system locale when `code` is empty.
    [[nodiscard]] static QLocale localeFor(const QString& code);
    /// Whether `locale` speaks the source language, so that no translation is needed.
    [[nodiscard]] static bool isSourceLanguage(const QLocale& locale);
    /// The embedded translation for `locale`, or nullptr when there is none.
    [[nodiscard]] static std::unique_ptr<QTranslator> load(const QLocale& locale);
};

}  // namespace lintas::ui
