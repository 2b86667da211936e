// The dashboard on a small hand-built workspace: what the charts show, what a click asks for,
// and that an empty database renders.
#include "TestWorkspace.h"
#include "UiTestSupport.h"

#include "dashboard/CountryMatrixModel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardText.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableView>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lintas {
namespace {

using test::WorkspaceTest;

class DashboardPageTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        qRegisterMetaType<lintas::CaseQuery>();
        qRegisterMetaType<lintas::ReferralQuery>();
    }

    /// Today is 2026-03-15. Cases: 2 under investigation (opened 2026-02), 1 reported (2026-03),
    /// 1 active (2025-12). Victims: two in case A, exploited in KHM; one profile per victim.
    void buildSmallWorkspace() {
        const std::string a = openCase("A", "UnderInvestigation", "2026-02-01");
        openCase("B", "UnderInvestigation", "2026-02-20");
        openCase("C", "Reported", "2026-03-02");
        openCase("D", "Active", "2025-12-31");
        const std::string v1 = victim(a, "IDN", {"ForcedCriminality", "ForcedLabour"});
        const std::string v2 = victim(a, "MMR", {"ForcedCriminality"});
        leg(a, v1, "KHM");
        leg(a, v2, "KHM");
        referral(a, v1, "Shelter", "2026-03-01", false);   // overdue
        referral(a, v2, "Shelter", "2026-03-05", false);   // overdue
        referral(a, v2, "Medical", "2026-04-01", true);    // accepted, not due
    }

    std::string openCase(const std::string& title, const std::string& status, const std::string& openedOn) {
        Case c = makeCase(title);
        c.status = status;
        c.openedOn = openedOn;
        return must(ws->cases.create(c)).meta.uuid;
    }
    std::string victim(const std::string& caseUuid, const std::string& citizenship, std::vector<std::string> forms) {
        Person p = makePerson("Victim", citizenship);
        p.citizenships = {citizenship};
        const std::string uuid = must(ws->persons.create(p)).meta.uuid;
        must(ws->cases.addParty(caseUuid, uuid, "Victim"));
        VictimProfile vp;
        vp.caseUuid = caseUuid;
        vp.personUuid = uuid;
        vp.exploitationTypes = std::move(forms);
        must(ws->cases.setVictimProfile(vp));
        return uuid;
    }
    void leg(const std::string& caseUuid, const std::string& personUuid, const std::string& country) {
        JourneyLeg l;
        l.caseUuid = caseUuid;
        l.personUuid = personUuid;
        l.eventType = "Exploitation";
        l.country = country;
        must(ws->links.addJourneyLeg(l));
    }
    void referral(const std::string& caseUuid, const std::string& victimUuid, const std::string& service,
                  const std::string& due, bool accept) {
        Referral r;
        r.caseUuid = caseUuid;
        r.victimUuid = victimUuid;
        r.service = service;
        r.dueDate = due;
        const auto created = must(ws->referrals.create(r));
        if (accept)
            must(ws->referrals.move(created.uuid, "Accepted"));
    }

    static QChart* chartNamed(const QWidget& page, const char* name) {
        auto* view = page.findChild<QChartView*>(QString::fromLatin1(name));
        EXPECT_NE(view, nullptr) << "no QChartView named " << name;
        return view ? view->chart() : nullptr;
    }
    static QAbstractBarSeries* barSeries(QChart* chart) {
        if (!chart || chart->series().isEmpty())
            return nullptr;
        return qobject_cast<QAbstractBarSeries*>(chart->series().front());
    }
    static QStringList categories(QChart* chart) {
        for (QAbstractAxis* axis : chart->axes())
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                return c->categories();
        return {};
    }
    /// Category label → value of the only bar set.
    static std::map<QString, qreal> barValues(QChart* chart) {
        std::map<QString, qreal> out;
        auto* series = barSeries(chart);
        if (!series || series->barSets().size() != 1)
            return out;
        const QStringList labels = categories(chart);
        QBarSet* set = series->barSets().front();
        for (int i = 0; i < labels.size() && i < set->count(); ++i)
            out[labels[i]] = set->at(i);
        return out;
    }
    static int indexOf(QChart* chart, const QString& label) { return static_cast<int>(categories(chart).indexOf(label)); }
};

TEST_F(DashboardPageTest, StatusChartHasOneBarSetWithTheCountPerStatus) {
    buildSmallWorkspace();
    ui::DashboardPage page(*ws);
    page.reload();

    QChart* chart = chartNamed(page, "casesByStatusChart");
    ASSERT_NE(chart, nullptr);
    auto* series = barSeries(chart);
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->barSets().size(), 1);
    const auto values = barValues(chart);
    using ui::DashboardText;
    EXPECT_EQ(values.at(DashboardText::caseStatus("UnderInvestigation")), 2);
    EXPECT_EQ(values.at(DashboardText::caseStatus("Reported")), 1);
    EXPECT_EQ(values.at(DashboardText::caseStatus("Active")), 1);
    EXPECT_EQ(values.at(DashboardText::caseStatus("InCourt")), 0);  // every status is shown
    EXPECT_EQ(values.count(QStringLiteral("UnderInvestigation")), 0U);  // in words, not codes
    // The counts are written on the bars, not only drawn.
    EXPECT_TRUE(series->isLabelsVisible());
}

