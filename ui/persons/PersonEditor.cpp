#include "persons/PersonEditor.h"

#include "common/CountryModel.h"
#include "lintas/domain/Normalize.h"
#include "lintas/service/PersonService.h"
#include "persons/AliasTableModel.h"
#include "persons/CodeChoiceDelegate.h"
#include "persons/CodeListEditor.h"
#include "persons/FormParts.h"
#include "persons/IdentifierTableModel.h"
#include "persons/IsoLanguageModel.h"
#include "persons/LiveTextDelegate.h"
#include "persons/PersonRolesModel.h"
#include "persons/PersonText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QIcon>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

using namespace formparts;

namespace {

constexpr int kNoAge = -1;

void fillVocabulary(QComboBox* combo, vocab::List list) {
    for (const auto& [code, label] : PersonText::choices(list))
        combo->addItem(label, code);
}

void selectCode(QComboBox* combo, const std::string& code) {
    int row = combo->findData(QString::fromStdString(code));
    if (row < 0) {
        // A code this version does not know (say, from a partner's newer Lintas): show it as is.
        combo->addItem(QString::fromStdString(code), QString::fromStdString(code));
        row = combo->count() - 1;
    }
    combo->setCurrentIndex(row);
}

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

CodeChoiceDelegate::Choices scriptChoices() {
    CodeChoiceDelegate::Choices out;
    for (std::string_view code : PersonText::scriptCodes())
        out.emplace_back(QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size())),
                         PersonText::scriptName(code));
    return out;
}

std::optional<std::string> optionalText(const QLineEdit* edit) {
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return text.toStdString();
}

}  // namespace

