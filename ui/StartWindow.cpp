#include "StartWindow.h"

#include "FirstStartDialog.h"
#include "common/CountryModel.h"
#include "common/ErrorText.h"
#include "common/Guard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

namespace lintas::ui {
namespace {

QLabel* makeValueLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QFont scaledFont(const QFont& base, qreal factor, bool bold) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QString toQString(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

StartWindow::StartWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Lintas"));
    resize(880, 560);

    buildMenus();
    m_pages = new QStackedWidget(this);
    m_workspacePage = buildWorkspacePage();
    m_problemPage = buildProblemPage();
    m_pages->addWidget(m_workspacePage);
    m_pages->addWidget(m_problemPage);
    setCentralWidget(m_pages);

    m_statusAgency = new QLabel(this);
    m_statusAgency->setObjectName(QStringLiteral("statusAgency"));
    statusBar()->addPermanentWidget(m_statusAgency);
    showNoDatabase();
}

StartWindow::~StartWindow() = default;

FirstStartDialog* StartWindow::firstStartDialog() const { return m_firstStart.data(); }

void StartWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New database…"), this, &StartWindow::chooseDatabaseToCreate);
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open database…"), this, &StartWindow::chooseDatabaseToOpen);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Lintas"), this, &StartWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

QWidget* StartWindow::buildWorkspacePage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("workspacePage"));

    auto* icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/lintas/lintas.svg")).pixmap(56, 56));
    auto* title = new QLabel(tr("Lintas"), page);
    title->setFont(scaledFont(title->font(), 1.8, true));
    auto* tagline = new QLabel(tr("Case management for cross-border human-trafficking investigations"), page);
    tagline->setWordWrap(true);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(title);
    titles->addWidget(tagline);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    //: The agency that owns this database (core's "local agency").
    auto* agencyBox = new QGroupBox(tr("Local agency"), page);
    m_agencyCode = makeValueLabel(agencyBox, QStringLiteral("agencyCodeValue"));
    m_agencyCode->setFont(scaledFont(m_agencyCode->font(), 1.0, true));
    m_agencyCountry = makeValueLabel(agencyBox, QStringLiteral("agencyCountryValue"));
    m_agencyName = makeValueLabel(agencyBox, QStringLiteral("agencyNameValue"));
    auto* agencyForm = new QFormLayout(agencyBox);
    agencyForm->addRow(tr("Code:"), m_agencyCode);
    agencyForm->addRow(tr("Country:"), m_agencyCountry);
    agencyForm->addRow(tr("Name:"), m_agencyName);

    auto* casesBox = new QGroupBox(tr("Cases"), page);
    m_caseCount = makeValueLabel(casesBox, QStringLiteral("caseCountValue"));
    m_caseCount->setFont(scaledFont(m_caseCount->font(), 2.6, true));
    m_caseCount->setAlignment(Qt::AlignCenter);
    m_caseCaption = makeValueLabel(casesBox, QStringLiteral("caseCountCaption"));
    m_caseCaption->setAlignment(Qt::AlignCenter);
    auto* casesLayout = new QVBoxLayout(casesBox);
    casesLayout->addStretch(1);
    casesLayout->addWidget(m_caseCount);
    casesLayout->addWidget(m_caseCaption);
    casesLayout->addStretch(1);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(agencyBox, 3);
    cards->addWidget(casesBox, 1);

    auto* databaseBox = new QGroupBox(tr("Database"), page);
    m_databasePath = makeValueLabel(databaseBox, QStringLiteral("databasePathValue"));
    auto* databaseForm = new QFormLayout(databaseBox);
    databaseForm->addRow(tr("File:"), m_databasePath);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addLayout(cards);
    layout->addWidget(databaseBox);
    layout->addStretch(1);
    return page;
}

QWidget* StartWindow::buildProblemPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("problemPage"));

    auto* icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/lintas/lintas.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    m_problemTitle = makeValueLabel(page, QStringLiteral("problemTitle"));
    m_problemTitle->setFont(scaledFont(m_problemTitle->font(), 1.4, true));
    m_problemTitle->setAlignment(Qt::AlignCenter);
    m_problemText = makeValueLabel(page, QStringLiteral("problemText"));
    m_problemText->setAlignment(Qt::AlignCenter);
    m_problemDetail = makeValueLabel(page, QStringLiteral("problemDetail"));
    m_problemDetail->setAlignment(Qt::AlignCenter);
    m_problemDetail->setForegroundRole(QPalette::PlaceholderText);

    m_problemNew = new QPushButton(tr("New database…"), page);
    m_problemNew->setObjectName(QStringLiteral("problemNewButton"));
    connect(m_problemNew, &QPushButton::clicked, this, &StartWindow::chooseDatabaseToCreate);
    m_problemOpen = new QPushButton(page);
    m_problemOpen->setObjectName(QStringLiteral("problemOpenButton"));
    connect(m_problemOpen, &QPushButton::clicked, this, &StartWindow::chooseDatabaseToOpen);
    auto* quit = new QPushButton(tr("Quit"), page);
    quit->setObjectName(QStringLiteral("problemQuitButton"));
    connect(quit, &QPushButton::clicked, qApp, &QApplication::closeAllWindows);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_problemNew);
    buttons->addWidget(m_problemOpen);
    buttons->addWidget(quit);
    buttons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addStretch(1);
    column->addWidget(icon);
    column->addWidget(m_problemTitle);
    column->addWidget(m_problemText);
    column->addWidget(m_problemDetail);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addStretch(2);

    // Keep long explanations readable on a wide window.
    auto* layout = new QHBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(column, 6);
    layout->addStretch(1);
    return page;
}

