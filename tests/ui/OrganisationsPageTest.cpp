#include "organisations/OrganisationsPage.h"

#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "organisations/AddressTableModel.h"
#include "organisations/LinkedPeopleModel.h"
#include "organisations/OrganisationListModel.h"
#include "organisations/OrganisationText.h"
#include "persons/EditPrompter.h"
#include "persons/IdentifierTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <deque>

namespace lintas::test {
namespace {

using ui::EditPrompter;
using ui::IdentifierTableModel;
using ui::LinkedPeopleModel;
using ui::OrganisationListModel;

class ScriptedPrompter : public EditPrompter {
public:
    std::deque<LeaveChoice> leaveAnswers;
    std::deque<ConflictChoice> conflictAnswers;
    int conflictQuestions = 0;

    LeaveChoice askLeave(QWidget*, const QString&) override {
        if (leaveAnswers.empty())
            return LeaveChoice::Cancel;
        const LeaveChoice answer = leaveAnswers.front();
        leaveAnswers.pop_front();
        return answer;
    }
    ConflictChoice askConflict(QWidget*, const QString&) override {
        ++conflictQuestions;
        if (conflictAnswers.empty())
            return ConflictChoice::Cancel;
        const ConflictChoice answer = conflictAnswers.front();
        conflictAnswers.pop_front();
        return answer;
    }
    std::optional<QString> askOutcome(QWidget*, const QString&) override { return QString(); }
};

class OrganisationsPageTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        makePage();
    }

    void makePage() {
        page = std::make_unique<ui::OrganisationsPage>(*ws);
        prompter = std::make_shared<ScriptedPrompter>();
        page->setPrompter(prompter);
        page->resize(1400, 900);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }

    template <typename T> T* child(const char* name) const {
        auto* w = page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << "no child named " << name;
        return w;
    }
    QTableView* table(const char* name) const { return child<QTableView>(name); }
    QPushButton* button(const char* name) const { return child<QPushButton>(name); }

    static void type(QLineEdit* edit, const QString& text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    /// Chooses the entry with `code` in a combo box as the user would.
    static void choose(QComboBox* combo, const QString& code) {
        const int row = combo->findData(code);
        ASSERT_GE(row, 0) << code.toStdString();
        combo->setCurrentIndex(row);
        emit combo->activated(row);
    }

    Organisation makeOrganisation(const std::string& name, const std::string& typeCode, const std::string& country) {
        Organisation o;
        o.name = name;
        o.type = typeCode;
        o.country = country;
        return must(ws->organisations.create(o));
    }

    std::unique_ptr<ui::OrganisationsPage> page;
    std::shared_ptr<ScriptedPrompter> prompter;
};

TEST_F(OrganisationsPageTest, CreatesAnOrganisationWithANormalisedIdentifier) {
    QSignalSpy changed(page.get(), &ui::Page::dataChanged);
    type(child<QLineEdit>("orgName"), QStringLiteral("PT Maju Jaya Tenaga Kerja"));
    choose(child<QComboBox>("orgType"), QStringLiteral("RecruitmentAgency"));
    choose(child<QComboBox>("orgCountry"), QStringLiteral("IDN"));
    type(child<QLineEdit>("orgWebsite"), QStringLiteral("https://majujaya.example"));

    QTest::mouseClick(button("orgAddIdentifier"), Qt::LeftButton);
    QLineEdit* cell = nullptr;
    for (QLineEdit* candidate : table("orgIdentifiers")->viewport()->findChildren<QLineEdit*>())
        if (candidate->isVisible())
            cell = candidate;
    ASSERT_NE(cell, nullptr);
    QTest::keyClicks(cell, QStringLiteral("021 555 0100"));
    auto* identifiers = table("orgIdentifiers")->model();
    // A national number takes the organisation's country.
    EXPECT_EQ(identifiers->index(0, IdentifierTableModel::NormalisedColumn).data().toString(),
              QStringLiteral("+62215550100"));

    QTest::mouseClick(button("orgAddAddress"), Qt::LeftButton);
    auto* addresses = table("orgAddresses")->model();
    addresses->setData(addresses->index(0, ui::AddressTableModel::LabelColumn), QStringLiteral("head office"));
    addresses->setData(addresses->index(0, ui::AddressTableModel::CityColumn), QStringLiteral("Batam"));
    EXPECT_EQ(addresses->index(0, ui::AddressTableModel::CountryColumn).data(ui::AddressTableModel::CodeRole),
              QStringLiteral("IDN"));

    QTest::mouseClick(button("saveOrganisationButton"), Qt::LeftButton);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(button("saveOrganisationButton")->isEnabled());

    const auto all = must(ws->organisations.list());
    ASSERT_EQ(all.size(), 1u);
    const Organisation& stored = all[0];
    EXPECT_EQ(stored.name, "PT Maju Jaya Tenaga Kerja");
    EXPECT_EQ(stored.type, "RecruitmentAgency");
    EXPECT_EQ(stored.country, std::optional<std::string>("IDN"));
    EXPECT_EQ(stored.website, "https://majujaya.example");
    ASSERT_EQ(stored.identifiers.size(), 1u);
    EXPECT_EQ(stored.identifiers[0].normalized, "+62215550100");
    ASSERT_EQ(stored.addresses.size(), 1u);
    EXPECT_EQ(stored.addresses[0].city, "Batam");

    // Listed and selected, without reloading the list.
    auto* list = table("orgList");
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->currentIndex().data(OrganisationListModel::UuidRole).toString().toStdString(), stored.meta.uuid);
    EXPECT_EQ(list->model()->index(0, OrganisationListModel::TypeColumn).data().toString(),
              QStringLiteral("Recruitment agency"));
    EXPECT_EQ(labelText(*page, "orgCount"), QStringLiteral("1 organisation(s)"));
}

