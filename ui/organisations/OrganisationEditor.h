#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Organisation.h"
#include "organisations/LinkedPeopleModel.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lintas::ui {

class AddressTableModel;
class IdentifierTableModel;

/// The form of one organisation: name, type, country, phone, website, notes, identifiers with
/// their normalised preview, addresses, and the people linked to it.
class OrganisationEditor : public QWidget {
    Q_OBJECT

public:
    explicit OrganisationEditor(QWidget* parent = nullptr);
    ~OrganisationEditor() override;

    /// Shows `organisation` (clears messages); fields the form does not show are kept.
    void setOrganisation(const Organisation& organisation);
    /// The organisation as loaded, with the user's edits applied.
    [[nodiscard]] Organisation organisation() const;
    void setPeople(std::vector<LinkedPerson> people);

    /// Puts the cursor in the name field (for a new organisation).
    void focusName();

    void clearProblems();
    /// Shows core's verdict next to the field it names; false when the form has no such field.
    bool showProblem(const Error& error);

signals:
    void edited();
    void personActivated(const QString& personUuid);

private:
    void markEdited();
    void updateHeading();
    [[nodiscard]] Result<std::string> previewIdentifier(const Identifier& identifier) const;

    Organisation m_organisation;
    bool m_loading = false;

    QLabel* m_heading;
    QLabel* m_meta;
    QLineEdit* m_name;
    QComboBox* m_type;
    QComboBox* m_country;
    QLineEdit* m_phone;
    QLineEdit* m_website;
    QPlainTextEdit* m_notes;
    IdentifierTableModel* m_identifierModel;
    QTableView* m_identifiers;
    QPushButton* m_removeIdentifier;
    AddressTableModel* m_addressModel;
    QTableView* m_addresses;
    QPushButton* m_removeAddress;
    LinkedPeopleModel* m_peopleModel;
    QTableView* m_people;
    QLabel* m_peopleEmpty;

    QLabel* m_nameError;
    QLabel* m_typeError;
    QLabel* m_countryError;
    QLabel* m_phoneError;
    QLabel* m_websiteError;
    QLabel* m_notesError;
    QLabel* m_identifiersError;
    QLabel* m_addressesError;
    QLabel* m_formError;
};

}  // namespace lintas::ui