void StartWindow::openDatabase(const QString& path) {
    runGuarded(this, [&] {
        m_lastPath = path;
        auto opened = Workspace::open(path.toStdString());
        if (opened) {
            adoptWorkspace(std::move(opened).value());
            return;
        }
        const Error& error = opened.error();
        if (error.code == ErrorCode::NotFound && error.field == "database") {
            createDatabase(path);
            return;
        }
        showOpenError(path, error);
    });
}

void StartWindow::createDatabase(const QString& path) {
    if (m_firstStart)
        m_firstStart->close();
    m_lastPath = path;
    auto* dialog = new FirstStartDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &FirstStartDialog::accepted, this,
            [this, dialog] { runGuarded(this, [&] { adoptWorkspace(dialog->takeWorkspace()); }); });
    connect(dialog, &FirstStartDialog::rejected, this, [this] {
        if (!m_workspace)
            showNoDatabase();
    });
    m_firstStart = dialog;
    dialog->open();
}

void StartWindow::chooseDatabaseToOpen() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), lastDirectory(),
                                                      tr("Lintas databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void StartWindow::chooseDatabaseToCreate() {
    // No overwrite question: core refuses to create over an existing file and says so.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New database"), QDir(lastDirectory()).filePath(QStringLiteral("lintas.db")),
        tr("Lintas databases (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createDatabase(path);
}

QString StartWindow::lastDirectory() const {
    if (!m_lastPath.isEmpty())
        return QFileInfo(m_lastPath).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void StartWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace) {
    if (!workspace)
        return;
    m_workspace = std::move(workspace);
    m_lastPath = QString::fromStdString(m_workspace->path());
    refreshSummary();
    m_pages->setCurrentWidget(m_workspacePage);
    //: Window title; %1 is the database's file name.
    setWindowTitle(tr("%1 — Lintas").arg(QFileInfo(m_lastPath).fileName()));
    //: Status bar; %1 is the database's path.
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_lastPath)));
    emit workspaceOpened();
}

void StartWindow::refreshSummary() {
    m_databasePath->setText(QDir::toNativeSeparators(QString::fromStdString(m_workspace->path())));

    if (auto agency = m_workspace->agencies.local()) {
        m_agencyCode->setText(toQString(agency->code));
        m_agencyCountry->setText(CountryModel::displayName(toQString(agency->country)));
        m_agencyName->setText(toQString(agency->name));
        //: Status bar; %1 is the ISO country code, %2 the agency code, e.g. "IDN · BARESKRIM".
        m_statusAgency->setText(tr("%1 · %2").arg(toQString(agency->country), toQString(agency->code)));
    } else {
        const QString dash = QStringLiteral("—");
        m_agencyCode->setText(dash);
        m_agencyCountry->setText(dash);
        m_agencyName->setText(ErrorText::describe(agency.error()));
        m_statusAgency->clear();
    }

    if (auto count = m_workspace->stats.caseCount()) {
        m_caseCount->setText(locale().toString(static_cast<qlonglong>(*count)));
        //: Under the number of cases, in the "Cases" box.
        m_caseCaption->setText(tr("in this database"));
    } else {
        m_caseCount->setText(QStringLiteral("—"));
        m_caseCaption->setText(ErrorText::describe(count.error()));
    }
}

void StartWindow::showOpenError(const QString& path, const Error& error) {
    QString text = ErrorText::forFile(error, path);
    // Core promises these two refusals leave the file as it was; say so, it is what users fear.
    if (error.code == ErrorCode::NotLintasDatabase || error.code == ErrorCode::NewerSchema)
        text += QLatin1Char(' ') + tr("The file has not been changed.");

    if (m_workspace) {
        // Keep the open database; explain in a box in front of it.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the database"), text,
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->setInformativeText(ErrorText::technicalDetail(error));
        box->addButton(tr("Close"), QMessageBox::AcceptRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }

    m_problemTitle->setText(tr("Cannot open the database"));
    m_problemText->setText(text);
    m_problemDetail->setText(ErrorText::technicalDetail(error));
    m_problemDetail->setVisible(!m_problemDetail->text().isEmpty());
    m_problemNew->setVisible(false);
    m_problemOpen->setText(tr("Open another…"));
    m_pages->setCurrentWidget(m_problemPage);
    setWindowTitle(tr("Lintas"));
    statusBar()->showMessage(tr("No database is open"));
    m_statusAgency->clear();
}

void StartWindow::showNoDatabase() {
    m_problemTitle->setText(tr("No database is open"));
    m_problemText->setText(tr("Create a new database for your agency, or open an existing one."));
    m_problemDetail->clear();
    m_problemDetail->setVisible(false);
    m_problemNew->setVisible(true);
    m_problemOpen->setText(tr("Open database…"));
    m_pages->setCurrentWidget(m_problemPage);
    setWindowTitle(tr("Lintas"));
    statusBar()->showMessage(tr("No database is open"));
    m_statusAgency->clear();
}

void StartWindow::showAbout() {
    QMessageBox::about(this, tr("About Lintas"), aboutText());
}

QString StartWindow::aboutText() const {
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
        //: %1 is the version number.
        .arg(tr("Lintas %1").arg(QStringLiteral(LINTAS_VERSION)).toHtmlEscaped(),
             tr("Case management for cross-border human-trafficking investigations").toHtmlEscaped(),
             tr("Case, victim and referral fields follow the Human Trafficking Case Data Standard (HTCDS) 2.0 "
                "by IOM, CC BY 4.0.")
                 .toHtmlEscaped(),
             tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped());
}

}  // namespace lintas::ui
