#pragma once

#include "lintas/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class BackgroundJob;

/// The signed-in user changes their own password (UserService::changeOwnPassword): the current
/// one, then the new one twice, with the rules shown. Core re-wraps the database key in the
/// user's key slot; both key derivations run on a worker thread behind a busy indicator.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChangePasswordDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    /// True while core is changing the password (the workspace is in use on a worker thread).
    [[nodiscard]] bool isBusy() const;

public slots:
    /// Checks the fields, then changes the password; stays open with a message when it fails.
    void accept() override;
    void reject() override;

protected:
    /// Grows the dialog when a message appears (see growToFitContents).
    bool event(QEvent* event) override;

private:
    void setBusy(bool busy);
    void clearMessages();
    void onFinished(const Status& status);

    Workspace& m_workspace;
    BackgroundJob* m_job = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_currentError = nullptr;
    QLabel* m_newError = nullptr;
    QLabel* m_repeatError = nullptr;
    QLabel* m_formError = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_cancel = nullptr;
};

}  // namespace lintas::ui
