#include "security/EncryptDatabaseDialog.h"

#include "app/BackgroundJob.h"
#include "app/DialogFit.h"
#include "app/WorkspaceDefaults.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "security/AccountForm.h"

#include "lintas/security/Keyring.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace lintas::ui {
namespace {

QLabel* makeText(QWidget* parent, const QString& objectName, const QString& text = {}) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

}  // namespace

EncryptDatabaseDialog::EncryptDatabaseDialog(QString databasePath, QWidget* parent)
    : QDialog(parent), m_path(std::move(databasePath)) {
    setObjectName(QStringLiteral("encryptDatabaseDialog"));
    setWindowTitle(tr("Encrypt the database"));
    setMinimumWidth(600);
    m_job = new BackgroundJob(this);

    auto* title = new QLabel(tr("This database is not encrypted yet"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* why = makeText(this, QStringLiteral("encryptWhy"),
                         tr("“%1” was made by an earlier version of Lintas, which did not encrypt its databases. "
                            "Lintas now encrypts it, so that whoever takes the file or the computer cannot read "
                            "it without a password.")
                             .arg(QDir::toNativeSeparators(m_path)));
    auto* how = makeText(this, QStringLiteral("encryptHow"),
                         tr("Lintas writes an encrypted copy beside the file, checks that every record arrived, then "
                            "puts the copy in place of the old file and deletes the old one. Attachments are "
                            "encrypted too. If this is interrupted, nothing is lost: opening the database again "
                            "finishes the work."));
    auto* who = makeText(this, QStringLiteral("encryptWho"),
                         tr("From now on everyone signs in with a user name and password. Create the administrator "
                            "account now; the administrator then adds the other users."));

    auto* accountBox = new QGroupBox(tr("Administrator account"), this);
    m_account = new AccountForm(true, accountBox);
    auto* accountLayout = new QVBoxLayout(accountBox);
    accountLayout->addWidget(m_account);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("encryptProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status = makeText(this, QStringLiteral("encryptStatus"));
    m_error = makeText(this, QStringLiteral("encryptError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_encrypt = buttons->addButton(tr("&Encrypt database"), QDialogButtonBox::AcceptRole);
    m_encrypt->setObjectName(QStringLiteral("encryptButton"));
    m_encrypt->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("encryptCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EncryptDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EncryptDatabaseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(why);
    layout->addWidget(how);
    layout->addWidget(who);
    layout->addWidget(accountBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_account->usernameField()->setFocus();
}

EncryptDatabaseDialog::~EncryptDatabaseDialog() {
    // Waits for an encryption still running (it is safe to interrupt, but it is nearly done).
    delete m_job;
}

bool EncryptDatabaseDialog::isBusy() const { return m_job->isRunning(); }

std::unique_ptr<Workspace> EncryptDatabaseDialog::takeWorkspace() { return std::move(m_workspace); }

void EncryptDatabaseDialog::accept() {
    runGuarded(this, [this] {
        if (m_job->isRunning())
            return;
        m_error->setVisible(false);
        if (!m_account->validate(true))
            return;
        FirstUser first = m_account->account();
        const std::string path = m_path.toStdString();
        Workspace::Options options = WorkspaceDefaults::make();
        // Progress comes from the worker; it reaches the dialog as queued calls.
        options.progress = [this](const std::string& step, double fraction) {
            QMetaObject::invokeMethod(
                this, [this, step, fraction] { onProgress(step, fraction); }, Qt::QueuedConnection);
        };
        using Outcome = std::optional<Result<std::unique_ptr<Workspace>>>;
        auto outcome = std::make_shared<Outcome>();
        const bool started = m_job->start(
            [path, first = std::move(first), options = std::move(options), outcome]() mutable {
                *outcome = Workspace::encryptPlaintext(path, first, std::move(options));
                security::wipeString(first.password);
            },
            [this, outcome] {
                if (*outcome)
                    onFinished(std::move(**outcome));
                else
                    onFinished(Error{ErrorCode::Internal, {}, "the encryption stopped unexpectedly"});
            });
        if (started)
            setBusy(true);
    });
}

void EncryptDatabaseDialog::reject() {
    if (m_job->isRunning())
        return;
    QDialog::reject();
}

void EncryptDatabaseDialog::setBusy(bool busy) {
    m_account->setBusy(busy);
    m_encrypt->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_status->setText(busy ? tr("Encrypting the database…") : QString());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void EncryptDatabaseDialog::onProgress(const std::string& step, double fraction) {
    (void)step;  // core's step names are for logs; the bar and one sentence say enough here
    if (!m_job->isRunning())
        return;
    m_progress->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0)));
}

void EncryptDatabaseDialog::onFinished(Result<std::unique_ptr<Workspace>> result) {
    setBusy(false);
    if (result) {
        m_account->clearPasswords();
        m_workspace = std::move(result).value();
        QDialog::accept();
        return;
    }
    const Error& error = result.error();
    if (m_account->showError(error, true))
        return;
    QString text = ErrorText::forFile(error, m_path);
    if (error.code == ErrorCode::NotLintasDatabase || error.code == ErrorCode::NewerSchema)
        text += QLatin1Char(' ') + tr("The file has not been changed.");
    m_error->setText(text);
    m_error->setToolTip(ErrorText::technicalDetail(error));
    m_error->setVisible(true);
}

bool EncryptDatabaseDialog::event(QEvent* event) {
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFitContents(this);
    return handled;
}

}  // namespace lintas::ui
