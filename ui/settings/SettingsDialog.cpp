#include "settings/SettingsDialog.h"

#include "common/ErrorText.h"
#include "common/Guard.h"
#include "settings/AppSettings.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
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

SettingsDialog::SettingsDialog(QWidget* parent, Workspace* workspace) : QDialog(parent), m_workspace(workspace) {
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

    QGroupBox* lockBox = nullptr;
    if (m_workspace) {
        lockBox = new QGroupBox(tr("Locking"), this);
        lockBox->setObjectName(QStringLiteral("lockBox"));
        auto minutes = m_workspace->users.lockAfterMinutes();
        m_initialLockAfter = minutes ? *minutes : 10;
        m_lockAfter = new QSpinBox(lockBox);
        m_lockAfter->setObjectName(QStringLiteral("lockAfterMinutes"));
        m_lockAfter->setRange(0, 24 * 60);
        //: Lock time of 0 minutes: Lintas never locks by itself.
        m_lockAfter->setSpecialValueText(tr("Never"));
        //: Unit after the number of minutes, e.g. "10 min".
        m_lockAfter->setSuffix(tr(" min"));
        m_lockAfter->setValue(m_initialLockAfter);
        const bool mayChange = m_workspace->context().can(security::Permission::SettingsManage);
        m_lockAfter->setEnabled(mayChange);
        auto* lockLabel = new QLabel(tr("Lock &after this long without use:"), lockBox);
        lockLabel->setBuddy(m_lockAfter);
        auto* lockNote = new QLabel(lockBox);
        lockNote->setObjectName(QStringLiteral("lockNote"));
        lockNote->setWordWrap(true);
        lockNote->setForegroundRole(QPalette::PlaceholderText);
        lockNote->setText(mayChange ? tr("Stored in this database: it applies to everyone who uses it. Ctrl+L locks "
                                         "at any time.")
                                    : tr("Only an administrator can change this. Ctrl+L locks at any time."));
        m_lockError = new QLabel(lockBox);
        m_lockError->setObjectName(QStringLiteral("lockError"));
        m_lockError->setWordWrap(true);
        m_lockError->setTextFormat(Qt::PlainText);
        m_lockError->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_lockError->setVisible(false);
        auto* lockForm = new QFormLayout;
        lockForm->addRow(lockLabel, m_lockAfter);
        auto* lockLayout = new QVBoxLayout(lockBox);
        lockLayout->addLayout(lockForm);
        lockLayout->addWidget(lockNote);
        lockLayout->addWidget(m_lockError);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    if (lockBox)
        layout->addWidget(lockBox);
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

int SettingsDialog::lockAfterMinutes() const { return m_lockAfter ? m_lockAfter->value() : -1; }

void SettingsDialog::setLockAfterMinutes(int minutes) {
    if (m_lockAfter)
        m_lockAfter->setValue(minutes);
}

void SettingsDialog::accept() {
    runGuarded(this, [this] {
        if (m_lockAfter && m_lockAfter->isEnabled() && m_lockAfter->value() != m_initialLockAfter) {
            if (const Status stored = m_workspace->users.setLockAfterMinutes(m_lockAfter->value()); !stored) {
                m_lockError->setText(ErrorText::describe(stored.error()));
                m_lockError->setVisible(true);
                m_lockAfter->setFocus();
                return;
            }
        }
        AppSettings::setLanguage(selectedLanguage());
        QDialog::accept();
    });
}

}  // namespace lintas::ui
