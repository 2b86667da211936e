#include "exchange/ExchangePage.h"

#include "common/CountryModel.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "exchange/ApprovalsPanel.h"
#include "exchange/ConflictsPanel.h"
#include "exchange/ExchangeLogPanel.h"
#include "exchange/IdentityPanel.h"
#include "exchange/PartnersPanel.h"

#include "lintas/service/Workspace.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

const QString kGroup = QStringLiteral("exchange");
const QString kTabKey = QStringLiteral("tab");
const QString kPartnersHeaderKey = QStringLiteral("partnersHeader");
const QString kLogHeaderKey = QStringLiteral("logHeader");
const QString kLogSplitterKey = QStringLiteral("logSplitter");
const QString kConflictsHeaderKey = QStringLiteral("conflictsHeader");
const QString kApprovalsHeaderKey = QStringLiteral("approvalsHeader");
constexpr int kSettingsDelayMs = 400;
constexpr int kFingerprintPairsPerLine = 16;

QString qs(const std::string& s) { return QString::fromStdString(s); }

QIcon icon(const char* name) { return QIcon(QStringLiteral(":/lintas/icons/%1.svg").arg(QLatin1String(name))); }

QString conflictsTabTitle(int open) {
    //: Tab title; %1 is the number of open import conflicts.
    return open > 0 ? ExchangePage::tr("Co&nflicts (%1)").arg(open) : ExchangePage::tr("Co&nflicts");
}

QString approvalsTabTitle(int pending) {
    //: Tab title; %1 is the number of approvals no export has used yet.
    return pending > 0 ? ExchangePage::tr("A&pprovals (%1)").arg(pending) : ExchangePage::tr("A&pprovals");
}

/// The fields exchange services name in their errors; the rest ErrorText knows.
QString exchangeFieldName(const std::string& field) {
    if (field == "passphrase")
        return ExchangePage::tr("Passphrase");
    if (field == "certificate" || field == "identity.certificate")
        return ExchangePage::tr("Certificate");
    if (field == "identity")
        return ExchangePage::tr("Signing identity");
    if (field == "pkcs12")
        return ExchangePage::tr("PKCS#12 file");
    if (field == "key")
        return ExchangePage::tr("Private key");
    if (field == "trust.reason")
        return ExchangePage::tr("Reason");
    if (field == "trust.note")
        return ExchangePage::tr("Note");
    if (field == "trust.agency")
        return ExchangePage::tr("Partner agency");
    if (field == "trust.fingerprint")
        return ExchangePage::tr("Fingerprint");
    return ErrorText::fieldName(field);
}

}  // namespace

