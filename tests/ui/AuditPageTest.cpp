#include "security/AuditPage.h"

#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "common/ErrorText.h"
#include "security/AuditModel.h"
#include "security/CheckpointDialog.h"
#include "security/SecurityText.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace lintas::test {
namespace {

namespace audit = security::audit;
using security::Role;
using ui::AuditModel;

template <typename T>
T* childOf(QWidget* root, const char* name) {
    auto* w = root->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << "no child named " << name;
    return w;
}

class AuditPageTest : public WorkspaceTest {
protected:
    void TearDown() override { page.reset(); }

    void openPage() {
        page = std::make_unique<ui::AuditPage>(*ws);
        page->resize(1400, 800);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }
    /// Every row's text in `column` (the rows loaded so far).
    std::vector<QString> column(int column) const {
        std::vector<QString> out;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            out.push_back(page->model()->index(row, column).data().toString());
        return out;
    }
    std::int64_t entriesInLog() { return must(ws->audit().verify()).entries; }

    std::unique_ptr<ui::AuditPage> page;
};

TEST_F(AuditPageTest, FiltersByUserActionRecordAndDate) {
    const std::string dewi = must(ws->persons.create(makePerson())).meta.uuid;
    must(ws->cases.create(makeCase()));
    must(ws->users.create("sup.rina", "Rina (synthetic)", {Role::Supervisor}, kTestPassword, kTestPassword));
    reopenAs("sup.rina");
    must(ws->persons.findByName("Dewi"));
    clock->advance(std::chrono::hours(24));  // 2026-03-16
    must(ws->persons.findByName("Lestari"));
    openPage();

    ASSERT_GT(page->model()->rowCount(), 5);
    EXPECT_EQ(page->model()->index(0, AuditModel::ActionColumn).data().toString(), QStringLiteral("Search"))
        << "newest first";

    childOf<QComboBox>(page.get(), "auditUserFilter")->setCurrentText(QStringLiteral("sup.rina"));
    page->applyFilters();
    const auto users = column(AuditModel::UserColumn);
    ASSERT_FALSE(users.empty());
    for (const QString& user : users)
        EXPECT_EQ(user, QStringLiteral("sup.rina"));
    EXPECT_EQ(labelText(*page, "auditCount"), QStringLiteral("%1 entries match.").arg(users.size()));

    auto* action = childOf<QComboBox>(page.get(), "auditActionFilter");
    action->setCurrentIndex(action->findData(QString::fromLatin1(audit::kSearch)));
    page->applyFilters();
    EXPECT_EQ(column(AuditModel::ActionColumn),
              (std::vector<QString>{QStringLiteral("Search"), QStringLiteral("Search")}));

    childOf<QCheckBox>(page.get(), "auditFromEnabled")->setChecked(true);
    childOf<QDateEdit>(page.get(), "auditFrom")->setDate(QDate(2026, 3, 16));
    page->applyFilters();
    ASSERT_EQ(page->model()->rowCount(), 1) << "only the search of the next day";
    EXPECT_TRUE(column(AuditModel::TimeColumn)[0].startsWith(QStringLiteral("2026-03-1")));

    QTest::mouseClick(childOf<QPushButton>(page.get(), "auditClearFilters"), Qt::LeftButton);
    page->showRecord(QString::fromStdString(dewi));
    const auto records = column(AuditModel::RecordColumn);
    ASSERT_FALSE(records.empty());
    for (const QString& record : records)
        EXPECT_EQ(record, QString::fromStdString(dewi));
    EXPECT_EQ(column(AuditModel::ActionColumn).back(), QStringLiteral("Create"));
    EXPECT_EQ(column(AuditModel::UserColumn).back(), QStringLiteral("admin.test"));
}

TEST_F(AuditPageTest, VerifyShowsTheEntryCountAndTheHeadHash) {
    must(ws->persons.create(makePerson()));
    openPage();
    QTest::mouseClick(childOf<QPushButton>(page.get(), "auditVerifyButton"), Qt::LeftButton);
    const auto check = must(ws->audit().verify());
    ASSERT_TRUE(check.ok);
    const QString shown = labelText(*page, "auditVerifyResult");
    EXPECT_TRUE(shown.startsWith(QStringLiteral("The chain is intact: %1 entries verified.").arg(check.entries)))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QString::fromStdString(check.headHash)));
}

TEST_F(AuditPageTest, VerifyNamesTheFirstBrokenEntry) {
    must(ws->persons.create(makePerson()));
    must(ws->persons.create(makePerson("Sri", "Wahyuni")));
    must(ws->db().execute("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"));
    must(ws->db().execute("UPDATE audit_log SET detail = 'fields=nothing' WHERE seq = 3"));
    openPage();
    const QString shown = page->verifyChain();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("The chain is broken at entry 3 ("))) << shown.toStdString();
    EXPECT_EQ(labelText(*page, "auditVerifyResult"), shown);
    // The entry is marked in the list.
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QModelIndex index = page->model()->index(row, AuditModel::SeqColumn);
        EXPECT_EQ(index.data(Qt::BackgroundRole).isValid(), index.data(AuditModel::SeqRole).toLongLong() == 3) << row;
    }
}

