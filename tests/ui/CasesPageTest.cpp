#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "cases/CaseFilterBar.h"
#include "cases/CaseListModel.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "cases/tabs/LinksTab.h"
#include "cases/tabs/PeopleTab.h"

#include "lintas/store/Database.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace lintas::test {
namespace {

using ui::CaseListModel;
using ui::CasesPage;

/// The Cases page over 300 synthetic cases: 100 each Reported / UnderInvestigation / InCourt,
/// every tenth involving MMR.
class CasesPageTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        QSettings().remove(QStringLiteral("cases"));
        store::Transaction tx(ws->db());
        ASSERT_TRUE(tx.begun().ok());
        const char* statuses[] = {"Reported", "UnderInvestigation", "InCourt"};
        for (int i = 0; i < 300; ++i) {
            Case c = makeCase("Case " + std::to_string(i) + (i % 50 == 0 ? " Myawaddy compound" : ""));
            c.status = statuses[i % 3];
            c.countries = {"IDN"};
            if (i % 10 == 0)
                c.countries.push_back("MMR");
            must(ws->cases.create(c));
        }
        ASSERT_TRUE(tx.commit().ok());
        makePage();
    }
    void TearDown() override {
        page.reset();
        QSettings().remove(QStringLiteral("cases"));
    }

    void makePage() {
        page.reset();
        page = std::make_unique<CasesPage>(*ws);
        page->resize(1400, 900);
        page->show();
        list = page->findChild<QTableView*>(QStringLiteral("caseList"));
        ASSERT_NE(list, nullptr);
    }

    /// Waits (processing events) until `done` holds or a second passes.
    template <typename Done>
    static bool waitFor(Done done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 1000)
            QTest::qWait(20);
        return done();
    }

    QComboBox* combo(const char* name) const { return page->findChild<QComboBox*>(QString::fromLatin1(name)); }

    std::unique_ptr<CasesPage> page;
    QTableView* list = nullptr;
};

TEST_F(CasesPageTest, OpensWithOnePageAndTheCount) {
    EXPECT_EQ(list->model()->rowCount(), CaseListModel::kPageSize);
    EXPECT_EQ(labelText(*page, "caseCount"), QStringLiteral("300 cases"));
    // Scrolling to the end of what is loaded fetches the next page.
    list->scrollToBottom();
    EXPECT_TRUE(waitFor([&] { return list->model()->rowCount() == 300; }));
}

TEST_F(CasesPageTest, FiltersNarrowTheListAtOnce) {
    auto* status = combo("caseFilterStatus");
    status->setCurrentIndex(status->findData(QStringLiteral("InCourt")));
    EXPECT_EQ(labelText(*page, "caseCount"), QStringLiteral("100 cases"));
    auto* country = combo("caseFilterCountry");
    country->setCurrentIndex(country->findData(QStringLiteral("MMR")));
    EXPECT_EQ(labelText(*page, "caseCount"), QStringLiteral("10 cases"));
    QTest::mouseClick(page->findChild<QToolButton*>(QStringLiteral("caseFilterClear")), Qt::LeftButton);
    EXPECT_EQ(labelText(*page, "caseCount"), QStringLiteral("300 cases"));
}

TEST_F(CasesPageTest, FreeTextWaitsForAPauseInTyping) {
    auto* text = page->findChild<QLineEdit*>(QStringLiteral("caseFilterText"));
    QTest::keyClicks(text, QStringLiteral("myawaddy"));
    // Not yet: one query per pause, not per keystroke.
    EXPECT_EQ(labelText(*page, "caseCount"), QStringLiteral("300 cases"));
    EXPECT_TRUE(waitFor([&] { return labelText(*page, "caseCount") == QStringLiteral("6 cases"); }));
    EXPECT_EQ(list->model()->rowCount(), 6);

    QTest::keyClicks(text, QStringLiteral("xyz"));
    EXPECT_TRUE(waitFor([&] { return labelText(*page, "caseListMessage") == QStringLiteral("No case matches these filters."); }));
}

TEST_F(CasesPageTest, DashboardFilterIsShownInTheBar) {
    CaseQuery q;
    q.status = "Reported";
    q.country = "MMR";
    page->applyFilter(q);
    EXPECT_EQ(labelText(*page, "caseCount"), QStringLiteral("10 cases"));
    EXPECT_EQ(combo("caseFilterStatus")->currentData().toString(), QStringLiteral("Reported"));
    EXPECT_EQ(combo("caseFilterCountry")->currentData().toString(), QStringLiteral("MMR"));
}

TEST_F(CasesPageTest, HeaderClickSortsInCoreAndUnsortableColumnsSaySo) {
    QHeaderView* header = list->horizontalHeader();
    QSignalSpy messages(page.get(), &CasesPage::statusMessage);
    header->setSortIndicator(CaseListModel::Reference, Qt::AscendingOrder);
    EXPECT_EQ(list->model()->index(0, CaseListModel::Reference).data().toString(),
              QStringLiteral("IDN-BARESKRIM-2026-000001"));

    header->setSortIndicator(CaseListModel::Victims, Qt::AscendingOrder);
    EXPECT_EQ(header->sortIndicatorSection(), CaseListModel::Reference);
    EXPECT_EQ(list->model()->index(0, CaseListModel::Reference).data().toString(),
              QStringLiteral("IDN-BARESKRIM-2026-000001"));
    ASSERT_EQ(messages.count(), 1);
    EXPECT_EQ(messages.front().front().toString(), QStringLiteral("The list cannot be sorted by “Victims”."));
}

