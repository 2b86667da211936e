#include "persons/PersonsPage.h"

#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "persons/AliasTableModel.h"
#include "persons/CodeListEditor.h"
#include "persons/EditPrompter.h"
#include "persons/IdentifierTableModel.h"
#include "persons/IsoLanguageModel.h"
#include "persons/PersonRolesModel.h"
#include "persons/PersonSearchModel.h"
#include "persons/PersonText.h"
#include "security/RevealDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <deque>

namespace lintas::test {
namespace {

using ui::EditPrompter;
using ui::IdentifierTableModel;
using ui::PersonRolesModel;
using ui::PersonSearchModel;

/// Answers the page's questions from a script and remembers what was asked.
class ScriptedPrompter : public EditPrompter {
public:
    std::deque<LeaveChoice> leaveAnswers;
    std::deque<ConflictChoice> conflictAnswers;
    int leaveQuestions = 0;
    int conflictQuestions = 0;

    LeaveChoice askLeave(QWidget*, const QString&) override {
        ++leaveQuestions;
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

class PersonsPageTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        page = std::make_unique<ui::PersonsPage>(*ws);
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
    QLineEdit* line(const char* name) const { return child<QLineEdit>(name); }
    QTableView* table(const char* name) const { return child<QTableView>(name); }
    QPushButton* button(const char* name) const { return child<QPushButton>(name); }
    IdentifierTableModel* identifiers() const {
        return qobject_cast<IdentifierTableModel*>(table("personIdentifiers")->model());
    }

    /// Types into a line edit as the user would (textEdited is emitted).
    static void type(QLineEdit* edit, const QString& text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    /// Adds an identifier row with the button and types `value` into its open cell editor.
    void addIdentifier(const QString& value) {
        QTest::mouseClick(button("personAddIdentifier"), Qt::LeftButton);
        // The open cell editor; editors closed before wait hidden for deferred deletion.
        QLineEdit* editor = nullptr;
        for (QLineEdit* candidate : table("personIdentifiers")->viewport()->findChildren<QLineEdit*>())
            if (candidate->isVisible())
                editor = candidate;
        ASSERT_NE(editor, nullptr) << "the value cell is not being edited";
        QTest::keyClicks(editor, value);
    }

    /// The normalised preview the user sees in identifier row `row`.
    QString preview(int row) const {
        return identifiers()->index(row, IdentifierTableModel::NormalisedColumn).data().toString();
    }

    std::string createPerson(const std::string& given, const std::string& family) {
        return must(ws->persons.create(makePerson(given, family))).meta.uuid;
    }

    std::unique_ptr<ui::PersonsPage> page;
    std::shared_ptr<ScriptedPrompter> prompter;
};

TEST_F(PersonsPageTest, PhonePreviewIsE164AndTheSavedPersonIsFoundByIt) {
    QSignalSpy changed(page.get(), &ui::Page::dataChanged);
    type(line("personGivenNames"), QStringLiteral("Dewi"));
    type(line("personFamilyName"), QStringLiteral("Lestari"));
    ASSERT_TRUE(child<ui::CodeListEditor>("personCitizenships")->addCode(QStringLiteral("IDN")));
    addIdentifier(QStringLiteral("0812 3456 7890"));

    // Live, before the cell editor is even closed: national number + first citizenship IDN.
    EXPECT_EQ(preview(0), QStringLiteral("+6281234567890"));
    EXPECT_TRUE(button("savePersonButton")->isEnabled());

    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(button("savePersonButton")->isEnabled());

    const auto found = must(ws->persons.findByIdentifier("Phone", "+6281234567890"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].name, "Dewi Lestari");
    const Person stored = must(ws->persons.get(found[0].uuid));
    ASSERT_EQ(stored.identifiers.size(), 1u);
    EXPECT_EQ(stored.identifiers[0].value, "0812 3456 7890");  // kept as entered
    EXPECT_EQ(stored.citizenships, std::vector<std::string>{"IDN"});
    // The saved person is listed and the editor shows what is stored.
    EXPECT_EQ(labelText(*page, "personHeading"), QStringLiteral("Dewi Lestari"));
    auto* results = qobject_cast<PersonSearchModel*>(table("personResults")->model());
    EXPECT_GE(results->rowOf(QString::fromStdString(stored.meta.uuid)), 0);
}

TEST_F(PersonsPageTest, PreviewFollowsTheFirstCitizenshipAndShowsCoresProblem) {
    type(line("personGivenNames"), QStringLiteral("Somchai"));
    addIdentifier(QStringLiteral("081 234 5678"));
    // No country yet: core cannot tell the calling code, and the row says so.
    EXPECT_EQ(identifiers()->index(0, 0).data(IdentifierTableModel::CodeRole).toString(), QStringLiteral("Phone"));
    const QString problem = identifiers()->index(0, 0).data(IdentifierTableModel::ProblemRole).toString();
    EXPECT_FALSE(problem.isEmpty());
    EXPECT_EQ(preview(0), problem);

    child<ui::CodeListEditor>("personCitizenships")->addCode(QStringLiteral("THA"));
    EXPECT_EQ(preview(0), QStringLiteral("+66812345678"));
    EXPECT_TRUE(identifiers()->index(0, 0).data(IdentifierTableModel::ProblemRole).toString().isEmpty());
}

TEST_F(PersonsPageTest, FutureBirthDateShowsCoresMessageNextToTheBirthDate) {
    type(line("personGivenNames"), QStringLiteral("Dewi"));
    type(line("personBirthDate"), QStringLiteral("2030-01-01"));
    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);

    // The verdict is core's; the page only words it and puts it next to the field core named.
    Person p = makePerson("Dewi", "");
    p.birthDate = "2030-01-01";
    const Status verdict = PersonService::validate(p, "2026-03-15");
    ASSERT_FALSE(verdict.ok());
    ASSERT_EQ(verdict.error().field, "person.birthDate");

    auto* message = child<QLabel>("personBirthDateError");
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), ui::PersonText::problem(verdict.error()));
    EXPECT_EQ(message->text(), QStringLiteral("This date lies in the future."));
    EXPECT_FALSE(child<QLabel>("personFormError")->isVisible());
    EXPECT_TRUE(line("personBirthDate")->hasFocus());
    EXPECT_TRUE(must(ws->persons.findByName("Dewi")).empty());
    EXPECT_TRUE(button("savePersonButton")->isEnabled());  // the edits are still there to fix

