#include "welcome/WelcomeDialog.h"

#include "app/DialogFit.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "security/AccountForm.h"

#include "lintas/security/Keyring.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace lintas::ui {
namespace {

constexpr int kDefaultDemoCases = 1000;
constexpr int kMaxDemoCases = 100000;

QLabel* makeTitle(const QString& text, QWidget* parent) {
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QLabel* makeText(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

}  // namespace

WelcomeDialog::WelcomeDialog(QString proposedPath, QWidget* parent)
    : QDialog(parent), m_proposedPath(std::move(proposedPath)) {
    setWindowTitle(tr("Welcome to Lintas"));
    setMinimumWidth(600);

    m_builder = new DemoBuilder(this);
    connect(m_builder, &DemoBuilder::progress, this, &WelcomeDialog::onProgress);
    connect(m_builder, &DemoBuilder::finished, this, &WelcomeDialog::onFinished);

    m_pages = new QStackedWidget(this);
    m_choicePage = buildChoicePage();
    m_demoPage = buildDemoPage();
    m_pages->addWidget(m_choicePage);
    m_pages->addWidget(m_demoPage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    showChoices();
}

WelcomeDialog::~WelcomeDialog() = default;

QWidget* WelcomeDialog::buildChoicePage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomeChoices"));

    auto* icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/lintas/lintas.svg")).pixmap(56, 56));
    auto* title = makeTitle(tr("Welcome to Lintas"), page);
    auto* tagline = new QLabel(tr("Case management for cross-border human-trafficking investigations"), page);
    tagline->setWordWrap(true);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(tagline);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_notice = makeText(page, QStringLiteral("welcomeNotice"));
    m_notice->setVisible(false);

    auto* question = makeText(page, QStringLiteral("welcomeQuestion"));
    question->setText(tr("How do you want to start?"));

    auto* create = new QCommandLinkButton(tr("Create the database for your agency"), page);
    create->setObjectName(QStringLiteral("createChoice"));
    create->setDescription(tr("Enter your agency's code, country and name, and make your administrator account. "
                              "Every record created here carries your agency as its origin. The database will be "
                              "“%1”, encrypted.")
                               .arg(QDir::toNativeSeparators(m_proposedPath)));
    connect(create, &QCommandLinkButton::clicked, this, [this] {
        const QString path = m_proposedPath;
        accept();
        emit createDatabaseChosen(path);
    });

    auto* open = new QCommandLinkButton(tr("Open an existing database"), page);
    open->setObjectName(QStringLiteral("openChoice"));
    open->setDescription(tr("Choose a Lintas database file on this computer or on a shared drive."));
    connect(open, &QCommandLinkButton::clicked, this, [this] {
        accept();
        emit openDatabaseChosen();
    });

    auto* demo = new QCommandLinkButton(tr("Create a demo database"), page);
    demo->setObjectName(QStringLiteral("demoChoice"));
    demo->setDescription(tr("Invented cases, people and referrals, for training and for trying Lintas out."));
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomeDialog::showDemoPage);

    auto* buttons = new QDialogButtonBox(page);
    auto* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("welcomeCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addSpacing(6);
    layout->addWidget(question);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(demo);
    layout->addStretch(1);
    layout->addWidget(buttons);
    create->setFocus();
    return page;
}

QWidget* WelcomeDialog::buildDemoPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomeDemo"));

    auto* title = makeTitle(tr("Create a demo database"), page);
    auto* intro = makeText(page, QStringLiteral("demoIntro"));
    intro->setText(tr("A demo database holds only invented people, cases, organisations and referrals, made up by "
                      "Lintas for training and for trying it out. Do not record real cases in it."));

    m_demoCases = new QSpinBox(page);
    m_demoCases->setObjectName(QStringLiteral("demoCases"));
    m_demoCases->setRange(1, kMaxDemoCases);
    m_demoCases->setSingleStep(100);
    m_demoCases->setGroupSeparatorShown(true);
    m_demoCases->setValue(kDefaultDemoCases);
    m_demoCases->setAccelerated(true);
    auto* casesHint = new QLabel(tr("About ten people per case. More cases take longer to create."), page);
    casesHint->setObjectName(QStringLiteral("demoCasesHint"));
    casesHint->setForegroundRole(QPalette::PlaceholderText);
    auto* casesCell = new QHBoxLayout;
    casesCell->setSpacing(10);
    casesCell->addWidget(m_demoCases);
    casesCell->addWidget(casesHint, 1);

    m_demoPath = new QLineEdit(page);
    m_demoPath->setObjectName(QStringLiteral("demoPath"));
    m_demoPath->setText(QDir::toNativeSeparators(freeDemoPath(QFileInfo(m_proposedPath).absolutePath())));
    m_demoBrowse = new QPushButton(tr("&Browse…"), page);
    m_demoBrowse->setObjectName(QStringLiteral("demoBrowseButton"));
    connect(m_demoBrowse, &QPushButton::clicked, this, &WelcomeDialog::chooseDemoPath);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_demoPath, 1);
    pathRow->addWidget(m_demoBrowse);

