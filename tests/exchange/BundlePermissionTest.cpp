// Every call of TrustService and BundleService × every role: allowed or refused exactly as the
// permission matrix (security::roleGrants, docs/security.md "Exchange") says, each refusal on
// record. The general PermissionMatrixTest leaves the exchange permissions to this table.

#include "BundleTestSupport.h"

#include <functional>
#include <optional>

namespace lintas::test {
namespace {

using exchange::ExportRequest;
using security::Permission;
using security::Role;

template <typename T>
Status statusOf(const Result<T>& r) {
    return r.ok() ? Status{} : Status{r.error()};
}

class BundlePermissionTest : public BundleTest, public ::testing::WithParamInterface<Role> {
protected:
    /// One row: a call, and the permissions of which any one allows it. `run` works on the
    /// session of a user holding only the role under test.
    struct Call {
        std::string name;
        std::vector<Permission> anyOf;
        std::function<Status(Workspace&)> run;
    };

    void SetUp() override {
        BundleTest::SetUp();
        // What the calls work on, made by the administrator (every role).
        scenario = makeScenario(*idn.ws);
        request = requestFor({scenario.caseFile.meta.uuid});
        // A bundle from THA for us (H1, TLP:AMBER: no approval needed), verified here.
        Case c;
        c.title = "Synthetic case from DSI";
        c.status = "UnderInvestigation";
        c.openedOn = "2026-01-20";
        c.handlingCode = "H1";
        c = must(tha.ws->cases.create(c));
        ExportRequest toIdn = requestFor({c.meta.uuid});
        toIdn.recipientCode = "BARESKRIM";
        toIdn.recipientCountry = "IDN";
        toIdn.handlingCode = "H1";
        incoming = must(tha.ws->bundles.exportBundle(toIdn, tha.identity, dir.file("to-idn"))).path;
        writeFile(dir.file("junk.lintas"), "not a bundle");
        auto other = exchange::Identity::generate({"NCB", "VNM", "Synthetic police"},
                                                  std::chrono::system_clock::to_time_t(bundleTestNow()));
        ASSERT_TRUE(other.ok());
        otherPartnerPem = other->certificate().pem();

        const Role role = GetParam();
        username = std::string("only.") + security::roleName(role);
        must(idn.ws->users.create(username, "Single-role user (synthetic)", security::RoleSet{role}, kTestPassword,
                                  kTestPassword));
        session = signIn(idn, username, 77);
    }

