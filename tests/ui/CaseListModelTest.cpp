#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "cases/CaseListModel.h"

#include "lintas/store/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <cstdio>
#include <string>
#include <vector>

namespace lintas::test {
namespace {

using ui::CaseListModel;

/// Keeps a QAbstractItemModelTester on a model for the scope's lifetime and collects what it
/// reports, so that every change made meanwhile (fetch, move, insert, remove) is checked too.
/// Not across resets: Qt 6.4's tester calls fetchMore() from its own modelReset handler before it
/// marks the reset finished, and then takes the rows fetchMore() inserts for a reset in flight.
/// It also fetches on every signal, so a watched model soon holds every row.
class ScopedModelTester {
public:
    explicit ScopedModelTester(QAbstractItemModel* model) {
        sink() = &m_problems;
        m_previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
            if (type != QtDebugMsg && type != QtInfoMsg && sink())
                sink()->push_back(message.toStdString());
        });
        m_tester = std::make_unique<QAbstractItemModelTester>(model,
                                                              QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ScopedModelTester() {
        m_tester.reset();
        qInstallMessageHandler(m_previous);
        sink() = nullptr;
    }
    ScopedModelTester(const ScopedModelTester&) = delete;
    ScopedModelTester& operator=(const ScopedModelTester&) = delete;

    [[nodiscard]] const std::vector<std::string>& problems() const { return m_problems; }

private:
    static std::vector<std::string>*& sink() {
        static std::vector<std::string>* s = nullptr;
        return s;
    }
    std::vector<std::string> m_problems;
    QtMessageHandler m_previous = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

constexpr int kCases = 500;
const char* const kStatuses[] = {"Reported", "UnderInvestigation", "InCourt", "Active"};

/// A workspace with 500 synthetic cases whose filters have known answers:
/// status cycles through four values (125 each), every fifth case also involves KHM (100), one in
/// 25 has "Sihanoukville" in its title (20), every third is TLP:RED. References are assigned in
/// creation order, so case i is IDN-BARESKRIM-2026-(i+1).
class CaseListModelTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        store::Transaction tx(ws->db());
        ASSERT_TRUE(tx.begun().ok());
        for (int i = 0; i < kCases; ++i) {
            Case c;
            char title[64];
            std::snprintf(title, sizeof title, "Case %03d %s", i, i % 25 == 0 ? "Sihanoukville compound" : "labour");
            c.title = title;
            c.status = kStatuses[i % 4];
            c.countries = {"IDN"};
            if (i % 5 == 0)
                c.countries.push_back("KHM");
            c.exploitationForms = {i % 2 == 0 ? "ForcedCriminality" : "ForcedLabour"};
            c.openedOn = "2026-02-01";
            c.owner = i % 10 == 0 ? "inv.sari" : "inv.budi";
            c.tlp = i % 3 == 0 ? "RED" : "AMBER";
            uuids.push_back(must(ws->cases.create(c)).meta.uuid);
        }
        ASSERT_TRUE(tx.commit().ok());
    }

    static QString text(const QAbstractItemModel& model, int row, int column) {
        return model.index(row, column).data().toString();
    }

    std::vector<std::string> uuids;
};

TEST_F(CaseListModelTest, PassesModelTester) {
    CaseListModel model(*ws);
    EXPECT_EQ(modelTesterProblems(&model), std::vector<std::string>{});
}

TEST_F(CaseListModelTest, StartsWithOnePageAndGrowsWithFetchMore) {
    CaseListModel model(*ws);
    ScopedModelTester tester(&model);
    EXPECT_EQ(model.totalCount(), kCases);
    // The tester fetched once when it attached; a fresh model holds exactly one page.
    CaseListModel fresh(*ws);
    EXPECT_EQ(fresh.rowCount(), CaseListModel::kPageSize);
    EXPECT_TRUE(fresh.canFetchMore({}));
    fresh.fetchMore({});
    EXPECT_EQ(fresh.rowCount(), 2 * CaseListModel::kPageSize);
    fresh.fetchMore({});
    EXPECT_EQ(fresh.rowCount(), kCases);
    EXPECT_FALSE(fresh.canFetchMore({}));
    EXPECT_EQ(tester.problems(), std::vector<std::string>{});
}

TEST_F(CaseListModelTest, SortsByReferenceInCore) {
    CaseListModel model(*ws);
    model.sort(CaseListModel::Reference, Qt::AscendingOrder);
    EXPECT_EQ(text(model, 0, CaseListModel::Reference), QStringLiteral("IDN-BARESKRIM-2026-000001"));
    EXPECT_EQ(text(model, 0, CaseListModel::Title), QStringLiteral("Case 000 Sihanoukville compound"));
    EXPECT_EQ(text(model, 1, CaseListModel::Reference), QStringLiteral("IDN-BARESKRIM-2026-000002"));
    model.sort(CaseListModel::Reference, Qt::DescendingOrder);
    EXPECT_EQ(text(model, 0, CaseListModel::Reference), QStringLiteral("IDN-BARESKRIM-2026-000500"));
    EXPECT_EQ(model.rowCount(), CaseListModel::kPageSize);
    EXPECT_EQ(modelTesterProblems(&model), std::vector<std::string>{});
}

TEST_F(CaseListModelTest, ColumnsCoreCannotSortByLeaveTheOrderAlone) {
    CaseListModel model(*ws);
    model.sort(CaseListModel::Reference, Qt::AscendingOrder);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (const int column : {CaseListModel::Handling, CaseListModel::Victims, CaseListModel::Suspects}) {
        EXPECT_FALSE(CaseListModel::isSortable(column));
        model.sort(column, Qt::AscendingOrder);
    }
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.sortColumn(), CaseListModel::Reference);
    EXPECT_EQ(text(model, 0, CaseListModel::Reference), QStringLiteral("IDN-BARESKRIM-2026-000001"));
}

