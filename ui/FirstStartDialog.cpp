#include "FirstStartDialog.h"

#include "common/CountryModel.h"
#include "common/ErrorText.h"
#include "common/Guard.h"

#include "lintas/service/AgencyService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace lintas::ui {
namespace {

constexpr auto kDefaultCountry = "IDN";

QLabel* makeErrorLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

/// A field with its message underneath, as one cell of the form.
QWidget* withMessage(QWidget* field, QLabel* message) {
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return cell;
}

/// A row label whose mnemonic focuses `field` itself, not the cell holding it and its message.
QLabel* labelFor(QWidget* field, const QString& text) {
    auto* label = new QLabel(text);
    label->setBuddy(field);
    return label;
}

void setMessage(QLabel* label, QWidget* field, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (field)
        field->setAccessibleDescription(text);
}

}  // namespace

FirstStartDialog::FirstStartDialog(QString databasePath, QWidget* parent)
    : QDialog(parent), m_path(std::move(databasePath)) {
    setWindowTitle(tr("Create a Lintas database"));
    setMinimumWidth(560);

    auto* title = new QLabel(tr("Welcome to Lintas"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introText"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("There is no database at “%1” yet. Enter the agency that will own it: every record created "
                      "here carries this agency as its origin, also when it is shared with partner countries.")
                       .arg(QDir::toNativeSeparators(m_path)));

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("agencyCode"));
    m_code->setPlaceholderText(tr("for example BARESKRIM"));
    m_codeError = makeErrorLabel(this, QStringLiteral("agencyCodeError"));

    m_countries = new CountryModel(this);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("agencyCountry"));
    m_country->setModel(m_countries);
    m_country->setCurrentIndex(m_countries->rowOf(QString::fromLatin1(kDefaultCountry)));
    m_countryError = makeErrorLabel(this, QStringLiteral("agencyCountryError"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("agencyName"));
    m_name->setPlaceholderText(tr("for example Bareskrim Polri"));
    m_nameError = makeErrorLabel(this, QStringLiteral("agencyNameError"));

    m_formError = makeErrorLabel(this, QStringLiteral("formError"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(labelFor(m_code, tr("Agency &code:")), withMessage(m_code, m_codeError));
    form->addRow(labelFor(m_country, tr("C&ountry:")), withMessage(m_country, m_countryError));
    form->addRow(labelFor(m_name, tr("Agency &name:")), withMessage(m_name, m_nameError));

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("C&reate database"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstStartDialog::reject);

    connect(m_code, &QLineEdit::textEdited, this, &FirstStartDialog::revalidateAfterEdit);
    connect(m_name, &QLineEdit::textEdited, this, &FirstStartDialog::revalidateAfterEdit);
    connect(m_country, &QComboBox::currentIndexChanged, this, &FirstStartDialog::revalidateAfterEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_code->setFocus();
}

FirstStartDialog::~FirstStartDialog() = default;

Agency FirstStartDialog::agency() const {
    Agency a;
    a.code = m_code->text().toStdString();
    a.country = m_country->currentData(CountryModel::Alpha3Role).toString().toStdString();
    a.name = m_name->text().toStdString();
    return a;
}

std::unique_ptr<Workspace> FirstStartDialog::takeWorkspace() { return std::move(m_workspace); }

void FirstStartDialog::clearMessages() {
    setMessage(m_codeError, m_code, {});
    setMessage(m_countryError, m_country, {});
    setMessage(m_nameError, m_name, {});
    setMessage(m_formError, nullptr, {});
}

void FirstStartDialog::showError(const Error& error, bool moveFocus) {
    clearMessages();
    // Which field is wrong is core's decision; the wording (empty or not) is ours.
    if (error.code == ErrorCode::Validation && error.field == "agency.code") {
        setMessage(m_codeError, m_code,
                   m_code->text().isEmpty()
                       ? tr("Enter the agency's code, for example BARESKRIM.")
                       : tr("Use only capital letters A–Z, digits, “-” and “_”, at most 32 characters."));
        if (moveFocus)
            m_code->setFocus();
    } else if (error.code == ErrorCode::Validation && error.field == "agency.country") {
        setMessage(m_countryError, m_country, tr("Choose the agency's country."));
        if (moveFocus)
            m_country->setFocus();
    } else if (error.code == ErrorCode::Validation && error.field == "agency.name") {
        setMessage(m_nameError, m_name,
                   m_name->text().trimmed().isEmpty()
                       ? tr("Enter the agency's name.")
                       : tr("The name is too long or contains characters that are not allowed."));
        if (moveFocus)
            m_name->setFocus();
    } else {
        setMessage(m_formError, nullptr, ErrorText::forFile(error, m_path));
    }
}

bool FirstStartDialog::validateFields() { return validate(false); }

bool FirstStartDialog::validate(bool moveFocus) {
    const Status status = AgencyService::validate(agency());
    if (!status) {
        showError(status.error(), moveFocus);
        return false;
    }
    clearMessages();
    return true;
}

void FirstStartDialog::revalidateAfterEdit() {
    if (m_triedOnce)
        runGuarded(this, [this] { validateFields(); });
}

void FirstStartDialog::accept() {
    runGuarded(this, [this] {
        m_triedOnce = true;
        if (!validate(true))
            return;
        auto created = Workspace::create(m_path.toStdString(), agency());
        if (!created) {
            showError(created.error(), true);
            return;
        }
        m_workspace = std::move(created).value();
        QDialog::accept();
    });
}

}  // namespace lintas::ui
