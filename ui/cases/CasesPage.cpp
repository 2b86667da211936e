#include "cases/CasesPage.h"

#include "cases/CaseFilterBar.h"
#include "cases/CaseIcons.h"
#include "cases/CaseListModel.h"
#include "cases/CaseText.h"
#include "cases/CaseWorkspace.h"
#include "cases/TlpChip.h"
#include "cases/TlpDelegate.h"
#include "common/ErrorText.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

const QString kGroup = QStringLiteral("cases");
const QString kHeaderKey = QStringLiteral("listHeader");
const QString kSortColumnKey = QStringLiteral("sortColumn");
const QString kSortOrderKey = QStringLiteral("sortOrder");
const QString kSplitterKey = QStringLiteral("splitter");
constexpr int kSettingsDelayMs = 400;

struct ColumnDefault {
    int column;
    int width;  ///< in average characters; 0 when measured from the content instead
    bool visible;
};

// What a first start shows before the user arranges the list: what identifies a case and how it
// must be handled, then its state.
constexpr ColumnDefault kColumnDefaults[] = {
    {CaseListModel::Reference, 0, true}, {CaseListModel::Title, 28, true},   {CaseListModel::Status, 18, true},
    {CaseListModel::Tlp, 0, true},       {CaseListModel::Handling, 9, true}, {CaseListModel::Owner, 12, false},
    {CaseListModel::Opened, 12, false},  {CaseListModel::Updated, 17, true}, {CaseListModel::Victims, 8, true},
    {CaseListModel::Suspects, 9, false},
};

}  // namespace

struct CasesPage::Impl {
    CasesPage* q = nullptr;
    CaseListModel* model = nullptr;
    CaseFilterBar* filters = nullptr;
    QTableView* view = nullptr;
    QLabel* count = nullptr;
    QLabel* listMessage = nullptr;
    QPushButton* newCase = nullptr;
    CaseWorkspace* workspace = nullptr;
    QSplitter* splitter = nullptr;
    QTimer* saveSettingsTimer = nullptr;
    bool selecting = false;  ///< the list's selection is being set, not changed by the user

    void build(Workspace& ws);
    void restoreSettings();
    void saveSettings() const;
    void applyDefaultColumns();
    void showHeaderMenu(const QPoint& pos);
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void onCurrentRowChanged(const QModelIndex& current);
    void selectCase(const QString& uuid, bool scroll);
    void refreshList();
    void updateCount();
    void onCaseSaved(const QString& uuid, bool created);
    void onCaseDataChanged(const QString& uuid);
};

