#include "organisations/OrganisationEditor.h"

#include "common/CountryModel.h"
#include "lintas/domain/Normalize.h"
#include "lintas/service/OrganisationService.h"
#include "organisations/AddressTableModel.h"
#include "organisations/OrganisationText.h"
#include "persons/CodeChoiceDelegate.h"
#include "persons/FormParts.h"
#include "persons/IdentifierTableModel.h"
#include "persons/LiveTextDelegate.h"
#include "persons/PersonText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

using namespace formparts;

namespace {

QTableView* makeTable(QWidget* parent, const QString& objectName, QAbstractItemModel* model) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                          QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 4);
    return view;
}

CodeChoiceDelegate::Choices countryChoices() {
    CountryModel countries;
    CodeChoiceDelegate::Choices out;
    for (int row = 0; row < countries.rowCount(); ++row) {
        const QModelIndex i = countries.index(row);
        out.emplace_back(i.data(CountryModel::Alpha3Role).toString(), i.data(Qt::DisplayRole).toString());
    }
    return out;
}

void selectData(QComboBox* combo, const QString& code) {
    int row = combo->findData(code);
    if (row < 0) {
        // A code this version does not know (from a partner's newer Lintas): show it as is.
        combo->addItem(code, code);
        row = combo->count() - 1;
    }
    combo->setCurrentIndex(row);
}

QPushButton* button(QWidget* parent, const QString& text, const QString& objectName) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

}  // namespace

