#pragma once

#include "cases/tabs/ProfileEditor.h"

#include "lintas/domain/CaseParty.h"

class QComboBox;
class QPlainTextEdit;

namespace lintas::ui {

class CodeChecklist;
class OptionalDateEdit;

/// The suspect's part in this case: roles in the trafficking process and where the justice
/// process stands (arrest, charges, prosecution).
class SuspectProfileEditor : public ProfileEditor {
    Q_OBJECT

public:
    explicit SuspectProfileEditor(Workspace& ws, QWidget* parent = nullptr);

protected:
    bool load() override;
    [[nodiscard]] Status store() override;
    [[nodiscard]] QString heading(const QString& personName) const override;

private:
    SuspectProfile m_loaded;
    CodeChecklist* m_roles;
    QPlainTextEdit* m_roleDetails;
    QComboBox* m_arrest;
    OptionalDateEdit* m_arrestedOn;
    QComboBox* m_charge;
    QPlainTextEdit* m_charges;
    QComboBox* m_prosecution;
};

}  // namespace lintas::ui
