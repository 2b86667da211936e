#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lintas::ui {

/// What the main window shows instead of its content while Lintas is locked: who is signed in,
/// a password field to unlock, and a way to sign out. It shows nothing of the database's
/// content; the main window checks the password (Workspace::verifyPassword) and answers with
/// showRefusal() or by switching back.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);
    ~LockScreen() override;

    /// Prepares the screen for the user `username` with `roles` (translated, one line) and
    /// clears what was typed and said before.
    void reset(const QString& username, const QString& roles);
    /// Shows a message under the password field (empty: none).
    void showMessage(const QString& text);
    /// While the password is checked: fields and buttons off, a busy indicator on.
    void setBusy(bool busy);
    /// Disables Unlock while core makes the next attempt wait (after repeated failures).
    void setWaiting(bool waiting);
    void focusPassword();

    [[nodiscard]] QLineEdit* passwordField() const { return m_password; }

signals:
    void unlockRequested(const QString& password);
    void signOutRequested();

private:
    void requestUnlock();
    void updateButtons();

    QLabel* m_who = nullptr;
    QLabel* m_roles = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_signOut = nullptr;
    bool m_isBusy = false;
    bool m_waiting = false;
};

}  // namespace lintas::ui
