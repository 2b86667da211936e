#include "TestWorkspace.h"
#include "UiTestSupport.h"
#include "search/SearchPopup.h"
#include "search/SearchResultsModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

namespace lintas::test {
namespace {

using ui::SearchPopup;
using ui::SearchResultsModel;

/// A small synthetic workspace: a case with a note, a victim with a phone and an alias (core masks
/// her identity), a suspect with an alias, and a recruitment agency with a registration number.
class SearchTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        Case c = makeCase("Online job scam, Sihanoukville");
        c.summary = "Recruited through a Facebook advert promising work as a customer service agent.";
        scamCase = must(ws->cases.create(c));

        Person p = makePerson("Dewi", "Lestari");
        p.aliases.push_back(Alias{"Ayu Permata", "Latn", ""});
        p.identifiers.push_back(Identifier{"Phone", "+62 812-3456-7890", "", std::nullopt});
        dewi = must(ws->persons.create(p));
        must(ws->cases.addParty(scamCase.meta.uuid, dewi.meta.uuid, "Victim"));

        Person b = makePerson("Budi", "Hartono");
        b.sex = "Male";
        b.gender = "Masculine";
        b.aliases.push_back(Alias{"Pak Budi", "Latn", ""});
        budi = must(ws->persons.create(b));
        must(ws->cases.addParty(scamCase.meta.uuid, budi.meta.uuid, "Suspect"));

        Organisation o;
        o.name = "PT Maju Jaya Recruitment";
        o.type = "RecruitmentAgency";
        o.identifiers.push_back(Identifier{"Other", "AHU-0042117", "", std::nullopt});
        agency = must(ws->organisations.create(o));

        Note n;
        n.caseUuid = scamCase.meta.uuid;
        n.body = "Interview at the Batam shelter; she describes the compound guards.";
        must(ws->notes.addNote(n));
    }

    /// The visible rows as "H:Title" for headers and "Title" for hits.
    static QStringList rows(const SearchResultsModel& model) {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            out << (i.data(SearchResultsModel::IsHeaderRole).toBool() ? QStringLiteral("H:") : QString()) +
                       i.data().toString();
        }
        return out;
    }

    Case scamCase;
    Person dewi;
    Person budi;
    Organisation agency;
};

TEST_F(SearchTest, ModelPassesTheModelTesterInEveryState) {
    SearchResultsModel model(*ws);
    EXPECT_TRUE(modelTesterProblems(&model).empty());
    for (const char* query : {"dewi", "sihanoukville", "batam", "maju", "+62 812 3456 7890", "nothing-like-this"}) {
        ASSERT_TRUE(model.search(QString::fromLatin1(query)).ok()) << query;
        const auto problems = modelTesterProblems(&model);
        EXPECT_TRUE(problems.empty()) << query << ": " << (problems.empty() ? "" : problems.front());
    }
    model.clear();
    EXPECT_TRUE(modelTesterProblems(&model).empty());
}

TEST_F(SearchTest, GroupsHitsUnderHeadersThatCannotBeSelected) {
    SearchResultsModel model(*ws);
    ASSERT_TRUE(model.search(QStringLiteral("batam")).ok());
    EXPECT_EQ(rows(model), (QStringList{QStringLiteral("H:Notes"),
                                        QStringLiteral("Note in %1").arg(QString::fromStdString(scamCase.reference))}));
    EXPECT_FALSE(model.flags(model.index(0)).testFlag(Qt::ItemIsSelectable));
    EXPECT_TRUE(model.flags(model.index(1)).testFlag(Qt::ItemIsSelectable));
    EXPECT_TRUE(
        model.index(1).data(SearchResultsModel::DetailRole).toString().contains(QStringLiteral("Batam shelter")));

    // People of the same name are told apart by their part in cases and their citizenship.
    ASSERT_TRUE(model.search(QStringLiteral("hartono")).ok());
    EXPECT_EQ(rows(model), (QStringList{QStringLiteral("H:People"), QStringLiteral("Budi Hartono")}));
    EXPECT_EQ(model.index(1).data(SearchResultsModel::DetailRole).toString(),
              QStringLiteral("Suspect in %1 · IDN").arg(QString::fromStdString(scamCase.reference)));

    ASSERT_TRUE(model.search(QStringLiteral("pak")).ok());
    EXPECT_EQ(rows(model), (QStringList{QStringLiteral("H:People"), QStringLiteral("Pak Budi")}));
    EXPECT_EQ(model.index(1).data(SearchResultsModel::DetailRole).toString(), QStringLiteral("Alias of Budi Hartono"));
    EXPECT_EQ(model.index(1).data(SearchResultsModel::TargetRole).toString(), QString::fromStdString(budi.meta.uuid));
}