    // Fixing the field clears its message.
    type(line("personBirthDate"), QStringLiteral("1994-07-21"));
    EXPECT_FALSE(message->isVisible());
}

TEST_F(PersonsPageTest, MissingNameIsShownNextToTheNames) {
    QTest::mouseClick(button("personAddAlias"), Qt::LeftButton);  // something to save
    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>("personNameError")->isVisible());
    EXPECT_EQ(child<QLabel>("personNameError")->text(), QStringLiteral("Enter a given name or a family name."));
}

TEST_F(PersonsPageTest, IdentifierErrorIsShownInItsRow) {
    type(line("personGivenNames"), QStringLiteral("Dewi"));
    addIdentifier(QStringLiteral("+62 812 3456 7890"));
    addIdentifier(QStringLiteral("dewi@"));
    identifiers()->setData(identifiers()->index(1, IdentifierTableModel::TypeColumn), QStringLiteral("Email"));
    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);

    EXPECT_TRUE(identifiers()->index(0, 0).data(IdentifierTableModel::ProblemRole).toString().isEmpty());
    const QString problem = identifiers()->index(1, 0).data(IdentifierTableModel::ProblemRole).toString();
    EXPECT_EQ(problem, QStringLiteral("An e-mail address needs a domain such as example.org after the @."));
    EXPECT_EQ(preview(1), problem);
    auto* message = child<QLabel>("personIdentifiersError");
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Identifier 2, value:"))) << message->text().toStdString();
    EXPECT_EQ(table("personIdentifiers")->currentIndex().row(), 1);
}

