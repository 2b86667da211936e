#pragma once

#include "lintas/exchange/TrustService.h"

#include <QDialog>

#include <optional>
#include <string>

namespace lintas {
class Workspace;
}

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace lintas::ui {

/// Adds a partner agency's certificate to the trust store in two steps: the file and the agency
/// it belongs to, then the fingerprint, which the user must confirm with the partner over
/// another channel (phone, in person) before the certificate can be saved. A certificate that
/// only arrived by e-mail proves nothing by itself: whoever can change the mail can change it.
class AddPartnerDialog : public QDialog {
    Q_OBJECT

public:
    AddPartnerDialog(Workspace& workspace, QWidget* parent = nullptr);

    /// Reads the certificate at `path` (PEM or DER) and fills the agency fields the user left
    /// empty from it. False, with the problem shown, when it is not a certificate.
    bool setCertificateFile(const QString& path);
    /// The certificate core stored, once saved.
    [[nodiscard]] const std::optional<exchange::PartnerCertificate>& added() const { return m_added; }

private:
    void chooseFile();
    void goToConfirmation();
    void goToDetails();
    void save();
    void updateButtons();
    void setError(const QString& text);

    Workspace& m_ws;
    std::string m_certificateBytes;
    std::optional<exchange::PartnerCertificate> m_added;

    QStackedWidget* m_steps = nullptr;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_code = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_validity = nullptr;
    QLabel* m_instructions = nullptr;
    QCheckBox* m_confirmed = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_save = nullptr;
};

}  // namespace lintas::ui