TEST_F(SearchTest, AVictimIsFoundButHerIdentityStaysHidden) {
    SearchResultsModel model(*ws);
    // Found by name: the row says a victim was found and her part in cases, never her name.
    ASSERT_TRUE(model.search(QStringLiteral("lestari")).ok());
    EXPECT_EQ(rows(model), (QStringList{QStringLiteral("H:People"), QStringLiteral("Victim (identity hidden)")}));
    const QString detail = model.index(1).data(SearchResultsModel::DetailRole).toString();
    EXPECT_EQ(detail, QStringLiteral("Victim in %1 · IDN").arg(QString::fromStdString(scamCase.reference)));
    EXPECT_EQ(model.index(1).data(SearchResultsModel::TargetRole).toString(), QString::fromStdString(dewi.meta.uuid));
    EXPECT_EQ(model.index(1).data(SearchResultsModel::RecordTypeRole).toInt(),
              static_cast<int>(SearchResultsModel::RecordType::Person));

    // Found by alias: neither the alias nor the name shows.
    ASSERT_TRUE(model.search(QStringLiteral("ayu")).ok());
    EXPECT_EQ(rows(model), (QStringList{QStringLiteral("H:People"), QStringLiteral("Victim (identity hidden)")}));
    EXPECT_EQ(model.index(1).data(SearchResultsModel::TargetRole).toString(), QString::fromStdString(dewi.meta.uuid));
    for (int r = 0; r < model.rowCount(); ++r)
        for (int role : {int(Qt::DisplayRole), int(SearchResultsModel::DetailRole), int(Qt::ToolTipRole)}) {
            const QString text = model.index(r).data(role).toString();
            EXPECT_FALSE(text.contains(QStringLiteral("Ayu")) || text.contains(QStringLiteral("Dewi")) ||
                         text.contains(QStringLiteral("Lestari")) ||
                         text.contains(QString::fromUtf8(kMaskedName)))
                << text.toStdString();
        }
}

TEST_F(SearchTest, IdentifiersOpenWhoeverHoldsThem) {
    SearchResultsModel model(*ws);
    ASSERT_TRUE(model.search(QStringLiteral("+62 812 3456 7890")).ok());
    ASSERT_EQ(model.hitCount(), 1) << rows(model).join(u'|').toStdString();
    const QModelIndex phone = model.index(model.hitRowFrom(0, 1));
    EXPECT_EQ(phone.data(SearchResultsModel::GroupRole).toString(), QStringLiteral("identifier"));
    EXPECT_EQ(phone.data(SearchResultsModel::RecordTypeRole).toInt(),
              static_cast<int>(SearchResultsModel::RecordType::Person));
    // The phone is a victim's: who holds it stays hidden, the row opens her (masked) record.
    EXPECT_EQ(phone.data().toString(), QStringLiteral("Victim (identity hidden)"));
    EXPECT_EQ(phone.data(SearchResultsModel::TargetRole).toString(), QString::fromStdString(dewi.meta.uuid));
    EXPECT_FALSE(phone.data(SearchResultsModel::DetailRole).toString().contains(QStringLiteral("Lestari")));

    ASSERT_TRUE(model.search(QStringLiteral("AHU-0042117")).ok());
    const int row = model.hitRowFrom(0, 1);
    ASSERT_GE(row, 0) << rows(model).join(u'|').toStdString();
    const QModelIndex reg = model.index(row);
    EXPECT_EQ(reg.data(SearchResultsModel::RecordTypeRole).toInt(),
              static_cast<int>(SearchResultsModel::RecordType::Organisation));
    EXPECT_EQ(reg.data(SearchResultsModel::TargetRole).toString(), QString::fromStdString(agency.meta.uuid));
}

class SearchPopupTest : public SearchTest {
protected:
    void SetUp() override {
        SearchTest::SetUp();
        anchor = std::make_unique<QWidget>();
        anchor->resize(1000, 700);
        anchor->show();
        popup = new SearchPopup(*ws, anchor.get());
        popup->popup(anchor.get());
        ASSERT_TRUE(QTest::qWaitForWindowExposed(popup));
    }

