#pragma once

// Two agencies that trust each other — IDN/BARESKRIM (sender) and a synthetic THA/DSI
// (recipient) — a synthetic case to send, and tools to take bundles apart and forge them.

#include "TempDir.h"
#include "TestWorkspace.h"

#include "lintas/Clock.h"
#include "lintas/IdGenerator.h"
#include "lintas/Time.h"
#include "lintas/exchange/BundleService.h"
#include "lintas/exchange/Crypto.h"
#include "lintas/exchange/Json.h"
#include "lintas/exchange/Zip.h"
#include "lintas/service/Workspace.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace lintas::test {

inline std::chrono::system_clock::time_point bundleTestNow() { return *parseTimestamp("2026-03-15T09:00:00Z"); }

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeFile(const std::string& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// Runs a shell command; returns its exit status and fills `output` with stdout+stderr.
inline int run(const std::string& command, std::string* output = nullptr) {
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return -1;
    std::string out;
    char buf[4096];
    while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe))
        out.append(buf, n);
    const int status = ::pclose(pipe);
    if (output)
        *output = out;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// The entries of a ZIP in central-directory order, name → content.
using Entries = std::vector<std::pair<std::string, std::string>>;

inline Entries readEntries(const std::string& zipPath) {
    auto reader = exchange::ZipReader::open(zipPath);
    EXPECT_TRUE(reader.ok()) << (reader.ok() ? "" : reader.error().toString());
    Entries out;
    if (!reader)
        return out;
    for (const auto& e : (*reader)->entries()) {
        auto bytes = (*reader)->read(e.name, 1u << 30);
        EXPECT_TRUE(bytes.ok());
        out.emplace_back(e.name, bytes.ok() ? *bytes : std::string());
    }
    return out;
}

inline std::string* findEntry(Entries& entries, const std::string& name) {
    for (auto& [n, bytes] : entries)
        if (n == name)
            return &bytes;
    return nullptr;
}

inline void writeZip(const std::string& path, const Entries& entries) {
    auto writer = exchange::ZipWriter::create(path);
    ASSERT_TRUE(writer.ok());
    for (const auto& [name, bytes] : entries)
        ASSERT_TRUE((*writer)->add(name, bytes).ok()) << name;
    ASSERT_TRUE((*writer)->finish().ok());
}

/// Re-lists every entry's size and hash in manifest.json (after `edit` changed the entries or the
/// manifest) and signs it again with `signer`: a bundle that is internally consistent and signed,
/// so only the check under test can reject it.
inline void resign(Entries& entries, const exchange::Identity& signer,
                   const std::function<void(exchange::json::Value&)>& editManifest = {}) {
    std::string* manifestBytes = findEntry(entries, "manifest.json");
    ASSERT_NE(manifestBytes, nullptr);
    auto manifest = exchange::json::parse(*manifestBytes);
    ASSERT_TRUE(manifest.ok());
    exchange::json::Array listed;
    std::vector<std::pair<std::string, std::string>> sorted;
    for (const auto& [name, bytes] : entries)
        if (name != "manifest.json" && name != "manifest.p7s")
            sorted.emplace_back(name, bytes);
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [name, bytes] : sorted)
        listed.emplace_back(exchange::json::Object{{"path", name},
                                                   {"size", static_cast<std::int64_t>(bytes.size())},
                                                   {"sha256", exchange::sha256Hex(bytes)}});
    manifest->set("entries", std::move(listed));
    exchange::json::Value sender = *manifest->find("sender");
    sender.set("certificate_sha256", signer.certificate().fingerprint());
    manifest->set("sender", sender);
    if (editManifest)
        editManifest(*manifest);
    *manifestBytes = exchange::json::write(*manifest, true);
    auto signature = exchange::cmsSignDetached(signer, *manifestBytes);
    ASSERT_TRUE(signature.ok());
    *findEntry(entries, "manifest.p7s") = *signature;
}

