#pragma once

#include <QDialog>
#include <QString>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lintas::ui {

/// Asks why a victim's identifying details are needed before they are shown. The reason is
/// required (free text, with a few common reasons one click away) and is written to the audit
/// log with the reader's name, where supervisors see it. The caller's check reads the details
/// through core (PersonService::reveal); a refusal keeps the dialog open with core's reason.
class RevealDialog : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<QString(const QString& reason)>;

    explicit RevealDialog(QWidget* parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }
    [[nodiscard]] QString reason() const;
    void setReason(const QString& reason);
    /// The quick choices offered, as shown (translated).
    [[nodiscard]] static QStringList quickReasons();

    void accept() override;

private:
    void updateState();

    Check m_check;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace lintas::ui