    auto* casesLabel = new QLabel(tr("Number of &cases:"), page);
    casesLabel->setBuddy(m_demoCases);
    auto* pathLabel = new QLabel(tr("&File:"), page);
    pathLabel->setBuddy(m_demoPath);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(casesLabel, casesCell);
    form->addRow(pathLabel, pathRow);

    auto* accountBox = new QGroupBox(tr("Your account in the demo database"), page);
    // Outside the box: a wrapped label inside it would leave the box no height to plan with.
    auto* accountIntro = makeText(page, QStringLiteral("demoAccountIntro"));
    accountIntro->setText(tr("A demo database is encrypted and asks you to sign in, like a real one. Your account in "
                             "it holds every role, so that you can try everything."));
    m_demoAccount = new AccountForm(false, accountBox);
    m_demoAccount->setUsername(QStringLiteral("demo.admin"));
    m_demoAccount->setDisplayName(tr("Demo administrator"));
    auto* accountLayout = new QVBoxLayout(accountBox);
    accountLayout->addWidget(m_demoAccount);

    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setVisible(false);
    m_demoStatus = makeText(page, QStringLiteral("demoStatus"));
    m_demoError = makeText(page, QStringLiteral("demoError"));
    m_demoError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_demoError->setVisible(false);

    auto* buttons = new QDialogButtonBox(page);
    m_demoBack = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_demoBack->setObjectName(QStringLiteral("demoBackButton"));
    connect(m_demoBack, &QPushButton::clicked, this, &WelcomeDialog::showChoices);
    m_demoCreate = buttons->addButton(tr("C&reate demo database"), QDialogButtonBox::AcceptRole);
    m_demoCreate->setObjectName(QStringLiteral("demoCreateButton"));
    connect(m_demoCreate, &QPushButton::clicked, this, &WelcomeDialog::startDemo);
    m_demoCancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_demoCancel->setObjectName(QStringLiteral("demoCancelButton"));
    connect(m_demoCancel, &QPushButton::clicked, this, &WelcomeDialog::reject);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(accountIntro);
    layout->addWidget(accountBox);
    layout->addSpacing(4);
    layout->addWidget(m_progress);
    layout->addWidget(m_demoStatus);
    layout->addWidget(m_demoError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

QString WelcomeDialog::freeDemoPath(const QString& folder) {
    const QDir dir(folder);
    QString path = dir.filePath(QStringLiteral("lintas-demo.db"));
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = dir.filePath(QStringLiteral("lintas-demo-%1.db").arg(n));
    return path;
}

void WelcomeDialog::setNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void WelcomeDialog::showDemoOnly() {
    m_demoOnly = true;
    setWindowTitle(tr("New demo database"));
    showDemoPage();
}

bool WelcomeDialog::isGenerating() const { return m_builder->isRunning(); }

std::unique_ptr<Workspace> WelcomeDialog::takeDemoWorkspace() { return m_builder->takeWorkspace(); }

bool WelcomeDialog::isOnDemoPage() const { return m_pages->currentWidget() == m_demoPage; }

void WelcomeDialog::showChoices() {
    m_pages->setCurrentWidget(m_choicePage);
    if (auto* create = m_choicePage->findChild<QCommandLinkButton*>(QStringLiteral("createChoice"))) {
        create->setDefault(true);
        create->setFocus();
    }
}

void WelcomeDialog::showDemoPage() {
    m_demoBack->setVisible(!m_demoOnly);
    m_pages->setCurrentWidget(m_demoPage);
    m_demoCreate->setDefault(true);
    m_demoCases->setFocus();
    m_demoCases->selectAll();
}

void WelcomeDialog::setDemoCases(int cases) { m_demoCases->setValue(cases); }
void WelcomeDialog::setDemoPath(const QString& path) { m_demoPath->setText(QDir::toNativeSeparators(path)); }
int WelcomeDialog::demoCases() const { return m_demoCases->value(); }
QString WelcomeDialog::demoPath() const { return QDir::fromNativeSeparators(m_demoPath->text().trimmed()); }

void WelcomeDialog::chooseDemoPath() {
    // No overwrite question: core refuses to create a database over an existing file.
    const QString path = QFileDialog::getSaveFileName(this, tr("Demo database file"), demoPath(),
                                                      tr("Lintas databases (*.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        setDemoPath(path);
}

void WelcomeDialog::setGenerating(bool generating) {
    m_demoCases->setEnabled(!generating);
    m_demoPath->setEnabled(!generating);
    m_demoBrowse->setEnabled(!generating);
    m_demoBack->setEnabled(!generating);
    m_demoCreate->setEnabled(!generating);
    m_demoAccount->setBusy(generating);
    m_progress->setVisible(generating);
    //: While a demo database is being made, this button stops it.
    m_demoCancel->setText(generating ? tr("Stop") : tr("Cancel"));
}

void WelcomeDialog::startDemo() {
    runGuarded(this, [this] {
        if (m_builder->isRunning())
            return;
        const QString path = demoPath();
        m_demoError->setVisible(false);
        if (path.isEmpty()) {
            m_demoError->setText(tr("Enter the file for the demo database."));
            m_demoError->setVisible(true);
            m_demoPath->setFocus();
            return;
        }
        // Core would refuse too; saying it here keeps the message about the file, not the data.
        if (QFileInfo::exists(path)) {
            m_demoError->setText(tr("“%1” already exists. Choose a new file name: a demo database is never "
                                    "written into an existing file.")
                                     .arg(QDir::toNativeSeparators(path)));
            m_demoError->setVisible(true);
            m_demoPath->setFocus();
            return;
        }
        if (!m_demoAccount->validate(true))
            return;
        QDir().mkpath(QFileInfo(path).absolutePath());

        DemoBuilder::Request request;
        request.path = QFileInfo(path).absoluteFilePath();
        request.account = m_demoAccount->account();
        request.account.extraRoles = security::RoleSet::all();
        request.cases = m_demoCases->value();
        // A code of its own, so demo references ("IDN-DEMO-2026-000001") never look like real ones.
        request.agency.code = "DEMO";
        request.agency.country = "IDN";
        request.agency.name = tr("Demo agency (synthetic data)").toStdString();
        const bool started = m_builder->start(request);
        security::wipeString(request.account.password);
        if (!started)
            return;
        setGenerating(true);
        m_progress->setRange(0, 0);  // busy until the first batch is written
        m_demoStatus->setText(tr("Creating the database…"));
        m_demoCancel->setFocus();
    });
}

void WelcomeDialog::cancelDemo() {
    if (!m_builder->isRunning())
        return;
    m_builder->cancel();
    m_demoCancel->setEnabled(false);
    m_demoStatus->setText(tr("Stopping after the current batch…"));
}

void WelcomeDialog::reject() {
    if (m_builder->isRunning()) {
        cancelDemo();
        return;
    }
    if (isOnDemoPage() && !m_demoOnly) {
        showChoices();
        return;
    }
    QDialog::reject();
}

void WelcomeDialog::onProgress(int done, int total) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    emit demoProgress(done, total);
    if (m_builder->isCancelling())
        return;
    const QLocale locale;
    //: %1 cases made so far, of %2.
    m_demoStatus->setText(tr("Generating cases: %1 of %2…").arg(locale.toString(done), locale.toString(total)));
}

void WelcomeDialog::onFinished(const DemoBuilder::Outcome& outcome) {
    setGenerating(false);
    m_demoCancel->setEnabled(true);
    if (outcome.error) {
        m_demoStatus->clear();
        m_demoError->setText(ErrorText::forFile(*outcome.error, outcome.path));
        m_demoError->setToolTip(ErrorText::technicalDetail(*outcome.error));
        m_demoError->setVisible(true);
        return;
    }
    m_demoStatus->clear();
    m_demoAccount->clearPasswords();
    accept();
    emit demoDatabaseReady(outcome.path, outcome.summary.cases, outcome.requestedCases, outcome.summary.cancelled);
}

bool WelcomeDialog::event(QEvent* event) {
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest)
        growToFitContents(this);
    return handled;
}

}  // namespace lintas::ui
