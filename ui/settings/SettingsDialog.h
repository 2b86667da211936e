#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;

namespace lintas::ui {

/// Preferences of this workstation: for now the interface language, which takes effect the next
/// time Lintas starts. Stored with AppSettings (QSettings).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The language code selected in the dialog ("" = the system's language).
    [[nodiscard]] QString selectedLanguage() const;
    /// Selects `code` in the list; unknown codes select the system default.
    void selectLanguage(const QString& code);

    /// Languages the user can choose: "en" and every embedded translation, as code → name in
    /// that language ("id" → "Bahasa Indonesia").
    [[nodiscard]] static QList<QPair<QString, QString>> availableLanguages();

public slots:
    /// Stores the choices, then closes.
    void accept() override;

private:
    void updateNote();

    QComboBox* m_language = nullptr;
    QLabel* m_note = nullptr;
    QString m_initialLanguage;
};

}  // namespace lintas::ui
