#include "security/AuditPage.h"

#include "common/ErrorText.h"
#include "common/Guard.h"
#include "lintas/service/Workspace.h"
#include "security/AuditModel.h"
#include "security/CheckpointDialog.h"
#include "security/SecurityText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

constexpr int kFilterDelayMs = 300;

template <typename Action>
auto busy(Action&& action) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = std::forward<Action>(action)();
    QApplication::restoreOverrideCursor();
    return result;
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

}  // namespace

AuditPage::AuditPage(Workspace& workspace, QWidget* parent) : Page(workspace, parent), m_audit(workspace.context()) {
    setObjectName(QStringLiteral("auditPage"));

    auto* title = new QLabel(tr("Audit log"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Every sign-in, change, export and every reading of a victim's identifying details, "
                                "in order. Each entry holds the fingerprint of the one before, so an entry edited, "
                                "removed or moved breaks the chain."),
                             this);
    intro->setWordWrap(true);

    // --- filters ------------------------------------------------------------------------
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->lineEdit()->setPlaceholderText(tr("any user"));
    m_user->setMinimumContentsLength(14);
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("auditRecordFilter"));
    m_record->setPlaceholderText(tr("record ID (UUID)"));
    m_record->setClearButtonEnabled(true);
    m_record->setMinimumWidth(m_record->fontMetrics().averageCharWidth() * 38);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("Any action"), QString());
    for (const std::string& action : SecurityText::auditActions())
        m_action->addItem(SecurityText::actionLabel(action), qs(action));

    const QDate today = QDate::fromString(qs(workspace.context().today()), Qt::ISODate);
    auto makeDate = [this, today](const char* name) {
        auto* edit = new QDateEdit(today.isValid() ? today : QDate::currentDate(), this);
        edit->setObjectName(QLatin1StringView(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
        return edit;
    };
    m_fromOn = new QCheckBox(tr("&From:"), this);
    m_fromOn->setObjectName(QStringLiteral("auditFromEnabled"));
    m_from = makeDate("auditFrom");
    m_toOn = new QCheckBox(tr("&To:"), this);
    m_toOn->setObjectName(QStringLiteral("auditToEnabled"));
    m_to = makeDate("auditTo");
    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setObjectName(QStringLiteral("auditClearFilters"));

    auto* userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto* recordLabel = new QLabel(tr("&Record:"), this);
    recordLabel->setBuddy(m_record);
    auto* actionLabel = new QLabel(tr("&Action:"), this);
    actionLabel->setBuddy(m_action);

    auto* filters = new QHBoxLayout;
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addSpacing(8);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addSpacing(8);
    filters->addWidget(recordLabel);
    filters->addWidget(m_record, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_fromOn);
    dates->addWidget(m_from);
    dates->addSpacing(8);
    dates->addWidget(m_toOn);
    dates->addWidget(m_to);
    dates->addSpacing(8);
    dates->addWidget(m_clear);
    dates->addStretch();

    // --- chain actions --------------------------------------------------------------------
    auto* verify = new QPushButton(tr("&Verify chain"), this);
    verify->setObjectName(QStringLiteral("auditVerifyButton"));
    verify->setToolTip(tr("Recompute every entry's fingerprint and its link to the one before"));
    auto* verifyCheckpoint = new QPushButton(tr("Verify against c&heckpoint…"), this);
    verifyCheckpoint->setObjectName(QStringLiteral("auditVerifyCheckpointButton"));
    verifyCheckpoint->setToolTip(tr("Also check that the log still reaches a checkpoint kept outside this computer"));
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("auditExportButton"));
    exportButton->setToolTip(tr("Write the whole log to a JSON Lines file for an external archive"));
    auto* checkpoint = new QPushButton(tr("Take &checkpoint…"), this);
    checkpoint->setObjectName(QStringLiteral("auditCheckpointButton"));
    checkpoint->setToolTip(tr("The fingerprint of the log's last entry, to keep outside this computer"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(verify);
    actions->addWidget(verifyCheckpoint);
    actions->addSpacing(16);
    actions->addWidget(exportButton);
    actions->addWidget(checkpoint);
    actions->addStretch();

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setVisible(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("auditError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    // --- entries --------------------------------------------------------------------------
    m_model = new AuditModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(AuditModel::SeqColumn, 60);
    header->resizeSection(AuditModel::TimeColumn, 125);
    header->resizeSection(AuditModel::UserColumn, 110);
    header->resizeSection(AuditModel::ActionColumn, 170);
    header->resizeSection(AuditModel::RecordTypeColumn, 100);
    header->resizeSection(AuditModel::RecordColumn, 270);
    header->resizeSection(AuditModel::ReasonColumn, 170);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addLayout(actions);
    layout->addWidget(m_verdict);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, [this] { runGuarded(this, [this] { applyFilters(); }); });
    auto later = [this] { m_filterTimer->start(); };
    connect(m_user, &QComboBox::currentTextChanged, this, later);
    connect(m_record, &QLineEdit::textChanged, this, later);
    connect(m_action, &QComboBox::currentIndexChanged, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromOn, &QCheckBox::toggled, this, later);
    connect(m_toOn, &QCheckBox::toggled, this, later);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_user->setCurrentText(QString());
        m_record->clear();
        m_action->setCurrentIndex(0);
        m_fromOn->setChecked(false);
        m_toOn->setChecked(false);
        runGuarded(this, [this] { applyFilters(); });
    });
    connect(verify, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { verifyChain(); }); });
    connect(verifyCheckpoint, &QPushButton::clicked, this,
            [this] { runGuarded(this, [this] { askCheckpointToVerify(); }); });
    connect(exportButton, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { chooseExportFile(); }); });
    connect(checkpoint, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { takeCheckpoint(); }); });
    connect(m_model, &AuditModel::fetchFailed, this,
            [this](const Error& error) { showError(SecurityText::problem(error)); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const security::AuditEntry* e = m_model->entryAt(index.row());
        if (!e || e->recordUuid.empty())
            return;
        if (e->recordType == "case")
            emit caseRequested(qs(e->recordUuid));
        else if (e->recordType == "person")
            emit personRequested(qs(e->recordUuid));
        else if (e->recordType == "organisation")
            emit organisationRequested(qs(e->recordUuid));
    });

    reload();
}