TEST_F(CaseListModelTest, FiltersGiveTheExpectedCounts) {
    CaseListModel model(*ws);
    CaseQuery q;
    q.status = "UnderInvestigation";
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 125);
    EXPECT_EQ(text(model, 0, CaseListModel::Status), QStringLiteral("Under investigation"));

    q = {};
    q.country = "KHM";
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 100);

    q = {};
    q.text = "sihanoukville";
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 20);
    EXPECT_EQ(model.rowCount(), 20);
    EXPECT_FALSE(model.canFetchMore({}));

    // Combined: KHM cases are i % 5 == 0, Reported ones i % 4 == 0, so i % 20 == 0.
    q = {};
    q.country = "KHM";
    q.status = "Reported";
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 25);

    q = {};
    q.tlp = "RED";
    q.owner = "inv.sari";
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 17);  // i % 30 == 0 for i < 500

    q = {};
    q.exploitationForm = "ForcedCriminality";
    model.setQuery(q);
    EXPECT_EQ(model.totalCount(), 250);

    EXPECT_EQ(modelTesterProblems(&model), std::vector<std::string>{});

    model.setQuery({});
    EXPECT_EQ(model.totalCount(), kCases);
}

TEST_F(CaseListModelTest, ShowsTlpAsTextWithItsCode) {
    CaseListModel model(*ws);
    model.sort(CaseListModel::Reference, Qt::AscendingOrder);
    const QModelIndex first = model.index(0, CaseListModel::Tlp);  // case 0: RED
    EXPECT_EQ(first.data().toString(), QStringLiteral("TLP:RED"));
    EXPECT_EQ(first.data(CaseListModel::TlpCodeRole).toString(), QStringLiteral("RED"));
    EXPECT_EQ(model.index(1, CaseListModel::Tlp).data().toString(), QStringLiteral("TLP:AMBER"));
    EXPECT_EQ(model.index(0, CaseListModel::Handling).data().toString(), QStringLiteral("H2"));
    EXPECT_EQ(model.index(0, 0).data(CaseListModel::UuidRole).toString(), QString::fromStdString(uuids[0]));
}

TEST_F(CaseListModelTest, ChangedCaseUpdatesItsRowWithoutReset) {
    CaseListModel model(*ws);
    model.sort(CaseListModel::Reference, Qt::AscendingOrder);
    ScopedModelTester tester(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    Case c = must(ws->cases.get(uuids[3]));
    c.title = "Renamed case";
    c.status = "InCourt";
    must(ws->cases.update(c));
    model.caseChanged(QString::fromStdString(uuids[3]));

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(text(model, 3, CaseListModel::Title), QStringLiteral("Renamed case"));
    EXPECT_EQ(text(model, 3, CaseListModel::Status), QStringLiteral("In court"));
    EXPECT_EQ(tester.problems(), std::vector<std::string>{});
}

TEST_F(CaseListModelTest, ChangedCaseMovesToItsNewPlace) {
    CaseListModel model(*ws);
    model.sort(CaseListModel::Title, Qt::AscendingOrder);
    ScopedModelTester tester(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    ASSERT_EQ(text(model, 7, CaseListModel::Title), QStringLiteral("Case 007 labour"));

    Case c = must(ws->cases.get(uuids[7]));
    c.title = "Case 000a";
    must(ws->cases.update(c));
    const int rows = model.rowCount();
    model.caseChanged(QString::fromStdString(uuids[7]));

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(moves.count(), 1);
    EXPECT_EQ(text(model, 1, CaseListModel::Title), QStringLiteral("Case 000a"));
    EXPECT_EQ(text(model, 7, CaseListModel::Title), QStringLiteral("Case 006 labour"));
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_EQ(tester.problems(), std::vector<std::string>{});
}

TEST_F(CaseListModelTest, NewCaseIsInsertedAndFilteredOutCaseRemoved) {
    CaseListModel model(*ws);
    model.sort(CaseListModel::Reference, Qt::DescendingOrder);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Case created;
    {
        ScopedModelTester tester(&model);
        const int rows = model.rowCount();
        created = must(ws->cases.create(makeCase("A new case")));
        model.caseChanged(QString::fromStdString(created.meta.uuid));
        EXPECT_EQ(model.rowCount(), rows + 1);
        EXPECT_EQ(model.totalCount(), kCases + 1);
        EXPECT_EQ(text(model, 0, CaseListModel::Reference), QString::fromStdString(created.reference));
        EXPECT_EQ(text(model, 0, CaseListModel::Title), QStringLiteral("A new case"));
        EXPECT_EQ(tester.problems(), std::vector<std::string>{});
    }

    // With a status filter, a case whose status changes leaves the list.
    CaseQuery q;
    q.status = "UnderInvestigation";
    model.setQuery(q);
    resets.clear();
    ScopedModelTester tester(&model);
    const int rows = model.rowCount();
    Case c = must(ws->cases.get(created.meta.uuid));
    c.status = "Active";
    must(ws->cases.update(c));
    model.caseChanged(QString::fromStdString(c.meta.uuid));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowCount(), rows - 1);
    EXPECT_EQ(model.totalCount(), 125);
    EXPECT_EQ(model.rowOf(QString::fromStdString(c.meta.uuid)), -1);
    EXPECT_EQ(tester.problems(), std::vector<std::string>{});
}

}  // namespace
}  // namespace lintas::test
