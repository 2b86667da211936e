#include "exchange/AddPartnerDialog.h"

#include "common/CountryModel.h"
#include "common/Guard.h"
#include "exchange/ExchangePage.h"

#include "lintas/domain/Geo.h"
#include "lintas/exchange/Crypto.h"
#include "lintas/service/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QLabel* wrapped(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// The alpha-3 code of the country a certificate names in C (alpha-2), or an empty string.
QString alpha3OfCertificateCountry(const std::string& alpha2) {
    for (const geo::Country& country : geo::countries())
        if (country.alpha2 == alpha2)
            return qs(country.alpha3);
    return {};
}

}  // namespace

AddPartnerDialog::AddPartnerDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace) {
    setObjectName(QStringLiteral("addPartnerDialog"));
    setWindowTitle(tr("Add partner certificate"));

    // ---- step 1: the file and the agency it belongs to
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("partnerCertificateFile"));
    m_file->setPlaceholderText(tr("PEM or DER certificate file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("partnerBrowseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("partnerAgencyCode"));
    m_code->setPlaceholderText(tr("e.g. DSI"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("partnerCountry"));
    m_country->addItem(tr("(choose a country)"), QString());
    {
        CountryModel countries;
        for (int row = 0; row < countries.rowCount(); ++row) {
            const QModelIndex i = countries.index(row, 0);
            m_country->addItem(i.data(Qt::DisplayRole).toString(), i.data(CountryModel::Alpha3Role));
        }
    }
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("partnerAgencyName"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("partnerNote"));
    m_note->setPlaceholderText(tr("e.g. handed over at the liaison meeting in Bangkok"));

    auto* details = new QWidget(this);
    auto* form = new QFormLayout(details);
    form->setContentsMargins(0, 0, 0, 0);
    auto addRow = [&](const QString& text, QWidget* field, QLayout* layout = nullptr) {
        auto* label = new QLabel(text, details);
        label->setBuddy(field);
        if (layout)
            form->addRow(label, layout);
        else
            form->addRow(label, field);
    };
    addRow(tr("Certificate &file:"), m_file, fileRow);
    addRow(tr("Agency &code:"), m_code);
    addRow(tr("C&ountry:"), m_country);
    addRow(tr("Agency &name:"), m_name);
    addRow(tr("N&ote:"), m_note);

    // ---- step 2: the fingerprint, confirmed with the partner over another channel
    m_instructions = wrapped(QString(), this);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("partnerFingerprint"));
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprint->setAlignment(Qt::AlignCenter);
    m_fingerprint->setFrameShape(QFrame::StyledPanel);
    m_fingerprint->setMargin(10);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.45);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_fingerprint->setAccessibleName(tr("SHA-256 fingerprint"));
    m_subject = wrapped(QString(), this);
    m_subject->setObjectName(QStringLiteral("partnerSubject"));
    m_validity = wrapped(QString(), this);
    m_confirmed = new QCheckBox(tr("I have confirmed this &fingerprint with the partner"), this);
    m_confirmed->setObjectName(QStringLiteral("fingerprintConfirmed"));

    auto* confirmation = new QWidget(this);
    auto* confirmLayout = new QVBoxLayout(confirmation);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_instructions);
    confirmLayout->addWidget(m_fingerprint);
    auto* certForm = new QFormLayout;
    certForm->addRow(tr("Subject:"), m_subject);
    certForm->addRow(tr("Valid:"), m_validity);
    confirmLayout->addLayout(certForm);
    confirmLayout->addWidget(m_confirmed);
    confirmLayout->addStretch(1);

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(details);
    m_steps->addWidget(confirmation);

    m_error = wrapped(QString(), this);
    m_error->setObjectName(QStringLiteral("addPartnerError"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("addPartnerBack"));
    m_next = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("addPartnerNext"));
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("addPartnerSave"));
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(620);

    connect(browse, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { chooseFile(); }); });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!m_file->text().isEmpty())
            runGuarded(this, [this] { setCertificateFile(m_file->text()); });
    });
    // A path changed by hand no longer matches the certificate read before.
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_certificateBytes.clear(); });
    connect(m_next, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { goToConfirmation(); }); });
    connect(m_back, &QPushButton::clicked, this, &AddPartnerDialog::goToDetails);
    connect(m_save, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { save(); }); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirmed, &QCheckBox::toggled, this, &AddPartnerDialog::updateButtons);
    for (QLineEdit* field : {m_file, m_code, m_name})
        connect(field, &QLineEdit::textChanged, this, &AddPartnerDialog::updateButtons);
    connect(m_country, &QComboBox::currentIndexChanged, this, &AddPartnerDialog::updateButtons);

    goToDetails();
}

void AddPartnerDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Partner certificate"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        setCertificateFile(path);
}

bool AddPartnerDialog::setCertificateFile(const QString& path) {
    m_file->setText(QDir::toNativeSeparators(path));
    m_certificateBytes.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path.
        setError(tr("The file “%1” could not be read.").arg(QDir::toNativeSeparators(path)));
        updateButtons();
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto certificate = exchange::Certificate::parse(std::string_view(bytes.constData(), bytes.size()));
    if (!certificate) {
        setError(ExchangePage::describeError(certificate.error()));
        updateButtons();
        return false;
    }
    m_certificateBytes = bytes.toStdString();
    setError({});
    // Certificates Lintas makes name the agency (O), its code (OU) and its country (C); other
    // PKIs may not. Only empty fields are filled: what the user typed wins.
    const exchange::CertificateInfo& info = certificate->info();
    if (m_code->text().isEmpty())
        m_code->setText(qs(info.organisationalUnit));
    if (m_name->text().isEmpty())
        m_name->setText(qs(info.organisation));
    if (m_country->currentData().toString().isEmpty()) {
        const int row = m_country->findData(alpha3OfCertificateCountry(info.countryAlpha2));
        if (row > 0)
            m_country->setCurrentIndex(row);
    }
    updateButtons();
    return true;
}

void AddPartnerDialog::goToConfirmation() {
    if (m_certificateBytes.empty() && !setCertificateFile(m_file->text()))
        return;
    auto certificate = exchange::Certificate::parse(m_certificateBytes);
    if (!certificate) {
        setError(ExchangePage::describeError(certificate.error()));
        return;
    }
    const exchange::CertificateInfo& info = certificate->info();
    //: %1 is the partner agency's code, %2 its country.
    m_instructions->setText(
        tr("Before you trust this certificate, call %1 (%2) on a number you already know, or meet them, and ask them "
           "to read out the SHA-256 fingerprint of their certificate. Every pair must match exactly:")
            .arg(m_code->text().trimmed(), m_country->currentText()));
    m_fingerprint->setText(ExchangePage::groupedFingerprint(info.fingerprint));
    m_subject->setText(qs(info.subject));
    //: Validity of a certificate; %1 and %2 are dates.
    m_validity->setText(tr("from %1 until %2").arg(ExchangePage::localDate(info.notBefore),
                                                    ExchangePage::localDate(info.notAfter)));
    m_confirmed->setChecked(false);
    setError({});
    m_steps->setCurrentIndex(1);
    m_confirmed->setFocus();
    updateButtons();
}

void AddPartnerDialog::goToDetails() {
    m_steps->setCurrentIndex(0);
    m_confirmed->setChecked(false);
    updateButtons();
}

void AddPartnerDialog::save() {
    if (!m_confirmed->isChecked())
        return;
    auto added = m_ws.trust.add(m_certificateBytes, m_code->text().trimmed().toStdString(),
                                m_country->currentData().toString().toStdString(), m_name->text().trimmed().toStdString(),
                                m_note->text().trimmed().toStdString());
    if (!added) {
        setError(ExchangePage::describeError(added.error()));
        return;
    }
    m_added = std::move(added).value();
    accept();
}

void AddPartnerDialog::updateButtons() {
    const bool confirming = m_steps->currentIndex() == 1;
    m_back->setVisible(confirming);
    m_next->setVisible(!confirming);
    m_save->setVisible(confirming);
    // Only what the user must still do gates the buttons; whether the values are acceptable is
    // core's decision when saving.
    m_next->setEnabled(!m_file->text().isEmpty() && !m_code->text().trimmed().isEmpty() &&
                       !m_country->currentData().toString().isEmpty() && !m_name->text().trimmed().isEmpty());
    m_save->setEnabled(confirming && m_confirmed->isChecked());
    m_next->setDefault(!confirming);
    m_save->setDefault(confirming);
}

void AddPartnerDialog::setError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

}  // namespace lintas::ui
