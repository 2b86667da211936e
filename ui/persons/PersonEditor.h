#pragma once

#include "lintas/Result.h"
#include "lintas/domain/CaseParty.h"
#include "lintas/domain/Person.h"

#include <QWidget>
#include <string>
#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QPushButton;

namespace lintas::ui {

class AliasTableModel;
class CodeListEditor;
class IdentifierTableModel;
class PersonRolesModel;

/// The form of one person: names, sex, gender, date of birth or estimated age, citizenships,
/// languages, aliases, identifiers with their normalised preview, and the person's roles across
/// cases. It edits a copy; the page saves it through core and shows core's verdict here.
class PersonEditor : public QWidget {
    Q_OBJECT

public:
    /// How much of a person's identity the form shows. A victim's identifying details are masked
    /// by core unless they were read with a reason (PersonService::reveal).
    enum class IdentityState {
        Plain,     ///< not a victim (or a new person): everything shown and editable
        Masked,    ///< a victim, masked: a banner says so, the form is read-only
        Revealed,  ///< a victim whose details were read with a reason: editable, a banner says so
    };

    explicit PersonEditor(QWidget* parent = nullptr);
    ~PersonEditor() override;

    /// Today's ISO date in the workspace's clock: core validates against it, and an age estimate
    /// entered now refers to it.
    void setToday(std::string today);
    /// Shows `person` (clears messages). Fields the form does not show are kept as they are.
    /// A masked person (Person::identityMasked) puts the form in IdentityState::Masked; any other
    /// in Plain (call setIdentityState afterwards for a revealed victim).
    void setPerson(const Person& person);
    /// Shows the banner for `state` and enables editing only outside Masked. `canReveal`: whether
    /// the signed-in user may ask to see a masked victim's details (VictimIdentityRead).
    void setIdentityState(IdentityState state, bool canReveal);
    [[nodiscard]] IdentityState identityState() const { return m_identityState; }
    /// The person as loaded, with the user's edits applied.
    [[nodiscard]] Person person() const;
    void setRoles(std::vector<CaseParty> roles);

    /// Puts the cursor in the first name field (for a new person).
    void focusName();

    void clearProblems();
    /// Shows core's verdict next to the field it names (table rows included) and moves the focus
    /// there; returns false when the form has no place for that field (shown as a general message).
    bool showProblem(const Error& error);

signals:
    /// The user changed something.
    void edited();
    /// The user asked to open a case the person appears in.
    void caseActivated(const QString& caseUuid);
    /// The user asked to see a masked victim's identifying details ("Show identifying details…").
    void revealRequested();

private:
    void markEdited();
    void addIdentifier();
    void removeIdentifier();
    void addAlias();
    void removeAlias();
    void updateHeading();
    void showMessage(QLabel* label, QWidget* field, const QString& text);
    [[nodiscard]] Result<std::string> previewIdentifier(const Identifier& identifier) const;

    Person m_person;
    std::string m_today;
    bool m_loading = false;
    IdentityState m_identityState = IdentityState::Plain;
    bool m_canReveal = false;

    QFrame* m_identityBanner;
    QLabel* m_identityTitle;
    QLabel* m_identityText;
    QPushButton* m_revealButton;
    QWidget* m_form;  ///< everything that a masked victim's form must not let anyone edit
    QWidget* m_aliasSection;
    QWidget* m_identifierSection;

    QLabel* m_heading;
    QLabel* m_meta;
    QLineEdit* m_givenNames;
    QLineEdit* m_middleName;
    QLineEdit* m_familyName;
    QComboBox* m_sex;
    QComboBox* m_gender;
    QLineEdit* m_birthDate;
    QSpinBox* m_estimatedAge;
    QLabel* m_estimatedOn;
    CodeListEditor* m_citizenships;
    CodeListEditor* m_languages;
    AliasTableModel* m_aliasModel;
    QTableView* m_aliases;
    QPushButton* m_removeAlias;
    IdentifierTableModel* m_identifierModel;
    QTableView* m_identifiers;
    QPushButton* m_removeIdentifier;
    PersonRolesModel* m_roleModel;
    QTableView* m_roles;
    QLabel* m_rolesEmpty;

    QLabel* m_nameError;
    QLabel* m_givenNamesError;
    QLabel* m_middleNameError;
    QLabel* m_familyNameError;
    QLabel* m_sexError;
    QLabel* m_genderError;
    QLabel* m_birthDateError;
    QLabel* m_estimatedAgeError;
    QLabel* m_citizenshipsError;
    QLabel* m_languagesError;
    QLabel* m_aliasesError;
    QLabel* m_identifiersError;
    QLabel* m_formError;
};

}  // namespace lintas::ui
