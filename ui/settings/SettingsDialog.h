#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QSpinBox;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

/// Preferences of this workstation — the interface language, which takes effect the next time
/// Lintas starts, stored with AppSettings (QSettings) — and, with a database open, the time
/// without use after which Lintas locks. That one is stored in the database, for everyone who
/// uses it; only an administrator may change it (core checks SettingsManage), others see it.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    /// `workspace`: the open database, or nullptr.
    explicit SettingsDialog(QWidget* parent = nullptr, Workspace* workspace = nullptr);
    ~SettingsDialog() override;

    /// The language code selected in the dialog ("" = the system's language).
    [[nodiscard]] QString selectedLanguage() const;
    /// Selects `code` in the list; unknown codes select the system default.
    void selectLanguage(const QString& code);
    /// The lock time shown, in minutes (0 = never); -1 without a database.
    [[nodiscard]] int lockAfterMinutes() const;
    void setLockAfterMinutes(int minutes);

    /// Languages the user can choose: "en" and every embedded translation, as code → name in
    /// that language ("id" → "Bahasa Indonesia").
    [[nodiscard]] static QList<QPair<QString, QString>> availableLanguages();

public slots:
    /// Stores the choices, then closes.
    void accept() override;

private:
    void updateNote();

    Workspace* m_workspace = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_note = nullptr;
    QString m_initialLanguage;
    QSpinBox* m_lockAfter = nullptr;
    QLabel* m_lockError = nullptr;
    int m_initialLockAfter = -1;
};

}  // namespace lintas::ui
