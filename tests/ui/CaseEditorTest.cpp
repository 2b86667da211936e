#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "cases/CaseDocument.h"
#include "cases/CaseEditor.h"
#include "cases/CaseListModel.h"
#include "cases/CaseWorkspace.h"
#include "cases/CasesPage.h"
#include "cases/TlpChip.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

namespace lintas::test {
namespace {

using ui::CaseDocument;
using ui::CaseEditor;
using ui::CaseListModel;
using ui::CasesPage;
using ui::CaseWorkspace;
using ui::ConflictChoice;
using ui::ConflictInfo;
using ui::LeaveChoice;
using Field = CaseDocument::Field;

/// The Cases page on a temporary workspace, driven as a user would: typing into fields, clicking
/// buttons, answering the questions it asks (through injected answers instead of dialogs).
class CaseEditorTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        page = std::make_unique<CasesPage>(*ws);
        page->resize(1400, 900);
        page->show();
        workspace = page->findChild<CaseWorkspace*>();
        editor = page->findChild<CaseEditor*>();
        list = page->findChild<QTableView*>(QStringLiteral("caseList"));
        ASSERT_TRUE(workspace && editor && list);
        workspace->setLeavePrompt([this](const QString&) {
            ++leavePrompts;
            return leaveAnswer;
        });
    }
    void TearDown() override {
        // Whatever a test left unsaved, the page closes without asking.
        if (workspace)
            workspace->setLeavePrompt([](const QString&) { return LeaveChoice::Discard; });
        page.reset();
    }

    QLineEdit* line(const char* name) const { return page->findChild<QLineEdit*>(QString::fromLatin1(name)); }
    QPushButton* saveButton() const { return page->findChild<QPushButton*>(QStringLiteral("saveButton")); }
    /// The message under a field, when it is shown.
    QString shownMessage(const char* name) const {
        const QString text = labelText(*page, name);
        const auto* label = page->findChild<QLabel*>(QString::fromLatin1(name));
        return label && label->isVisibleTo(page.get()) ? text : QString();
    }
    void replaceText(QLineEdit* field, const QString& text) {
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    std::unique_ptr<CasesPage> page;
    CaseWorkspace* workspace = nullptr;
    CaseEditor* editor = nullptr;
    QTableView* list = nullptr;
    int leavePrompts = 0;
    LeaveChoice leaveAnswer = LeaveChoice::Cancel;
};

TEST_F(CaseEditorTest, NewCaseNeedsATitleThenSavesAndAppearsInTheList) {
    page->newCase();
    QLineEdit* title = line("caseTitle");
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(labelText(*page, "bannerReference"), QStringLiteral("New case"));
    EXPECT_EQ(page->findChild<ui::TlpChip*>(QStringLiteral("bannerTlp"))->text(), QStringLiteral("TLP:AMBER"));
    EXPECT_TRUE(labelText(*page, "bannerHandling").startsWith(QStringLiteral("Handling: H2")));
    EXPECT_EQ(page->findChild<QComboBox*>(QStringLiteral("caseStatus"))->currentText(), QStringLiteral("Reported"));

    QTest::keyClicks(title, QStringLiteral("x"));
    QTest::keyClick(title, Qt::Key_Backspace);
    EXPECT_EQ(shownMessage("caseTitleError"), QStringLiteral("Enter a title for the case."));
    EXPECT_FALSE(saveButton()->isEnabled());

    QTest::keyClicks(title, QStringLiteral("Recruitment ring via Batam"));
    EXPECT_EQ(shownMessage("caseTitleError"), QString());
    ASSERT_TRUE(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);

    auto stored = ws->cases.list(CaseQuery{});
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1u);
    const std::string reference = stored->front().reference;
    EXPECT_EQ(reference, "IDN-BARESKRIM-2026-000001");
    EXPECT_EQ(stored->front().title, "Recruitment ring via Batam");
    // What the user sees: the reference core assigned in the banner, the form and the list.
    EXPECT_EQ(labelText(*page, "bannerReference"), QString::fromStdString(reference));
    EXPECT_EQ(line("caseReference")->text(), QString::fromStdString(reference));
    EXPECT_TRUE(line("caseReference")->isReadOnly());
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, CaseListModel::Reference).data().toString(), QString::fromStdString(reference));
    EXPECT_EQ(list->model()->index(0, CaseListModel::Title).data().toString(),
              QStringLiteral("Recruitment ring via Batam"));
    EXPECT_EQ(list->currentIndex().row(), 0);
    EXPECT_EQ(labelText(*page, "caseCount"), QStringLiteral("1 case"));
    EXPECT_EQ(labelText(*page, "editorState"), QStringLiteral("All changes saved"));
}

