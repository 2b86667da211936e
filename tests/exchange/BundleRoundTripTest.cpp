// Bundles between two agencies' databases, through core only: IDN/BARESKRIM ↔ a synthetic THA/DSI.

#include "BundleTestSupport.h"

#include "lintas/exchange/BundleImport.h"
#include "lintas/service/DemoGenerator.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

namespace lintas::test {
namespace {

exchange::ExchangeLogQuery direction(const std::string& which) {
    exchange::ExchangeLogQuery q;
    q.direction = which;
    return q;
}

using exchange::ConflictChoice;
using exchange::ImportAction;
using exchange::ImportOptions;

/// Every row of every table except the exchange log, sorted: equal dumps mean equal data.
std::vector<std::string> logicalDump(const std::string& dbPath) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    std::vector<std::string> tables;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name <> 'exchange_log' ORDER BY name",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    std::vector<std::string> rows;
    for (const auto& table : tables) {
        sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\"").c_str(), -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            std::string row = table;
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                const auto* text = sqlite3_column_text(st, i);
                row += "|" + (text ? std::string(reinterpret_cast<const char*>(text)) : std::string("NULL"));
            }
            rows.push_back(std::move(row));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::size_t filesUnder(const std::string& dir) {
    std::error_code ec;
    if (!std::filesystem::exists(dir, ec))
        return 0;
    std::size_t n = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        n += e.is_regular_file() ? 1 : 0;
    return n;
}

class BundleRoundTripTest : public BundleTest {
protected:
    exchange::VerifiedBundle verifyAtTha(const std::string& path) {
        return must(tha.ws->bundles.verify(path, &tha.identity));
    }

    exchange::ImportResult importAtTha(const std::string& path, ImportOptions options = gradedB2()) {
        auto bundle = verifyAtTha(path);
        return must(tha.ws->bundles.applyImport(bundle, options));
    }

    static ImportOptions gradedB2() {
        ImportOptions o;
        o.sourceGrade = "B";
        o.infoGrade = "2";
        return o;
    }

    /// The scenario case with the victim's consent, sent IDN → THA.
    exchange::ExportResult sendScenario(const std::string& name = "first") {
        if (!scenario) {
            scenario = makeScenario(*idn.ws);
            consentToTha(scenario->victim);
        }
        return exportToTha(requestFor({scenario->caseFile.meta.uuid}), name);
    }

    std::string agencyCodeOf(Workspace& ws, const std::string& agencyUuid) {
        for (const auto& a : must(ws.agencies.list()))
            if (a.uuid == agencyUuid)
                return a.country + "/" + a.code + (a.isLocal ? " (local)" : "");
        return "?";
    }

