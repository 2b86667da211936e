#include "exchange/IdentityPanel.h"

#include "common/Guard.h"
#include "exchange/ExchangePage.h"
#include "exchange/PassphraseDialog.h"

#include "lintas/exchange/Crypto.h"
#include "lintas/service/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QLabel* valueLabel(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

/// Runs a slow key operation (scrypt takes a noticeable moment) under a busy cursor.
template <typename Action>
auto busy(Action&& action) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = std::forward<Action>(action)();
    QApplication::restoreOverrideCursor();
    return result;
}

}  // namespace

IdentityPanel::IdentityPanel(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace) {
    auto* intro = new QLabel(tr("Partners check every bundle your agency sends against this certificate. Give them "
                                "the certificate file, and read them its fingerprint by phone or in person so that "
                                "they can be sure the file really comes from you."),
                             this);
    intro->setWordWrap(true);

    m_missing = new QLabel(tr("Your agency has no signing identity yet. Create one, or import the key and "
                              "certificate your national PKI issued (a PKCS#12 file), before sending bundles."),
                           this);
    m_missing->setObjectName(QStringLiteral("identityMissing"));
    m_missing->setWordWrap(true);
    m_missing->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_subject = valueLabel(this, "identitySubject");
    m_fingerprint = valueLabel(this, "identityFingerprint");
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.35);
    m_fingerprint->setFont(mono);
    m_fingerprint->setWordWrap(false);
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_copy = new QPushButton(QIcon(QStringLiteral(":/lintas/icons/copy.svg")), tr("Cop&y"), this);
    m_copy->setObjectName(QStringLiteral("copyFingerprintButton"));
    m_copy->setToolTip(tr("Copy the fingerprint to the clipboard"));
    m_validity = valueLabel(this, "identityValidity");
    m_algorithm = valueLabel(this, "identityAlgorithm");
    m_keyFile = valueLabel(this, "identityKeyFile");
    m_origin = valueLabel(this, "identityOrigin");

    auto* fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_fingerprint);
    fingerprintRow->addWidget(m_copy, 0, Qt::AlignTop);
    fingerprintRow->addStretch(1);

    auto* details = new QWidget(this);
    auto* form = new QFormLayout(details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprintRow);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("Key:"), m_algorithm);
    form->addRow(tr("Encrypted key file:"), m_keyFile);
    form->addRow(tr("Origin:"), m_origin);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_missing);
    m_stack->addWidget(details);

    m_create = new QPushButton(QIcon(QStringLiteral(":/lintas/icons/key.svg")), QString(), this);
    m_create->setObjectName(QStringLiteral("createIdentityButton"));
    m_create->setToolTip(tr("Generate a new key pair and certificate for your agency"));
    m_import = new QPushButton(tr("Imp&ort from PKCS#12…"), this);
    m_import->setObjectName(QStringLiteral("importIdentityButton"));
    m_import->setToolTip(tr("Use a key and certificate issued by your national PKI"));
    m_export = new QPushButton(tr("E&xport certificate…"), this);
    m_export->setObjectName(QStringLiteral("exportCertificateButton"));
    m_export->setToolTip(tr("Save the certificate (never the key) to give it to partner agencies"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addStretch(1);

    auto* box = new QGroupBox(tr("Signing certificate of your agency"), this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_stack);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(box);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, &IdentityPanel::copyFingerprint);
    connect(m_create, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { createIdentity(); }); });
    connect(m_import, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { chooseImportFile(); }); });
    connect(m_export, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { chooseExportFile(); }); });

    // Creating or replacing the identity is the liaison's; others see it only.
    const bool manage = m_ws.context().can(security::Permission::ExchangeManage);
    m_create->setVisible(manage);
    m_import->setVisible(manage);

    reload();
}

void IdentityPanel::reload() {
    if (!m_ws.context().can(security::Permission::ExchangeRead))
        return;  // the page hides this panel; reading would only be refused
    auto identity = m_ws.trust.identity();
    m_hasIdentity = identity.ok();
    m_export->setEnabled(m_hasIdentity);
    m_copy->setEnabled(m_hasIdentity);
    m_create->setText(m_hasIdentity ? tr("&Replace with a new identity…") : tr("&Create identity…"));
    if (!identity) {
        m_fingerprintText.clear();
        m_fingerprint->clear();
        m_stack->setCurrentIndex(0);
        if (identity.error().code != ErrorCode::NotFound)
            m_missing->setText(ExchangePage::describeError(identity.error()));
        return;
    }
    const exchange::CertificateInfo& cert = identity->certificate;
    m_stack->setCurrentIndex(1);
    m_subject->setText(qs(cert.subject));
    m_fingerprintText = qs(cert.fingerprint);
    m_fingerprint->setText(ExchangePage::groupedFingerprint(cert.fingerprint));
    //: Validity of a certificate; %1 and %2 are dates.
    QString validity = tr("from %1 until %2").arg(ExchangePage::localDate(cert.notBefore),
                                                   ExchangePage::localDate(cert.notAfter));
    if (cert.notAfter < m_ws.context().now())
        validity += QLatin1Char(' ') + tr("— expired: partners refuse bundles signed with it");
    m_validity->setText(validity);
    m_algorithm->setText(qs(cert.keyAlgorithm));
    m_keyFile->setText(QDir::toNativeSeparators(qs(identity->keyPath)));
    const QString created = ExchangePage::localTime(identity->createdAt);
    m_origin->setText(identity->source == "pkcs12"
                          //: %1 is a date and time.
                          ? tr("Imported from a PKCS#12 file on %1").arg(created)
                          //: %1 is a date and time.
                          : tr("Generated by Lintas on %1").arg(created));
}

