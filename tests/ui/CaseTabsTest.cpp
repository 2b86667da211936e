// The six non-summary tabs of the case workspace, driven as a user would: buttons clicked,
// dialogs filled in by object name, results read from what the tab shows and from core.
#include "TestWorkspace.h"
#include "UiTestSupport.h"

#include "cases/tabs/AttachmentsTab.h"
#include "cases/tabs/CaseAttachmentModel.h"
#include "cases/tabs/CaseLinkModel.h"
#include "cases/tabs/CaseNoteModel.h"
#include "cases/tabs/CasePartyModel.h"
#include "cases/tabs/CaseReferralModel.h"
#include "cases/tabs/CaseReferralsTab.h"
#include "cases/tabs/CaseRelationshipModel.h"
#include "cases/tabs/CodeChecklist.h"
#include "cases/tabs/JourneyLegModel.h"
#include "cases/tabs/JourneyRouteDiagram.h"
#include "cases/tabs/JourneyTab.h"
#include "cases/tabs/LinksTab.h"
#include "cases/tabs/PeopleTab.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/TimelineTab.h"
#include "common/ErrorText.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

#include <fstream>

namespace lintas::test {
namespace {

using namespace lintas::ui;

class CaseTabsTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        caseUuid = must(ws->cases.create(makeCase())).meta.uuid;
    }

    QString caseId() const { return QString::fromStdString(caseUuid); }

    std::string addPerson(const std::string& given, const std::string& family, const std::string& role) {
        const std::string uuid = must(ws->persons.create(makePerson(given, family))).meta.uuid;
        must(ws->cases.addParty(caseUuid, uuid, role));
        return uuid;
    }

    JourneyLeg leg(const std::string& person, const std::string& type, const std::string& country,
                   const std::string& city, const std::string& date) {
        JourneyLeg l;
        l.caseUuid = caseUuid;
        l.personUuid = person;
        l.eventType = type;
        l.country = country;
        l.city = city;
        l.eventDate = date;
        return l;
    }

    /// Clicks the button `buttonName` of `tab` and returns the dialog it opened.
    template <typename Dialog = QDialog>
    Dialog* openDialog(QWidget& tab, const char* buttonName, const char* dialogName) {
        auto* button = tab.findChild<QPushButton*>(QString::fromLatin1(buttonName));
        EXPECT_NE(button, nullptr) << buttonName;
        if (!button)
            return nullptr;
        EXPECT_TRUE(button->isEnabled()) << buttonName;
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = tab.findChild<Dialog*>(QString::fromLatin1(dialogName));
        EXPECT_NE(dialog, nullptr) << dialogName;
        EXPECT_TRUE(dialog && dialog->isVisible()) << dialogName;
        return dialog;
    }

    template <typename W>
    static W* child(QWidget* root, const char* name) {
        auto* w = root ? root->findChild<W*>(QString::fromLatin1(name)) : nullptr;
        EXPECT_NE(w, nullptr) << "no child named " << name;
        return w;
    }

    static void selectData(QComboBox* combo, const QString& data) {
        const int row = combo->findData(data);
        ASSERT_GE(row, 0) << data.toStdString();
        combo->setCurrentIndex(row);
    }

    static void clickOk(QDialog* dialog) { QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton); }

    static void selectRow(QTableView* view, int row) {
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static QString cell(QTableView* view, int row, int column) {
        return view->model()->index(row, column).data().toString();
    }

    std::string caseUuid;
};

// --- People ---------------------------------------------------------------------------------------