PersonEditor::PersonEditor(QWidget* parent) : QWidget(parent) {
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("personHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("personMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setEnabled(false);  // secondary text
    m_formError = errorLabel(this, QStringLiteral("personFormError"));

    // --- names and identity -------------------------------------------------------------
    m_givenNames = new QLineEdit(this);
    m_givenNames->setObjectName(QStringLiteral("personGivenNames"));
    m_middleName = new QLineEdit(this);
    m_middleName->setObjectName(QStringLiteral("personMiddleName"));
    m_familyName = new QLineEdit(this);
    m_familyName->setObjectName(QStringLiteral("personFamilyName"));
    m_familyName->setPlaceholderText(tr("leave empty for a single name"));
    m_nameError = errorLabel(this, QStringLiteral("personNameError"));
    m_givenNamesError = errorLabel(this, QStringLiteral("personGivenNamesError"));
    m_middleNameError = errorLabel(this, QStringLiteral("personMiddleNameError"));
    m_familyNameError = errorLabel(this, QStringLiteral("personFamilyNameError"));

    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("personSex"));
    fillVocabulary(m_sex, vocab::List::Sex);
    m_sexError = errorLabel(this, QStringLiteral("personSexError"));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("personGender"));
    fillVocabulary(m_gender, vocab::List::Gender);
    m_genderError = errorLabel(this, QStringLiteral("personGenderError"));

    m_birthDate = new QLineEdit(this);
    m_birthDate->setObjectName(QStringLiteral("personBirthDate"));
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD, empty when unknown"));
    m_birthDate->setMaxLength(10);
    m_birthDateError = errorLabel(this, QStringLiteral("personBirthDateError"));

    m_estimatedAge = new QSpinBox(this);
    m_estimatedAge->setObjectName(QStringLiteral("personEstimatedAge"));
    m_estimatedAge->setRange(kNoAge, 130);
    m_estimatedAge->setSpecialValueText(tr("not estimated"));
    m_estimatedAge->setSuffix(tr(" years"));
    m_estimatedAge->setToolTip(tr("When the date of birth is unknown: the age as estimated today"));
    m_estimatedOn = new QLabel(this);
    m_estimatedOn->setObjectName(QStringLiteral("personAgeEstimatedOn"));
    m_estimatedOn->setEnabled(false);
    m_estimatedAgeError = errorLabel(this, QStringLiteral("personEstimatedAgeError"));
    auto* ageRow = new QWidget(this);
    auto* ageLayout = new QHBoxLayout(ageRow);
    ageLayout->setContentsMargins(0, 0, 0, 0);
    ageLayout->addWidget(m_estimatedAge);
    ageLayout->addWidget(m_estimatedOn, 1);

    auto* identity = new QFormLayout;
    identity->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    identity->addRow(labelFor(m_givenNames, tr("&Given names:")), withMessage(m_givenNames, m_givenNamesError));
    identity->addRow(labelFor(m_middleName, tr("&Middle name:")), withMessage(m_middleName, m_middleNameError));
    identity->addRow(labelFor(m_familyName, tr("&Family name:")), withMessage(m_familyName, m_familyNameError));
    identity->addRow(QString(), m_nameError);
    identity->addRow(labelFor(m_sex, tr("Se&x:")), withMessage(m_sex, m_sexError));
    identity->addRow(labelFor(m_gender, tr("Gen&der:")), withMessage(m_gender, m_genderError));
    identity->addRow(labelFor(m_birthDate, tr("Date of &birth:")), withMessage(m_birthDate, m_birthDateError));
    identity->addRow(labelFor(m_estimatedAge, tr("or estimated a&ge:")), withMessage(ageRow, m_estimatedAgeError));

    // --- citizenships and languages -------------------------------------------------------
    m_citizenships = new CodeListEditor(new CountryModel(this), CountryModel::Alpha3Role, this);
    m_citizenships->setObjectName(QStringLiteral("personCitizenships"));
    m_citizenships->setPlaceholderText(tr("Add a citizenship…"));
    m_citizenships->setToolTip(tr("The first citizenship gives national phone numbers their country code"));
    m_citizenshipsError = errorLabel(this, QStringLiteral("personCitizenshipsError"));
    m_languages = new CodeListEditor(new IsoLanguageModel(this), IsoLanguageModel::CodeRole, this);
    m_languages->setObjectName(QStringLiteral("personLanguages"));
    m_languages->setPlaceholderText(tr("Add a language…"));
    m_languages->setToolTip(tr("The first language is the one the person speaks best"));
    m_languagesError = errorLabel(this, QStringLiteral("personLanguagesError"));

    auto* belonging = new QFormLayout;
    belonging->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    belonging->addRow(labelFor(m_citizenships->picker(), tr("&Citizenships:")),
                      withMessage(m_citizenships, m_citizenshipsError));
    belonging->addRow(labelFor(m_languages->picker(), tr("&Languages:")), withMessage(m_languages, m_languagesError));

    auto* columns = new QHBoxLayout;
    columns->addLayout(identity, 1);
    columns->addSpacing(16);
    columns->addLayout(belonging, 1);

    // --- aliases ----------------------------------------------------------------------------
    m_aliasModel = new AliasTableModel(this);
    m_aliases = makeTable(this, QStringLiteral("personAliases"), m_aliasModel);
    m_aliases->setItemDelegateForColumn(AliasTableModel::ScriptColumn,
                                        new CodeChoiceDelegate(scriptChoices(), tr("(none)"), true, m_aliases));
    m_aliases->horizontalHeader()->resizeSection(AliasTableModel::NameColumn, 220);
    m_aliases->horizontalHeader()->resizeSection(AliasTableModel::ScriptColumn, 200);
    m_aliasesError = errorLabel(this, QStringLiteral("personAliasesError"));
    auto* addAlias = new QPushButton(tr("Add a&lias"), this);
    addAlias->setObjectName(QStringLiteral("personAddAlias"));
    m_removeAlias = new QPushButton(tr("Remove alias"), this);
    m_removeAlias->setObjectName(QStringLiteral("personRemoveAlias"));
    m_removeAlias->setEnabled(false);

    // --- identifiers ------------------------------------------------------------------------
    m_identifierModel = new IdentifierTableModel(this);
    m_identifierModel->setPreview([this](const Identifier& id) { return previewIdentifier(id); });
    m_identifiers = makeTable(this, QStringLiteral("personIdentifiers"), m_identifierModel);
    m_identifiers->setItemDelegateForColumn(
        IdentifierTableModel::TypeColumn,
        new CodeChoiceDelegate(PersonText::choices(vocab::List::IdentifierType), QString(), false, m_identifiers));
    m_identifiers->setItemDelegateForColumn(
        IdentifierTableModel::IssuingCountryColumn,
        new CodeChoiceDelegate(countryChoices(), tr("(from first citizenship)"), false, m_identifiers));
    m_identifiers->setItemDelegateForColumn(IdentifierTableModel::ValueColumn, new LiveTextDelegate(m_identifiers));
    m_identifiers->horizontalHeader()->resizeSection(IdentifierTableModel::TypeColumn, 180);
    m_identifiers->horizontalHeader()->resizeSection(IdentifierTableModel::ValueColumn, 200);
    m_identifiers->horizontalHeader()->resizeSection(IdentifierTableModel::IssuingCountryColumn, 170);
    m_identifiersError = errorLabel(this, QStringLiteral("personIdentifiersError"));
    auto* addIdentifier = new QPushButton(tr("Add &identifier"), this);
    addIdentifier->setObjectName(QStringLiteral("personAddIdentifier"));
    m_removeIdentifier = new QPushButton(tr("Remove identifier"), this);
    m_removeIdentifier->setObjectName(QStringLiteral("personRemoveIdentifier"));
    m_removeIdentifier->setEnabled(false);

    // --- roles across cases ---------------------------------------------------------------
    m_roleModel = new PersonRolesModel(this);
    m_roles = makeTable(this, QStringLiteral("personRoles"), m_roleModel);
    m_roles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roles->horizontalHeader()->resizeSection(PersonRolesModel::CaseColumn, 230);
    m_rolesEmpty = new QLabel(tr("This person does not appear in any case yet."), this);
    m_rolesEmpty->setObjectName(QStringLiteral("personRolesEmpty"));
    m_rolesEmpty->setEnabled(false);

    auto buttonRow = [](QPushButton* add, QPushButton* remove) {
        auto* row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch();
        return row;
    };

    // Everything that shows or edits who the person is; read-only while a victim's identity is masked.
    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("personIdentityForm"));
    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addLayout(columns);
    // Aliases and identifiers are hidden altogether while masked: empty tables would read as
    // "none known".
    m_aliasSection = new QWidget(m_form);
    m_aliasSection->setObjectName(QStringLiteral("personAliasSection"));
    auto* aliasLayout = new QVBoxLayout(m_aliasSection);
    aliasLayout->setContentsMargins(0, 8, 0, 0);
    aliasLayout->addWidget(heading(tr("Aliases")));
    aliasLayout->addWidget(m_aliases);
    aliasLayout->addWidget(m_aliasesError);
    aliasLayout->addLayout(buttonRow(addAlias, m_removeAlias));
    m_identifierSection = new QWidget(m_form);
    m_identifierSection->setObjectName(QStringLiteral("personIdentifierSection"));
    auto* identifierLayout = new QVBoxLayout(m_identifierSection);
    identifierLayout->setContentsMargins(0, 8, 0, 0);
    identifierLayout->addWidget(heading(tr("Identifiers")));
    identifierLayout->addWidget(m_identifiers);
    identifierLayout->addWidget(m_identifiersError);
    identifierLayout->addLayout(buttonRow(addIdentifier, m_removeIdentifier));
    form->addWidget(m_aliasSection);
    form->addWidget(m_identifierSection);

    // --- a victim's masked identity -------------------------------------------------------
    m_identityBanner = new QFrame(this);
    m_identityBanner->setObjectName(QStringLiteral("identityBanner"));
    m_identityBanner->setFrameShape(QFrame::StyledPanel);
    auto* bannerIcon = new QLabel(m_identityBanner);
    bannerIcon->setObjectName(QStringLiteral("identityBannerIcon"));
    bannerIcon->setAlignment(Qt::AlignTop);
    m_identityTitle = new QLabel(m_identityBanner);
    m_identityTitle->setObjectName(QStringLiteral("identityBannerTitle"));
    QFont bannerFont = m_identityTitle->font();
    bannerFont.setBold(true);
    m_identityTitle->setFont(bannerFont);
    m_identityText = new QLabel(m_identityBanner);
    m_identityText->setObjectName(QStringLiteral("identityBannerText"));
    m_identityText->setWordWrap(true);
    m_identityText->setTextFormat(Qt::PlainText);
    m_revealButton = new QPushButton(tr("Show identifying details…"), m_identityBanner);
    m_revealButton->setObjectName(QStringLiteral("revealIdentityButton"));
    auto* bannerTexts = new QVBoxLayout;
    bannerTexts->setSpacing(2);
    bannerTexts->addWidget(m_identityTitle);
    bannerTexts->addWidget(m_identityText);
    auto* bannerLayout = new QHBoxLayout(m_identityBanner);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addLayout(bannerTexts, 1);
    bannerLayout->addWidget(m_revealButton, 0, Qt::AlignVCenter);
    m_identityBanner->setVisible(false);
    connect(m_revealButton, &QPushButton::clicked, this, &PersonEditor::revealRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(m_identityBanner);
    layout->addWidget(m_formError);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Roles in cases")));
    layout->addWidget(m_roles);
    layout->addWidget(m_rolesEmpty);
    layout->addStretch();

    // Only what the user does counts as an edit (textEdited/activated are not sent for
    // programmatic changes; the spin box and models are guarded by m_loading).
    for (QLineEdit* edit : {m_givenNames, m_middleName, m_familyName, m_birthDate})
        connect(edit, &QLineEdit::textEdited, this, &PersonEditor::markEdited);
    connect(m_givenNames, &QLineEdit::textEdited, this, [this] { showMessage(m_nameError, m_givenNames, {}); });
    connect(m_familyName, &QLineEdit::textEdited, this, [this] { showMessage(m_nameError, m_givenNames, {}); });
    connect(m_givenNames, &QLineEdit::textEdited, this, [this] { showMessage(m_givenNamesError, m_givenNames, {}); });
    connect(m_middleName, &QLineEdit::textEdited, this, [this] { showMessage(m_middleNameError, m_middleName, {}); });
    connect(m_familyName, &QLineEdit::textEdited, this, [this] { showMessage(m_familyNameError, m_familyName, {}); });
    connect(m_birthDate, &QLineEdit::textEdited, this, [this] { showMessage(m_birthDateError, m_birthDate, {}); });
    connect(m_sex, &QComboBox::activated, this, &PersonEditor::markEdited);
    connect(m_gender, &QComboBox::activated, this, &PersonEditor::markEdited);
    connect(m_estimatedAge, &QSpinBox::valueChanged, this, [this](int age) {
        if (m_loading)
            return;
        // The estimate refers to the day it is made.
        m_person.estimatedAge = age == kNoAge ? std::nullopt : std::optional<int>(age);
        m_person.ageEstimatedOn = age == kNoAge ? std::nullopt : std::optional<std::string>(m_today);
        m_estimatedOn->setText(age == kNoAge ? QString() : tr("as of %1").arg(QString::fromStdString(m_today)));
        showMessage(m_estimatedAgeError, m_estimatedAge, {});
        markEdited();
    });
    connect(m_citizenships, &CodeListEditor::edited, this, [this] {
        showMessage(m_citizenshipsError, m_citizenships->picker(), {});
        m_identifierModel->refreshPreviews();  // national phone numbers take the first citizenship's code
        markEdited();
    });
    connect(m_languages, &CodeListEditor::edited, this, [this] {
        showMessage(m_languagesError, m_languages->picker(), {});
        markEdited();
    });
    connect(m_aliasModel, &AliasTableModel::edited, this, [this] {
        showMessage(m_aliasesError, m_aliases, {});
        markEdited();
    });
    connect(m_identifierModel, &IdentifierTableModel::edited, this, [this] {
        showMessage(m_identifiersError, m_identifiers, {});
        markEdited();
    });
    connect(m_givenNames, &QLineEdit::textEdited, this, &PersonEditor::updateHeading);
    connect(m_middleName, &QLineEdit::textEdited, this, &PersonEditor::updateHeading);
    connect(m_familyName, &QLineEdit::textEdited, this, &PersonEditor::updateHeading);

    connect(addAlias, &QPushButton::clicked, this, &PersonEditor::addAlias);
    connect(m_removeAlias, &QPushButton::clicked, this, &PersonEditor::removeAlias);
    connect(addIdentifier, &QPushButton::clicked, this, &PersonEditor::addIdentifier);
    connect(m_removeIdentifier, &QPushButton::clicked, this, &PersonEditor::removeIdentifier);
    connect(m_aliases->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_removeAlias->setEnabled(current.isValid()); });
    connect(m_identifiers->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_removeIdentifier->setEnabled(current.isValid()); });
    connect(m_roles, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit caseActivated(index.data(PersonRolesModel::CaseUuidRole).toString());
    });

    setPerson(Person{});
}

