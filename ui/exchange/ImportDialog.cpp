#include "exchange/ImportDialog.h"

#include "cases/TlpChip.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "common/VocabText.h"
#include "exchange/ExchangePage.h"
#include "exchange/ExchangeText.h"
#include "exchange/ImportPreviewModel.h"
#include "exchange/PassphraseDialog.h"

#include "lintas/exchange/Crypto.h"
#include "lintas/service/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

constexpr int kSearchDelayMs = 250;
constexpr int kSearchLimit = 10;
enum CaseLinkColumn { PartnerCaseColumn, LocalCaseColumn };
enum CaseLinkRole { PartnerUuidRole = Qt::UserRole, LocalUuidRole };

/// Runs a synchronous core call (verification hashes every entry) under a busy cursor.
template <typename Action>
auto busy(Action&& action) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = std::forward<Action>(action)();
    QApplication::restoreOverrideCursor();
    return result;
}

QLabel* valueLabel(QWidget* parent, const char* objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/// "Link to local case…": finds a case of this database by reference or title words.
class LocalCasePicker : public QDialog {
public:
    LocalCasePicker(Workspace& ws, const QString& partnerCase, QWidget* parent) : QDialog(parent), m_ws(ws) {
        setObjectName(QStringLiteral("localCasePicker"));
        setWindowTitle(ImportDialog::tr("Link to a local case"));
        auto* prompt = new QLabel(ImportDialog::tr("Which of our cases is about the same events as the partner's "
                                                   "case %1?")
                                      .arg(partnerCase),
                                  this);
        prompt->setWordWrap(true);
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("localCaseSearch"));
        m_text->setPlaceholderText(ImportDialog::tr("Reference or words of the title"));
        m_results = new QListWidget(this);
        m_results->setObjectName(QStringLiteral("localCaseResults"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_ok = buttons->button(QDialogButtonBox::Ok);
        m_ok->setText(ImportDialog::tr("Link"));
        m_ok->setEnabled(false);
        auto* timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(kSearchDelayMs);
        connect(m_text, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
        connect(timer, &QTimer::timeout, this, [this] { runGuarded(this, [this] { search(); }); });
        connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) { m_ok->setEnabled(row >= 0); });
        connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(prompt);
        layout->addWidget(m_text);
        layout->addWidget(m_results, 1);
        layout->addWidget(buttons);
        resize(520, 360);
    }

    [[nodiscard]] QString uuid() const {
        return m_results->currentItem() ? m_results->currentItem()->data(Qt::UserRole).toString() : QString();
    }
    [[nodiscard]] QString label() const { return m_results->currentItem() ? m_results->currentItem()->text() : QString(); }

private:
    void search() {
        m_results->clear();
        CaseQuery query;
        query.text = m_text->text().trimmed().toStdString();
        query.limit = kSearchLimit;
        if (query.text.empty())
            return;
        auto found = m_ws.cases.list(query);
        if (!found)
            return;
        for (const CaseSummary& c : *found) {
            auto* item = new QListWidgetItem(ImportDialog::tr("%1 — %2").arg(qs(c.reference), qs(c.title)), m_results);
            item->setData(Qt::UserRole, qs(c.uuid));
        }
        m_results->setCurrentRow(found->empty() ? -1 : 0);
    }

    Workspace& m_ws;
    QLineEdit* m_text = nullptr;
    QListWidget* m_results = nullptr;
    QPushButton* m_ok = nullptr;
};

}  // namespace

