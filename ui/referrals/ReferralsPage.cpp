#include "referrals/ReferralsPage.h"

#include "cases/tabs/TabText.h"
#include "common/Guard.h"
#include "persons/EditPrompter.h"
#include "persons/PersonText.h"
#include "referrals/ReferralFilterProxy.h"
#include "referrals/ReferralGroupProxy.h"
#include "referrals/ReferralTableModel.h"
#include "referrals/ReferralText.h"
#include "referrals/ReferralTimelineModel.h"

#include "lintas/service/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace lintas::ui {
namespace {

/// The most referrals the board loads at once (soonest due first); filters narrow it in core.
constexpr int kBoardLimit = 5000;
constexpr int kHistoryLimit = 1000;

enum class Grouping { None, State, Service };

/// Who records a move. Lintas has no sign-in yet: the operating-system account is who is at the
/// workstation.
std::string currentUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.left(200).toStdString();
}

std::optional<std::string> chosen(const QComboBox* combo) {
    const QString code = combo->currentData().toString();
    if (code.isEmpty())
        return std::nullopt;
    return code.toStdString();
}

void choose(QComboBox* combo, const std::optional<std::string>& code, const QString& textIfUnknown = {}) {
    const QString value = code ? QString::fromStdString(*code) : QString();
    int row = combo->findData(value);
    if (row < 0) {
        combo->addItem(textIfUnknown.isEmpty() ? value : textIfUnknown, value);
        row = combo->count() - 1;
    }
    combo->setCurrentIndex(row);
}

}  // namespace

struct ReferralsPage::Impl {
    ReferralsPage* q;
    Workspace& ws;
    std::shared_ptr<EditPrompter> prompter = std::make_shared<MessageBoxPrompter>();

    QComboBox* statusFilter = nullptr;
    QComboBox* serviceFilter = nullptr;
    QComboBox* providerFilter = nullptr;
    QComboBox* officerFilter = nullptr;
    QCheckBox* overdueOnly = nullptr;
    QComboBox* groupBy = nullptr;
    QLabel* scopeLabel = nullptr;
    QToolButton* clearScope = nullptr;
    QLabel* countLabel = nullptr;
    QWidget* moveBar = nullptr;
    QHBoxLayout* moveLayout = nullptr;
    QLabel* moveHint = nullptr;
    QPushButton* openCase = nullptr;
    QPushButton* openVictim = nullptr;

    ReferralTableModel* model = nullptr;
    ReferralFilterProxy* filter = nullptr;
    ReferralGroupProxy* groups = nullptr;
    QTreeView* board = nullptr;

    QLabel* timelineTitle = nullptr;
    ReferralTimelineModel* timelineModel = nullptr;
    QTableView* timeline = nullptr;

    std::optional<std::string> scopeCase;
    std::optional<std::string> scopeVictim;
    std::map<std::string, std::string> providers;  // uuid → name, learnt from the referrals seen
    std::set<std::string> officers;
    QString timelineVictim;
    bool applying = false;  // widgets are being set from a query

    Impl(ReferralsPage* page, Workspace& workspace) : q(page), ws(workspace) {}

    void build();
    [[nodiscard]] ReferralQuery query() const;
    void load();
    void learnChoices();
    void refreshChoices();
    void updateCount();
    void setGrouping(Grouping grouping);
    [[nodiscard]] QModelIndex toModel(const QModelIndex& viewIndex) const;
    [[nodiscard]] QModelIndex toView(int modelRow) const;
    [[nodiscard]] const Referral* selected() const;
    void select(const QString& uuid);
    void selectionChanged();
    void updateActions();
    void move(const std::string& toStatus);
    void refreshTimeline(bool force);
    void showContextMenu(const QPoint& pos);
    void updateScope();
};

