#include "TestWorkspace.h"

#include <gtest/gtest.h>

namespace lintas {
namespace {

class CaseServiceTest : public test::WorkspaceTest {
protected:
    std::int64_t caseRows() { return *ws->db().queryInt("SELECT count(*) FROM case_file"); }
};

TEST_F(CaseServiceTest, CreateAssignsIdentityReferenceAndTimestamps) {
    auto c = must(ws->cases.create(makeCase()));
    EXPECT_TRUE(isUuid(c.meta.uuid));
    EXPECT_EQ(c.reference, "IDN-BARESKRIM-2026-000001");
    EXPECT_EQ(c.meta.createdAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(c.meta.version, 1);
    auto second = must(ws->cases.create(makeCase("Second case")));
    EXPECT_EQ(second.reference, "IDN-BARESKRIM-2026-000002");

    auto loaded = must(ws->cases.get(c.meta.uuid));
    EXPECT_EQ(loaded.title, "Online job scam, Sihanoukville");
    EXPECT_EQ(loaded.status, "UnderInvestigation");
    EXPECT_EQ(loaded.exploitationForms, std::vector<std::string>{"ForcedCriminality"});
    EXPECT_EQ(loaded.countries.size(), 2u);
    EXPECT_EQ(loaded.meta.originAgency, ws->context().localAgencyUuid());
    EXPECT_EQ(loaded.tlp, "AMBER");
    EXPECT_EQ(must(ws->cases.getByReference("IDN-BARESKRIM-2026-000002")).title, "Second case");
}

TEST_F(CaseServiceTest, ReferenceYearFollowsOpeningDate) {
    auto c = makeCase();
    c.openedOn = "2025-12-30";
    EXPECT_EQ(must(ws->cases.create(c)).reference, "IDN-BARESKRIM-2025-000001");
}

TEST_F(CaseServiceTest, ValidationNamesTheField) {
    struct Bad {
        std::function<void(Case&)> spoil;
        std::string field;
    };
    const std::vector<Bad> bad = {
        {[](Case& c) { c.title = "   "; }, "case.title"},
        {[](Case& c) { c.status = "Pending"; }, "case.status"},
        {[](Case& c) { c.exploitationForms = {"ForcedLabour", "Unknown"}; }, "case.exploitationForms"},
        {[](Case& c) { c.countries = {"IDN", "XXX"}; }, "case.countries"},
        {[](Case& c) { c.countries = {"IDN", "IDN"}; }, "case.countries"},
        {[](Case& c) { c.openedOn = "2026-13-01"; }, "case.openedOn"},
        {[](Case& c) { c.openedOn = "2027-01-01"; }, "case.openedOn"},
        {[](Case& c) { c.closedOn = "2026-03-01"; }, "case.closedOn"},  // not a closed status
        {[](Case& c) {
             c.status = "Closed";
             c.closedOn = "2026-01-01";  // before opening
         },
         "case.closedOn"},
        {[](Case& c) { c.tlp = "YELLOW"; }, "case.tlp"},
        {[](Case& c) { c.handlingCode = "H4"; }, "case.handlingCode"},
        {[](Case& c) { c.reference = "idn 1"; }, "case.reference"},
        {[](Case& c) { c.summary = std::string("bad\x01text"); }, "case.summary"},
    };
    for (const auto& b : bad) {
        Case c = makeCase();
        b.spoil(c);
        auto r = ws->cases.create(c);
        ASSERT_FALSE(r.ok()) << b.field;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << b.field;
        EXPECT_EQ(r.error().field, b.field);
    }
    EXPECT_EQ(caseRows(), 0);
}

TEST_F(CaseServiceTest, UnknownOrganisationIsAForeignKeyError) {
    Case c = makeCase();
    c.referringOrganisation = "00000000-0000-4000-8000-00000000dead";
    auto r = ws->cases.create(c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ForeignKey);
    EXPECT_EQ(r.error().field, "case.referringOrganisation");
    EXPECT_EQ(caseRows(), 0);
}

TEST_F(CaseServiceTest, DuplicateReferenceIsRefused) {
    Case c = makeCase();
    c.reference = "IDN-BARESKRIM-2026-000099";
    must(ws->cases.create(c));
    auto again = ws->cases.create(c);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(again.error().field, "case.reference");
    EXPECT_EQ(caseRows(), 1);
}

TEST_F(CaseServiceTest, UpdateDetectsConcurrentChange) {
    auto c = must(ws->cases.create(makeCase()));
    Case mine = c;
    Case theirs = c;
    theirs.status = "ReferredForProsecution";
    clock->advance(std::chrono::minutes(5));
    auto saved = must(ws->cases.update(theirs));
    EXPECT_EQ(saved.meta.version, 2);
    EXPECT_EQ(saved.meta.updatedAt, "2026-03-15T09:05:00Z");

    mine.title = "My stale edit";
    auto stale = ws->cases.update(mine);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    auto now = must(ws->cases.get(c.meta.uuid));
    EXPECT_EQ(now.title, c.title);
    EXPECT_EQ(now.status, "ReferredForProsecution");
}

TEST_F(CaseServiceTest, FailedUpdateChangesNothing) {
    auto c = must(ws->cases.create(makeCase()));
    c.countries = {"THA", "NOPE"};
    EXPECT_FALSE(ws->cases.update(c).ok());
    auto stored = must(ws->cases.get(c.meta.uuid));
    EXPECT_EQ(stored.countries.size(), 2u);
    EXPECT_EQ(stored.meta.version, 1);
}

TEST_F(CaseServiceTest, ListFiltersSortsAndPages) {
    for (int i = 0; i < 25; ++i) {
        Case c = makeCase("Case " + std::to_string(100 + i));
        c.status = i % 5 == 0 ? "Closed" : "UnderInvestigation";
        if (i % 5 == 0)
            c.closedOn = "2026-03-01";
        c.countries = i % 2 ? std::vector<std::string>{"IDN", "MMR"} : std::vector<std::string>{"IDN", "KHM"};
        c.tlp = i % 3 == 0 ? "RED" : "AMBER";
        c.owner = i < 10 ? "inv.sari" : "inv.budi";
        clock->advance(std::chrono::seconds(1));
        must(ws->cases.create(c));
    }
    CaseQuery all;
    EXPECT_EQ(must(ws->cases.count(all)), 25);
    auto page = must(ws->cases.list(all));
    ASSERT_EQ(page.size(), 25u);
    EXPECT_EQ(page.front().title, "Case 124");  // newest update first

    CaseQuery closed;
    closed.status = "Closed";
    EXPECT_EQ(must(ws->cases.count(closed)), 5);
    CaseQuery mmr;
    mmr.country = "MMR";
    EXPECT_EQ(must(ws->cases.count(mmr)), 12);
    CaseQuery red;
    red.tlp = "RED";
    red.owner = "inv.budi";
    EXPECT_EQ(must(ws->cases.count(red)), 5);  // i in {12,15,18,21,24}

    CaseQuery byTitle;
    byTitle.sort = CaseQuery::Sort::Title;
    byTitle.descending = false;
    byTitle.limit = 10;
    byTitle.offset = 10;
    auto second = must(ws->cases.list(byTitle));
    ASSERT_EQ(second.size(), 10u);
    EXPECT_EQ(second.front().title, "Case 110");
    EXPECT_EQ(second.back().title, "Case 119");

    CaseQuery text;
    text.text = "case 117";
    auto found = must(ws->cases.list(text));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].title, "Case 117");
    text.text = "!!!";
    EXPECT_EQ(must(ws->cases.count(text)), 0);
}

TEST_F(CaseServiceTest, PartiesAndProfiles) {
    auto c = must(ws->cases.create(makeCase()));
    auto victim = must(ws->persons.create(makePerson()));
    auto suspect = must(ws->persons.create(makePerson("Hendra", "Wijaya")));
    must(ws->cases.addParty(c.meta.uuid, victim.meta.uuid, "Victim"));
    must(ws->cases.addParty(c.meta.uuid, suspect.meta.uuid, "Suspect", "Recruiter via Telegram"));

    auto dup = ws->cases.addParty(c.meta.uuid, victim.meta.uuid, "Victim");
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::Duplicate);