    std::vector<Call> calls() {
        const std::string thaFingerprint = tha.identity.certificate().fingerprint();
        const std::string caseUuid = scenario.caseFile.meta.uuid;
        std::vector<Call> t;
        // exchange-read
        t.push_back({"trust.identity", {Permission::ExchangeRead}, [](Workspace& ws) { return statusOf(ws.trust.identity()); }});
        t.push_back({"trust.list", {Permission::ExchangeRead}, [](Workspace& ws) { return statusOf(ws.trust.list()); }});
        t.push_back({"trust.byFingerprint", {Permission::ExchangeRead},
                     [=](Workspace& ws) { return statusOf(ws.trust.byFingerprint(thaFingerprint)); }});
        t.push_back({"trust.forAgency", {Permission::ExchangeRead},
                     [](Workspace& ws) { return statusOf(ws.trust.forAgency("DSI", "THA")); }});
        t.push_back({"bundles.exchangeLog", {Permission::ExchangeRead},
                     [](Workspace& ws) { return statusOf(ws.bundles.exchangeLog()); }});
        t.push_back({"bundles.conflicts", {Permission::ExchangeRead},
                     [](Workspace& ws) { return statusOf(ws.bundles.conflicts(false)); }});
        t.push_back({"bundles.provenanceOf", {Permission::ExchangeRead, Permission::CaseRead},
                     [=](Workspace& ws) { return statusOf(ws.bundles.provenanceOf("case", caseUuid)); }});
        t.push_back({"bundles.approvals", {Permission::ExchangeRead},
                     [](Workspace& ws) { return statusOf(ws.bundles.approvals(false)); }});
        t.push_back({"bundles.requestDigest", {Permission::ExchangeRead},
                     [this](Workspace& ws) { return statusOf(ws.bundles.requestDigest(request)); }});
        // bundle-export
        t.push_back({"bundles.previewExport", {Permission::BundleExport},
                     [this](Workspace& ws) { return statusOf(ws.bundles.previewExport(request)); }});
        t.push_back({"bundles.exportCandidates", {Permission::BundleExport},
                     [=](Workspace& ws) { return statusOf(ws.bundles.exportCandidates(caseUuid)); }});
        t.push_back({"bundles.exportBundle", {Permission::BundleExport}, [this](Workspace& ws) {
                         return statusOf(ws.bundles.exportBundle(request, idn.identity, dir.file("by-role")));
                     }});
        t.push_back({"bundles.writeReceipt", {Permission::BundleExport}, [this](Workspace& ws) {
                         exchange::ReceiptRequest r;
                         r.bundleUuid = "00000000-0000-4000-8000-000000000001";
                         return statusOf(ws.bundles.writeReceipt(r, idn.identity, dir.file("receipt")));
                     }});
        // bundle-import
        t.push_back({"bundles.verify", {Permission::BundleImport},
                     [this](Workspace& ws) { return statusOf(ws.bundles.verify(incoming, &idn.identity)); }});
        t.push_back({"bundles.previewImport", {Permission::BundleImport}, [this](Workspace& ws) {
                         auto bundle = must(idn.ws->bundles.verify(incoming, &idn.identity));
                         return statusOf(ws.bundles.previewImport(bundle));
                     }});
        t.push_back({"bundles.verifyReceipt", {Permission::BundleImport},
                     [this](Workspace& ws) { return statusOf(ws.bundles.verifyReceipt(dir.file("junk.lintas"))); }});
        t.push_back({"bundles.logRejected", {Permission::BundleImport}, [this](Workspace& ws) {
                         return ws.bundles.logRejected(dir.file("junk.lintas"),
                                                       Error{ErrorCode::Malformed, "bundle", "not a ZIP archive"});
                     }});
        t.push_back({"bundles.applyImport", {Permission::BundleImport}, [this](Workspace& ws) {
                         auto bundle = must(idn.ws->bundles.verify(incoming, &idn.identity));
                         return statusOf(ws.bundles.applyImport(bundle, {}));
                     }});
        // export-approve
        t.push_back({"bundles.approveExport", {Permission::ExportApprove},
                     [this](Workspace& ws) { return statusOf(ws.bundles.approveExport(request, {})); }});
        // the key: whoever signs, decrypts or manages it
        t.push_back({"trust.unlock",
                     {Permission::BundleExport, Permission::BundleImport, Permission::ExchangeManage},
                     [](Workspace& ws) { return statusOf(ws.trust.unlock(kPassphrase)); }});
        // exchange-manage (last: they change the trust store and the identity)
        t.push_back({"bundles.resolveConflict", {Permission::ExchangeManage}, [](Workspace& ws) {
                         return ws.bundles.resolveConflict(999, exchange::ConflictChoice::KeepOurs);
                     }});
        t.push_back({"trust.add", {Permission::ExchangeManage}, [this](Workspace& ws) {
                         return statusOf(ws.trust.add(otherPartnerPem, "NCB", "VNM", "Synthetic police"));
                     }});
        t.push_back({"trust.revoke", {Permission::ExchangeManage},
                     [=](Workspace& ws) { return ws.trust.revoke(thaFingerprint, "synthetic test"); }});
        t.push_back({"trust.importIdentity", {Permission::ExchangeManage}, [](Workspace& ws) {
                         return statusOf(ws.trust.importIdentity("not PKCS#12", "x", kPassphrase, true));
                     }});
        t.push_back({"trust.createIdentity", {Permission::ExchangeManage},
                     [](Workspace& ws) { return statusOf(ws.trust.createIdentity(kPassphrase, 30, true)); }});
        return t;
    }

    Scenario scenario;
    ExportRequest request;
    std::string incoming;
    std::string otherPartnerPem;
    std::string username;
    std::unique_ptr<Workspace> session;
};

TEST_P(BundlePermissionTest, EveryCallIsAllowedOrRefusedAsTheMatrixSays) {
    const Role role = GetParam();
    int refusals = 0;
    for (const Call& call : calls()) {
        const bool allowed = std::any_of(call.anyOf.begin(), call.anyOf.end(),
                                         [&](Permission p) { return security::roleGrants(role, p); });
        const Status s = call.run(*session);
        const bool forbidden = !s.ok() && s.error().code == ErrorCode::Forbidden;
        EXPECT_EQ(forbidden, !allowed) << security::roleName(role) << " " << call.name << ": "
                                       << (s.ok() ? "ok" : s.error().toString());
        if (forbidden) {
            ++refusals;
            EXPECT_EQ(s.error().field, security::permissionName(call.anyOf.back())) << call.name;
        }
    }
    // Every refusal is on record, in the user's name.
    security::AuditQuery q;
    q.action = security::audit::kPermissionDenied;
    q.userUuid = session->session().userUuid;
    EXPECT_EQ(must(idn.ws->audit().count(q)), refusals) << security::roleName(role);
}

INSTANTIATE_TEST_SUITE_P(EachRole, BundlePermissionTest, ::testing::ValuesIn(security::kAllRoles),
                         [](const ::testing::TestParamInfo<Role>& param) {
                             std::string name = security::roleName(param.param);
                             std::erase(name, '-');
                             return name;
                         });

}  // namespace
}  // namespace lintas::test