    std::optional<Scenario> scenario;
};

TEST_F(BundleRoundTripTest, IdnToThaKeepsUuidsOriginProvenanceAndAttachments) {
    const auto sent = sendScenario();
    auto bundle = verifyAtTha(sent.path);
    const auto preview = must(tha.ws->bundles.previewImport(bundle));
    EXPECT_EQ(preview.bundle.sender.code, "BARESKRIM");
    EXPECT_EQ(preview.signerFingerprint, idn.identity.certificate().fingerprint());
    EXPECT_GT(preview.counts.added, 5);
    EXPECT_EQ(preview.counts.updated + preview.counts.conflicts, 0);
    EXPECT_TRUE(std::all_of(preview.items.begin(), preview.items.end(),
                            [](const auto& i) { return i.action == ImportAction::New; }));
    EXPECT_TRUE(must(tha.ws->bundles.exchangeLog(direction("received"))).empty()) << "a preview logs nothing";

    const auto result = must(tha.ws->bundles.applyImport(bundle, gradedB2()));
    EXPECT_EQ(result.counts.added, preview.counts.added);

    const Scenario& s = *scenario;
    const Case received = must(tha.ws->cases.get(s.caseFile.meta.uuid));
    EXPECT_EQ(received.reference, s.caseFile.reference);
    EXPECT_EQ(received.title, s.caseFile.title);
    EXPECT_EQ(agencyCodeOf(*tha.ws, received.meta.originAgency), "IDN/BARESKRIM");
    EXPECT_TRUE(must(tha.ws->persons.get(s.victim.meta.uuid)).identityMasked) << "a victim here too";
    const Person victim = must(tha.ws->persons.reveal(s.victim.meta.uuid, "test: check what the import wrote"));
    EXPECT_EQ(victim.familyName, "Lestari");
    EXPECT_EQ(agencyCodeOf(*tha.ws, victim.meta.originAgency), "IDN/BARESKRIM");
    EXPECT_EQ(must(tha.ws->organisations.get(s.compound.meta.uuid)).name, s.compound.name);
    EXPECT_EQ(must(tha.ws->links.journey(s.caseFile.meta.uuid)).size(), 1u);
    EXPECT_EQ(must(tha.ws->referrals.get(s.referral.uuid)).service, "Shelter");

    for (const auto& [kind, uuid] : std::vector<std::pair<std::string, std::string>>{
             {"case", s.caseFile.meta.uuid}, {"person", s.victim.meta.uuid}, {"note", s.note.uuid}}) {
        const auto provenance = must(tha.ws->bundles.provenanceOf(kind, uuid));
        ASSERT_TRUE(provenance.has_value()) << kind;
        EXPECT_EQ(provenance->bundleUuid, sent.manifest.bundleUuid);
        EXPECT_EQ(provenance->sender.code, "BARESKRIM");
        EXPECT_EQ(provenance->sender.fingerprint, idn.identity.certificate().fingerprint());
        EXPECT_EQ(provenance->sourceGrade, "B");
        EXPECT_EQ(provenance->infoGrade, "2");
        EXPECT_EQ(provenance->handlingCode, "H2");
        EXPECT_FALSE(provenance->editedLocally);
    }
    EXPECT_FALSE(must(idn.ws->bundles.provenanceOf("case", s.caseFile.meta.uuid)).has_value())
        << "the origin's own record is not foreign";

    const auto attachments = must(tha.ws->notes.attachments(s.caseFile.meta.uuid));
    ASSERT_EQ(attachments.size(), 2u);
    const auto decrypted = [&](Workspace& ws, const std::string& sha256) {
        std::string content;
        must(ws.notes.readAttachment(sha256, [&](std::string_view chunk) -> Status {
            content.append(chunk);
            return {};
        }));
        return content;
    };
    for (const auto& a : attachments) {
        const std::string content = decrypted(*tha.ws, a.sha256);
        EXPECT_EQ(content, decrypted(*idn.ws, a.sha256)) << a.name;
        EXPECT_EQ(content, readFile(dir.file(a.name))) << a.name;
        // Stored encrypted under THA's own key: the plaintext is nowhere in the file.
        const std::string stored = readFile(tha.ws->notes.contentPath(a.sha256));
        EXPECT_FALSE(stored.empty()) << a.name;
        EXPECT_EQ(stored.find(content), std::string::npos) << a.name;
    }

    const auto receivedLog = must(tha.ws->bundles.exchangeLog(direction("received")));
    ASSERT_EQ(receivedLog.size(), 1u);
    EXPECT_EQ(receivedLog[0].verdict, "imported");
    EXPECT_EQ(receivedLog[0].signerFingerprint, idn.identity.certificate().fingerprint());
    EXPECT_NE(receivedLog[0].summary.find("\"case\":1"), std::string::npos) << receivedLog[0].summary;
    const auto sentLog = must(idn.ws->bundles.exchangeLog(direction("sent")));
    ASSERT_EQ(sentLog.size(), 1u);
    EXPECT_EQ(sentLog[0].bundleUuid, receivedLog[0].bundleUuid);
}

TEST_F(BundleRoundTripTest, SecondBundleUpdatesTheFirst) {
    importAtTha(sendScenario().path);
    Case edited = must(idn.ws->cases.get(scenario->caseFile.meta.uuid));
    edited.title = "Online job scam, Sihanoukville (two more victims)";
    edited.summary = "Second interview completed.";
    must(idn.ws->cases.update(edited));
    Person suspect = must(idn.ws->persons.get(scenario->suspect.meta.uuid));
    suspect.middleName = "Adi";
    must(idn.ws->persons.update(suspect));

    const auto result = importAtTha(sendScenario("second").path);
    EXPECT_GE(result.counts.updated, 2);
    EXPECT_EQ(result.counts.conflicts, 0);
    EXPECT_TRUE(result.conflictIds.empty());
    const Case received = must(tha.ws->cases.get(edited.meta.uuid));
    EXPECT_EQ(received.title, edited.title);
    EXPECT_EQ(received.summary, edited.summary);
    EXPECT_EQ(must(tha.ws->persons.get(suspect.meta.uuid)).middleName, "Adi");
    EXPECT_FALSE(must(tha.ws->bundles.provenanceOf("case", edited.meta.uuid))->editedLocally);
}

TEST_F(BundleRoundTripTest, LocalAndPartnerEditsOfOneFieldBecomeConflictsResolvedPerField) {
    importAtTha(sendScenario().path);
    const std::string caseUuid = scenario->caseFile.meta.uuid;
    // THA corrects title and owner; IDN changes title, owner and summary.
    Case ours = must(tha.ws->cases.get(caseUuid));
    ours.title = "Scam compound case (THA title)";
    ours.owner = "tha.officer";
    must(tha.ws->cases.update(ours));
    EXPECT_TRUE(must(tha.ws->bundles.provenanceOf("case", caseUuid))->editedLocally);
    Case theirs = must(idn.ws->cases.get(caseUuid));
    theirs.title = "Scam compound case (IDN title)";
    theirs.owner = "inv.budi";
    theirs.summary = "Updated by IDN.";
    must(idn.ws->cases.update(theirs));

    auto bundle = verifyAtTha(sendScenario("second").path);
    const auto preview = must(tha.ws->bundles.previewImport(bundle));
    const auto item = std::find_if(preview.items.begin(), preview.items.end(),
                                   [&](const auto& i) { return i.kind == "case" && i.uuid == caseUuid; });
    ASSERT_NE(item, preview.items.end());
    EXPECT_EQ(item->action, ImportAction::Conflict);
    EXPECT_EQ(item->conflictingFields, (std::vector<std::string>{"title", "cas_CaseOwner"}));

    const auto result = must(tha.ws->bundles.applyImport(bundle, gradedB2()));
    ASSERT_EQ(result.conflictIds.size(), 2u);
    Case merged = must(tha.ws->cases.get(caseUuid));
    EXPECT_EQ(merged.title, ours.title) << "a conflicting field keeps our value until resolved";
    EXPECT_EQ(merged.summary, "Updated by IDN.") << "a field only the partner changed is applied";

    auto open = must(tha.ws->bundles.conflicts(true));
    ASSERT_EQ(open.size(), 2u);
    const auto byField = [&](const std::string& field) {
        return *std::find_if(open.begin(), open.end(), [&](const auto& c) { return c.field == field; });
    };
    EXPECT_EQ(byField("title").ours, "\"Scam compound case (THA title)\"");
    EXPECT_EQ(byField("title").theirs, "\"Scam compound case (IDN title)\"");
    EXPECT_EQ(byField("title").recordLabel, scenario->caseFile.reference);

    must(tha.ws->bundles.resolveConflict(byField("title").id, ConflictChoice::TakeTheirs));
    must(tha.ws->bundles.resolveConflict(byField("cas_CaseOwner").id, ConflictChoice::KeepOurs));
    merged = must(tha.ws->cases.get(caseUuid));
    EXPECT_EQ(merged.title, theirs.title);
    EXPECT_EQ(merged.owner, "tha.officer");
    EXPECT_TRUE(must(tha.ws->bundles.conflicts(true)).empty());
    EXPECT_EQ(must(tha.ws->bundles.conflicts(false)).size(), 2u);
    EXPECT_EQ(tha.ws->bundles.resolveConflict(byField("title").id, ConflictChoice::KeepOurs).error().code,
              ErrorCode::IllegalTransition);
}

TEST_F(BundleRoundTripTest, ReplayedBundleAndOlderSequenceAreRefusedLoggedAndChangeNothing) {
    const auto first = sendScenario("first");
    const auto second = sendScenario("second");
    auto firstAgain = verifyAtTha(first.path);
    auto secondBundle = verifyAtTha(second.path);
    importAtTha(first.path);

    EXPECT_FALSE(tha.ws->bundles.verify(first.path, &tha.identity).ok()) << "verify refuses a known bundle";
    auto before = logicalDump(tha.ws->path());
    auto replay = tha.ws->bundles.applyImport(firstAgain, gradedB2());
    ASSERT_FALSE(replay.ok());
    EXPECT_EQ(replay.error().code, ErrorCode::Refused);
    EXPECT_EQ(replay.error().detail, "already imported");
    EXPECT_EQ(logicalDump(tha.ws->path()), before);

    must(tha.ws->bundles.applyImport(secondBundle, gradedB2()));
    const auto third = sendScenario("third");
    auto thirdBundle = verifyAtTha(third.path);
    must(tha.ws->bundles.applyImport(thirdBundle, gradedB2()));
    // Sequence 2 was applied after 1; a copy of 2 verified before 3 was applied is now too old.
    before = logicalDump(tha.ws->path());
    auto older = tha.ws->bundles.applyImport(secondBundle, gradedB2());
    ASSERT_FALSE(older.ok());
    EXPECT_EQ(older.error().code, ErrorCode::Refused);
    EXPECT_EQ(logicalDump(tha.ws->path()), before);

    const auto log = must(tha.ws->bundles.exchangeLog(direction("received")));
    EXPECT_EQ(std::count_if(log.begin(), log.end(), [](const auto& e) { return e.verdict == "rejected"; }), 2);
    EXPECT_EQ(std::count_if(log.begin(), log.end(), [](const auto& e) { return e.verdict == "imported"; }), 3);
}

TEST_F(BundleRoundTripTest, BundleForAnotherAgencyIsRefused) {
    Side vnm = makeAgency("C03", "VNM", "Ministry of Public Security (synthetic test agency)", "vnm.db", 11);
    must(vnm.ws->trust.add(idn.certificatePem, "BARESKRIM", "IDN", "Bareskrim (synthetic)"));
    const auto sent = sendScenario();
    auto verified = vnm.ws->bundles.verify(sent.path, &vnm.identity);
    ASSERT_FALSE(verified.ok());
    EXPECT_EQ(verified.error().code, ErrorCode::Refused);
    EXPECT_FALSE(must(vnm.ws->cases.count({})) > 0);
}

TEST_F(BundleRoundTripTest, InterruptedImportLeavesTheDatabaseAndAttachmentStoreUnchanged) {
    sendScenario();  // creates the scenario
    Case second;
    second.title = "Second synthetic case";
    second.status = "UnderInvestigation";
    second.openedOn = "2026-02-10";
    second = must(idn.ws->cases.create(second));
    const auto sent =
        exportToTha(requestFor({second.meta.uuid, scenario->caseFile.meta.uuid}), "two-cases");
    const std::string attachmentDir = Workspace::attachmentDirFor(tha.ws->path());
    const auto before = logicalDump(tha.ws->path());
    const auto filesBefore = filesUnder(attachmentDir);

    auto bundle = verifyAtTha(sent.path);
    ImportOptions options = gradedB2();
    options.failAfterCases = 2;  // both cases written, attachments copied, then the failure
    auto interrupted = tha.ws->bundles.applyImport(bundle, options);
    ASSERT_FALSE(interrupted.ok());
    EXPECT_EQ(interrupted.error().code, ErrorCode::Internal);
    EXPECT_EQ(logicalDump(tha.ws->path()), before);
    EXPECT_EQ(filesUnder(attachmentDir), filesBefore) << "copied content is removed on rollback";

    // The same verified bundle then imports normally.
    const auto result = must(tha.ws->bundles.applyImport(bundle, gradedB2()));
    EXPECT_GT(result.counts.added, 0);
    EXPECT_EQ(must(tha.ws->cases.count({})), 2);
}

TEST_F(BundleRoundTripTest, ThaToIdnPseudonymisedVictimArrivesAsACode) {
    Case c;
    c.title = "Forced criminality, Myawaddy";
    c.status = "UnderInvestigation";
    c.openedOn = "2026-01-20";
    c = must(tha.ws->cases.create(c));
    Person v;
    v.givenNames = "Somchai";
    v.familyName = "Synthetic";
    v.sex = "Male";
    v = must(tha.ws->persons.create(v));
    must(tha.ws->cases.addParty(c.meta.uuid, v.meta.uuid, "Victim"));

    exchange::ExportRequest request = requestFor({c.meta.uuid}, exchange::BundleProfile::Pseudonymised);
    request.recipientCode = "BARESKRIM";
    request.recipientCountry = "IDN";
    approve(tha, request);  // H2: the Thai supervisor approves
    const auto sent = must(tha.ws->bundles.exportBundle(request, tha.identity, dir.file("tha-to-idn")));

    auto bundle = must(idn.ws->bundles.verify(sent.path, &idn.identity));
    const auto preview = must(idn.ws->bundles.previewImport(bundle));
    const auto victimItem = std::find_if(preview.items.begin(), preview.items.end(),
                                         [](const auto& i) { return i.kind == "person"; });
    ASSERT_NE(victimItem, preview.items.end());
    EXPECT_TRUE(victimItem->pseudonymised);
    EXPECT_EQ(victimItem->label.find("Somchai"), std::string::npos);
    must(idn.ws->bundles.applyImport(bundle, ImportOptions{}));

    const Case received = must(idn.ws->cases.get(c.meta.uuid));
    EXPECT_EQ(agencyCodeOf(*idn.ws, received.meta.originAgency), "THA/DSI");
    const auto parties = must(idn.ws->cases.parties(c.meta.uuid));
    ASSERT_EQ(parties.size(), 1u);
    EXPECT_NE(parties[0].personUuid, v.meta.uuid) << "a pseudonymised victim travels under a derived UUID";
    const Person code = must(idn.ws->persons.reveal(parties[0].personUuid, "test: the code it arrived as"));
    const auto provenance = must(idn.ws->bundles.provenanceOf("person", code.meta.uuid));
    ASSERT_TRUE(provenance.has_value());
    EXPECT_FALSE(provenance->pseudonym.empty());
    EXPECT_EQ(code.givenNames + code.familyName, provenance->pseudonym);
    EXPECT_EQ(provenance->sender.code, "DSI");
    EXPECT_EQ(provenance->sourceGrade, "X");
    EXPECT_EQ(must(idn.ws->bundles.exchangeLog(direction("received"))).at(0).verdict, "imported");
    EXPECT_EQ(must(tha.ws->bundles.exchangeLog(direction("sent"))).size(), 1u);
}

TEST_F(BundleRoundTripTest, StatisticsBundleStoresNoRecordsOnlyItsAggregatesInTheLog) {
    sendScenario();
    const auto sent = exportToTha(requestFor({scenario->caseFile.meta.uuid}, exchange::BundleProfile::Statistics),
                                  "statistics");
    auto bundle = verifyAtTha(sent.path);
    const auto preview = must(tha.ws->bundles.previewImport(bundle));
    ASSERT_TRUE(preview.statistics.has_value());
    EXPECT_TRUE(preview.items.empty());
    must(tha.ws->bundles.applyImport(bundle, gradedB2()));
    EXPECT_EQ(must(tha.ws->cases.count({})), 0);
    const auto log = must(tha.ws->bundles.exchangeLog(direction("received")));
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0].profile, "statistics");
    EXPECT_NE(log[0].summary.find("\"statistics\""), std::string::npos) << log[0].summary;
}

