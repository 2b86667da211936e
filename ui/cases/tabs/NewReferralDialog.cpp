#include "cases/tabs/NewReferralDialog.h"

#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/OptionalDateEdit.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/VocabCombo.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

NewReferralDialog::NewReferralDialog(Workspace& ws, QString caseUuid, const QVector<QPair<QString, QString>>& victims,
                                     QWidget* parent)
    : QDialog(parent), m_ws(ws), m_caseUuid(std::move(caseUuid)) {
    setObjectName(QStringLiteral("newReferralDialog"));
    setWindowTitle(tr("New referral"));

    m_victim = new QComboBox(this);
    m_victim->setObjectName(QStringLiteral("victim"));
    for (const auto& [uuid, name] : victims)
        m_victim->addItem(name, uuid);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("service"));
    fillVocabCombo(m_service, vocab::List::ServiceType);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->addItem(tr("— no provider yet —"), QString());
    // Only the organisations a victim can be referred to: a victim-support officer may not read
    // the others (they are intelligence).
    if (auto orgs = ws.organisations.serviceProviders()) {
        for (const Organisation& o : *orgs)
            //: An organisation in a picker: %1 its name, %2 its type.
            m_provider->addItem(tr("%1 (%2)").arg(qs(o.name), TabText::label(vocab::List::OrganisationType, o.type)),
                                qs(o.meta.uuid));
    }
    m_officer = new QLineEdit(this);
    m_officer->setObjectName(QStringLiteral("officer"));
    m_officer->setPlaceholderText(tr("Victim-support officer responsible"));
    m_due = new OptionalDateEdit(this);
    m_due->setObjectName(QStringLiteral("dueDate"));
    //: Check box beside a due date: whether a due date is set.
    m_due->setCheckText(tr("Set"));
    // The calendar opens on core's today, which is what "overdue" is measured against.
    m_due->setValue(std::nullopt, QDate::fromString(qs(ws.context().today()), Qt::ISODate));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    auto* form = new QFormLayout;
    form->addRow(tr("&Victim:"), m_errors->wrap("referral.victim", m_victim));
    form->addRow(tr("&Service:"), m_errors->wrap("referral.service", m_service));
    form->addRow(tr("&Provider:"), m_errors->wrap("referral.provider", m_provider));
    form->addRow(tr("&Officer:"), m_errors->wrap("referral.officer", m_officer));
    form->addRow(tr("&Due date:"), m_errors->wrap("referral.dueDate", m_due));
    form->addRow(tr("&Notes:"), m_errors->wrap("referral.notes", m_notes));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create referral"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewReferralDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

NewReferralDialog::~NewReferralDialog() = default;

void NewReferralDialog::accept() {
    runGuarded(this, [&] {
        m_errors->clear();
        Referral r;
        r.caseUuid = ss(m_caseUuid);
        r.victimUuid = ss(m_victim->currentData().toString());
        r.service = comboCode(m_service).value_or("");
        r.providerUuid = comboCode(m_provider);
        r.officer = ss(m_officer->text().trimmed());
        r.dueDate = m_due->value();
        r.notes = ss(m_notes->toPlainText().trimmed());
        auto created = m_ws.referrals.create(std::move(r));
        if (!created) {
            m_errors->show(created.error());
            return;
        }
        m_created = qs(created->uuid);
        QDialog::accept();
    });
}

}  // namespace lintas::ui
