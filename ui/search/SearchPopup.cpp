#include "search/SearchPopup.h"

#include "common/ErrorText.h"
#include "common/Guard.h"
#include "search/SearchResultDelegate.h"
#include "search/SearchResultsModel.h"

#include "lintas/service/Workspace.h"

#include <QAction>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {
namespace {

constexpr int kMaxListHeight = 460;
constexpr int kMinWidth = 380;
constexpr int kMaxWidth = 720;

}  // namespace

SearchPopup::SearchPopup(Workspace& workspace, QWidget* parent)
    : QFrame(parent, Qt::Popup), m_ws(workspace) {
    setObjectName(QStringLiteral("searchPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);

    m_model = new SearchResultsModel(m_ws, this);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Search cases, people, identifiers, organisations and notes"));
    m_edit->addAction(QIcon(QStringLiteral(":/lintas/icons/search.svg")), QLineEdit::LeadingPosition);
    m_edit->setAccessibleName(tr("Search"));
    QFont editFont = m_edit->font();
    editFont.setPointSizeF(editFont.pointSizeF() * 1.15);
    m_edit->setFont(editFont);
    m_edit->setMinimumHeight(m_edit->sizeHint().height() + 8);
    m_edit->installEventFilter(this);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setFocusPolicy(Qt::NoFocus);  // typing stays in the line edit; arrows are forwarded
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(false);
    m_view->setMouseTracking(true);
    // Scrolling follows the keys (moveCurrent), so that a new result list starts at its first
    // header rather than at the first hit selected below it.
    m_view->setAutoScroll(false);
    m_view->setAccessibleName(tr("Search results"));
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) { open(index.row()); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setContentsMargins(6, 2, 6, 4);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPopup::runSearch);
    connect(m_edit, &QLineEdit::textChanged, this, &SearchPopup::onTextEdited);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_edit);
    layout->addWidget(m_view);
    layout->addWidget(m_status);

    updateStatus();
    fitHeight();
}

SearchPopup::~SearchPopup() = default;

void SearchPopup::popup(QWidget* anchor) {
    const int width = std::clamp(anchor->width() - 80, kMinWidth, kMaxWidth);
    setFixedWidth(width);
    fitHeight();
    move(anchor->mapToGlobal(QPoint((anchor->width() - width) / 2, 12)));
    show();
    raise();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
    m_edit->selectAll();
}

int SearchPopup::currentRow() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && !m_model->isHeader(current.row()) ? current.row() : -1;
}

void SearchPopup::onTextEdited() { m_debounce->start(); }

void SearchPopup::searchNow() {
    if (m_debounce->isActive()) {
        m_debounce->stop();
        runSearch();
    }
}

void SearchPopup::runSearch() {
    runGuarded(this, [this] {
        const QString text = m_edit->text().trimmed();
        if (text.isEmpty()) {
            m_model->clear();
        } else {
            // A failure is shown in the status line (updateStatus reads lastError()).
            [[maybe_unused]] const Status status = m_model->search(text, kHitsPerGroup);
        }
        const int first = m_model->hitRowFrom(0, 1);
        if (first >= 0)
            m_view->setCurrentIndex(m_model->index(first));
        m_view->scrollToTop();
        updateStatus();
        fitHeight();
    });
}

void SearchPopup::updateStatus() {
    QString text;
    if (m_model->lastError())
        text = ErrorText::describe(*m_model->lastError());
    else if (m_model->query().isEmpty())
        text = tr("Type a name, a case reference or title, a phone, passport or other identifier, or words from "
                  "a note. ↑ ↓ choose, Enter opens, Esc closes.");
    else if (m_model->hitCount() == 0)
        text = tr("Nothing matches “%1”.").arg(m_model->query());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SearchPopup::fitHeight() {
    int rows = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows += m_view->sizeHintForRow(r);
    m_view->setVisible(rows > 0);
    m_view->setFixedHeight(std::min(rows + 2 * m_view->frameWidth() + 2, kMaxListHeight));
    adjustSize();
}

void SearchPopup::moveCurrent(int step) {
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (step > 0 ? -1 : count);
    int row = m_model->hitRowFrom(std::clamp(from + step, 0, count - 1), step > 0 ? 1 : -1);
    if (row < 0)  // past the last (or first) hit: stay
        row = m_model->hitRowFrom(from, step > 0 ? -1 : 1);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row));
        // Keep the group's header in sight when moving onto its first hit.
        if (row > 0 && m_model->isHeader(row - 1))
            m_view->scrollTo(m_model->index(row - 1));
        m_view->scrollTo(m_model->index(row));
    }
}

void SearchPopup::openCurrent() {
    searchNow();
    open(currentRow());
}

void SearchPopup::open(int row) {
    if (row < 0 || m_model->isHeader(row))
        return;
    const QModelIndex index = m_model->index(row);
    const QString target = index.data(SearchResultsModel::TargetRole).toString();
    const auto type =
        static_cast<SearchResultsModel::RecordType>(index.data(SearchResultsModel::RecordTypeRole).toInt());
    hide();
    switch (type) {
    case SearchResultsModel::RecordType::Case: emit caseRequested(target); break;
    case SearchResultsModel::RecordType::Person: emit personRequested(target); break;
    case SearchResultsModel::RecordType::Organisation: emit organisationRequested(target); break;
    case SearchResultsModel::RecordType::None: break;
    }
}

bool SearchPopup::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int page = std::max(1, m_view->height() / std::max(1, m_view->sizeHintForRow(0)) - 1);
        switch (key->key()) {
        case Qt::Key_Down: searchNow(); moveCurrent(1); return true;
        case Qt::Key_Up: searchNow(); moveCurrent(-1); return true;
        case Qt::Key_PageDown: searchNow(); moveCurrent(page); return true;
        case Qt::Key_PageUp: searchNow(); moveCurrent(-page); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: openCurrent(); return true;
        case Qt::Key_Escape: hide(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

}  // namespace lintas::ui