/// Builds a ZIP with Python's zipfile, which writes what it is told (names with "..", duplicate
/// names, symlink modes): the archives a careful writer never makes. `spec` is Python source
/// creating a list `entries` of (ZipInfo-or-name, bytes).
inline bool pythonZip(const std::string& path, const std::string& spec, const std::string& scriptPath) {
    writeFile(scriptPath, "import zipfile, sys, warnings\nwarnings.simplefilter('ignore')\n" + spec +
                              "\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                              "    for info, data in entries:\n        z.writestr(info, data)\n");
    std::string out;
    const int rc = run("python3 '" + scriptPath + "' '" + path + "'", &out);
    EXPECT_EQ(rc, 0) << out;
    return rc == 0;
}

/// An agency's workspace with its unlocked identity. `ws` is signed in as testAdministrator(),
/// who holds every role; each side also has a supervisor, "sup.test", whose approvals count for
/// the administrator's exports (nobody's own approval does).
struct Side {
    std::shared_ptr<FixedClock> clock;
    std::unique_ptr<Workspace> ws;
    exchange::Identity identity;
    std::string certificatePem;
};

inline constexpr const char* kSupervisor = "sup.test";
inline constexpr const char* kLiaison = "liaison.test";
inline constexpr const char* kInvestigator = "inv.test";

class BundleTest : public ::testing::Test {
protected:
    static constexpr const char* kPassphrase = "synthetic-test-passphrase";

    void SetUp() override {
        idn = makeAgency("BARESKRIM", "IDN", "Bareskrim Polri (synthetic test agency)", "idn.db", 42);
        tha = makeAgency("DSI", "THA", "Department of Special Investigation (synthetic test agency)", "tha.db", 7);
        ASSERT_TRUE(idn.ws && tha.ws);
        must(idn.ws->trust.add(tha.certificatePem, "DSI", "THA", "DSI (synthetic)"));
        must(tha.ws->trust.add(idn.certificatePem, "BARESKRIM", "IDN", "Bareskrim (synthetic)"));
    }

    Side makeAgency(const std::string& code, const std::string& country, const std::string& name,
                      const std::string& file, std::uint64_t seed) {
        Side a{std::make_shared<FixedClock>(bundleTestNow()), nullptr, {}, {}};
        lintas::Agency local;
        local.code = code;
        local.country = country;
        local.name = name;
        auto created = Workspace::create(dir.file(file), local, testAdministrator(), testOptions(a.clock, seed));
        EXPECT_TRUE(created.ok()) << created.error().toString();
        if (!created)
            return a;
        a.ws = std::move(created).value();
        using security::Role;
        must(a.ws->users.create(kSupervisor, "Test Supervisor", security::RoleSet{Role::Supervisor}, kTestPassword,
                                kTestPassword));
        must(a.ws->users.create(kLiaison, "Test Liaison Officer", security::RoleSet{Role::Liaison}, kTestPassword,
                                kTestPassword));
        must(a.ws->users.create(kInvestigator, "Test Investigator", security::RoleSet{Role::Investigator},
                                kTestPassword, kTestPassword));
        auto info = a.ws->trust.createIdentity(kPassphrase);
        EXPECT_TRUE(info.ok()) << info.error().toString();
        a.certificatePem = info->certificatePem;
        a.identity = must(a.ws->trust.unlock(kPassphrase));
        return a;
    }

    /// A second session on `side`'s database, signed in as `username` (kTestPassword), beside
    /// the administrator's: what another user at the same workstation does.
    std::unique_ptr<Workspace> signIn(Side& side, const std::string& username, std::uint64_t seed = 99) {
        auto opened = Workspace::open(side.ws->path(), Credentials{username, kTestPassword},
                                      testOptions(side.clock, seed));
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().toString());
        if (!opened)
            throw std::runtime_error("cannot sign in as " + username);
        return std::move(opened).value();
    }

    /// The supervisor of `side` approves `request`; returns the approval's id.
    std::int64_t approve(Side& side, const exchange::ExportRequest& request,
                         const std::string& note = "Approved for the joint investigation (test)") {
        auto supervisor = signIn(side, kSupervisor);
        return must(supervisor->bundles.approveExport(request, note));
    }

    template <typename T>
    T must(Result<T> r) {
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString());
        if (!r.ok())
            throw std::runtime_error("unexpected error: " + r.error().toString());
        return std::move(r).value();
    }
    void must(const Status& s) {
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().toString());
        if (!s.ok())
            throw std::runtime_error("unexpected error: " + s.error().toString());
    }

    /// A synthetic cross-border case in the IDN database: a victim (with phone and passport), a
    /// suspect, a scam compound, a journey, a referral, a note naming the victim, a document
    /// and a photo.
    struct Scenario {
        Case caseFile;
        Person victim;
        Person suspect;
        Organisation compound;
        JourneyLeg leg;
        Relationship relationship;
        Referral referral;
        Note note;
        Attachment document;
        Attachment photo;
    };

    Scenario makeScenario(Workspace& ws, const std::string& title = "Online job scam, Sihanoukville") {
        Scenario s;
        Organisation org;
        org.name = "Golden Harbour Compound (synthetic)";
        org.type = "ScamCompound";
        org.country = "KHM";
        s.compound = must(ws.organisations.create(org));

        Case c;
        c.title = title;
        c.status = "UnderInvestigation";
        c.exploitationForms = {"ForcedCriminality"};
        c.countries = {"IDN", "KHM", "THA"};
        c.openedOn = "2026-02-01";
        c.owner = "inv.sari";
        c.summary = "Recruited through a job advert; Dewi Lestari escaped via Thailand.";
        s.caseFile = must(ws.cases.create(c));

        Person v;
        v.givenNames = "Dewi";
        v.familyName = "Lestari";
        v.sex = "Female";
        v.gender = "Feminine";
        v.birthDate = "1999-04-12";
        v.citizenships = {"IDN"};
        v.city = "Bandung";
        v.identifiers = {Identifier{"Phone", "+62 812-3456-7890", "", std::nullopt},
                         Identifier{"Passport", "C9876543", "", std::string("IDN")}};
        s.victim = must(ws.persons.create(v));
        Person sus;
        sus.givenNames = "Budi";
        sus.familyName = "Santoso";
        sus.sex = "Male";
        sus.citizenships = {"IDN"};
        s.suspect = must(ws.persons.create(sus));
        const std::string cu = s.caseFile.meta.uuid;
        must(ws.cases.addParty(cu, s.victim.meta.uuid, "Victim"));
        must(ws.cases.addParty(cu, s.suspect.meta.uuid, "Suspect"));
        VictimProfile vp;
        vp.caseUuid = cu;
        vp.personUuid = s.victim.meta.uuid;
        vp.exploitationTypes = {"ForcedCriminality"};
        vp.exploitationLocation = s.compound.meta.uuid;
        must(ws.cases.setVictimProfile(vp));
        JourneyLeg leg;
        leg.caseUuid = cu;
        leg.personUuid = s.victim.meta.uuid;
        leg.eventType = "Exploitation";
        leg.country = "KHM";
        leg.city = "Sihanoukville";
        leg.street = "Jalan Synthetic 1";
        s.leg = must(ws.links.addJourneyLeg(leg));
        Relationship rel;
        rel.caseUuid = cu;
        rel.fromUuid = s.suspect.meta.uuid;
        rel.toUuid = s.victim.meta.uuid;
        rel.type = "Recruited";
        s.relationship = must(ws.links.addRelationship(rel));
        Referral ref;
        ref.caseUuid = cu;
        ref.victimUuid = s.victim.meta.uuid;
        ref.service = "Shelter";
        s.referral = must(ws.referrals.create(ref));
        Note n;
        n.caseUuid = cu;
        n.body = "Interview with Dewi Lestari (born 1999-04-12), phone +62 812-3456-7890.";
        n.kind = "Interview";
        s.note = must(ws.notes.addNote(n));
        writeFile(dir.file("statement.txt"), "Synthetic statement text for a test bundle.\n");
        s.document = must(ws.notes.attachFile(cu, dir.file("statement.txt"), "statement.txt", "text/plain"));
        writeFile(dir.file("photo.jpg"), std::string("\xFF\xD8\xFF\xE0synthetic-jpeg", 18));
        s.photo = must(ws.notes.attachFile(cu, dir.file("photo.jpg"), "photo.jpg", "image/jpeg"));
        return s;
    }

    /// Consent of the victim to share with THA for investigation.
    Consent consentToTha(const Person& victim, const std::string& purpose = "Investigation") {
        Consent c;
        c.personUuid = victim.meta.uuid;
        c.recipientCountry = "THA";
        c.purpose = purpose;
        c.scope = {"All"};
        c.givenOn = "2026-03-01";
        return must(idn.ws->consents.record(c));
    }

    exchange::ExportRequest requestFor(const std::vector<std::string>& caseUuids,
                                       exchange::BundleProfile profile = exchange::BundleProfile::Full) {
        exchange::ExportRequest r;
        for (const auto& uuid : caseUuids) {
            exchange::CaseSelection selection;
            selection.caseUuid = uuid;
            r.cases.push_back(std::move(selection));
        }
        r.recipientCode = "DSI";
        r.recipientCountry = "THA";
        r.purpose = "Investigation";
        r.tlp = "AMBER";
        r.handlingCode = "H2";
        r.profile = profile;
        return r;
    }

    /// Exports from IDN to THA, with the IDN supervisor's approval when the export needs one.
    exchange::ExportResult exportToTha(const exchange::ExportRequest& request, const std::string& name = "out") {
        const auto preview = must(idn.ws->bundles.previewExport(request));
        if (preview.needsApproval && !preview.approval)
            approve(idn, request);
        return must(idn.ws->bundles.exportBundle(request, idn.identity, dir.file(name)));
    }

    TempDir dir;
    Side idn;
    Side tha;
};

}  // namespace lintas::test
