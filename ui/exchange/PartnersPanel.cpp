#include "exchange/PartnersPanel.h"

#include "common/Guard.h"
#include "exchange/AddPartnerDialog.h"
#include "exchange/ExchangePage.h"
#include "exchange/PartnerCertificateModel.h"

#include "lintas/service/Workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

PartnersPanel::PartnersPanel(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace) {
    m_add = new QPushButton(QIcon(QStringLiteral(":/lintas/icons/trusted.svg")), tr("&Add partner certificate…"), this);
    m_add->setObjectName(QStringLiteral("addPartnerButton"));
    m_revoke = new QPushButton(QIcon(QStringLiteral(":/lintas/icons/revoked.svg")), tr("Re&voke…"), this);
    m_revoke->setObjectName(QStringLiteral("revokePartnerButton"));
    m_revoke->setToolTip(tr("Stop accepting bundles signed with the selected certificate"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("partnerCount"));

    m_model = new PartnerCertificateModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PartnerCertificateModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("partnerTable"));
    m_view->setModel(m_proxy);
    // Agency, country, name, fingerprint, state, valid until.
    ExchangePage::setUpTable(m_view, {12, 24, 30, 22, 12, 20});
    m_view->sortByColumn(PartnerCertificateModel::Country, Qt::AscendingOrder);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("partnerDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addWidget(m_revoke);
    top->addStretch(1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_add, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { addCertificate(); }); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { revokeSelected(); }); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartnersPanel::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PartnersPanel::updateSelection);

    // Changing the trust store is the liaison's; others see it only.
    const bool manage = m_ws.context().can(security::Permission::ExchangeManage);
    m_add->setVisible(manage);
    m_revoke->setVisible(manage);

    reload();
}

void PartnersPanel::reload() {
    if (!m_ws.context().can(security::Permission::ExchangeRead))
        return;  // the page hides this panel; reading would only be refused
    const QModelIndex current = m_view->currentIndex();
    const QString selected = current.data(PartnerCertificateModel::FingerprintRole).toString();
    auto all = m_ws.trust.list();
    if (!all) {
        emit statusMessage(ExchangePage::describeError(all.error()));
        return;
    }
    m_model->setCertificates(std::move(all).value(), m_ws.context().now());
    m_count->setText(tr("%n certificate(s)", "", m_model->rowCount()));
    selectFingerprint(selected);
    updateSelection();
}

int PartnersPanel::selectedRow() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void PartnersPanel::selectFingerprint(const QString& fingerprint) {
    const int row = fingerprint.isEmpty() ? -1 : m_model->rowOf(fingerprint);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void PartnersPanel::updateSelection() {
    const exchange::PartnerCertificate* c = m_model->certificate(selectedRow());
    m_revoke->setEnabled(c && c->state == exchange::TrustState::Trusted);
    if (!c) {
        m_details->setText(m_model->rowCount() == 0
                               ? tr("No partner certificates yet. Add the certificate of each agency you exchange "
                                    "bundles with; bundles from anyone else are refused.")
                               : tr("Select a certificate to see its subject, full fingerprint and note."));
        return;
    }
    QStringList lines;
    //: %1 is the certificate's subject (e.g. "CN=THA-DSI,O=…").
    lines << tr("Subject: %1").arg(qs(c->certificate.subject));
    //: %1 is the full SHA-256 fingerprint.
    lines << tr("Fingerprint: %1").arg(qs(c->fingerprint));
    if (!c->note.empty())
        //: %1 is the note the user wrote when adding the certificate.
        lines << tr("Note: %1").arg(qs(c->note));
    if (c->state == exchange::TrustState::Revoked)
        //: %1 is a date, %2 the reason the user gave.
        lines << tr("Revoked on %1: %2").arg(ExchangePage::localDate(c->revokedAt), qs(c->revokedReason));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

AddPartnerDialog* PartnersPanel::addCertificate() {
    auto* dialog = new AddPartnerDialog(m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->added())
            return;
        m_model->upsert(*dialog->added());
        m_count->setText(tr("%n certificate(s)", "", m_model->rowCount()));
        selectFingerprint(qs(dialog->added()->fingerprint));
        //: %1 is the partner agency's code, %2 its country code.
        emit statusMessage(tr("Certificate of %1 (%2) added to the trust store.")
                               .arg(qs(dialog->added()->agencyCode), qs(dialog->added()->country)));
        emit trustChanged();
    });
    dialog->open();
    return dialog;
}

QDialog* PartnersPanel::revokeSelected() {
    const exchange::PartnerCertificate* c = m_model->certificate(selectedRow());
    if (!c || c->state == exchange::TrustState::Revoked)
        return nullptr;
    const QString fingerprint = qs(c->fingerprint);

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("revokeDialog"));
    dialog->setWindowTitle(tr("Revoke partner certificate"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    //: %1 agency code, %2 country, %3 the certificate's fingerprint.
    auto* text = new QLabel(tr("From now on, bundles signed with this certificate of %1 (%2) are refused. Revoking "
                               "cannot be undone: to trust the partner again, add a certificate again and confirm its "
                               "fingerprint with them.\n\n%3")
                                .arg(qs(c->agencyCode), ExchangePage::countryName(c->country),
                                     ExchangePage::groupedFingerprint(c->fingerprint)),
                            dialog);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto* reason = new QPlainTextEdit(dialog);
    reason->setObjectName(QStringLiteral("revokeReason"));
    reason->setTabChangesFocus(true);
    reason->setPlaceholderText(tr("e.g. key reported lost by the partner on …"));
    reason->setMaximumHeight(reason->fontMetrics().lineSpacing() * 5);
    auto* reasonLabel = new QLabel(tr("&Reason (kept in the trust store):"), dialog);
    reasonLabel->setBuddy(reason);
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("revokeError"));
    error->setWordWrap(true);
    error->setVisible(false);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* confirm = buttons->addButton(tr("Re&voke"), QDialogButtonBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("revokeConfirm"));
    confirm->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(reasonLabel);
    layout->addWidget(reason);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(560);

    connect(reason, &QPlainTextEdit::textChanged, dialog,
            [reason, confirm] { confirm->setEnabled(!reason->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(confirm, &QPushButton::clicked, dialog, [this, dialog, reason, error, fingerprint] {
        runGuarded(this, [&] {
            auto revoked = m_ws.trust.revoke(fingerprint.toStdString(), reason->toPlainText().trimmed().toStdString());
            if (!revoked) {
                error->setText(ExchangePage::describeError(revoked.error()));
                error->setVisible(true);
                return;
            }
            if (auto updated = m_ws.trust.byFingerprint(fingerprint.toStdString()))
                m_model->upsert(std::move(updated).value());
            else
                reload();
            emit statusMessage(tr("Certificate revoked."));
            emit trustChanged();
            dialog->accept();
        });
    });
    dialog->open();
    reason->setFocus();
    return dialog;
}

}  // namespace lintas::ui