AuditPage::~AuditPage() = default;

void AuditPage::reload() {
    runGuarded(this, [this] {
        // Offer the accounts' names when this user may list them; a supervisor types a name.
        const QString typed = m_user->currentText();
        m_user->blockSignals(true);
        m_user->clear();
        m_user->addItem(QString());
        if (workspace().context().can(security::Permission::UserManage)) {
            if (auto users = workspace().users.list())
                for (const security::User& u : *users)
                    m_user->addItem(qs(u.username));
        }
        m_user->setCurrentText(typed);
        m_user->blockSignals(false);
        applyFilters();
    });
}

security::AuditQuery AuditPage::currentQuery() const {
    security::AuditQuery q;
    q.username = m_user->currentText().trimmed().toStdString();
    q.recordUuid = m_record->text().trimmed().toLower().toStdString();
    q.action = m_action->currentData().toString().toStdString();
    if (m_fromOn->isChecked())
        q.from = m_from->date().toString(Qt::ISODate).toStdString();
    if (m_toOn->isChecked())
        q.to = m_to->date().toString(Qt::ISODate).toStdString();
    q.newestFirst = true;
    return q;
}

void AuditPage::applyFilters() {
    m_filterTimer->stop();
    const security::AuditQuery q = currentQuery();
    const Status read = m_model->setQuery(q, [this](const security::AuditQuery& page) { return m_audit.query(page); });
    if (!read) {
        showError(SecurityText::problem(read.error()));
        m_count->clear();
        return;
    }
    showError({});
    updateCount();
}

void AuditPage::updateCount() {
    auto total = m_audit.count(currentQuery());
    if (!total) {
        m_count->setText(QString());
        return;
    }
    m_count->setText(tr("%n entries match.", "", static_cast<int>(*total)));
}

void AuditPage::showRecord(const QString& uuid) {
    runGuarded(this, [&] {
        m_user->setCurrentText(QString());
        m_action->setCurrentIndex(0);
        m_fromOn->setChecked(false);
        m_toOn->setChecked(false);
        m_record->setText(uuid);
        applyFilters();
    });
}