TEST_F(PersonsPageTest, ListsTheRolesAcrossCasesAndOpensACase) {
    const std::string uuid = createPerson("Dewi", "Lestari");
    const Case first = must(ws->cases.create(makeCase("Scam compound, Shwe Kokko")));
    const Case second = must(ws->cases.create(makeCase("Recruitment agency, Batam")));
    must(ws->cases.addParty(first.meta.uuid, uuid, "Victim"));
    must(ws->cases.addParty(second.meta.uuid, uuid, "Witness"));

    page->openPerson(QString::fromStdString(uuid));
    QTableView* roles = table("personRoles");
    auto* model = roles->model();
    ASSERT_EQ(model->rowCount(), 2);
    std::map<QString, QString> seen;
    for (int row = 0; row < 2; ++row)
        seen[model->index(row, PersonRolesModel::CaseColumn).data().toString()] =
            model->index(row, PersonRolesModel::RoleColumn).data().toString();
    EXPECT_EQ(seen[QString::fromStdString(first.reference)], QStringLiteral("Victim"));
    EXPECT_EQ(seen[QString::fromStdString(second.reference)], QStringLiteral("Witness"));

    QSignalSpy requested(page.get(), &ui::Page::caseRequested);
    const QModelIndex cell = model->index(0, PersonRolesModel::CaseColumn);
    // Mouse events are delivered through the window: bring the table into the scrolled view.
    QApplication::processEvents();
    page->findChild<QScrollArea*>()->ensureWidgetVisible(roles);
    QApplication::processEvents();
    const QPoint at = roles->visualRect(cell).center();
    QTest::mouseClick(roles->viewport(), Qt::LeftButton, {}, at);
    // What a widget receives for the second click of a double click.
    QMouseEvent doubleClick(QEvent::MouseButtonDblClick, at, roles->viewport()->mapToGlobal(at), Qt::LeftButton,
                            Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(roles->viewport(), &doubleClick);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), cell.data(PersonRolesModel::CaseUuidRole).toString());

    // The keyboard opens the case too.
    roles->setFocus();
    roles->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(roles, Qt::Key_Return);
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested.at(1).at(0).toString(), model->index(1, 0).data(PersonRolesModel::CaseUuidRole).toString());
}

TEST_F(PersonsPageTest, FindsPeopleByNameAndByNationalPhoneNumber) {
    Person p = makePerson("Siti", "Rahayu");
    p.identifiers.push_back(Identifier{"Phone", "+62 811 2222 3333", {}, std::nullopt});
    const std::string uuid = must(ws->persons.create(p)).meta.uuid;
    createPerson("Nguyen", "Van An");

    auto* results = table("personResults")->model();
    type(line("personSearch"), QStringLiteral("siti"));
    QTest::keyClick(line("personSearch"), Qt::Key_Return);
    ASSERT_EQ(results->rowCount(), 1);
    EXPECT_EQ(results->index(0, 0).data(PersonSearchModel::UuidRole).toString().toStdString(), uuid);
    EXPECT_EQ(results->index(0, PersonSearchModel::MatchedOnColumn).data().toString(), QStringLiteral("name"));

    // A national number is read with the agency's country (IDN).
    type(line("personSearch"), QStringLiteral("0811-2222-3333"));
    QTest::keyClick(line("personSearch"), Qt::Key_Return);
    ASSERT_EQ(results->rowCount(), 1);
    EXPECT_EQ(results->index(0, 0).data(PersonSearchModel::UuidRole).toString().toStdString(), uuid);
    EXPECT_EQ(results->index(0, PersonSearchModel::MatchedOnColumn).data().toString(),
              QStringLiteral("Phone number +6281122223333"));

    // Choosing a result opens it.
    table("personResults")->setCurrentIndex(results->index(0, 0));
    EXPECT_EQ(labelText(*page, "personHeading"), QStringLiteral("Siti Rahayu"));
    EXPECT_EQ(identifiers()->rowCount(), 1);
}