ExchangePage::ExchangePage(Workspace& workspace, QWidget* parent) : Page(workspace, parent) {
    setObjectName(QStringLiteral("exchangePage"));

    m_export = new QPushButton(icon("export-bundle"), tr("&Export cases…"), this);
    m_export->setObjectName(QStringLiteral("exportCasesButton"));
    m_export->setToolTip(tr("Send cases to a partner agency as a signed bundle"));
    m_import = new QPushButton(icon("import-bundle"), tr("I&mport bundle…"), this);
    m_import->setObjectName(QStringLiteral("importBundleButton"));
    m_import->setToolTip(tr("Check a bundle received from a partner agency and import it"));
    connect(m_export, &QPushButton::clicked, this, &ExchangePage::exportRequested);
    connect(m_import, &QPushButton::clicked, this, &ExchangePage::importRequested);

    m_identity = new IdentityPanel(workspace, this);
    m_identity->setObjectName(QStringLiteral("identityPanel"));
    m_partners = new PartnersPanel(workspace, this);
    m_partners->setObjectName(QStringLiteral("partnersPanel"));
    m_log = new ExchangeLogPanel(workspace, this);
    m_log->setObjectName(QStringLiteral("exchangeLogPanel"));
    m_conflicts = new ConflictsPanel(workspace, this);
    m_conflicts->setObjectName(QStringLiteral("conflictsPanel"));
    m_approvals = new ApprovalsPanel(workspace, this);
    m_approvals->setObjectName(QStringLiteral("approvalsPanel"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exchangeTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_identity, icon("key"), tr("Our &identity"));
    m_tabs->addTab(m_partners, icon("trusted"), tr("&Partners"));
    m_tabs->addTab(m_log, icon("exchange"), tr("Exchange &log"));
    m_tabs->addTab(m_conflicts, icon("conflict"), conflictsTabTitle(m_conflicts->openCount()));
    m_tabs->addTab(m_approvals, icon("lock"), approvalsTabTitle(m_approvals->pendingCount()));

    // What this session may use. The panels read through core, which refuses (and audits) what
    // the roles do not grant; tabs and buttons that could only fail are not shown at all.
    const Context& ctx = workspace.context();
    using security::Permission;
    const bool exchangeRead = ctx.can(Permission::ExchangeRead);
    for (QWidget* panel : {static_cast<QWidget*>(m_identity), static_cast<QWidget*>(m_partners),
                           static_cast<QWidget*>(m_log), static_cast<QWidget*>(m_conflicts)})
        m_tabs->setTabVisible(m_tabs->indexOf(panel), exchangeRead);
    m_tabs->setTabVisible(m_tabs->indexOf(m_approvals),
                          exchangeRead && (ctx.can(Permission::ExportApprove) || ctx.can(Permission::BundleExport)));
    m_export->setVisible(ctx.can(Permission::BundleExport));
    m_import->setVisible(ctx.can(Permission::BundleImport));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(m_identity, &IdentityPanel::statusMessage, this, &Page::statusMessage);
    connect(m_partners, &PartnersPanel::statusMessage, this, &Page::statusMessage);
    connect(m_log, &ExchangeLogPanel::statusMessage, this, &Page::statusMessage);
    connect(m_conflicts, &ConflictsPanel::statusMessage, this, &Page::statusMessage);
    connect(m_approvals, &ApprovalsPanel::statusMessage, this, &Page::statusMessage);
    connect(m_approvals, &ApprovalsPanel::approvalsChanged, this, &ExchangePage::updateApprovalsTitle);
    connect(m_identity, &IdentityPanel::identityChanged, this, &Page::dataChanged);
    connect(m_partners, &PartnersPanel::trustChanged, this, &Page::dataChanged);
    connect(m_conflicts, &ConflictsPanel::conflictsChanged, this, [this] {
        m_tabs->setTabText(m_tabs->indexOf(m_conflicts), conflictsTabTitle(m_conflicts->openCount()));
        emit dataChanged();  // decided conflicts changed cases, people or organisations
    });
    connect(m_conflicts, &ConflictsPanel::caseRequested, this, &Page::caseRequested);
    connect(m_conflicts, &ConflictsPanel::personRequested, this, &Page::personRequested);
    connect(m_conflicts, &ConflictsPanel::organisationRequested, this, &Page::organisationRequested);

    restoreSettings();
    // Only after restoring, so that restoring is not saved back.
    auto* saveTimer = new QTimer(this);
    saveTimer->setSingleShot(true);
    saveTimer->setInterval(kSettingsDelayMs);
    connect(saveTimer, &QTimer::timeout, this, [this] { saveSettings(); });
    const auto startTimer = qOverload<>(&QTimer::start);
    for (QTableView* view : {m_partners->view(), m_log->view(), m_conflicts->view(), m_approvals->view()}) {
        QHeaderView* header = view->horizontalHeader();
        for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
            connect(header, signal, saveTimer, startTimer);
        connect(header, &QHeaderView::sortIndicatorChanged, saveTimer, startTimer);
    }
    connect(m_log->splitter(), &QSplitter::splitterMoved, saveTimer, startTimer);
    connect(m_tabs, &QTabWidget::currentChanged, saveTimer, startTimer);
    updateExchangeButtons();
}

ExchangePage::~ExchangePage() = default;

void ExchangePage::reload() {
    // Hidden panels are not read: their reads would only be refused.
    const auto visible = [this](QWidget* panel) { return m_tabs->isTabVisible(m_tabs->indexOf(panel)); };
    if (visible(m_identity))
        m_identity->reload();
    if (visible(m_partners))
        m_partners->reload();
    if (visible(m_log))
        m_log->reload();
    if (visible(m_conflicts))
        m_conflicts->reload();
    if (visible(m_approvals))
        m_approvals->reload();
    m_tabs->setTabText(m_tabs->indexOf(m_conflicts), conflictsTabTitle(m_conflicts->openCount()));
    updateApprovalsTitle();
}

void ExchangePage::updateApprovalsTitle() {
    m_tabs->setTabText(m_tabs->indexOf(m_approvals), approvalsTabTitle(m_approvals->pendingCount()));
}

QWidget* ExchangePage::sectionWidget(Section section) const {
    switch (section) {
    case Section::Identity: return m_identity;
    case Section::Partners: return m_partners;
    case Section::Log: return m_log;
    case Section::Conflicts: return m_conflicts;
    case Section::Approvals: return m_approvals;
    }
    return m_identity;
}

bool ExchangePage::isSectionVisible(Section section) const {
    return m_tabs->isTabVisible(m_tabs->indexOf(sectionWidget(section)));
}

void ExchangePage::showSection(Section section) {
    if (isSectionVisible(section))
        m_tabs->setCurrentWidget(sectionWidget(section));
}

ExchangePage::Section ExchangePage::currentSection() const {
    for (Section s : {Section::Identity, Section::Partners, Section::Log, Section::Conflicts, Section::Approvals})
        if (m_tabs->currentWidget() == sectionWidget(s))
            return s;
    return Section::Identity;
}

void ExchangePage::connectNotify(const QMetaMethod& signal) {
    Page::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&ExchangePage::exportRequested) ||
        signal == QMetaMethod::fromSignal(&ExchangePage::importRequested))
        QMetaObject::invokeMethod(this, &ExchangePage::updateExchangeButtons, Qt::QueuedConnection);
}

