#include "TestWorkspace.h"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace lintas {
namespace {

class LinkServiceTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        caseUuid = must(ws->cases.create(makeCase())).meta.uuid;
        victimUuid = must(ws->persons.create(makePerson())).meta.uuid;
        must(ws->cases.addParty(caseUuid, victimUuid, "Victim"));
    }

    JourneyLeg makeLeg(const std::string& eventType = "Recruitment", const std::string& country = "IDN") const {
        JourneyLeg leg;
        leg.caseUuid = caseUuid;
        leg.personUuid = victimUuid;
        leg.eventType = eventType;
        leg.country = country;
        return leg;
    }

    CaseLink foreignLink() const {
        CaseLink l;
        l.caseUuid = caseUuid;
        l.foreignAgencyCode = "RTP-ATHD";
        l.foreignCountry = "THA";
        l.foreignReference = "ATHD-2026-0117";
        l.ourContact = "liaison.budi";
        l.note = "same recruiter network";
        return l;
    }

    std::string caseUuid;
    std::string victimUuid;
};

TEST_F(LinkServiceTest, RoundTripsEveryJourneyField) {
    JourneyLeg leg = makeLeg("Transit", "THA");
    leg.state = "Tak";
    leg.city = "Mae Sot";
    leg.street = "Asia Highway 1";
    leg.postalCode = "63110";
    leg.latitude = 16.71;
    leg.longitude = 98.57;
    leg.eventDate = "2026-01-20";
    leg.meansOfTravel = "Car";
    leg.borderCrossing = "Mae Sot – Myawaddy";
    leg.documentsUsed = "passport, no visa";
    leg.description = "Driven across the river at night.";
    const JourneyLeg added = must(ws->links.addJourneyLeg(leg));
    EXPECT_FALSE(added.uuid.empty());
    EXPECT_EQ(added.sequence, 1);

    const auto legs = must(ws->links.journey(caseUuid));
    ASSERT_EQ(legs.size(), 1u);
    const JourneyLeg& l = legs[0];
    EXPECT_EQ(l.uuid, added.uuid);
    EXPECT_EQ(l.caseUuid, caseUuid);
    EXPECT_EQ(l.personUuid, victimUuid);
    EXPECT_EQ(l.sequence, 1);
    EXPECT_EQ(l.eventType, "Transit");
    EXPECT_EQ(l.country, "THA");
    EXPECT_EQ(l.state, "Tak");
    EXPECT_EQ(l.city, "Mae Sot");
    EXPECT_EQ(l.street, "Asia Highway 1");
    EXPECT_EQ(l.postalCode, "63110");
    EXPECT_DOUBLE_EQ(l.latitude.value(), 16.71);
    EXPECT_DOUBLE_EQ(l.longitude.value(), 98.57);
    EXPECT_EQ(l.eventDate, "2026-01-20");
    EXPECT_EQ(l.meansOfTravel, "Car");
    EXPECT_EQ(l.borderCrossing, "Mae Sot – Myawaddy");
    EXPECT_EQ(l.documentsUsed, "passport, no visa");
    EXPECT_EQ(l.description, "Driven across the river at night.");
    EXPECT_EQ(l.createdAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(l.updatedAt, "2026-03-15T09:00:00Z");
}

TEST_F(LinkServiceTest, AssignsSequencePerVictim) {
    const std::string other = must(ws->persons.create(makePerson("Siti", "Rahma"))).meta.uuid;
    must(ws->cases.addParty(caseUuid, other, "Victim"));

    EXPECT_EQ(must(ws->links.addJourneyLeg(makeLeg("Recruitment", "IDN"))).sequence, 1);
    EXPECT_EQ(must(ws->links.addJourneyLeg(makeLeg("Transit", "THA"))).sequence, 2);
    JourneyLeg otherLeg = makeLeg("Recruitment", "IDN");
    otherLeg.personUuid = other;
    EXPECT_EQ(must(ws->links.addJourneyLeg(otherLeg)).sequence, 1);
    JourneyLeg explicitLeg = makeLeg("Return", "IDN");
    explicitLeg.sequence = 10;
    EXPECT_EQ(must(ws->links.addJourneyLeg(explicitLeg)).sequence, 10);
    EXPECT_EQ(must(ws->links.addJourneyLeg(makeLeg("Exploitation", "KHM"))).sequence, 11);

    const auto mine = must(ws->links.journey(caseUuid, victimUuid));
    ASSERT_EQ(mine.size(), 4u);
    EXPECT_EQ(mine[0].eventType, "Recruitment");
    EXPECT_EQ(mine[1].eventType, "Transit");
    EXPECT_EQ(mine[2].eventType, "Return");
    EXPECT_EQ(mine[3].eventType, "Exploitation");
    EXPECT_EQ(must(ws->links.journey(caseUuid, other)).size(), 1u);
    EXPECT_EQ(must(ws->links.journey(caseUuid)).size(), 5u);
}

TEST_F(LinkServiceTest, RefusesJourneyOfNonVictim) {
    const std::string suspect = must(ws->persons.create(makePerson("Andi", "Wijaya"))).meta.uuid;
    must(ws->cases.addParty(caseUuid, suspect, "Suspect"));
    JourneyLeg leg = makeLeg();
    leg.personUuid = suspect;
    auto r = ws->links.addJourneyLeg(leg);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Validation);
    EXPECT_EQ(r.error().field, "journey.person");

    // A victim of another case is not a victim of this one.
    const std::string otherCase = must(ws->cases.create(makeCase("Other case"))).meta.uuid;
    leg = makeLeg();
    leg.caseUuid = otherCase;
    r = ws->links.addJourneyLeg(leg);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "journey.person");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM journey_leg"), 0);
}