bool IdentityPanel::confirmReplace() {
    if (!m_hasIdentity)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Replace the identity?"),
                    tr("Your agency already has a signing identity. After replacing it, partners refuse your "
                       "bundles until they have added the new certificate to their trust store and confirmed its "
                       "fingerprint with you."),
                    QMessageBox::NoButton, this);
    QPushButton* replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

PassphraseDialog* IdentityPanel::askNewPassphrase(const QString& prompt,
                                                  std::function<QString(const std::string&)> store) {
    auto* dialog = new PassphraseDialog(PassphraseDialog::Mode::NewPassphrase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setPrompt(prompt);
    dialog->setAcceptText(tr("Save identity"));
    dialog->setCheck([store = std::move(store)](const QString& passphrase) {
        std::string secret = passphrase.toStdString();
        QString problem = busy([&] { return store(secret); });
        exchange::wipe(secret);
        return problem;
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit identityChanged();
    });
    dialog->open();
    return dialog;
}

PassphraseDialog* IdentityPanel::createIdentity() {
    if (!confirmReplace())
        return nullptr;
    const bool replace = m_hasIdentity;
    return askNewPassphrase(
        tr("The new private key is stored only on this computer, in a file encrypted under this passphrase. You "
           "type it each time you send a bundle."),
        [this, replace](const std::string& passphrase) -> QString {
            auto created = m_ws.trust.createIdentity(passphrase, 825, replace);
            if (!created)
                return ExchangePage::describeError(created.error());
            emit statusMessage(tr("Signing identity created."));
            return {};
        });
}

void IdentityPanel::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import identity from PKCS#12"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty())
        importPkcs12(path);
}

PassphraseDialog* IdentityPanel::importPkcs12(const QString& path) {
    if (!confirmReplace())
        return nullptr;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot import the identity"),
                    //: %1 is a file path.
                    tr("The file “%1” could not be read.").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    // The file's contents and its passphrase are needed again by the second dialog; they are
    // held only until that one closes.
    auto pkcs12 = std::make_shared<std::string>(file.readAll().toStdString());
    auto filePassphrase = std::make_shared<std::string>();
    const bool replace = m_hasIdentity;

    auto* dialog = new PassphraseDialog(PassphraseDialog::Mode::EnterPassphrase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    //: %1 is a file name.
    dialog->setPrompt(tr("Type the passphrase that protects “%1”.").arg(QFileInfo(path).fileName()));
    dialog->setFieldLabel(tr("&Passphrase of the file:"));
    dialog->setAcceptText(tr("Next"));
    dialog->setCheck([pkcs12, filePassphrase](const QString& passphrase) -> QString {
        *filePassphrase = passphrase.toStdString();
        auto opened = busy([&] { return exchange::Identity::fromPkcs12(*pkcs12, *filePassphrase); });
        if (!opened) {
            exchange::wipe(*filePassphrase);
            return ExchangePage::describeError(opened.error());
        }
        return {};
    });
    connect(dialog, &QDialog::rejected, this, [pkcs12, filePassphrase] {
        exchange::wipe(*pkcs12);
        exchange::wipe(*filePassphrase);
    });
    connect(dialog, &QDialog::accepted, this, [this, pkcs12, filePassphrase, replace] {
        PassphraseDialog* second = askNewPassphrase(
            tr("The imported key is stored only on this computer, in a file encrypted under a passphrase of its "
               "own. Choose it now; you type it each time you send a bundle."),
            [this, pkcs12, filePassphrase, replace](const std::string& passphrase) -> QString {
                auto imported = m_ws.trust.importIdentity(*pkcs12, *filePassphrase, passphrase, replace);
                if (!imported)
                    return ExchangePage::describeError(imported.error());
                emit statusMessage(tr("Signing identity imported."));
                return {};
            });
        connect(second, &QDialog::finished, this, [pkcs12, filePassphrase] {
            exchange::wipe(*pkcs12);
            exchange::wipe(*filePassphrase);
        });
    });
    dialog->open();
    return dialog;
}

void IdentityPanel::chooseExportFile() {
    auto identity = m_ws.trust.identity();
    if (!identity)
        return;
    const QString pem = tr("PEM certificate (*.pem *.crt)");
    const QString der = tr("DER certificate (*.der *.cer)");
    QString filter = pem;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(qs(identity->certificate.commonName) + QStringLiteral(".pem"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export certificate"), suggested,
                                                pem + QStringLiteral(";;") + der, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == der ? QStringLiteral(".der") : QStringLiteral(".pem");
    exportCertificateTo(path);
}

bool IdentityPanel::exportCertificateTo(const QString& path) {
    auto identity = m_ws.trust.identity();
    if (!identity) {
        showProblem(tr("Cannot export the certificate"), ExchangePage::describeError(identity.error()));
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::string bytes = identity->certificatePem;
    if (suffix == QLatin1String("der") || suffix == QLatin1String("cer")) {
        auto cert = exchange::Certificate::parse(identity->certificatePem);
        if (!cert) {
            showProblem(tr("Cannot export the certificate"), ExchangePage::describeError(cert.error()));
            return false;
        }
        bytes = cert->der();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) ||
        !file.commit()) {
        showProblem(tr("Cannot export the certificate"),
                    //: %1 is a file path.
                    tr("The file “%1” could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    //: %1 is a file path.
    emit statusMessage(tr("Certificate saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void IdentityPanel::copyFingerprint() {
    if (m_fingerprintText.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_fingerprintText);
    emit statusMessage(tr("Fingerprint copied."));
}

void IdentityPanel::showProblem(const QString& title, const QString& text) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

}  // namespace lintas::ui