TEST_F(OrganisationsPageTest, ShowsThePeopleLinkedWithRelationshipAndGrade) {
    const Organisation agency = makeOrganisation("PT Maju Jaya Tenaga Kerja", "RecruitmentAgency", "IDN");
    makeOrganisation("Golden Fortune Compound", "ScamCompound", "MMR");
    const std::string recruiter = must(ws->persons.create(makePerson("Budi", "Santoso"))).meta.uuid;
    const std::string victim = must(ws->persons.create(makePerson("Dewi", "Lestari"))).meta.uuid;
    Relationship worksFor;
    worksFor.fromKind = PartyKind::Person;
    worksFor.fromUuid = recruiter;
    worksFor.toKind = PartyKind::Organisation;
    worksFor.toUuid = agency.meta.uuid;
    worksFor.type = "WorksFor";
    worksFor.sourceReliability = "B";
    worksFor.informationCredibility = "2";
    must(ws->links.addRelationship(worksFor));
    Relationship recruited;
    recruited.fromKind = PartyKind::Organisation;
    recruited.fromUuid = agency.meta.uuid;
    recruited.toKind = PartyKind::Person;
    recruited.toUuid = victim;
    recruited.type = "Recruited";
    recruited.note = "job offer on Facebook";
    must(ws->links.addRelationship(recruited));

    page->reload();
    page->openOrganisation(QString::fromStdString(agency.meta.uuid));
    EXPECT_EQ(labelText(*page, "orgHeading"), QStringLiteral("PT Maju Jaya Tenaga Kerja"));
    auto* people = table("orgPeople");
    auto* model = people->model();
    ASSERT_EQ(model->rowCount(), 2);
    std::map<std::string, int> rowOf;
    for (int row = 0; row < 2; ++row)
        rowOf[model->index(row, 0).data(LinkedPeopleModel::PersonUuidRole).toString().toStdString()] = row;
    const int r0 = rowOf.at(recruiter);
    const int r1 = rowOf.at(victim);
    EXPECT_EQ(model->index(r0, LinkedPeopleModel::PersonColumn).data().toString(), QStringLiteral("Budi Santoso"));
    EXPECT_EQ(model->index(r0, LinkedPeopleModel::RelationshipColumn).data().toString(),
              QStringLiteral("Works for this organisation"));
    EXPECT_EQ(model->index(r0, LinkedPeopleModel::GradeColumn).data().toString(), QStringLiteral("B2"));
    EXPECT_EQ(model->index(r1, LinkedPeopleModel::PersonColumn).data().toString(), QStringLiteral("Dewi Lestari"));
    EXPECT_EQ(model->index(r1, LinkedPeopleModel::RelationshipColumn).data().toString(),
              QStringLiteral("Recruited (by this organisation)"));
    EXPECT_EQ(model->index(r1, LinkedPeopleModel::GradeColumn).data().toString(), QStringLiteral("X4"));
    EXPECT_EQ(model->index(r1, LinkedPeopleModel::NoteColumn).data().toString(),
              QStringLiteral("job offer on Facebook"));

    QSignalSpy requested(page.get(), &ui::Page::personRequested);
    people->setFocus();
    people->setCurrentIndex(model->index(r1, 0));
    QTest::keyClick(people, Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString().toStdString(), victim);
}

TEST_F(OrganisationsPageTest, FiltersByTypeAndText) {
    makeOrganisation("PT Maju Jaya Tenaga Kerja", "RecruitmentAgency", "IDN");
    makeOrganisation("PT Sinar Abadi", "RecruitmentAgency", "IDN");
    makeOrganisation("Golden Fortune Compound", "ScamCompound", "MMR");
    makeOrganisation("Rumah Aman Batam", "Shelter", "IDN");
    page->reload();

    auto* list = table("orgList")->model();
    EXPECT_EQ(list->rowCount(), 4);
    choose(child<QComboBox>("orgTypeFilter"), QStringLiteral("RecruitmentAgency"));
    EXPECT_EQ(list->rowCount(), 2);
    EXPECT_EQ(labelText(*page, "orgCount"), QStringLiteral("2 of 4 organisations"));
    type(child<QLineEdit>("orgFilter"), QStringLiteral("sinar"));
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->index(0, 0).data().toString(), QStringLiteral("PT Sinar Abadi"));
    choose(child<QComboBox>("orgTypeFilter"), QString());
    type(child<QLineEdit>("orgFilter"), QStringLiteral("myanmar"));  // by country name
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->index(0, 0).data().toString(), QStringLiteral("Golden Fortune Compound"));
}

