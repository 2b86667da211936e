#include "exchange/ExchangePage.h"

#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "exchange/AddPartnerDialog.h"
#include "exchange/ApprovalModel.h"
#include "exchange/ApprovalsPanel.h"
#include "exchange/ApproveExportDialog.h"
#include "exchange/ConflictModel.h"
#include "exchange/ConflictsPanel.h"
#include "exchange/ExchangeLogModel.h"
#include "exchange/ExchangeLogPanel.h"
#include "exchange/IdentityPanel.h"
#include "exchange/PartnerCertificateModel.h"
#include "exchange/PartnersPanel.h"
#include "exchange/PassphraseDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <fstream>

namespace lintas::test {
namespace {

using ui::ExchangeLogModel;
using ui::ExchangePage;
using ui::PartnerCertificateModel;
using ui::PassphraseDialog;

constexpr const char* kPartnerPassphrase = "synthetic partner passphrase";

template <typename T>
T* childOf(const QObject* parent, const char* name) {
    auto* child = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(child, nullptr) << "no child named " << name;
    return child;
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

/// The text of `row`, `column` as the view shows it (through the sorting proxy).
QString cell(const QTableView* view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

/// Fingerprint text with every separator (spaces, line breaks, colons) removed.
QString hexOnly(QString text) {
    text.remove(QLatin1Char(':'));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

class ExchangePageTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        makePage();
    }

    void makePage() {
        page = std::make_unique<ExchangePage>(*ws);
        page->resize(1100, 700);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }

    /// A second agency, THA/DSI, with its own identity: the partner whose certificate is added.
    std::unique_ptr<Workspace> makePartner() {
        Agency local;
        local.code = "DSI";
        local.country = "THA";
        local.name = "Department of Special Investigation (synthetic test agency)";
        auto partner = must(Workspace::create(dir.file("partner.db"), local, testAdministrator(), testOptions(clock, 7)));
        must(partner->trust.createIdentity(kPartnerPassphrase));
        return partner;
    }

    /// Writes the partner's certificate as PEM to a file, as the partner would hand it over.
    std::string partnerCertificateFile(Workspace& partner) {
        const std::string path = dir.file("dsi.pem");
        writeText(path, must(partner.trust.identity()).certificatePem);
        return path;
    }

    QTableView* partnerTable() const { return page->partnersPanel()->view(); }
    QTableView* logTable() const { return page->logPanel()->view(); }

    std::unique_ptr<ExchangePage> page;
};

TEST_F(ExchangePageTest, CreatesTheIdentityThroughThePassphraseDialog) {
    EXPECT_TRUE(childOf<QWidget>(page.get(), "identityMissing")->isVisible());
    QSignalSpy changed(page.get(), &ui::Page::dataChanged);

    PassphraseDialog* dialog = page->identityPanel()->createIdentity();
    ASSERT_NE(dialog, nullptr);
    auto* first = childOf<QLineEdit>(dialog, "passphraseField");
    auto* repeat = childOf<QLineEdit>(dialog, "passphraseRepeatField");
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(childOf<QLabel>(dialog, "passphraseWarning")->isVisible()) << "a lost passphrase is gone";

    first->setText(QStringLiteral("correct horse battery staple"));
    repeat->setText(QStringLiteral("correct horse battery stapel"));
    EXPECT_FALSE(ok->isEnabled()) << "the two entries differ";
    EXPECT_TRUE(childOf<QLabel>(dialog, "passphraseMismatch")->isVisible());
    EXPECT_FALSE(childOf<QLabel>(dialog, "passphraseStrength")->text().isEmpty());
    repeat->setText(QStringLiteral("correct horse battery staple"));
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    auto identity = ws->trust.identity();
    ASSERT_TRUE(identity.ok()) << identity.error().toString();
    const QString shown = labelText(*page, "identityFingerprint");
    EXPECT_EQ(hexOnly(shown), hexOnly(QString::fromStdString(identity->certificate.fingerprint)));
    EXPECT_EQ(shown.count(QLatin1Char('\n')), 1) << "32 pairs in two lines of 16";
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(ws->trust.unlock("correct horse battery staple").ok()) << "the key is under the typed passphrase";
}

TEST_F(ExchangePageTest, AShortPassphraseIsRefusedByCoreAndTheDialogStaysOpen) {
    PassphraseDialog* dialog = page->identityPanel()->createIdentity();
    ASSERT_NE(dialog, nullptr);
    childOf<QLineEdit>(dialog, "passphraseField")->setText(QStringLiteral("short"));
    childOf<QLineEdit>(dialog, "passphraseRepeatField")->setText(QStringLiteral("short"));
    dialog->accept();

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(childOf<QLabel>(dialog, "passphraseError")->text().isEmpty());
    EXPECT_FALSE(ws->trust.identity().ok()) << "nothing was stored";
    dialog->reject();
}

TEST_F(ExchangePageTest, AddsAPartnerOnlyOnceTheFingerprintIsConfirmed) {
    auto partner = makePartner();
    const std::string fingerprint = must(partner->trust.identity()).certificate.fingerprint;
    page->showSection(ExchangePage::Section::Partners);

    ui::AddPartnerDialog* dialog = page->partnersPanel()->addCertificate();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->setCertificateFile(QString::fromStdString(partnerCertificateFile(*partner))));
    // Filled from the certificate Lintas made for the partner.
    EXPECT_EQ(childOf<QLineEdit>(dialog, "partnerAgencyCode")->text(), QStringLiteral("DSI"));
    EXPECT_EQ(childOf<QComboBox>(dialog, "partnerCountry")->currentData().toString(), QStringLiteral("THA"));
    childOf<QLineEdit>(dialog, "partnerNote")->setText(QStringLiteral("confirmed by phone with the DSI liaison desk"));

    auto* save = childOf<QPushButton>(dialog, "addPartnerSave");
    QTest::mouseClick(childOf<QPushButton>(dialog, "addPartnerNext"), Qt::LeftButton);
    EXPECT_EQ(hexOnly(labelText(*dialog, "partnerFingerprint")), hexOnly(QString::fromStdString(fingerprint)));
    EXPECT_TRUE(save->isVisible());
    EXPECT_FALSE(save->isEnabled()) << "not before the fingerprint is confirmed";
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(partnerTable()->model()->rowCount(), 0);

    childOf<QCheckBox>(dialog, "fingerprintConfirmed")->setChecked(true);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    ASSERT_EQ(partnerTable()->model()->rowCount(), 1);
    EXPECT_EQ(cell(partnerTable(), 0, PartnerCertificateModel::Agency), QStringLiteral("DSI"));
    EXPECT_EQ(cell(partnerTable(), 0, PartnerCertificateModel::State), QStringLiteral("Trusted"));
    EXPECT_TRUE(cell(partnerTable(), 0, PartnerCertificateModel::Country).contains(QStringLiteral("THA")));
    const auto stored = must(ws->trust.byFingerprint(fingerprint));
    EXPECT_EQ(stored.note, "confirmed by phone with the DSI liaison desk");
}

TEST_F(ExchangePageTest, ACertificateForAnotherCountryIsRefusedWithCoresReason) {
    auto partner = makePartner();
    ui::AddPartnerDialog* dialog = page->partnersPanel()->addCertificate();
    ASSERT_TRUE(dialog->setCertificateFile(QString::fromStdString(partnerCertificateFile(*partner))));
    auto* country = childOf<QComboBox>(dialog, "partnerCountry");
    country->setCurrentIndex(country->findData(QStringLiteral("VNM")));  // the certificate says TH
    QTest::mouseClick(childOf<QPushButton>(dialog, "addPartnerNext"), Qt::LeftButton);
    childOf<QCheckBox>(dialog, "fingerprintConfirmed")->setChecked(true);
    QTest::mouseClick(childOf<QPushButton>(dialog, "addPartnerSave"), Qt::LeftButton);

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(labelText(*dialog, "addPartnerError").isEmpty());
    EXPECT_EQ(partnerTable()->model()->rowCount(), 0);
    dialog->reject();
}

TEST_F(ExchangePageTest, RevokesAPartnerWithAReason) {
    auto partner = makePartner();
    const std::string fingerprint = must(partner->trust.identity()).certificate.fingerprint;
    must(ws->trust.add(must(partner->trust.identity()).certificatePem, "DSI", "THA", "DSI (synthetic)"));
    page->reload();
    ASSERT_EQ(partnerTable()->model()->rowCount(), 1);
    EXPECT_EQ(page->partnersPanel()->revokeSelected(), nullptr) << "nothing selected";

    partnerTable()->setCurrentIndex(partnerTable()->model()->index(0, 0));
    QDialog* dialog = page->partnersPanel()->revokeSelected();
    ASSERT_NE(dialog, nullptr);
    auto* confirm = childOf<QPushButton>(dialog, "revokeConfirm");
    EXPECT_FALSE(confirm->isEnabled()) << "a reason is required";
    childOf<QPlainTextEdit>(dialog, "revokeReason")->setPlainText(QStringLiteral("key reported lost by DSI"));
    ASSERT_TRUE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    EXPECT_EQ(cell(partnerTable(), 0, PartnerCertificateModel::State), QStringLiteral("Revoked"));
    EXPECT_EQ(partnerTable()->model()->index(0, 0).data(PartnerCertificateModel::RevokedRole).toBool(), true);
    const auto stored = must(ws->trust.byFingerprint(fingerprint));
    EXPECT_EQ(stored.state, exchange::TrustState::Revoked);
    EXPECT_EQ(stored.revokedReason, "key reported lost by DSI");
    EXPECT_FALSE(childOf<QPushButton>(page.get(), "revokePartnerButton")->isEnabled()) << "revoked once only";
}

TEST_F(ExchangePageTest, TheLogShowsSentAndRejectedBundles) {
    // A bundle from THA to us goes through core's real export: a "sent" row in THA's log. Our
    // own log gets a rejected file.
    auto partner = makePartner();
    must(ws->trust.createIdentity("synthetic local passphrase"));
    must(partner->trust.add(must(ws->trust.identity()).certificatePem, "BARESKRIM", "IDN", "Bareskrim (synthetic)"));
    // Marked H1 and TLP:AMBER: an export that needs no supervisor's approval.
    Case marked = makeCase();
    marked.handlingCode = "H1";
    const Case sent = must(partner->cases.create(marked));
    exchange::ExportRequest request;
    exchange::CaseSelection selection;
    selection.caseUuid = sent.meta.uuid;
    request.cases.push_back(selection);
    request.recipientCode = "BARESKRIM";
    request.recipientCountry = "IDN";
    request.purpose = "Investigation";
    request.tlp = "AMBER";
    request.handlingCode = "H1";
    const auto signer = must(partner->trust.unlock(kPartnerPassphrase));
    must(partner->bundles.exportBundle(request, signer, dir.file("to-idn")));

    const std::string junk = dir.file("forged.lintas");
    writeText(junk, "not a bundle");
    must(ws->bundles.logRejected(junk, Error{ErrorCode::Malformed, "bundle", "not a ZIP archive"}));
    page->reload();

    ASSERT_EQ(logTable()->model()->rowCount(), 1);
    EXPECT_EQ(cell(logTable(), 0, ExchangeLogModel::Direction), QStringLiteral("Received"));
    EXPECT_EQ(cell(logTable(), 0, ExchangeLogModel::Verdict), QStringLiteral("Rejected"));
    EXPECT_EQ(cell(logTable(), 0, ExchangeLogModel::FileName), QStringLiteral("forged.lintas"));
    logTable()->setCurrentIndex(logTable()->model()->index(0, 0));
    const QString details = childOf<QTextBrowser>(page.get(), "logDetails")->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("not a ZIP archive"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Nothing from this file was imported")));

    // The partner's page over its own database shows the export, with its summary.
    ExchangePage partnerPage(*partner);
    QTableView* partnerLog = partnerPage.logPanel()->view();
    ASSERT_EQ(partnerLog->model()->rowCount(), 1);
    EXPECT_EQ(cell(partnerLog, 0, ExchangeLogModel::Direction), QStringLiteral("Sent"));
    EXPECT_EQ(cell(partnerLog, 0, ExchangeLogModel::Partner), QStringLiteral("IDN · BARESKRIM"));
    EXPECT_EQ(cell(partnerLog, 0, ExchangeLogModel::Tlp), QStringLiteral("TLP:AMBER"));
    partnerLog->setCurrentIndex(partnerLog->model()->index(0, 0));
    const QString sentDetails = childOf<QTextBrowser>(&partnerPage, "logDetails")->toPlainText();
    EXPECT_TRUE(sentDetails.contains(QStringLiteral("Cases"))) << sentDetails.toStdString();

    // Filters: direction through core, words in memory.
    auto* direction = childOf<QComboBox>(page.get(), "logDirection");
    direction->setCurrentIndex(direction->findData(QStringLiteral("sent")));
    EXPECT_EQ(logTable()->model()->rowCount(), 0);
    direction->setCurrentIndex(0);
    ASSERT_EQ(logTable()->model()->rowCount(), 1);
    childOf<QLineEdit>(page.get(), "logFilter")->setText(QStringLiteral("nothing like it"));
    EXPECT_EQ(logTable()->model()->rowCount(), 0);
    childOf<QLineEdit>(page.get(), "logFilter")->setText(QStringLiteral("FORGED"));
    EXPECT_EQ(logTable()->model()->rowCount(), 1);
}

TEST_F(ExchangePageTest, ExportAndImportButtonsWaitForSomeoneToListen) {
    auto* exportButton = childOf<QPushButton>(page.get(), "exportCasesButton");
    auto* importButton = childOf<QPushButton>(page.get(), "importBundleButton");
    EXPECT_FALSE(exportButton->isEnabled());
    QSignalSpy exports(page.get(), &ExchangePage::exportRequested);
    QSignalSpy imports(page.get(), &ExchangePage::importRequested);
    QCoreApplication::processEvents();  // the buttons follow connections through a queued update
    ASSERT_TRUE(exportButton->isEnabled());
    ASSERT_TRUE(importButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTest::mouseClick(importButton, Qt::LeftButton);
    EXPECT_EQ(exports.count(), 1);
    EXPECT_EQ(imports.count(), 1);
}

TEST_F(ExchangePageTest, NoOpenConflictsSaysSo) {
    page->showSection(ExchangePage::Section::Conflicts);
    EXPECT_EQ(page->conflictsPanel()->view()->model()->rowCount(), 0);
    EXPECT_TRUE(childOf<QLabel>(page.get(), "conflictsEmpty")->isVisible());
    EXPECT_FALSE(childOf<QPushButton>(page.get(), "keepOursButton")->isEnabled());
}

// ---- what each role sees, and the supervisor's approvals ----------------------------------------

class ExchangePageRolesTest : public ExchangePageTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        using security::Role;
        for (const auto& [name, role] : {std::pair{"sup.test", Role::Supervisor}, std::pair{"liaison.test", Role::Liaison},
                                         std::pair{"inv.test", Role::Investigator}})
            must(ws->users.create(name, name, security::RoleSet{role}, kTestPassword, kTestPassword));
    }
    /// Signs `username` in (closing the administrator's session) and builds their page. A button
    /// the session may not use is hidden (isHidden), whichever tab is current.
    void pageFor(const std::string& username) {
        page.reset();
        reopenAs(username);
        makePage();
    }
    [[nodiscard]] bool tabShown(ExchangePage::Section section) const { return page->isSectionVisible(section); }
    /// Audit entries of `action` so far.
    std::int64_t audited(const char* action) {
        security::AuditQuery q;
        q.action = action;
        return must(ws->audit().count(q));
    }
    /// The synthetic partner THA/DSI trusted here, and a case marked H2 to send it.
    Case trustedPartnerAndACase() {
        partner = makePartner();
        must(ws->trust.add(must(partner->trust.identity()).certificatePem, "DSI", "THA", "DSI (synthetic)"));
        return must(ws->cases.create(makeCase()));
    }
    std::unique_ptr<Workspace> partner;
};

TEST_F(ExchangePageRolesTest, AnInvestigatorSeesNoExchangeTabAndCausesNoRefusal) {
    pageFor("inv.test");
    const std::int64_t denied = audited(security::audit::kPermissionDenied);
    for (auto section : {ExchangePage::Section::Identity, ExchangePage::Section::Partners, ExchangePage::Section::Log,
                         ExchangePage::Section::Conflicts, ExchangePage::Section::Approvals})
        EXPECT_FALSE(tabShown(section)) << static_cast<int>(section);
    EXPECT_TRUE(page->exportButton()->isHidden());
    EXPECT_TRUE(page->importButton()->isHidden());
    page->reload();
    EXPECT_EQ(audited(security::audit::kPermissionDenied), denied)
        << "the page asks core for nothing the session may not read";
}

TEST_F(ExchangePageRolesTest, ALiaisonOfficerManagesTheExchangeButDoesNotApprove) {
    pageFor("liaison.test");
    for (auto section : {ExchangePage::Section::Identity, ExchangePage::Section::Partners, ExchangePage::Section::Log,
                         ExchangePage::Section::Conflicts, ExchangePage::Section::Approvals})
        EXPECT_TRUE(tabShown(section)) << static_cast<int>(section);
    EXPECT_FALSE(page->exportButton()->isHidden());
    EXPECT_FALSE(page->importButton()->isHidden());
    EXPECT_FALSE(childOf<QPushButton>(page.get(), "addPartnerButton")->isHidden());
    page->showSection(ExchangePage::Section::Approvals);
    EXPECT_EQ(page->currentSection(), ExchangePage::Section::Approvals);
    EXPECT_TRUE(childOf<QPushButton>(page.get(), "approveExportButton")->isHidden());
    EXPECT_EQ(page->approvalsPanel()->approveExport(), nullptr);
    EXPECT_TRUE(childOf<QLabel>(page.get(), "approvalsEmpty")->isVisible());
}

TEST_F(ExchangePageRolesTest, ASupervisorApprovesAnExportFromTheApprovalsTab) {
    const Case c = trustedPartnerAndACase();
    pageFor("sup.test");
    EXPECT_TRUE(tabShown(ExchangePage::Section::Approvals));
    EXPECT_TRUE(tabShown(ExchangePage::Section::Partners)) << "a supervisor reads the trust store";
    EXPECT_TRUE(childOf<QPushButton>(page.get(), "addPartnerButton")->isHidden());
    EXPECT_TRUE(childOf<QPushButton>(page.get(), "createIdentityButton")->isHidden());
    EXPECT_TRUE(page->exportButton()->isHidden());
    page->showSection(ExchangePage::Section::Approvals);
    auto* approve = childOf<QPushButton>(page.get(), "approveExportButton");
    ASSERT_TRUE(approve->isVisible());

    QTest::mouseClick(approve, Qt::LeftButton);
    auto* dialog = page->findChild<ui::ApproveExportDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* ok = childOf<QPushButton>(dialog, "approveButton");
    EXPECT_FALSE(ok->isEnabled()) << "no case chosen yet";
    childOf<QLineEdit>(dialog, "approveCasesField")->setText(QStringLiteral("NO-SUCH-CASE"));
    EXPECT_TRUE(labelText(*dialog, "approveCasesFound").contains(QStringLiteral("NO-SUCH-CASE")));
    EXPECT_FALSE(ok->isEnabled());
    childOf<QLineEdit>(dialog, "approveCasesField")->setText(QString::fromStdString(c.reference));
    EXPECT_TRUE(labelText(*dialog, "approveCasesFound").contains(QString::fromStdString(c.title)));
    auto* recipient = childOf<QComboBox>(dialog, "approveRecipientField");
    ASSERT_EQ(recipient->count(), 1);
    EXPECT_TRUE(recipient->currentText().contains(QStringLiteral("DSI")));
    auto* tlp = childOf<QComboBox>(dialog, "approveTlpField");
    tlp->setCurrentIndex(tlp->findData(QStringLiteral("RED")));
    childOf<QPlainTextEdit>(dialog, "approveNoteField")->setPlainText(QStringLiteral("Joint operation (synthetic)"));

    // The digest shown is core's digest of exactly the request the exporter will make.
    exchange::ExportRequest request;
    exchange::CaseSelection selection;
    selection.caseUuid = c.meta.uuid;
    request.cases.push_back(selection);
    request.recipientCode = "DSI";
    request.recipientCountry = "THA";
    request.tlp = "RED";
    request.handlingCode = "H2";
    const std::string digest = must(ws->bundles.requestDigest(request));
    EXPECT_EQ(labelText(*dialog, "approveDigest"), QString::fromStdString(digest));
    QDir().mkpath(QStringLiteral("/tmp/xwiz"));  // pictures for a person to look at, not compared
    dialog->grab().save(QStringLiteral("/tmp/xwiz/approve-dialog.png"));
    ASSERT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->findChild<ui::ApproveExportDialog*>() == nullptr; }, 5000))
        << labelText(*dialog, "approveError").toStdString();

    const auto approvals = must(ws->bundles.approvals(true));
    ASSERT_EQ(approvals.size(), 1u);
    EXPECT_EQ(approvals[0].requestDigest, digest);
    EXPECT_EQ(approvals[0].approvedBy, "sup.test");
    EXPECT_EQ(approvals[0].note, "Joint operation (synthetic)");
    QTableView* table = page->approvalsPanel()->view();
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(cell(table, 0, ui::ApprovalModel::Status), ui::ApprovalModel::tr("Pending"));
    EXPECT_EQ(cell(table, 0, ui::ApprovalModel::By), QStringLiteral("sup.test"));
    EXPECT_EQ(labelText(*page, "approvalCount"), ui::ApprovalsPanel::tr("%n pending approval(s)", "", 1));
    auto* tabs = childOf<QTabWidget>(page.get(), "exchangeTabs");
    EXPECT_TRUE(tabs->tabText(tabs->currentIndex()).contains(QStringLiteral("1")));
    page->grab().save(QStringLiteral("/tmp/xwiz/approvals-tab.png"));
}