// Demo cases carry what hand-made scenarios may not: relationships to organisations, several
// victims, suspects and journeys. What the preview announces must be exactly what the import does.
TEST_F(BundleRoundTripTest, PreviewOfDemoCasesPredictsTheImportExactly) {
    must(generateDemo(*idn.ws, {6, 7, {}}));
    std::vector<std::string> sendable;
    {
        auto st = must(idn.ws->db().prepare("SELECT uuid FROM case_file ORDER BY id"));
        std::vector<std::string> all;
        while (must(st->step()))
            all.push_back(st->text(0));
        for (const auto& uuid : all) {
            auto request = requestFor({uuid});
            request.tlp = "RED";
            // TLP:RED always needs a supervisor's approval, given below for the whole request.
            const auto preview = must(idn.ws->bundles.previewExport(request));
            if (std::all_of(preview.blockers.begin(), preview.blockers.end(),
                            [](const auto& b) { return b.reason == "needs-approval"; }))
                sendable.push_back(uuid);
        }
    }
    ASSERT_GE(sendable.size(), 2u) << "the demo seed should give at least two cases that may leave";
    auto request = requestFor(sendable);
    request.tlp = "RED";
    const auto sent = exportToTha(request, "demo");

    auto bundle = verifyAtTha(sent.path);
    const auto preview = must(tha.ws->bundles.previewImport(bundle));
    EXPECT_EQ(preview.counts.refused, 0);
    EXPECT_GT(std::count_if(preview.items.begin(), preview.items.end(),
                            [](const auto& i) { return i.kind == "relationship"; }),
              0)
        << "the demo cases should bring relationships";
    const auto result = must(tha.ws->bundles.applyImport(bundle, gradedB2()));
    EXPECT_EQ(result.counts.added, preview.counts.added);
    EXPECT_EQ(result.counts.conflicts, preview.counts.conflicts);
    EXPECT_EQ(result.counts.refused, preview.counts.refused);
    ASSERT_EQ(result.items.size(), preview.items.size());
    for (std::size_t i = 0; i < preview.items.size(); ++i) {
        EXPECT_EQ(result.items[i].uuid, preview.items[i].uuid);
        EXPECT_EQ(result.items[i].action, preview.items[i].action) << preview.items[i].kind;
        EXPECT_EQ(result.items[i].refusal, preview.items[i].refusal) << preview.items[i].kind;
    }
}

}  // namespace
}  // namespace lintas::test
