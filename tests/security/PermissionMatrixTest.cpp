// Every service call × every role: allowed or refused exactly as the permission matrix
// (security::roleGrants, docs/security.md "Roles") says, and every refusal on record.

#include "ServiceSecuritySupport.h"

#include "lintas/service/DemoGenerator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lintas {
namespace {

using security::Permission;
using security::Role;
using security::RoleSet;

class PermissionMatrixTest : public test::RoleWorkspaceTest {
protected:
    /// One row of the table: a public service call and the permission it needs (none: open to
    /// every signed-in user). `prepare` makes what the call works on (a fresh record to update or
    /// remove) as a delegated step, so only `run` meets the permission check.
    struct Call {
        std::string name;
        std::optional<Permission> needs;
        std::function<Status()> run;
        std::function<void()> prepare = {};
    };

    void SetUp() override {
        RoleWorkspaceTest::SetUp();
        // The records every call works on, made by the all-roles administrator.
        caseFile = must(ws->cases.create(makeCase()));
        Person v = makePerson("Matrix", "Victim");
        v.identifiers = {Identifier{"Phone", "0812 7000 0001", "", std::nullopt}};
        victim = must(ws->persons.create(v));
        suspect = must(ws->persons.create(makePerson("Matrix", "Suspect")));
        must(ws->cases.addParty(caseFile.meta.uuid, victim.meta.uuid, "Victim"));
        must(ws->cases.addParty(caseFile.meta.uuid, suspect.meta.uuid, "Suspect"));
        Organisation o;
        o.name = "Matrix Shelter (synthetic)";
        o.type = "Shelter";
        o.country = "IDN";
        shelter = must(ws->organisations.create(o));
        referral = must(ws->referrals.create(makeReferral()));
        consent = must(ws->consents.record(makeConsent()));
        JourneyLeg leg = makeLeg();
        must(ws->links.addJourneyLeg(leg));
        Relationship r;
        r.fromUuid = suspect.meta.uuid;
        r.toKind = PartyKind::Organisation;
        r.toUuid = shelter.meta.uuid;
        r.type = "Associate";
        must(ws->links.addRelationship(r));
        Note n;
        n.caseUuid = caseFile.meta.uuid;
        n.body = "Matrix test note (synthetic).";
        must(ws->notes.addNote(n));
        attachmentSource = dir.file("matrix-evidence.txt");
        std::ofstream(attachmentSource) << "synthetic evidence for the permission matrix\n";
    }

    Referral makeReferral() {
        Referral r;
        r.caseUuid = caseFile.meta.uuid;
        r.victimUuid = victim.meta.uuid;
        r.service = "Shelter";
        r.providerUuid = shelter.meta.uuid;
        return r;
    }
    Consent makeConsent() {
        Consent c;
        c.personUuid = victim.meta.uuid;
        c.caseUuid = caseFile.meta.uuid;
        c.recipientCountry = "THA";
        c.purpose = "Investigation";
        c.scope = {"Story"};
        c.givenOn = "2026-03-01";
        return c;
    }
    JourneyLeg makeLeg() {
        JourneyLeg leg;
        leg.caseUuid = caseFile.meta.uuid;
        leg.personUuid = victim.meta.uuid;
        leg.eventType = "Transit";
        leg.country = "THA";
        leg.city = "Mae Sot";
        return leg;
    }
    std::string next() { return std::to_string(++m_counter); }
    /// Runs `f` as an already-authorised inner step (Context::Delegation).
    template <typename F>
    void delegated(F f) {
        const Context::Delegation d(ws->context());
        f();
    }