TEST_F(CaseEditorTest, UndoOfTypingRestoresThePreviousText) {
    const Case c = must(ws->cases.create(makeCase("Original title")));
    page->openCase(QString::fromStdString(c.meta.uuid));
    QLineEdit* title = line("caseTitle");
    ASSERT_EQ(title->text(), QStringLiteral("Original title"));

    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" edited"));
    EXPECT_EQ(title->text(), QStringLiteral("Original title edited"));
    // The whole word is one step.
    EXPECT_EQ(page->undoStack()->count(), 1);
    EXPECT_EQ(labelText(*page, "editorState"), QStringLiteral("Unsaved changes"));

    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(title->text(), QStringLiteral("Original title"));
    EXPECT_EQ(labelText(*page, "bannerTitle"), QStringLiteral("Original title"));
    EXPECT_EQ(labelText(*page, "editorState"), QStringLiteral("All changes saved"));

    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(title->text(), QStringLiteral("Original title edited"));

    // The buttons do the same.
    QTest::mouseClick(page->findChild<QToolButton*>(QStringLiteral("undoButton")), Qt::LeftButton);
    EXPECT_EQ(title->text(), QStringLiteral("Original title"));
}

TEST_F(CaseEditorTest, ChangingAChoiceIsAnUndoStep) {
    const Case c = must(ws->cases.create(makeCase()));
    page->openCase(QString::fromStdString(c.meta.uuid));
    auto* tlp = page->findChild<QComboBox*>(QStringLiteral("caseTlp"));
    tlp->setCurrentIndex(tlp->findData(QStringLiteral("RED")));
    EXPECT_EQ(page->findChild<ui::TlpChip*>(QStringLiteral("bannerTlp"))->text(), QStringLiteral("TLP:RED"));
    page->undoStack()->undo();
    EXPECT_EQ(tlp->currentData().toString(), QStringLiteral("AMBER"));
    EXPECT_EQ(page->findChild<ui::TlpChip*>(QStringLiteral("bannerTlp"))->text(), QStringLiteral("TLP:AMBER"));
}

TEST_F(CaseEditorTest, ShowsCoreMessageUnderTheFieldItNames) {
    const Case c = must(ws->cases.create(makeCase()));
    page->openCase(QString::fromStdString(c.meta.uuid));
    // Opened 2026-02-01; closing on a day before is core's error on "Closed on".
    QTest::keyClicks(line("caseClosedOn"), QStringLiteral("2026-01-15"));
    EXPECT_EQ(shownMessage("caseClosedOnError"), QStringLiteral("The case cannot be closed before the date it was opened."));
    EXPECT_EQ(shownMessage("caseTitleError"), QString());
    EXPECT_FALSE(saveButton()->isEnabled());

    replaceText(line("caseClosedOn"), QStringLiteral("2099-01-01"));
    EXPECT_EQ(shownMessage("caseClosedOnError"), QStringLiteral("The date lies in the future."));
    replaceText(line("caseClosedOn"), QStringLiteral("2026-03-01"));
    EXPECT_EQ(shownMessage("caseClosedOnError"),
              QStringLiteral("A closing date needs a closed status. Change the status or clear the date."));
    auto* status = page->findChild<QComboBox*>(QStringLiteral("caseStatus"));
    status->setCurrentIndex(status->findData(QStringLiteral("Closed")));
    EXPECT_EQ(shownMessage("caseClosedOnError"), QString());
    EXPECT_TRUE(saveButton()->isEnabled());
}

TEST_F(CaseEditorTest, ConcurrentChangeOverwriteWithMine) {
    const Case c = must(ws->cases.create(makeCase("Original")));
    ASSERT_EQ(c.meta.version, 1);
    page->openCase(QString::fromStdString(c.meta.uuid));
    QLineEdit* title = line("caseTitle");
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" (mine)"));

    // Someone else saves the case meanwhile.
    Case theirs = must(ws->cases.get(c.meta.uuid));
    theirs.owner = "sup.rina";
    must(ws->cases.update(theirs));

    int asked = 0;
    ConflictInfo seen;
    editor->setConflictChooser([&](const ConflictInfo& info) {
        ++asked;
        seen = info;
        return ConflictChoice::OverwriteMine;
    });
    QTest::mouseClick(saveButton(), Qt::LeftButton);

    EXPECT_EQ(asked, 1);
    EXPECT_EQ(seen.reference, QString::fromStdString(c.reference));
    EXPECT_EQ(seen.myFields, QStringList{QStringLiteral("Title")});
    EXPECT_EQ(seen.theirFields, QStringList{QStringLiteral("Case owner")});
    const Case stored = must(ws->cases.get(c.meta.uuid));
    EXPECT_EQ(stored.title, "Original (mine)");
    EXPECT_EQ(stored.owner, c.owner);  // every field as shown in the editor
    EXPECT_EQ(stored.meta.version, c.meta.version + 2);
    EXPECT_EQ(labelText(*page, "editorState"), QStringLiteral("All changes saved"));
    EXPECT_EQ(editor->formMessage(), QString());

    // The next save is an ordinary one again.
    QTest::keyClicks(title, QStringLiteral("!"));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(must(ws->cases.get(c.meta.uuid)).meta.version, c.meta.version + 3);
}

