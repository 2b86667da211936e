#pragma once

#include "lintas/Result.h"
#include "lintas/domain/CaseParty.h"
#include "lintas/domain/Person.h"

#include <QWidget>
#include <string>
#include <vector>

class QComboBox;
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
    explicit PersonEditor(QWidget* parent = nullptr);
    ~PersonEditor() override;

    /// Today's ISO date in the workspace's clock: core validates against it, and an age estimate
    /// entered now refers to it.
    void setToday(std::string today);
    /// Shows `person` (clears messages). Fields the form does not show are kept as they are.
    void setPerson(const Person& person);
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
