#include "referrals/ReferralsPage.h"

#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "persons/EditPrompter.h"
#include "referrals/ReferralFilterProxy.h"
#include "referrals/ReferralGroupProxy.h"
#include "referrals/ReferralTableModel.h"
#include "referrals/ReferralText.h"
#include "referrals/ReferralTimelineModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QIcon>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <deque>
#include <functional>

namespace lintas::test {
namespace {

using ui::ReferralGroupProxy;
using ui::ReferralTableModel;
using ui::ReferralTimelineModel;

class ScriptedPrompter : public ui::EditPrompter {
public:
    std::deque<std::optional<QString>> outcomes;
    int outcomeQuestions = 0;

    LeaveChoice askLeave(QWidget*, const QString&) override { return LeaveChoice::Cancel; }
    ConflictChoice askConflict(QWidget*, const QString&) override { return ConflictChoice::Cancel; }
    std::optional<QString> askOutcome(QWidget*, const QString&) override {
        ++outcomeQuestions;
        if (outcomes.empty())
            return std::nullopt;
        auto answer = outcomes.front();
        outcomes.pop_front();
        return answer;
    }
};

/// The problems QAbstractItemModelTester reports about `model` while `action` runs (the tester
/// watches every signal the model sends meanwhile).
std::vector<std::string> modelTesterProblemsWhile(QAbstractItemModel* model, const std::function<void()>& action) {
    static std::vector<std::string>* sink = nullptr;
    std::vector<std::string> problems;
    sink = &problems;
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
                QByteArray(context.category).startsWith("qt.modeltest"))
                sink->push_back(message.toStdString());
        });
    {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
        action();
    }
    qInstallMessageHandler(previous);
    sink = nullptr;
    return problems;
}

class ReferralsPageTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        const Case c = must(ws->cases.create(makeCase()));
        caseUuid = c.meta.uuid;
        caseReference = c.reference;
        dewi = must(ws->persons.create(makePerson("Dewi", "Lestari"))).meta.uuid;
        siti = must(ws->persons.create(makePerson("Siti", "Rahayu"))).meta.uuid;
        must(ws->cases.addParty(caseUuid, dewi, "Victim"));
        must(ws->cases.addParty(caseUuid, siti, "Victim"));
        Organisation shelter;
        shelter.name = "Rumah Aman Batam";
        shelter.type = "Shelter";
        shelterUuid = must(ws->organisations.create(shelter)).meta.uuid;
        Organisation clinic;
        clinic.name = "Klinik Sehat";
        clinic.type = "HealthServiceOrganisation";
        clinicUuid = must(ws->organisations.create(clinic)).meta.uuid;

        // Today is 2026-03-15 in every test workspace.
        overdueShelter = refer(dewi, "Shelter", shelterUuid, "vso.rina", "2026-03-10");
        acceptedMedical = refer(dewi, "Medical", clinicUuid, "vso.rina", "2026-03-20");
        must(ws->referrals.move(acceptedMedical, "Accepted", "vso.rina"));
        openPsychosocial = refer(siti, "Psychosocial", std::nullopt, "vso.agus", std::nullopt);
        completedShelter = refer(siti, "Shelter", shelterUuid, "vso.agus", "2026-03-01");
        for (const char* to : {"Accepted", "InProgress", "Completed"})
            must(ws->referrals.move(completedShelter, to, "vso.agus"));

        page = std::make_unique<ui::ReferralsPage>(*ws);
        prompter = std::make_shared<ScriptedPrompter>();
        page->setPrompter(prompter);
        page->resize(1500, 900);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        board = page->findChild<QTreeView*>(QStringLiteral("refBoard"));
        ASSERT_NE(board, nullptr);
    }

    std::string refer(const std::string& victim, const std::string& service, std::optional<std::string> provider,
                      const std::string& officer, std::optional<std::string> due) {
        Referral r;
        r.caseUuid = caseUuid;
        r.victimUuid = victim;
        r.service = service;
        r.providerUuid = std::move(provider);
        r.officer = officer;
        r.dueDate = std::move(due);
        return must(ws->referrals.create(r, officer)).uuid;
    }

    template <typename T> T* child(const QString& name) const { return page->findChild<T*>(name); }
    QComboBox* combo(const char* name) const { return child<QComboBox>(QString::fromLatin1(name)); }

    /// The board's index (column `column`) of the referral with `uuid`, at any depth.
    QModelIndex rowOf(const std::string& uuid, int column = 0) const {
        QAbstractItemModel* m = board->model();
        const QString key = QString::fromStdString(uuid);
        std::function<QModelIndex(const QModelIndex&)> find = [&](const QModelIndex& parent) -> QModelIndex {
            for (int row = 0; row < m->rowCount(parent); ++row) {
                const QModelIndex index = m->index(row, 0, parent);
                if (index.data(ReferralTableModel::UuidRole).toString() == key)
                    return m->index(row, column, parent);
                if (const QModelIndex inner = find(index); inner.isValid())
                    return inner;
            }
            return {};
        };
        return find({});
    }
    /// How many referrals the board shows (heading rows not counted).
    int referralRows() const {
        QAbstractItemModel* m = board->model();
        std::function<int(const QModelIndex&)> count = [&](const QModelIndex& parent) {
            int n = 0;
            for (int row = 0; row < m->rowCount(parent); ++row) {
                const QModelIndex index = m->index(row, 0, parent);
                n += index.data(ReferralGroupProxy::IsGroupRole).toBool() ? count(index) : 1;
            }
            return n;
        };
        return count({});
    }
    void selectReferral(const std::string& uuid) {
        const QModelIndex index = rowOf(uuid);
        ASSERT_TRUE(index.isValid()) << uuid;
        board->setCurrentIndex(index);
    }
    /// The target states of the move buttons on offer, in order.
    std::vector<std::string> offeredMoves() const {
        std::vector<std::string> out;
        for (QPushButton* b : child<QWidget>(QStringLiteral("refMoveBar"))->findChildren<QPushButton*>())
            out.push_back(b->objectName().mid(QStringLiteral("refMove").size()).toStdString());
        return out;
    }
    QPushButton* moveButton(const char* toStatus) const {
        return child<QPushButton>(QStringLiteral("refMove") + QString::fromLatin1(toStatus));
    }
    static void choose(QComboBox* c, const QString& code) {
        const int row = c->findData(code);
        ASSERT_GE(row, 0) << code.toStdString();
        c->setCurrentIndex(row);
    }
    std::vector<QString> timelineChanges() const {
        auto* view = child<QTableView>(QStringLiteral("refTimeline"));
        std::vector<QString> out;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            out.push_back(view->model()->index(row, ReferralTimelineModel::ChangeColumn).data().toString());
        return out;
    }

    std::string caseUuid, caseReference, dewi, siti, shelterUuid, clinicUuid;
    std::string overdueShelter, acceptedMedical, openPsychosocial, completedShelter;
    std::unique_ptr<ui::ReferralsPage> page;
    std::shared_ptr<ScriptedPrompter> prompter;
    QTreeView* board = nullptr;
};