TEST_F(LinkServiceTest, JourneyValidationNamesTheField) {
    struct CaseOf {
        std::function<void(JourneyLeg&)> change;
        const char* field;
    };
    const std::vector<CaseOf> cases = {
        {[](JourneyLeg& l) { l.eventType = "Holiday"; }, "journey.eventType"},
        {[](JourneyLeg& l) { l.country.clear(); }, "journey.country"},
        {[](JourneyLeg& l) { l.country = "THAI"; }, "journey.country"},
        {[](JourneyLeg& l) { l.meansOfTravel = "Teleport"; }, "journey.meansOfTravel"},
        {[](JourneyLeg& l) { l.eventDate = "20/01/2026"; }, "journey.eventDate"},
        {[](JourneyLeg& l) { l.eventDate = "2026-02-30"; }, "journey.eventDate"},
        {[](JourneyLeg& l) {
             l.latitude = 100.0;
             l.longitude = 0.0;
         },
         "journey.latitude"},
        {[](JourneyLeg& l) { l.sequence = -1; }, "journey.sequence"},
        {[](JourneyLeg& l) { l.personUuid = "not-a-uuid"; }, "journey.person"},
    };
    for (const auto& c : cases) {
        JourneyLeg leg = makeLeg();
        c.change(leg);
        auto r = ws->links.addJourneyLeg(leg);
        ASSERT_FALSE(r.ok()) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << c.field;
        EXPECT_EQ(r.error().field, c.field);
    }
    JourneyLeg leg = makeLeg();
    leg.personUuid = "00000000-0000-4000-8000-000000000000";
    auto r = ws->links.addJourneyLeg(leg);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ForeignKey);
    EXPECT_EQ(r.error().field, "journey.person");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM journey_leg"), 0);
}

TEST_F(LinkServiceTest, RemovesJourneyLeg) {
    const JourneyLeg leg = must(ws->links.addJourneyLeg(makeLeg()));
    must(ws->links.removeJourneyLeg(leg.uuid));
    EXPECT_TRUE(must(ws->links.journey(caseUuid)).empty());
    auto again = ws->links.removeJourneyLeg(leg.uuid);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
}

TEST_F(LinkServiceTest, LocalCaseLinkIsSeenFromBothCases) {
    const std::string other = must(ws->cases.create(makeCase("Sister case, Myawaddy"))).meta.uuid;
    CaseLink l;
    l.caseUuid = caseUuid;
    l.linkedCaseUuid = other;
    l.ourContact = "inv.sari";
    l.note = "same compound";
    const CaseLink added = must(ws->links.addCaseLink(l));

    const auto fromHere = must(ws->links.caseLinks(caseUuid));
    ASSERT_EQ(fromHere.size(), 1u);
    EXPECT_EQ(fromHere[0].uuid, added.uuid);
    EXPECT_EQ(fromHere[0].caseUuid, caseUuid);
    EXPECT_EQ(fromHere[0].linkedCaseUuid, other);
    EXPECT_FALSE(fromHere[0].foreignReference.has_value());
    EXPECT_EQ(fromHere[0].ourContact, "inv.sari");
    EXPECT_EQ(fromHere[0].note, "same compound");
    EXPECT_EQ(fromHere[0].createdAt, "2026-03-15T09:00:00Z");

    const auto fromThere = must(ws->links.caseLinks(other));
    ASSERT_EQ(fromThere.size(), 1u);
    EXPECT_EQ(fromThere[0].uuid, added.uuid);
    EXPECT_EQ(fromThere[0].caseUuid, other);
    EXPECT_EQ(fromThere[0].linkedCaseUuid, caseUuid);
}

