#include "exchange/ExchangeLogPanel.h"

#include "common/ErrorText.h"
#include "common/Guard.h"
#include "common/VocabText.h"
#include "exchange/ExchangeLogModel.h"
#include "exchange/ExchangePage.h"

#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <optional>

namespace lintas::ui {
namespace {

// The log is append-only and grows with every bundle; the newest entries are what a liaison
// officer checks. Older ones remain in the database and in the CLI.
constexpr int kLogLimit = 2000;

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString esc(const QString& s) { return s.toHtmlEscaped(); }

/// The error code a rejection's reason starts with ("untrusted [signature]: …" → Untrusted).
std::optional<ErrorCode> reasonCode(const std::string& reason) {
    for (int i = 0; i <= static_cast<int>(ErrorCode::Internal); ++i) {
        const auto code = static_cast<ErrorCode>(i);
        const std::string name = errorCodeName(code);
        if (reason.compare(0, name.size(), name) == 0 &&
            (reason.size() == name.size() || reason[name.size()] == ' ' || reason[name.size()] == ':'))
            return code;
    }
    return std::nullopt;
}

/// A translated name for a key of the log's summary object; the key itself when unknown.
QString summaryKeyText(const QString& key) {
    if (key == QLatin1String("cases"))
        return ExchangeLogPanel::tr("Cases");
    if (key == QLatin1String("persons"))
        return ExchangeLogPanel::tr("People");
    if (key == QLatin1String("organisations"))
        return ExchangeLogPanel::tr("Organisations");
    if (key == QLatin1String("attachments"))
        return ExchangeLogPanel::tr("Attachments");
    if (key == QLatin1String("encrypted"))
        return ExchangeLogPanel::tr("Encrypted to the recipient");
    if (key == QLatin1String("conflicts"))
        return ExchangeLogPanel::tr("Conflicts with local records");
    return key;
}

QString summaryValueText(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool() ? ExchangeLogPanel::tr("yes") : ExchangeLogPanel::tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
}

}  // namespace

ExchangeLogPanel::ExchangeLogPanel(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace) {
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("logDirection"));
    m_direction->addItem(tr("Sent and received"), QString());
    m_direction->addItem(QIcon(QStringLiteral(":/lintas/icons/sent.svg")), tr("Sent"), QStringLiteral("sent"));
    m_direction->addItem(QIcon(QStringLiteral(":/lintas/icons/received.svg")), tr("Received"),
                         QStringLiteral("received"));
    auto* directionLabel = new QLabel(tr("&Show:"), this);
    directionLabel->setBuddy(m_direction);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("logFilter"));
    m_find->setPlaceholderText(tr("Partner, file, purpose, verdict…"));
    m_find->setClearButtonEnabled(true);
    auto* findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("logCount"));

    m_model = new ExchangeLogModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExchangeLogModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logTable"));
    m_view->setModel(m_proxy);
    // Time, direction, partner, verdict, signer, profile, purpose, TLP, handling.
    ExchangePage::setUpTable(m_view, {16, 12, 14, 12, 20, 14, 14, 15, 8});
    m_view->sortByColumn(ExchangeLogModel::Time, Qt::DescendingOrder);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("logDetails"));
    m_details->setOpenLinks(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(directionLabel);
    filters->addWidget(m_direction);
    filters->addSpacing(12);
    filters->addWidget(findLabel);
    filters->addWidget(m_find, 1);
    filters->addSpacing(12);
    filters->addWidget(m_count);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] { runGuarded(this, [this] { reload(); }); });
    connect(m_find, &QLineEdit::textChanged, this, &ExchangeLogPanel::applyTextFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExchangeLogPanel::showDetails);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });

    reload();
}

void ExchangeLogPanel::reload() {
    if (!m_ws.context().can(security::Permission::ExchangeRead))
        return;  // the page hides this panel; reading would only be refused
    exchange::ExchangeLogQuery query;
    if (const QString direction = m_direction->currentData().toString(); !direction.isEmpty())
        query.direction = direction.toStdString();
    query.limit = kLogLimit;
    auto entries = m_ws.bundles.exchangeLog(query);
    if (!entries) {
        emit statusMessage(ExchangePage::describeError(entries.error()));
        return;
    }
    m_model->setEntries(std::move(entries).value());
    updateCount();
    // The newest entry is what a liaison officer checks first: show its details right away.
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void ExchangeLogPanel::applyTextFilter() {
    m_proxy->setFilterFixedString(m_find->text().trimmed());
    updateCount();
}

void ExchangeLogPanel::updateCount() {
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_count->setText(tr("%n bundle(s)", "", total));
    else
        //: %1 log entries match the filter, out of %2.
        m_count->setText(tr("%1 of %2 bundles").arg(shown).arg(total));
}

void ExchangeLogPanel::showDetails() {
    const QModelIndex current = m_view->currentIndex();
    const exchange::ExchangeLogEntry* e =
        current.isValid() ? m_model->entry(m_proxy->mapToSource(current).row()) : nullptr;
    if (!e) {
        m_details->setPlainText(m_model->rowCount() == 0 ? tr("No bundles have been sent or received yet.")
                                                         : tr("Select a bundle to see its details."));
        return;
    }
    QString html;
    //: Heading of a log entry: %1 direction, %2 verdict, %3 date and time.
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("%1 · %2 · %3")
                             .arg(ExchangeLogModel::directionText(e->direction),
                                  ExchangeLogModel::verdictText(e->verdict), ExchangePage::localTime(e->at))));
    if (ExchangeLogModel::isRejected(*e)) {
        const std::optional<ErrorCode> code = reasonCode(e->reason);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Why it was refused:")),
                         esc(code ? ErrorText::message(*code) : tr("No reason was recorded.")));
        if (!e->reason.empty())
            //: %1 is core's technical explanation of a refusal (English, no personal data).
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Technical detail: %1").arg(qs(e->reason))));
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing from this file was imported.")));
    }

    const QJsonDocument summary = QJsonDocument::fromJson(QByteArray::fromStdString(e->summary));
    if (summary.isObject() && !summary.object().isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table>").arg(esc(tr("Contents")));
        const QJsonObject counts = summary.object();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            html += row(summaryKeyText(it.key()), summaryValueText(it.value()));
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<p><b>%1</b></p><table>").arg(esc(tr("Bundle")));
    if (!e->peerCountry.empty())
        html += row(tr("Partner:"), tr("%1 · %2").arg(qs(e->peerCode), ExchangePage::countryName(e->peerCountry)));
    if (!e->bundleUuid.empty())
        html += row(tr("Bundle ID:"), qs(e->bundleUuid));
    if (e->sequence)
        html += row(tr("Sequence number:"), QLocale().toString(*e->sequence));
    if (!e->purpose.empty())
        html += row(tr("Purpose:"), VocabText::label(vocab::List::ConsentPurpose, e->purpose));
    if (!e->tlp.empty())
        html += row(tr("Marking:"), VocabText::label(vocab::List::Tlp, e->tlp));
    if (!e->handlingCode.empty())
        html += row(tr("Handling code:"), VocabText::label(vocab::List::HandlingCode, e->handlingCode));
    if (!e->signerFingerprint.empty())
        html += row(tr("Signer fingerprint:"), qs(e->signerFingerprint));
    if (!e->fileName.empty())
        html += row(tr("File:"), qs(e->fileName));
    if (!e->fileSha256.empty())
        html += row(tr("File SHA-256:"), qs(e->fileSha256));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

}  // namespace lintas::ui
