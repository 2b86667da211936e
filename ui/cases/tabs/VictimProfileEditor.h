#pragma once

#include "cases/tabs/ProfileEditor.h"

#include "lintas/domain/CaseParty.h"

class QComboBox;
class QSpinBox;

namespace lintas::ui {

class CodeChecklist;
class OptionalDateEdit;

/// The victim's situation in this case (HTCDS vic_* fields and how the victim was identified).
class VictimProfileEditor : public ProfileEditor {
    Q_OBJECT

public:
    explicit VictimProfileEditor(Workspace& ws, QWidget* parent = nullptr);

protected:
    bool load() override;
    [[nodiscard]] Status store() override;
    [[nodiscard]] QString heading(const QString& personName) const override;

private:
    VictimProfile m_loaded;  ///< keeps fields this form does not edit (locations)
    QComboBox* m_status;
    QComboBox* m_decidedBy;
    QComboBox* m_relationship;
    QSpinBox* m_age;
    CodeChecklist* m_recruitment;
    CodeChecklist* m_recruitmentApps;
    CodeChecklist* m_control;
    CodeChecklist* m_exploitation;
    CodeChecklist* m_sexExploitation;
    QComboBox* m_industry;
    CodeChecklist* m_exploitationApps;
    QComboBox* m_identification;
    OptionalDateEdit* m_identifiedOn;
};

}  // namespace lintas::ui