TEST_F(AuditPageTest, VerifiesAgainstACheckpointKeptElsewhere) {
    must(ws->persons.create(makePerson()));
    const auto checkpoint = must(ws->audit().checkpoint("IDN/BARESKRIM"));
    must(ws->persons.create(makePerson("Sri", "Wahyuni")));
    openPage();

    QString shown = page->verifyAgainst(QString::fromStdString(checkpoint.toText()) + QStringLiteral("\n"));
    EXPECT_TRUE(
        shown.startsWith(QStringLiteral("Checked against the checkpoint of entry %1, taken ").arg(checkpoint.seq)))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("The chain is intact"))) << shown.toStdString();

    // A checkpoint whose head the log does not hold (as after entries were cut off and rewritten).
    security::AuditCheckpoint forged = checkpoint;
    forged.hash = std::string(64, 'a');
    shown = page->verifyAgainst(QString::fromStdString(forged.toText()));
    EXPECT_TRUE(shown.contains(QStringLiteral("The chain is broken at entry %1 (").arg(checkpoint.seq)))
        << shown.toStdString();

    EXPECT_TRUE(page->verifyAgainst(QStringLiteral("not a checkpoint")).isEmpty());
    EXPECT_EQ(labelText(*page, "auditError"),
              QStringLiteral("This is not a Lintas audit checkpoint, or part of it is missing or mistyped."));
}

TEST_F(AuditPageTest, ExportsTheWholeLogAsJsonLines) {
    must(ws->persons.create(makePerson()));
    openPage();
    const std::string path = dir.file("audit.jsonl");
    ASSERT_TRUE(page->exportTo(QString::fromStdString(path)));
    const QList<QByteArray> lines = fileBytes(path).trimmed().split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.front().contains("\"format\":\"lintas-audit-log\"")) << lines.front().toStdString();
    EXPECT_EQ(lines.size() - 1, entriesInLog()) << "a header, then every entry (the export's own included)";
    EXPECT_EQ(page->model()->index(0, AuditModel::ActionColumn).data().toString(),
              ui::SecurityText::actionLabel(audit::kAuditExport))
        << "the export is itself on the list";
}

TEST_F(AuditPageTest, ACheckpointCanBeCopiedAndSaved) {
    openPage();
    ui::CheckpointDialog* dialog = page->takeCheckpoint();
    ASSERT_NE(dialog, nullptr);
    const auto head = must(ws->audit().verify());
    const QString text = dialog->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("seq=%1").arg(head.entries)));
    EXPECT_TRUE(text.contains(QString::fromStdString(head.headHash))) << "the head, the checkpoint entry included";
    EXPECT_EQ(page->model()->index(0, AuditModel::ActionColumn).data().toString(),
              ui::SecurityText::actionLabel(audit::kAuditCheckpoint));

    QTest::mouseClick(childOf<QPushButton>(dialog, "checkpointCopy"), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), text);
    const std::string path = dir.file("checkpoint.txt");
    ASSERT_TRUE(dialog->saveTo(QString::fromStdString(path)));
    EXPECT_EQ(QString::fromUtf8(fileBytes(path)), text + QLatin1Char('\n'));
    EXPECT_TRUE(security::AuditCheckpoint::parse(fileBytes(path).toStdString()).ok());
    dialog->reject();
}

TEST_F(AuditPageTest, ALongLogIsReadAPageAtATime) {
    for (int i = 0; i < 2 * AuditModel::kPageSize + 30; ++i)
        must(ws->persons.findByName("Dewi"));
    openPage();
    AuditModel* model = page->model();
    const int total = static_cast<int>(entriesInLog());
    EXPECT_EQ(model->rowCount(), AuditModel::kPageSize);
    EXPECT_TRUE(model->canFetchMore({}));
    EXPECT_EQ(labelText(*page, "auditCount"), QStringLiteral("%1 entries match.").arg(total));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * AuditModel::kPageSize);
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), total);
    EXPECT_EQ(model->index(total - 1, AuditModel::SeqColumn).data().toString(), QStringLiteral("1")) << "oldest last";
    EXPECT_EQ(modelTesterProblems(model), std::vector<std::string>{});
}

TEST_F(AuditPageTest, AUserWithoutAuditReadSeesCoresRefusal) {
    must(ws->users.create("inv.sari", "Sari (synthetic)", {Role::Investigator}, kTestPassword, kTestPassword));
    reopenAs("inv.sari");
    openPage();
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_EQ(labelText(*page, "auditError"), ui::ErrorText::message(ErrorCode::Forbidden));
}

}  // namespace
}  // namespace lintas::test
