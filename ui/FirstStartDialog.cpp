#include "FirstStartDialog.h"

#include "app/BackgroundJob.h"
#include "app/DialogFit.h"
#include "app/WorkspaceDefaults.h"
#include "common/CountryModel.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "security/AccountForm.h"

#include "lintas/security/Keyring.h"
#include "lintas/service/AgencyService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace lintas::ui {
namespace {

constexpr auto kDefaultCountry = "IDN";

/// `wrap`: only for labels directly in the dialog's column. One inside a form cell stays on one
/// line: a wrapped label there has no height the dialog can plan for, and squeezes the fields.
QLabel* makeErrorLabel(QWidget* parent, const QString& objectName, bool wrap = false) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(wrap);
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
    setMinimumWidth(640);
    m_job = new BackgroundJob(this);

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

    m_formError = makeErrorLabel(this, QStringLiteral("formError"), true);

    auto* agencyBox = new QGroupBox(tr("Agency"), this);
    auto* form = new QFormLayout(agencyBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(labelFor(m_code, tr("Agency &code:")), withMessage(m_code, m_codeError));
    form->addRow(labelFor(m_country, tr("C&ountry:")), withMessage(m_country, m_countryError));
    form->addRow(labelFor(m_name, tr("Agency &name:")), withMessage(m_name, m_nameError));

    auto* accountBox = new QGroupBox(tr("Administrator account"), this);
    // Outside the box: a wrapped label inside it would leave the box no height to plan with.
    auto* accountIntro = new QLabel(tr("The database is encrypted, and everyone signs in. You are its first user and "
                                       "its administrator: you add the other users."),
                                    this);
    accountIntro->setObjectName(QStringLiteral("accountIntro"));
    accountIntro->setWordWrap(true);
    m_account = new AccountForm(true, accountBox);
    auto* accountLayout = new QVBoxLayout(accountBox);
    accountLayout->addWidget(m_account);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("createBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setVisible(false);
    m_busyText = new QLabel(tr("Creating the encrypted database…"), this);
    m_busyText->setObjectName(QStringLiteral("createBusyText"));
    m_busyText->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("C&reate database"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstStartDialog::reject);

    connect(m_code, &QLineEdit::textEdited, this, &FirstStartDialog::revalidateAfterEdit);
    connect(m_name, &QLineEdit::textEdited, this, &FirstStartDialog::revalidateAfterEdit);
    connect(m_country, &QComboBox::currentIndexChanged, this, &FirstStartDialog::revalidateAfterEdit);
    connect(m_account, &AccountForm::edited, this, &FirstStartDialog::revalidateAfterEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(agencyBox);
    layout->addSpacing(4);
    layout->addWidget(accountIntro);
    layout->addWidget(accountBox);
    layout->addWidget(m_formError);
    layout->addWidget(m_busy);
    layout->addWidget(m_busyText);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_code->setFocus();
}

FirstStartDialog::~FirstStartDialog() {
    // Waits for a creation still running; the workspace it made is then closed.
    delete m_job;
}

bool FirstStartDialog::isBusy() const { return m_job->isRunning(); }

Agency FirstStartDialog::agency() const {
    Agency a;
    a.code = m_code->text().toStdString();
    a.country = m_country->currentData(CountryModel::Alpha3Role).toString().toStdString();
    a.name = m_name->text().toStdString();
    return a;
}

std::unique_ptr<Workspace> FirstStartDialog::takeWorkspace() { return std::move(m_workspace); }

void FirstStartDialog::clearMessages() {
    m_account->clearMessages();
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
    } else if (!m_account->showError(error, moveFocus)) {
        setMessage(m_formError, nullptr, ErrorText::forFile(error, m_path));
    }
}

bool FirstStartDialog::validateFields() { return validate(false); }

bool FirstStartDialog::validate(bool moveFocus) {
    const Status status = AgencyService::validate(agency());
    if (!status) {
        showError(status.error(), moveFocus);
        // The account's messages too, so that one attempt shows everything left to fix.
        (void)m_account->validate(false);
        return false;
    }
    clearMessages();
    return m_account->validate(moveFocus);
}

void FirstStartDialog::revalidateAfterEdit() {
    if (m_triedOnce && !m_job->isRunning())
        runGuarded(this, [this] { validateFields(); });
}

void FirstStartDialog::accept() {
    runGuarded(this, [this] {
        if (m_job->isRunning())
            return;
        m_triedOnce = true;
        if (!validate(true))
            return;
        using Outcome = std::optional<Result<std::unique_ptr<Workspace>>>;
        auto outcome = std::make_shared<Outcome>();
        const bool started = m_job->start(
            [path = m_path.toStdString(), local = agency(), first = m_account->account(),
             options = WorkspaceDefaults::make(), outcome]() mutable {
                *outcome = Workspace::create(path, std::move(local), first, std::move(options));
                security::wipeString(first.password);
            },
            [this, outcome] {
                if (*outcome)
                    onCreated(std::move(**outcome));
                else
                    onCreated(Error{ErrorCode::Internal, {}, "the creation stopped unexpectedly"});
            });
        if (started)
            setBusy(true);
    });
}

void FirstStartDialog::reject() {
    if (m_job->isRunning())
        return;
    QDialog::reject();
}

void FirstStartDialog::setBusy(bool busy) {
    for (QWidget* w : {static_cast<QWidget*>(m_code), static_cast<QWidget*>(m_country),
                       static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_create),
                       static_cast<QWidget*>(m_cancel)})
        w->setEnabled(!busy);
    m_account->setBusy(busy);
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void FirstStartDialog::onCreated(Result<std::unique_ptr<Workspace>> result) {
    setBusy(false);
    if (!result) {
        showError(result.error(), true);
        return;
    }
    m_account->clearPasswords();
    m_workspace = std::move(result).value();
    QDialog::accept();
}

bool FirstStartDialog::event(QEvent* event) {
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFitContents(this);
    return handled;
}

}  // namespace lintas::ui