TEST_F(CaseTabsTest, PeopleTabAddsNewVictimWithNormalisedPhone) {
    PeopleTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    QSignalSpy changed(&tab, &PeopleTab::changed);

    QPointer<QDialog> dialog = openDialog(tab, "addNewPerson", "newPersonDialog");
    ASSERT_TRUE(dialog);
    child<QLineEdit>(dialog, "givenNames")->setText(QStringLiteral("Sri"));
    child<QLineEdit>(dialog, "familyName")->setText(QStringLiteral("Wahyuni"));
    selectData(child<QComboBox>(dialog, "sex"), QStringLiteral("Female"));
    selectData(child<QComboBox>(dialog, "citizenship"), QStringLiteral("IDN"));
    selectData(child<QComboBox>(dialog, "identifierType"), QStringLiteral("Phone"));
    auto* phone = child<QLineEdit>(dialog, "identifierValue");
    auto* preview = child<QLabel>(dialog, "identifierPreview");

    // The preview is core's reading as the user types: an error first, then the E.164 form.
    QTest::keyClicks(phone, QStringLiteral("08"));
    EXPECT_TRUE(preview->text().startsWith(ErrorText::message(ErrorCode::Validation))) << preview->text().toStdString();
    QTest::keyClicks(phone, QStringLiteral("12-3456-7890"));
    EXPECT_TRUE(preview->text().contains(QStringLiteral("+6281234567890"))) << preview->text().toStdString();

    selectData(child<QComboBox>(dialog, "role"), QStringLiteral("Victim"));
    clickOk(dialog);
    ASSERT_TRUE(!dialog || !dialog->isVisible());
    EXPECT_EQ(changed.count(), 1);

    auto* view = child<QTableView>(&tab, "partiesView");
    ASSERT_EQ(view->model()->rowCount(), 1);
    // Once she is a victim in the case, her identity is hidden in the list.
    EXPECT_EQ(cell(view, 0, CasePartyModel::NameColumn), QStringLiteral("Victim (identity hidden)"));
    EXPECT_EQ(cell(view, 0, CasePartyModel::RoleColumn), QStringLiteral("Victim"));

    const auto parties = must(ws->cases.parties(caseUuid));
    ASSERT_EQ(parties.size(), 1U);
    EXPECT_EQ(parties[0].role, "Victim");
    EXPECT_TRUE(must(ws->persons.get(parties[0].personUuid)).identityMasked);
    // What was stored, read as a user allowed to would: revealed with a reason.
    const Person stored = must(ws->persons.reveal(parties[0].personUuid, "checking the new victim's phone"));
    EXPECT_EQ(stored.givenNames, "Sri");
    EXPECT_EQ(stored.familyName, "Wahyuni");
    ASSERT_EQ(stored.identifiers.size(), 1U);
    EXPECT_EQ(stored.identifiers[0].type, "Phone");
    EXPECT_EQ(stored.identifiers[0].normalized, "+6281234567890");

    // The new victim is selected and their (empty) victim profile is ready beside the list.
    auto* panel = child<QStackedWidget>(&tab, "profilePanel");
    EXPECT_EQ(panel->currentWidget()->objectName(), QStringLiteral("victimProfileEditor"));
}

TEST_F(CaseTabsTest, NewPersonWithoutNameShowsCoreErrorAtTheNameAndStaysOpen) {
    PeopleTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    QPointer<QDialog> dialog = openDialog(tab, "addNewPerson", "newPersonDialog");
    ASSERT_TRUE(dialog);
    clickOk(dialog);
    ASSERT_TRUE(dialog && dialog->isVisible());
    auto* error = child<QLabel>(dialog, "error:person.givenNames");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(ErrorText::message(ErrorCode::Validation)));
    EXPECT_TRUE(must(ws->cases.parties(caseUuid)).empty());
}

TEST_F(CaseTabsTest, NewPersonWithUnreadablePhoneKeepsTheDialogAndStoresNothing) {
    PeopleTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    QPointer<QDialog> dialog = openDialog(tab, "addNewPerson", "newPersonDialog");
    ASSERT_TRUE(dialog);
    child<QLineEdit>(dialog, "givenNames")->setText(QStringLiteral("Sri"));
    selectData(child<QComboBox>(dialog, "identifierType"), QStringLiteral("Phone"));
    // National form without a citizenship: core cannot tell the calling code.
    child<QLineEdit>(dialog, "identifierValue")->setText(QStringLiteral("0812 3456 7890"));
    clickOk(dialog);
    ASSERT_TRUE(dialog && dialog->isVisible());
    auto* preview = child<QLabel>(dialog, "identifierPreview");
    EXPECT_TRUE(preview->isVisible());
    EXPECT_TRUE(preview->text().startsWith(ErrorText::message(ErrorCode::Validation))) << preview->text().toStdString();
    EXPECT_TRUE(must(ws->cases.parties(caseUuid)).empty());
    EXPECT_TRUE(must(ws->persons.findByName("Sri")).empty());

    // Giving the citizenship makes it readable, and the person goes in.
    selectData(child<QComboBox>(dialog, "citizenship"), QStringLiteral("IDN"));
    EXPECT_TRUE(preview->text().contains(QStringLiteral("+6281234567890")));
    clickOk(dialog);
    ASSERT_EQ(must(ws->cases.parties(caseUuid)).size(), 1U);
}