TEST_F(ExchangePageRolesTest, ApprovalModelKeepsQtsContracts) {
    ui::ApprovalModel model;
    exchange::ExportApproval pending;
    pending.id = 1;
    pending.requestDigest = std::string(64, 'a');
    pending.approvedBy = "sup.test";
    pending.approvedAt = "2026-03-15T09:00:00Z";
    exchange::ExportApproval used = pending;
    used.id = 2;
    used.usedAt = "2026-03-15T10:00:00Z";
    model.setApprovals({pending, used});
    EXPECT_EQ(model.pendingCount(), 1);
    EXPECT_TRUE(modelTesterProblems(&model).empty());
    ui::ApprovalModel empty;
    EXPECT_TRUE(modelTesterProblems(&empty).empty());
}

// ---- models under QAbstractItemModelTester ------------------------------------------------------

exchange::PartnerCertificate partnerRow(const std::string& code, const std::string& fingerprint, bool revoked,
                                        const std::string& notAfter) {
    exchange::PartnerCertificate c;
    c.id = static_cast<std::int64_t>(fingerprint.size());
    c.agencyCode = code;
    c.country = "THA";
    c.agencyName = "Synthetic agency";
    c.fingerprint = fingerprint;
    c.certificate.notAfter = notAfter;
    c.state = revoked ? exchange::TrustState::Revoked : exchange::TrustState::Trusted;
    c.addedAt = "2026-01-10T08:00:00Z";
    return c;
}

