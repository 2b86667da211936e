#pragma once

#include "lintas/Result.h"
#include "lintas/service/Workspace.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <string>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lintas::ui {

class AccountForm;
class BackgroundJob;

/// A database of an earlier version is not encrypted. This dialog says what encrypting it
/// does, asks for the administrator account it will have from then on, and runs core's
/// migration (Workspace::encryptPlaintext: write an encrypted copy, verify it, swap, remove the
/// old file) on a worker thread with a progress bar. The file is safe if this is interrupted.
class EncryptDatabaseDialog : public QDialog {
    Q_OBJECT

public:
    explicit EncryptDatabaseDialog(QString databasePath, QWidget* parent = nullptr);
    ~EncryptDatabaseDialog() override;

    [[nodiscard]] const QString& databasePath() const { return m_path; }
    [[nodiscard]] AccountForm* accountForm() const { return m_account; }
    [[nodiscard]] bool isBusy() const;
    /// The workspace, signed in as the new administrator, after accepted(); empty before.
    [[nodiscard]] std::unique_ptr<Workspace> takeWorkspace();

public slots:
    /// Checks the account, then encrypts; stays open with a message when either fails.
    void accept() override;
    /// Closes, except while encrypting (which must finish: it is safe, but not instant).
    void reject() override;

protected:
    /// Grows the dialog when a message appears (see growToFitContents).
    bool event(QEvent* event) override;

private:
    void setBusy(bool busy);
    void onProgress(const std::string& step, double fraction);
    void onFinished(Result<std::unique_ptr<Workspace>> result);

    QString m_path;
    BackgroundJob* m_job = nullptr;
    AccountForm* m_account = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_encrypt = nullptr;
    QPushButton* m_cancel = nullptr;
    std::unique_ptr<Workspace> m_workspace;
};

}  // namespace lintas::ui