TEST_F(CasesPageTest, RemembersColumnsWidthsAndSortOrder) {
    QHeaderView* header = list->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(CaseListModel::Opened));
    EXPECT_FALSE(header->isSectionHidden(CaseListModel::Status));
    header->setSectionHidden(CaseListModel::Status, true);
    header->setSectionHidden(CaseListModel::Opened, false);
    header->resizeSection(CaseListModel::Title, 333);
    header->setSortIndicator(CaseListModel::Reference, Qt::DescendingOrder);

    makePage();  // the old page saves as it goes; the new one reads the settings back
    header = list->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(CaseListModel::Status));
    EXPECT_FALSE(header->isSectionHidden(CaseListModel::Opened));
    EXPECT_EQ(header->sectionSize(CaseListModel::Title), 333);
    EXPECT_EQ(header->sortIndicatorSection(), CaseListModel::Reference);
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(list->model()->index(0, CaseListModel::Reference).data().toString(),
              QStringLiteral("IDN-BARESKRIM-2026-000300"));
    QSettings settings;
    EXPECT_EQ(settings.value(QStringLiteral("cases/sortColumn")).toInt(), CaseListModel::Reference);
}

TEST_F(CasesPageTest, NewCaseClearsTheSelectionAndDisablesOtherTabsUntilSaved) {
    list->setCurrentIndex(list->model()->index(0, 0));
    page->newCase();
    EXPECT_FALSE(list->currentIndex().isValid());
    auto* tabs = page->findChild<ui::CaseWorkspace*>()->tabs();
    EXPECT_EQ(tabs->currentIndex(), ui::CaseWorkspace::Summary);
    for (int i = ui::CaseWorkspace::People; i < ui::CaseWorkspace::TabCount; ++i)
        EXPECT_FALSE(tabs->isTabEnabled(i)) << i;
}

TEST_F(CasesPageTest, SavedCaseThatLeavesTheFilteredListStaysInTheEditor) {
    auto* status = combo("caseFilterStatus");
    status->setCurrentIndex(status->findData(QStringLiteral("Reported")));
    ASSERT_EQ(labelText(*page, "caseCount"), QStringLiteral("100 cases"));
    list->setCurrentIndex(list->model()->index(0, CaseListModel::Title));
    auto* workspace = page->findChild<ui::CaseWorkspace*>();
    const QString uuid = workspace->caseUuid();
    const QString reference = labelText(*page, "bannerReference");
    ASSERT_FALSE(uuid.isEmpty());

    auto* caseStatus = combo("caseStatus");
    caseStatus->setCurrentIndex(caseStatus->findData(QStringLiteral("InCourt")));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);

    EXPECT_EQ(labelText(*page, "caseCount"), QStringLiteral("99 cases"));
    EXPECT_EQ(workspace->caseUuid(), uuid);
    EXPECT_EQ(labelText(*page, "bannerReference"), reference);
    EXPECT_EQ(labelText(*page, "bannerStatus"), QStringLiteral("· In court"));
    EXPECT_FALSE(list->currentIndex().isValid());
}

TEST_F(CasesPageTest, TabChangesUpdateTheRowAndReachTheMainWindow) {
    list->horizontalHeader()->setSortIndicator(CaseListModel::Reference, Qt::AscendingOrder);
    list->setCurrentIndex(list->model()->index(2, CaseListModel::Title));
    const QString uuid = list->model()->index(2, 0).data(CaseListModel::UuidRole).toString();
    ASSERT_EQ(page->findChild<ui::CaseWorkspace*>()->caseUuid(), uuid);
    auto* people = page->findChild<ui::PeopleTab*>();
    auto* links = page->findChild<ui::LinksTab*>();
    ASSERT_TRUE(people && links);

    QSignalSpy resets(list->model(), &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(page.get(), &CasesPage::dataChanged);
    QSignalSpy personRequested(page.get(), &CasesPage::personRequested);
    QSignalSpy caseRequested(page.get(), &CasesPage::caseRequested);
    const Person victim = must(ws->persons.create(makePerson()));
    must(ws->cases.addParty(uuid.toStdString(), victim.meta.uuid, "Victim"));
    emit people->changed();
    EXPECT_EQ(list->model()->index(2, CaseListModel::Victims).data().toInt(), 1);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(dataChanged.count(), 1);

    emit people->personRequested(QString::fromStdString(victim.meta.uuid));
    ASSERT_EQ(personRequested.count(), 1);
    EXPECT_EQ(personRequested.front().front().toString(), QString::fromStdString(victim.meta.uuid));
    emit links->caseRequested(uuid);
    EXPECT_EQ(caseRequested.count(), 1);
}

}  // namespace
}  // namespace lintas::test