PersonEditor::~PersonEditor() = default;

void PersonEditor::setToday(std::string today) {
    m_today = std::move(today);
    m_identifierModel->refreshPreviews();
}

void PersonEditor::setPerson(const Person& person) {
    m_loading = true;
    m_person = person;
    clearProblems();
    m_givenNames->setText(QString::fromStdString(person.givenNames));
    m_middleName->setText(QString::fromStdString(person.middleName));
    m_familyName->setText(QString::fromStdString(person.familyName));
    selectCode(m_sex, person.sex);
    selectCode(m_gender, person.gender);
    m_birthDate->setText(person.birthDate ? QString::fromStdString(*person.birthDate) : QString());
    m_estimatedAge->setValue(person.estimatedAge.value_or(kNoAge));
    m_estimatedOn->setText(person.estimatedAge && person.ageEstimatedOn
                               ? tr("as of %1").arg(QString::fromStdString(*person.ageEstimatedOn))
                               : QString());
    m_citizenships->setCodes(person.citizenships);
    m_languages->setCodes(person.languages);
    m_aliasModel->setAliases(person.aliases);
    m_identifierModel->setIdentifiers(person.identifiers);
    m_removeAlias->setEnabled(false);
    m_removeIdentifier->setEnabled(false);
    if (person.meta.version == 0)
        m_meta->setText(tr("Not saved yet"));
    else
        //: %1 is when the record was last saved, %2 how many times it has been saved.
        m_meta->setText(tr("Last saved %1 · version %2")
                            .arg(PersonText::timestamp(person.meta.updatedAt))
                            .arg(person.meta.version));
    m_loading = false;
    setIdentityState(person.identityMasked ? IdentityState::Masked : IdentityState::Plain, m_canReveal);
}