ImportDialog::ImportDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a bundle"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("bundleFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_choose = new QPushButton(ExchangeText::icon("import-bundle"), tr("&Choose a bundle…"), this);
    m_choose->setObjectName(QStringLiteral("chooseBundleButton"));
    connect(m_choose, &QPushButton::clicked, this, [this] { chooseFile(); });
    m_intro = new QLabel(tr("Choose a bundle file received from a partner agency (*.lintas, or *.lintas.p7m when "
                            "encrypted). It is checked against the partner certificates you trust before anything "
                            "is shown or written."),
                         this);
    m_intro->setWordWrap(true);

    // ---- verdict panel
    m_verdict = new QFrame(this);
    m_verdict->setObjectName(QStringLiteral("verdictPanel"));
    m_verdict->setFrameShape(QFrame::StyledPanel);
    m_verdictIcon = new QLabel(m_verdict);
    m_verdictHeader = new QLabel(m_verdict);
    m_verdictHeader->setObjectName(QStringLiteral("verdictHeader"));
    QFont big = m_verdictHeader->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_verdictHeader->setFont(big);

    m_verifiedDetails = new QWidget(m_verdict);
    m_sender = valueLabel(m_verifiedDetails, "verdictSender");
    m_fingerprint = valueLabel(m_verifiedDetails, "verdictFingerprint");
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_profile = valueLabel(m_verifiedDetails, "verdictProfile");
    m_purpose = valueLabel(m_verifiedDetails, "verdictPurpose");
    m_tlp = new TlpChip(m_verifiedDetails);
    m_tlp->setObjectName(QStringLiteral("verdictTlp"));
    m_handling = valueLabel(m_verifiedDetails, "verdictHandling");
    m_created = valueLabel(m_verifiedDetails, "verdictCreated");
    m_sequence = valueLabel(m_verifiedDetails, "verdictSequence");
    auto* left = new QFormLayout;
    left->addRow(tr("From:"), m_sender);
    left->addRow(tr("Signed by certificate:"), m_fingerprint);
    auto* right = new QFormLayout;
    right->addRow(tr("Profile:"), m_profile);
    right->addRow(tr("Purpose:"), m_purpose);
    right->addRow(tr("TLP:"), m_tlp);
    right->addRow(tr("Handling code:"), m_handling);
    right->addRow(tr("Created:"), m_created);
    right->addRow(tr("Sequence:"), m_sequence);
    auto* details = new QHBoxLayout(m_verifiedDetails);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(left, 3);
    details->addSpacing(16);
    details->addLayout(right, 2);

    m_rejectedDetails = new QWidget(m_verdict);
    m_reason = valueLabel(m_rejectedDetails, "verdictReason");
    QFont reasonFont = m_reason->font();
    reasonFont.setPointSizeF(reasonFont.pointSizeF() * 1.1);
    m_reason->setFont(reasonFont);
    m_detail = valueLabel(m_rejectedDetails, "verdictDetail");
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_rejectionReceipt = new QPushButton(tr("Save a signed &rejection receipt…"), m_rejectedDetails);
    m_rejectionReceipt->setObjectName(QStringLiteral("rejectionReceiptButton"));
    m_rejectionReceipt->setToolTip(tr("A file for the sender saying that this bundle was refused, and why"));
    connect(m_rejectionReceipt, &QPushButton::clicked, this, [this] { chooseReceiptFile(); });
    auto* rejected = new QVBoxLayout(m_rejectedDetails);
    rejected->setContentsMargins(0, 0, 0, 0);
    rejected->addWidget(m_reason);
    rejected->addWidget(m_detail);
    rejected->addWidget(m_rejectionReceipt, 0, Qt::AlignLeft);

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_verdictIcon);
    headerRow->addWidget(m_verdictHeader, 1);
    auto* verdictLayout = new QVBoxLayout(m_verdict);
    verdictLayout->addLayout(headerRow);
    verdictLayout->addWidget(m_verifiedDetails);
    verdictLayout->addWidget(m_rejectedDetails);

    // ---- what applying would do
    m_model = new ImportPreviewModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setModel(m_sorted);
    ExchangePage::setUpTable(m_view, {14, 34, 12, 18});
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // bundle order until the user sorts
    m_counts = valueLabel(this, "importCounts");
    auto* records = new QWidget(this);
    auto* recordsLayout = new QVBoxLayout(records);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    recordsLayout->addWidget(m_counts);
    recordsLayout->addWidget(m_view, 1);
    m_statistics = new QTreeWidget(this);
    m_statistics->setObjectName(QStringLiteral("importStatistics"));
    m_statistics->setHeaderLabels({tr("Statistic"), tr("Count")});
    m_statistics->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_statistics->header()->setStretchLastSection(false);
    m_content = new QStackedWidget(this);
    m_content->addWidget(records);
    m_content->addWidget(m_statistics);

    // ---- options
    m_options = new QGroupBox(tr("Grading and links"), this);
    m_options->setObjectName(QStringLiteral("importOptions"));
    m_sourceGrade = new QComboBox(m_options);
    m_sourceGrade->setObjectName(QStringLiteral("sourceGrade"));
    m_infoGrade = new QComboBox(m_options);
    m_infoGrade->setObjectName(QStringLiteral("infoGrade"));
    const std::pair<QComboBox*, vocab::List> grades[] = {{m_sourceGrade, vocab::List::SourceReliability},
                                                          {m_infoGrade, vocab::List::InformationCredibility}};
    for (const auto& [combo, list] : grades) {
        for (const auto& [code, label] : VocabText::choices(list)) {
            combo->addItem(label, code);
            combo->setItemData(combo->count() - 1, label, Qt::ToolTipRole);
        }
    }
    // Unless the officer says otherwise: source and information not yet judged.
    m_sourceGrade->setCurrentIndex(std::max(0, m_sourceGrade->findData(QStringLiteral("X"))));
    m_infoGrade->setCurrentIndex(std::max(0, m_infoGrade->findData(QStringLiteral("4"))));
    auto updateGradeTip = [this] {
        const QString tip = VocabText::gradeToolTip(m_sourceGrade->currentData().toString().toStdString(),
                                                    m_infoGrade->currentData().toString().toStdString());
        m_sourceGrade->setToolTip(tip);
        m_infoGrade->setToolTip(tip);
    };
    updateGradeTip();
    connect(m_sourceGrade, qOverload<int>(&QComboBox::currentIndexChanged), this, updateGradeTip);
    connect(m_infoGrade, qOverload<int>(&QComboBox::currentIndexChanged), this, updateGradeTip);
    m_caseLinks = new QTreeWidget(m_options);
    m_caseLinks->setObjectName(QStringLiteral("caseLinks"));
    m_caseLinks->setRootIsDecorated(false);
    m_caseLinks->setHeaderLabels({tr("Partner case"), tr("Our case")});
    m_caseLinks->header()->setSectionResizeMode(PartnerCaseColumn, QHeaderView::ResizeToContents);
    m_caseLinks->setMaximumHeight(m_caseLinks->fontMetrics().height() * 6);
    m_linkCase = new QPushButton(tr("&Link to local case…"), m_options);
    m_linkCase->setObjectName(QStringLiteral("linkCaseButton"));
    m_linkCase->setEnabled(false);
    connect(m_caseLinks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_linkCase->setEnabled(item && item->data(LocalCaseColumn, LocalUuidRole).toString().isEmpty() &&
                               !item->isDisabled() && m_state == State::Verified);
    });
    connect(m_linkCase, &QPushButton::clicked, this, [this] { pickLocalCase(); });
    auto* gradeForm = new QFormLayout;
    gradeForm->addRow(tr("&Source:"), m_sourceGrade);
    gradeForm->addRow(tr("&Information:"), m_infoGrade);
    auto* linksColumn = new QVBoxLayout;
    linksColumn->addWidget(m_caseLinks);
    linksColumn->addWidget(m_linkCase, 0, Qt::AlignLeft);
    auto* optionsLayout = new QHBoxLayout(m_options);
    optionsLayout->addLayout(gradeForm, 2);
    optionsLayout->addLayout(linksColumn, 3);

    // ---- buttons
    m_status = valueLabel(this, "importStatus");
    m_apply = new QPushButton(ExchangeText::icon("import-bundle"), tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Import the bundle in one step: all of it, or nothing"));
    connect(m_apply, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { apply(); }); });
    m_acceptanceReceipt = new QPushButton(tr("Save a signed acceptance &receipt…"), this);
    m_acceptanceReceipt->setObjectName(QStringLiteral("acceptanceReceiptButton"));
    m_acceptanceReceipt->setToolTip(tr("A file for the sender confirming what was imported"));
    connect(m_acceptanceReceipt, &QPushButton::clicked, this, [this] { chooseReceiptFile(); });
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_status, 1);
    buttonRow->addWidget(m_acceptanceReceipt);
    buttonRow->addWidget(m_apply);
    buttonRow->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_intro);
    layout->addWidget(m_verdict);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_options);
    layout->addStretch(0);  // takes the room of the hidden preview, so the verdict keeps its size
    layout->addLayout(buttonRow);

    setTabOrder(m_choose, m_view);
    setTabOrder(m_view, m_sourceGrade);
    setTabOrder(m_sourceGrade, m_infoGrade);
    setTabOrder(m_infoGrade, m_caseLinks);
    setTabOrder(m_caseLinks, m_linkCase);
    setTabOrder(m_linkCase, m_apply);
    setTabOrder(m_apply, m_close);
    m_choose->setDefault(true);
    setState(State::NoFile);
    resize(1000, 700);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setState(State state) {
    m_state = state;
    const bool verified = state == State::Verified || state == State::Applied;
    m_intro->setVisible(state == State::NoFile);
    m_verdict->setVisible(state != State::NoFile);
    m_verifiedDetails->setVisible(verified);
    m_rejectedDetails->setVisible(state == State::Rejected);
    m_content->setVisible(verified);
    m_options->setVisible(verified);
    m_options->setEnabled(state == State::Verified);
    m_apply->setVisible(state != State::Applied);
    m_apply->setEnabled(state == State::Verified);
    m_acceptanceReceipt->setVisible(state == State::Applied);
    m_choose->setEnabled(state != State::Applied);
    m_choose->setDefault(state == State::NoFile || state == State::Rejected);
    m_apply->setDefault(state == State::Verified);
}