TEST_F(CaseTabsTest, PeopleTabAddsExistingPersonFoundByPhone) {
    Person p = makePerson("Somchai", "Boonmee");
    p.citizenships = {"THA"};
    p.identifiers.push_back(Identifier{"Phone", "+66 81 234 5678", {}, std::nullopt});
    const std::string uuid = must(ws->persons.create(p)).meta.uuid;

    PeopleTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    QPointer<QDialog> dialog = openDialog(tab, "addExistingPerson", "personSearchDialog");
    ASSERT_TRUE(dialog);
    child<QLineEdit>(dialog, "searchText")->setText(QStringLiteral("0066-81-234-5678"));
    // Type-ahead fires after a short pause.
    auto* results = child<QListWidget>(dialog, "searchResults");
    ASSERT_TRUE(QTest::qWaitFor([&] { return results->count() > 0; }, 2000));
    EXPECT_EQ(results->count(), 1);
    EXPECT_TRUE(results->item(0)->text().contains(QStringLiteral("Somchai Boonmee")));
    selectData(child<QComboBox>(dialog, "role"), QStringLiteral("Witness"));
    clickOk(dialog);

    const auto parties = must(ws->cases.parties(caseUuid));
    ASSERT_EQ(parties.size(), 1U);
    EXPECT_EQ(parties[0].personUuid, uuid);
    EXPECT_EQ(parties[0].role, "Witness");
    EXPECT_EQ(cell(child<QTableView>(&tab, "partiesView"), 0, CasePartyModel::RoleColumn), QStringLiteral("Witness"));
}

TEST_F(CaseTabsTest, DoubleClickOnPersonRequestsIt) {
    const std::string victim = addPerson("Dewi", "Lestari", "Victim");
    PeopleTab tab(*ws);
    tab.resize(900, 600);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    tab.setCase(caseId());
    QSignalSpy requested(&tab, &PeopleTab::personRequested);
    auto* view = child<QTableView>(&tab, "partiesView");
    const QRect rect = view->visualRect(view->model()->index(0, CasePartyModel::NameColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested[0][0].toString(), QString::fromStdString(victim));
}

TEST_F(CaseTabsTest, VictimProfileIsSavedThroughCoreWithErrorsNextToTheField) {
    const std::string victim = addPerson("Dewi", "Lestari", "Victim");
    PeopleTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    selectRow(child<QTableView>(&tab, "partiesView"), 0);
    auto* editor = child<QWidget>(&tab, "victimProfileEditor");
    ASSERT_TRUE(editor->isVisible());

    auto* age = child<QSpinBox>(editor, "ageWhenTrafficked");
    age->setValue(150);
    QTest::mouseClick(child<QPushButton>(editor, "saveProfile"), Qt::LeftButton);
    auto* ageError = child<QLabel>(editor, "error:victim.ageWhenTrafficked");
    EXPECT_TRUE(ageError->isVisible());
    EXPECT_FALSE(must(ws->cases.victimProfile(caseUuid, victim)).has_value());

    age->setValue(17);
    child<CodeChecklist>(editor, "exploitationTypes")->setChecked("ForcedCriminality", true);
    selectData(child<QComboBox>(editor, "traffickingStatus"), QStringLiteral("ActualVictimOfTrafficking"));
    QTest::mouseClick(child<QPushButton>(editor, "saveProfile"), Qt::LeftButton);
    EXPECT_FALSE(ageError->isVisible());
    const auto profile = must(ws->cases.victimProfile(caseUuid, victim));
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->ageWhenTrafficked, 17);
    EXPECT_EQ(profile->exploitationTypes, std::vector<std::string>{"ForcedCriminality"});
    EXPECT_EQ(profile->traffickingStatus, "ActualVictimOfTrafficking");
}

TEST_F(CaseTabsTest, SuspectProfileIsSavedThroughCore) {
    const std::string suspect = addPerson("Budi", "Santoso", "Suspect");
    PeopleTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    selectRow(child<QTableView>(&tab, "partiesView"), 0);
    auto* editor = child<QWidget>(&tab, "suspectProfileEditor");
    ASSERT_TRUE(editor->isVisible());
    child<CodeChecklist>(editor, "rolesInProcess")->setChecked("RecruiterOrIntermediary", true);
    selectData(child<QComboBox>(editor, "arrestStatus"), QStringLiteral("Arrested"));
    child<QPlainTextEdit>(editor, "charges")->setPlainText(QStringLiteral("UU 21/2007 Pasal 4"));
    QTest::mouseClick(child<QPushButton>(editor, "saveProfile"), Qt::LeftButton);
    const auto profile = must(ws->cases.suspectProfile(caseUuid, suspect));
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->rolesInProcess, std::vector<std::string>{"RecruiterOrIntermediary"});
    EXPECT_EQ(profile->arrestStatus, "Arrested");
    EXPECT_EQ(profile->charges, "UU 21/2007 Pasal 4");
}

// --- Referrals ------------------------------------------------------------------------------------