TEST_F(DashboardPageTest, ClickingAStatusBarAsksForThoseCases) {
    buildSmallWorkspace();
    ui::DashboardPage page(*ws);
    page.reload();
    QChart* chart = chartNamed(page, "casesByStatusChart");
    ASSERT_NE(chart, nullptr);
    QSignalSpy spy(&page, &ui::DashboardPage::casesRequested);
    const int index = indexOf(chart, ui::DashboardText::caseStatus("Reported"));
    ASSERT_GE(index, 0);
    emit barSeries(chart)->barSets().front()->clicked(index);
    ASSERT_EQ(spy.count(), 1);
    const auto query = spy.at(0).at(0).value<CaseQuery>();
    EXPECT_EQ(query.status, std::optional<std::string>("Reported"));
    EXPECT_FALSE(query.exploitationForm);
    EXPECT_FALSE(query.openedFrom);
}

TEST_F(DashboardPageTest, ClickingAFormOfExploitationAsksForCasesWithThatForm) {
    buildSmallWorkspace();
    ui::DashboardPage page(*ws);
    page.reload();
    QChart* chart = chartNamed(page, "victimsByExploitationChart");
    ASSERT_NE(chart, nullptr);
    const auto values = barValues(chart);
    EXPECT_EQ(values.size(), 2U);
    EXPECT_EQ(values.at(ui::DashboardText::exploitationType("ForcedCriminality")), 2);
    EXPECT_EQ(values.at(ui::DashboardText::exploitationType("ForcedLabour")), 1);

    QSignalSpy spy(&page, &ui::DashboardPage::casesRequested);
    emit barSeries(chart)->barSets().front()->clicked(indexOf(chart, ui::DashboardText::exploitationType("ForcedLabour")));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<CaseQuery>().exploitationForm, std::optional<std::string>("ForcedLabour"));
}

TEST_F(DashboardPageTest, MonthAxisHasTwentyFourMonthsAndAClickAsksForThatMonth) {
    buildSmallWorkspace();
    ui::DashboardPage page(*ws);
    page.reload();
    QChart* chart = chartNamed(page, "casesByMonthChart");
    ASSERT_NE(chart, nullptr);
    const QStringList months = categories(chart);
    ASSERT_EQ(months.size(), 24);
    QBarSet* set = barSeries(chart)->barSets().front();
    ASSERT_EQ(set->count(), 24);
    EXPECT_EQ(set->at(23), 1);  // 2026-03
    EXPECT_EQ(set->at(22), 2);  // 2026-02
    EXPECT_EQ(set->at(21), 0);  // 2026-01: a month without cases still has its bar
    EXPECT_EQ(set->at(20), 1);  // 2025-12

    QSignalSpy spy(&page, &ui::DashboardPage::casesRequested);
    emit set->clicked(22);
    ASSERT_EQ(spy.count(), 1);
    const auto query = spy.at(0).at(0).value<CaseQuery>();
    EXPECT_EQ(query.openedFrom, std::optional<std::string>("2026-02-01"));
    EXPECT_EQ(query.openedTo, std::optional<std::string>("2026-02-28"));
    EXPECT_FALSE(query.status);
}

TEST_F(DashboardPageTest, ReferralSlicesAndOverdueBarsAskForReferrals) {
    buildSmallWorkspace();
    ui::DashboardPage page(*ws);
    page.reload();
    QSignalSpy spy(&page, &ui::DashboardPage::referralsRequested);

    QChart* pie = chartNamed(page, "referralsByStatusChart");
    ASSERT_NE(pie, nullptr);
    ASSERT_EQ(pie->series().size(), 1);
    auto* series = qobject_cast<QPieSeries*>(pie->series().front());
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->count(), 2);  // Requested 2, Accepted 1: no slices for empty states
    EXPECT_EQ(series->slices().at(0)->value(), 2);
    EXPECT_EQ(series->slices().at(1)->value(), 1);
    emit series->slices().at(1)->clicked();
    ASSERT_EQ(spy.count(), 1);
    auto query = spy.at(0).at(0).value<ReferralQuery>();
    EXPECT_EQ(query.status, std::optional<std::string>("Accepted"));
    EXPECT_FALSE(query.overdueOnly);

    QChart* overdue = chartNamed(page, "overdueByServiceChart");
    ASSERT_NE(overdue, nullptr);
    const auto values = barValues(overdue);
    ASSERT_EQ(values.size(), 1U);
    EXPECT_EQ(values.at(ui::DashboardText::service("Shelter")), 2);
    emit barSeries(overdue)->barSets().front()->clicked(indexOf(overdue, ui::DashboardText::service("Shelter")));
    ASSERT_EQ(spy.count(), 2);
    query = spy.at(1).at(0).value<ReferralQuery>();
    EXPECT_EQ(query.service, std::optional<std::string>("Shelter"));
    EXPECT_TRUE(query.overdueOnly);
    EXPECT_FALSE(query.status);
}

