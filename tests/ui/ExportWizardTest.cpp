#include "exchange/ExportWizard.h"

#include "../exchange/BundleTestSupport.h"
#include "UiTestSupport.h"
#include "cases/CaseEditor.h"
#include "cases/CaseWorkspace.h"
#include "exchange/ExchangeText.h"
#include "exchange/ExportPreviewModel.h"
#include "exchange/ImportDialog.h"
#include "exchange/PassphraseDialog.h"
#include "exchange/ProvenanceBanner.h"
#include "exchange/VictimDecisionModel.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QComboBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace lintas::test {
namespace {

using ui::ExchangeText;
using ui::ExportWizard;

/// Where the tests leave pictures of the wizard for a person to look at (not compared).
QString screenshotPath(const char* name) {
    QDir().mkpath(QStringLiteral("/tmp/xwiz"));
    return QStringLiteral("/tmp/xwiz/%1.png").arg(QLatin1String(name));
}

QString hexOnly(QString text) {
    text.remove(QLatin1Char(':'));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

template <typename T>
T* childOf(const QObject* parent, const char* name) {
    auto* child = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(child, nullptr) << "no child named " << name;
    return child;
}

class ExportWizardTest : public BundleTest {
protected:
    void SetUp() override {
        BundleTest::SetUp();
        scenario = makeScenario(*idn.ws);
        caseUuid = QString::fromStdString(scenario.caseFile.meta.uuid);
    }

    std::unique_ptr<ExportWizard> openWizard() {
        auto wizard = std::make_unique<ExportWizard>(*idn.ws, QStringList{caseUuid});
        wizard->resize(960, 680);
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        return wizard;
    }

    /// Presses Next as a user would: only when the wizard enables it.
    static bool pressNext(ExportWizard& wizard) {
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        if (!next->isVisible() || !next->isEnabled())
            return false;
        QTest::mouseClick(next, Qt::LeftButton);
        return true;
    }

    /// Types the passphrase into the dialog the Sign button opened and confirms.
    static ui::PassphraseDialog* answerPassphrase(ExportWizard& wizard, const QString& passphrase) {
        auto* dialog = wizard.findChild<ui::PassphraseDialog*>();
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return nullptr;
        childOf<QLineEdit>(dialog, "passphraseField")->setText(passphrase);
        dialog->accept();
        return dialog;
    }

    Scenario scenario;
    QString caseUuid;
};

TEST_F(ExportWizardTest, SelectionTreeMapsToCoreSelection) {
    auto wizard = openWizard();
    wizard->grab().save(screenshotPath("export-1-selection"));
    auto* tree = childOf<QTreeWidget>(wizard.get(), "selectionTree");
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_TRUE(tree->topLevelItem(0)->text(0).contains(QString::fromStdString(scenario.caseFile.reference)));

    // All ticked: every part is std::nullopt ("all of them").
    exchange::ExportRequest all = wizard->request();
    ASSERT_EQ(all.cases.size(), 1u);
    EXPECT_FALSE(all.cases[0].persons.has_value());
    EXPECT_FALSE(all.cases[0].notes.has_value());
    EXPECT_FALSE(all.cases[0].attachments.has_value());

    // Untick the photo: exactly the document remains.
    QTreeWidgetItem* photo = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0) == QStringLiteral("photo.jpg"))
            photo = *it;
    ASSERT_NE(photo, nullptr);
    EXPECT_FALSE(photo->text(1).isEmpty()) << "attachments show their size";
    photo->setCheckState(0, Qt::Unchecked);
    exchange::ExportRequest some = wizard->request();
    ASSERT_TRUE(some.cases[0].attachments.has_value());
    EXPECT_EQ(*some.cases[0].attachments, std::vector<std::string>{scenario.document.uuid});
    EXPECT_FALSE(some.cases[0].persons.has_value());

