#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lintas::ui {

/// Asks for a passphrase, either a new one (typed twice, with a strength hint and the warning
/// that a lost passphrase cannot be recovered) or an existing one (typed once).
///
/// Core decides whether a passphrase is acceptable or correct. The caller passes that decision
/// in as a check run when the user confirms: a non-empty answer is shown in the dialog, which
/// stays open so the user can try again without retyping everything else.
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode {
        NewPassphrase,    ///< choose a passphrase: two fields that must match
        EnterPassphrase,  ///< unlock something: one field
    };
    /// Runs core with the passphrase; returns the translated problem, or an empty string when done.
    using Check = std::function<QString(const QString& passphrase)>;

    PassphraseDialog(Mode mode, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    /// The sentence above the fields saying what the passphrase is for.
    void setPrompt(const QString& text);
    /// The label of the (first) passphrase field, e.g. "Passphrase of the file:".
    void setFieldLabel(const QString& text);
    /// The text of the button that confirms.
    void setAcceptText(const QString& text);
    void setCheck(Check check) { m_check = std::move(check); }
    /// Shows a problem under the fields (empty: none).
    void setError(const QString& text);

    [[nodiscard]] Mode mode() const { return m_mode; }
    /// The passphrase as typed. Empty once the dialog has finished: it is wiped then.
    [[nodiscard]] QString passphrase() const;

    void accept() override;
    void done(int result) override;

private:
    void updateState();

    Mode m_mode;
    Check m_check;
    QLabel* m_prompt = nullptr;
    QLabel* m_fieldLabel = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_mismatch = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace lintas::ui
