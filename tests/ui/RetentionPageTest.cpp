#include "security/RetentionPage.h"

#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "security/PostponeDialog.h"
#include "security/PurgeDialog.h"
#include "security/RetentionDueModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace lintas::test {
namespace {

using security::Role;
using ui::RetentionDueModel;

template <typename T>
T* childOf(QWidget* root, const char* name) {
    auto* w = root->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << "no child named " << name;
    return w;
}

/// Today is 2026-03-15 (test clock). A case closed on 2019-06-30 with a victim who is in no other
/// case, and a case closed on 2025-12-01: with closed cases kept 5 years only the first is due.
class RetentionPageTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        oldCase = closedCase("Recruitment through a job app, 2019", "2019-01-10", "2019-06-30");
        recentCase = closedCase("Domestic servitude, Johor", "2025-02-01", "2025-12-01");
        victim = must(ws->persons.create(makePerson("Sri", "Wahyuni"))).meta.uuid;
        must(ws->cases.addParty(oldCase.meta.uuid, victim, "Victim"));
    }
    void TearDown() override { page.reset(); }

    void openPage() {
        page = std::make_unique<ui::RetentionPage>(*ws);
        page->resize(1100, 750);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }
    Case closedCase(const std::string& title, const std::string& openedOn, const std::string& closedOn) {
        Case c = makeCase(title);
        c.openedOn = openedOn;
        c = must(ws->cases.create(c));
        c.status = "Closed";
        c.closedOn = closedOn;
        return must(ws->cases.update(c));
    }
    void setYearsInPage(int years) {
        QSpinBox* field = page->yearsField(security::kRetentionClosedCase);
        ASSERT_NE(field, nullptr);
        field->setValue(years);
        auto* save = childOf<QPushButton>(page.get(), "saveRetentionRules");
        ASSERT_TRUE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    }
    void tick(int row) {
        ASSERT_TRUE(page->dueModel()->setData(page->dueModel()->index(row, RetentionDueModel::RecordColumn),
                                              Qt::Checked, Qt::CheckStateRole));
    }
    QString dueCell(int row, int column) const { return page->dueModel()->index(row, column).data().toString(); }

    Case oldCase;
    Case recentCase;
    std::string victim;
    std::unique_ptr<ui::RetentionPage> page;
};

TEST_F(RetentionPageTest, ARuleSavedOnThePageListsWhatIsDue) {
    openPage();
    EXPECT_TRUE(childOf<QGroupBox>(page.get(), "retentionRules")->isVisible());
    EXPECT_TRUE(childOf<QGroupBox>(page.get(), "retentionDue")->isVisible());
    EXPECT_EQ(page->yearsField(security::kRetentionClosedCase)->value(), 0) << "kept forever by default";
    EXPECT_EQ(page->yearsField(security::kRetentionClosedCase)->text(), QStringLiteral("keep forever"));
    EXPECT_EQ(page->dueModel()->rowCount(), 0);
    EXPECT_TRUE(childOf<QLabel>(page.get(), "retentionDueEmpty")->isVisible());
    EXPECT_FALSE(childOf<QPushButton>(page.get(), "saveRetentionRules")->isEnabled()) << "nothing changed";

    setYearsInPage(5);
    const auto rules = must(ws->retention.rules());
    const auto rule = std::find_if(rules.begin(), rules.end(),
                                   [](const auto& r) { return r.kind == security::kRetentionClosedCase; });
    ASSERT_NE(rule, rules.end());
    EXPECT_EQ(rule->years, 5);
    ASSERT_EQ(page->dueModel()->rowCount(), 1) << "the case closed in 2019 is due, the one of 2025 is not";
    EXPECT_EQ(dueCell(0, RetentionDueModel::RecordColumn), QString::fromStdString(oldCase.reference));
    EXPECT_EQ(dueCell(0, RetentionDueModel::KindColumn), QStringLiteral("Closed cases"));
    EXPECT_EQ(dueCell(0, RetentionDueModel::DueColumn), QStringLiteral("2024-06-30"));
    EXPECT_EQ(modelTesterProblems(page->dueModel()), std::vector<std::string>{});
}