    // Removing the case leaves nothing to send: Next is disabled.
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(childOf<QPushButton>(wizard.get(), "removeCaseButton"), Qt::LeftButton);
    EXPECT_EQ(tree->topLevelItemCount(), 0);
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_F(ExportWizardTest, AddsACaseFoundBySearch) {
    Case other;
    other.title = "Second synthetic case, Mae Sot";
    other.status = "UnderInvestigation";
    other.exploitationForms = {"ForcedCriminality"};
    other.countries = {"IDN", "THA"};
    other.openedOn = "2026-02-10";
    other.owner = "inv.sari";
    const Case stored = must(idn.ws->cases.create(other));
    auto wizard = openWizard();
    auto* search = childOf<QLineEdit>(wizard.get(), "caseSearch");
    search->setText(QStringLiteral("Mae Sot"));
    QTest::keyClick(search, Qt::Key_Return);
    auto* matches = childOf<QListWidget>(wizard.get(), "caseMatches");
    ASSERT_GE(matches->count(), 1);
    QTest::mouseClick(childOf<QPushButton>(wizard.get(), "addCaseButton"), Qt::LeftButton);
    const exchange::ExportRequest request = wizard->request();
    ASSERT_EQ(request.cases.size(), 2u);
    EXPECT_EQ(request.cases[1].caseUuid, stored.meta.uuid);
}

TEST_F(ExportWizardTest, WithoutATrustedPartnerExplainsWhereToAddOne) {
    const auto partners = must(idn.ws->trust.list());
    ASSERT_EQ(partners.size(), 1u);
    must(idn.ws->trust.revoke(partners[0].fingerprint, "synthetic test"));
    auto wizard = openWizard();
    ASSERT_TRUE(pressNext(*wizard));
    EXPECT_EQ(wizard->currentId(), ExportWizard::RecipientPageId);
    EXPECT_TRUE(childOf<QLabel>(wizard.get(), "noPartnerLabel")->isVisible());
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()) << "a revoked partner is not offered";
}

TEST_F(ExportWizardTest, RefusingInsteadOfPseudonymisingBlocksTheExport) {
    auto wizard = openWizard();
    ASSERT_TRUE(pressNext(*wizard));
    childOf<QRadioButton>(wizard.get(), "fallbackRefuse")->setChecked(true);
    ASSERT_TRUE(pressNext(*wizard));
    ASSERT_EQ(wizard->currentId(), ExportWizard::CheckPageId);
    ASSERT_TRUE(wizard->preview().has_value());
    EXPECT_FALSE(wizard->preview()->allowed());
    EXPECT_TRUE(childOf<QFrame>(wizard.get(), "blockersPanel")->isVisible());
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()) << "blockers stop the wizard";
    EXPECT_TRUE(labelText(*wizard, "checkVerdict").contains(QStringLiteral("Next")));
    wizard->grab().save(screenshotPath("export-3-blocked"));
}