OrganisationEditor::OrganisationEditor(QWidget* parent) : QWidget(parent) {
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("orgHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("orgMeta"));
    m_meta->setEnabled(false);
    m_formError = errorLabel(this, QStringLiteral("orgFormError"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("orgName"));
    m_nameError = errorLabel(this, QStringLiteral("orgNameError"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("orgType"));
    for (const auto& [code, label] : OrganisationText::choices(vocab::List::OrganisationType))
        m_type->addItem(label, code);
    m_typeError = errorLabel(this, QStringLiteral("orgTypeError"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("orgCountry"));
    m_country->addItem(tr("(unknown)"), QString());
    for (const auto& [code, label] : countryChoices())
        m_country->addItem(label, code);
    m_countryError = errorLabel(this, QStringLiteral("orgCountryError"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("orgPhone"));
    m_phoneError = errorLabel(this, QStringLiteral("orgPhoneError"));
    m_website = new QLineEdit(this);
    m_website->setObjectName(QStringLiteral("orgWebsite"));
    m_website->setPlaceholderText(tr("for example https://example.org or a social media page"));
    m_websiteError = errorLabel(this, QStringLiteral("orgWebsiteError"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("orgNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 6);
    m_notesError = errorLabel(this, QStringLiteral("orgNotesError"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(labelFor(m_name, tr("&Name:")), withMessage(m_name, m_nameError));
    form->addRow(labelFor(m_type, tr("&Type:")), withMessage(m_type, m_typeError));
    form->addRow(labelFor(m_country, tr("C&ountry:")), withMessage(m_country, m_countryError));
    form->addRow(labelFor(m_phone, tr("&Phone:")), withMessage(m_phone, m_phoneError));
    form->addRow(labelFor(m_website, tr("&Website:")), withMessage(m_website, m_websiteError));
    form->addRow(labelFor(m_notes, tr("N&otes:")), withMessage(m_notes, m_notesError));

    m_identifierModel = new IdentifierTableModel(this);
    m_identifierModel->setPreview([this](const Identifier& id) { return previewIdentifier(id); });
    m_identifiers = makeTable(this, QStringLiteral("orgIdentifiers"), m_identifierModel);
    m_identifiers->setItemDelegateForColumn(
        IdentifierTableModel::TypeColumn,
        new CodeChoiceDelegate(PersonText::choices(vocab::List::IdentifierType), QString(), false, m_identifiers));
    m_identifiers->setItemDelegateForColumn(IdentifierTableModel::ValueColumn, new LiveTextDelegate(m_identifiers));
    m_identifiers->setItemDelegateForColumn(
        IdentifierTableModel::IssuingCountryColumn,
        new CodeChoiceDelegate(countryChoices(), tr("(the organisation's country)"), false, m_identifiers));
    m_identifiers->horizontalHeader()->resizeSection(IdentifierTableModel::TypeColumn, 180);
    m_identifiers->horizontalHeader()->resizeSection(IdentifierTableModel::ValueColumn, 200);
    m_identifiers->horizontalHeader()->resizeSection(IdentifierTableModel::IssuingCountryColumn, 170);
    m_identifiersError = errorLabel(this, QStringLiteral("orgIdentifiersError"));
    auto* addIdentifier = button(this, tr("Add &identifier"), QStringLiteral("orgAddIdentifier"));
    m_removeIdentifier = button(this, tr("Remove identifier"), QStringLiteral("orgRemoveIdentifier"));
    m_removeIdentifier->setEnabled(false);

    m_addressModel = new AddressTableModel(this);
    m_addresses = makeTable(this, QStringLiteral("orgAddresses"), m_addressModel);
    m_addresses->setItemDelegateForColumn(
        AddressTableModel::CountryColumn,
        new CodeChoiceDelegate(countryChoices(), tr("(unknown)"), false, m_addresses));
    m_addresses->horizontalHeader()->resizeSection(AddressTableModel::StreetColumn, 220);
    m_addressesError = errorLabel(this, QStringLiteral("orgAddressesError"));
    auto* addAddress = button(this, tr("Add a&ddress"), QStringLiteral("orgAddAddress"));
    m_removeAddress = button(this, tr("Remove address"), QStringLiteral("orgRemoveAddress"));
    m_removeAddress->setEnabled(false);

    m_peopleModel = new LinkedPeopleModel(this);
    m_people = makeTable(this, QStringLiteral("orgPeople"), m_peopleModel);
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->horizontalHeader()->resizeSection(LinkedPeopleModel::PersonColumn, 200);
    m_people->horizontalHeader()->resizeSection(LinkedPeopleModel::RelationshipColumn, 260);
    m_peopleEmpty = new QLabel(tr("No one is linked to this organisation yet. Relationships are recorded in a "
                                  "case's Links tab."),
                               this);
    m_peopleEmpty->setObjectName(QStringLiteral("orgPeopleEmpty"));
    m_peopleEmpty->setWordWrap(true);
    m_peopleEmpty->setEnabled(false);

    auto buttonRow = [](QPushButton* add, QPushButton* remove) {
        auto* row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch();
        return row;
    };

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(m_formError);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Identifiers")));
    layout->addWidget(m_identifiers);
    layout->addWidget(m_identifiersError);
    layout->addLayout(buttonRow(addIdentifier, m_removeIdentifier));
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Addresses")));
    layout->addWidget(m_addresses);
    layout->addWidget(m_addressesError);
    layout->addLayout(buttonRow(addAddress, m_removeAddress));
    layout->addSpacing(8);
    layout->addWidget(heading(tr("People linked")));
    layout->addWidget(m_people);
    layout->addWidget(m_peopleEmpty);
    layout->addStretch();

    auto clearOnEdit = [this](QLineEdit* edit, QLabel* message) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, message] {
            setMessage(message, edit, {});
            markEdited();
        });
    };
    clearOnEdit(m_name, m_nameError);
    clearOnEdit(m_phone, m_phoneError);
    clearOnEdit(m_website, m_websiteError);
    connect(m_name, &QLineEdit::textEdited, this, &OrganisationEditor::updateHeading);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        setMessage(m_notesError, m_notes, {});
        markEdited();
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        setMessage(m_typeError, m_type, {});
        markEdited();
    });
    connect(m_country, &QComboBox::activated, this, [this] {
        setMessage(m_countryError, m_country, {});
        m_identifierModel->refreshPreviews();  // national phone numbers take the organisation's country
        markEdited();
    });
    connect(m_identifierModel, &IdentifierTableModel::edited, this, [this] {
        setMessage(m_identifiersError, m_identifiers, {});
        markEdited();
    });
    connect(m_addressModel, &AddressTableModel::edited, this, [this] {
        setMessage(m_addressesError, m_addresses, {});
        markEdited();
    });
    connect(addIdentifier, &QPushButton::clicked, this, [this] {
        Identifier id;
        id.type = "Phone";
        const int row = m_identifierModel->appendIdentifier(id);
        const QModelIndex value = m_identifierModel->index(row, IdentifierTableModel::ValueColumn);
        m_identifiers->setCurrentIndex(value);
        m_identifiers->setFocus();
        m_identifiers->edit(value);
    });
    connect(m_removeIdentifier, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_identifiers->currentIndex(); current.isValid())
            m_identifierModel->removeIdentifier(current.row());
    });
    connect(addAddress, &QPushButton::clicked, this, [this] {
        Address address;
        address.country = m_organisation.country;
        if (const QString country = m_country->currentData().toString(); !country.isEmpty())
            address.country = country.toStdString();
        const int row = m_addressModel->appendAddress(address);
        const QModelIndex label = m_addressModel->index(row, AddressTableModel::LabelColumn);
        m_addresses->setCurrentIndex(label);
        m_addresses->setFocus();
        m_addresses->edit(label);
    });
    connect(m_removeAddress, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_addresses->currentIndex(); current.isValid())
            m_addressModel->removeAddress(current.row());
    });
    connect(m_identifiers->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_removeIdentifier->setEnabled(current.isValid()); });
    connect(m_addresses->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_removeAddress->setEnabled(current.isValid()); });
    connect(m_people, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit personActivated(index.data(LinkedPeopleModel::PersonUuidRole).toString());
    });

    setOrganisation(Organisation{});
}

