// Every write through the services leaves its audit entry (create / update with the names of the
// changed fields / delete), in the same transaction; searches and reveals of a victim's identity
// are on record; ordinary reads are not; and no entry holds personal data.

#include "ServiceSecuritySupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace lintas {
namespace {

using security::AuditEntry;
namespace audit = security::audit;

// Synthetic personal data written below; none of it may reach the audit log.
const std::vector<std::string> kNeedles = {"Kartini", "Wulandari", "Wulan", "Tini", "811 5550", "8115550",
                                           "kartini.w@example.org", "Kenanga", "B 9988 776", "B9988776",
                                           "Sukarno", "Hartono", "8127770"};

class AuditCoverageTest : public test::RoleWorkspaceTest {
protected:
    /// Asserts that `entries` holds exactly one entry with these fields and returns it.
    AuditEntry expectOne(const std::vector<AuditEntry>& entries, const std::string& action, const std::string& type,
                         const std::string& uuid, const std::string& detail = "*") {
        std::vector<AuditEntry> found;
        for (const auto& e : entries)
            if (e.action == action && e.recordType == type && e.recordUuid == uuid && (detail == "*" || e.detail == detail))
                found.push_back(e);
        std::string all;
        for (const auto& e : entries)
            all += "\n  " + e.action + " " + e.recordType + " " + e.recordUuid + " [" + e.detail + "]";
        EXPECT_EQ(found.size(), 1u) << "looking for " << action << " " << type << " " << uuid << " [" << detail
                                    << "] in:" << all;
        return found.empty() ? AuditEntry{} : found.front();
    }
    /// Runs `f` and returns the entries it wrote.
    template <typename F>
    std::vector<AuditEntry> entriesOf(F f) {
        const std::int64_t before = lastSeq();
        f();
        return entriesAfter(before);
    }