void ImportDialog::chooseFile() {
    const QString start = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                           : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a bundle"), start,
                                                      tr("Lintas bundles (*.lintas *.lintas.p7m);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString& path) {
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_bundle.reset();
    m_preview.reset();
    m_result.reset();
    m_rejection.reset();
    m_status->clear();
    runGuarded(this, [this] { verifyWith(nullptr); });
}

void ImportDialog::askPassphraseThenVerify() {
    auto* dialog = new PassphraseDialog(PassphraseDialog::Mode::EnterPassphrase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setPrompt(tr("This bundle is encrypted to your agency. Enter the passphrase of your agency's identity "
                         "to open it."));
    dialog->setAcceptText(tr("Open"));
    auto unlocked = std::make_shared<std::optional<exchange::Identity>>();
    Workspace& ws = m_workspace;
    dialog->setCheck([&ws, unlocked](const QString& passphrase) {
        std::string secret = passphrase.toStdString();
        auto identity = busy([&] { return ws.trust.unlock(secret); });
        exchange::wipe(secret);
        if (!identity)
            return identity.error().code == ErrorCode::BadPassphrase
                       ? tr("This passphrase does not unlock your agency's identity. Try again.")
                       : ExchangePage::describeError(identity.error());
        *unlocked = std::move(identity).value();
        return QString();
    });
    connect(dialog, &QDialog::finished, this, [this, unlocked](int result) {
        if (result == QDialog::Accepted && *unlocked)
            runGuarded(this, [&] { verifyWith(&**unlocked); });
        else
            m_status->setText(tr("Not opened: the passphrase is needed to decrypt this bundle."));
        unlocked->reset();
    });
    dialog->open();
}

void ImportDialog::verifyWith(const exchange::Identity* identity) {
    const std::string path = m_path.toStdString();
    auto verified = busy([&] { return m_workspace.bundles.verify(path, identity); });
    if (!verified && identity == nullptr && exchange::BundleService::needsRecipientKey(verified.error())) {
        askPassphraseThenVerify();  // core found the bundle encrypted to us
        return;
    }
    if (!verified) {
        showRejected(verified.error());
        return;
    }
    m_bundle.emplace(std::move(verified).value());
    auto preview = busy([&] { return m_workspace.bundles.previewImport(*m_bundle); });
    if (!preview) {
        // Replays and out-of-order sequences are refused here, before any record is shown.
        m_bundle.reset();
        showRejected(preview.error());
        return;
    }
    m_preview = std::move(preview).value();
    showVerified();
}

void ImportDialog::showRejected(const Error& error) {
    m_rejection = error;
    // Into the exchange log: the sender's liaison officer may call, and a receipt needs the row.
    auto hash = exchange::sha256FileHex(m_path.toStdString());
    m_rejectedFileSha256 = hash ? *hash : std::string();
    if (const Status logged = m_workspace.bundles.logRejected(m_path.toStdString(), error); !logged)
        m_status->setText(tr("The rejection could not be logged. %1").arg(ExchangePage::describeError(logged.error())));
    m_verdictIcon->setPixmap(ExchangeText::icon("rejected").pixmap(40, 40));
    //: Large verdict on a bundle that failed verification.
    m_verdictHeader->setText(tr("Rejected"));
    m_verdict->setStyleSheet(QStringLiteral("#verdictPanel { background: #fdedec; border: 2px solid #b03a2e; "
                                            "border-radius: 6px; } #verdictPanel QLabel { color: #641e16; }"));
    QString reason = ErrorText::describe(error);
    if (error.code == ErrorCode::Untrusted)
        reason += QLatin1Char(' ') + tr("Do not use its content: it may be forged or altered.");
    m_reason->setText(reason);
    m_detail->setText(ErrorText::technicalDetail(error));
    m_rejectionReceipt->setEnabled(!m_rejectedFileSha256.empty());
    setState(State::Rejected);
}

void ImportDialog::showVerified() {
    const exchange::ImportPreview& p = *m_preview;
    const exchange::BundleSummary& b = p.bundle;
    m_verdictIcon->setPixmap(ExchangeText::icon("trusted").pixmap(40, 40));
    //: Large verdict on a bundle whose signature and content checked out.
    m_verdictHeader->setText(tr("Verified"));
    m_verdict->setStyleSheet(QStringLiteral("#verdictPanel { background: #e8f6f3; border: 2px solid #0e7c76; "
                                            "border-radius: 6px; } #verdictPanel QLabel { color: #0b3d3a; }"));
    //: Sender of a verified bundle: %1 agency name, %2 code, %3 country.
    m_sender->setText(tr("%1 — %2, %3")
                          .arg(qs(p.signerAgencyName), qs(b.sender.code), ExchangePage::countryName(b.sender.country)));
    m_fingerprint->setText(ExchangePage::groupedFingerprint(p.signerFingerprint));
    m_profile->setText(b.encrypted ? tr("%1 (was encrypted to us)").arg(ExchangeText::profile(b.profile))
                                   : ExchangeText::profile(b.profile));
    m_purpose->setText(VocabText::label(vocab::List::ConsentPurpose, b.purpose));
    m_tlp->setTlp(qs(b.tlp));
    m_handling->setText(VocabText::label(vocab::List::HandlingCode, b.handlingCode));
    m_created->setText(ExchangePage::localTime(b.createdAt));
    m_sequence->setText(QString::number(b.sequence));

    if (p.statistics) {
        showStatistics(*p.statistics);
        m_content->setCurrentWidget(m_statistics);
    } else {
        m_model->setItems(p.items);
        m_content->setCurrentIndex(0);
    }
    const exchange::ImportCounts& c = p.counts;
    //: What applying a bundle would do; %1…%5 are counts, %6 a size.
    m_counts->setText(tr("%1 new, %2 updated, %3 unchanged, %4 in conflict (%5 cannot be taken); attachments to "
                         "copy: %6")
                          .arg(c.added)
                          .arg(c.updated)
                          .arg(c.unchanged)
                          .arg(c.conflicts)
                          .arg(c.refused)
                          .arg(ExchangeText::size(static_cast<std::uint64_t>(c.attachmentBytes))));
    m_status->setText(tr("Nothing has been written yet. Check the records, grade the bundle, then apply."));
    setState(State::Verified);
    fillCaseLinks();  // after the state: the link button is offered only for a verified bundle
}

void ImportDialog::showStatistics(const exchange::StatisticsRecord& statistics) {
    m_statistics->clear();
    auto countText = [&](const std::optional<std::int64_t>& count) {
        //: A statistics count hidden because it is small; %1 is the threshold.
        return count ? QString::number(*count) : tr("fewer than %1").arg(statistics.threshold);
    };
    const std::pair<QString, const std::optional<std::int64_t>*> totals[] = {
        {tr("Cases"), &statistics.cases}, {tr("Victims"), &statistics.victims}, {tr("Suspects"), &statistics.suspects}};
    for (const auto& [label, count] : totals)
        new QTreeWidgetItem(m_statistics, {label, countText(*count)});
    for (const exchange::StatisticsSeries& series : statistics.series) {
        auto* top = new QTreeWidgetItem(m_statistics, {ExchangeText::statisticsSeries(series.name)});
        for (const exchange::StatisticsCell& cell : series.cells)
            new QTreeWidgetItem(top, {qs(cell.key), countText(cell.count)});
    }
    m_statistics->expandAll();
}

void ImportDialog::fillCaseLinks() {
    m_caseLinks->clear();
    if (!m_preview)
        return;
    for (const exchange::ImportItem& item : m_preview->items) {
        if (item.kind != "case")
            continue;
        auto* row = new QTreeWidgetItem(m_caseLinks, {qs(item.label)});
        row->setData(PartnerCaseColumn, PartnerUuidRole, qs(item.uuid));
        if (auto linked = m_preview->existingCaseLinks.find(item.uuid); linked != m_preview->existingCaseLinks.end()) {
            auto local = m_workspace.cases.get(linked->second);
            row->setText(LocalCaseColumn, tr("already linked to %1").arg(local ? qs(local->reference) : qs(linked->second)));
            row->setDisabled(true);
        } else {
            row->setText(LocalCaseColumn, tr("not linked"));
        }
    }
    for (int i = 0; i < m_caseLinks->topLevelItemCount(); ++i) {
        if (!m_caseLinks->topLevelItem(i)->isDisabled()) {
            m_caseLinks->setCurrentItem(m_caseLinks->topLevelItem(i));
            break;
        }
    }
    m_caseLinks->setVisible(m_caseLinks->topLevelItemCount() > 0);
    m_linkCase->setVisible(m_caseLinks->topLevelItemCount() > 0);
}

void ImportDialog::pickLocalCase() {
    QTreeWidgetItem* row = m_caseLinks->currentItem();
    if (!row)
        return;
    LocalCasePicker picker(m_workspace, row->text(PartnerCaseColumn), this);
    if (picker.exec() == QDialog::Accepted && !picker.uuid().isEmpty())
        setCaseLink(row->data(PartnerCaseColumn, PartnerUuidRole).toString(), picker.uuid(), picker.label());
}

void ImportDialog::setCaseLink(const QString& partnerCase, const QString& localCase, const QString& localLabel) {
    for (int i = 0; i < m_caseLinks->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_caseLinks->topLevelItem(i);
        if (row->data(PartnerCaseColumn, PartnerUuidRole).toString() != partnerCase || row->isDisabled())
            continue;
        row->setData(LocalCaseColumn, LocalUuidRole, localCase);
        row->setText(LocalCaseColumn, localLabel);
    }
}

exchange::ImportOptions ImportDialog::options() const {
    exchange::ImportOptions options;
    options.sourceGrade = m_sourceGrade->currentData().toString().toStdString();
    options.infoGrade = m_infoGrade->currentData().toString().toStdString();
    for (int i = 0; i < m_caseLinks->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = m_caseLinks->topLevelItem(i);
        if (const QString local = row->data(LocalCaseColumn, LocalUuidRole).toString(); !local.isEmpty())
            options.caseLinks[row->data(PartnerCaseColumn, PartnerUuidRole).toString().toStdString()] =
                local.toStdString();
    }
    return options;
}

bool ImportDialog::apply() {
    if (m_state != State::Verified || !m_bundle)
        return false;
    auto applied = busy([&] { return m_workspace.bundles.applyImport(*m_bundle, options()); });
    if (!applied) {
        m_status->setText(tr("Nothing was imported. %1").arg(ExchangePage::describeError(applied.error())));
        return false;
    }
    m_result = std::move(applied).value();
    const exchange::ImportCounts& c = m_result->counts;
    m_status->setText(tr("Imported: %1 new, %2 updated, %3 unchanged, %4 conflict(s) to decide in Exchange → "
                         "Conflicts. Send the sender a receipt.")
                          .arg(c.added)
                          .arg(c.updated)
                          .arg(c.unchanged)
                          .arg(c.conflictFields));
    setState(State::Applied);
    m_acceptanceReceipt->setFocus();
    emit imported();
    return true;
}

void ImportDialog::chooseReceiptFile() {
    const bool accepted = m_state == State::Applied;
    const std::string id = accepted ? m_result->bundle.bundleUuid : m_rejectedFileSha256;
    const QString name = QStringLiteral("%1-%2.lintas-receipt")
                             .arg(qs(id.substr(0, 8)), accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the receipt"),
                                                      QDir(QFileInfo(m_path).absolutePath()).filePath(name),
                                                      tr("Lintas receipts (*.lintas-receipt)"));
    if (!path.isEmpty())
        saveReceipt(path);
}

void ImportDialog::saveReceipt(const QString& path) {
    exchange::ReceiptRequest request;
    if (m_state == State::Applied) {
        request.bundleUuid = m_result->bundle.bundleUuid;
        request.verdict = exchange::ReceiptVerdict::Accepted;
    } else if (m_state == State::Rejected) {
        request.fileSha256 = m_rejectedFileSha256;
        request.verdict = exchange::ReceiptVerdict::Rejected;
    } else {
        return;
    }
    auto* dialog = new PassphraseDialog(PassphraseDialog::Mode::EnterPassphrase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setPrompt(tr("Enter the passphrase of your agency's identity to sign the receipt."));
    dialog->setAcceptText(tr("Sign"));
    Workspace& ws = m_workspace;
    const std::string out = path.toStdString();
    auto written = std::make_shared<std::optional<exchange::ReceiptInfo>>();
    dialog->setCheck([&ws, request, out, written](const QString& passphrase) {
        std::string secret = passphrase.toStdString();
        auto identity = busy([&] { return ws.trust.unlock(secret); });
        exchange::wipe(secret);
        if (!identity)
            return identity.error().code == ErrorCode::BadPassphrase
                       ? tr("This passphrase does not unlock your agency's identity. Try again.")
                       : ExchangePage::describeError(identity.error());
        auto receipt = ws.bundles.writeReceipt(request, *identity, out);
        if (!receipt)
            return tr("The receipt was not written. %1").arg(ExchangePage::describeError(receipt.error()));
        *written = std::move(receipt).value();
        return QString();
    });
    connect(dialog, &QDialog::accepted, this, [this, written] {
        if (*written)
            m_status->setText(tr("Receipt saved to %1. Send it to the partner.")
                                  .arg(QDir::toNativeSeparators(qs((*written)->path))));
    });
    dialog->open();
}

}  // namespace lintas::ui
