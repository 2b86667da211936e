#include "cases/tabs/SuspectProfileEditor.h"

#include "cases/tabs/CodeChecklist.h"
#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/OptionalDateEdit.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/VocabCombo.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDate>
#include <QPlainTextEdit>

namespace lintas::ui {
namespace {

QPlainTextEdit* textBox(QWidget* parent, const char* name) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().height() * 5);
    return edit;
}

QComboBox* statusCombo(QWidget* parent, const char* name, vocab::List list) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    fillVocabCombo(combo, list);
    return combo;
}

}  // namespace

SuspectProfileEditor::SuspectProfileEditor(Workspace& ws, QWidget* parent)
    : ProfileEditor(ws, QStringLiteral("suspectProfileEditor"), parent) {
    m_roles = new CodeChecklist(vocab::List::RoleInProcess, this);
    m_roles->setObjectName(QStringLiteral("rolesInProcess"));
    m_roleDetails = textBox(this, "roleDetails");
    m_arrest = statusCombo(this, "arrestStatus", vocab::List::ArrestStatus);
    m_arrestedOn = new OptionalDateEdit(this);
    m_arrestedOn->setObjectName(QStringLiteral("arrestedOn"));
    m_charge = statusCombo(this, "chargeStatus", vocab::List::ChargeStatus);
    m_charges = textBox(this, "charges");
    m_charges->setPlaceholderText(tr("Articles of law, e.g. UU 21/2007 Pasal 2"));
    m_prosecution = statusCombo(this, "prosecutionStatus", vocab::List::ProsecutionStatus);

    addSection(tr("Part in the trafficking process"));
    addRow(tr("Roles:"), "suspect.rolesInProcess", m_roles);
    addRow(tr("Details:"), "suspect.roleDetails", m_roleDetails);
    addSection(tr("Justice process"));
    addRow(tr("Arrest status:"), "suspect.arrestStatus", m_arrest);
    addRow(tr("Arrested on:"), "suspect.arrestedOn", m_arrestedOn);
    addRow(tr("Charge status:"), "suspect.chargeStatus", m_charge);
    addRow(tr("Charges:"), "suspect.charges", m_charges);
    addRow(tr("Prosecution status:"), "suspect.prosecutionStatus", m_prosecution);

    connect(m_roles, &CodeChecklist::codesChanged, this, &SuspectProfileEditor::markDirty);
    for (QPlainTextEdit* edit : {m_roleDetails, m_charges})
        connect(edit, &QPlainTextEdit::textChanged, this, &SuspectProfileEditor::markDirty);
    for (QComboBox* combo : {m_arrest, m_charge, m_prosecution})
        connect(combo, &QComboBox::currentIndexChanged, this, &SuspectProfileEditor::markDirty);
    connect(m_arrestedOn, &OptionalDateEdit::changed, this, &SuspectProfileEditor::markDirty);
}

QString SuspectProfileEditor::heading(const QString& personName) const {
    //: Heading of the side panel; %1 is the suspect's name.
    return tr("Suspect profile: %1").arg(personName);
}

bool SuspectProfileEditor::load() {
    m_loaded = SuspectProfile{};
    m_loaded.caseUuid = ss(caseUuid());
    m_loaded.personUuid = ss(personUuid());
    auto stored = ws().cases.suspectProfile(m_loaded.caseUuid, m_loaded.personUuid);
    if (!stored) {
        errors().show(stored.error());
        return false;
    }
    if (stored->has_value())
        m_loaded = **stored;
    const SuspectProfile& p = m_loaded;
    m_roles->setCodes(p.rolesInProcess);
    m_roleDetails->setPlainText(qs(p.roleDetails));
    selectCode(m_arrest, p.arrestStatus);
    m_arrestedOn->setValue(p.arrestedOn, QDate::fromString(qs(ws().context().today()), Qt::ISODate));
    selectCode(m_charge, p.chargeStatus);
    m_charges->setPlainText(qs(p.charges));
    selectCode(m_prosecution, p.prosecutionStatus);
    setUpdatedAt(p.updatedAt);
    return true;
}

Status SuspectProfileEditor::store() {
    SuspectProfile p = m_loaded;
    p.rolesInProcess = m_roles->codes();
    p.roleDetails = ss(m_roleDetails->toPlainText());
    p.arrestStatus = comboCode(m_arrest).value_or("");
    p.arrestedOn = m_arrestedOn->value();
    p.chargeStatus = comboCode(m_charge).value_or("");
    p.charges = ss(m_charges->toPlainText());
    p.prosecutionStatus = comboCode(m_prosecution).value_or("");
    return ws().cases.setSuspectProfile(p);
}

}  // namespace lintas::ui