TEST_F(RetentionPageTest, DeletesForGoodOnlyAfterExplicitConfirmationAndShowsTheReport) {
    must(ws->retention.setRule(security::kRetentionClosedCase, 5));
    openPage();
    ASSERT_EQ(page->dueModel()->rowCount(), 1);
    auto* deleteButton = childOf<QPushButton>(page.get(), "retentionDelete");
    EXPECT_FALSE(deleteButton->isEnabled()) << "nothing ticked";
    EXPECT_EQ(page->deleteChecked(), nullptr);
    tick(0);
    EXPECT_TRUE(deleteButton->isEnabled());

    // Cancelled: nothing happens.
    ui::PurgeDialog* dialog = page->deleteChecked();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(labelText(*dialog, "purgeList").contains(QString::fromStdString(oldCase.reference)));
    dialog->reject();
    EXPECT_TRUE(ws->cases.get(oldCase.meta.uuid).ok());

    QSignalSpy changed(page.get(), &ui::Page::dataChanged);
    dialog = page->deleteChecked();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(
        labelText(*dialog, "purgePreview"),
        QStringLiteral("1 case(s) will be deleted. 1 person(s) who are in no other case will be deleted with "
                       "them. Rows to remove: %1. Attachment files to remove: 0.")
            .arg(must(ws->retention.preview(security::kRetentionClosedCase, {oldCase.meta.uuid}, "2026-03-15")).rows))
        << "core's preview, before anything is deleted";
    EXPECT_TRUE(ws->cases.get(oldCase.meta.uuid).ok());
    auto* confirm = childOf<QPushButton>(dialog, "purgeConfirm");
    EXPECT_EQ(confirm->text(), QStringLiteral("Delete 1 record(s)"));
    EXPECT_FALSE(confirm->isEnabled()) << "not before 'I understand' is ticked";
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(ws->cases.get(oldCase.meta.uuid).ok());
    childOf<QCheckBox>(dialog, "purgeUnderstood")->setChecked(true);
    ASSERT_TRUE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCoreApplication::processEvents();

    auto gone = ws->cases.get(oldCase.meta.uuid);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(ws->persons.get(victim).ok()) << "the victim was in no other case";
    EXPECT_TRUE(ws->cases.get(recentCase.meta.uuid).ok());
    EXPECT_EQ(page->dueModel()->rowCount(), 0);
    const QString report = labelText(*page, "retentionReport");
    EXPECT_TRUE(childOf<QLabel>(page.get(), "retentionReport")->isVisible());
    EXPECT_TRUE(report.startsWith(QStringLiteral("1 case(s) deleted. 1 person(s) who were in no other case deleted. "
                                                 "Rows removed: ")))
        << report.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("Database compacted from")));
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(RetentionPageTest, PostponedRecordsLeaveTheListUntilTheirReviewDate) {
    must(ws->retention.setRule(security::kRetentionClosedCase, 5));
    openPage();
    tick(0);
    ui::PostponeDialog* dialog = page->postponeChecked();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->reviewOn(), QDate(2027, 3, 15)) << "a year from today by default";
    dialog->setReviewOn(QDate(2026, 9, 1));
    QTest::mouseClick(childOf<QPushButton>(dialog, "postponeConfirm"), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(page->dueModel()->rowCount(), 0);
    EXPECT_TRUE(ws->cases.get(oldCase.meta.uuid).ok());

    clock->set(*parseTimestamp("2026-09-01T08:00:00Z"));
    page->reload();
    ASSERT_EQ(page->dueModel()->rowCount(), 1) << "due again on the review date";
    EXPECT_EQ(dueCell(0, RetentionDueModel::ReviewColumn), QStringLiteral("2026-09-01"));
}

TEST_F(RetentionPageTest, EachPartShowsOnlyForItsPermission) {
    must(ws->users.create("sup.rina", "Rina (synthetic)", {Role::Supervisor}, kTestPassword, kTestPassword));
    must(ws->users.create("liaison.budi", "Budi (synthetic)", {Role::Liaison}, kTestPassword, kTestPassword));
    reopenAs("sup.rina");
    openPage();
    EXPECT_FALSE(childOf<QGroupBox>(page.get(), "retentionRules")->isVisible()) << "rules are an administrator's";
    EXPECT_TRUE(childOf<QGroupBox>(page.get(), "retentionDue")->isVisible());
    page.reset();

    reopenAs("liaison.budi");
    openPage();
    EXPECT_FALSE(childOf<QGroupBox>(page.get(), "retentionRules")->isVisible());
    EXPECT_FALSE(childOf<QGroupBox>(page.get(), "retentionDue")->isVisible());
    EXPECT_TRUE(childOf<QLabel>(page.get(), "retentionNothing")->isVisible());
}

}  // namespace
}  // namespace lintas::test