TEST_F(OrganisationsPageTest, EmptyNameShowsCoresMessageNextToTheName) {
    QTest::mouseClick(button("orgAddAddress"), Qt::LeftButton);  // something to save
    QTest::mouseClick(button("saveOrganisationButton"), Qt::LeftButton);
    auto* message = child<QLabel>("orgNameError");
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), QStringLiteral("This field is required."));
    EXPECT_TRUE(must(ws->organisations.list()).empty());
}

TEST_F(OrganisationsPageTest, DuplicateIdentifierIsShownInItsRow) {
    type(child<QLineEdit>("orgName"), QStringLiteral("Golden Fortune Compound"));
    auto* ids = qobject_cast<IdentifierTableModel*>(table("orgIdentifiers")->model());
    for (const char* value : {"goldenfortune@mail.example", "GoldenFortune@mail.example"}) {
        Identifier id;
        id.type = "Email";
        id.value = value;
        ids->appendIdentifier(id);
    }
    QTest::mouseClick(button("saveOrganisationButton"), Qt::LeftButton);
    EXPECT_TRUE(ids->index(0, 0).data(IdentifierTableModel::ProblemRole).toString().isEmpty());
    EXPECT_EQ(ids->index(1, 0).data(IdentifierTableModel::ProblemRole).toString(),
              QStringLiteral("This value is listed twice."));
    EXPECT_TRUE(child<QLabel>("orgIdentifiersError")->isVisible());
}

TEST_F(OrganisationsPageTest, StaleVersionAndUnsavedEditsAsk) {
    const Organisation shelter = makeOrganisation("Rumah Aman Batam", "Shelter", "IDN");
    page->reload();
    page->openOrganisation(QString::fromStdString(shelter.meta.uuid));
    Organisation theirs = must(ws->organisations.get(shelter.meta.uuid));
    theirs.phone = "+62 778 123 456";
    must(ws->organisations.update(theirs));

    type(child<QLineEdit>("orgName"), QStringLiteral("Rumah Aman Batam (RPTC)"));
    prompter->conflictAnswers = {EditPrompter::ConflictChoice::Reload};
    QTest::mouseClick(button("saveOrganisationButton"), Qt::LeftButton);
    EXPECT_EQ(prompter->conflictQuestions, 1);
    EXPECT_EQ(child<QLineEdit>("orgPhone")->text(), QStringLiteral("+62 778 123 456"));
    EXPECT_EQ(child<QLineEdit>("orgName")->text(), QStringLiteral("Rumah Aman Batam"));

    child<QPlainTextEdit>("orgNotes")->setPlainText(QStringLiteral("Takes women and children."));
    prompter->leaveAnswers = {EditPrompter::LeaveChoice::Cancel};
    EXPECT_FALSE(page->confirmLeave());
    prompter->leaveAnswers = {EditPrompter::LeaveChoice::Save};
    EXPECT_TRUE(page->confirmLeave());
    EXPECT_EQ(must(ws->organisations.get(shelter.meta.uuid)).notes, "Takes women and children.");
}

TEST_F(OrganisationsPageTest, ModelsPassQAbstractItemModelTester) {
    const Organisation agency = makeOrganisation("PT Maju Jaya Tenaga Kerja", "RecruitmentAgency", "IDN");
    Organisation withChildren = must(ws->organisations.get(agency.meta.uuid));
    withChildren.addresses.push_back(Address{"head office", "Jl. Merdeka 1", "Batam", "Kepulauan Riau", "29432",
                                             std::string("IDN"), std::nullopt, std::nullopt});
    withChildren.identifiers.push_back(Identifier{"Phone", "+62 778 555 0100", {}, std::nullopt});
    must(ws->organisations.update(withChildren));
    const std::string person = must(ws->persons.create(makePerson())).meta.uuid;
    Relationship r;
    r.fromUuid = person;
    r.toKind = PartyKind::Organisation;
    r.toUuid = agency.meta.uuid;
    r.type = "WorksFor";
    must(ws->links.addRelationship(r));
    page->reload();
    page->openOrganisation(QString::fromStdString(agency.meta.uuid));

    auto* proxy = table("orgList")->model();
    auto* source = qobject_cast<QSortFilterProxyModel*>(proxy)->sourceModel();
    for (QAbstractItemModel* model : {proxy, source, table("orgIdentifiers")->model(), table("orgAddresses")->model(),
                                      table("orgPeople")->model()}) {
        EXPECT_GT(model->rowCount(), 0) << model->metaObject()->className();
        EXPECT_EQ(modelTesterProblems(model), std::vector<std::string>{}) << model->metaObject()->className();
    }
}

TEST(OrganisationTextTest, TranslatesEveryTermOfTheListsItShows) {
    for (vocab::List list : ui::OrganisationText::coveredLists())
        for (const vocab::Term& term : vocab::terms(list))
            EXPECT_TRUE(ui::OrganisationText::hasEntry(list, term.code)) << vocab::listName(list) << " " << term.code;
}

}  // namespace
}  // namespace lintas::test
