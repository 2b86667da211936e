#include "settings/SettingsDialog.h"

#include "common/Guard.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

/// A language's name as its speakers write it. CLDR calls Indonesian "Indonesia"; Indonesian
/// users know their language in a menu as "Bahasa Indonesia".
QString nativeName(const QString& code) {
    if (code == QLatin1String("id"))
        return QStringLiteral("Bahasa Indonesia");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

}  // namespace

QList<QPair<QString, QString>> SettingsDialog::availableLanguages() {
    QList<QPair<QString, QString>> languages{{QStringLiteral("en"), nativeName(QStringLiteral("en"))}};
    static const QRegularExpression qmName(QStringLiteral("^lintas_([A-Za-z_]+)\\.qm$"));
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("lintas_*.qm")}, QDir::Files,
                                                                        QDir::Name);
    for (const QString& file : files) {
        const auto match = qmName.match(file);
        if (match.hasMatch())
            languages.append({match.captured(1), nativeName(match.captured(1))});
    }
    return languages;
}

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    setMinimumWidth(460);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    //: In the language list; %1 is the name of the computer's language, e.g. "English".
    const QLocale::Language system = QLocale::system().language();
    const QString systemCode = system == QLocale::C ? QStringLiteral("en") : QLocale::languageToCode(system);
    m_language->addItem(tr("System default (%1)").arg(nativeName(systemCode)), QString());
    for (const auto& [code, name] : availableLanguages())
        m_language->addItem(name, code);

    m_note = new QLabel(languageBox);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* label = new QLabel(tr("&Interface language:"), languageBox);
    label->setBuddy(m_language);
    auto* form = new QFormLayout;
    form->addRow(label, m_language);
    auto* languageLayout = new QVBoxLayout(languageBox);
    languageLayout->addLayout(form);
    languageLayout->addWidget(m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_initialLanguage = AppSettings::language();
    selectLanguage(m_initialLanguage);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    updateNote();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::selectedLanguage() const { return m_language->currentData().toString(); }

void SettingsDialog::selectLanguage(const QString& code) {
    const int row = m_language->findData(code);
    m_language->setCurrentIndex(row >= 0 ? row : 0);
}

void SettingsDialog::updateNote() {
    if (selectedLanguage() == m_initialLanguage)
        m_note->setText(tr("Lintas shows a new language the next time it starts."));
    else
        m_note->setText(tr("Lintas will use the new language the next time it starts. Until then it keeps the "
                           "current one."));
}

void SettingsDialog::accept() {
    runGuarded(this, [this] {
        AppSettings::setLanguage(selectedLanguage());
        QDialog::accept();
    });
}

}  // namespace lintas::ui