TEST_F(PersonsPageTest, StaleVersionOffersReloadAndOverwrite) {
    const std::string uuid = createPerson("Dewi", "Lestari");
    page->openPerson(QString::fromStdString(uuid));
    // Someone else saves the person meanwhile.
    Person theirs = must(ws->persons.get(uuid));
    theirs.familyName = "Kusuma";
    must(ws->persons.update(theirs));

    type(line("personFamilyName"), QStringLiteral("Wulandari"));
    prompter->conflictAnswers = {EditPrompter::ConflictChoice::Cancel};
    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);
    EXPECT_EQ(prompter->conflictQuestions, 1);
    EXPECT_EQ(must(ws->persons.get(uuid)).familyName, "Kusuma");
    EXPECT_EQ(line("personFamilyName")->text(), QStringLiteral("Wulandari"));  // still editing

    prompter->conflictAnswers = {EditPrompter::ConflictChoice::Overwrite};
    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);
    EXPECT_EQ(must(ws->persons.get(uuid)).familyName, "Wulandari");

    theirs = must(ws->persons.get(uuid));
    theirs.familyName = "Santoso";
    must(ws->persons.update(theirs));
    type(line("personFamilyName"), QStringLiteral("Pratiwi"));
    prompter->conflictAnswers = {EditPrompter::ConflictChoice::Reload};
    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);
    EXPECT_EQ(line("personFamilyName")->text(), QStringLiteral("Santoso"));
    EXPECT_EQ(must(ws->persons.get(uuid)).familyName, "Santoso");
    EXPECT_FALSE(button("savePersonButton")->isEnabled());
}

TEST_F(PersonsPageTest, UnsavedEditsAskBeforeLeaving) {
    const std::string uuid = createPerson("Dewi", "Lestari");
    page->openPerson(QString::fromStdString(uuid));
    EXPECT_TRUE(page->confirmLeave());  // nothing changed: no question
    EXPECT_EQ(prompter->leaveQuestions, 0);

    type(line("personFamilyName"), QStringLiteral("Anggraini"));
    prompter->leaveAnswers = {EditPrompter::LeaveChoice::Cancel};
    EXPECT_FALSE(page->confirmLeave());
    EXPECT_EQ(line("personFamilyName")->text(), QStringLiteral("Anggraini"));

    prompter->leaveAnswers = {EditPrompter::LeaveChoice::Save};
    EXPECT_TRUE(page->confirmLeave());
    EXPECT_EQ(must(ws->persons.get(uuid)).familyName, "Anggraini");

    type(line("personFamilyName"), QStringLiteral("Permata"));
    prompter->leaveAnswers = {EditPrompter::LeaveChoice::Discard};
    EXPECT_TRUE(page->confirmLeave());
    EXPECT_EQ(line("personFamilyName")->text(), QStringLiteral("Anggraini"));
    EXPECT_EQ(must(ws->persons.get(uuid)).familyName, "Anggraini");

    // Switching to another person asks too; Cancel keeps the edits on screen.
    const std::string other = createPerson("Rina", "Marlina");
    type(line("personFamilyName"), QStringLiteral("Permata"));
    prompter->leaveAnswers = {EditPrompter::LeaveChoice::Cancel};
    page->openPerson(QString::fromStdString(other));
    EXPECT_EQ(line("personFamilyName")->text(), QStringLiteral("Permata"));
    prompter->leaveAnswers = {EditPrompter::LeaveChoice::Discard};
    page->openPerson(QString::fromStdString(other));
    EXPECT_EQ(line("personGivenNames")->text(), QStringLiteral("Rina"));
}

TEST_F(PersonsPageTest, FailedSaveWhenLeavingKeepsThePageOpen) {
    page->newPerson();
    type(line("personBirthDate"), QStringLiteral("2030-01-01"));  // no name either
    prompter->leaveAnswers = {EditPrompter::LeaveChoice::Save};
    EXPECT_FALSE(page->confirmLeave());
}

TEST_F(PersonsPageTest, AliasesGetTheirScriptFromTheName) {
    type(line("personGivenNames"), QStringLiteral("Somchai"));
    QTest::mouseClick(button("personAddAlias"), Qt::LeftButton);
    auto* aliases = table("personAliases")->model();
    aliases->setData(aliases->index(0, ui::AliasTableModel::NameColumn), QStringLiteral("สมชาย"));
    aliases->setData(aliases->index(0, ui::AliasTableModel::TransliterationColumn), QStringLiteral("Somchai"));
    EXPECT_EQ(aliases->index(0, ui::AliasTableModel::ScriptColumn).data(ui::AliasTableModel::CodeRole).toString(),
              QStringLiteral("Thai"));
    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);
    const auto found = must(ws->persons.findByName("สมชาย"));
    ASSERT_EQ(found.size(), 1u);
    const Person stored = must(ws->persons.get(found[0].uuid));
    ASSERT_EQ(stored.aliases.size(), 1u);
    EXPECT_EQ(stored.aliases[0].script, "Thai");
}

