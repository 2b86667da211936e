#include "cases/tabs/JourneyLegDialog.h"

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

JourneyLegDialog::JourneyLegDialog(Workspace& ws, QString caseUuid, const QVector<QPair<QString, QString>>& victims,
                                   const QString& victim, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_caseUuid(std::move(caseUuid)) {
    setObjectName(QStringLiteral("journeyLegDialog"));
    setWindowTitle(tr("Add journey leg"));

    m_victim = new QComboBox(this);
    m_victim->setObjectName(QStringLiteral("victim"));
    for (const auto& [uuid, name] : victims)
        m_victim->addItem(name, uuid);
    if (const int row = m_victim->findData(victim); row >= 0)
        m_victim->setCurrentIndex(row);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("eventType"));
    fillVocabCombo(m_type, vocab::List::JourneyEventType);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    fillCountryCombo(m_country, tr("— choose a country —"));
    m_state = new QLineEdit(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("city"));
    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_date->setValue(std::nullopt, QDate::fromString(qs(ws.context().today()), Qt::ISODate));
    m_means = new QComboBox(this);
    m_means->setObjectName(QStringLiteral("meansOfTravel"));
    fillVocabCombo(m_means, vocab::List::MeansOfTravel, tr("— not recorded —"));
    m_border = new QLineEdit(this);
    m_border->setObjectName(QStringLiteral("borderCrossing"));
    m_border->setPlaceholderText(tr("e.g. Mae Sot – Myawaddy"));
    m_documents = new QLineEdit(this);
    m_documents->setObjectName(QStringLiteral("documentsUsed"));
    m_documents->setPlaceholderText(tr("e.g. own passport, tourist visa"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    auto* form = new QFormLayout;
    form->addRow(tr("&Victim:"), m_errors->wrap("journey.person", m_victim));
    form->addRow(tr("S&tage:"), m_errors->wrap("journey.eventType", m_type));
    form->addRow(tr("&Country:"), m_errors->wrap("journey.country", m_country));
    form->addRow(tr("State or &province:"), m_errors->wrap("journey.state", m_state));
    form->addRow(tr("City or &place:"), m_errors->wrap("journey.city", m_city));
    form->addRow(tr("&Date:"), m_errors->wrap("journey.eventDate", m_date));
    form->addRow(tr("&Means of travel:"), m_errors->wrap("journey.meansOfTravel", m_means));
    form->addRow(tr("&Border crossing:"), m_errors->wrap("journey.borderCrossing", m_border));
    form->addRow(tr("D&ocuments used:"), m_errors->wrap("journey.documentsUsed", m_documents));
    form->addRow(tr("D&escription:"), m_errors->wrap("journey.description", m_description));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add leg"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JourneyLegDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JourneyLegDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

JourneyLegDialog::~JourneyLegDialog() = default;

void JourneyLegDialog::accept() {
    runGuarded(this, [&] {
        m_errors->clear();
        JourneyLeg leg;
        leg.caseUuid = ss(m_caseUuid);
        leg.personUuid = ss(m_victim->currentData().toString());
        leg.eventType = comboCode(m_type).value_or("");
        leg.country = comboCode(m_country).value_or("");
        leg.state = ss(m_state->text().trimmed());
        leg.city = ss(m_city->text().trimmed());
        leg.eventDate = m_date->value();
        leg.meansOfTravel = comboCode(m_means);
        leg.borderCrossing = ss(m_border->text().trimmed());
        leg.documentsUsed = ss(m_documents->text().trimmed());
        leg.description = ss(m_description->toPlainText().trimmed());
        auto added = m_ws.links.addJourneyLeg(std::move(leg));
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        m_added = qs(added->uuid);
        QDialog::accept();
    });
}

}  // namespace lintas::ui
