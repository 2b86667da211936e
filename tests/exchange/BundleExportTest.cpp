#include "BundleTestSupport.h"

#include <algorithm>
#include <set>

namespace lintas::test {
namespace {

using exchange::BundleProfile;
using exchange::ConsentFallback;
using exchange::VictimTreatment;

class BundleExportTest : public BundleTest {
protected:
    /// Everything readable in a bundle: the raw file and every entry inflated.
    std::string allBytes(const std::string& path) {
        std::string all = readFile(path);
        for (const auto& [name, bytes] : readEntries(path))
            all += name + "\n" + bytes;
        return all;
    }
    exchange::json::Value entryJson(const std::string& bundle, const std::string& name) {
        auto entries = readEntries(bundle);
        const std::string* bytes = findEntry(entries, name);
        EXPECT_NE(bytes, nullptr) << name;
        return bytes ? must(exchange::json::parse(*bytes)) : exchange::json::Value();
    }
};

TEST_F(BundleExportTest, PreviewListsExactlyTheChosenItems) {
    const Scenario s = makeScenario(*idn.ws);
    consentToTha(s.victim);
    auto request = requestFor({s.caseFile.meta.uuid});
    request.cases[0].persons = std::vector<std::string>{s.victim.meta.uuid};
    request.cases[0].notes = std::vector<std::string>{};
    request.cases[0].attachments = std::vector<std::string>{s.document.uuid};
    request.cases[0].referrals = std::vector<std::string>{};
    approve(idn, request);  // H2: a supervisor approved it
    const auto preview = must(idn.ws->bundles.previewExport(request));

    std::multiset<std::string> kinds;
    std::set<std::string> uuids;
    for (const auto& item : preview.items) {
        kinds.insert(item.kind);
        uuids.insert(item.uuid);
    }
    EXPECT_EQ(kinds, (std::multiset<std::string>{"case", "person", "victim-profile", "journey-leg", "attachment",
                                                  "organisation"}));
    EXPECT_TRUE(uuids.contains(s.victim.meta.uuid));
    EXPECT_FALSE(uuids.contains(s.suspect.meta.uuid));  // not chosen
    EXPECT_FALSE(uuids.contains(s.relationship.uuid));  // its other end is not chosen
    EXPECT_FALSE(uuids.contains(s.note.uuid));
    EXPECT_FALSE(uuids.contains(s.photo.uuid));
    EXPECT_TRUE(uuids.contains(s.compound.meta.uuid));  // the victim profile refers to it
    ASSERT_EQ(preview.victims.size(), 1u);
    EXPECT_EQ(preview.victims[0].treatment, VictimTreatment::Identifiable);
    EXPECT_EQ(preview.victims[0].reason, "consent");
    EXPECT_TRUE(preview.allowed());
    EXPECT_EQ(preview.recipient.fingerprint, must(tha.ws->trust.identity()).certificate.fingerprint);

    // The preview wrote nothing a user could see: no bundle, no log row, no sequence used.
    EXPECT_TRUE(must(idn.ws->bundles.exchangeLog()).empty());
}

TEST_F(BundleExportTest, RejectsAPartThatIsNotInTheCase) {
    const Scenario s = makeScenario(*idn.ws);
    auto request = requestFor({s.caseFile.meta.uuid});
    request.cases[0].notes = std::vector<std::string>{s.victim.meta.uuid};
    auto preview = idn.ws->bundles.previewExport(request);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().code, ErrorCode::Validation);
    EXPECT_EQ(preview.error().field, "request.cases[0].notes[0]");
}

TEST_F(BundleExportTest, FullBundleCarriesTheConsentingVictimAndTheManifestListsEveryEntry) {
    const Scenario s = makeScenario(*idn.ws);
    consentToTha(s.victim);
    const auto result = exportToTha(requestFor({s.caseFile.meta.uuid}));
    EXPECT_TRUE(result.path.ends_with(".lintas"));

    auto entries = readEntries(result.path);
    ASSERT_GE(entries.size(), 2u);
    EXPECT_EQ(entries[0].first, "manifest.json");
    EXPECT_EQ(entries[1].first, "manifest.p7s");
    const auto manifest = must(exchange::json::parse(entries[0].second));
    EXPECT_EQ(manifest.find("format")->asString(), "lintas-bundle");
    EXPECT_EQ(manifest.find("format_version")->asInt(), 1);
    EXPECT_EQ(manifest.find("sequence")->asInt(), 1);
    EXPECT_EQ(manifest.find("profile")->asString(), "full");
    EXPECT_EQ(manifest.find("recipient")->find("code")->asString(), "DSI");
    EXPECT_EQ(manifest.find("sender")->find("certificate_sha256")->asString(),
              idn.identity.certificate().fingerprint());

    std::set<std::string> listed;
    for (const auto& e : manifest.find("entries")->asArray()) {
        const std::string path = e.find("path")->asString();
        listed.insert(path);
        const std::string* bytes = findEntry(entries, path);
        ASSERT_NE(bytes, nullptr) << path;
        EXPECT_EQ(static_cast<std::int64_t>(bytes->size()), e.find("size")->asInt()) << path;
        EXPECT_EQ(exchange::sha256Hex(*bytes), e.find("sha256")->asString()) << path;
    }
    EXPECT_EQ(listed.size() + 2, entries.size());
    EXPECT_EQ(listed, (std::set<std::string>{"records/cases/" + s.caseFile.meta.uuid + ".json",
                                             "records/organisations/" + s.compound.meta.uuid + ".json",
                                             "attachments/" + s.document.sha256, "attachments/" + s.photo.sha256}));

    const auto record = entryJson(result.path, "records/cases/" + s.caseFile.meta.uuid + ".json");
    auto decoded = must(exchange::codec::decodeCase(record, "case"));
    EXPECT_EQ(decoded.caseFile.reference, s.caseFile.reference);
    EXPECT_EQ(decoded.origin, (exchange::AgencyKey{"BARESKRIM", "IDN"}));
    ASSERT_EQ(decoded.persons.size(), 2u);
    const auto victim = std::find_if(decoded.persons.begin(), decoded.persons.end(),
                                     [&](const auto& p) { return p.person.meta.uuid == s.victim.meta.uuid; });
    ASSERT_NE(victim, decoded.persons.end());
    EXPECT_FALSE(victim->pseudonymised);
    EXPECT_EQ(victim->person.familyName, "Lestari");
    EXPECT_EQ(victim->person.birthDate, std::optional<std::string>("1999-04-12"));
    EXPECT_EQ(decoded.referrals.size(), 1u);
    EXPECT_EQ(decoded.referrals[0].history.size(), 1u);
    EXPECT_EQ(decoded.notes.size(), 1u);
    EXPECT_EQ(decoded.attachments.size(), 2u);
}

TEST_F(BundleExportTest, PseudonymisedBundleHoldsNoVictimIdentityAnywhere) {
    const Scenario s = makeScenario(*idn.ws);
    consentToTha(s.victim);  // consent does not matter: the profile pseudonymises every victim
    const auto result = exportToTha(requestFor({s.caseFile.meta.uuid}, BundleProfile::Pseudonymised));
    const std::string all = allBytes(result.path);
    for (const char* secret : {"Dewi", "Lestari", "1999-04-12", "812-3456-7890", "+6281234567890", "C9876543",
                               "Bandung", "Jalan Synthetic", "photo.jpg", s.victim.meta.uuid.c_str()})
        EXPECT_EQ(all.find(secret), std::string::npos) << secret;
    EXPECT_EQ(all.find(s.photo.sha256), std::string::npos);  // photos of a pseudonymised victim stay home
    EXPECT_NE(all.find("Santoso"), std::string::npos);        // suspects are kept
    ASSERT_EQ(result.preview.withheld.size(), 1u);
    EXPECT_EQ(result.preview.withheld[0].uuid, s.photo.uuid);

    auto decoded = must(exchange::codec::decodeCase(
        entryJson(result.path, "records/cases/" + s.caseFile.meta.uuid + ".json"), "case"));
    const auto victim = std::find_if(decoded.persons.begin(), decoded.persons.end(),
                                     [](const auto& p) { return p.pseudonymised; });
    ASSERT_NE(victim, decoded.persons.end());
    EXPECT_TRUE(victim->pseudonym.starts_with("V-"));
    EXPECT_EQ(victim->person.givenNames, victim->pseudonym);
    EXPECT_EQ(victim->person.estimatedAge, std::optional<int>(26));
    EXPECT_EQ(victim->person.citizenships, std::vector<std::string>{"IDN"});
    // Every reference to the victim uses the derived UUID.
    EXPECT_EQ(decoded.victimProfiles.at(0).personUuid, victim->person.meta.uuid);
    EXPECT_EQ(decoded.journey.at(0).personUuid, victim->person.meta.uuid);
    EXPECT_EQ(decoded.referrals.at(0).referral.victimUuid, victim->person.meta.uuid);
    EXPECT_NE(decoded.notes.at(0).body.find(victim->pseudonym), std::string::npos);
}

TEST_F(BundleExportTest, PseudonymIsStablePerRecipientAndDiffersBetweenRecipients) {
    const Scenario s = makeScenario(*idn.ws);
    const auto first = must(idn.ws->bundles.previewExport(requestFor({s.caseFile.meta.uuid}, BundleProfile::Pseudonymised)));
    const auto again = must(idn.ws->bundles.previewExport(requestFor({s.caseFile.meta.uuid}, BundleProfile::Pseudonymised)));
    ASSERT_EQ(first.victims.size(), 1u);
    EXPECT_EQ(first.victims[0].pseudonym, again.victims[0].pseudonym);

    auto other = exchange::Identity::generate({"NCB", "VNM", "Synthetic police"}, std::chrono::system_clock::to_time_t(bundleTestNow()));
    ASSERT_TRUE(other.ok());
    must(idn.ws->trust.add(other->certificate().pem(), "NCB", "VNM", "Synthetic police"));
    auto request = requestFor({s.caseFile.meta.uuid}, BundleProfile::Pseudonymised);
    request.recipientCode = "NCB";
    request.recipientCountry = "VNM";
    const auto toVietnam = must(idn.ws->bundles.previewExport(request));
    EXPECT_NE(toVietnam.victims[0].pseudonym, first.victims[0].pseudonym);
}

TEST_F(BundleExportTest, MissingConsentPseudonymisesTheVictim) {
    const Scenario s = makeScenario(*idn.ws);
    consentToTha(s.victim, "VictimSupport");  // another purpose
    const auto result = exportToTha(requestFor({s.caseFile.meta.uuid}));
    ASSERT_EQ(result.preview.victims.size(), 1u);
    EXPECT_EQ(result.preview.victims[0].treatment, VictimTreatment::Pseudonymised);
    EXPECT_EQ(result.preview.victims[0].reason, "consent-other-purpose");
    const std::string all = allBytes(result.path);
    EXPECT_EQ(all.find("Lestari"), std::string::npos);
    EXPECT_EQ(all.find("C9876543"), std::string::npos);
}

TEST_F(BundleExportTest, MissingConsentRefusesTheExportNamingTheVictimWhenAsked) {
    const Scenario s = makeScenario(*idn.ws);
    auto request = requestFor({s.caseFile.meta.uuid});
    request.onMissingConsent = ConsentFallback::Refuse;
    const auto preview = must(idn.ws->bundles.previewExport(request));
    ASSERT_EQ(preview.victims.size(), 1u);
    EXPECT_EQ(preview.victims[0].treatment, VictimTreatment::Refused);
    EXPECT_EQ(preview.victims[0].reason, "no-consent");

    auto result = idn.ws->bundles.exportBundle(request, idn.identity, dir.file("refused"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Refused);
    EXPECT_EQ(result.error().field, "export.victim-consent");
    EXPECT_NE(result.error().detail.find(s.caseFile.reference), std::string::npos);
    EXPECT_NE(result.error().detail.find(s.victim.meta.uuid), std::string::npos);
    EXPECT_NE(result.error().detail.find("no-consent"), std::string::npos);
    EXPECT_EQ(result.error().detail.find("Lestari"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir.file("refused.lintas")));
    EXPECT_TRUE(must(idn.ws->bundles.exchangeLog()).empty());
}

TEST_F(BundleExportTest, ThirdAgencyRecordUnderH2NeedsTheOriginatorsPermission) {
    const Scenario s = makeScenario(*idn.ws);
    consentToTha(s.victim);
    // The suspect came from a third agency (Cambodia) in a bundle marked H2.
    must(idn.ws->db().execute(
        "INSERT INTO agency(uuid, code, country, name, is_local, created_at, updated_at) VALUES "
        "('00000000-0000-4000-8000-0000000000aa', 'CNP', 'KHM', 'Synthetic police', 0, '2026-01-01T00:00:00Z', "
        "'2026-01-01T00:00:00Z')"));
    must(idn.ws->db().execute("UPDATE person SET origin_agency_id = (SELECT id FROM agency WHERE code = 'CNP') "
                              "WHERE uuid = '" + s.suspect.meta.uuid + "'"));
    must(idn.ws->db().execute(
        "INSERT INTO provenance(record_kind, record_uuid, bundle_uuid, sender_agency_id, received_at, handling_code) "
        "SELECT 'person', '" + s.suspect.meta.uuid + "', '00000000-0000-4000-8000-0000000000bb', id, "
        "'2026-02-01T00:00:00Z', 'H2' FROM agency WHERE code = 'CNP'"));

    const auto request = requestFor({s.caseFile.meta.uuid});
    approve(idn, request);  // H2: a supervisor approved it; the originator's permission is another matter
    const auto preview = must(idn.ws->bundles.previewExport(request));
    ASSERT_EQ(preview.blockers.size(), 1u);
    EXPECT_EQ(preview.blockers[0].reason, "third-agency-handling-code");
    EXPECT_EQ(preview.blockers[0].uuid, s.suspect.meta.uuid);
    EXPECT_EQ(preview.blockers[0].detail, "origin KHM/CNP, handling code H2");
    auto refused = idn.ws->bundles.exportBundle(request, idn.identity, dir.file("h2"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);

    must(idn.ws->db().execute(
        "INSERT INTO sharing_permission(origin_agency_id, recipient_code, recipient_country, granted_on, note) "
        "SELECT id, 'DSI', 'THA', '2026-03-01', 'synthetic' FROM agency WHERE code = 'CNP'"));
    EXPECT_TRUE(must(idn.ws->bundles.previewExport(request)).allowed());
    const auto result = exportToTha(request, "h2-permitted");
    auto decoded = must(exchange::codec::decodeCase(
        entryJson(result.path, "records/cases/" + s.caseFile.meta.uuid + ".json"), "case"));
    const auto suspect = std::find_if(decoded.persons.begin(), decoded.persons.end(),
                                      [&](const auto& p) { return p.person.meta.uuid == s.suspect.meta.uuid; });
    ASSERT_NE(suspect, decoded.persons.end());
    EXPECT_EQ(suspect->origin, (exchange::AgencyKey{"CNP", "KHM"}));
}

TEST_F(BundleExportTest, MarkingsMayNotBeWeakerThanTheCase) {
    const Scenario s = makeScenario(*idn.ws);
    consentToTha(s.victim);
    auto request = requestFor({s.caseFile.meta.uuid});
    request.tlp = "GREEN";  // the case is AMBER
    approve(idn, request);
    const auto preview = must(idn.ws->bundles.previewExport(request));
    ASSERT_EQ(preview.blockers.size(), 1u);
    EXPECT_EQ(preview.blockers[0].reason, "marking-too-weak");
}

TEST_F(BundleExportTest, StatisticsBundleHoldsOnlySuppressedAggregates) {
    std::vector<std::string> cases;
    for (int i = 0; i < 6; ++i)
        cases.push_back(makeScenario(*idn.ws, "Synthetic case " + std::to_string(i)).caseFile.meta.uuid);
    const auto result = exportToTha(requestFor(cases, BundleProfile::Statistics));
    auto entries = readEntries(result.path);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[2].first, "records/statistics.json");
    const std::string all = allBytes(result.path);
    for (const char* secret : {"Dewi", "Santoso", "Synthetic case", "Golden Harbour"})
        EXPECT_EQ(all.find(secret), std::string::npos) << secret;

    const auto stats = must(exchange::codec::decodeStatistics(must(exchange::json::parse(entries[2].second)), "stats"));
    EXPECT_EQ(stats.threshold, 5);
    EXPECT_EQ(stats.cases, std::optional<std::int64_t>(6));
    EXPECT_EQ(stats.victims, std::optional<std::int64_t>(6));
    const auto find = [&](const std::string& name) {
        return *std::find_if(stats.series.begin(), stats.series.end(), [&](const auto& s) { return s.name == name; });
    };
    const auto sex = find("victims_by_sex");
    ASSERT_EQ(sex.cells.size(), 1u);
    EXPECT_EQ(sex.cells[0].key, "Female");
    EXPECT_EQ(sex.cells[0].count, std::optional<std::int64_t>(6));
    // Fewer than five: the count is suppressed, the key stays.
    const auto byCountry = find("cases_by_country");
    EXPECT_EQ(byCountry.cells.size(), 3u);
}

TEST_F(BundleExportTest, SequenceIncrementsAndEveryExportIsLogged) {
    const Scenario s = makeScenario(*idn.ws);
    const auto first = exportToTha(requestFor({s.caseFile.meta.uuid}, BundleProfile::Pseudonymised), "one");
    const auto second = exportToTha(requestFor({s.caseFile.meta.uuid}, BundleProfile::Pseudonymised), "two");
    EXPECT_EQ(first.manifest.sequence, 1);
    EXPECT_EQ(second.manifest.sequence, 2);
    EXPECT_NE(first.manifest.bundleUuid, second.manifest.bundleUuid);
    const auto log = must(idn.ws->bundles.exchangeLog());
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].direction, "sent");
    EXPECT_EQ(log[0].bundleUuid, second.manifest.bundleUuid);
    EXPECT_EQ(log[0].sequence, std::optional<std::int64_t>(2));
    EXPECT_EQ(log[0].peerCountry, "THA");
    EXPECT_EQ(log[0].fileSha256, second.fileSha256);
    EXPECT_EQ(log[0].fileSha256, must(exchange::sha256FileHex(second.path)));
}

TEST_F(BundleExportTest, ExportNeedsATrustedRecipientCertificate) {
    const Scenario s = makeScenario(*idn.ws);
    must(idn.ws->trust.revoke(tha.identity.certificate().fingerprint(), "synthetic test"));
    auto preview = idn.ws->bundles.previewExport(requestFor({s.caseFile.meta.uuid}));
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace lintas::test
