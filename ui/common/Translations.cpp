#include "common/Translations.h"

namespace lintas::ui {

QLocale Translations::localeFor(const QString& code) { return code.isEmpty() ? QLocale::system() : QLocale(code); }

bool Translations::isSourceLanguage(const QLocale& locale) { return locale.language() == QLocale::English; }

std::unique_ptr<QTranslator> Translations::load(const QLocale& locale) {
    auto translator = std::make_unique<QTranslator>();
    // Tries each of the locale's UI languages in turn ("id-ID", "id", …).
    if (!translator->load(locale, QStringLiteral("lintas"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return nullptr;
    return translator;
}

}  // namespace lintas::ui