void PersonEditor::setIdentityState(IdentityState state, bool canReveal) {
    m_identityState = state;
    m_canReveal = canReveal;
    const bool masked = state == IdentityState::Masked;
    m_form->setEnabled(!masked);
    m_aliasSection->setVisible(!masked);
    m_identifierSection->setVisible(!masked);
    // Emptied fields say why they are empty, rather than look unknown.
    //: Shown in an empty field of a victim whose identifying details are hidden.
    const QString hidden = tr("(hidden)");
    m_middleName->setPlaceholderText(masked ? hidden : QString());
    m_familyName->setPlaceholderText(masked ? hidden : tr("leave empty for a single name"));
    m_birthDate->setPlaceholderText(masked ? hidden : tr("YYYY-MM-DD, empty when unknown"));

    m_identityBanner->setVisible(state != IdentityState::Plain);
    auto* icon = m_identityBanner->findChild<QLabel*>(QStringLiteral("identityBannerIcon"));
    if (masked) {
        m_identityBanner->setStyleSheet(
            QStringLiteral("QFrame#identityBanner { background: #fff4ce; border: 1px solid #d9b64a; "
                           "border-radius: 4px; } QFrame#identityBanner QLabel { color: #3b2f00; }"));
        icon->setPixmap(QIcon(QStringLiteral(":/lintas/icons/pseudonymised.svg")).pixmap(28, 28));
        m_identityTitle->setText(tr("Identifying details hidden"));
        m_identityText->setText(
            canReveal ? tr("This person is a victim. Names, date of birth, identifiers, contacts and address are "
                           "hidden to protect them. To see or change them, give a reason: it is recorded in the "
                           "audit log.")
                      : tr("This person is a victim. Names, date of birth, identifiers, contacts and address are "
                           "hidden to protect them; your roles do not include reading them."));
        m_revealButton->setVisible(canReveal);
    } else if (state == IdentityState::Revealed) {
        m_identityBanner->setStyleSheet(
            QStringLiteral("QFrame#identityBanner { background: #e3effd; border: 1px solid #8fb4e3; "
                           "border-radius: 4px; } QFrame#identityBanner QLabel { color: #0d2a4f; }"));
        icon->setPixmap(QIcon(QStringLiteral(":/lintas/icons/identifiable.svg")).pixmap(28, 28));
        m_identityTitle->setText(tr("Identifying details shown"));
        m_identityText->setText(tr("You opened this victim's identifying details; your reason is in the audit log. "
                                   "They are hidden again when you open another person."));
        m_revealButton->setVisible(false);
    }
    updateHeading();
}