    auto parties = must(ws->cases.parties(c.meta.uuid));
    ASSERT_EQ(parties.size(), 2u);
    EXPECT_EQ(parties[0].role, "Victim");
    // A victim's name is masked in party lists; a suspect's is not.
    EXPECT_EQ(parties[0].personName, kMaskedName);
    EXPECT_EQ(parties[1].personName, "Hendra Wijaya");
    EXPECT_EQ(parties[1].roleDetails, "Recruiter via Telegram");
    auto summary = must(ws->cases.list({}));
    EXPECT_EQ(summary[0].victimCount, 1);
    EXPECT_EQ(summary[0].suspectCount, 1);

    VictimProfile vp;
    vp.caseUuid = c.meta.uuid;
    vp.personUuid = victim.meta.uuid;
    vp.traffickingStatus = "ActualVictimOfTrafficking";
    vp.statusDecidedBy = "Police";
    vp.ageWhenTrafficked = 23;
    vp.recruitmentMethods = {"ThroughOnlineSocialNetworks"};
    vp.recruitmentApps = {"Telegram", "Facebook"};
    vp.controlMethods = {"WithholdsDocuments", "DebtBondage"};
    vp.exploitationTypes = {"ForcedCriminality"};
    vp.identificationMethod = "EmbassyOrConsulate";
    vp.identifiedOn = "2026-02-10";
    must(ws->cases.setVictimProfile(vp));
    auto loaded = must(ws->cases.victimProfile(c.meta.uuid, victim.meta.uuid));
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->recruitmentApps, (std::vector<std::string>{"Telegram", "Facebook"}));
    EXPECT_EQ(loaded->controlMethods.size(), 2u);
    EXPECT_EQ(loaded->ageWhenTrafficked, 23);

    // A suspect cannot get a victim profile, and unknown codes are named.
    vp.personUuid = suspect.meta.uuid;
    auto wrongRole = ws->cases.setVictimProfile(vp);
    ASSERT_FALSE(wrongRole.ok());
    EXPECT_EQ(wrongRole.error().field, "victim.person");
    vp.personUuid = victim.meta.uuid;
    vp.controlMethods = {"Magic"};
    auto badCode = ws->cases.setVictimProfile(vp);
    ASSERT_FALSE(badCode.ok());
    EXPECT_EQ(badCode.error().field, "victim.controlMethods");

    SuspectProfile sp;
    sp.caseUuid = c.meta.uuid;
    sp.personUuid = suspect.meta.uuid;
    sp.rolesInProcess = {"RecruiterOrIntermediary"};
    sp.arrestStatus = "Arrested";
    sp.arrestedOn = "2026-03-01";
    sp.chargeStatus = "Charged";
    sp.charges = "Law 21/2007 art. 4";
    must(ws->cases.setSuspectProfile(sp));
    auto s = must(ws->cases.suspectProfile(c.meta.uuid, suspect.meta.uuid));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->arrestStatus, "Arrested");
    EXPECT_EQ(s->rolesInProcess, std::vector<std::string>{"RecruiterOrIntermediary"});

    // Roles across cases.
    auto other = must(ws->cases.create(makeCase("Another recruitment ring")));
    must(ws->cases.addParty(other.meta.uuid, victim.meta.uuid, "Witness"));
    auto roles = must(ws->cases.rolesOf(victim.meta.uuid));
    ASSERT_EQ(roles.size(), 2u);
    // A victim in one case stays masked where they are only a witness.
    for (const auto& r : roles)
        EXPECT_EQ(r.personName, kMaskedName) << r.role;

    // Removing the victim role removes its profile.
    must(ws->cases.removeParty(c.meta.uuid, victim.meta.uuid, "Victim"));
    EXPECT_FALSE(must(ws->cases.victimProfile(c.meta.uuid, victim.meta.uuid)).has_value());
}

}  // namespace
}  // namespace lintas
