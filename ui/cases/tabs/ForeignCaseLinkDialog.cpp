#include "cases/tabs/ForeignCaseLinkDialog.h"

#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/VocabCombo.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

ForeignCaseLinkDialog::ForeignCaseLinkDialog(Workspace& ws, QString caseUuid, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_caseUuid(std::move(caseUuid)) {
    setObjectName(QStringLiteral("foreignCaseLinkDialog"));
    setWindowTitle(tr("Link foreign case"));

    m_agency = new QLineEdit(this);
    m_agency->setObjectName(QStringLiteral("foreignAgencyCode"));
    m_agency->setPlaceholderText(tr("e.g. RTP-ATPD"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("foreignCountry"));
    fillCountryCombo(m_country, tr("— choose a country —"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("foreignReference"));
    m_reference->setPlaceholderText(tr("Their case reference, exactly as they write it"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("ourContact"));
    m_contact->setPlaceholderText(tr("Our liaison officer for this link"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    auto* form = new QFormLayout;
    form->addRow(tr("Their &agency code:"), m_errors->wrap("caseLink.foreignAgencyCode", m_agency));
    form->addRow(tr("Their &country:"), m_errors->wrap("caseLink.foreignCountry", m_country));
    form->addRow(tr("Their &reference:"), m_errors->wrap("caseLink.foreignReference", m_reference));
    form->addRow(tr("Our c&ontact:"), m_errors->wrap("caseLink.ourContact", m_contact));
    form->addRow(tr("&Note:"), m_errors->wrap("caseLink.note", m_note));
    m_errors->alias("caseLink.linkedCase", "caseLink.foreignReference");

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ForeignCaseLinkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ForeignCaseLinkDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

ForeignCaseLinkDialog::~ForeignCaseLinkDialog() = default;

void ForeignCaseLinkDialog::accept() {
    runGuarded(this, [&] {
        m_errors->clear();
        CaseLink link;
        link.caseUuid = ss(m_caseUuid);
        link.foreignAgencyCode = ss(m_agency->text());
        link.foreignCountry = comboCode(m_country).value_or("");
        link.foreignReference = ss(m_reference->text());
        link.ourContact = ss(m_contact->text().trimmed());
        link.note = ss(m_note->text().trimmed());
        auto added = m_ws.links.addCaseLink(std::move(link));
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        QDialog::accept();
    });
}

}  // namespace lintas::ui