TEST_F(ReferralsPageTest, ListsEveryReferralWithItsDetails) {
    EXPECT_EQ(referralRows(), 4);
    const QModelIndex row = rowOf(acceptedMedical);
    auto cell = [&](int column) { return row.siblingAtColumn(column).data().toString(); };
    // A referral's person is a victim: core hides her name and the list says so.
    EXPECT_EQ(cell(ReferralTableModel::VictimColumn), QStringLiteral("Victim (identity hidden)"));
    for (int column = 0; column < ReferralTableModel::ColumnCount; ++column)
        EXPECT_FALSE(cell(column).contains(QStringLiteral("Lestari"))) << column;
    EXPECT_EQ(cell(ReferralTableModel::CaseColumn), QString::fromStdString(caseReference));
    EXPECT_EQ(cell(ReferralTableModel::ServiceColumn), QStringLiteral("Medical care"));
    EXPECT_EQ(cell(ReferralTableModel::ProviderColumn), QStringLiteral("Klinik Sehat"));
    EXPECT_EQ(cell(ReferralTableModel::OfficerColumn), QStringLiteral("vso.rina"));
    EXPECT_EQ(cell(ReferralTableModel::StatusColumn), QStringLiteral("Accepted"));
    EXPECT_EQ(cell(ReferralTableModel::DueDateColumn), QStringLiteral("2026-03-20"));
    EXPECT_EQ(cell(ReferralTableModel::OverdueColumn), QString());
    // What needs attention first: overdue, then open ones soonest due (no due date last), then finished.
    std::vector<std::string> order;
    for (int r = 0; r < board->model()->rowCount(); ++r)
        order.push_back(board->model()->index(r, 0).data(ReferralTableModel::UuidRole).toString().toStdString());
    EXPECT_EQ(order, (std::vector<std::string>{overdueShelter, acceptedMedical, openPsychosocial, completedShelter}));
    EXPECT_EQ(labelText(*page, "refCount"), QStringLiteral("4 referral(s), 1 overdue"));
}