TEST_F(ExportWizardTest, ALiaisonOfficerChoosesPartsTheyMayNotOpenAndSeesVictimsMasked) {
    auto liaison = signIn(idn, kLiaison);
    ExportWizard wizard(*liaison, QStringList{caseUuid});
    wizard.resize(960, 680);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* tree = childOf<QTreeWidget>(&wizard, "selectionTree");
    ASSERT_EQ(tree->topLevelItemCount(), 1) << labelText(wizard, "selectionStatus").toStdString();
    QStringList texts;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        texts << (*it)->text(0);
    const QString all = texts.join(QLatin1Char('\n'));
    // Notes, attachments and referrals are there to choose from although the liaison officer
    // cannot open them; the victim's name and the note's words are not shown.
    EXPECT_TRUE(all.contains(QStringLiteral("statement.txt"))) << all.toStdString();
    EXPECT_TRUE(all.contains(ExportWizard::tr("Notes"))) << all.toStdString();
    EXPECT_TRUE(all.contains(ExportWizard::tr("Referrals"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QString::fromUtf8(kMaskedName))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Dewi"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Interview with"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Budi"))) << "a suspect is not masked: " << all.toStdString();
    wizard.grab().save(screenshotPath("export-1-selection-liaison"));
}

TEST_F(ExportWizardTest, ModelsKeepQtsContracts) {
    auto preview = must(idn.ws->bundles.previewExport(requestFor({scenario.caseFile.meta.uuid})));
    ui::ExportPreviewModel items;
    items.setItems(preview.items);
    EXPECT_GT(items.rowCount(), 0);
    EXPECT_TRUE(modelTesterProblems(&items).empty());
    ui::VictimDecisionModel victims;
    victims.setDecisions(preview.victims, {});
    EXPECT_EQ(victims.rowCount(), 1);
    EXPECT_TRUE(modelTesterProblems(&victims).empty());
    ui::ExportPreviewModel empty;
    EXPECT_TRUE(modelTesterProblems(&empty).empty());
}

/// The whole exchange through the GUI: IDN exports a case whose victim gave no consent, THA
/// imports the file, and the received case says where it came from.
TEST_F(ExportWizardTest, ExportsAndThePartnerImportsThroughTheGui) {
    auto wizard = openWizard();
    ASSERT_TRUE(pressNext(*wizard));
    auto* partner = childOf<QComboBox>(wizard.get(), "partnerCombo");
    ASSERT_EQ(partner->count(), 1);
    EXPECT_TRUE(partner->currentText().contains(QStringLiteral("DSI")));
    wizard->grab().save(screenshotPath("export-2-recipient"));
    ASSERT_TRUE(pressNext(*wizard));

    // Consent check: no consent recorded, fallback "pseudonymise".
    ASSERT_EQ(wizard->currentId(), ExportWizard::CheckPageId);
    auto* victims = childOf<QTableView>(wizard.get(), "victimDecisions");
    ASSERT_EQ(victims->model()->rowCount(), 1);
    EXPECT_EQ(victims->model()->index(0, ui::VictimDecisionModel::Decision).data().toString(),
              ExchangeText::victimTreatment(exchange::VictimTreatment::Pseudonymised));
    EXPECT_EQ(victims->model()->index(0, ui::VictimDecisionModel::Reason).data().toString(),
              ExchangeText::victimReason("no-consent"));
    EXPECT_TRUE(victims->model()->index(0, ui::VictimDecisionModel::Victim).data().toString().contains(
        QStringLiteral("Dewi")))
        << "the officer sees whom the decision concerns";
    EXPECT_EQ(victims->model()->index(0, ui::VictimDecisionModel::Pseudonym).data().toString(),
              QString::fromStdString(wizard->preview()->victims[0].pseudonym))
        << "and the code that leaves instead";
    EXPECT_TRUE(victims->model()->index(0, ui::VictimDecisionModel::Pseudonym).data().toString().startsWith('V'));
    EXPECT_TRUE(labelText(*wizard, "withheldLabel").contains(QStringLiteral("photo")))
        << "the victim's photo stays here";

    // The case is H2: the export waits for a supervisor, said on its own, not as a problem to fix.
    ASSERT_TRUE(wizard->preview()->needsApproval);
    auto* approval = childOf<QFrame>(wizard.get(), "approvalPanel");
    EXPECT_TRUE(approval->isVisible());
    EXPECT_TRUE(labelText(*wizard, "approvalHeading").startsWith(ExportWizard::tr("Needs supervisor approval")))
        << labelText(*wizard, "approvalHeading").toStdString();
    EXPECT_TRUE(labelText(*wizard, "approvalHeading").contains(QStringLiteral("H2")));
    const QString details = labelText(*wizard, "approvalText");
    EXPECT_TRUE(details.contains(QString::fromStdString(wizard->preview()->requestDigest))) << details.toStdString();
    EXPECT_TRUE(details.contains(QString::fromStdString(scenario.caseFile.reference))) << details.toStdString();
    EXPECT_FALSE(childOf<QFrame>(wizard.get(), "blockersPanel")->isVisible()) << "nothing else stops it";
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(labelText(*wizard, "checkVerdict").contains(ExportWizard::tr("supervisor")));
    wizard->grab().save(screenshotPath("export-3-needs-approval"));

    // A supervisor approves exactly this request; "Check again" lets the export go.
    approve(idn, wizard->request(), "Joint investigation with DSI (synthetic)");
    QTest::mouseClick(childOf<QPushButton>(wizard.get(), "recheckButton"), Qt::LeftButton);
    EXPECT_FALSE(approval->isVisible());
    EXPECT_TRUE(childOf<QLabel>(wizard.get(), "approvalGiven")->isVisible());
    EXPECT_TRUE(labelText(*wizard, "approvalGiven").contains(QStringLiteral("sup.test")));
    EXPECT_TRUE(labelText(*wizard, "approvalGiven").contains(QStringLiteral("Joint investigation")));
    wizard->grab().save(screenshotPath("export-3-check"));
    ASSERT_TRUE(pressNext(*wizard));

    // Preview: grouped by case, with the header.
    ASSERT_EQ(wizard->currentId(), ExportWizard::PreviewPageId);
    auto* tree = childOf<QTreeView>(wizard.get(), "previewTree");
    ASSERT_GE(tree->model()->rowCount(), 1);
    EXPECT_TRUE(tree->model()->index(0, 0).data().toString().contains(QString::fromStdString(scenario.caseFile.reference)));
    EXPECT_GT(tree->model()->rowCount(tree->model()->index(0, 0)), 3) << "the case's records below it";
    EXPECT_TRUE(labelText(*wizard, "previewTo").contains(QStringLiteral("DSI")));
    wizard->grab().save(screenshotPath("export-4-preview"));
    ASSERT_TRUE(pressNext(*wizard));

    // Sign and save: a wrong passphrase keeps the dialog open, the right one writes the file.
    ASSERT_EQ(wizard->currentId(), ExportWizard::SavePageId);
    auto* path = childOf<QLineEdit>(wizard.get(), "bundlePath");
    EXPECT_TRUE(path->text().endsWith(QStringLiteral("IDN-BARESKRIM-THA-DSI-2026-03-15.lintas")));
    const QString out = QString::fromStdString(dir.file("to-tha.lintas"));
    path->setText(out);
    QTest::mouseClick(childOf<QPushButton>(wizard.get(), "signButton"), Qt::LeftButton);
    ui::PassphraseDialog* dialog = answerPassphrase(*wizard, QStringLiteral("not the passphrase"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible()) << "a wrong passphrase stays in the dialog";
    EXPECT_FALSE(labelText(*dialog, "passphraseError").isEmpty());
    answerPassphrase(*wizard, QString::fromLatin1(kPassphrase));
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->result().has_value() || !wizard->isExporting(); }, 30000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->isExporting(); }, 30000));
    ASSERT_TRUE(wizard->result().has_value()) << labelText(*wizard, "saveStatus").toStdString();
    EXPECT_TRUE(QFileInfo::exists(out));
    EXPECT_EQ(labelText(*wizard, "resultSha256"), QString::fromStdString(wizard->result()->fileSha256));
    EXPECT_EQ(labelText(*wizard, "resultSequence"), QStringLiteral("1"));
    EXPECT_TRUE(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->grab().save(screenshotPath("export-5-saved"));
    const std::string caseUuidStd = scenario.caseFile.meta.uuid;
    wizard.reset();

    // The partner imports the file.
    ui::ImportDialog import(*tha.ws);
    import.resize(1000, 700);
    import.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&import));
    import.openFile(out);
    ASSERT_EQ(import.state(), ui::ImportDialog::State::Verified) << labelText(import, "verdictReason").toStdString();
    EXPECT_EQ(labelText(import, "verdictHeader"), ui::ImportDialog::tr("Verified"));
    EXPECT_EQ(hexOnly(labelText(import, "verdictFingerprint")),
              hexOnly(QString::fromStdString(idn.identity.certificate().fingerprint())));
    import.grab().save(screenshotPath("import-1-verified"));
    ASSERT_TRUE(import.apply());
    EXPECT_TRUE(tha.ws->cases.get(caseUuidStd).ok()) << "the case is in the receiving database";

    ui::CaseWorkspace received(*tha.ws);
    received.resize(1100, 700);
    received.show();
    ASSERT_TRUE(received.openCase(QString::fromStdString(caseUuidStd)));
    const QString banner = received.editor()->provenanceBanner()->text();
    EXPECT_TRUE(banner.contains(QStringLiteral("Bareskrim"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("IDN"))) << banner.toStdString();
    EXPECT_TRUE(banner.contains(QStringLiteral("X4"))) << "the grade given on import: " << banner.toStdString();
    received.grab().save(screenshotPath("import-3-received-case"));
}

}  // namespace
}  // namespace lintas::test
