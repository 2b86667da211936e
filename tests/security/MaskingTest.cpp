// A victim's identifying fields are masked for everyone until revealed with a reason by a role
// that may (VictimIdentityRead); suspects and witnesses are not masked (docs/security.md,
// "Masking").

#include "ServiceSecuritySupport.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lintas {
namespace {

using security::Role;

class MaskingTest : public test::RoleWorkspaceTest {
protected:
    void SetUp() override {
        RoleWorkspaceTest::SetUp();
        caseFile = must(ws->cases.create(makeCase()));
        Person v = makePerson("Melati", "Anggraini");
        v.birthDate = "2003-05-17";
        v.street = "Jl. Flamboyan 3";
        v.city = "Sukabumi";
        v.latitude = -6.92;
        v.longitude = 106.93;
        v.aliases = {Alias{"Mel", "Latn", ""}};
        v.identifiers = {Identifier{"Phone", "+62 857 1234 9876", "", std::nullopt},
                         Identifier{"Passport", "C 1122 334", "", std::string("IDN")}};
        victim = must(ws->persons.create(v));
        Person s = makePerson("Bambang", "Melati");  // shares a name with the victim
        s.sex = "Male";
        s.gender = "Masculine";
        s.identifiers = {Identifier{"Phone", "+62 857 5555 0000", "", std::nullopt}};
        suspect = must(ws->persons.create(s));
        must(ws->cases.addParty(caseFile.meta.uuid, victim.meta.uuid, "Victim"));
        must(ws->cases.addParty(caseFile.meta.uuid, suspect.meta.uuid, "Suspect"));
        Organisation o;
        o.name = "Melati Karaoke (synthetic)";
        o.type = "Employer";
        must(ws->organisations.create(o));
        Referral r;
        r.caseUuid = caseFile.meta.uuid;
        r.victimUuid = victim.meta.uuid;
        r.service = "Psychosocial";
        referral = must(ws->referrals.create(r));
    }

    static void expectMasked(const Person& p) {
        EXPECT_TRUE(p.identityMasked);
        EXPECT_EQ(p.givenNames, kMaskedName);
        EXPECT_EQ(p.displayName(), kMaskedName);
        EXPECT_TRUE(p.middleName.empty());
        EXPECT_TRUE(p.familyName.empty());
        EXPECT_TRUE(p.aliases.empty());
        EXPECT_FALSE(p.birthDate.has_value());
        EXPECT_TRUE(p.identifiers.empty());
        EXPECT_TRUE(p.street.empty());
        EXPECT_TRUE(p.city.empty());
        EXPECT_FALSE(p.latitude.has_value());
        EXPECT_FALSE(p.longitude.has_value());
    }
    static const SearchGroup& group(const std::vector<SearchGroup>& groups, const std::string& kind) {
        for (const auto& g : groups)
            if (g.kind == kind)
                return g;
        throw std::runtime_error("no group " + kind);
    }

    Case caseFile;
    Person victim;
    Person suspect;
    Referral referral;
};

TEST_F(MaskingTest, ALiaisonOfficerSeesVictimsMaskedEverywhere) {
    actAs(Role::Liaison);
    expectMasked(must(ws->persons.get(victim.meta.uuid)));
    // Party lists carry no victim's name.
    for (const auto& p : must(ws->cases.parties(caseFile.meta.uuid)))
        EXPECT_EQ(p.personName, p.role == "Victim" ? std::string(kMaskedName) : "Bambang Melati") << p.role;
    for (const auto& p : must(ws->cases.rolesOf(victim.meta.uuid)))
        EXPECT_EQ(p.personName, kMaskedName);
    // Look-ups do not find the victim at all: a masked hit would tell that "Melati" is a victim.
    const auto byName = must(ws->persons.findByName("Melati"));
    ASSERT_EQ(byName.size(), 1u);
    EXPECT_EQ(byName[0].uuid, suspect.meta.uuid);
    EXPECT_EQ(byName[0].name, "Bambang Melati");
    EXPECT_TRUE(must(ws->persons.findByIdentifier("Phone", "+62 857 1234 9876")).empty());
    EXPECT_TRUE(must(ws->persons.findByIdentifier("", "C1122334")).empty());
}

TEST_F(MaskingTest, SuspectsAndWitnessesAreNotMasked) {
    actAs(Role::Liaison);
    const Person s = must(ws->persons.get(suspect.meta.uuid));
    EXPECT_FALSE(s.identityMasked);
    EXPECT_EQ(s.displayName(), "Bambang Melati");
    ASSERT_EQ(s.identifiers.size(), 1u);
    EXPECT_EQ(s.identifiers[0].normalized, "+6285755550000");
    const auto hits = must(ws->persons.findByIdentifier("Phone", "+62 857 5555 0000"));
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_FALSE(hits[0].masked);
    EXPECT_EQ(hits[0].name, "Bambang Melati");
}

TEST_F(MaskingTest, AnAdministratorReadsNoPersonAtAll) {
    actAs(Role::Administrator);
    for (const std::string& uuid : {victim.meta.uuid, suspect.meta.uuid}) {
        auto r = ws->persons.get(uuid);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Forbidden);
    }
    auto parties = ws->cases.parties(caseFile.meta.uuid);
    ASSERT_FALSE(parties.ok());
    EXPECT_EQ(parties.error().code, ErrorCode::Forbidden);
    auto revealed = ws->persons.reveal(victim.meta.uuid, "checking an account");
    ASSERT_FALSE(revealed.ok());
    EXPECT_EQ(revealed.error().code, ErrorCode::Forbidden);
}