TEST(ExchangeModelsTest, PartnerCertificateModelKeepsQtsContracts) {
    PartnerCertificateModel model;
    model.setCertificates({partnerRow("DSI", "AA:BB:CC:DD:EE:FF:00:11:22", false, "2027-01-01T00:00:00Z"),
                           partnerRow("RTP", "11:22:33:44:55:66:77:88:99:00", true, "2026-01-01T00:00:00Z")},
                          "2026-03-15T09:00:00Z");
    EXPECT_EQ(modelTesterProblems(&model), std::vector<std::string>{});
    EXPECT_EQ(model.index(1, PartnerCertificateModel::State).data().toString(), QStringLiteral("Revoked"));
    EXPECT_TRUE(model.index(1, 0).data(PartnerCertificateModel::ExpiredRole).toBool());
    EXPECT_TRUE(model.index(1, PartnerCertificateModel::ValidUntil).data().toString().contains(QStringLiteral("expired")));
    EXPECT_FALSE(model.index(1, PartnerCertificateModel::State).data(Qt::DecorationRole).isNull())
        << "state is shown with an icon, not colour alone";

    // Revoking one certificate changes its row only.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.upsert(partnerRow("DSI", "AA:BB:CC:DD:EE:FF:00:11:22", true, "2027-01-01T00:00:00Z"));
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes.at(0).at(0).toModelIndex().row(), 0);
    model.upsert(partnerRow("NCB", "99:88", false, "2027-01-01T00:00:00Z"));
    EXPECT_EQ(model.rowCount(), 3);
}