TEST_F(CaseEditorTest, ConcurrentChangeReloadTheirsOrCancel) {
    const Case c = must(ws->cases.create(makeCase("Original")));
    page->openCase(QString::fromStdString(c.meta.uuid));
    QLineEdit* title = line("caseTitle");
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" (mine)"));
    Case theirs = must(ws->cases.get(c.meta.uuid));
    theirs.title = "Their title";
    must(ws->cases.update(theirs));

    ConflictChoice answer = ConflictChoice::Cancel;
    editor->setConflictChooser([&](const ConflictInfo&) { return answer; });
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    // Cancel: nothing stored, my edit still on screen, and the page says why.
    EXPECT_EQ(title->text(), QStringLiteral("Original (mine)"));
    EXPECT_TRUE(editor->formMessage().startsWith(QStringLiteral("Not saved")));
    EXPECT_EQ(must(ws->cases.get(c.meta.uuid)).meta.version, 2);

    answer = ConflictChoice::ReloadTheirs;
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    EXPECT_EQ(title->text(), QStringLiteral("Their title"));
    EXPECT_EQ(labelText(*page, "bannerTitle"), QStringLiteral("Their title"));
    EXPECT_EQ(labelText(*page, "editorState"), QStringLiteral("All changes saved"));
    EXPECT_EQ(must(ws->cases.get(c.meta.uuid)).meta.version, 2);
    EXPECT_EQ(page->undoStack()->count(), 0);
}

TEST_F(CaseEditorTest, ConfirmLeaveAsksAndCancelKeepsTheEditor) {
    const Case first = must(ws->cases.create(makeCase("First case")));
    const Case second = must(ws->cases.create(makeCase("Second case")));
    page->reload();
    page->openCase(QString::fromStdString(first.meta.uuid));
    EXPECT_TRUE(page->confirmLeave());  // nothing to lose: no question
    EXPECT_EQ(leavePrompts, 0);

    QLineEdit* title = line("caseTitle");
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" draft"));
    leaveAnswer = LeaveChoice::Cancel;
    EXPECT_FALSE(page->confirmLeave());
    EXPECT_EQ(leavePrompts, 1);
    EXPECT_EQ(title->text(), QStringLiteral("First case draft"));

    // Opening another case asks too; Cancel stays on the first, in the list as well.
    page->openCase(QString::fromStdString(second.meta.uuid));
    EXPECT_EQ(leavePrompts, 2);
    EXPECT_EQ(labelText(*page, "bannerReference"), QString::fromStdString(first.reference));
    EXPECT_EQ(title->text(), QStringLiteral("First case draft"));
    EXPECT_EQ(list->currentIndex().data(CaseListModel::UuidRole).toString(), QString::fromStdString(first.meta.uuid));

    // Save stores the edit, then the other case opens.
    leaveAnswer = LeaveChoice::Save;
    page->openCase(QString::fromStdString(second.meta.uuid));
    EXPECT_EQ(leavePrompts, 3);
    EXPECT_EQ(must(ws->cases.get(first.meta.uuid)).title, "First case draft");
    EXPECT_EQ(labelText(*page, "bannerReference"), QString::fromStdString(second.reference));

    // Discard drops the edit.
    QTest::keyClicks(title, QStringLiteral(" scrap"));
    leaveAnswer = LeaveChoice::Discard;
    EXPECT_TRUE(page->confirmLeave());
    EXPECT_EQ(title->text(), QStringLiteral("Second case"));
    EXPECT_EQ(must(ws->cases.get(second.meta.uuid)).title, "Second case");
}

TEST_F(CaseEditorTest, SelectingARowOpensTheCaseAndAnnouncesItsUndoStack) {
    const Case c = must(ws->cases.create(makeCase("Listed case")));
    page->reload();
    QSignalSpy stacks(page.get(), &CasesPage::undoStackChanged);
    list->setCurrentIndex(list->model()->index(0, CaseListModel::Title));
    EXPECT_EQ(labelText(*page, "bannerReference"), QString::fromStdString(c.reference));
    EXPECT_EQ(line("caseTitle")->text(), QStringLiteral("Listed case"));
    ASSERT_EQ(stacks.count(), 1);
    EXPECT_EQ(stacks.front().front().value<QUndoStack*>(), page->undoStack());
    EXPECT_NE(page->undoStack(), nullptr);
}

}  // namespace
}  // namespace lintas::test