void CasesPage::Impl::build(Workspace& ws) {
    {
        // The remembered order is the first query's order: one query when the page opens.
        QSettings settings;
        settings.beginGroup(kGroup);
        const int column = settings.value(kSortColumnKey, CaseListModel::Updated).toInt();
        const Qt::SortOrder order = settings.value(kSortOrderKey, static_cast<int>(Qt::DescendingOrder)).toInt() ==
                                            static_cast<int>(Qt::AscendingOrder)
                                        ? Qt::AscendingOrder
                                        : Qt::DescendingOrder;
        model = new CaseListModel(ws, column, order, q);
    }

    newCase = new QPushButton(CasesPage::tr("New case"), q);
    newCase->setObjectName(QStringLiteral("newCaseButton"));
    newCase->setIcon(caseIcon(newCase, "new-case", QStyle::SP_FileIcon));
    newCase->setToolTip(CasesPage::tr("Start a new case in the editor"));
    connect(newCase, &QPushButton::clicked, q, [this] { q->newCase(); });
    count = new QLabel(q);
    count->setObjectName(QStringLiteral("caseCount"));
    count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    filters = new CaseFilterBar(q);
    filters->setObjectName(QStringLiteral("caseFilters"));
    connect(filters, &CaseFilterBar::queryChanged, q, [this] {
        runGuarded(q, [this] {
            const QString open = workspace->caseUuid();
            const QScopedValueRollback guard(selecting, true);
            model->setQuery(filters->query());
            selectCase(open, false);
        });
    });

    view = new QTableView(q);
    view->setObjectName(QStringLiteral("caseList"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setCornerButtonEnabled(false);
    view->setItemDelegateForColumn(CaseListModel::Tlp, new TlpDelegate(CaseListModel::TlpCodeRole, view));
    view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures rows, so long lists scroll without work.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(model->sortColumn(), model->sortOrder());
    connect(header, &QHeaderView::customContextMenuRequested, q, [this](const QPoint& pos) { showHeaderMenu(pos); });
    connect(header, &QHeaderView::sortIndicatorChanged, q, [this](int column, Qt::SortOrder order) {
        runGuarded(q, [&] { onSortIndicatorChanged(column, order); });
    });
    // Right-click (or the menu key) on a case: send it to a partner.
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QTableView::customContextMenuRequested, q, [this](const QPoint& pos) {
        const QModelIndex index = view->indexAt(pos).isValid() ? view->indexAt(pos) : view->currentIndex();
        const QString uuid = index.data(CaseListModel::UuidRole).toString();
        if (uuid.isEmpty())
            return;
        QMenu menu(q);
        QAction* exportCase = menu.addAction(QIcon(QStringLiteral(":/lintas/icons/export-bundle.svg")),
                                             CasesPage::tr("&Export to partner…"));
        exportCase->setObjectName(QStringLiteral("exportCaseAction"));
        connect(exportCase, &QAction::triggered, q, [this, uuid] { emit q->exportRequested({uuid}); });
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, q,
            [this](const QModelIndex& current) { runGuarded(q, [&] { onCurrentRowChanged(current); }); });

    listMessage = new QLabel(q);
    listMessage->setObjectName(QStringLiteral("caseListMessage"));
    listMessage->setWordWrap(true);
    listMessage->setTextFormat(Qt::PlainText);
    listMessage->setAlignment(Qt::AlignCenter);
    listMessage->setVisible(false);

    connect(model, &CaseListModel::totalCountChanged, q, [this] { updateCount(); });
    connect(model, &CaseListModel::modelReset, q, [this] { updateCount(); });
    connect(model, &CaseListModel::queryFailed, q, [this](const Error& error) {
        emit q->statusMessage(CasesPage::tr("The case list could not be read. %1").arg(ErrorText::describe(error)));
    });

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(newCase);
    top->addStretch(1);
    top->addWidget(count);

    auto* listPanel = new QWidget(q);
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addLayout(top);
    listLayout->addWidget(filters);
    listLayout->addWidget(view, 1);
    listLayout->addWidget(listMessage);

    workspace = new CaseWorkspace(ws, q);
    workspace->setObjectName(QStringLiteral("caseWorkspace"));
    connect(workspace, &CaseWorkspace::undoStackChanged, q, &CasesPage::undoStackChanged);
    connect(workspace, &CaseWorkspace::statusMessage, q, &CasesPage::statusMessage);
    connect(workspace, &CaseWorkspace::personRequested, q, &CasesPage::personRequested);
    connect(workspace, &CaseWorkspace::organisationRequested, q, &CasesPage::organisationRequested);
    connect(workspace, &CaseWorkspace::caseRequested, q, &CasesPage::caseRequested);
    connect(workspace, &CaseWorkspace::caseSaved, q, [this](const QString& uuid, bool created) {
        runGuarded(q, [&] { onCaseSaved(uuid, created); });
    });
    connect(workspace, &CaseWorkspace::caseDataChanged, q, [this](const QString& uuid) {
        runGuarded(q, [&] { onCaseDataChanged(uuid); });
    });
    connect(workspace, &CaseWorkspace::currentCaseChanged, q,
            [this](const QString& uuid) { selectCase(uuid, false); });

    splitter = new QSplitter(Qt::Horizontal, q);
    splitter->setObjectName(QStringLiteral("casesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPanel);
    // The editor's two-column form is wide; scrolling it keeps the main window within a laptop
    // screen instead of forcing the list and the editor's minimum widths side by side.
    auto* workspaceScroll = new QScrollArea(q);
    workspaceScroll->setObjectName(QStringLiteral("caseWorkspaceScroll"));
    workspaceScroll->setWidgetResizable(true);
    workspaceScroll->setFrameShape(QFrame::NoFrame);
    workspaceScroll->setWidget(workspace);
    splitter->addWidget(workspaceScroll);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);

    auto* layout = new QVBoxLayout(q);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    auto* find = new QShortcut(QKeySequence::Find, q);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, q, [this] {
        filters->textField()->setFocus();
        filters->textField()->selectAll();
    });

    saveSettingsTimer = new QTimer(q);
    saveSettingsTimer->setSingleShot(true);
    saveSettingsTimer->setInterval(kSettingsDelayMs);
    connect(saveSettingsTimer, &QTimer::timeout, q, [this] { saveSettings(); });
    restoreSettings();
    // Only after restoring, so that restoring is not saved back.
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(header, signal, saveSettingsTimer, qOverload<>(&QTimer::start));
    connect(splitter, &QSplitter::splitterMoved, saveSettingsTimer, qOverload<>(&QTimer::start));
    updateCount();
}

void CasesPage::Impl::applyDefaultColumns() {
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics metrics = view->fontMetrics();
    const int unit = metrics.averageCharWidth();
    for (const ColumnDefault& c : kColumnDefaults) {
        int width = c.width * unit;
        if (c.column == CaseListModel::Reference)
            width = metrics.horizontalAdvance(QStringLiteral("IDN-BARESKRIM-2026-000000")) + 2 * unit;
        else if (c.column == CaseListModel::Tlp)
            width = TlpChip::chipSize(view->font(), CaseText::tlp("AMBER+STRICT")).width() + 2 * unit;
        header->resizeSection(c.column, width);
        header->setSectionHidden(c.column, !c.visible);
    }
}

void CasesPage::Impl::restoreSettings() {
    // The model already runs in the remembered order; restoring the header must not sort again.
    const QScopedValueRollback guard(selecting, true);
    QSettings settings;
    settings.beginGroup(kGroup);
    QHeaderView* header = view->horizontalHeader();
    applyDefaultColumns();
    const QByteArray state = settings.value(kHeaderKey).toByteArray();
    if (!state.isEmpty() && !header->restoreState(state))
        applyDefaultColumns();
    if (header->count() != CaseListModel::ColumnCount || header->hiddenSectionCount() >= header->count())
        applyDefaultColumns();
    header->setSortIndicator(model->sortColumn(), model->sortOrder());
    const QByteArray split = settings.value(kSplitterKey).toByteArray();
    if (split.isEmpty() || !splitter->restoreState(split))
        splitter->setSizes({560, 700});
}

void CasesPage::Impl::saveSettings() const {
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(kHeaderKey, view->horizontalHeader()->saveState());
    settings.setValue(kSortColumnKey, model->sortColumn());
    settings.setValue(kSortOrderKey, static_cast<int>(model->sortOrder()));
    settings.setValue(kSplitterKey, splitter->saveState());
}

void CasesPage::Impl::showHeaderMenu(const QPoint& pos) {
    QHeaderView* header = view->horizontalHeader();
    QMenu menu(q);
    menu.setObjectName(QStringLiteral("caseColumnsMenu"));
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The reference names the case: the list never loses it.
        action->setEnabled(column != CaseListModel::Reference);
        connect(action, &QAction::toggled, q, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveSettingsTimer->start();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(CasesPage::tr("Reset columns")), &QAction::triggered, q, [this] {
        view->horizontalHeader()->reset();
        for (int column = 0; column < CaseListModel::ColumnCount; ++column)
            view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(column), column);
        applyDefaultColumns();
        saveSettingsTimer->start();
    });
    menu.exec(header->mapToGlobal(pos));
}

void CasesPage::Impl::onSortIndicatorChanged(int column, Qt::SortOrder order) {
    if (selecting)
        return;
    QHeaderView* header = view->horizontalHeader();
    if (!CaseListModel::isSortable(column)) {
        // Core has no order for this column: keep showing the order the list really has.
        const QScopedValueRollback guard(selecting, true);
        header->setSortIndicator(model->sortColumn(), model->sortOrder());
        emit q->statusMessage(CasesPage::tr("The list cannot be sorted by “%1”.")
                                  .arg(model->headerData(column, Qt::Horizontal).toString()));
        return;
    }
    const QString open = workspace->caseUuid();
    {
        const QScopedValueRollback guard(selecting, true);
        model->sort(column, order);
    }
    selectCase(open, false);
    view->scrollToTop();
    saveSettingsTimer->start();
}

void CasesPage::Impl::onCurrentRowChanged(const QModelIndex& current) {
    if (selecting || !current.isValid())
        return;
    const QString uuid = model->uuidAt(current.row());
    if (uuid.isEmpty() || uuid == workspace->caseUuid())
        return;
    if (!workspace->openCase(uuid))
        // Stayed with the case being edited: the list shows that one again.
        selectCase(workspace->caseUuid(), true);
}

void CasesPage::Impl::selectCase(const QString& uuid, bool scroll) {
    const QScopedValueRollback guard(selecting, true);
    const int row = uuid.isEmpty() ? -1 : model->rowOf(uuid);
    if (row < 0) {
        view->selectionModel()->clearSelection();
        view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        return;
    }
    const QModelIndex index = model->index(row, CaseListModel::Reference);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (scroll)
        view->scrollTo(index);
}

void CasesPage::Impl::refreshList() {
    const QString open = workspace->caseUuid();
    const int scroll = view->verticalScrollBar()->value();
    {
        const QScopedValueRollback guard(selecting, true);
        model->refresh();
    }
    selectCase(open, false);
    view->verticalScrollBar()->setValue(scroll);
}

void CasesPage::Impl::updateCount() {
    const qint64 total = model->totalCount();
    //: The number of cases matching the filters; %L1 is the number (more than one).
    count->setText(total == 1 ? CasesPage::tr("1 case") : CasesPage::tr("%L1 cases").arg(total));
    if (model->lastError()) {
        listMessage->setText(CasesPage::tr("The case list could not be read. %1").arg(ErrorText::describe(*model->lastError())));
        listMessage->setVisible(true);
    } else if (total == 0) {
        const CaseQuery& f = model->query();
        const bool filtered = !f.text.empty() || f.status || f.tlp || f.exploitationForm || f.country || f.owner ||
                              f.openedFrom || f.openedTo;
        listMessage->setText(filtered ? CasesPage::tr("No case matches these filters.")
                                      : CasesPage::tr("There are no cases yet. Create one with “New case”."));
        listMessage->setVisible(true);
    } else {
        listMessage->setVisible(false);
    }
}

void CasesPage::Impl::onCaseSaved(const QString& uuid, bool created) {
    {
        // A row that leaves the list moves the view's current row; that is no choice of the user's.
        const QScopedValueRollback guard(selecting, true);
        model->caseChanged(uuid);
    }
    selectCase(uuid, false);
    if (created && model->rowOf(uuid) < 0 && !model->canFetchMore({}))
        emit q->statusMessage(CasesPage::tr("The case was saved. It does not match the list's filters, so the list does not show it."));
    emit q->dataChanged();
}

void CasesPage::Impl::onCaseDataChanged(const QString& uuid) {
    {
        const QScopedValueRollback guard(selecting, true);
        model->caseChanged(uuid);
    }
    selectCase(uuid, false);
    emit q->dataChanged();
}

CasesPage::CasesPage(Workspace& workspace, QWidget* parent) : Page(workspace, parent), d(std::make_unique<Impl>()) {
    d->q = this;
    d->build(workspace);
}

CasesPage::~CasesPage() {
    runGuarded(nullptr, [this] { d->saveSettings(); });
}

void CasesPage::reload() {
    runGuarded(this, [this] {
        d->workspace->reload();
        d->refreshList();
    });
}

bool CasesPage::confirmLeave() { return d->workspace->confirmLeave(); }

void CasesPage::openCase(const QString& uuid) {
    runGuarded(this, [&] {
        if (d->workspace->openCase(uuid))
            d->selectCase(uuid, true);
    });
}

void CasesPage::applyFilter(const CaseQuery& query) {
    runGuarded(this, [&] {
        d->filters->setQuery(query);
        {
            const QScopedValueRollback guard(d->selecting, true);
            d->model->setQuery(query);
        }
        d->selectCase(d->workspace->caseUuid(), false);
        d->updateCount();
    });
}

void CasesPage::newCase() {
    runGuarded(this, [this] {
        if (d->workspace->newCase())
            d->selectCase({}, false);
    });
}

QUndoStack* CasesPage::undoStack() const { return d->workspace->undoStack(); }

}  // namespace lintas::ui
