// Who may exchange bundles, and the supervisor's approval of sensitive exports: the permission
// checks of TrustService and BundleService, the audit entries of exports and imports, and the
// export approvals (handling code H2 or TLP:RED). Every user and agency is synthetic.

#include "BundleTestSupport.h"

#include <algorithm>
#include <filesystem>

namespace lintas::test {
namespace {

using exchange::BundleProfile;
using exchange::ExportPreview;
using exchange::ExportRequest;
using security::AuditEntry;

class BundleAccessTest : public BundleTest {
protected:
    /// The audit entries of `ws` with `action`, oldest first.
    std::vector<AuditEntry> audited(Workspace& ws, const std::string& action) {
        security::AuditQuery q;
        q.action = action;
        q.newestFirst = false;
        return must(ws.audit().query(q));
    }

    static const exchange::ExportBlocker* blocker(const ExportPreview& p, const std::string& reason) {
        auto it = std::find_if(p.blockers.begin(), p.blockers.end(),
                               [&](const exchange::ExportBlocker& b) { return b.reason == reason; });
        return it == p.blockers.end() ? nullptr : &*it;
    }

    /// A case marked `handlingCode` (TLP:AMBER), with one victim who consented to THA.
    std::string caseMarked(const std::string& handlingCode, const std::string& title = "Synthetic marked case") {
        const Scenario s = makeScenario(*idn.ws, title);
        consentToTha(s.victim);
        Case c = must(idn.ws->cases.get(s.caseFile.meta.uuid));
        c.handlingCode = handlingCode;
        must(idn.ws->cases.update(c));
        return c.meta.uuid;
    }

    template <typename T>
    static void expectForbidden(const Result<T>& r, const std::string& permission) {
        ASSERT_FALSE(r.ok()) << "allowed, but the roles do not grant " << permission;
        EXPECT_EQ(r.error().code, ErrorCode::Forbidden) << r.error().toString();
        EXPECT_EQ(r.error().field, permission);
    }
};

// ---- approvals -------------------------------------------------------------------------------

TEST_F(BundleAccessTest, ExportUnderH2IsRefusedWithoutApprovalAndGoesOnceWithIt) {
    const Scenario s = makeScenario(*idn.ws);
    consentToTha(s.victim);
    const ExportRequest request = requestFor({s.caseFile.meta.uuid});  // H2, the case's own code

    const ExportPreview preview = must(idn.ws->bundles.previewExport(request));
    EXPECT_TRUE(preview.needsApproval);
    EXPECT_EQ(preview.strictestHandlingCode, "H2");
    EXPECT_FALSE(preview.approval.has_value());
    EXPECT_FALSE(preview.allowed());
    ASSERT_EQ(preview.blockers.size(), 1u);
    EXPECT_EQ(preview.blockers[0].reason, "needs-approval");
    EXPECT_EQ(preview.blockers[0].kind, "export");
    EXPECT_EQ(preview.blockers[0].uuid, preview.requestDigest);
    EXPECT_NE(preview.blockers[0].detail.find("handling code H2"), std::string::npos);
    EXPECT_EQ(preview.requestDigest.size(), 64u);
    EXPECT_EQ(preview.requestDigest, must(idn.ws->bundles.requestDigest(request)));

    auto refused = idn.ws->bundles.exportBundle(request, idn.identity, dir.file("unapproved"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_EQ(refused.error().field, "export.needs-approval");
    EXPECT_FALSE(std::filesystem::exists(dir.file("unapproved.lintas")));
    EXPECT_TRUE(must(idn.ws->bundles.exchangeLog()).empty());

    const std::int64_t approvalId = approve(idn, request, "Joint operation with DSI, synthetic note");
    auto pending = must(idn.ws->bundles.approvals(true));
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].id, approvalId);
    EXPECT_EQ(pending[0].requestDigest, preview.requestDigest);
    EXPECT_EQ(pending[0].approvedBy, kSupervisor);
    EXPECT_EQ(pending[0].note, "Joint operation with DSI, synthetic note");
    EXPECT_TRUE(pending[0].pending());

    const ExportPreview approved = must(idn.ws->bundles.previewExport(request));
    EXPECT_TRUE(approved.allowed());
    ASSERT_TRUE(approved.approval.has_value());
    EXPECT_EQ(approved.approval->id, approvalId);
    EXPECT_EQ(approved.approval->approvedBy, kSupervisor);

    const auto result = must(idn.ws->bundles.exportBundle(request, idn.identity, dir.file("approved")));
    EXPECT_EQ(result.approvalId, approvalId);
    EXPECT_TRUE(std::filesystem::exists(result.path));
    EXPECT_TRUE(must(idn.ws->bundles.approvals(true)).empty());
    const auto all = must(idn.ws->bundles.approvals(false));
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].usedAt, "2026-03-15T09:00:00Z");
    EXPECT_FALSE(all[0].pending());

