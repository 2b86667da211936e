#pragma once

#include <QWidget>

#include <functional>
#include <string>

namespace lintas {
class Workspace;
}

class QLabel;
class QPushButton;
class QStackedWidget;

namespace lintas::ui {

class PassphraseDialog;

/// "Our identity": the certificate partners use to check the agency's bundles, and the ways to
/// make one (generate, or import from the national PKI's PKCS#12 file) and hand it out.
class IdentityPanel : public QWidget {
    Q_OBJECT

public:
    IdentityPanel(Workspace& workspace, QWidget* parent = nullptr);

    /// Re-reads the identity from core.
    void reload();
    [[nodiscard]] bool hasIdentity() const { return m_hasIdentity; }

    /// Starts creating an identity: asks to replace an existing one, then opens the passphrase
    /// dialog (window-modal; returned so that tests can fill it in). nullptr when the user
    /// declined to replace.
    PassphraseDialog* createIdentity();
    /// Starts importing key and certificate from the PKCS#12 file at `path`: asks for the file's
    /// passphrase, then for the new one. Returns the first dialog, or nullptr.
    PassphraseDialog* importPkcs12(const QString& path);
    /// Writes the certificate to `path`: DER for a ".der" or ".cer" name, PEM otherwise. Reports
    /// failures to the user; returns whether the file was written.
    bool exportCertificateTo(const QString& path);

signals:
    void identityChanged();
    void statusMessage(const QString& text);

private:
    void chooseImportFile();
    void chooseExportFile();
    void copyFingerprint();
    /// Whether to go on when an identity exists already (it would be replaced).
    [[nodiscard]] bool confirmReplace();
    PassphraseDialog* askNewPassphrase(const QString& prompt, std::function<QString(const std::string&)> store);
    void showProblem(const QString& title, const QString& text);

    Workspace& m_ws;
    bool m_hasIdentity = false;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_validity = nullptr;
    QLabel* m_algorithm = nullptr;
    QLabel* m_keyFile = nullptr;
    QLabel* m_origin = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QString m_fingerprintText;  ///< core's "AB:CD:…" form, what Copy puts on the clipboard
};

}  // namespace lintas::ui