TEST_F(MaskingTest, RevealNeedsVictimIdentityReadAndIsRefusedOnRecord) {
    const auto liaison = actAs(Role::Liaison);
    const std::int64_t before = lastSeq();
    auto r = ws->persons.reveal(victim.meta.uuid, "partner asked for the passport number");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(r.error().field, "victim-identity-read");
    const auto entries = entriesAfter(before);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].action, security::audit::kPermissionDenied);
    EXPECT_EQ(entries[0].recordType, "person");
    EXPECT_EQ(entries[0].recordUuid, victim.meta.uuid);
    EXPECT_EQ(entries[0].detail, "permission=victim-identity-read");
    EXPECT_EQ(entries[0].userUuid, liaison.userUuid);
    EXPECT_TRUE(entries[0].reason.empty());  // a refused read gives no reason a place
}

TEST_F(MaskingTest, RevealNeedsAReason) {
    actAs(Role::VictimSupport);
    const std::int64_t before = lastSeq();
    for (const std::string reason : {"", " ", "\t\n"}) {
        auto r = ws->persons.reveal(victim.meta.uuid, reason);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Validation);
        EXPECT_EQ(r.error().field, "reveal.reason");
    }
    EXPECT_TRUE(entriesAfter(before).empty());
}

TEST_F(MaskingTest, RevealGivesTheWholeRecordAndIsAuditedWithTheReason) {
    const auto vso = actAs(Role::VictimSupport);
    const Person whole = must(ws->persons.reveal(victim.meta.uuid, "  shelter intake form  "));
    EXPECT_FALSE(whole.identityMasked);
    EXPECT_EQ(whole.displayName(), "Melati Anggraini");
    EXPECT_EQ(whole.birthDate, "2003-05-17");
    EXPECT_EQ(whole.city, "Sukabumi");
    EXPECT_EQ(whole.latitude, -6.92);
    ASSERT_EQ(whole.aliases.size(), 1u);
    ASSERT_EQ(whole.identifiers.size(), 2u);
    EXPECT_EQ(whole.identifiers[1].normalized, "C1122334");

    // "Who has seen this victim's record": the read, by whom, why.
    const auto reads = must(ws->audit().readsOf(victim.meta.uuid));
    ASSERT_EQ(reads.size(), 1u);
    EXPECT_EQ(reads[0].action, security::audit::kReadIdentity);
    EXPECT_EQ(reads[0].userUuid, vso.userUuid);
    EXPECT_EQ(reads[0].username, "only.victim-support");
    EXPECT_EQ(reads[0].reason, "shelter intake form");
    EXPECT_EQ(reads[0].recordType, "person");
    EXPECT_EQ(reads[0].recordUuid, victim.meta.uuid);

    // get() stays masked afterwards: each sight of the identity goes through reveal.
    expectMasked(must(ws->persons.get(victim.meta.uuid)));
}

