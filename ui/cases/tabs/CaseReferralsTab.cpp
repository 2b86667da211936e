#include "cases/tabs/CaseReferralsTab.h"

#include "cases/tabs/CaseReferralModel.h"
#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/NewReferralDialog.h"
#include "cases/tabs/TabText.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {

CaseReferralsTab::CaseReferralsTab(lintas::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("caseReferralsTab"));
    m_model = new CaseReferralModel(this);
    m_model->setObjectName(QStringLiteral("referralModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_new = new QPushButton(tr("&New referral…"), this);
    m_new->setObjectName(QStringLiteral("newReferral"));
    connect(m_new, &QPushButton::clicked, this, &CaseReferralsTab::newReferral);

    auto* top = new QHBoxLayout;
    top->addWidget(m_new);
    top->addStretch(1);
    m_movesLabel = new QLabel(this);
    m_movesLabel->setObjectName(QStringLiteral("nextStepLabel"));
    m_movesLabel->setTextFormat(Qt::PlainText);
    top->addWidget(m_movesLabel);
    // One action per target state; each is shown only while core allows that move.
    for (const vocab::Term& term : vocab::terms(vocab::List::ReferralStatus)) {
        const std::string status(term.code);
        if (status == "Requested")
            continue;  // the start of the lifecycle, never a move target
        auto* action = new QAction(TabText::referralMoveText(status), this);
        action->setObjectName(QStringLiteral("moveReferral_") + qs(status));
        //: Tooltip of a lifecycle button; %1 is the referral status it moves to.
        action->setToolTip(tr("Move the selected referral to “%1”")
                               .arg(TabText::label(vocab::List::ReferralStatus, status)));
        action->setVisible(false);
        connect(action, &QAction::triggered, this, [this, status] { moveSelected(qs(status)); });
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("moveButton_") + qs(status));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // A tool button follows its action's text and state, but not its visibility.
        button->setVisible(false);
        connect(action, &QAction::visibleChanged, button, [button, action] { button->setVisible(action->isVisible()); });
        top->addWidget(button);
        m_moves.insert(qs(status), action);
    }

    m_loadError = FieldErrors::makeErrorLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadError"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("referralsView"));
    m_view->setAccessibleName(tr("Referrals of this case"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CaseReferralModel::ProviderColumn, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        for (QAction* action : std::as_const(m_moves))
            if (action->isVisible())
                menu.addAction(action);
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit personRequested(index.data(CaseReferralModel::VictimUuidRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseReferralsTab::updateActions);

    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("referralHistory"));
    m_history->setTextFormat(Qt::PlainText);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_loadError);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_history);
    updateActions();
}

CaseReferralsTab::~CaseReferralsTab() = default;

void CaseReferralsTab::setCase(const QString& caseUuid) {
    runGuarded(this, [&] {
        m_caseUuid = caseUuid;
        reload();
    });
}

void CaseReferralsTab::reload() {
    m_loadError->hide();
    m_victims.clear();
    std::vector<Referral> rows;
    if (!m_caseUuid.isEmpty()) {
        if (auto parties = m_ws.cases.parties(ss(m_caseUuid))) {
            const auto names = TabText::partyNames(*parties);
            for (const CaseParty& p : *parties)
                if (p.role == "Victim")
                    m_victims.push_back({qs(p.personUuid), names.at(p.personUuid)});
            m_model->setVictimNames(names);
        }
        ReferralQuery query;
        query.caseUuid = ss(m_caseUuid);
        auto referrals = m_ws.referrals.list(query);
        if (!referrals) {
            m_loadError->setText(TabText::errorSentence(referrals.error()));
            m_loadError->show();
        } else {
            rows = std::move(referrals).value();
        }
    }
    m_model->setReferrals(std::move(rows), m_ws.context().today());
    updateActions();
}

QString CaseReferralsTab::selectedUuid() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CaseReferralModel::UuidRole).toString() : QString();
}

void CaseReferralsTab::updateActions() {
    m_new->setEnabled(!m_caseUuid.isEmpty() && !m_victims.isEmpty());
    m_new->setToolTip(m_victims.isEmpty() ? tr("Add a victim to the case first (People tab)") : QString());
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const std::string status = current.isValid() ? ss(current.data(CaseReferralModel::StatusCodeRole).toString())
                                                 : std::string();
    const std::vector<std::string> next = status.empty() ? std::vector<std::string>{}
                                                         : referral_rules::nextStates(status);
    for (auto it = m_moves.begin(); it != m_moves.end(); ++it)
        it.value()->setVisible(std::find(next.begin(), next.end(), ss(it.key())) != next.end());
    if (!current.isValid())
        m_movesLabel->clear();
    else if (next.empty())
        m_movesLabel->setText(tr("This referral is finished: no further steps."));
    else
        //: Before the buttons that move the selected referral on (Accept, Start, …).
        m_movesLabel->setText(tr("Next step:"));

    m_history->clear();
    if (!current.isValid())
        return;
    runGuarded(this, [&] {
        auto history = m_ws.referrals.history(ss(current.data(CaseReferralModel::UuidRole).toString()));
        if (!history)
            return;
        QStringList steps;
        for (const ReferralTransition& t : *history)
            //: One step of a referral's history: %1 the status, %2 when it was reached.
            steps << tr("%1 %2").arg(TabText::label(vocab::List::ReferralStatus, t.toStatus), TabText::timestamp(t.at));
        //: %1 is the list of lifecycle steps of the selected referral.
        m_history->setText(tr("History: %1").arg(steps.join(QStringLiteral(" → "))));
    });
}

void CaseReferralsTab::selectReferral(const QString& uuid) {
    const int row = m_model->rowOfKey(ss(uuid));
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CaseReferralsTab::moveSelected(const QString& toStatus) {
    runGuarded(this, [&] {
        const QString uuid = selectedUuid();
        if (uuid.isEmpty())
            return;
        const std::string to = ss(toStatus);
        if (referral_rules::isTerminal(to)) {
            // Ending the lifecycle cannot be undone: make sure it was meant.
            const QString question =
                //: %1 is the final referral status, e.g. Completed.
                tr("Mark the selected referral as “%1”? This ends its lifecycle and cannot be undone.")
                    .arg(TabText::label(vocab::List::ReferralStatus, to));
            if (QMessageBox::question(this, tr("Referral"), question, QMessageBox::Yes | QMessageBox::No,
                                      QMessageBox::No) != QMessageBox::Yes)
                return;
        }
        auto moved = m_ws.referrals.move(ss(uuid), to);
        if (!moved) {
            QMessageBox::warning(this, tr("Referral"), TabText::errorSentence(moved.error()));
            reload();
            return;
        }
        reload();
        selectReferral(uuid);
        emit changed();
    });
}

void CaseReferralsTab::newReferral() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        auto* dialog = new NewReferralDialog(m_ws, m_caseUuid, m_victims, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            runGuarded(this, [&] {
                reload();
                selectReferral(dialog->createdUuid());
                emit changed();
            });
        });
        dialog->open();
    });
}

}  // namespace lintas::ui