TEST_F(LinkServiceTest, RoundTripsForeignCaseLink) {
    CaseLink l = foreignLink();
    l.foreignAgencyCode = " rtp-athd ";
    must(ws->links.addCaseLink(l));
    const auto links = must(ws->links.caseLinks(caseUuid));
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0].caseUuid, caseUuid);
    EXPECT_FALSE(links[0].linkedCaseUuid.has_value());
    EXPECT_EQ(links[0].foreignAgencyCode, "RTP-ATHD");
    EXPECT_EQ(links[0].foreignCountry, "THA");
    EXPECT_EQ(links[0].foreignReference, "ATHD-2026-0117");
    EXPECT_EQ(links[0].ourContact, "liaison.budi");
    EXPECT_EQ(links[0].note, "same recruiter network");
}

TEST_F(LinkServiceTest, RefusesSelfLink) {
    CaseLink l;
    l.caseUuid = caseUuid;
    l.linkedCaseUuid = caseUuid;
    auto r = ws->links.addCaseLink(l);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Validation);
    EXPECT_EQ(r.error().field, "caseLink.linkedCase");
}

TEST_F(LinkServiceTest, RefusesDuplicateCaseLink) {
    const std::string other = must(ws->cases.create(makeCase("Sister case"))).meta.uuid;
    CaseLink l;
    l.caseUuid = caseUuid;
    l.linkedCaseUuid = other;
    must(ws->links.addCaseLink(l));
    auto again = ws->links.addCaseLink(l);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(again.error().field, "caseLink.linkedCase");

    CaseLink reverse;
    reverse.caseUuid = other;
    reverse.linkedCaseUuid = caseUuid;
    auto r = ws->links.addCaseLink(reverse);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Duplicate);

    must(ws->links.addCaseLink(foreignLink()));
    auto foreignAgain = ws->links.addCaseLink(foreignLink());
    ASSERT_FALSE(foreignAgain.ok());
    EXPECT_EQ(foreignAgain.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(foreignAgain.error().field, "caseLink.foreignReference");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM case_link"), 2);
}

TEST_F(LinkServiceTest, CaseLinkValidationNamesTheField) {
    struct CaseOf {
        std::function<void(CaseLink&)> change;
        const char* field;
    };
    const std::vector<CaseOf> cases = {
        {[](CaseLink& l) { l.linkedCaseUuid = "00000000-0000-4000-8000-000000000001"; }, "caseLink.linkedCase"},
        {[](CaseLink& l) {
             l.foreignAgencyCode.reset();
             l.foreignCountry.reset();
             l.foreignReference.reset();
         },
         "caseLink.linkedCase"},
        {[](CaseLink& l) { l.foreignAgencyCode.reset(); }, "caseLink.foreignAgencyCode"},
        {[](CaseLink& l) { l.foreignAgencyCode = "RTP ATHD"; }, "caseLink.foreignAgencyCode"},
        {[](CaseLink& l) { l.foreignCountry = "TH"; }, "caseLink.foreignCountry"},
        {[](CaseLink& l) { l.foreignCountry.reset(); }, "caseLink.foreignCountry"},
        {[](CaseLink& l) { l.foreignReference = "  "; }, "caseLink.foreignReference"},
    };
    for (const auto& c : cases) {
        CaseLink l = foreignLink();
        c.change(l);
        auto r = ws->links.addCaseLink(l);
        ASSERT_FALSE(r.ok()) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << c.field;
        EXPECT_EQ(r.error().field, c.field);
    }
    CaseLink unknown;
    unknown.caseUuid = caseUuid;
    unknown.linkedCaseUuid = "00000000-0000-4000-8000-000000000001";
    auto r = ws->links.addCaseLink(unknown);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ForeignKey);
    EXPECT_EQ(r.error().field, "caseLink.linkedCase");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM case_link"), 0);
}