    // Used up: the same request again needs a new approval.
    const ExportPreview again = must(idn.ws->bundles.previewExport(request));
    ASSERT_NE(blocker(again, "needs-approval"), nullptr);
    auto second = idn.ws->bundles.exportBundle(request, idn.identity, dir.file("again"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().field, "export.needs-approval");
    EXPECT_EQ(must(idn.ws->bundles.exchangeLog()).size(), 1u);

    // The approval is audited with codes and counts; the note stays out of the log.
    const auto approvals = audited(*idn.ws, security::audit::kExportApprove);
    ASSERT_EQ(approvals.size(), 1u);
    EXPECT_EQ(approvals[0].username, kSupervisor);
    EXPECT_EQ(approvals[0].recordType, "bundle");
    EXPECT_NE(approvals[0].detail.find("approval=" + std::to_string(approvalId)), std::string::npos);
    EXPECT_NE(approvals[0].detail.find("digest=" + preview.requestDigest), std::string::npos);
    EXPECT_NE(approvals[0].detail.find("handling=H2"), std::string::npos);
    EXPECT_EQ(approvals[0].detail.find("Joint operation"), std::string::npos);
    const auto exports = audited(*idn.ws, security::audit::kExport);
    ASSERT_EQ(exports.size(), 1u);
    EXPECT_NE(exports[0].detail.find("approval=" + std::to_string(approvalId)), std::string::npos);
}

TEST_F(BundleAccessTest, TlpRedNeedsApprovalEvenForAnH1Case) {
    const std::string caseUuid = caseMarked("H1");
    ExportRequest request = requestFor({caseUuid});
    request.handlingCode = "H1";
    const ExportPreview amber = must(idn.ws->bundles.previewExport(request));
    EXPECT_FALSE(amber.needsApproval);
    EXPECT_TRUE(amber.allowed()) << (amber.blockers.empty() ? "" : amber.blockers[0].reason);
    EXPECT_EQ(amber.strictestHandlingCode, "H1");

    request.tlp = "RED";
    const ExportPreview red = must(idn.ws->bundles.previewExport(request));
    EXPECT_TRUE(red.needsApproval);
    const auto* needs = blocker(red, "needs-approval");
    ASSERT_NE(needs, nullptr);
    EXPECT_NE(needs->detail.find("TLP:RED"), std::string::npos);
    EXPECT_EQ(needs->detail.find("handling code"), std::string::npos);
    auto refused = idn.ws->bundles.exportBundle(request, idn.identity, dir.file("red"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_EQ(refused.error().field, "export.needs-approval");

    approve(idn, request);
    const auto result = must(idn.ws->bundles.exportBundle(request, idn.identity, dir.file("red")));
    EXPECT_EQ(result.manifest.tlp, "RED");
    EXPECT_NE(result.approvalId, 0);

    // An H1 export under TLP:AMBER went without any approval.
    request.tlp = "AMBER";
    const auto plain = must(idn.ws->bundles.exportBundle(request, idn.identity, dir.file("amber")));
    EXPECT_EQ(plain.approvalId, 0);
}

TEST_F(BundleAccessTest, AnApprovalOfAnotherRequestOrByTheExporterDoesNotCount) {
    const std::string first = caseMarked("H2", "Synthetic case one");
    const std::string second = caseMarked("H2", "Synthetic case two");
    const ExportRequest request = requestFor({first, second});
    const std::string digest = must(idn.ws->bundles.requestDigest(request));

    ExportRequest otherTlp = request;
    otherTlp.tlp = "RED";
    ExportRequest otherProfile = request;
    otherProfile.profile = BundleProfile::Pseudonymised;
    ExportRequest otherCases = requestFor({first});
    ExportRequest otherHandling = request;
    otherHandling.handlingCode = "H3";
    for (const ExportRequest* other : {&otherTlp, &otherProfile, &otherCases, &otherHandling}) {
        EXPECT_NE(must(idn.ws->bundles.requestDigest(*other)), digest);
        approve(idn, *other);
    }
    // The administrator holds the supervisor role too, but nobody approves their own export.
    must(idn.ws->bundles.approveExport(request, "self-approval (synthetic)"));
    EXPECT_EQ(must(idn.ws->bundles.approvals(true)).size(), 5u);

    const ExportPreview preview = must(idn.ws->bundles.previewExport(request));
    EXPECT_EQ(preview.requestDigest, digest);
    ASSERT_NE(blocker(preview, "needs-approval"), nullptr);
    auto refused = idn.ws->bundles.exportBundle(request, idn.identity, dir.file("mismatch"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_EQ(refused.error().field, "export.needs-approval");

    // The digest is over the canonical request: case order and the fingerprint's spelling do not
    // change it, so the supervisor's approval of the same request in another form counts.
    ExportRequest sameRequest = requestFor({second, first});
    std::string fingerprint;
    for (char c : tha.identity.certificate().fingerprint())
        if (c != ':')
            fingerprint += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    sameRequest.recipientFingerprint = fingerprint;
    sameRequest.recipientCode.clear();  // the fingerprint names the recipient
    sameRequest.recipientCountry.clear();
    EXPECT_EQ(must(idn.ws->bundles.requestDigest(sameRequest)), digest);
    approve(idn, sameRequest);
    const auto result = must(idn.ws->bundles.exportBundle(request, idn.identity, dir.file("matching")));
    EXPECT_NE(result.approvalId, 0);
    // Only the matching approval was used; the others and the self-approval are still pending.
    EXPECT_EQ(must(idn.ws->bundles.approvals(true)).size(), 5u);
}

TEST_F(BundleAccessTest, ApprovingNeedsAValidRequest) {
    const std::string caseUuid = caseMarked("H2");
    auto supervisor = signIn(idn, kSupervisor);
    ExportRequest unknownCase = requestFor({"00000000-0000-4000-8000-00000000dead"});
    auto r1 = supervisor->bundles.approveExport(unknownCase, {});
    ASSERT_FALSE(r1.ok());
    EXPECT_EQ(r1.error().code, ErrorCode::ForeignKey);
    ExportRequest badTlp = requestFor({caseUuid});
    badTlp.tlp = "PURPLE";
    auto r2 = supervisor->bundles.approveExport(badTlp, {});
    ASSERT_FALSE(r2.ok());
    EXPECT_EQ(r2.error().field, "request.tlp");
    ExportRequest unknownRecipient = requestFor({caseUuid});
    unknownRecipient.recipientFingerprint = std::string(64, 'a');
    auto r3 = supervisor->bundles.approveExport(unknownRecipient, {});
    ASSERT_FALSE(r3.ok());
    EXPECT_EQ(r3.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(must(supervisor->bundles.approvals(false)).empty());
}

// ---- who may do what -------------------------------------------------------------------------

TEST_F(BundleAccessTest, ALiaisonOfficerWithNoOtherRoleExportsAndImports) {
    const Scenario s = makeScenario(*idn.ws);
    consentToTha(s.victim);
    const ExportRequest request = requestFor({s.caseFile.meta.uuid});
    approve(idn, request);

    auto liaison = signIn(idn, kLiaison);
    EXPECT_FALSE(liaison->context().can(security::Permission::VictimIdentityRead));
    const exchange::Identity key = must(liaison->trust.unlock(kPassphrase));
    const ExportPreview byLiaison = must(liaison->bundles.previewExport(request));
    EXPECT_TRUE(byLiaison.allowed());
    // On the liaison officer's screen the identifiable victim is masked; the bundle carries them.
    const auto victimItem = [&](const ExportPreview& p) {
        return std::find_if(p.items.begin(), p.items.end(), [&](const exchange::PreviewItem& i) {
            return i.kind == "person" && i.uuid == s.victim.meta.uuid;
        });
    };
    ASSERT_NE(victimItem(byLiaison), byLiaison.items.end());
    EXPECT_EQ(victimItem(byLiaison)->label, kMaskedName);
    const ExportPreview byAdministrator = must(idn.ws->bundles.previewExport(request));
    EXPECT_EQ(victimItem(byAdministrator)->label, "Dewi Lestari");
    const auto sent = must(liaison->bundles.exportBundle(request, key, dir.file("by-liaison")));

    // The full profile carries the consenting victim's identity although the liaison officer
    // cannot read it in the application: the export reads it on their behalf, as one audited act.
    auto entries = readEntries(sent.path);
    const std::string* record = findEntry(entries, "records/cases/" + s.caseFile.meta.uuid + ".json");
    ASSERT_NE(record, nullptr);
    const auto decoded = must(exchange::codec::decodeCase(must(exchange::json::parse(*record)), "case"));
    const auto victim = std::find_if(decoded.persons.begin(), decoded.persons.end(),
                                     [&](const auto& p) { return p.person.meta.uuid == s.victim.meta.uuid; });
    ASSERT_NE(victim, decoded.persons.end());
    EXPECT_EQ(victim->person.familyName, "Lestari");
    EXPECT_EQ(victim->person.birthDate, std::optional<std::string>("1999-04-12"));
    ASSERT_EQ(decoded.attachments.size(), 2u);
    for (const auto& a : decoded.attachments) {
        const std::string* content = findEntry(entries, "attachments/" + a.sha256);
        ASSERT_NE(content, nullptr) << a.name;
        EXPECT_EQ(exchange::sha256Hex(*content), a.sha256) << "the bundle carries the plain content of " << a.name;
    }

    const auto exports = audited(*idn.ws, security::audit::kExport);
    ASSERT_EQ(exports.size(), 1u);
    EXPECT_EQ(exports[0].username, kLiaison);
    EXPECT_EQ(exports[0].recordType, "bundle");
    EXPECT_EQ(exports[0].recordUuid, sent.manifest.bundleUuid);
    EXPECT_NE(exports[0].detail.find("cases=1"), std::string::npos);
    EXPECT_NE(exports[0].detail.find("victims-identifiable=1"), std::string::npos);
    EXPECT_NE(exports[0].detail.find("recipient=THA/DSI"), std::string::npos);
    for (const char* secret : {"Lestari", "Dewi", "C9876543"})
        EXPECT_EQ(exports[0].detail.find(secret), std::string::npos) << secret;
    // Reading the victim for the bundle is part of the export, not a separate read of the record.
    security::AuditQuery liaisonEntries;
    liaisonEntries.userUuid = liaison->session().userUuid;
    for (const auto& e : must(idn.ws->audit().query(liaisonEntries)))
        EXPECT_NE(e.action, security::audit::kPermissionDenied) << e.detail;

    auto thaLiaison = signIn(tha, kLiaison);
    const exchange::Identity thaKey = must(thaLiaison->trust.unlock(kPassphrase));
    auto bundle = must(thaLiaison->bundles.verify(sent.path, &thaKey));
    const auto preview = must(thaLiaison->bundles.previewImport(bundle));
    EXPECT_GT(preview.counts.added, 5);
    const auto imported = must(thaLiaison->bundles.applyImport(bundle, {}));
    EXPECT_EQ(imported.counts.added, preview.counts.added);
    EXPECT_EQ(must(tha.ws->cases.get(s.caseFile.meta.uuid)).reference, s.caseFile.reference);

    const auto imports = audited(*tha.ws, security::audit::kImport);
    ASSERT_EQ(imports.size(), 1u);
    EXPECT_EQ(imports[0].username, kLiaison);
    EXPECT_EQ(imports[0].recordType, "bundle");
    EXPECT_EQ(imports[0].recordUuid, sent.manifest.bundleUuid);
    EXPECT_NE(imports[0].detail.find("verdict=imported"), std::string::npos);
    EXPECT_NE(imports[0].detail.find("added=" + std::to_string(imported.counts.added)), std::string::npos);
    // The records the import created are audited by their services, in the liaison's name.
    const auto creates = audited(*tha.ws, security::audit::kCreate);
    const auto created = [&](const std::string& type, const std::string& uuid) {
        return std::any_of(creates.begin(), creates.end(), [&](const AuditEntry& e) {
            return e.recordType == type && e.recordUuid == uuid && e.username == kLiaison;
        });
    };
    EXPECT_TRUE(created("case", s.caseFile.meta.uuid));
    EXPECT_TRUE(created("person", s.victim.meta.uuid));
    EXPECT_TRUE(created("organisation", s.compound.meta.uuid));
}

TEST_F(BundleAccessTest, AnInvestigatorCannotExportAndTheRefusalIsAudited) {
    const Scenario s = makeScenario(*idn.ws);
    const ExportRequest request = requestFor({s.caseFile.meta.uuid});
    approve(idn, request);
    auto investigator = signIn(idn, kInvestigator);

    expectForbidden(investigator->bundles.previewExport(request), "bundle-export");
    expectForbidden(investigator->bundles.exportBundle(request, idn.identity, dir.file("by-investigator")),
                    "bundle-export");
    EXPECT_FALSE(std::filesystem::exists(dir.file("by-investigator.lintas")));
    expectForbidden(investigator->bundles.approveExport(request, {}), "export-approve");
    expectForbidden(investigator->bundles.exchangeLog(), "exchange-read");
    expectForbidden(investigator->trust.list(), "exchange-read");
    expectForbidden(investigator->trust.unlock(kPassphrase), "exchange-manage");
    expectForbidden(investigator->trust.add(tha.certificatePem, "DSI", "THA", "DSI (synthetic)"), "exchange-manage");
    expectForbidden(investigator->bundles.verify(dir.file("none.lintas"), nullptr), "bundle-import");

    EXPECT_TRUE(must(idn.ws->bundles.exchangeLog()).empty());
    EXPECT_TRUE(audited(*idn.ws, security::audit::kExport).empty());
    std::vector<std::string> denied;
    for (const auto& e : audited(*idn.ws, security::audit::kPermissionDenied)) {
        EXPECT_EQ(e.username, kInvestigator);
        denied.push_back(e.detail);
    }
    EXPECT_EQ(std::count(denied.begin(), denied.end(), "permission=bundle-export"), 2);
    EXPECT_EQ(std::count(denied.begin(), denied.end(), "permission=export-approve"), 1);
    EXPECT_EQ(std::count(denied.begin(), denied.end(), "permission=bundle-import"), 1);
    EXPECT_EQ(std::count(denied.begin(), denied.end(), "permission=exchange-manage"), 2);
}

TEST_F(BundleAccessTest, ASupervisorApprovesAndReadsButNeitherExportsNorChangesTrust) {
    const Scenario s = makeScenario(*idn.ws);
    const ExportRequest request = requestFor({s.caseFile.meta.uuid});
    auto supervisor = signIn(idn, kSupervisor);
    EXPECT_GT(must(supervisor->bundles.approveExport(request, {})), 0);
    EXPECT_EQ(must(supervisor->bundles.approvals(true)).size(), 1u);
    EXPECT_EQ(must(supervisor->trust.list()).size(), 1u);
    EXPECT_TRUE(must(supervisor->bundles.exchangeLog()).empty());
    EXPECT_TRUE(must(supervisor->bundles.conflicts(true)).empty());
    expectForbidden(supervisor->bundles.previewExport(request), "bundle-export");
    expectForbidden(supervisor->trust.revoke(tha.identity.certificate().fingerprint(), "synthetic"),
                    "exchange-manage");
    expectForbidden(supervisor->trust.createIdentity(kPassphrase, 30, true), "exchange-manage");
    expectForbidden(supervisor->bundles.resolveConflict(1, exchange::ConflictChoice::KeepOurs), "exchange-manage");

    auto liaison = signIn(idn, kLiaison, 100);
    expectForbidden(liaison->bundles.approveExport(request, {}), "export-approve");
    EXPECT_EQ(must(liaison->bundles.approvals(true)).size(), 1u);  // they see it, to know they may go
}

TEST_F(BundleAccessTest, TrustChangesAndARejectedBundleAreAudited) {
    // SetUp pinned each side's partner certificate as the administrator.
    const auto created = audited(*idn.ws, security::audit::kCreate);
    EXPECT_TRUE(std::any_of(created.begin(), created.end(), [&](const AuditEntry& e) {
        return e.recordType == "partner-certificate" && e.recordUuid == tha.identity.certificate().fingerprint() &&
               e.detail == "agency=THA/DSI";
    }));
    EXPECT_TRUE(std::any_of(created.begin(), created.end(), [&](const AuditEntry& e) {
        return e.recordType == "identity" && e.recordUuid == idn.identity.certificate().fingerprint();
    }));
    must(idn.ws->trust.revoke(tha.identity.certificate().fingerprint(), "Key reported lost by Dewi (synthetic)"));
    const auto updates = audited(*idn.ws, security::audit::kUpdate);
    ASSERT_FALSE(updates.empty());
    EXPECT_EQ(updates.back().recordType, "partner-certificate");
    EXPECT_EQ(updates.back().detail.find("Dewi"), std::string::npos) << "the reason is free text: not in the log";

    writeFile(dir.file("garbage.lintas"), "PK\3\4 not really a bundle");
    auto liaison = signIn(tha, kLiaison);
    auto verified = liaison->bundles.verify(dir.file("garbage.lintas"), nullptr);
    ASSERT_FALSE(verified.ok());
    must(liaison->bundles.logRejected(dir.file("garbage.lintas"), verified.error()));
    const auto imports = audited(*tha.ws, security::audit::kImport);
    ASSERT_EQ(imports.size(), 1u);
    EXPECT_EQ(imports[0].username, kLiaison);
    EXPECT_EQ(imports[0].detail, std::string("verdict=rejected,error=") + errorCodeName(verified.error().code));
    ASSERT_EQ(must(tha.ws->bundles.exchangeLog()).size(), 1u);
}

}  // namespace
}  // namespace lintas::test