Person PersonEditor::person() const {
    Person p = m_person;
    p.givenNames = m_givenNames->text().toStdString();
    p.middleName = m_middleName->text().toStdString();
    p.familyName = m_familyName->text().toStdString();
    p.sex = m_sex->currentData().toString().toStdString();
    p.gender = m_gender->currentData().toString().toStdString();
    p.birthDate = optionalText(m_birthDate);
    p.citizenships = m_citizenships->codes();
    p.languages = m_languages->codes();
    p.aliases = m_aliasModel->aliases();
    p.identifiers = m_identifierModel->identifiers();
    return p;
}

void PersonEditor::setRoles(std::vector<CaseParty> roles) {
    m_rolesEmpty->setVisible(roles.empty());
    m_roles->setVisible(!roles.empty());
    m_roleModel->setRoles(std::move(roles));
}

void PersonEditor::focusName() {
    m_givenNames->setFocus();
}

void PersonEditor::markEdited() {
    if (!m_loading)
        emit edited();
}

void PersonEditor::updateHeading() {
    if (m_identityState == IdentityState::Masked) {
        m_heading->setText(tr("Victim (identity hidden)"));
        return;
    }
    Person p;
    p.givenNames = m_givenNames->text().trimmed().toStdString();
    p.middleName = m_middleName->text().trimmed().toStdString();
    p.familyName = m_familyName->text().trimmed().toStdString();
    const std::string name = p.displayName();
    if (!name.empty())
        m_heading->setText(QString::fromStdString(name));
    else
        m_heading->setText(m_person.meta.version == 0 ? tr("New person") : tr("(no name)"));
}

