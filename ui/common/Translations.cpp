#include "common/Translations.h"

#include <cstdio>

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

std::unique_ptr<QTranslator> Translations::install(const QString& code) {
    const QLocale locale = localeFor(code);
    auto translator = load(locale);
    if (translator)
        QCoreApplication::installTranslator(translator.get());
    else if (!code.isEmpty() && !isSourceLanguage(locale))
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("lintas: there is no translation for “%1”; using English.").arg(code)));
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    return translator;
}

}  // namespace lintas::ui
