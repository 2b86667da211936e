#include "exchange/ApproveExportDialog.h"

#include "common/CountryModel.h"
#include "common/VocabText.h"
#include "exchange/ExchangePage.h"
#include "exchange/ExchangeText.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QLabel* wrapped(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void fillVocab(QComboBox* combo, vocab::List list, const QString& current) {
    for (const auto& [code, label] : VocabText::choices(list))
        combo->addItem(label, code);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

}  // namespace

ApproveExportDialog::ApproveExportDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace) {
    setObjectName(QStringLiteral("approveExportDialog"));
    setWindowTitle(tr("Approve an export"));

    auto* intro = wrapped(this, "approveIntro");
    intro->setText(tr("An export under handling code H2 or TLP:RED leaves only with a supervisor's approval of "
                      "exactly that request: the same cases, recipient certificate, profile and markings. The "
                      "approval is used up by the export it allows, and only another user than you can use it."));

    m_cases = new QLineEdit(this);
    m_cases->setObjectName(QStringLiteral("approveCasesField"));
    m_cases->setPlaceholderText(tr("Case references or UUIDs, separated by commas or spaces"));
    m_casesFound = wrapped(this, "approveCasesFound");
    m_casesFound->setForegroundRole(QPalette::PlaceholderText);

    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("approveRecipientField"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("approveProfileField"));
    for (auto profile : {exchange::BundleProfile::Full, exchange::BundleProfile::Pseudonymised,
                         exchange::BundleProfile::Statistics})
        m_profile->addItem(ExchangeText::profile(profile), static_cast<int>(profile));
    m_tlp = new QComboBox(this);
    m_tlp->setObjectName(QStringLiteral("approveTlpField"));
    fillVocab(m_tlp, vocab::List::Tlp, QStringLiteral("AMBER"));
    m_handling = new QComboBox(this);
    m_handling->setObjectName(QStringLiteral("approveHandlingField"));
    fillVocab(m_handling, vocab::List::HandlingCode, QStringLiteral("H2"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("approveNoteField"));
    m_note->setPlaceholderText(tr("Why it may go, e.g. the joint operation or the request it answers"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_digest = wrapped(this, "approveDigest");
    m_digest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_digest->setFont(mono);
    m_error = wrapped(this, "approveError");
    m_error->setStyleSheet(QStringLiteral("color: #922b21;"));
    m_error->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Cases:"), m_cases);
    form->addRow(QString(), m_casesFound);
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&TLP:"), m_tlp);
    form->addRow(tr("&Handling code:"), m_handling);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Request digest:"), m_digest);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_approve = buttons->button(QDialogButtonBox::Ok);
    m_approve->setText(tr("&Approve"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApproveExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ApproveExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_cases, &QLineEdit::textChanged, this, &ApproveExportDialog::updateRequest);
    for (QComboBox* combo : {m_recipient, m_profile, m_tlp, m_handling})
        connect(combo, &QComboBox::currentIndexChanged, this, &ApproveExportDialog::updateRequest);

    loadRecipients();
    updateRequest();
    resize(620, sizeHint().height());
}

void ApproveExportDialog::loadRecipients() {
    auto partners = m_ws.trust.list();
    if (!partners) {
        m_error->setText(ExchangePage::describeError(partners.error()));
        m_error->setVisible(true);
        return;
    }
    const std::string now = m_ws.context().now();
    for (const exchange::PartnerCertificate& p : *partners) {
        if (p.state != exchange::TrustState::Trusted || p.certificate.notAfter < now)
            continue;
        //: A recipient certificate: %1 agency name, %2 code, %3 country, %4 short fingerprint.
        m_recipient->addItem(ExchangeText::icon("trusted"),
                             tr("%1 — %2, %3 — %4")
                                 .arg(qs(p.agencyName), qs(p.agencyCode), CountryModel::displayName(qs(p.country)),
                                      ExchangePage::shortFingerprint(p.fingerprint)),
                             qs(p.fingerprint));
    }
    if (m_recipient->count() == 0)
        m_recipient->setPlaceholderText(tr("No trusted partner certificate"));
}

exchange::ExportRequest ApproveExportDialog::request() const {
    exchange::ExportRequest r;
    for (const std::string& uuid : m_caseUuids) {
        exchange::CaseSelection c;
        c.caseUuid = uuid;
        r.cases.push_back(std::move(c));
    }
    r.recipientFingerprint = m_recipient->currentData().toString().toStdString();
    r.profile = static_cast<exchange::BundleProfile>(m_profile->currentData().toInt());
    r.tlp = m_tlp->currentData().toString().toStdString();
    r.handlingCode = m_handling->currentData().toString().toStdString();
    return r;
}

void ApproveExportDialog::updateRequest() {
    m_caseUuids.clear();
    QStringList found;
    QStringList unknown;
    const QStringList keys =
        m_cases->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& key : keys) {
        auto c = m_ws.cases.find(key.toStdString());
        if (!c) {
            unknown << key;
            continue;
        }
        if (std::find(m_caseUuids.begin(), m_caseUuids.end(), c->meta.uuid) != m_caseUuids.end())
            continue;
        m_caseUuids.push_back(c->meta.uuid);
        //: A case found for the approval: %1 reference, %2 title, %3 its TLP, %4 its handling code.
        found << tr("%1 — %2 (TLP:%3, %4)").arg(qs(c->reference), qs(c->title), qs(c->tlp), qs(c->handlingCode));
    }
    m_casesComplete = !m_caseUuids.empty() && unknown.isEmpty();
    QString casesText = found.join(QLatin1Char('\n'));
    if (!unknown.isEmpty())
        //: %1 lists what the user typed that names no case.
        casesText += (casesText.isEmpty() ? QString() : QStringLiteral("\n")) +
                     tr("Not found: %1").arg(unknown.join(QStringLiteral(", ")));
    m_casesFound->setText(casesText);
    m_casesFound->setVisible(!casesText.isEmpty());

    QString digest;
    if (m_casesComplete && m_recipient->count() > 0) {
        if (auto d = m_ws.bundles.requestDigest(request()))
            digest = qs(*d);
    }
    m_digest->setText(digest.isEmpty() ? tr("(choose the cases and the recipient)") : digest);
    m_approve->setEnabled(m_casesComplete && m_recipient->count() > 0);
}

void ApproveExportDialog::accept() {
    auto stored = m_ws.bundles.approveExport(request(), m_note->toPlainText().trimmed().toStdString());
    if (!stored) {
        m_error->setText(ExchangePage::describeError(stored.error()));
        m_error->setVisible(true);
        return;
    }
    m_approvalId = *stored;
    emit approved(*stored);
    QDialog::accept();
}

}  // namespace lintas::ui