void PersonEditor::addIdentifier() {
    Identifier id;
    id.type = "Phone";  // the identifier investigators record most often in online recruitment cases
    const int row = m_identifierModel->appendIdentifier(id);
    const QModelIndex value = m_identifierModel->index(row, IdentifierTableModel::ValueColumn);
    m_identifiers->setCurrentIndex(value);
    m_identifiers->setFocus();
    m_identifiers->edit(value);
}

void PersonEditor::removeIdentifier() {
    const QModelIndex current = m_identifiers->currentIndex();
    if (current.isValid())
        m_identifierModel->removeIdentifier(current.row());
}

void PersonEditor::addAlias() {
    const int row = m_aliasModel->appendAlias(Alias{});
    const QModelIndex name = m_aliasModel->index(row, AliasTableModel::NameColumn);
    m_aliases->setCurrentIndex(name);
    m_aliases->setFocus();
    m_aliases->edit(name);
}

void PersonEditor::removeAlias() {
    const QModelIndex current = m_aliases->currentIndex();
    if (current.isValid())
        m_aliasModel->removeAlias(current.row());
}

Result<std::string> PersonEditor::previewIdentifier(const Identifier& identifier) const {
    // Ask core's own validation of a person holding just this identifier and the current
    // citizenships: the preview then is exactly what core will store, with its rules for the
    // phone country (issuing country, else the first citizenship) and not a copy of them.
    Person scratch;
    scratch.givenNames = "-";
    scratch.citizenships = m_citizenships->codes();
    scratch.identifiers = {identifier};
    const Status verdict = PersonService::validate(scratch, m_today);
    if (verdict)
        return scratch.identifiers.front().normalized;
    if (FieldPath::parse(verdict.error().field).name == "identifiers")
        return verdict.error();
    // Something else of the scratch person was refused (a citizenship core does not know):
    // preview the identifier with its own country only.
    return normalize::identifier(identifier.type, identifier.value, identifier.issuingCountry,
                                 "person.identifiers[0].value");
}