OrganisationEditor::~OrganisationEditor() = default;

void OrganisationEditor::setOrganisation(const Organisation& organisation) {
    m_loading = true;
    m_organisation = organisation;
    clearProblems();
    m_name->setText(QString::fromStdString(organisation.name));
    selectData(m_type, QString::fromStdString(organisation.type));
    selectData(m_country, organisation.country ? QString::fromStdString(*organisation.country) : QString());
    m_phone->setText(QString::fromStdString(organisation.phone));
    m_website->setText(QString::fromStdString(organisation.website));
    m_notes->setPlainText(QString::fromStdString(organisation.notes));
    m_identifierModel->setIdentifiers(organisation.identifiers);
    m_addressModel->setAddresses(organisation.addresses);
    m_removeIdentifier->setEnabled(false);
    m_removeAddress->setEnabled(false);
    if (organisation.meta.version == 0)
        m_meta->setText(tr("Not saved yet"));
    else
        //: %1 is when the record was last saved, %2 how many times it has been saved.
        m_meta->setText(tr("Last saved %1 · version %2")
                            .arg(PersonText::timestamp(organisation.meta.updatedAt))
                            .arg(organisation.meta.version));
    updateHeading();
    m_loading = false;
}

Organisation OrganisationEditor::organisation() const {
    Organisation o = m_organisation;
    o.name = m_name->text().trimmed().toStdString();
    o.type = m_type->currentData().toString().toStdString();
    const QString country = m_country->currentData().toString();
    o.country = country.isEmpty() ? std::nullopt : std::optional<std::string>(country.toStdString());
    o.phone = m_phone->text().trimmed().toStdString();
    o.website = m_website->text().trimmed().toStdString();
    o.notes = m_notes->toPlainText().toStdString();
    o.identifiers = m_identifierModel->identifiers();
    o.addresses = m_addressModel->addresses();
    return o;
}

void OrganisationEditor::setPeople(std::vector<LinkedPerson> people) {
    m_peopleEmpty->setVisible(people.empty());
    m_people->setVisible(!people.empty());
    m_peopleModel->setPeople(std::move(people));
}

void OrganisationEditor::focusName() {
    m_name->setFocus();
}

void OrganisationEditor::markEdited() {
    if (!m_loading)
        emit edited();
}