    Person makeVictim() {
        Person p = makePerson("Kartini", "Wulandari");
        p.street = "Jl. Kenanga 12";
        p.city = "Indramayu";
        p.aliases = {Alias{"Tini", "Latn", ""}};
        p.identifiers = {Identifier{"Phone", "+62 811 5550 1234", "", std::nullopt},
                         Identifier{"Email", "kartini.w@example.org", "", std::nullopt}};
        return p;
    }
};

TEST_F(AuditCoverageTest, EveryWriteLeavesItsEntryWithTheChangedFieldNames) {
    actAs(security::RoleSet{security::Role::Investigator, security::Role::VictimSupport, security::Role::Liaison});
    const std::string user = acting().value().userUuid;

    // Agencies.
    Agency partner;
    partner.code = "RTP";
    partner.country = "THA";
    partner.name = "Royal Thai Police (synthetic)";
    Agency added;
    auto e = entriesOf([&] { added = must(ws->agencies.add(partner)); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kCreate, "agency", added.uuid, "");
    EXPECT_EQ(e[0].userUuid, user);

    // Cases: create, then an update naming exactly the fields that changed.
    Case c;
    e = entriesOf([&] { c = must(ws->cases.create(makeCase())); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kCreate, "case", c.meta.uuid, "");
    Case edit = c;
    edit.title = "Online job scam, Poipet";
    edit.status = "ReferredForProsecution";
    edit.countries = {"IDN", "KHM", "THA"};
    e = entriesOf([&] { c = must(ws->cases.update(edit)); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kUpdate, "case", c.meta.uuid, "fields=title,status,countries");

    // Persons.
    Person victim;
    e = entriesOf([&] { victim = must(ws->persons.create(makeVictim())); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kCreate, "person", victim.meta.uuid, "");
    Person pedit = victim;
    pedit.familyName = "Wulandari-Sukarno";
    pedit.identifiers = {Identifier{"Passport", "B 9988 776", "", std::string("IDN")}};
    e = entriesOf([&] { victim = must(ws->persons.update(pedit)); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kUpdate, "person", victim.meta.uuid, "fields=familyName,identifiers");
    Person suspect = must(ws->persons.create(makePerson("Hartono", "Sukarno")));

    // Parties and profiles: by the case UUID, naming the person by UUID.
    e = entriesOf([&] { must(ws->cases.addParty(c.meta.uuid, victim.meta.uuid, "Victim")); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kCreate, "case-party", c.meta.uuid, "person=" + victim.meta.uuid + " role=Victim");
    must(ws->cases.addParty(c.meta.uuid, suspect.meta.uuid, "Suspect"));
    VictimProfile vp;
    vp.caseUuid = c.meta.uuid;
    vp.personUuid = victim.meta.uuid;
    vp.traffickingStatus = "ActualVictimOfTrafficking";
    e = entriesOf([&] { must(ws->cases.setVictimProfile(vp)); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kCreate, "victim-profile", c.meta.uuid, "person=" + victim.meta.uuid);
    vp.ageWhenTrafficked = 19;
    vp.controlMethods = {"DebtBondage"};
    e = entriesOf([&] { must(ws->cases.setVictimProfile(vp)); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kUpdate, "victim-profile", c.meta.uuid,
              "person=" + victim.meta.uuid + " fields=ageWhenTrafficked,controlMethods");
    SuspectProfile sp;
    sp.caseUuid = c.meta.uuid;
    sp.personUuid = suspect.meta.uuid;
    e = entriesOf([&] { must(ws->cases.setSuspectProfile(sp)); });
    expectOne(e, audit::kCreate, "suspect-profile", c.meta.uuid, "person=" + suspect.meta.uuid);
    sp.arrestStatus = "Arrested";
    sp.arrestedOn = "2026-03-02";
    e = entriesOf([&] { must(ws->cases.setSuspectProfile(sp)); });
    expectOne(e, audit::kUpdate, "suspect-profile", c.meta.uuid,
              "person=" + suspect.meta.uuid + " fields=arrestStatus,arrestedOn");

    // Organisations.
    Organisation o;
    o.name = "Golden Fortune Recruitment (synthetic)";
    o.type = "RecruitmentAgency";
    e = entriesOf([&] { o = must(ws->organisations.create(o)); });
    expectOne(e, audit::kCreate, "organisation", o.meta.uuid, "");
    Organisation oedit = o;
    oedit.website = "https://golden-fortune.example";
    oedit.addresses = {Address{"office", "Jl. Raya 1", "Jakarta", "", "", std::string("IDN"), {}, {}}};
    e = entriesOf([&] { o = must(ws->organisations.update(oedit)); });
    expectOne(e, audit::kUpdate, "organisation", o.meta.uuid, "fields=website,addresses");

    // Journey legs, case links, relationships.
    JourneyLeg leg;
    leg.caseUuid = c.meta.uuid;
    leg.personUuid = victim.meta.uuid;
    leg.eventType = "Recruitment";
    leg.country = "IDN";
    e = entriesOf([&] { leg = must(ws->links.addJourneyLeg(leg)); });
    expectOne(e, audit::kCreate, "journey-leg", leg.uuid, "");
    e = entriesOf([&] { must(ws->links.removeJourneyLeg(leg.uuid)); });
    expectOne(e, audit::kDelete, "journey-leg", leg.uuid, "");
    CaseLink link;
    link.caseUuid = c.meta.uuid;
    link.foreignAgencyCode = "RTP";
    link.foreignCountry = "THA";
    link.foreignReference = "TH-2569-0042";
    e = entriesOf([&] { link = must(ws->links.addCaseLink(link)); });
    expectOne(e, audit::kCreate, "case-link", link.uuid, "");
    Relationship rel;
    rel.fromUuid = suspect.meta.uuid;
    rel.toKind = PartyKind::Organisation;
    rel.toUuid = o.meta.uuid;
    rel.type = "WorksFor";
    e = entriesOf([&] { rel = must(ws->links.addRelationship(rel)); });
    expectOne(e, audit::kCreate, "relationship", rel.uuid, "");

    // Referrals: create, then each move names the status and the time stamp it set.
    Referral r;
    r.caseUuid = c.meta.uuid;
    r.victimUuid = victim.meta.uuid;
    r.service = "Medical";
    e = entriesOf([&] { r = must(ws->referrals.create(r, "vso.test")); });
    expectOne(e, audit::kCreate, "referral", r.uuid, "");
    e = entriesOf([&] { must(ws->referrals.move(r.uuid, "Accepted", "vso.test")); });
    expectOne(e, audit::kUpdate, "referral", r.uuid, "fields=status,acceptedAt");
    must(ws->referrals.move(r.uuid, "InProgress", "vso.test"));
    e = entriesOf([&] { must(ws->referrals.move(r.uuid, "Completed", "vso.test", {}, "treated and discharged")); });
    expectOne(e, audit::kUpdate, "referral", r.uuid, "fields=status,completedAt,outcome");

    // Consent.
    Consent k;
    k.personUuid = victim.meta.uuid;
    k.recipientCountry = "THA";
    k.purpose = "Investigation";
    k.scope = {"Identity", "Story"};
    k.givenOn = "2026-03-01";
    e = entriesOf([&] { k = must(ws->consents.record(k)); });
    expectOne(e, audit::kCreate, "consent", k.uuid, "");
    e = entriesOf([&] { must(ws->consents.withdraw(k.uuid, "2026-03-14")); });
    expectOne(e, audit::kUpdate, "consent", k.uuid, "fields=withdrawnOn");

    // Removing a victim's role removes their profile: both deletions are on record.
    e = entriesOf([&] { must(ws->cases.removeParty(c.meta.uuid, victim.meta.uuid, "Victim")); });
    ASSERT_EQ(e.size(), 2u);
    expectOne(e, audit::kDelete, "victim-profile", c.meta.uuid, "person=" + victim.meta.uuid);
    expectOne(e, audit::kDelete, "case-party", c.meta.uuid, "person=" + victim.meta.uuid + " role=Victim");

    // Every entry is by the acting user.
    for (const auto& entry : entriesAfter(0)) {
        if (!entry.userUuid.empty() && entry.userUuid != m_admin.userUuid) {
            EXPECT_EQ(entry.userUuid, user) << entry.action;
        }
    }
}

TEST_F(AuditCoverageTest, SearchesAndRevealsAreOnRecordOrdinaryReadsAreNot) {
    const Case c = must(ws->cases.create(makeCase()));
    const Person victim = must(ws->persons.create(makeVictim()));
    must(ws->cases.addParty(c.meta.uuid, victim.meta.uuid, "Victim"));

    // Reads that show no identity leave nothing.
    auto e = entriesOf([&] {
        must(ws->cases.get(c.meta.uuid));
        must(ws->cases.list({}));
        must(ws->cases.parties(c.meta.uuid));
        must(ws->persons.get(victim.meta.uuid));
        must(ws->referrals.list({}));
        must(ws->stats.compute());
    });
    EXPECT_TRUE(e.empty()) << e.size() << " entries, first: " << (e.empty() ? "" : e[0].action);

    // A search: the count, never the text typed.
    e = entriesOf([&] { must(ws->search.search("Kartini Wulandari")); });
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].action, audit::kSearch);
    EXPECT_EQ(e[0].detail, "results=1");
    e = entriesOf([&] { must(ws->persons.findByName("Kartini")); });
    ASSERT_EQ(e.size(), 1u);
    expectOne(e, audit::kSearch, "person", "", "results=1");
    e = entriesOf([&] { must(ws->persons.findByIdentifier("Phone", "+62 811 5550 1234")); });
    expectOne(e, audit::kSearch, "person", "", "results=1");
    e = entriesOf([&] { must(ws->persons.findByIdentifier("Phone", "+62 811 0000 0000")); });
    expectOne(e, audit::kSearch, "person", "", "results=0");

    // Revealing the victim's identity: by person UUID, with the reason given.
    e = entriesOf([&] { must(ws->persons.reveal(victim.meta.uuid, "court summons needs the home address")); });
    ASSERT_EQ(e.size(), 1u);
    const AuditEntry read = expectOne(e, audit::kReadIdentity, "person", victim.meta.uuid, "");
    EXPECT_EQ(read.reason, "court summons needs the home address");
    EXPECT_EQ(read.userUuid, m_admin.userUuid);
}

TEST_F(AuditCoverageTest, AFailedWriteLeavesNoEntry) {
    const Case c = must(ws->cases.create(makeCase()));
    const std::int64_t before = lastSeq();
    Case bad = c;
    bad.title = "";
    EXPECT_FALSE(ws->cases.update(bad).ok());  // validation
    Case stale = c;
    stale.meta.version = 99;
    stale.title = "Stale edit";
    EXPECT_FALSE(ws->cases.update(stale).ok());  // conflict: rolled back with its entry
    EXPECT_FALSE(ws->cases.addParty(c.meta.uuid, "00000000-0000-4000-8000-000000000001", "Victim").ok());
    EXPECT_FALSE(ws->links.removeJourneyLeg("00000000-0000-4000-8000-000000000002").ok());
    EXPECT_TRUE(entriesAfter(before).empty());
}

TEST_F(AuditCoverageTest, NoEntryHoldsPersonalData) {
    // Everything a user might do to a victim and a suspect, with distinctive synthetic data.
    const Case c = must(ws->cases.create(makeCase()));
    Person victim = must(ws->persons.create(makeVictim()));
    must(ws->cases.addParty(c.meta.uuid, victim.meta.uuid, "Victim"));
    Person whole = must(ws->persons.reveal(victim.meta.uuid, "arranging repatriation"));
    whole.familyName = "Wulandari Sukarno";
    whole.identifiers.push_back(Identifier{"Phone", "+62 812 7770 1111", "", std::nullopt});
    victim = must(ws->persons.update(whole));
    Person suspect = makePerson("Hartono", "Sukarno");
    suspect.identifiers = {Identifier{"Phone", "+62 812 7770 2222", "", std::nullopt}};
    suspect = must(ws->persons.create(suspect));
    must(ws->cases.addParty(c.meta.uuid, suspect.meta.uuid, "Suspect"));
    must(ws->search.search("Kartini"));
    must(ws->search.search("+62 811 5550 1234"));
    must(ws->persons.findByName("Hartono Sukarno"));
    must(ws->persons.findByIdentifier("", "+62 812 7770 2222"));
    Referral r;
    r.caseUuid = c.meta.uuid;
    r.victimUuid = victim.meta.uuid;
    r.service = "Shelter";
    r.notes = "Kartini prefers a shelter near Kenanga street";
    must(ws->referrals.create(r, "vso.test"));
    // A refused attempt by a liaison officer, naming the victim's record.
    actAs(security::Role::Liaison);
    EXPECT_FALSE(ws->persons.reveal(victim.meta.uuid, "Kartini Wulandari").ok());
    actAsAdministrator();

    const auto entries = entriesAfter(0);
    ASSERT_GT(entries.size(), 10u);
    for (const auto& entry : entries) {
        for (const std::string* column : {&entry.username, &entry.action, &entry.recordType, &entry.recordUuid,
                                          &entry.detail, &entry.reason}) {
            std::string lower = *column;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
            for (std::string needle : kNeedles) {
                std::transform(needle.begin(), needle.end(), needle.begin(),
                               [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
                EXPECT_EQ(lower.find(needle), std::string::npos)
                    << "entry " << entry.seq << " (" << entry.action << ") holds \"" << needle << "\": " << *column;
            }
        }
    }
}

}  // namespace
}  // namespace lintas