TEST(ExchangeModelsTest, ExchangeLogModelKeepsQtsContracts) {
    ExchangeLogModel model;
    exchange::ExchangeLogEntry sent;
    sent.id = 1;
    sent.direction = "sent";
    sent.peerCode = "DSI";
    sent.peerCountry = "THA";
    sent.verdict = "sent";
    sent.signerFingerprint = "AA:BB:CC:DD:EE:FF:00:11:22:33:44";
    sent.tlp = "AMBER";
    sent.handlingCode = "H2";
    sent.at = "2026-03-15T09:00:00Z";
    exchange::ExchangeLogEntry rejected;
    rejected.id = 2;
    rejected.direction = "received";
    rejected.verdict = "rejected";
    rejected.reason = "untrusted [manifest.p7s]: certificate expired";
    rejected.at = "2026-03-15T10:00:00Z";
    model.setEntries({sent, rejected});
    EXPECT_EQ(modelTesterProblems(&model), std::vector<std::string>{});
    EXPECT_EQ(model.index(0, ExchangeLogModel::Signer).data().toString(), QStringLiteral("AA:BB:CC…22:33:44"));
    EXPECT_EQ(model.index(0, ExchangeLogModel::Signer).data(Qt::ToolTipRole).toString(),
              QStringLiteral("AA:BB:CC:DD:EE:FF:00:11:22:33:44"));
    EXPECT_EQ(model.index(1, ExchangeLogModel::Verdict).data().toString(), QStringLiteral("Rejected"));
    EXPECT_FALSE(model.index(1, ExchangeLogModel::Verdict).data(Qt::DecorationRole).isNull());
    EXPECT_EQ(model.index(1, ExchangeLogModel::Partner).data().toString(), QStringLiteral("(unknown)"));
}