void PersonEditor::showMessage(QLabel* label, QWidget* field, const QString& text) {
    setMessage(label, field, text);
}

void PersonEditor::clearProblems() {
    const std::pair<QLabel*, QWidget*> messages[] = {
        {m_nameError, m_givenNames},
        {m_givenNamesError, m_givenNames},
        {m_middleNameError, m_middleName},
        {m_familyNameError, m_familyName},
        {m_sexError, m_sex},
        {m_genderError, m_gender},
        {m_birthDateError, m_birthDate},
        {m_estimatedAgeError, m_estimatedAge},
        {m_citizenshipsError, m_citizenships->picker()},
        {m_languagesError, m_languages->picker()},
        {m_aliasesError, m_aliases},
        {m_identifiersError, m_identifiers},
        {m_formError, nullptr},
    };
    for (const auto& [label, field] : messages)
        setMessage(label, field, {});
    m_aliasModel->clearRowProblems();
    m_identifierModel->clearRowProblems();
}

bool PersonEditor::showProblem(const Error& error) {
    const FieldPath path = FieldPath::parse(error.field);
    const QString text = PersonText::problem(error);
    struct Place {
        const char* name;
        QLabel* label;
        QWidget* field;
    };
    const Place places[] = {
        {"name", m_nameError, m_givenNames},
        {"givenNames", m_givenNamesError, m_givenNames},
        {"middleName", m_middleNameError, m_middleName},
        {"familyName", m_familyNameError, m_familyName},
        {"sex", m_sexError, m_sex},
        {"gender", m_genderError, m_gender},
        {"birthDate", m_birthDateError, m_birthDate},
        {"estimatedAge", m_estimatedAgeError, m_estimatedAge},
        {"ageEstimatedOn", m_estimatedAgeError, m_estimatedAge},
        {"citizenships", m_citizenshipsError, m_citizenships->picker()},
        {"languages", m_languagesError, m_languages->picker()},
    };
    if (path.record == "person" && path.index < 0) {
        for (const Place& place : places) {
            if (path.name == place.name) {
                setMessage(place.label, place.field, text);
                place.field->setFocus();
                return true;
            }
        }
    }
    if (path.record == "person" && path.index >= 0) {
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
        if (path.name == "aliases" && path.index < m_aliasModel->rowCount()) {
            m_aliasModel->setRowProblem(path.index, text);
            setMessage(m_aliasesError, m_aliases, PersonText::problemWithField(error));
            const int column = path.member == "script"            ? AliasTableModel::ScriptColumn
                               : path.member == "transliteration" ? AliasTableModel::TransliterationColumn
                                                                  : AliasTableModel::NameColumn;
            m_aliases->setCurrentIndex(m_aliasModel->index(path.index, column));
            m_aliases->setFocus();
            return true;
        }
    }
    // A field this form does not show (address, marital status…), or not a field at all.
    setMessage(m_formError, nullptr, PersonText::problemWithField(error));
    return false;
}

}  // namespace lintas::ui
