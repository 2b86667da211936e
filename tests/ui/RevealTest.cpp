// The People page and a victim: masked display, "Show identifying details…" with a reason, and
// "Who has seen this record".
#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "persons/PersonSearchModel.h"
#include "persons/PersonsPage.h"
#include "security/AuditModel.h"
#include "security/RevealDialog.h"
#include "security/SeenByPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace lintas::test {
namespace {

using security::Role;
using ui::AuditModel;
using ui::PersonsPage;
using ui::RevealDialog;

template <typename T>
T* childOf(QWidget* root, const char* name) {
    auto* w = root->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << "no child named " << name;
    return w;
}

/// Dewi Lestari (synthetic) is a victim in one case; Bambang Hartono a suspect.
class RevealTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        Person p = makePerson("Dewi", "Lestari");
        p.birthDate = "1999-04-02";
        p.identifiers.push_back(Identifier{"Phone", "+62 812 3456 7890", {}, std::nullopt});
        dewi = must(ws->persons.create(p)).meta.uuid;
        Person s = makePerson("Bambang", "Hartono");
        s.sex = "Male";
        s.gender = "Masculine";
        bambang = must(ws->persons.create(s)).meta.uuid;
        const Case c = must(ws->cases.create(makeCase()));
        must(ws->cases.addParty(c.meta.uuid, dewi, "Victim"));
        must(ws->cases.addParty(c.meta.uuid, bambang, "Suspect"));
    }
    void TearDown() override { page.reset(); }

    void openPage(const std::string& person) {
        page = std::make_unique<PersonsPage>(*ws);
        page->resize(1400, 900);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        page->openPerson(QString::fromStdString(person));
    }
    QLineEdit* line(const char* name) const { return childOf<QLineEdit>(page.get(), name); }
    QWidget* banner() const { return childOf<QWidget>(page.get(), "identityBanner"); }
    ui::SeenByPanel* seenBy() const { return childOf<ui::SeenByPanel>(page.get(), "seenByPanel"); }

    /// Reveals the person on show with `reason` through the dialog.
    void reveal(const QString& reason) {
        RevealDialog* dialog = page->revealIdentity();
        ASSERT_NE(dialog, nullptr);
        childOf<QLineEdit>(dialog, "revealReason")->setText(reason);
        QTest::mouseClick(childOf<QPushButton>(dialog, "revealConfirm"), Qt::LeftButton);
        QCoreApplication::processEvents();
    }

    std::string dewi;
    std::string bambang;
    std::unique_ptr<PersonsPage> page;
};

TEST_F(RevealTest, AVictimIsShownMaskedAndReadOnly) {
    openPage(dewi);
    EXPECT_TRUE(banner()->isVisible());
    EXPECT_EQ(labelText(*page, "identityBannerTitle"), QStringLiteral("Identifying details hidden"));
    EXPECT_EQ(labelText(*page, "personHeading"), QStringLiteral("Victim (identity hidden)"));
    EXPECT_NE(line("personGivenNames")->text(), QStringLiteral("Dewi"));
    EXPECT_TRUE(line("personFamilyName")->text().isEmpty());
    EXPECT_TRUE(line("personBirthDate")->text().isEmpty());
    EXPECT_EQ(line("personFamilyName")->placeholderText(), QStringLiteral("(hidden)"));
    EXPECT_EQ(childOf<QTableView>(page.get(), "personIdentifiers")->model()->rowCount(), 0);
    EXPECT_FALSE(childOf<QWidget>(page.get(), "personIdentifierSection")->isVisible()) << "not an empty table";
    EXPECT_FALSE(childOf<QWidget>(page.get(), "personAliasSection")->isVisible());
    EXPECT_FALSE(line("personGivenNames")->isEnabled()) << "a masked form cannot be edited";
    EXPECT_FALSE(childOf<QPushButton>(page.get(), "personAddIdentifier")->isEnabled());
    EXPECT_TRUE(childOf<QPushButton>(page.get(), "revealIdentityButton")->isVisible());
    EXPECT_TRUE(childOf<QTableView>(page.get(), "personRoles")->isVisible()) << "the cases stay reachable";

    // A suspect is not masked.
    page->openPerson(QString::fromStdString(bambang));
    EXPECT_FALSE(banner()->isVisible());
    EXPECT_EQ(line("personGivenNames")->text(), QStringLiteral("Bambang"));
    EXPECT_TRUE(line("personGivenNames")->isEnabled());
    EXPECT_EQ(page->revealIdentity(), nullptr) << "nothing to reveal";
}