TEST_F(LinkServiceTest, RelationshipsAreFoundFromEitherEnd) {
    const std::string recruiter = must(ws->persons.create(makePerson("Andi", "Wijaya"))).meta.uuid;
    Organisation org;
    org.name = "Golden Fortune Compound (synthetic)";
    org.type = "ScamCompound";
    const std::string compound = must(ws->organisations.create(org)).meta.uuid;

    Relationship recruited;
    recruited.caseUuid = caseUuid;
    recruited.fromKind = PartyKind::Person;
    recruited.fromUuid = recruiter;
    recruited.toKind = PartyKind::Person;
    recruited.toUuid = victimUuid;
    recruited.type = "Recruited";
    recruited.sourceReliability = "B";
    recruited.informationCredibility = "2";
    recruited.note = "victim statement";
    const Relationship first = must(ws->links.addRelationship(recruited));
    EXPECT_FALSE(first.uuid.empty());
    EXPECT_EQ(first.createdAt, "2026-03-15T09:00:00Z");

    clock->advance(std::chrono::minutes(5));
    Relationship works;
    works.fromKind = PartyKind::Person;
    works.fromUuid = recruiter;
    works.toKind = PartyKind::Organisation;
    works.toUuid = compound;
    works.type = "WorksFor";
    must(ws->links.addRelationship(works));

    const auto ofRecruiter = must(ws->links.relationshipsOf(recruiter));
    ASSERT_EQ(ofRecruiter.size(), 2u);
    const Relationship& r = ofRecruiter[0];
    EXPECT_EQ(r.uuid, first.uuid);
    EXPECT_EQ(r.caseUuid, caseUuid);
    EXPECT_EQ(r.fromKind, PartyKind::Person);
    EXPECT_EQ(r.fromUuid, recruiter);
    EXPECT_EQ(r.toKind, PartyKind::Person);
    EXPECT_EQ(r.toUuid, victimUuid);
    EXPECT_EQ(r.type, "Recruited");
    EXPECT_EQ(r.sourceReliability, "B");
    EXPECT_EQ(r.informationCredibility, "2");
    EXPECT_EQ(r.note, "victim statement");
    EXPECT_EQ(ofRecruiter[1].toKind, PartyKind::Organisation);
    EXPECT_EQ(ofRecruiter[1].toUuid, compound);
    EXPECT_FALSE(ofRecruiter[1].caseUuid.has_value());
    EXPECT_EQ(ofRecruiter[1].sourceReliability, "X");
    EXPECT_EQ(ofRecruiter[1].informationCredibility, "4");

    const auto ofVictim = must(ws->links.relationshipsOf(victimUuid));
    ASSERT_EQ(ofVictim.size(), 1u);
    EXPECT_EQ(ofVictim[0].uuid, first.uuid);
    const auto ofCompound = must(ws->links.relationshipsOf(compound));
    ASSERT_EQ(ofCompound.size(), 1u);
    EXPECT_EQ(ofCompound[0].type, "WorksFor");

    const auto inCase = must(ws->links.relationshipsInCase(caseUuid));
    ASSERT_EQ(inCase.size(), 1u);
    EXPECT_EQ(inCase[0].uuid, first.uuid);

    auto unknown = ws->links.relationshipsOf("00000000-0000-4000-8000-000000000002");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_F(LinkServiceTest, RelationshipValidationNamesTheField) {
    const std::string other = must(ws->persons.create(makePerson("Andi", "Wijaya"))).meta.uuid;
    auto base = [&] {
        Relationship r;
        r.fromUuid = other;
        r.toUuid = victimUuid;
        r.type = "Controlled";
        return r;
    };
    struct CaseOf {
        std::function<void(Relationship&)> change;
        const char* field;
    };
    const std::vector<CaseOf> cases = {
        {[](Relationship& r) { r.type = "Friend"; }, "relationship.type"},
        {[](Relationship& r) { r.sourceReliability = "D"; }, "relationship.sourceReliability"},
        {[](Relationship& r) { r.sourceReliability.clear(); }, "relationship.sourceReliability"},
        {[](Relationship& r) { r.informationCredibility = "5"; }, "relationship.informationCredibility"},
        {[](Relationship& r) { r.toUuid = r.fromUuid; }, "relationship.to"},
        {[](Relationship& r) { r.fromUuid = "x"; }, "relationship.from"},
        {[](Relationship& r) { r.caseUuid = "case-1"; }, "relationship.case"},
    };
    for (const auto& c : cases) {
        Relationship r = base();
        c.change(r);
        auto added = ws->links.addRelationship(r);
        ASSERT_FALSE(added.ok()) << c.field;
        EXPECT_EQ(added.error().code, ErrorCode::Validation) << c.field;
        EXPECT_EQ(added.error().field, c.field);
    }
    // The person UUID exists, but not as an organisation.
    Relationship wrongKind = base();
    wrongKind.toKind = PartyKind::Organisation;
    auto r = ws->links.addRelationship(wrongKind);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ForeignKey);
    EXPECT_EQ(r.error().field, "relationship.to");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM relationship"), 0);
}

}  // namespace
}  // namespace lintas
