#include "exchange/ImportDialog.h"

#include "../exchange/BundleTestSupport.h"
#include "UiTestSupport.h"
#include "exchange/ExchangeText.h"
#include "exchange/ImportPreviewModel.h"
#include "exchange/ProvenanceBanner.h"
#include "persons/PersonsPage.h"

#include <QDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace lintas::test {
namespace {

using ui::ImportDialog;

QString screenshotPath(const char* name) {
    QDir().mkpath(QStringLiteral("/tmp/xwiz"));
    return QStringLiteral("/tmp/xwiz/%1.png").arg(QLatin1String(name));
}

class ImportDialogTest : public BundleTest {
protected:
    void SetUp() override {
        BundleTest::SetUp();
        scenario = makeScenario(*idn.ws);
        exported = exportToTha(requestFor({scenario.caseFile.meta.uuid}));
        dialog = std::make_unique<ImportDialog>(*tha.ws);
        dialog->resize(1000, 700);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    Scenario scenario;
    exchange::ExportResult exported;
    std::unique_ptr<ImportDialog> dialog;
};

TEST_F(ImportDialogTest, ShowsTheVerdictAndWhatApplyingWouldDo) {
    dialog->openFile(QString::fromStdString(exported.path));
    ASSERT_EQ(dialog->state(), ImportDialog::State::Verified) << labelText(*dialog, "verdictReason").toStdString();
    EXPECT_EQ(labelText(*dialog, "verdictHeader"), ImportDialog::tr("Verified"));
    EXPECT_TRUE(labelText(*dialog, "verdictSender").contains(QStringLiteral("BARESKRIM")));
    EXPECT_EQ(labelText(*dialog, "verdictSequence"), QStringLiteral("1"));
    EXPECT_FALSE(labelText(*dialog, "importCounts").isEmpty());
    ui::ImportPreviewModel* model = dialog->previewModel();
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_EQ(model->index(0, ui::ImportPreviewModel::Action).data().toString(),
              ui::ExchangeText::importAction(exchange::ImportAction::New));
    EXPECT_TRUE(modelTesterProblems(model).empty());
    EXPECT_EQ(tha.ws->cases.get(scenario.caseFile.meta.uuid).error().code, ErrorCode::NotFound)
        << "nothing is written before Apply";
    auto* links = dialog->findChild<QTreeWidget*>(QStringLiteral("caseLinks"));
    ASSERT_NE(links, nullptr);
    EXPECT_EQ(links->topLevelItemCount(), 1) << "one row per received case";
}

TEST_F(ImportDialogTest, AppliesAndMarksReceivedPeopleAsForeign) {
    dialog->openFile(QString::fromStdString(exported.path));
    ASSERT_EQ(dialog->state(), ImportDialog::State::Verified);
    ASSERT_TRUE(dialog->apply());
    EXPECT_EQ(dialog->state(), ImportDialog::State::Applied);
    EXPECT_TRUE(dialog->findChild<QPushButton*>(QStringLiteral("acceptanceReceiptButton"))->isVisible());
    EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("applyButton"))->isVisible());
    dialog->grab().save(screenshotPath("import-2-applied"));

    // The suspect travels identifiable; his record in the people area says where it came from.
    ui::PersonsPage people(*tha.ws);
    people.resize(1100, 700);
    people.show();
    people.openPerson(QString::fromStdString(scenario.suspect.meta.uuid));
    auto* banner = people.findChild<ui::ProvenanceBanner*>(QStringLiteral("provenanceBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("IDN"))) << banner->text().toStdString();
    EXPECT_FALSE(banner->text().contains(ui::ProvenanceBanner::tr("; edited here since")));
    people.grab().save(screenshotPath("import-4-received-person"));

    // A person created here has no banner.
    Person local;
    local.givenNames = "Somchai";
    local.familyName = "Synthetic";
    local.sex = "Male";
    const Person created = must(tha.ws->persons.create(local));
    people.openPerson(QString::fromStdString(created.meta.uuid));
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(banner->text().isEmpty());
}

TEST_F(ImportDialogTest, ATamperedFileIsRejectedAndChangesNothing) {
    std::string bytes = readFile(exported.path);
    ASSERT_GT(bytes.size(), 200u);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    const std::string tampered = dir.file("tampered.lintas");
    writeFile(tampered, bytes);

    dialog->openFile(QString::fromStdString(tampered));
    EXPECT_EQ(dialog->state(), ImportDialog::State::Rejected);
    EXPECT_EQ(labelText(*dialog, "verdictHeader"), ImportDialog::tr("Rejected"));
    EXPECT_FALSE(labelText(*dialog, "verdictReason").isEmpty());
    EXPECT_FALSE(labelText(*dialog, "verdictDetail").isEmpty()) << "the technical detail is shown";
    EXPECT_TRUE(dialog->findChild<QPushButton*>(QStringLiteral("rejectionReceiptButton"))->isEnabled());
    EXPECT_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
    EXPECT_EQ(tha.ws->cases.get(scenario.caseFile.meta.uuid).error().code, ErrorCode::NotFound);
    const auto log = must(tha.ws->bundles.exchangeLog());
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].verdict, "rejected");
    dialog->grab().save(screenshotPath("import-5-rejected"));
}

TEST_F(ImportDialogTest, ImportingTheSameBundleTwiceIsRejected) {
    dialog->openFile(QString::fromStdString(exported.path));
    ASSERT_TRUE(dialog->apply());
    ImportDialog again(*tha.ws);
    again.openFile(QString::fromStdString(exported.path));
    EXPECT_EQ(again.state(), ImportDialog::State::Rejected);
}

TEST_F(ImportDialogTest, AStatisticsBundleShowsTheStatistics) {
    const auto statistics =
        exportToTha(requestFor({scenario.caseFile.meta.uuid}, exchange::BundleProfile::Statistics), "stats");
    dialog->openFile(QString::fromStdString(statistics.path));
    ASSERT_EQ(dialog->state(), ImportDialog::State::Verified) << labelText(*dialog, "verdictReason").toStdString();
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("importStatistics"));
    ASSERT_NE(tree, nullptr);
    EXPECT_TRUE(tree->isVisible());
    EXPECT_GE(tree->topLevelItemCount(), 3);
    dialog->grab().save(screenshotPath("import-6-statistics"));
}

}  // namespace
}  // namespace lintas::test