TEST_F(CaseTabsTest, ReferralIsCreatedAndAdvancedOnlyThroughLegalMoves) {
    const std::string victim = addPerson("Dewi", "Lestari", "Victim");
    CaseReferralsTab tab(*ws);
    tab.show();
    tab.setCase(caseId());

    QPointer<QDialog> dialog = openDialog(tab, "newReferral", "newReferralDialog");
    ASSERT_TRUE(dialog);
    selectData(child<QComboBox>(dialog, "victim"), QString::fromStdString(victim));
    selectData(child<QComboBox>(dialog, "service"), QStringLiteral("Shelter"));
    child<QLineEdit>(dialog, "officer")->setText(QStringLiteral("vso.rina"));
    clickOk(dialog);
    ASSERT_TRUE(!dialog || !dialog->isVisible());

    auto* view = child<QTableView>(&tab, "referralsView");
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(cell(view, 0, CaseReferralModel::StatusColumn), QStringLiteral("Requested"));
    EXPECT_EQ(cell(view, 0, CaseReferralModel::ServiceColumn), QStringLiteral("Shelter"));
    selectRow(view, 0);

    const auto action = [&](const char* status) {
        return tab.findChild<QAction*>(QStringLiteral("moveReferral_") + QLatin1String(status));
    };
    ASSERT_TRUE(action("Accepted") && action("InProgress") && action("Completed") && action("Declined") &&
                action("Cancelled"));
    // From Requested: accept, decline or cancel — never straight to Completed.
    EXPECT_TRUE(action("Accepted")->isVisible());
    EXPECT_TRUE(action("Declined")->isVisible());
    EXPECT_TRUE(action("Cancelled")->isVisible());
    EXPECT_FALSE(action("Completed")->isVisible());
    EXPECT_FALSE(action("InProgress")->isVisible());
    EXPECT_FALSE(child<QWidget>(&tab, "moveButton_Completed")->isVisible());

    action("Accepted")->trigger();
    EXPECT_EQ(cell(view, 0, CaseReferralModel::StatusColumn), QStringLiteral("Accepted"));
    EXPECT_FALSE(action("Completed")->isVisible());
    EXPECT_TRUE(action("InProgress")->isVisible());
    action("InProgress")->trigger();
    EXPECT_EQ(cell(view, 0, CaseReferralModel::StatusColumn), QStringLiteral("In progress"));
    EXPECT_TRUE(action("Completed")->isVisible());

    const auto stored = must(ws->referrals.list(ReferralQuery{}));
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(stored[0].status, "InProgress");
    EXPECT_TRUE(stored[0].acceptedAt.has_value());
    EXPECT_TRUE(stored[0].startedAt.has_value());
    EXPECT_EQ(must(ws->referrals.history(stored[0].uuid)).size(), 3U);
}