    /// The table: every public call of the services, with the permission it needs.
    std::vector<Call> calls() {
        using test::statusOf;
        const std::string c = caseFile.meta.uuid;
        const std::string v = victim.meta.uuid;
        const std::string s = suspect.meta.uuid;
        std::vector<Call> t;
        // --- agencies
        t.push_back({"agencies.local", std::nullopt, [=, this] { return statusOf(ws->agencies.local()); }});
        t.push_back({"agencies.list", std::nullopt, [=, this] { return statusOf(ws->agencies.list()); }});
        t.push_back({"agencies.find", std::nullopt, [=, this] { return statusOf(ws->agencies.find("THA", "RTP")); }});
        t.push_back({"agencies.add", Permission::AgencyWrite, [=, this] {
                         Agency a;
                         a.code = "PARTNER" + next();
                         a.country = "MYS";
                         a.name = "Synthetic partner agency";
                         return statusOf(ws->agencies.add(a));
                     }});
        // --- cases
        t.push_back({"cases.create", Permission::CaseWrite, [=, this] { return statusOf(ws->cases.create(makeCase())); }});
        t.push_back({"cases.update", Permission::CaseWrite,
                     [=, this] {
                         Case edit = scratchCase;
                         edit.title = "Edited " + next();
                         return statusOf(ws->cases.update(edit));
                     },
                     [=, this] { delegated([&] { scratchCase = must(ws->cases.create(makeCase())); }); }});
        t.push_back({"cases.get", Permission::CaseRead, [=, this] { return statusOf(ws->cases.get(c)); }});
        t.push_back({"cases.getByReference", Permission::CaseRead,
                     [=, this] { return statusOf(ws->cases.getByReference(caseFile.reference)); }});
        t.push_back({"cases.find", Permission::CaseRead, [=, this] { return statusOf(ws->cases.find(c)); }});
        t.push_back({"cases.list", Permission::CaseRead, [=, this] { return statusOf(ws->cases.list({})); }});
        t.push_back({"cases.count", Permission::CaseRead, [=, this] { return statusOf(ws->cases.count({})); }});
        t.push_back({"cases.addParty", Permission::CaseWrite,
                     [=, this] { return ws->cases.addParty(c, scratchPerson.meta.uuid, "Witness"); },
                     [=, this] { delegated([&] { scratchPerson = must(ws->persons.create(makePerson("W", next()))); }); }});
        t.push_back({"cases.removeParty", Permission::CaseWrite,
                     [=, this] { return ws->cases.removeParty(c, scratchPerson.meta.uuid, "Witness"); },
                     [=, this] {
                         delegated([&] {
                             scratchPerson = must(ws->persons.create(makePerson("W", next())));
                             must(ws->cases.addParty(c, scratchPerson.meta.uuid, "Witness"));
                         });
                     }});
        t.push_back({"cases.parties", Permission::CaseRead, [=, this] { return statusOf(ws->cases.parties(c)); }});
        t.push_back({"cases.rolesOf", Permission::CaseRead, [=, this] { return statusOf(ws->cases.rolesOf(s)); }});
        t.push_back({"cases.setVictimProfile", Permission::VictimProfileWrite, [=, this] {
                         VictimProfile p;
                         p.caseUuid = c;
                         p.personUuid = v;
                         p.ageWhenTrafficked = 20 + static_cast<int>(m_counter++ % 10);
                         return ws->cases.setVictimProfile(p);
                     }});
        t.push_back({"cases.victimProfile", Permission::VictimSupportRead,
                     [=, this] { return statusOf(ws->cases.victimProfile(c, v)); }});
        t.push_back({"cases.setSuspectProfile", Permission::IntelligenceWrite, [=, this] {
                         SuspectProfile p;
                         p.caseUuid = c;
                         p.personUuid = s;
                         p.charges = "Charge " + next();
                         return ws->cases.setSuspectProfile(p);
                     }});
        t.push_back({"cases.suspectProfile", Permission::IntelligenceRead,
                     [=, this] { return statusOf(ws->cases.suspectProfile(c, s)); }});
        // --- persons
        t.push_back({"persons.create", Permission::PersonWrite,
                     [=, this] { return statusOf(ws->persons.create(makePerson("New", next()))); }});
        t.push_back({"persons.update", Permission::PersonWrite,
                     [=, this] {
                         Person edit = scratchPerson;
                         edit.jobTitle = "Driver " + next();
                         return statusOf(ws->persons.update(edit));
                     },
                     [=, this] { delegated([&] { scratchPerson = must(ws->persons.create(makePerson("U", next()))); }); }});
        t.push_back({"persons.get", Permission::PersonRead, [=, this] { return statusOf(ws->persons.get(v)); }});
        t.push_back({"persons.reveal", Permission::VictimIdentityRead,
                     [=, this] { return statusOf(ws->persons.reveal(v, "permission matrix test")); }});
        t.push_back({"persons.findByIdentifier", Permission::PersonRead,
                     [=, this] { return statusOf(ws->persons.findByIdentifier("Phone", "+6281270000001")); }});
        t.push_back({"persons.findByName", Permission::PersonRead,
                     [=, this] { return statusOf(ws->persons.findByName("Matrix")); }});
        // --- organisations
        t.push_back({"organisations.create", Permission::IntelligenceWrite, [=, this] {
                         Organisation o;
                         o.name = "Synthetic employer " + next();
                         o.type = "Employer";
                         return statusOf(ws->organisations.create(o));
                     }});
        t.push_back({"organisations.update", Permission::IntelligenceWrite,
                     [=, this] {
                         Organisation o = scratchOrganisation;
                         o.notes = "Edited " + next();
                         return statusOf(ws->organisations.update(o));
                     },
                     [=, this] {
                         delegated([&] {
                             Organisation o;
                             o.name = "Synthetic company " + next();
                             o.type = "CorporateBusiness";
                             scratchOrganisation = must(ws->organisations.create(o));
                         });
                     }});
        t.push_back({"organisations.get", Permission::IntelligenceRead,
                     [=, this] { return statusOf(ws->organisations.get(shelter.meta.uuid)); }});
        t.push_back({"organisations.list", Permission::IntelligenceRead,
                     [=, this] { return statusOf(ws->organisations.list()); }});
        t.push_back({"organisations.serviceProviders", Permission::VictimSupportRead,
                     [=, this] { return statusOf(ws->organisations.serviceProviders()); }});
        // --- links
        t.push_back({"links.addJourneyLeg", Permission::CaseWrite,
                     [=, this] { return statusOf(ws->links.addJourneyLeg(makeLeg())); }});
        t.push_back({"links.journey", Permission::CaseRead, [=, this] { return statusOf(ws->links.journey(c)); }});
        t.push_back({"links.removeJourneyLeg", Permission::CaseWrite,
                     [=, this] { return ws->links.removeJourneyLeg(scratchUuid); },
                     [=, this] { delegated([&] { scratchUuid = must(ws->links.addJourneyLeg(makeLeg())).uuid; }); }});
        t.push_back({"links.addCaseLink", Permission::CaseWrite, [=, this] {
                         CaseLink l;
                         l.caseUuid = c;
                         l.foreignAgencyCode = "RTP";
                         l.foreignCountry = "THA";
                         l.foreignReference = "TH-" + next();
                         return statusOf(ws->links.addCaseLink(l));
                     }});
        t.push_back({"links.caseLinks", Permission::CaseRead, [=, this] { return statusOf(ws->links.caseLinks(c)); }});
        t.push_back({"links.addRelationship", Permission::IntelligenceWrite, [=, this] {
                         Relationship r;
                         r.fromUuid = s;
                         r.toUuid = v;
                         r.type = "Associate";
                         r.note = "Seen together " + next();
                         return statusOf(ws->links.addRelationship(r));
                     }});
        t.push_back({"links.relationshipsOf", Permission::IntelligenceRead,
                     [=, this] { return statusOf(ws->links.relationshipsOf(s)); }});
        t.push_back({"links.relationshipsInCase", Permission::IntelligenceRead,
                     [=, this] { return statusOf(ws->links.relationshipsInCase(c)); }});
        // --- referrals
        t.push_back({"referrals.create", Permission::VictimSupportWrite,
                     [=, this] { return statusOf(ws->referrals.create(makeReferral())); }});
        t.push_back({"referrals.move", Permission::VictimSupportWrite,
                     [=, this] { return statusOf(ws->referrals.move(scratchUuid, "Accepted")); },
                     [=, this] { delegated([&] { scratchUuid = must(ws->referrals.create(makeReferral())).uuid; }); }});
        t.push_back({"referrals.get", Permission::VictimSupportRead,
                     [=, this] { return statusOf(ws->referrals.get(referral.uuid)); }});
        t.push_back({"referrals.list", Permission::VictimSupportRead,
                     [=, this] { return statusOf(ws->referrals.list({})); }});
        t.push_back({"referrals.countOverdue", Permission::VictimSupportRead,
                     [=, this] { return statusOf(ws->referrals.countOverdue()); }});
        t.push_back({"referrals.history", Permission::VictimSupportRead,
                     [=, this] { return statusOf(ws->referrals.history(referral.uuid)); }});
        // --- consents
        t.push_back({"consents.record", Permission::VictimSupportWrite,
                     [=, this] { return statusOf(ws->consents.record(makeConsent())); }});
        t.push_back({"consents.withdraw", Permission::VictimSupportWrite,
                     [=, this] { return ws->consents.withdraw(scratchUuid, "2026-03-10"); },
                     [=, this] { delegated([&] { scratchUuid = must(ws->consents.record(makeConsent())).uuid; }); }});
        t.push_back({"consents.forPerson", Permission::VictimSupportRead,
                     [=, this] { return statusOf(ws->consents.forPerson(v)); }});
        // --- search and statistics
        t.push_back({"search.search", Permission::Search, [=, this] { return statusOf(ws->search.search("matrix")); }});
        t.push_back({"stats.compute", Permission::StatsRead, [=, this] { return statusOf(ws->stats.compute()); }});
        t.push_back({"stats.caseCount", Permission::StatsRead, [=, this] { return statusOf(ws->stats.caseCount()); }});
        t.push_back({"stats.dashboard", Permission::StatsRead, [=, this] { return statusOf(ws->stats.dashboard()); }});
        // --- demo data
        t.push_back({"generateDemo", Permission::CaseWrite, [=, this] {
                         DemoOptions o;
                         o.cases = 1;
                         o.seed = 3;
                         return statusOf(generateDemo(*ws, o));
                     }});
        // --- notes and attachments (intelligence: docs/security.md)
        t.push_back({"notes.addNote", Permission::IntelligenceWrite, [=, this] {
                         Note n;
                         n.caseUuid = c;
                         n.body = "Synthetic note " + next();
                         return statusOf(ws->notes.addNote(n));
                     }});
        t.push_back({"notes.notes", Permission::IntelligenceRead, [=, this] { return statusOf(ws->notes.notes(c)); }});
        t.push_back({"notes.attachFile", Permission::IntelligenceWrite, [=, this] {
                         return statusOf(ws->notes.attachFile(c, attachmentSource, "evidence-" + next() + ".txt",
                                                              "text/plain"));
                     }});
        t.push_back({"notes.attachments", Permission::IntelligenceRead,
                     [=, this] { return statusOf(ws->notes.attachments(c)); }});
        // --- users and settings
        t.push_back({"users.create", Permission::UserManage, [=, this] {
                         return statusOf(ws->users.create("made." + next(), "Synthetic user",
                                                          RoleSet{Role::Investigator}, "a long synthetic password",
                                                          test::kTestPassword));
                     }});
        t.push_back({"users.list", Permission::UserManage, [=, this] { return statusOf(ws->users.list()); }});
        t.push_back({"users.get", Permission::UserManage, [=, this] { return statusOf(ws->users.get(m_admin.userUuid)); }});
        t.push_back({"users.byUsername", Permission::UserManage,
                     [=, this] { return statusOf(ws->users.byUsername(m_admin.username)); }});
        t.push_back({"users.setRoles", Permission::UserManage,
                     [=, this] { return ws->users.setRoles(scratchUuid, RoleSet{Role::Supervisor}); },
                     [=, this] { scratchUuid = madeUser(); }});
        t.push_back({"users.disable", Permission::UserManage, [=, this] { return ws->users.disable(scratchUuid); },
                     [=, this] { scratchUuid = madeUser(); }});
        t.push_back({"users.lockAfterMinutes", std::nullopt, [=, this] { return statusOf(ws->users.lockAfterMinutes()); }});
        t.push_back({"users.setLockAfterMinutes", Permission::SettingsManage,
                     [=, this] { return ws->users.setLockAfterMinutes(15); }});
        // --- retention
        t.push_back({"retention.setRule", Permission::SettingsManage,
                     [=, this] { return ws->retention.setRule(security::kRetentionClosedCase, 10); }});
        t.push_back({"retention.due", Permission::RetentionConfirm,
                     [=, this] { return statusOf(ws->retention.due(ws->context().today())); }});
        // --- exchange (reading the log, the trust list and conflicts)
        t.push_back({"trust.list", Permission::ExchangeRead, [=, this] { return statusOf(ws->trust.list()); }});
        t.push_back({"bundles.exchangeLog", Permission::ExchangeRead,
                     [=, this] { return statusOf(ws->bundles.exchangeLog()); }});
        t.push_back({"bundles.conflicts", Permission::ExchangeRead,
                     [=, this] { return statusOf(ws->bundles.conflicts()); }});
        return t;
    }

