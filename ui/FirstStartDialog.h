#pragma once

#include "lintas/domain/Agency.h"
#include "lintas/service/Workspace.h"

#include <QDialog>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lintas::ui {

class AccountForm;
class BackgroundJob;
class CountryModel;

/// Asks for the local agency (code, country, name) and the administrator account (user name,
/// display name, password twice, other roles of the same person) and creates a new encrypted
/// Lintas database at a path where none exists yet. Checks come from core
/// (AgencyService::validate, UserService::validateUsername/validatePassword); the dialog shows
/// their translated message next to the field core names, and stays open until creation works.
/// Creation derives a key from the password (about a second), on a worker thread.
class FirstStartDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstStartDialog(QString databasePath, QWidget* parent = nullptr);
    ~FirstStartDialog() override;

    /// The agency as entered.
    [[nodiscard]] Agency agency() const;
    /// The administrator account's fields.
    [[nodiscard]] AccountForm* accountForm() const { return m_account; }
    /// True while the database is being created.
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] const QString& databasePath() const { return m_path; }
    /// Runs core's checks and shows the result beside the fields. Returns whether they passed.
    bool validateFields();
    /// The workspace created by a successful accept(); empty before.
    [[nodiscard]] std::unique_ptr<Workspace> takeWorkspace();

public slots:
    /// Validates, then creates the database; stays open with a message when either fails.
    void accept() override;
    /// Closes, except while the database is being created.
    void reject() override;

protected:
    /// Grows the dialog when a message appears (see growToFitContents).
    bool event(QEvent* event) override;

private:
    void clearMessages();
    void setBusy(bool busy);
    void onCreated(Result<std::unique_ptr<Workspace>> result);
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
    AccountForm* m_account = nullptr;
    BackgroundJob* m_job = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_busyText = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_triedOnce = false;  ///< live re-validation starts after the first attempt
    std::unique_ptr<Workspace> m_workspace;
};

}  // namespace lintas::ui
