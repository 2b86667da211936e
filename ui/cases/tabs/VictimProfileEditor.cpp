#include "cases/tabs/VictimProfileEditor.h"

#include "cases/tabs/CodeChecklist.h"
#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/OptionalDateEdit.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/VocabCombo.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QDate>
#include <QSpinBox>

namespace lintas::ui {
namespace {

QComboBox* vocabCombo(QWidget* parent, const char* name, vocab::List list) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    fillVocabCombo(combo, list, VictimProfileEditor::tr("— not recorded —"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

CodeChecklist* checklist(QWidget* parent, const char* name, vocab::List list) {
    auto* box = new CodeChecklist(list, parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

}  // namespace

VictimProfileEditor::VictimProfileEditor(Workspace& ws, QWidget* parent)
    : ProfileEditor(ws, QStringLiteral("victimProfileEditor"), parent) {
    m_status = vocabCombo(this, "traffickingStatus", vocab::List::TraffickingStatus);
    m_decidedBy = vocabCombo(this, "statusDecidedBy", vocab::List::DecisionMakingOrg);
    m_relationship = vocabCombo(this, "relationshipToTrafficker", vocab::List::RelationshipToTrafficker);
    m_age = new QSpinBox(this);
    m_age->setObjectName(QStringLiteral("ageWhenTrafficked"));
    // The range is wide on purpose: core decides what is plausible and says so next to the field.
    m_age->setRange(-1, 200);
    m_age->setSpecialValueText(tr("unknown"));
    m_recruitment = checklist(this, "recruitmentMethods", vocab::List::RecruitmentMethod);
    m_recruitmentApps = checklist(this, "recruitmentApps", vocab::List::WebsiteOrApp);
    m_control = checklist(this, "controlMethods", vocab::List::ControlMethod);
    m_exploitation = checklist(this, "exploitationTypes", vocab::List::ExploitationType);
    m_sexExploitation = checklist(this, "sexExploitationTypes", vocab::List::SexExploitationType);
    m_industry = vocabCombo(this, "forcedLabourIndustry", vocab::List::ForcedLabourIndustry);
    m_exploitationApps = checklist(this, "exploitationApps", vocab::List::WebsiteOrApp);
    m_identification = vocabCombo(this, "identificationMethod", vocab::List::IdentificationMethod);
    m_identifiedOn = new OptionalDateEdit(this);
    m_identifiedOn->setObjectName(QStringLiteral("identifiedOn"));

    addSection(tr("Status"));
    addRow(tr("Trafficking status:"), "victim.traffickingStatus", m_status);
    addRow(tr("Status decided by:"), "victim.statusDecidedBy", m_decidedBy);
    addRow(tr("Relationship to trafficker:"), "victim.relationshipToTrafficker", m_relationship);
    addRow(tr("Age when trafficked:"), "victim.ageWhenTrafficked", m_age);
    addSection(tr("Recruitment"));
    addRow(tr("Recruitment methods:"), "victim.recruitmentMethods", m_recruitment);
    addRow(tr("Websites and apps:"), "victim.recruitmentApps", m_recruitmentApps);
    addSection(tr("Control and exploitation"));
    addRow(tr("Methods of control:"), "victim.controlMethods", m_control);
    addRow(tr("Types of exploitation:"), "victim.exploitationTypes", m_exploitation);
    addRow(tr("Sexual exploitation:"), "victim.sexExploitationTypes", m_sexExploitation);
    addRow(tr("Forced-labour industry:"), "victim.forcedLabourIndustry", m_industry);
    addRow(tr("Websites and apps:"), "victim.exploitationApps", m_exploitationApps);
    addSection(tr("Identification"));
    addRow(tr("How identified:"), "victim.identificationMethod", m_identification);
    addRow(tr("Identified on:"), "victim.identifiedOn", m_identifiedOn);

    for (QComboBox* combo : {m_status, m_decidedBy, m_relationship, m_industry, m_identification})
        connect(combo, &QComboBox::currentIndexChanged, this, &VictimProfileEditor::markDirty);
    for (CodeChecklist* list : {m_recruitment, m_recruitmentApps, m_control, m_exploitation, m_sexExploitation,
                                m_exploitationApps})
        connect(list, &CodeChecklist::codesChanged, this, &VictimProfileEditor::markDirty);
    connect(m_age, &QSpinBox::valueChanged, this, &VictimProfileEditor::markDirty);
    connect(m_identifiedOn, &OptionalDateEdit::changed, this, &VictimProfileEditor::markDirty);
}

QString VictimProfileEditor::heading(const QString& personName) const {
    //: Heading of the side panel; %1 is the victim's name.
    return tr("Victim profile: %1").arg(personName);
}

bool VictimProfileEditor::load() {
    m_loaded = VictimProfile{};
    m_loaded.caseUuid = ss(caseUuid());
    m_loaded.personUuid = ss(personUuid());
    auto stored = ws().cases.victimProfile(m_loaded.caseUuid, m_loaded.personUuid);
    if (!stored) {
        errors().show(stored.error());
        return false;
    }
    if (stored->has_value())
        m_loaded = **stored;
    const VictimProfile& p = m_loaded;
    selectCode(m_status, p.traffickingStatus);
    selectCode(m_decidedBy, p.statusDecidedBy);
    selectCode(m_relationship, p.relationshipToTrafficker);
    m_age->setValue(p.ageWhenTrafficked.value_or(-1));
    m_recruitment->setCodes(p.recruitmentMethods);
    m_recruitmentApps->setCodes(p.recruitmentApps);
    m_control->setCodes(p.controlMethods);
    m_exploitation->setCodes(p.exploitationTypes);
    m_sexExploitation->setCodes(p.sexExploitationTypes);
    selectCode(m_industry, p.forcedLabourIndustry);
    m_exploitationApps->setCodes(p.exploitationApps);
    selectCode(m_identification, p.identificationMethod);
    m_identifiedOn->setValue(p.identifiedOn, QDate::fromString(qs(ws().context().today()), Qt::ISODate));
    setUpdatedAt(p.updatedAt);
    return true;
}

Status VictimProfileEditor::store() {
    VictimProfile p = m_loaded;
    p.traffickingStatus = comboCode(m_status);
    p.statusDecidedBy = comboCode(m_decidedBy);
    p.relationshipToTrafficker = comboCode(m_relationship);
    p.ageWhenTrafficked = m_age->value() < 0 ? std::nullopt : std::optional<int>(m_age->value());
    p.recruitmentMethods = m_recruitment->codes();
    p.recruitmentApps = m_recruitmentApps->codes();
    p.controlMethods = m_control->codes();
    p.exploitationTypes = m_exploitation->codes();
    p.sexExploitationTypes = m_sexExploitation->codes();
    p.forcedLabourIndustry = comboCode(m_industry);
    p.exploitationApps = m_exploitationApps->codes();
    p.identificationMethod = comboCode(m_identification);
    p.identifiedOn = m_identifiedOn->value();
    return ws().cases.setVictimProfile(p);
}

}  // namespace lintas::ui
