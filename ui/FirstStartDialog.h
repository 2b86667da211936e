#pragma once

#include "lintas/domain/Agency.h"
#include "lintas/service/Workspace.h"

#include <QDialog>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lintas::ui {

class CountryModel;

/// Asks for the local agency (code, country, name) and creates a new Lintas database at a path
/// where none exists yet. Checks come from core (AgencyService::validate); the dialog shows
/// their translated message next to the field core names, and stays open until creation works.
class FirstStartDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstStartDialog(QString databasePath, QWidget* parent = nullptr);
    ~FirstStartDialog() override;

    /// The agency as entered.
    [[nodiscard]] Agency agency() const;
    [[nodiscard]] const QString& databasePath() const { return m_path; }
    /// Runs core's checks and shows the result beside the fields. Returns whether they passed.
    bool validateFields();
    /// The workspace created by a successful accept(); empty before.
    [[nodiscard]] std::unique_ptr<Workspace> takeWorkspace();

public slots:
    /// Validates, then creates the database; stays open with a message when either fails.
    void accept() override;

private:
    void clearMessages();
    bool validate(bool moveFocus);
    void showError(const Error& error, bool moveFocus);
    void revalidateAfterEdit();

    QString m_path;
    CountryModel* m_countries = nullptr;
    QLineEdit* m_code = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_codeError = nullptr;
    QLabel* m_countryError = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_formError = nullptr;
    QPushButton* m_create = nullptr;
    bool m_triedOnce = false;  ///< live re-validation starts after the first attempt
    std::unique_ptr<Workspace> m_workspace;
};

}  // namespace lintas::ui