TEST_F(ReferralsPageTest, OverdueRowShowsTheWordAndAnIconAndATint) {
    const QModelIndex overdue = rowOf(overdueShelter, ReferralTableModel::OverdueColumn);
    EXPECT_EQ(overdue.data().toString(), QStringLiteral("Overdue"));
    EXPECT_FALSE(overdue.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_TRUE(overdue.data(ReferralTableModel::OverdueRole).toBool());
    // The whole row is tinted, not only the cell.
    EXPECT_TRUE(rowOf(overdueShelter, ReferralTableModel::VictimColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(overdue.data(Qt::ToolTipRole).toString(), QStringLiteral("Due 2026-03-10, 5 day(s) ago"));

    // Past due but finished is not overdue; due later is not overdue either.
    for (const std::string& uuid : {completedShelter, acceptedMedical, openPsychosocial}) {
        const QModelIndex other = rowOf(uuid, ReferralTableModel::OverdueColumn);
        EXPECT_EQ(other.data().toString(), QString()) << uuid;
        EXPECT_TRUE(other.data(Qt::DecorationRole).isNull()) << uuid;
        EXPECT_FALSE(rowOf(uuid).data(Qt::BackgroundRole).isValid()) << uuid;
    }
}

TEST_F(ReferralsPageTest, OffersOnlyTheMovesTheLifecycleAllows) {
    selectReferral(overdueShelter);  // Requested
    EXPECT_EQ(offeredMoves(), (std::vector<std::string>{"Accepted", "Declined", "Cancelled"}));
    EXPECT_EQ(offeredMoves(), referral_rules::nextStates("Requested"));
    EXPECT_EQ(moveButton("Completed"), nullptr);
    EXPECT_EQ(moveButton("InProgress"), nullptr);

    selectReferral(acceptedMedical);
    EXPECT_EQ(offeredMoves(), (std::vector<std::string>{"InProgress", "Cancelled"}));
    selectReferral(completedShelter);
    EXPECT_TRUE(offeredMoves().empty());
    EXPECT_TRUE(labelText(*page, "refMoveHint").contains(QStringLiteral("Completed")));
}

TEST_F(ReferralsPageTest, AcceptingUpdatesTheRowInPlaceAndTheVictimsTimeline) {
    selectReferral(overdueShelter);
    // Dewi's two referrals, without her name.
    EXPECT_EQ(labelText(*page, "refTimelineTitle"),
              QStringLiteral("Referral history of this victim, identity hidden (2 referral(s))"));
    const auto before = timelineChanges();
    QSignalSpy resets(board->model(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(page.get(), &ui::Page::dataChanged);

    QTest::mouseClick(moveButton("Accepted"), Qt::LeftButton);

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(rowOf(overdueShelter, ReferralTableModel::StatusColumn).data().toString(), QStringLiteral("Accepted"));
    // Still overdue: accepting does not deliver the service.
    EXPECT_EQ(rowOf(overdueShelter, ReferralTableModel::OverdueColumn).data().toString(), QStringLiteral("Overdue"));
    // The same referral stays selected, now offering the moves of its new state.
    EXPECT_EQ(board->currentIndex().data(ReferralTableModel::UuidRole).toString().toStdString(), overdueShelter);
    EXPECT_EQ(offeredMoves(), (std::vector<std::string>{"InProgress", "Cancelled"}));

    const auto history = must(ws->referrals.history(overdueShelter));
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].fromStatus, std::optional<std::string>("Requested"));
    EXPECT_EQ(history[1].toStatus, "Accepted");
    EXPECT_EQ(history[1].at, "2026-03-15T09:00:00Z");

    const auto after = timelineChanges();
    EXPECT_EQ(after.size(), before.size() + 1);
    EXPECT_NE(std::find(after.begin(), after.end(), QStringLiteral("Requested → Accepted")), after.end());
    // Dewi's timeline holds both her referrals: two creations, the medical acceptance, this move.
    EXPECT_EQ(std::count(after.begin(), after.end(), QStringLiteral("Referred (Requested)")), 2);
}

TEST_F(ReferralsPageTest, CompletingAsksForAnOptionalOutcome) {
    selectReferral(acceptedMedical);
    QTest::mouseClick(moveButton("InProgress"), Qt::LeftButton);
    ASSERT_NE(moveButton("Completed"), nullptr);

    prompter->outcomes = {std::nullopt};  // the officer cancels the question: nothing moves
    QTest::mouseClick(moveButton("Completed"), Qt::LeftButton);
    EXPECT_EQ(must(ws->referrals.get(acceptedMedical)).status, "InProgress");

    prompter->outcomes = {QStringLiteral("Treated for dehydration, follow-up in two weeks")};
    QTest::mouseClick(moveButton("Completed"), Qt::LeftButton);
    const Referral stored = must(ws->referrals.get(acceptedMedical));
    EXPECT_EQ(stored.status, "Completed");
    EXPECT_EQ(stored.outcome, "Treated for dehydration, follow-up in two weeks");
    EXPECT_EQ(prompter->outcomeQuestions, 2);
    EXPECT_TRUE(offeredMoves().empty());
}

TEST_F(ReferralsPageTest, FiltersByStateServiceProviderOfficerAndOverdue) {
    choose(combo("refStatusFilter"), QStringLiteral("Requested"));
    EXPECT_EQ(referralRows(), 2);
    choose(combo("refServiceFilter"), QStringLiteral("Shelter"));
    EXPECT_EQ(referralRows(), 1);
    choose(combo("refStatusFilter"), QString());
    EXPECT_EQ(referralRows(), 2);  // both shelter referrals
    choose(combo("refServiceFilter"), QString());
    EXPECT_EQ(referralRows(), 4);

    choose(combo("refProviderFilter"), QString::fromStdString(shelterUuid));
    EXPECT_EQ(referralRows(), 2);
    choose(combo("refProviderFilter"), QString());
    choose(combo("refOfficerFilter"), QStringLiteral("vso.agus"));
    EXPECT_EQ(referralRows(), 2);
    choose(combo("refOfficerFilter"), QString());

    child<QCheckBox>(QStringLiteral("refOverdueOnly"))->setChecked(true);
    ASSERT_EQ(referralRows(), 1);
    EXPECT_TRUE(rowOf(overdueShelter).isValid());
}

TEST_F(ReferralsPageTest, AMovedReferralLeavesAStateFilterItNoLongerMatches) {
    choose(combo("refStatusFilter"), QStringLiteral("Requested"));
    selectReferral(overdueShelter);
    QTest::mouseClick(moveButton("Accepted"), Qt::LeftButton);
    EXPECT_EQ(referralRows(), 1);
    EXPECT_FALSE(rowOf(overdueShelter).isValid());
    EXPECT_EQ(labelText(*page, "refCount"), QStringLiteral("1 referral(s)"));
}

TEST_F(ReferralsPageTest, GroupsByStateAndByService) {
    combo("refGroupBy")->setCurrentIndex(1);  // State
    QAbstractItemModel* m = board->model();
    ASSERT_EQ(m->rowCount(), 3);
    // Lifecycle order, with the number of referrals in each group.
    EXPECT_EQ(m->index(0, 0).data().toString(), QStringLiteral("Requested (2)"));
    EXPECT_EQ(m->index(1, 0).data().toString(), QStringLiteral("Accepted (1)"));
    EXPECT_EQ(m->index(2, 0).data().toString(), QStringLiteral("Completed (1)"));
    EXPECT_EQ(m->index(0, ReferralTableModel::OverdueColumn).data().toString(), QStringLiteral("1 overdue"));
    EXPECT_EQ(referralRows(), 4);

    combo("refGroupBy")->setCurrentIndex(2);  // Service
    m = board->model();
    ASSERT_EQ(m->rowCount(), 3);
    EXPECT_EQ(m->index(0, 0).data().toString(), QStringLiteral("Shelter (2)"));
    EXPECT_EQ(m->index(1, 0).data().toString(), QStringLiteral("Medical care (1)"));
    EXPECT_EQ(m->index(2, 0).data().toString(), QStringLiteral("Psychosocial support (1)"));
    EXPECT_EQ(m->rowCount(m->index(0, 0)), 2);

    // Grouped by service, a filter still applies.
    choose(combo("refStatusFilter"), QStringLiteral("Requested"));
    EXPECT_EQ(board->model()->rowCount(), 2);
    EXPECT_EQ(referralRows(), 2);
}

TEST_F(ReferralsPageTest, MovingInAGroupedBoardMovesTheRowToItsNewGroup) {
    combo("refGroupBy")->setCurrentIndex(1);  // State
    QAbstractItemModel* m = board->model();
    selectReferral(openPsychosocial);
    QSignalSpy resets(m, &QAbstractItemModel::modelAboutToBeReset);
    const auto problems = modelTesterProblemsWhile(m, [&] {
        QTest::mouseClick(moveButton("Declined"), Qt::LeftButton);  // a new group appears
        selectReferral(overdueShelter);
        QTest::mouseClick(moveButton("Cancelled"), Qt::LeftButton);  // "Requested" empties out
    });
    EXPECT_EQ(problems, std::vector<std::string>{});
    EXPECT_EQ(resets.count(), 0);
    std::vector<QString> headings;
    for (int row = 0; row < m->rowCount(); ++row)
        headings.push_back(m->index(row, 0).data().toString());
    EXPECT_EQ(headings, (std::vector<QString>{QStringLiteral("Accepted (1)"), QStringLiteral("Completed (1)"),
                                              QStringLiteral("Declined (1)"), QStringLiteral("Cancelled (1)")}));
    EXPECT_EQ(board->currentIndex().data(ReferralTableModel::UuidRole).toString().toStdString(), overdueShelter);
    EXPECT_EQ(board->currentIndex().parent().data(ReferralGroupProxy::GroupKeyRole).toString(),
              QStringLiteral("Cancelled"));
}

TEST_F(ReferralsPageTest, ApplyFilterSetsTheFilterWidgets) {
    ReferralQuery query;
    query.status = "Requested";
    query.service = "Shelter";
    query.overdueOnly = true;
    page->applyFilter(query);
    EXPECT_EQ(combo("refStatusFilter")->currentData().toString(), QStringLiteral("Requested"));
    EXPECT_EQ(combo("refServiceFilter")->currentData().toString(), QStringLiteral("Shelter"));
    EXPECT_TRUE(child<QCheckBox>(QStringLiteral("refOverdueOnly"))->isChecked());
    ASSERT_EQ(referralRows(), 1);
    EXPECT_TRUE(rowOf(overdueShelter).isValid());

    ReferralQuery ofVictim;
    ofVictim.victimUuid = siti;
    ofVictim.providerUuid = shelterUuid;
    page->applyFilter(ofVictim);
    EXPECT_EQ(combo("refStatusFilter")->currentData().toString(), QString());
    EXPECT_EQ(combo("refProviderFilter")->currentText(), QStringLiteral("Rumah Aman Batam"));
    EXPECT_FALSE(child<QCheckBox>(QStringLiteral("refOverdueOnly"))->isChecked());
    ASSERT_EQ(referralRows(), 1);
    EXPECT_TRUE(rowOf(completedShelter).isValid());
    EXPECT_EQ(labelText(*page, "refScope"), QStringLiteral("Only one victim (identity hidden)"));
    QTest::mouseClick(child<QToolButton>(QStringLiteral("refClearScope")), Qt::LeftButton);
    EXPECT_EQ(referralRows(), 2);  // both shelter referrals
}

TEST_F(ReferralsPageTest, ModelsPassQAbstractItemModelTester) {
    selectReferral(overdueShelter);
    auto* filter = qobject_cast<ui::ReferralFilterProxy*>(board->model());
    ASSERT_NE(filter, nullptr);
    QAbstractItemModel* source = filter->sourceModel();
    QAbstractItemModel* timeline = child<QTableView>(QStringLiteral("refTimeline"))->model();
    for (QAbstractItemModel* model : {source, static_cast<QAbstractItemModel*>(filter), timeline}) {
        EXPECT_GT(model->rowCount(), 0) << model->metaObject()->className();
        EXPECT_EQ(modelTesterProblems(model), std::vector<std::string>{}) << model->metaObject()->className();
    }
    for (int grouping : {1, 2}) {
        combo("refGroupBy")->setCurrentIndex(grouping);
        EXPECT_EQ(modelTesterProblems(board->model()), std::vector<std::string>{}) << grouping;
    }
    // The grouping proxy keeps its contracts through filtering, sorting and a reload too.
    QAbstractItemModel* grouped = board->model();
    const auto problems = modelTesterProblemsWhile(grouped, [&] {
        choose(combo("refStatusFilter"), QStringLiteral("Requested"));
        board->sortByColumn(ReferralTableModel::VictimColumn, Qt::DescendingOrder);
        choose(combo("refStatusFilter"), QString());
        page->reload();
    });
    EXPECT_EQ(problems, std::vector<std::string>{});
}

TEST(ReferralTextTest, TranslatesEveryTermOfTheListsItShows) {
    for (vocab::List list : ui::ReferralText::coveredLists())
        for (const vocab::Term& term : vocab::terms(list))
            EXPECT_TRUE(ui::ReferralText::hasEntry(list, term.code)) << vocab::listName(list) << " " << term.code;
    // Every move the lifecycle allows has its own verb.
    for (const vocab::Term& from : vocab::terms(vocab::List::ReferralStatus))
        for (const std::string& to : referral_rules::nextStates(std::string(from.code)))
            EXPECT_FALSE(ui::ReferralText::moveText(to).startsWith(QStringLiteral("Move to"))) << to;
}

}  // namespace
}  // namespace lintas::test