void ReferralsPage::Impl::build() {
    statusFilter = new QComboBox(q);
    statusFilter->setObjectName(QStringLiteral("refStatusFilter"));
    statusFilter->addItem(ReferralsPage::tr("All states"), QString());
    for (const auto& [code, label] : ReferralText::choices(vocab::List::ReferralStatus))
        statusFilter->addItem(label, code);
    serviceFilter = new QComboBox(q);
    serviceFilter->setObjectName(QStringLiteral("refServiceFilter"));
    serviceFilter->addItem(ReferralsPage::tr("All services"), QString());
    for (const auto& [code, label] : ReferralText::choices(vocab::List::ServiceType))
        serviceFilter->addItem(label, code);
    providerFilter = new QComboBox(q);
    providerFilter->setObjectName(QStringLiteral("refProviderFilter"));
    providerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    providerFilter->setMinimumContentsLength(18);
    officerFilter = new QComboBox(q);
    officerFilter->setObjectName(QStringLiteral("refOfficerFilter"));
    officerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    officerFilter->setMinimumContentsLength(12);
    refreshChoices();
    overdueOnly = new QCheckBox(ReferralsPage::tr("O&verdue only"), q);
    overdueOnly->setObjectName(QStringLiteral("refOverdueOnly"));
    groupBy = new QComboBox(q);
    groupBy->setObjectName(QStringLiteral("refGroupBy"));
    groupBy->addItem(ReferralsPage::tr("No grouping"), static_cast<int>(Grouping::None));
    groupBy->addItem(ReferralsPage::tr("State"), static_cast<int>(Grouping::State));
    groupBy->addItem(ReferralsPage::tr("Service"), static_cast<int>(Grouping::Service));
    scopeLabel = new QLabel(q);
    scopeLabel->setObjectName(QStringLiteral("refScope"));
    clearScope = new QToolButton(q);
    clearScope->setObjectName(QStringLiteral("refClearScope"));
    clearScope->setText(ReferralsPage::tr("Show all"));

    auto labelled = [this](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, q);
        label->setBuddy(field);
        return label;
    };
    auto* filters = new QGridLayout;
    filters->addWidget(labelled(ReferralsPage::tr("S&tate:"), statusFilter), 0, 0);
    filters->addWidget(statusFilter, 0, 1);
    filters->addWidget(labelled(ReferralsPage::tr("S&ervice:"), serviceFilter), 0, 2);
    filters->addWidget(serviceFilter, 0, 3);
    filters->addWidget(labelled(ReferralsPage::tr("&Provider:"), providerFilter), 0, 4);
    filters->addWidget(providerFilter, 0, 5);
    filters->addWidget(labelled(ReferralsPage::tr("O&fficer:"), officerFilter), 0, 6);
    filters->addWidget(officerFilter, 0, 7);
    filters->addWidget(overdueOnly, 0, 8);
    filters->addWidget(labelled(ReferralsPage::tr("&Group by:"), groupBy), 0, 9);
    filters->addWidget(groupBy, 0, 10);
    filters->setColumnStretch(11, 1);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(clearScope);
    scopeRow->addStretch();
    countLabel = new QLabel(q);
    countLabel->setObjectName(QStringLiteral("refCount"));
    scopeRow->addWidget(countLabel);

    moveBar = new QWidget(q);
    moveBar->setObjectName(QStringLiteral("refMoveBar"));
    moveLayout = new QHBoxLayout(moveBar);
    moveLayout->setContentsMargins(0, 0, 0, 0);
    moveHint = new QLabel(q);
    moveHint->setObjectName(QStringLiteral("refMoveHint"));
    openCase = new QPushButton(ReferralsPage::tr("Open &case"), q);
    openCase->setObjectName(QStringLiteral("refOpenCase"));
    openVictim = new QPushButton(ReferralsPage::tr("Open v&ictim"), q);
    openVictim->setObjectName(QStringLiteral("refOpenVictim"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(moveHint);
    actions->addWidget(moveBar);
    actions->addStretch();
    actions->addWidget(openVictim);
    actions->addWidget(openCase);

    model = new ReferralTableModel(q);
    model->setToday(ws.context().today());
    filter = new ReferralFilterProxy(q);
    filter->setSourceModel(model);
    groups = new ReferralGroupProxy(q);
    groups->setSourceModel(filter);
    board = new QTreeView(q);
    board->setObjectName(QStringLiteral("refBoard"));
    board->setSelectionBehavior(QAbstractItemView::SelectRows);
    board->setSelectionMode(QAbstractItemView::SingleSelection);
    board->setEditTriggers(QAbstractItemView::NoEditTriggers);
    board->setUniformRowHeights(true);
    board->setAllColumnsShowFocus(true);
    board->setAlternatingRowColors(false);  // the overdue tint must not compete with stripes
    board->setSortingEnabled(true);
    board->setContextMenuPolicy(Qt::CustomContextMenu);
    setGrouping(Grouping::None);
    // Overdue first, then open, then finished referrals, each soonest due first (core's order).
    board->sortByColumn(ReferralTableModel::OverdueColumn, Qt::AscendingOrder);
    QHeaderView* header = board->header();
    header->setStretchLastSection(true);
    header->resizeSection(ReferralTableModel::VictimColumn, 190);
    header->resizeSection(ReferralTableModel::CaseColumn, 200);
    header->resizeSection(ReferralTableModel::ServiceColumn, 150);
    header->resizeSection(ReferralTableModel::ProviderColumn, 200);
    header->resizeSection(ReferralTableModel::OfficerColumn, 110);
    header->resizeSection(ReferralTableModel::StatusColumn, 100);
    header->resizeSection(ReferralTableModel::DueDateColumn, 95);
    header->resizeSection(ReferralTableModel::OverdueColumn, 110);

    timelineTitle = new QLabel(q);
    timelineTitle->setObjectName(QStringLiteral("refTimelineTitle"));
    timelineTitle->setWordWrap(true);
    timelineTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = timelineTitle->font();
    titleFont.setBold(true);
    timelineTitle->setFont(titleFont);
    timelineTitle->setText(ReferralsPage::tr("Select a referral to see the victim's referral history."));
    timelineModel = new ReferralTimelineModel(q);
    timeline = new QTableView(q);
    timeline->setObjectName(QStringLiteral("refTimeline"));
    timeline->setModel(timelineModel);
    timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    timeline->verticalHeader()->setVisible(false);
    timeline->horizontalHeader()->setStretchLastSection(true);
    timeline->horizontalHeader()->resizeSection(ReferralTimelineModel::WhenColumn, 125);
    timeline->horizontalHeader()->resizeSection(ReferralTimelineModel::ReferralColumn, 320);
    timeline->horizontalHeader()->resizeSection(ReferralTimelineModel::ChangeColumn, 190);
    timeline->horizontalHeader()->resizeSection(ReferralTimelineModel::ByColumn, 120);
    timeline->setWordWrap(false);
    auto* side = new QWidget(q);
    side->setObjectName(QStringLiteral("refTimelinePanel"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(timelineTitle);
    sideLayout->addWidget(timeline, 1);

    auto* splitter = new QSplitter(Qt::Vertical, q);
    splitter->setObjectName(QStringLiteral("referralsSplitter"));
    splitter->addWidget(board);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(q);
    layout->addLayout(filters);
    layout->addLayout(scopeRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    const auto reloadOnChange = [this] {
        if (!applying)
            runGuarded(q, [this] { load(); });
    };
    for (QComboBox* combo : {statusFilter, serviceFilter, providerFilter, officerFilter})
        connect(combo, &QComboBox::currentIndexChanged, q, reloadOnChange);
    connect(overdueOnly, &QCheckBox::toggled, q, reloadOnChange);
    connect(groupBy, &QComboBox::currentIndexChanged, q,
            [this] { setGrouping(static_cast<Grouping>(groupBy->currentData().toInt())); });
    connect(clearScope, &QToolButton::clicked, q, [this] {
        scopeCase.reset();
        scopeVictim.reset();
        runGuarded(q, [this] { load(); });
    });
    connect(board, &QTreeView::customContextMenuRequested, q, [this](const QPoint& pos) { showContextMenu(pos); });
    connect(board, &QTreeView::activated, q, [this](const QModelIndex& index) {
        const QModelIndex m = toModel(index);
        if (!m.isValid())
            return;
        if (index.column() == ReferralTableModel::VictimColumn)
            emit q->personRequested(m.data(ReferralTableModel::VictimUuidRole).toString());
        else
            emit q->caseRequested(m.data(ReferralTableModel::CaseUuidRole).toString());
    });
    connect(openCase, &QPushButton::clicked, q, [this] {
        if (const Referral* r = selected())
            emit q->caseRequested(QString::fromStdString(r->caseUuid));
    });
    connect(openVictim, &QPushButton::clicked, q, [this] {
        if (const Referral* r = selected())
            emit q->personRequested(QString::fromStdString(r->victimUuid));
    });
    // Rows leaving or entering the filter change the count and what can be done.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(filter, signal, q, [this] { updateCount(); });

    // A group appearing (a referral moved into a new state) opens like the others.
    connect(groups, &QAbstractItemModel::rowsInserted, board, [this](const QModelIndex& parent, int first, int last) {
        if (board->model() != groups || parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            board->expand(groups->index(row, 0));
    });

    updateScope();
    load();
}

ReferralQuery ReferralsPage::Impl::query() const {
    ReferralQuery query;
    query.status = chosen(statusFilter);
    query.service = chosen(serviceFilter);
    query.providerUuid = chosen(providerFilter);
    query.officer = chosen(officerFilter);
    query.overdueOnly = overdueOnly && overdueOnly->isChecked();
    query.caseUuid = scopeCase;
    query.victimUuid = scopeVictim;
    query.limit = kBoardLimit;
    return query;
}

void ReferralsPage::Impl::load() {
    const Referral* current = selected();
    const QString keep = current ? QString::fromStdString(current->uuid) : QString();
    const ReferralQuery wanted = query();
    model->setToday(ws.context().today());
    auto referrals = ws.referrals.list(wanted);
    if (!referrals) {
        emit q->statusMessage(PersonText::problemWithField(referrals.error()));
        return;
    }
    filter->setQuery(wanted);
    model->setReferrals(std::move(referrals).value());
    learnChoices();
    updateScope();
    updateCount();
    if (!keep.isEmpty())
        select(keep);
    if (groups == board->model())
        board->expandAll();
    selectionChanged();
}

void ReferralsPage::Impl::learnChoices() {
    std::size_t before = providers.size() + officers.size();
    for (const Referral& r : model->referrals()) {
        if (r.providerUuid)
            providers.emplace(*r.providerUuid, r.providerName);
        if (!r.officer.empty())
            officers.insert(r.officer);
    }
    if (providers.size() + officers.size() != before)
        refreshChoices();
}

void ReferralsPage::Impl::refreshChoices() {
    const bool wasApplying = applying;
    applying = true;
    const auto provider = chosen(providerFilter);
    providerFilter->clear();
    providerFilter->addItem(ReferralsPage::tr("All providers"), QString());
    std::vector<std::pair<QString, QString>> byName;
    for (const auto& [uuid, name] : providers)
        byName.emplace_back(QString::fromStdString(name), QString::fromStdString(uuid));
    std::sort(byName.begin(), byName.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto& [name, uuid] : byName)
        providerFilter->addItem(name, uuid);
    choose(providerFilter, provider);

    const auto officer = chosen(officerFilter);
    officerFilter->clear();
    officerFilter->addItem(ReferralsPage::tr("All officers"), QString());
    for (const std::string& name : officers)
        officerFilter->addItem(QString::fromStdString(name), QString::fromStdString(name));
    choose(officerFilter, officer);
    applying = wasApplying;
}

void ReferralsPage::Impl::updateCount() {
    const int shown = filter->rowCount();
    int late = 0;
    for (int row = 0; row < shown; ++row)
        if (filter->index(row, 0).data(ReferralTableModel::OverdueRole).toBool())
            ++late;
    QString text = ReferralsPage::tr("%n referral(s)", "", shown);
    if (late > 0)
        //: Appended to the number of referrals shown; %n of them are overdue.
        text += ReferralsPage::tr(", %n overdue", "", late);
    if (model->rowCount() >= kBoardLimit)
        //: %1 is how many referrals the board loads at most.
        text += ReferralsPage::tr(" (the first %1 by due date; narrow the filters to see others)").arg(kBoardLimit);
    countLabel->setText(text);
}

void ReferralsPage::Impl::updateScope() {
    QStringList parts;
    if (scopeCase) {
        auto c = ws.cases.get(*scopeCase);
        parts << ReferralsPage::tr("Only case %1").arg(c ? QString::fromStdString(c->reference)
                                                          : QString::fromStdString(*scopeCase));
    }
    if (scopeVictim) {
        auto p = ws.persons.get(*scopeVictim);
        if (p && p->identityMasked)
            //: The referral list is limited to one victim, whose name is hidden.
            parts << ReferralsPage::tr("Only one victim (identity hidden)");
        else
            parts << ReferralsPage::tr("Only victim %1").arg(p ? QString::fromStdString(p->displayName())
                                                                : QString::fromStdString(*scopeVictim));
    }
    scopeLabel->setText(parts.join(QStringLiteral(" · ")));
    scopeLabel->setVisible(!parts.isEmpty());
    clearScope->setVisible(!parts.isEmpty());
}

void ReferralsPage::Impl::setGrouping(Grouping grouping) {
    const Referral* current = selected();
    const QString keep = current ? QString::fromStdString(current->uuid) : QString();
    if (grouping != Grouping::None)
        groups->setGroupBy(grouping == Grouping::State ? ReferralGroupProxy::GroupBy::State
                                                       : ReferralGroupProxy::GroupBy::Service);
    QAbstractItemModel* wanted = grouping == Grouping::None ? static_cast<QAbstractItemModel*>(filter) : groups;
    if (board->model() != wanted) {
        const QByteArray columns = board->header()->saveState();
        // The view makes a new selection model for the new model and leaves the old one to us.
        QItemSelectionModel* old = board->selectionModel();
        board->setModel(wanted);
        delete old;
        board->header()->restoreState(columns);
        connect(board->selectionModel(), &QItemSelectionModel::currentRowChanged, q,
                [this] { runGuarded(q, [this] { selectionChanged(); }); });
    }
    board->setRootIsDecorated(grouping != Grouping::None);
    if (grouping != Grouping::None)
        board->expandAll();
    if (!keep.isEmpty())
        select(keep);
    selectionChanged();
}

QModelIndex ReferralsPage::Impl::toModel(const QModelIndex& viewIndex) const {
    QModelIndex index = viewIndex;
    if (index.model() == groups)
        index = groups->mapToSource(index);
    if (index.model() == filter)
        index = filter->mapToSource(index);
    return index.model() == model ? index : QModelIndex();
}

QModelIndex ReferralsPage::Impl::toView(int modelRow) const {
    QModelIndex index = filter->mapFromSource(model->index(modelRow, 0));
    if (board->model() == groups)
        index = groups->mapFromSource(index);
    return index;
}

const Referral* ReferralsPage::Impl::selected() const {
    if (!board)
        return nullptr;
    const QModelIndex index = toModel(board->currentIndex());
    return index.isValid() ? model->referralAt(index.row()) : nullptr;
}

void ReferralsPage::Impl::select(const QString& uuid) {
    const int row = model->rowOf(uuid);
    const QModelIndex index = row >= 0 ? toView(row) : QModelIndex();
    if (!index.isValid())
        return;
    board->setCurrentIndex(index);
    board->scrollTo(index);
}

void ReferralsPage::Impl::selectionChanged() {
    updateActions();
    refreshTimeline(false);
}

void ReferralsPage::Impl::updateActions() {
    while (QLayoutItem* item = moveLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Referral* r = selected();
    openCase->setEnabled(r != nullptr);
    openVictim->setEnabled(r != nullptr);
    if (!r) {
        moveHint->setText(ReferralsPage::tr("Select a referral to move it."));
        return;
    }
    // Only the moves core's lifecycle allows from this state are offered.
    const std::vector<std::string> next = referral_rules::nextStates(r->status);
    if (next.empty()) {
        moveHint->setText(ReferralsPage::tr("This referral is %1: its lifecycle has ended.")
                              .arg(ReferralText::label(vocab::List::ReferralStatus, r->status)));
        return;
    }
    moveHint->setText(ReferralsPage::tr("Move to:"));
    for (const std::string& to : next) {
        auto* button = new QPushButton(ReferralText::moveText(to), moveBar);
        button->setObjectName(QStringLiteral("refMove") + QString::fromStdString(to));
        button->setToolTip(ReferralText::moveToolTip(to));
        connect(button, &QPushButton::clicked, q, [this, to] { runGuarded(q, [&] { move(to); }); });
        moveLayout->addWidget(button);
    }
}

void ReferralsPage::Impl::move(const std::string& toStatus) {
    const Referral* r = selected();
    if (!r)
        return;
    const Referral before = *r;
    //: Names a referral in questions and messages: %1 the service, %2 the victim.
    const QString name = ReferralsPage::tr("%1 for %2")
                             .arg(ReferralText::label(vocab::List::ServiceType, before.service),
                                  TabText::personName(before.victimName));
    std::optional<std::string> outcome;
    if (toStatus == "Completed") {
        const std::optional<QString> answer = prompter->askOutcome(q, name);
        if (!answer)
            return;
        if (!answer->isEmpty())
            outcome = answer->toStdString();
    }
    auto moved = ws.referrals.move(before.uuid, toStatus, currentUser(), {}, outcome);
    if (!moved) {
        emit q->statusMessage(ReferralsPage::tr("%1 was not moved. %2").arg(name, PersonText::problem(moved.error())));
        // Someone may have moved it meanwhile: show what is stored now.
        if (auto stored = ws.referrals.get(before.uuid))
            model->updateReferral(*stored);
        selectionChanged();
        return;
    }
    model->updateReferral(*moved);  // one row changes; the board is not reset
    updateCount();
    selectionChanged();
    refreshTimeline(true);
    emit q->dataChanged();
    emit q->statusMessage(ReferralsPage::tr("%1: %2.")
                              .arg(name, ReferralText::label(vocab::List::ReferralStatus, moved->status)));
}

void ReferralsPage::Impl::refreshTimeline(bool force) {
    const Referral* r = selected();
    if (!r) {
        if (timelineVictim.isEmpty() && !force)
            return;
        timelineVictim.clear();
        timelineModel->setHistory({});
        timelineTitle->setText(ReferralsPage::tr("Select a referral to see the victim's referral history."));
        return;
    }
    const QString victim = QString::fromStdString(r->victimUuid);
    const QString uuid = QString::fromStdString(r->uuid);
    if (victim == timelineVictim && !force) {
        timelineModel->setHighlighted(uuid);
        return;
    }
    ReferralQuery ofVictim;
    ofVictim.victimUuid = r->victimUuid;
    ofVictim.limit = kHistoryLimit;
    const std::string victimName = r->victimName;
    auto referrals = ws.referrals.list(ofVictim);
    if (!referrals) {
        emit q->statusMessage(PersonText::problemWithField(referrals.error()));
        return;
    }
    std::vector<ReferralTimelineModel::Entry> entries;
    for (Referral& referral : *referrals) {
        auto history = ws.referrals.history(referral.uuid);
        if (!history) {
            emit q->statusMessage(PersonText::problemWithField(history.error()));
            continue;
        }
        entries.push_back(ReferralTimelineModel::Entry{std::move(referral), std::move(history).value()});
    }
    timelineVictim = victim;
    timelineModel->setHistory(entries);
    timelineModel->setHighlighted(uuid);
    if (TabText::isMaskedName(victimName))
        //: Above one victim's referrals when her name is hidden; %n how many referrals she has.
        timelineTitle->setText(ReferralsPage::tr("Referral history of this victim, identity hidden (%n referral(s))",
                                                 "", static_cast<int>(entries.size())));
    else
        //: %1 is the victim's name, %n how many referrals they have.
        timelineTitle->setText(ReferralsPage::tr("Referral history of %1 (%n referral(s))", "",
                                                 static_cast<int>(entries.size()))
                                   .arg(QString::fromStdString(victimName)));
    timeline->scrollToBottom();
}

void ReferralsPage::Impl::showContextMenu(const QPoint& pos) {
    const QModelIndex index = board->indexAt(pos);
    if (!toModel(index).isValid())
        return;
    board->setCurrentIndex(index);
    const Referral* r = selected();
    if (!r)
        return;
    QMenu menu(q);
    for (const std::string& to : referral_rules::nextStates(r->status)) {
        QAction* action = menu.addAction(ReferralText::moveText(to));
        action->setObjectName(QStringLiteral("refMenuMove") + QString::fromStdString(to));
        connect(action, &QAction::triggered, q, [this, to] { runGuarded(q, [&] { move(to); }); });
    }
    menu.addSeparator();
    connect(menu.addAction(ReferralsPage::tr("Open victim")), &QAction::triggered, openVictim, &QPushButton::click);
    connect(menu.addAction(ReferralsPage::tr("Open case")), &QAction::triggered, openCase, &QPushButton::click);
    menu.exec(board->viewport()->mapToGlobal(pos));
}

ReferralsPage::ReferralsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent), d(std::make_unique<Impl>(this, workspace)) {
    runGuarded(this, [this] { d->build(); });
}

ReferralsPage::~ReferralsPage() = default;

void ReferralsPage::setPrompter(std::shared_ptr<EditPrompter> prompter) {
    if (prompter)
        d->prompter = std::move(prompter);
}

void ReferralsPage::reload() {
    runGuarded(this, [this] { d->load(); });
}

void ReferralsPage::applyFilter(const ReferralQuery& query) {
    runGuarded(this, [&] {
        d->applying = true;
        choose(d->statusFilter, query.status);
        choose(d->serviceFilter, query.service);
        QString providerName;
        if (query.providerUuid) {
            if (auto providers = workspace().organisations.serviceProviders()) {
                for (const auto& org : *providers)
                    if (org.meta.uuid == *query.providerUuid)
                        providerName = QString::fromStdString(org.name);
            }
        }
        choose(d->providerFilter, query.providerUuid, providerName);
        choose(d->officerFilter, query.officer);
        d->overdueOnly->setChecked(query.overdueOnly);
        d->scopeCase = query.caseUuid;
        d->scopeVictim = query.victimUuid;
        d->applying = false;
        d->load();
    });
}

}  // namespace lintas::ui
