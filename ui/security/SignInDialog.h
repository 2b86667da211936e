#pragma once

#include "lintas/Result.h"
#include "lintas/service/Workspace.h"

#include <QDialog>
#include <QString>

#include <cstdint>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace lintas::ui {

class BackgroundJob;

/// Signs a user in to an encrypted database: user name and password. Unwrapping the database
/// key (Argon2id, about a second) runs on a worker thread behind a busy indicator, so the window
/// keeps painting. A wrong password or a throttled attempt is explained in the dialog, which
/// stays open; any other refusal (no key file, a damaged or foreign file) ends it with failed().
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignInDialog(QString databasePath, QWidget* parent = nullptr);
    ~SignInDialog() override;

    [[nodiscard]] const QString& databasePath() const { return m_path; }
    void setUsername(const QString& username);
    [[nodiscard]] QString username() const;
    /// Fills in the password (scripted runs: --password-fd; tests).
    void setPassword(const QString& password);
    /// A line above the fields, e.g. that the previous user signed out. Plain text.
    void setNotice(const QString& text);
    /// True while the password is being checked.
    [[nodiscard]] bool isBusy() const;
    /// The workspace opened by a successful sign-in (after accepted()); empty before.
    [[nodiscard]] std::unique_ptr<Workspace> takeWorkspace();

    /// Seconds `username` must still wait before core accepts another attempt on the database
    /// at `databasePath` (0 = may try now), as its key file records them.
    [[nodiscard]] static std::int64_t throttleWait(const QString& databasePath, const QString& username);
    /// The sentence for a refused attempt: wrong password, or too many failures and how long to
    /// wait (`waitSeconds` > 0).
    [[nodiscard]] static QString refusalText(const Error& error, std::int64_t waitSeconds);

public slots:
    /// Starts the sign-in with the fields' contents (the Sign in button).
    void accept() override;
    /// Closes, except while the password is being checked (that cannot be interrupted).
    void reject() override;

signals:
    /// An attempt was refused (wrong user name or password, or too many failures); the dialog
    /// stays open and says why.
    void refused();
    /// The database cannot be opened at all (not a matter of the password); the dialog has closed.
    void failed(const lintas::Error& error);

protected:
    /// Grows the dialog when a message appears (see growToFitContents).
    bool event(QEvent* event) override;

private:
    void setBusy(bool busy);
    void onFinished(Result<std::unique_ptr<Workspace>> result, std::int64_t waitSeconds);
    void startCountdown(std::int64_t seconds);
    void tick();
    void updateButtons();

    QString m_path;
    BackgroundJob* m_job = nullptr;
    QLabel* m_notice = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_busyText = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_countdown = nullptr;
    std::int64_t m_waitLeft = 0;
    Error m_lastRefusal;
    std::unique_ptr<Workspace> m_workspace;
};

}  // namespace lintas::ui