TEST(ExchangeModelsTest, ConflictModelKeepsQtsContracts) {
    ui::ConflictModel model;
    exchange::ImportConflict title;
    title.id = 4;
    title.kind = "case";
    title.recordLabel = "THA-DSI-2026-000001";
    title.field = "title";
    title.ours = R"("Online job scam, Sihanoukville")";
    title.theirs = R"json("Online job scam, Sihanoukville (KHM)")json";
    exchange::ImportConflict countries = title;
    countries.id = 5;
    countries.field = "countries";
    countries.ours = R"(["IDN","KHM"])";
    countries.theirs = "null";
    model.setConflicts({title, countries});
    EXPECT_EQ(modelTesterProblems(&model), std::vector<std::string>{});
    EXPECT_EQ(model.index(0, ui::ConflictModel::Ours).data().toString(),
              QStringLiteral("Online job scam, Sihanoukville"));
    EXPECT_EQ(model.index(1, ui::ConflictModel::Ours).data().toString(), QStringLiteral("IDN, KHM"));
    EXPECT_EQ(model.index(1, ui::ConflictModel::Theirs).data().toString(), QStringLiteral("(empty)"));
    EXPECT_EQ(model.openCount(), 2);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.remove(4);
    EXPECT_EQ(resets.count(), 0) << "a decided conflict leaves without resetting the list";
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(ui::ConflictModel::ConflictIdRole).toLongLong(), 5);
}

TEST(ExchangeWordingTest, FingerprintsAreGroupedForReadingAloud) {
    std::string fingerprint;
    for (int i = 0; i < 32; ++i)
        fingerprint += (i ? ":" : "") + std::string(i % 2 ? "AB" : "0F");
    const QString grouped = ExchangePage::groupedFingerprint(fingerprint);
    const QStringList lines = grouped.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0].split(QLatin1Char(' ')).size(), 16);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("0F AB 0F")));
}

}  // namespace
}  // namespace lintas::test