TEST_F(CaseTabsTest, OverdueReferralSaysSoInWordsAndIcon) {
    const std::string victim = addPerson("Dewi", "Lestari", "Victim");
    Referral r;
    r.caseUuid = caseUuid;
    r.victimUuid = victim;
    r.service = "Medical";
    r.dueDate = "2026-03-01";  // before the test clock's 2026-03-15
    must(ws->referrals.create(r));
    CaseReferralsTab tab(*ws);
    tab.setCase(caseId());
    auto* view = child<QTableView>(&tab, "referralsView");
    const QModelIndex overdue = view->model()->index(0, CaseReferralModel::OverdueColumn);
    EXPECT_EQ(overdue.data().toString(), QStringLiteral("Overdue"));
    EXPECT_FALSE(overdue.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(overdue.data(CaseReferralModel::OverdueRole).toBool());
}

// --- Journey --------------------------------------------------------------------------------------

TEST_F(CaseTabsTest, JourneyLegsAppearInOrderAndRouteStopsFollowTheCountries) {
    const std::string victim = addPerson("Dewi", "Lestari", "Victim");
    must(ws->links.addJourneyLeg(leg(victim, "Recruitment", "IDN", "Medan", "2025-11-02")));
    must(ws->links.addJourneyLeg(leg(victim, "Transit", "IDN", "Jakarta", "2025-11-20")));
    must(ws->links.addJourneyLeg(leg(victim, "Transit", "THA", "Bangkok", "2025-11-21")));

    JourneyTab tab(*ws);
    tab.show();
    tab.setCase(caseId());

    // The last leg goes in through the dialog.
    QPointer<QDialog> dialog = openDialog(tab, "addLeg", "journeyLegDialog");
    ASSERT_TRUE(dialog);
    selectData(child<QComboBox>(dialog, "eventType"), QStringLiteral("Exploitation"));
    selectData(child<QComboBox>(dialog, "country"), QStringLiteral("MMR"));
    child<QLineEdit>(dialog, "city")->setText(QStringLiteral("Myawaddy"));
    selectData(child<QComboBox>(dialog, "meansOfTravel"), QStringLiteral("OnFoot"));
    child<QLineEdit>(dialog, "borderCrossing")->setText(QStringLiteral("Mae Sot – Myawaddy"));
    clickOk(dialog);
    ASSERT_TRUE(!dialog || !dialog->isVisible());

    auto* view = child<QTableView>(&tab, "journeyView");
    ASSERT_EQ(view->model()->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        EXPECT_EQ(view->model()->index(row, JourneyLegModel::SequenceColumn).data().toInt(), row + 1);
    QStringList countries;
    for (int row = 0; row < 4; ++row)
        countries << view->model()->index(row, 0).data(JourneyLegModel::CountryCodeRole).toString();
    EXPECT_EQ(countries, (QStringList{"IDN", "IDN", "THA", "MMR"}));
    EXPECT_EQ(cell(view, 3, JourneyLegModel::TypeColumn), QStringLiteral("Exploitation"));
    EXPECT_EQ(cell(view, 3, JourneyLegModel::BorderColumn), QStringLiteral("Mae Sot – Myawaddy"));

    auto* diagram = child<JourneyRouteDiagram>(&tab, "journeyRouteDiagram");
    ASSERT_EQ(diagram->routes().size(), 1);
    EXPECT_EQ(diagram->stopCountries(0), (QStringList{"IDN", "THA", "MMR"}));
    const auto& stops = diagram->routes()[0].stops;
    EXPECT_EQ(stops[0].stages, (QStringList{"Recruitment", "Transit"}));
    EXPECT_EQ(stops[0].firstDate, QStringLiteral("2025-11-02"));
    EXPECT_EQ(stops[0].lastDate, QStringLiteral("2025-11-20"));
    EXPECT_EQ(stops[2].arrivedBy, QStringLiteral("OnFoot"));
    EXPECT_TRUE(diagram->accessibleDescription().contains(QStringLiteral("IDN → THA → MMR")));
}

TEST_F(CaseTabsTest, JourneyVictimSelectorShowsOneVictimsLegsAndRoute) {
    const std::string dewi = addPerson("Dewi", "Lestari", "Victim");
    const std::string rina = addPerson("Rina", "Marlina", "Victim");
    must(ws->links.addJourneyLeg(leg(dewi, "Recruitment", "IDN", "Medan", "2025-11-02")));
    must(ws->links.addJourneyLeg(leg(rina, "Recruitment", "IDN", "Batam", "2025-10-01")));
    must(ws->links.addJourneyLeg(leg(rina, "Exploitation", "KHM", "Sihanoukville", "2025-10-09")));

    JourneyTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    auto* view = child<QTableView>(&tab, "journeyView");
    auto* diagram = child<JourneyRouteDiagram>(&tab, "journeyRouteDiagram");
    EXPECT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(diagram->routes().size(), 2);

    auto* filter = child<QComboBox>(&tab, "victimFilter");
    const int row = filter->findData(QString::fromStdString(rina));
    ASSERT_GE(row, 0);
    filter->setCurrentIndex(row);
    emit filter->activated(row);
    EXPECT_EQ(view->model()->rowCount(), 2);
    ASSERT_EQ(diagram->routes().size(), 1);
    // Both victims' names are hidden; the chooser tells them apart by number, and the route
    // carries the name the chooser shows.
    const QString rinaText = filter->itemText(row);
    const QString dewiText = filter->itemText(filter->findData(QString::fromStdString(dewi)));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^Victim [12] \\(identity hidden\\)$")).match(rinaText).hasMatch())
        << rinaText.toStdString();
    EXPECT_NE(rinaText, dewiText);
    EXPECT_EQ(diagram->routes()[0].victimName, rinaText);
    EXPECT_EQ(diagram->stopCountries(0), (QStringList{"IDN", "KHM"}));
}

TEST_F(CaseTabsTest, JourneyDialogShowsCoreErrorNextToTheCountry) {
    addPerson("Dewi", "Lestari", "Victim");
    JourneyTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    QPointer<QDialog> dialog = openDialog(tab, "addLeg", "journeyLegDialog");
    ASSERT_TRUE(dialog);
    clickOk(dialog);  // no country chosen
    ASSERT_TRUE(dialog && dialog->isVisible());
    EXPECT_TRUE(child<QLabel>(dialog, "error:journey.country")->isVisible());
    EXPECT_EQ(child<QTableView>(&tab, "journeyView")->model()->rowCount(), 0);
}

TEST_F(CaseTabsTest, RouteDiagramGroupsRoutesPerVictim) {
    std::vector<JourneyRow> rows;
    const auto row = [](const char* person, const char* type, const char* country) {
        JourneyRow r;
        r.leg.uuid = std::string(person) + type + country;
        r.leg.personUuid = person;
        r.leg.eventType = type;
        r.leg.country = country;
        r.victimName = person;
        return r;
    };
    rows.push_back(row("a", "Recruitment", "VNM"));
    rows.push_back(row("a", "Transit", "LAO"));
    rows.push_back(row("a", "Exploitation", "KHM"));
    rows.push_back(row("a", "Return", "VNM"));
    rows.push_back(row("b", "Recruitment", "PHL"));
    const auto routes = JourneyRouteDiagram::computeRoutes(rows);
    ASSERT_EQ(routes.size(), 2);
    JourneyRouteDiagram diagram;
    diagram.setLegs(rows);
    EXPECT_EQ(diagram.stopCountries(0), (QStringList{"VNM", "LAO", "KHM", "VNM"}));
    EXPECT_EQ(diagram.stopCountries(1), (QStringList{"PHL"}));
    // It paints at any size without trouble.
    for (const QSize size : {QSize(200, 100), QSize(1600, 900)}) {
        diagram.resize(size);
        EXPECT_FALSE(diagram.grab().isNull());
    }
}

// --- Links ----------------------------------------------------------------------------------------

TEST_F(CaseTabsTest, LinksTabLinksLocalAndForeignCasesAndShowsGradedRelationships) {
    const Case other = must(ws->cases.create(makeCase("Recruiter network, Batam")));
    const std::string victim = addPerson("Dewi", "Lestari", "Victim");
    const std::string suspect = addPerson("Budi", "Santoso", "Suspect");

    LinksTab tab(*ws);
    tab.resize(1000, 700);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    tab.setCase(caseId());

    QPointer<QDialog> local = openDialog(tab, "linkLocalCase", "localCaseLinkDialog");
    ASSERT_TRUE(local);
    child<QLineEdit>(local, "caseSearch")->setText(QString::fromStdString(other.reference));
    auto* results = child<QListWidget>(local, "caseResults");
    ASSERT_TRUE(QTest::qWaitFor([&] { return results->count() > 0; }, 2000));
    EXPECT_TRUE(results->item(0)->text().startsWith(QString::fromStdString(other.reference)));
    clickOk(local);

    QPointer<QDialog> foreign = openDialog(tab, "linkForeignCase", "foreignCaseLinkDialog");
    ASSERT_TRUE(foreign);
    child<QLineEdit>(foreign, "foreignAgencyCode")->setText(QStringLiteral("rtp-atpd"));
    selectData(child<QComboBox>(foreign, "foreignCountry"), QStringLiteral("THA"));
    child<QLineEdit>(foreign, "foreignReference")->setText(QStringLiteral("ATPD 123/2569"));
    child<QLineEdit>(foreign, "ourContact")->setText(QStringLiteral("lo.andi"));
    clickOk(foreign);

    auto* links = child<QTableView>(&tab, "caseLinksView");
    ASSERT_EQ(links->model()->rowCount(), 2);
    EXPECT_EQ(cell(links, 0, CaseLinkModel::ReferenceColumn), QString::fromStdString(other.reference));
    EXPECT_EQ(cell(links, 0, CaseLinkModel::KindColumn), QStringLiteral("Local case"));
    EXPECT_EQ(cell(links, 1, CaseLinkModel::AgencyColumn), QStringLiteral("RTP-ATPD"));
    EXPECT_EQ(cell(links, 1, CaseLinkModel::ReferenceColumn), QStringLiteral("ATPD 123/2569"));

    QSignalSpy caseRequested(&tab, &LinksTab::caseRequested);
    const QRect rect = links->visualRect(links->model()->index(0, CaseLinkModel::ReferenceColumn));
    QTest::mouseClick(links->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(links->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(caseRequested.count(), 1);
    EXPECT_EQ(caseRequested[0][0].toString(), QString::fromStdString(other.meta.uuid));

    QPointer<QDialog> rel = openDialog(tab, "addRelationship", "relationshipDialog");
    ASSERT_TRUE(rel);
    selectData(child<QComboBox>(rel, "from"), QString::fromStdString(suspect));
    selectData(child<QComboBox>(rel, "type"), QStringLiteral("Recruited"));
    selectData(child<QComboBox>(rel, "to"), QString::fromStdString(victim));
    selectData(child<QComboBox>(rel, "sourceReliability"), QStringLiteral("B"));
    selectData(child<QComboBox>(rel, "informationCredibility"), QStringLiteral("2"));
    clickOk(rel);

    auto* relationships = child<QTableView>(&tab, "relationshipsView");
    ASSERT_EQ(relationships->model()->rowCount(), 1);
    EXPECT_EQ(cell(relationships, 0, CaseRelationshipModel::FromColumn), QStringLiteral("Budi Santoso"));
    EXPECT_EQ(cell(relationships, 0, CaseRelationshipModel::TypeColumn), QStringLiteral("Recruited"));
    // The suspect's name shows; the victim's is hidden.
    EXPECT_EQ(cell(relationships, 0, CaseRelationshipModel::ToColumn), QStringLiteral("Victim (identity hidden)"));
    EXPECT_EQ(cell(relationships, 0, CaseRelationshipModel::GradeColumn), QStringLiteral("B2"));
    const QString tip =
        relationships->model()->index(0, CaseRelationshipModel::GradeColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("proved reliable"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("known personally to the source"))) << tip.toStdString();
}

// --- Timeline -------------------------------------------------------------------------------------

TEST_F(CaseTabsTest, TimelineShowsNotesInTimeOrderEitherWay) {
    const auto note = [&](const char* at, const char* body) {
        Note n;
        n.caseUuid = caseUuid;
        n.kind = "Note";
        n.occurredAt = at;
        n.author = "inv.sari";
        n.body = body;
        must(ws->notes.addNote(n));
    };
    note("2026-03-10T08:00:00Z", "second");
    note("2026-03-01T08:00:00Z", "first");
    note("2026-03-12T08:00:00Z", "third");

    TimelineTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    auto* view = child<QTableView>(&tab, "timelineView");
    const auto bodies = [&] {
        QStringList out;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            out << view->model()->index(row, CaseNoteModel::TextColumn).data().toString();
        return out;
    };
    EXPECT_EQ(bodies(), (QStringList{"first", "second", "third"}));
    child<QCheckBox>(&tab, "newestFirst")->setChecked(true);
    EXPECT_EQ(bodies(), (QStringList{"third", "second", "first"}));
    child<QCheckBox>(&tab, "newestFirst")->setChecked(false);

    // A statement in Thai, added through the dialog, is kept and shown exactly.
    const QString thai = QStringLiteral("ผู้เสียหายให้การว่าถูกหลอกไปทำงาน\nបានរត់គេចខ្លួន");
    QPointer<QDialog> dialog = openDialog(tab, "addNote", "noteDialog");
    ASSERT_TRUE(dialog);
    selectData(child<QComboBox>(dialog, "kind"), QStringLiteral("Interview"));
    child<QDateTimeEdit>(dialog, "occurredAt")->setDateTime(QDateTime(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC));
    child<QPlainTextEdit>(dialog, "body")->setPlainText(thai);
    clickOk(dialog);
    ASSERT_TRUE(!dialog || !dialog->isVisible());
    ASSERT_EQ(view->model()->rowCount(), 4);
    EXPECT_EQ(view->model()->index(3, 0).data(CaseNoteModel::BodyRole).toString(), thai);
    EXPECT_EQ(cell(view, 3, CaseNoteModel::KindColumn), QStringLiteral("Interview"));
    EXPECT_EQ(child<QPlainTextEdit>(&tab, "noteDetail")->toPlainText(), thai);
    EXPECT_EQ(must(ws->notes.notes(caseUuid)).back().occurredAt, "2026-03-14T10:00:00Z");
}

// --- Attachments ----------------------------------------------------------------------------------

TEST_F(CaseTabsTest, AttachedFileShowsItsFullSha256AndExportsVerified) {
    const std::string source = dir.file("statement.txt");
    {
        std::ofstream out(source, std::ios::binary);
        out << "abc";
    }
    // SHA-256("abc"), FIPS 180-2 test vector.
    const QString known = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    AttachmentsTab tab(*ws);
    tab.show();
    tab.setCase(caseId());
    QPointer<QFileDialog> chooser = openDialog<QFileDialog>(tab, "addAttachment", "attachFileDialog");
    ASSERT_TRUE(chooser);
    chooser->selectFile(QString::fromStdString(source));
    static_cast<QDialog*>(chooser.data())->accept();  // QFileDialog::accept is protected

    auto* view = child<QTableView>(&tab, "attachmentsView");
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(cell(view, 0, CaseAttachmentModel::NameColumn), QStringLiteral("statement.txt"));
    EXPECT_EQ(cell(view, 0, CaseAttachmentModel::Sha256Column), known);
    EXPECT_EQ(cell(view, 0, CaseAttachmentModel::TypeColumn), QStringLiteral("text/plain"));
    EXPECT_EQ(view->model()->index(0, 0).data(CaseAttachmentModel::SizeBytesRole).toLongLong(), 3);
    EXPECT_EQ(labelText(tab, "attachmentSha256"), known);
    const auto stored = must(ws->notes.attachments(caseUuid));
    ASSERT_EQ(stored.size(), 1U);
    EXPECT_EQ(QString::fromStdString(stored[0].sha256), known);

    QPointer<QFileDialog> saver = openDialog<QFileDialog>(tab, "exportAttachment", "exportFileDialog");
    ASSERT_TRUE(saver);
    const std::string target = dir.file("exported.txt");
    saver->selectFile(QString::fromStdString(target));
    static_cast<QDialog*>(saver.data())->accept();
    EXPECT_EQ(fileBytes(target), QByteArray("abc"));
}

// --- Models and vocabulary ------------------------------------------------------------------------

TEST_F(CaseTabsTest, EveryTabModelPassesTheModelTester) {
    const std::string victim = addPerson("Dewi", "Lestari", "Victim");
    const std::string suspect = addPerson("Budi", "Santoso", "Suspect");
    must(ws->links.addJourneyLeg(leg(victim, "Recruitment", "IDN", "Medan", "2025-11-02")));
    must(ws->links.addJourneyLeg(leg(victim, "Exploitation", "MMR", "Myawaddy", "2025-12-01")));
    CaseLink foreign;
    foreign.caseUuid = caseUuid;
    foreign.foreignAgencyCode = "RTP";
    foreign.foreignCountry = "THA";
    foreign.foreignReference = "X/1";
    must(ws->links.addCaseLink(foreign));
    Relationship rel;
    rel.caseUuid = caseUuid;
    rel.fromUuid = suspect;
    rel.toUuid = victim;
    rel.type = "Recruited";
    must(ws->links.addRelationship(rel));
    Referral r;
    r.caseUuid = caseUuid;
    r.victimUuid = victim;
    r.service = "Shelter";
    must(ws->referrals.create(r));
    Note n;
    n.caseUuid = caseUuid;
    n.body = "note";
    must(ws->notes.addNote(n));
    const std::string source = dir.file("a.bin");
    std::ofstream(source, std::ios::binary) << "x";
    must(ws->notes.attachFile(caseUuid, source, "a.bin", "application/octet-stream"));

    PeopleTab people(*ws);
    JourneyTab journey(*ws);
    LinksTab links(*ws);
    CaseReferralsTab referrals(*ws);
    TimelineTab timeline(*ws);
    AttachmentsTab attachments(*ws);
    std::vector<QWidget*> tabs{&people, &journey, &links, &referrals, &timeline, &attachments};
    people.setCase(caseId());
    journey.setCase(caseId());
    links.setCase(caseId());
    referrals.setCase(caseId());
    timeline.setCase(caseId());
    attachments.setCase(caseId());

    int models = 0;
    for (QWidget* tab : tabs) {
        for (QTableView* view : tab->findChildren<QTableView*>()) {
            QAbstractItemModel* model = view->model();
            EXPECT_GT(model->rowCount(), 0) << view->objectName().toStdString();
            EXPECT_EQ(modelTesterProblems(model), std::vector<std::string>{}) << view->objectName().toStdString();
            ++models;
        }
    }
    EXPECT_EQ(models, 7);  // parties, journey, case links, relationships, referrals, timeline, attachments

    // A reload that adds one row inserts it; it does not reset the whole model.
    auto* partyModel = people.findChild<CasePartyModel*>(QStringLiteral("partyModel"));
    ASSERT_NE(partyModel, nullptr);
    QAbstractItemModelTester tester(partyModel, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy resets(partyModel, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(partyModel, &QAbstractItemModel::rowsInserted);
    addPerson("Sari", "Wulandari", "Witness");
    people.setCase(caseId());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(inserts.count(), 1);
    EXPECT_EQ(partyModel->rowCount(), 3);
}

TEST(CaseTabText, EveryShownVocabularyCodeIsTranslatable) {
    using vocab::List;
    for (const List list :
         {List::PersonRole, List::Sex, List::IdentifierType, List::JourneyEventType, List::MeansOfTravel,
          List::RelationshipType, List::SourceReliability, List::InformationCredibility, List::ReferralStatus,
          List::ServiceType, List::NoteKind, List::TraffickingStatus, List::DecisionMakingOrg,
          List::RelationshipToTrafficker, List::WebsiteOrApp, List::RecruitmentMethod, List::ControlMethod,
          List::ExploitationType, List::SexExploitationType, List::ForcedLabourIndustry, List::IdentificationMethod,
          List::RoleInProcess, List::ArrestStatus, List::ChargeStatus, List::ProsecutionStatus,
          List::OrganisationType}) {
        ASSERT_TRUE(ui::TabText::coversList(list)) << vocab::listName(list);
        for (const vocab::Term& term : vocab::terms(list))
            EXPECT_TRUE(ui::TabText::hasEntry(list, term.code)) << vocab::listName(list) << ": " << term.code;
    }
    EXPECT_EQ(ui::TabText::grade("B", "2"), QStringLiteral("B2"));
}

}  // namespace
}  // namespace lintas::test