    /// A fresh account for calls that change one, made by the administrator.
    std::string madeUser() {
        const auto current = acting();
        actAsAdministrator();
        auto u = ws->users.create("target." + next(), "Synthetic target", RoleSet{Role::Investigator},
                                  "a long synthetic password", test::kTestPassword);
        ws->context().setSession(current);
        return must(std::move(u)).uuid;
    }

    /// Runs every call as the acting user and checks it against `allowed`.
    void checkAll(const std::string& who, const std::function<bool(const Call&)>& allowed) {
        const std::string username = acting() ? acting()->username : std::string();
        for (const Call& call : calls()) {
            SCOPED_TRACE(call.name + " as " + who);
            if (call.prepare)
                call.prepare();
            const std::int64_t before = lastSeq();
            const Status result = call.run();
            const auto entries = entriesAfter(before);
            if (allowed(call)) {
                EXPECT_TRUE(result.ok()) << result.error().toString();
                for (const auto& e : entries)
                    EXPECT_NE(e.action, security::audit::kPermissionDenied) << e.detail;
                continue;
            }
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.error().code, ErrorCode::Forbidden) << result.error().toString();
            // The refusal is on record, naming the permission, and nothing else was written.
            ASSERT_EQ(entries.size(), 1u);
            EXPECT_EQ(entries[0].action, security::audit::kPermissionDenied);
            EXPECT_EQ(entries[0].username, username);
            if (call.needs) {
                EXPECT_EQ(result.error().field, security::permissionName(*call.needs));
                EXPECT_EQ(entries[0].detail, std::string("permission=") + security::permissionName(*call.needs));
            }
        }
    }