    /// Types `text` and waits for the debounced search to show its results.
    void type(const QString& text) {
        popup->lineEdit()->clear();
        QTest::keyClicks(popup->lineEdit(), text);
        QTRY_COMPARE_WITH_TIMEOUT(popup->model()->query(), text, 2000);
    }
    QString status() const { return popup->findChild<QLabel*>(QStringLiteral("searchStatus"))->text(); }

    std::unique_ptr<QWidget> anchor;
    SearchPopup* popup = nullptr;
};

TEST_F(SearchPopupTest, TypingFindsTheCaseAndEnterOpensIt) {
    QSignalSpy cases(popup, &SearchPopup::caseRequested);
    type(QStringLiteral("sihanouk"));
    EXPECT_EQ(rows(*popup->model()).value(0), QStringLiteral("H:Cases"));
    EXPECT_TRUE(rows(*popup->model()).value(1).contains(QStringLiteral("Online job scam, Sihanoukville")));
    EXPECT_EQ(popup->currentRow(), 1) << "the first hit is ready for Enter";

    QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
    ASSERT_EQ(cases.count(), 1);
    EXPECT_EQ(cases.at(0).at(0).toString(), QString::fromStdString(scamCase.meta.uuid));
    EXPECT_FALSE(popup->isVisible());
}

TEST_F(SearchPopupTest, ArrowsSkipHeadersAndEnterOpensThePerson) {
    QSignalSpy cases(popup, &SearchPopup::caseRequested);
    QSignalSpy persons(popup, &SearchPopup::personRequested);
    type(QStringLiteral("lestari"));
    EXPECT_EQ(rows(*popup->model()),
              (QStringList{QStringLiteral("H:People"), QStringLiteral("Victim (identity hidden)")}));
    QTest::keyClick(popup->lineEdit(), Qt::Key_Up);
    EXPECT_EQ(popup->currentRow(), 1) << "never lands on a header";
    QTest::keyClick(popup->lineEdit(), Qt::Key_Enter);
    ASSERT_EQ(persons.count(), 1);
    EXPECT_EQ(persons.at(0).at(0).toString(), QString::fromStdString(dewi.meta.uuid));
    EXPECT_EQ(cases.count(), 0);
}

TEST_F(SearchPopupTest, DownMovesAcrossGroupsPastTheirHeaders) {
    // "s…" matches the case (Sihanoukville, scam) and the note (shelter), in two groups.
    type(QStringLiteral("s"));
    SearchResultsModel* model = popup->model();
    EXPECT_EQ(rows(*model).filter(QStringLiteral("H:")),
              (QStringList{QStringLiteral("H:Cases"), QStringLiteral("H:Notes")}));
    EXPECT_EQ(popup->currentRow(), 1);
    QTest::keyClick(popup->lineEdit(), Qt::Key_Down);
    EXPECT_EQ(popup->currentRow(), 3) << "skips the Notes header";
    QTest::keyClick(popup->lineEdit(), Qt::Key_Down);
    EXPECT_EQ(popup->currentRow(), 3) << "stays on the last hit";
    QTest::keyClick(popup->lineEdit(), Qt::Key_Up);
    EXPECT_EQ(popup->currentRow(), 1);
}

TEST_F(SearchPopupTest, EnterRightAfterTypingSearchesFirst) {
    QSignalSpy organisations(popup, &SearchPopup::organisationRequested);
    QTest::keyClicks(popup->lineEdit(), QStringLiteral("maju jaya"));
    QTest::keyClick(popup->lineEdit(), Qt::Key_Return);  // before the debounce has fired
    ASSERT_EQ(organisations.count(), 1);
    EXPECT_EQ(organisations.at(0).at(0).toString(), QString::fromStdString(agency.meta.uuid));
}

TEST_F(SearchPopupTest, SaysWhenNothingMatchesAndEscapeCloses) {
    EXPECT_TRUE(status().startsWith(QStringLiteral("Type a name"))) << status().toStdString();
    type(QStringLiteral("zzyzx"));
    EXPECT_EQ(status(), QStringLiteral("Nothing matches “zzyzx”."));
    EXPECT_FALSE(popup->resultsView()->isVisible());
    QTest::keyClick(popup->lineEdit(), Qt::Key_Escape);
    EXPECT_FALSE(popup->isVisible());
}

}  // namespace
}  // namespace lintas::test