TEST_F(MaskingTest, AVictimSupportOfficerFindsVictimsByNameButSeesNoName) {
    actAs(Role::VictimSupport);
    const auto byName = must(ws->persons.findByName("Melati"));
    ASSERT_EQ(byName.size(), 2u);
    for (const auto& m : byName) {
        if (m.uuid == victim.meta.uuid) {
            EXPECT_TRUE(m.masked);
            EXPECT_EQ(m.name, kMaskedName);
        } else {
            EXPECT_EQ(m.uuid, suspect.meta.uuid);
            EXPECT_FALSE(m.masked);
        }
    }
    const auto byPassport = must(ws->persons.findByIdentifier("Passport", "C 1122 334", std::string("IDN")));
    ASSERT_EQ(byPassport.size(), 1u);
    EXPECT_EQ(byPassport[0].uuid, victim.meta.uuid);
    EXPECT_EQ(byPassport[0].name, kMaskedName);
    EXPECT_EQ(byPassport[0].matchedOn, "Passport");

    // Global search: the victim's hits are there, with neither name nor number shown.
    const auto groups = must(ws->search.search("Melati"));
    const auto& people = group(groups, "person").hits;
    ASSERT_EQ(people.size(), 2u);
    for (const auto& h : people) {
        if (h.target == victim.meta.uuid) {
            EXPECT_TRUE(h.masked);
            EXPECT_EQ(h.label, kMaskedName);
            EXPECT_TRUE(h.snippet.empty());
        } else {
            EXPECT_EQ(h.label, "Bambang Melati");
        }
    }
    // Organisations are intelligence: not for a victim-support officer, even by search.
    EXPECT_TRUE(group(groups, "organisation").hits.empty());
    const auto byPhone = group(must(ws->search.search("+62 857 1234 9876")), "identifier").hits;
    ASSERT_EQ(byPhone.size(), 1u);
    EXPECT_EQ(byPhone[0].target, victim.meta.uuid);
    EXPECT_EQ(byPhone[0].label, kMaskedName);
    EXPECT_TRUE(byPhone[0].snippet.empty());

    // Referral lists name the case, never the victim.
    for (const auto& r : must(ws->referrals.list({})))
        EXPECT_EQ(r.victimName, kMaskedName);
    EXPECT_EQ(must(ws->referrals.get(referral.uuid)).victimName, kMaskedName);
}

TEST_F(MaskingTest, ASupervisorSearchingSeesMaskedVictimsAndNamedOthers) {
    actAs(Role::Supervisor);
    const auto groups = must(ws->search.search("Melati"));
    bool sawVictim = false;
    for (const auto& h : group(groups, "person").hits)
        if (h.target == victim.meta.uuid) {
            sawVictim = true;
            EXPECT_EQ(h.label, kMaskedName);
        }
    EXPECT_TRUE(sawVictim);
    ASSERT_EQ(group(groups, "organisation").hits.size(), 1u);
    EXPECT_EQ(group(groups, "organisation").hits[0].label, "Melati Karaoke (synthetic)");
}

TEST_F(MaskingTest, AVictimInOneCaseIsMaskedWhereverTheyAppear) {
    // A witness in a second case is still a victim in the first.
    const Case other = must(ws->cases.create(makeCase("Second case")));
    must(ws->cases.addParty(other.meta.uuid, victim.meta.uuid, "Witness"));
    actAs(Role::Liaison);
    for (const auto& p : must(ws->cases.parties(other.meta.uuid)))
        EXPECT_EQ(p.personName, kMaskedName);
    // Once no case holds them as a victim, nothing is masked.
    actAs(Role::Investigator);
    must(ws->cases.removeParty(caseFile.meta.uuid, victim.meta.uuid, "Victim"));
    actAs(Role::Liaison);
    const Person p = must(ws->persons.get(victim.meta.uuid));
    EXPECT_FALSE(p.identityMasked);
    EXPECT_EQ(p.displayName(), "Melati Anggraini");
}

TEST_F(MaskingTest, AMaskedRecordCannotBeSaved) {
    actAs(Role::Investigator);
    Person masked = must(ws->persons.get(victim.meta.uuid));
    masked.maritalStatus = "Single";
    const std::int64_t before = lastSeq();
    auto r = ws->persons.update(masked);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Refused);
    EXPECT_TRUE(entriesAfter(before).empty());
    // Clearing the flag does not help: the bullets would overwrite the name.
    masked.identityMasked = false;
    auto unflagged = ws->persons.update(masked);
    ASSERT_FALSE(unflagged.ok());
    EXPECT_EQ(unflagged.error().code, ErrorCode::Refused);
    EXPECT_TRUE(entriesAfter(before).empty());
    // What the investigator may do is reveal, edit and save.
    Person whole = must(ws->persons.reveal(victim.meta.uuid, "record the marital status"));
    whole.maritalStatus = "Single";
    must(ws->persons.update(whole));
    const Person again = must(ws->persons.reveal(victim.meta.uuid, "check the edit"));
    EXPECT_EQ(again.maritalStatus, "Single");
    EXPECT_EQ(again.displayName(), "Melati Anggraini");
    EXPECT_EQ(again.identifiers.size(), 2u);
}

TEST_F(MaskingTest, ADelegatedOperationReadsTheWholeRecord) {
    // Bundle export and import run inside a delegation under their own permission and audit entry;
    // they need the real record (consent then decides what leaves).
    actAs(Role::Liaison);
    const Context::Delegation delegation(ws->context());
    const Person p = must(ws->persons.get(victim.meta.uuid));
    EXPECT_FALSE(p.identityMasked);
    EXPECT_EQ(p.displayName(), "Melati Anggraini");
    for (const auto& party : must(ws->cases.parties(caseFile.meta.uuid)))
        EXPECT_NE(party.personName, kMaskedName);
}

}  // namespace
}  // namespace lintas