    Case caseFile;
    Person victim;
    Person suspect;
    Organisation shelter;
    Referral referral;
    Consent consent;
    std::string attachmentSource;
    // Made by `prepare` steps.
    Case scratchCase;
    Person scratchPerson;
    Organisation scratchOrganisation;
    std::string scratchUuid;
    std::uint64_t m_counter = 0;
};

TEST_F(PermissionMatrixTest, EveryCallForEveryRoleIsAllowedOrRefusedAsTheMatrixSays) {
    for (Role role : security::kAllRoles) {
        actAs(role);
        checkAll(security::roleName(role),
                 [&](const Call& call) { return !call.needs || security::roleGrants(role, *call.needs); });
    }
}

TEST_F(PermissionMatrixTest, RolesAddUp) {
    // A victim-support officer who is also a liaison officer may do what either may.
    const RoleSet both{Role::VictimSupport, Role::Liaison};
    actAs(both);
    checkAll("victim-support+liaison", [&](const Call& call) { return !call.needs || security::allows(both, *call.needs); });
}

TEST_F(PermissionMatrixTest, WithoutASignedInUserEveryCallIsRefused) {
    ws->context().setSession(std::nullopt);
    const std::int64_t before = lastSeq();
    for (const Call& call : calls()) {
        SCOPED_TRACE(call.name);
        if (call.prepare)
            call.prepare();
        const Status result = call.run();
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::Forbidden) << result.error().toString();
    }
    // Nobody to name: no denial entries, and nothing else written by the refused calls.
    for (const auto& e : entriesAfter(before))
        EXPECT_NE(e.action, security::audit::kPermissionDenied);
}

TEST_F(PermissionMatrixTest, TheTableCoversEveryPermissionThatGuardsAServiceCall) {
    // Every permission of the matrix guards at least one call in this table, except those that
    // guard bundle export, import, approval and the audit log, whose own tests cover them.
    std::vector<Permission> unused;
    const auto table = calls();
    for (Permission p : security::allPermissions()) {
        const bool used = std::any_of(table.begin(), table.end(), [&](const Call& c) { return c.needs == p; });
        if (!used)
            unused.push_back(p);
    }
    std::vector<std::string> names;
    for (Permission p : unused)
        names.emplace_back(security::permissionName(p));
    EXPECT_EQ(names, (std::vector<std::string>{"exchange-manage", "bundle-export", "bundle-import", "export-approve",
                                                "audit-read"}));
}

}  // namespace
}  // namespace lintas