void ExchangePage::disconnectNotify(const QMetaMethod& signal) {
    Page::disconnectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&ExchangePage::exportRequested) ||
        signal == QMetaMethod::fromSignal(&ExchangePage::importRequested))
        QMetaObject::invokeMethod(this, &ExchangePage::updateExchangeButtons, Qt::QueuedConnection);
}

void ExchangePage::updateExchangeButtons() {
    m_export->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&ExchangePage::exportRequested)));
    m_import->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&ExchangePage::importRequested)));
}

void ExchangePage::restoreSettings() {
    QSettings settings;
    settings.beginGroup(kGroup);
    const std::pair<QTableView*, QString> tables[] = {{m_partners->view(), kPartnersHeaderKey},
                                                      {m_log->view(), kLogHeaderKey},
                                                      {m_conflicts->view(), kConflictsHeaderKey},
                                                      {m_approvals->view(), kApprovalsHeaderKey}};
    for (const auto& [view, key] : tables) {
        // A state that does not fit (another version's columns) is refused and the defaults stay.
        if (const QByteArray state = settings.value(key).toByteArray(); !state.isEmpty())
            view->horizontalHeader()->restoreState(state);
    }
    const QByteArray split = settings.value(kLogSplitterKey).toByteArray();
    if (split.isEmpty() || !m_log->splitter()->restoreState(split))
        m_log->splitter()->setSizes({360, 220});
    const int tab = settings.value(kTabKey, 0).toInt();
    if (tab >= 0 && tab < m_tabs->count() && m_tabs->isTabVisible(tab))
        m_tabs->setCurrentIndex(tab);
}

void ExchangePage::saveSettings() const {
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(kTabKey, m_tabs->currentIndex());
    settings.setValue(kPartnersHeaderKey, m_partners->view()->horizontalHeader()->saveState());
    settings.setValue(kLogHeaderKey, m_log->view()->horizontalHeader()->saveState());
    settings.setValue(kConflictsHeaderKey, m_conflicts->view()->horizontalHeader()->saveState());
    settings.setValue(kApprovalsHeaderKey, m_approvals->view()->horizontalHeader()->saveState());
    settings.setValue(kLogSplitterKey, m_log->splitter()->saveState());
}

// ---- wording shared by the exchange panels --------------------------------------------------

QString ExchangePage::describeError(const Error& error) {
    QString text = ErrorText::message(error.code);
    if (!error.field.empty())
        //: %1 is the name of a field, %2 the sentence saying what is wrong with it.
        text = tr("%1: %2").arg(exchangeFieldName(error.field), text);
    // Exchange details say which check failed ("certificate expired", "must be at least 8
    // characters"): exactly what the user needs to act on, and never personal data or secrets.
    if (const QString detail = ErrorText::technicalDetail(error); !detail.isEmpty())
        text += QLatin1Char('\n') + detail;
    return text;
}

QString ExchangePage::groupedFingerprint(const std::string& fingerprint) {
    const QString hex = qs(fingerprint).remove(QLatin1Char(':')).toUpper();
    QStringList lines;
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        pairs << hex.mid(i, 2);
        if (pairs.size() == kFingerprintPairsPerLine) {
            lines << pairs.join(QLatin1Char(' '));
            pairs.clear();
        }
    }
    if (!pairs.isEmpty())
        lines << pairs.join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

QString ExchangePage::shortFingerprint(const std::string& fingerprint) {
    const QString full = qs(fingerprint);
    constexpr int kShown = 8;  // "AB:CD:EF": three pairs with their colons
    if (full.size() <= 2 * kShown + 1)
        return full;
    return full.left(kShown) + QChar(0x2026) + full.right(kShown);
}

QString ExchangePage::localTime(const std::string& isoUtc) {
    const QDateTime utc = QDateTime::fromString(qs(isoUtc), Qt::ISODate);
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : qs(isoUtc);
}

QString ExchangePage::localDate(const std::string& isoUtc) {
    const QDateTime utc = QDateTime::fromString(qs(isoUtc), Qt::ISODate);
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : qs(isoUtc);
}

QString ExchangePage::countryName(const std::string& alpha3) { return CountryModel::displayName(qs(alpha3)); }

void ExchangePage::setUpTable(QTableView* view, std::initializer_list<int> widthsInCharacters) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int unit = view->fontMetrics().averageCharWidth();
    int column = 0;
    for (int width : widthsInCharacters)
        header->resizeSection(column++, width * unit);
}

}  // namespace lintas::ui