TEST_F(DashboardPageTest, CitizenshipMatrixCountsVictimsPerPairOfCountries) {
    buildSmallWorkspace();
    ui::DashboardPage page(*ws);
    page.reload();
    auto* view = page.findChild<QTableView*>(QStringLiteral("citizenshipMatrix"));
    ASSERT_NE(view, nullptr);
    const QAbstractItemModel* model = view->model();
    ASSERT_EQ(model->rowCount(), 2);     // IDN, MMR
    ASSERT_EQ(model->columnCount(), 1);  // KHM
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("KHM"));
    for (int row = 0; row < 2; ++row)
        EXPECT_EQ(model->index(row, 0).data(ui::CountryMatrixModel::CountRole).toLongLong(), 1);
}

TEST_F(DashboardPageTest, ReloadShowsNewData) {
    ui::DashboardPage page(*ws);
    page.reload();
    EXPECT_EQ(barValues(chartNamed(page, "casesByStatusChart")).at(ui::DashboardText::caseStatus("Reported")), 0);
    openCase("New", "Reported", "2026-03-10");
    page.reload();
    EXPECT_EQ(barValues(chartNamed(page, "casesByStatusChart")).at(ui::DashboardText::caseStatus("Reported")), 1);
    EXPECT_NE(page.findChild<QAction*>(QStringLiteral("refreshDashboardAction")), nullptr);
}

TEST_F(DashboardPageTest, ComputesWhenFirstShown) {
    buildSmallWorkspace();
    ui::DashboardPage page(*ws);
    EXPECT_TRUE(chartNamed(page, "casesByStatusChart")->series().isEmpty());  // nothing counted yet
    page.resize(1000, 800);
    page.show();
    EXPECT_EQ(barValues(chartNamed(page, "casesByStatusChart")).at(ui::DashboardText::caseStatus("UnderInvestigation")), 2);
}

TEST_F(DashboardPageTest, RendersAnEmptyDatabase) {
    ui::DashboardPage page(*ws);
    page.resize(1100, 900);
    page.show();
    const QImage image = page.grab().toImage();
    EXPECT_FALSE(image.isNull());
    EXPECT_EQ(categories(chartNamed(page, "casesByMonthChart")).size(), 24);
    // Each empty card says so in words.
    bool saysNoCases = false;
    for (const QLabel* label : page.findChildren<QLabel*>(QStringLiteral("cardEmpty")))
        saysNoCases = saysNoCases || label->text() == ui::DashboardPage::tr("No cases recorded yet.");
    EXPECT_TRUE(saysNoCases);
}

TEST(CountryMatrixModelTest, KeepsTheMostFrequentCountriesAndSumsTheRest) {
    ui::CountryMatrixModel model;
    model.setPairs({{"IDN", "THA", 50}, {"IDN", "KHM", 30}, {"MMR", "THA", 20}, {"VNM", "LAO", 5}, {"", "THA", 2}},
                   2, 2);
    EXPECT_TRUE(test::modelTesterProblems(&model).empty());
    ASSERT_EQ(model.rowCount(), 3);     // IDN, MMR, other (VNM and not recorded)
    ASSERT_EQ(model.columnCount(), 3);  // THA, KHM, other (LAO)
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("IDN"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("KHM"));
    EXPECT_EQ(model.index(0, 0).data(ui::CountryMatrixModel::CountRole).toLongLong(), 50);
    EXPECT_EQ(model.index(2, 0).data(ui::CountryMatrixModel::CountRole).toLongLong(), 2);  // not recorded × THA
    EXPECT_EQ(model.index(2, 2).data(ui::CountryMatrixModel::CountRole).toLongLong(), 5);  // VNM × LAO
    EXPECT_EQ(model.index(1, 1).data(Qt::DisplayRole).toString(), QString());             // zero: blank cell
    EXPECT_EQ(model.maximum(), 50);
    EXPECT_NE(model.index(0, 0).data(Qt::BackgroundRole), model.index(1, 0).data(Qt::BackgroundRole));
    model.setPairs({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(test::modelTesterProblems(&model).empty());
}

TEST(DashboardTextTest, EveryCountedVocabularyTermHasText) {
    for (auto list : {vocab::List::CaseStatus, vocab::List::ExploitationType, vocab::List::ReferralStatus,
                      vocab::List::ServiceType})
        for (const auto& term : vocab::terms(list))
            EXPECT_TRUE(ui::DashboardText::hasText(list, term.code)) << term.code;
    EXPECT_EQ(ui::DashboardText::service("SomethingNew"), QStringLiteral("SomethingNew"));
}

}  // namespace
}  // namespace lintas