TEST_F(RevealTest, RevealNeedsAReasonAndThenShowsTheIdentity) {
    openPage(dewi);
    RevealDialog* dialog = page->revealIdentity();
    ASSERT_NE(dialog, nullptr);
    auto* confirm = childOf<QPushButton>(dialog, "revealConfirm");
    auto* reason = childOf<QLineEdit>(dialog, "revealReason");
    EXPECT_FALSE(confirm->isEnabled()) << "a reason is required";
    reason->setText(QStringLiteral("   "));
    EXPECT_FALSE(confirm->isEnabled()) << "blanks are no reason";
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(line("personFamilyName")->text(), QString()) << "still masked";

    // A quick choice fills the reason in.
    QTest::mouseClick(childOf<QPushButton>(dialog, "revealQuickReason2"), Qt::LeftButton);
    EXPECT_EQ(reason->text(), QStringLiteral("Court preparation"));
    ASSERT_TRUE(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCoreApplication::processEvents();

    EXPECT_EQ(line("personGivenNames")->text(), QStringLiteral("Dewi"));
    EXPECT_EQ(line("personFamilyName")->text(), QStringLiteral("Lestari"));
    EXPECT_EQ(line("personBirthDate")->text(), QStringLiteral("1999-04-02"));
    EXPECT_EQ(labelText(*page, "personHeading"), QStringLiteral("Dewi Lestari"));
    EXPECT_EQ(childOf<QTableView>(page.get(), "personIdentifiers")->model()->rowCount(), 1);
    EXPECT_TRUE(childOf<QWidget>(page.get(), "personIdentifierSection")->isVisible());
    EXPECT_TRUE(line("personGivenNames")->isEnabled()) << "editing is enabled on the revealed form";
    EXPECT_EQ(labelText(*page, "identityBannerTitle"), QStringLiteral("Identifying details shown"));
    EXPECT_FALSE(childOf<QPushButton>(page.get(), "revealIdentityButton")->isVisible());

    const auto reads = must(ws->audit().readsOf(dewi));
    ASSERT_EQ(reads.size(), 1u);
    EXPECT_EQ(reads[0].reason, "Court preparation");
    EXPECT_EQ(reads[0].username, "admin.test");
}

TEST_F(RevealTest, ARevealedVictimCanBeEditedAndStaysOutOfTheResultsByName) {
    openPage(dewi);
    reveal(QStringLiteral("Interview preparation"));
    line("personMiddleName")->setFocus();
    QTest::keyClicks(line("personMiddleName"), QStringLiteral("Ayu"));
    auto* save = childOf<QPushButton>(page.get(), "savePersonButton");
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    EXPECT_FALSE(save->isEnabled()) << "saved";
    const Person stored = must(ws->persons.reveal(dewi, "check of a test"));
    EXPECT_EQ(stored.middleName, "Ayu");
    EXPECT_EQ(labelText(*page, "identityBannerTitle"), QStringLiteral("Identifying details shown"));
    auto* results = childOf<QTableView>(page.get(), "personResults")->model();
    ASSERT_GE(results->rowCount(), 1);
    EXPECT_EQ(results->index(0, ui::PersonSearchModel::NameColumn).data().toString(),
              QStringLiteral("Victim (identity hidden)"));
    EXPECT_TRUE(results->index(0, 0).data(ui::PersonSearchModel::MaskedRole).toBool());

    // Revert after an edit returns to the revealed record, not to the mask.
    QTest::keyClicks(line("personMiddleName"), QStringLiteral("x"));
    QTest::mouseClick(childOf<QPushButton>(page.get(), "revertPersonButton"), Qt::LeftButton);
    EXPECT_EQ(line("personMiddleName")->text(), QStringLiteral("Ayu"));
    EXPECT_EQ(must(ws->audit().readsOf(dewi)).size(), 2u) << "the page's reading and this test's own";
}

TEST_F(RevealTest, WhoHasSeenTheRecordListsEachReadingWithItsReason) {
    openPage(dewi);
    EXPECT_TRUE(seenBy()->isVisible());
    EXPECT_TRUE(childOf<QLabel>(page.get(), "seenByEmpty")->isVisible());
    reveal(QStringLiteral("Referral to shelter"));

    AuditModel* model = seenBy()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, AuditModel::UserColumn).data().toString(), QStringLiteral("admin.test"));
    EXPECT_EQ(model->index(0, AuditModel::ReasonColumn).data().toString(), QStringLiteral("Referral to shelter"));
    EXPECT_EQ(model->index(0, AuditModel::TimeColumn).data().toString().left(10), QStringLiteral("2026-03-15"));
    EXPECT_FALSE(childOf<QLabel>(page.get(), "seenByEmpty")->isVisible());

    // Not shown for a person who is no victim.
    page->openPerson(QString::fromStdString(bambang));
    EXPECT_FALSE(seenBy()->isVisible());
}

TEST_F(RevealTest, AnInvestigatorMayRevealButDoesNotSeeWhoHasSeen) {
    must(ws->users.create("inv.sari", "Sari (synthetic)", {Role::Investigator}, kTestPassword, kTestPassword));
    reopenAs("inv.sari");
    openPage(dewi);
    EXPECT_FALSE(seenBy()->isVisible()) << "the audit log is a supervisor's";
    reveal(QStringLiteral("Interview preparation"));
    EXPECT_EQ(line("personGivenNames")->text(), QStringLiteral("Dewi"));
    page.reset();

    reopenAs("admin.test");
    const auto reads = must(ws->audit().readsOf(dewi));
    ASSERT_EQ(reads.size(), 1u);
    EXPECT_EQ(reads[0].username, "inv.sari");
}

TEST_F(RevealTest, ALiaisonOfficerSeesTheMaskWithoutAWayAround) {
    must(ws->users.create("liaison.budi", "Budi (synthetic)", {Role::Liaison}, kTestPassword, kTestPassword));
    reopenAs("liaison.budi");
    openPage(dewi);
    EXPECT_TRUE(banner()->isVisible());
    EXPECT_FALSE(childOf<QPushButton>(page.get(), "revealIdentityButton")->isVisible());
    EXPECT_TRUE(labelText(*page, "identityBannerText").contains(QStringLiteral("your roles do not include")));
    EXPECT_EQ(page->revealIdentity(), nullptr);
}

}  // namespace
}  // namespace lintas::test