void OrganisationEditor::updateHeading() {
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty())
        m_heading->setText(name);
    else
        m_heading->setText(m_organisation.meta.version == 0 ? tr("New organisation") : tr("(no name)"));
}

Result<std::string> OrganisationEditor::previewIdentifier(const Identifier& identifier) const {
    // Core's own validation of an organisation holding just this identifier, in the chosen
    // country: the preview is what core will store, with core's rule for the phone country.
    Organisation scratch;
    scratch.name = "-";
    const QString country = m_country->currentData().toString();
    if (!country.isEmpty())
        scratch.country = country.toStdString();
    scratch.identifiers = {identifier};
    const Status verdict = OrganisationService::validate(scratch);
    if (verdict)
        return scratch.identifiers.front().normalized;
    if (FieldPath::parse(verdict.error().field).name == "identifiers")
        return verdict.error();
    return normalize::identifier(identifier.type, identifier.value, identifier.issuingCountry,
                                 "organisation.identifiers[0].value");
}

void OrganisationEditor::clearProblems() {
    const std::pair<QLabel*, QWidget*> messages[] = {
        {m_nameError, m_name},
        {m_typeError, m_type},
        {m_countryError, m_country},
        {m_phoneError, m_phone},
        {m_websiteError, m_website},
        {m_notesError, m_notes},
        {m_identifiersError, m_identifiers},
        {m_addressesError, m_addresses},
        {m_formError, nullptr},
    };
    for (const auto& [label, field] : messages)
        setMessage(label, field, {});
    m_identifierModel->clearRowProblems();
    m_addressModel->clearRowProblems();
}

bool OrganisationEditor::showProblem(const Error& error) {
    const FieldPath path = FieldPath::parse(error.field);
    const QString text = PersonText::problem(error);
    if (path.record == "organisation" && path.index < 0) {
        const struct {
            const char* name;
            QLabel* label;
            QWidget* field;
        } places[] = {
            {"name", m_nameError, m_name},          {"type", m_typeError, m_type},
            {"country", m_countryError, m_country}, {"phone", m_phoneError, m_phone},
            {"website", m_websiteError, m_website}, {"notes", m_notesError, m_notes},
        };
        for (const auto& place : places) {
            if (path.name == place.name) {
                setMessage(place.label, place.field, text);
                place.field->setFocus();
                return true;
            }
        }
    }
    if (path.record == "organisation" && path.index >= 0) {
        if (path.name == "identifiers" && path.index < m_identifierModel->rowCount()) {
            m_identifierModel->setRowProblem(path.index, text);
            setMessage(m_identifiersError, m_identifiers, PersonText::problemWithField(error));
            const int column = path.member == "type"             ? IdentifierTableModel::TypeColumn
                               : path.member == "issuingCountry" ? IdentifierTableModel::IssuingCountryColumn
                                                                 : IdentifierTableModel::ValueColumn;
            m_identifiers->setCurrentIndex(m_identifierModel->index(path.index, column));
            m_identifiers->setFocus();
            return true;
        }
        if (path.name == "addresses" && path.index < m_addressModel->rowCount()) {
            m_addressModel->setRowProblem(path.index, text);
            setMessage(m_addressesError, m_addresses, PersonText::problemWithField(error));
            const std::pair<const char*, int> columns[] = {
                {"label", AddressTableModel::LabelColumn},
                {"street", AddressTableModel::StreetColumn},
                {"city", AddressTableModel::CityColumn},
                {"state", AddressTableModel::StateColumn},
                {"postalCode", AddressTableModel::PostalCodeColumn},
                {"country", AddressTableModel::CountryColumn},
            };
            int column = AddressTableModel::LabelColumn;
            for (const auto& [member, c] : columns)
                if (path.member == member)
                    column = c;
            m_addresses->setCurrentIndex(m_addressModel->index(path.index, column));
            m_addresses->setFocus();
            return true;
        }
    }
    setMessage(m_formError, nullptr, PersonText::problemWithField(error));
    return false;
}

}  // namespace lintas::ui