void AuditPage::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString AuditPage::verifyChain() {
    auto verdict = busy([this] { return m_audit.verify(); });
    if (!verdict) {
        showError(SecurityText::problem(verdict.error()));
        m_verdict->setVisible(false);
        return {};
    }
    showError({});
    return showVerdict(*verdict, nullptr);
}

void AuditPage::askCheckpointToVerify() {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Verify against a checkpoint"),
        tr("Paste the checkpoint line (it begins with LINTAS-AUDIT-CHECKPOINT):"), QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        verifyAgainst(text);
}

QString AuditPage::verifyAgainst(const QString& checkpointText) {
    auto checkpoint = security::AuditCheckpoint::parse(checkpointText.trimmed().toStdString());
    if (!checkpoint) {
        showError(tr("This is not a Lintas audit checkpoint, or part of it is missing or mistyped."));
        m_verdict->setVisible(false);
        return {};
    }
    auto verdict = busy([&] { return m_audit.verifyAgainst(*checkpoint); });
    if (!verdict) {
        showError(verdict.error().field == "checkpoint.agency"
                      ? tr("This checkpoint belongs to another agency's audit log.")
                      : SecurityText::problem(verdict.error()));
        m_verdict->setVisible(false);
        return {};
    }
    showError({});
    return showVerdict(*verdict, &*checkpoint);
}

QString AuditPage::showVerdict(const security::AuditVerification& v, const security::AuditCheckpoint* against) {
    QString text;
    if (against)
        //: %1 is the number of the entry a checkpoint names, %2 when it was taken.
        text = tr("Checked against the checkpoint of entry %1, taken %2.")
                   .arg(against->seq)
                   .arg(SecurityText::timestamp(against->at)) +
               QLatin1Char(' ');
    if (v.ok) {
        //: %1 is a SHA-256 hash in hexadecimal. %n counts the audit entries.
        text += tr("The chain is intact: %n entries verified. Last entry's fingerprint: %1", "",
                   static_cast<int>(v.entries))
                    .arg(qs(v.headHash));
        m_verdict->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    } else {
        //: %1 is the number of the first audit entry that fails the check, %2 core's technical reason
        //: (English). %n counts the entries before it that verified.
        text += tr("The chain is broken at entry %1 (%2). The %n entries before it verify; the log was altered "
                   "after them. Keep this database as it is and tell your supervisor.",
                   "", static_cast<int>(v.entries))
                    .arg(v.firstBrokenSeq)
                    .arg(qs(v.problem));
        m_verdict->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
    m_model->setBrokenSeq(v.ok ? 0 : v.firstBrokenSeq);
    m_verdict->setText(text);
    m_verdict->setVisible(true);
    emit statusMessage(v.ok ? tr("Audit chain intact.") : tr("Audit chain broken."));
    return text;
}

void AuditPage::chooseExportFile() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("lintas-audit-%1.jsonl").arg(qs(workspace().context().today())));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                      tr("JSON Lines (*.jsonl);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditPage::exportTo(const QString& path) {
    auto head = busy([&] { return m_audit.exportTo(QFile::encodeName(path).toStdString()); });
    if (!head) {
        showError(ErrorText::forFile(head.error(), path));
        return false;
    }
    showError({});
    applyFilters();  // the export is itself an entry
    //: %1 is a file path; %2 the number of the last exported entry.
    emit statusMessage(
        tr("Audit log exported to “%1” (up to entry %2).").arg(QDir::toNativeSeparators(path)).arg(head->seq));
    return true;
}

CheckpointDialog* AuditPage::takeCheckpoint() {
    auto checkpoint = m_audit.checkpoint();
    if (!checkpoint) {
        showError(SecurityText::problem(checkpoint.error()));
        return nullptr;
    }
    showError({});
    applyFilters();  // the checkpoint is itself an entry
    auto* dialog =
        new CheckpointDialog(qs(checkpoint->toText()), checkpoint->seq, SecurityText::timestamp(checkpoint->at), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

}  // namespace lintas::ui
