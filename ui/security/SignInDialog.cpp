#include "security/SignInDialog.h"

#include "app/BackgroundJob.h"
#include "app/DialogFit.h"
#include "app/WorkspaceDefaults.h"
#include "common/ErrorText.h"
#include "common/Guard.h"

#include "lintas/security/Keyring.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>
#include <optional>
#include <utility>

namespace lintas::ui {
namespace {

bool isRefusal(const Error& error) {
    return error.code == ErrorCode::SignInFailed || error.code == ErrorCode::Throttled;
}

}  // namespace

SignInDialog::SignInDialog(QString databasePath, QWidget* parent) : QDialog(parent), m_path(std::move(databasePath)) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    setMinimumWidth(460);
    m_job = new BackgroundJob(this);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/lintas/lintas.svg")).pixmap(48, 48));
    auto* title = new QLabel(tr("Sign in to Lintas"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* where = new QLabel(this);
    where->setObjectName(QStringLiteral("signInDatabase"));
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    where->setForegroundRole(QPalette::PlaceholderText);
    //: %1 is the path of the database file.
    where->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_path)));
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(where);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setVisible(false);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("signInUsername"));
    m_username->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* usernameLabel = new QLabel(tr("&User name:"), this);
    usernameLabel->setBuddy(m_username);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(usernameLabel, m_username);
    form->addRow(passwordLabel, m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("signInBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busyText = new QLabel(tr("Checking the password…"), this);
    m_busyText->setObjectName(QStringLiteral("signInBusyText"));
    m_busyText->setForegroundRole(QPalette::PlaceholderText);
    // Keeps its place when hidden, so that the dialog does not jump while the password is checked.
    for (QWidget* w : {static_cast<QWidget*>(m_busy), static_cast<QWidget*>(m_busyText)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
        w->setVisible(false);
    }

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("signInCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(std::chrono::seconds(1));
    connect(m_countdown, &QTimer::timeout, this, &SignInDialog::tick);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_busyText);
    layout->addStretch(1);
    layout->addWidget(buttons);

    updateButtons();
    m_username->setFocus();
}

SignInDialog::~SignInDialog() {
    // Waits for a check still running; its workspace, if any, is closed with the shared result.
    delete m_job;
}

void SignInDialog::setUsername(const QString& username) {
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

QString SignInDialog::username() const { return m_username->text().trimmed(); }

void SignInDialog::setPassword(const QString& password) { m_password->setText(password); }

void SignInDialog::setNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

bool SignInDialog::isBusy() const { return m_job->isRunning(); }

std::unique_ptr<Workspace> SignInDialog::takeWorkspace() { return std::move(m_workspace); }

std::int64_t SignInDialog::throttleWait(const QString& databasePath, const QString& username) {
    auto keyring = security::Keyring::load(Workspace::keyringPathFor(databasePath.toStdString()));
    if (!keyring)
        return 0;
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    return keyring->throttleSeconds(username.trimmed().toLower().toStdString(), now);
}

QString SignInDialog::refusalText(const Error& error, std::int64_t waitSeconds) {
    // "s" rather than a plural: the English source has no plural forms to offer.
    const QString wait = QLocale().toString(static_cast<qlonglong>(waitSeconds));
    if (error.code == ErrorCode::Throttled && waitSeconds > 0)
        //: %1 is a number of seconds.
        return tr("Too many failed sign-ins. Wait %1 s before trying again.").arg(wait);
    if (error.code == ErrorCode::SignInFailed && waitSeconds > 0)
        //: After several wrong passwords Lintas makes the next attempt wait; %1 is a number of seconds.
        return tr("The user name or the password is wrong. Wait %1 s before the next attempt.").arg(wait);
    return ErrorText::message(error.code);
}

void SignInDialog::accept() {
    runGuarded(this, [this] {
        if (m_job->isRunning() || m_waitLeft > 0 || username().isEmpty() || m_password->text().isEmpty())
            return;
        m_error->setVisible(false);
        Credentials who{username().toStdString(), m_password->text().toStdString()};
        const std::string path = m_path.toStdString();
        const QString name = username();
        const QString dbPath = m_path;
        Workspace::Options options = WorkspaceDefaults::make();
        using Outcome = std::optional<Result<std::unique_ptr<Workspace>>>;
        auto outcome = std::make_shared<Outcome>();
        auto wait = std::make_shared<std::int64_t>(0);
        const bool started = m_job->start(
            [path, who = std::move(who), options = std::move(options), outcome, wait, name, dbPath]() mutable {
                *outcome = Workspace::open(path, who, std::move(options));
                security::wipeString(who.password);
                if (!**outcome && isRefusal((*outcome)->error()))
                    *wait = throttleWait(dbPath, name);
            },
            [this, outcome, wait] {
                if (*outcome)
                    onFinished(std::move(**outcome), *wait);
                else
                    onFinished(Error{ErrorCode::Internal, {}, "the sign-in stopped unexpectedly"}, 0);
            });
        if (started)
            setBusy(true);
    });
}

void SignInDialog::reject() {
    if (m_job->isRunning())
        return;
    m_countdown->stop();
    QDialog::reject();
}

void SignInDialog::onFinished(Result<std::unique_ptr<Workspace>> result, std::int64_t waitSeconds) {
    setBusy(false);
    if (result) {
        m_password->clear();
        m_workspace = std::move(result).value();
        QDialog::accept();
        return;
    }
    const Error error = result.error();
    if (!isRefusal(error)) {
        m_password->clear();
        QDialog::reject();
        emit failed(error);
        return;
    }
    m_lastRefusal = error;
    m_error->setText(refusalText(error, waitSeconds));
    m_error->setVisible(true);
    m_password->clear();
    m_password->setFocus();
    startCountdown(waitSeconds);
    emit refused();
}

void SignInDialog::startCountdown(std::int64_t seconds) {
    m_waitLeft = std::max<std::int64_t>(seconds, 0);
    if (m_waitLeft > 0)
        m_countdown->start();
    else
        m_countdown->stop();
    updateButtons();
}

void SignInDialog::tick() {
    if (--m_waitLeft > 0) {
        m_error->setText(refusalText(m_lastRefusal, m_waitLeft));
    } else {
        m_waitLeft = 0;
        m_countdown->stop();
        m_error->setText(m_lastRefusal.code == ErrorCode::Throttled ? tr("You can try to sign in again now.")
                                                                     : ErrorText::message(m_lastRefusal.code));
    }
    updateButtons();
}

void SignInDialog::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_busyText->setVisible(busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void SignInDialog::updateButtons() {
    m_signIn->setEnabled(!m_job->isRunning() && m_waitLeft == 0 && !username().isEmpty() &&
                         !m_password->text().isEmpty());
}

bool SignInDialog::event(QEvent* event) {
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFitContents(this);
    return handled;
}

}  // namespace lintas::ui
