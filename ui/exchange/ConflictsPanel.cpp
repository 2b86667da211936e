#include "exchange/ConflictsPanel.h"

#include "common/Guard.h"
#include "exchange/ConflictModel.h"
#include "exchange/ExchangePage.h"

#include "lintas/service/Workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace lintas::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

ConflictsPanel::ConflictsPanel(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace) {
    auto* intro = new QLabel(tr("A partner sent a newer version of a record that was also changed here. For each "
                                "field, keep the value held here or take the partner's. The record's other fields "
                                "were updated already."),
                             this);
    intro->setWordWrap(true);

    m_keepOurs = new QPushButton(tr("&Keep ours"), this);
    m_keepOurs->setObjectName(QStringLiteral("keepOursButton"));
    m_keepOurs->setToolTip(tr("Keep the value held here for the selected conflicts"));
    m_takeTheirs = new QPushButton(tr("&Take theirs"), this);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_takeTheirs->setToolTip(tr("Write the partner's value for the selected conflicts"));
    m_openRecord = new QPushButton(tr("Open &record"), this);
    m_openRecord->setObjectName(QStringLiteral("openConflictRecordButton"));
    m_showDecided = new QCheckBox(tr("Show &decided"), this);
    m_showDecided->setObjectName(QStringLiteral("showDecidedConflicts"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("conflictCount"));

    m_model = new ConflictModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConflictModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conflictTable"));
    m_view->setModel(m_proxy);
    // Record, field, ours, theirs, state.
    ExchangePage::setUpTable(m_view, {30, 16, 28, 28, 14});
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->sortByColumn(ConflictModel::Received, Qt::DescendingOrder);

    m_empty = new QLabel(tr("No open conflicts: every imported change has been applied or decided."), this);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_keepOurs);
    top->addWidget(m_takeTheirs);
    top->addWidget(m_openRecord);
    top->addStretch(1);
    top->addWidget(m_showDecided);
    top->addSpacing(12);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_keepOurs, &QPushButton::clicked, this,
            [this] { runGuarded(this, [this] { resolveSelected(exchange::ConflictChoice::KeepOurs); }); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { runGuarded(this, [this] { resolveSelected(exchange::ConflictChoice::TakeTheirs); }); });
    connect(m_openRecord, &QPushButton::clicked, this, &ConflictsPanel::openSelectedRecord);
    connect(m_view, &QTableView::activated, this, &ConflictsPanel::openSelectedRecord);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ConflictsPanel::showContextMenu);
    connect(m_showDecided, &QCheckBox::toggled, this, [this] { runGuarded(this, [this] { reload(); }); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConflictsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConflictsPanel::updateButtons);

    // Deciding conflicts is the liaison's; others see them only.
    const bool manage = m_ws.context().can(security::Permission::ExchangeManage);
    m_keepOurs->setVisible(manage);
    m_takeTheirs->setVisible(manage);

    reload();
}

void ConflictsPanel::reload() {
    if (!m_ws.context().can(security::Permission::ExchangeRead))
        return;  // the page hides this panel; reading would only be refused
    auto conflicts = m_ws.bundles.conflicts(!m_showDecided->isChecked());
    if (!conflicts) {
        emit statusMessage(ExchangePage::describeError(conflicts.error()));
        return;
    }
    m_model->setConflicts(std::move(conflicts).value());
    updateButtons();
}

int ConflictsPanel::openCount() const { return m_model->openCount(); }

std::vector<std::int64_t> ConflictsPanel::selectedOpenIds() const {
    std::vector<std::int64_t> ids;
    std::set<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        rows.insert(m_proxy->mapToSource(index).row());
    for (int row : rows)
        if (const exchange::ImportConflict* c = m_model->conflict(row); c && c->state == exchange::ConflictState::Open)
            ids.push_back(c->id);
    return ids;
}

int ConflictsPanel::resolveSelected(exchange::ConflictChoice choice) {
    const std::vector<std::int64_t> ids = selectedOpenIds();
    const bool keepDecided = m_showDecided->isChecked();
    std::set<std::int64_t> decided;
    for (std::int64_t id : ids) {
        const Status resolved = m_ws.bundles.resolveConflict(id, choice);
        if (!resolved) {
            emit statusMessage(tr("A conflict could not be decided. %1").arg(ExchangePage::describeError(resolved.error())));
            break;
        }
        decided.insert(id);
        if (!keepDecided)
            m_model->remove(id);
    }
    if (keepDecided && !decided.empty()) {
        // Shown with their decision: read them back as core stored them.
        if (auto all = m_ws.bundles.conflicts(false)) {
            for (exchange::ImportConflict& c : *all)
                if (decided.count(c.id))
                    m_model->update(std::move(c));
        }
    }
    const int count = static_cast<int>(decided.size());
    if (count > 0) {
        emit statusMessage(choice == exchange::ConflictChoice::KeepOurs
                               ? tr("Kept our value for %n conflict(s).", "", count)
                               : tr("Took the partner's value for %n conflict(s).", "", count));
        emit conflictsChanged();
    }
    updateButtons();
    return count;
}

void ConflictsPanel::openSelectedRecord() {
    const QModelIndex current = m_view->currentIndex();
    const exchange::ImportConflict* c = current.isValid() ? m_model->conflict(m_proxy->mapToSource(current).row()) : nullptr;
    if (!c)
        return;
    if (c->kind == "case")
        emit caseRequested(qs(c->recordUuid));
    else if (c->kind == "person")
        emit personRequested(qs(c->recordUuid));
    else if (c->kind == "organisation")
        emit organisationRequested(qs(c->recordUuid));
    else if (!c->caseUuid.empty())
        emit caseRequested(qs(c->caseUuid));
}

void ConflictsPanel::showContextMenu(const QPoint& pos) {
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    if (m_ws.context().can(security::Permission::ExchangeManage)) {
        menu.addAction(m_keepOurs->text(), this, [this] { resolveSelected(exchange::ConflictChoice::KeepOurs); })
            ->setEnabled(m_keepOurs->isEnabled());
        menu.addAction(m_takeTheirs->text(), this, [this] { resolveSelected(exchange::ConflictChoice::TakeTheirs); })
            ->setEnabled(m_takeTheirs->isEnabled());
        menu.addSeparator();
    }
    menu.addAction(m_openRecord->text(), this, &ConflictsPanel::openSelectedRecord);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ConflictsPanel::updateButtons() {
    const bool anyOpen = !selectedOpenIds().empty();
    m_keepOurs->setEnabled(anyOpen);
    m_takeTheirs->setEnabled(anyOpen);
    m_openRecord->setEnabled(m_view->currentIndex().isValid());
    m_count->setText(tr("%n open conflict(s)", "", m_model->openCount()));
    m_empty->setVisible(m_model->rowCount() == 0);
}

}  // namespace lintas::ui