TEST_F(PersonsPageTest, KeepsFieldsTheFormDoesNotShow) {
    Person p = makePerson("Dewi", "Lestari");
    p.jobTitle = "Recruiter";
    p.city = "Batam";
    p.languages = {"id", "en"};
    const std::string uuid = must(ws->persons.create(p)).meta.uuid;
    page->openPerson(QString::fromStdString(uuid));
    type(line("personMiddleName"), QStringLiteral("Ayu"));
    QTest::mouseClick(button("savePersonButton"), Qt::LeftButton);
    const Person stored = must(ws->persons.get(uuid));
    EXPECT_EQ(stored.middleName, "Ayu");
    EXPECT_EQ(stored.jobTitle, "Recruiter");
    EXPECT_EQ(stored.city, "Batam");
    EXPECT_EQ(stored.languages, (std::vector<std::string>{"id", "en"}));
}

TEST_F(PersonsPageTest, ModelsPassQAbstractItemModelTester) {
    Person p = makePerson("Dewi", "Lestari");
    p.aliases.push_back(Alias{"Dewi L.", "Latn", ""});
    p.identifiers.push_back(Identifier{"Phone", "+62 812 3456 7890", {}, std::nullopt});
    const std::string uuid = must(ws->persons.create(p)).meta.uuid;
    const Case c = must(ws->cases.create(makeCase()));
    must(ws->cases.addParty(c.meta.uuid, uuid, "Victim"));
    page->openPerson(QString::fromStdString(uuid));
    // A victim: the aliases and identifiers show once read with a reason.
    ui::RevealDialog* reveal = page->revealIdentity();
    ASSERT_NE(reveal, nullptr);
    reveal->setReason(QStringLiteral("Interview preparation"));
    reveal->accept();
    type(line("personSearch"), QStringLiteral("Dewi"));
    QTest::keyClick(line("personSearch"), Qt::Key_Return);

    for (const char* name : {"personResults", "personIdentifiers", "personAliases", "personRoles"}) {
        QAbstractItemModel* model = table(name)->model();
        EXPECT_GT(model->rowCount(), 0) << name;
        EXPECT_EQ(modelTesterProblems(model), std::vector<std::string>{}) << name;
    }
    ui::IsoLanguageModel languages;
    EXPECT_EQ(modelTesterProblems(&languages), std::vector<std::string>{});
    // The pickers' models (the option lists, seen through the picker's own proxy).
    for (const char* name : {"personCitizenships", "personLanguages"}) {
        QAbstractItemModel* picker = child<ui::CodeListEditor>(name)->picker()->model();
        EXPECT_GT(picker->rowCount(), 100) << name;
        EXPECT_EQ(modelTesterProblems(picker), std::vector<std::string>{}) << name;
    }
    EXPECT_EQ(ui::IsoLanguageModel::displayName(QStringLiteral("id")), QStringLiteral("Indonesian (id)"));
}

TEST(PersonTextTest, TranslatesEveryTermOfTheListsItShows) {
    for (vocab::List list : ui::PersonText::coveredLists())
        for (const vocab::Term& term : vocab::terms(list))
            EXPECT_TRUE(ui::PersonText::hasEntry(list, term.code)) << vocab::listName(list) << " " << term.code;
}

TEST(PersonTextTest, SplitsIndexedFieldNames) {
    const auto path = ui::FieldPath::parse("person.identifiers[12].value");
    EXPECT_EQ(path.record, "person");
    EXPECT_EQ(path.name, "identifiers");
    EXPECT_EQ(path.index, 12);
    EXPECT_EQ(path.member, "value");
    const auto plain = ui::FieldPath::parse("person.birthDate");
    EXPECT_EQ(plain.name, "birthDate");
    EXPECT_EQ(plain.index, -1);
    EXPECT_EQ(ui::PersonText::fieldName("person.identifiers[0].issuingCountry"),
              QStringLiteral("Identifier 1, issuing country"));
}

}  // namespace
}  // namespace lintas::test
