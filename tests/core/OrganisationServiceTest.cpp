#include "TestWorkspace.h"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace lintas {
namespace {

class OrganisationServiceTest : public test::WorkspaceTest {
protected:
    /// A synthetic recruitment agency with every field filled.
    static Organisation makeAgency() {
        Organisation o;
        o.name = "PT Maju Jaya Recruitment (synthetic)";
        o.type = "RecruitmentAgency";
        o.country = "IDN";
        o.phone = "+62 21 555 0100";
        o.website = "https://maju-jaya.example";
        o.notes = "Advertised call-centre jobs in Cambodia.";
        Address head;
        head.label = "head office";
        head.street = "Jl. Contoh No. 1";
        head.city = "Jakarta";
        head.state = "DKI Jakarta";
        head.postalCode = "10110";
        head.country = "IDN";
        head.latitude = -6.2;
        head.longitude = 106.8;
        Address branch;
        branch.label = "branch";
        branch.city = "Medan";
        o.addresses = {head, branch};
        Identifier phone;
        phone.type = "Phone";
        phone.value = "0812 3456 7890";
        phone.issuingCountry = "IDN";
        Identifier mail;
        mail.type = "Email";
        mail.value = " Jobs@Maju-Jaya.Example ";
        o.identifiers = {phone, mail};
        return o;
    }
};

TEST_F(OrganisationServiceTest, RoundTripsEveryField) {
    const Organisation created = must(ws->organisations.create(makeAgency()));
    const Organisation o = must(ws->organisations.get(created.meta.uuid));

    EXPECT_FALSE(o.meta.uuid.empty());
    EXPECT_EQ(o.meta.originAgency, ws->context().localAgencyUuid());
    EXPECT_EQ(o.meta.createdAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(o.meta.updatedAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(o.meta.version, 1);
    EXPECT_EQ(o.name, "PT Maju Jaya Recruitment (synthetic)");
    EXPECT_EQ(o.type, "RecruitmentAgency");
    EXPECT_EQ(o.country, "IDN");
    EXPECT_EQ(o.phone, "+62 21 555 0100");
    EXPECT_EQ(o.website, "https://maju-jaya.example");
    EXPECT_EQ(o.notes, "Advertised call-centre jobs in Cambodia.");

    ASSERT_EQ(o.addresses.size(), 2u);
    EXPECT_EQ(o.addresses[0].label, "head office");
    EXPECT_EQ(o.addresses[0].street, "Jl. Contoh No. 1");
    EXPECT_EQ(o.addresses[0].city, "Jakarta");
    EXPECT_EQ(o.addresses[0].state, "DKI Jakarta");
    EXPECT_EQ(o.addresses[0].postalCode, "10110");
    EXPECT_EQ(o.addresses[0].country, "IDN");
    EXPECT_DOUBLE_EQ(o.addresses[0].latitude.value(), -6.2);
    EXPECT_DOUBLE_EQ(o.addresses[0].longitude.value(), 106.8);
    EXPECT_EQ(o.addresses[1].label, "branch");
    EXPECT_EQ(o.addresses[1].city, "Medan");
    EXPECT_FALSE(o.addresses[1].country.has_value());
    EXPECT_FALSE(o.addresses[1].latitude.has_value());

    ASSERT_EQ(o.identifiers.size(), 2u);
    EXPECT_EQ(o.identifiers[0].type, "Phone");
    EXPECT_EQ(o.identifiers[0].value, "0812 3456 7890");
    EXPECT_EQ(o.identifiers[0].normalized, "+6281234567890");
    EXPECT_EQ(o.identifiers[0].issuingCountry, "IDN");
    EXPECT_EQ(o.identifiers[1].type, "Email");
    EXPECT_EQ(o.identifiers[1].normalized, "jobs@maju-jaya.example");
    EXPECT_FALSE(o.identifiers[1].issuingCountry.has_value());

    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM identifier WHERE organisation_id IS NOT NULL "
                                 "AND person_id IS NULL AND value_norm = '+6281234567890'"),
              1);
}

TEST_F(OrganisationServiceTest, NationalPhoneFallsBackToOrganisationCountry) {
    Organisation o = makeAgency();
    o.identifiers.resize(1);
    o.identifiers[0].issuingCountry.reset();
    const Organisation stored = must(ws->organisations.create(o));
    EXPECT_EQ(stored.identifiers[0].normalized, "+6281234567890");
}

TEST_F(OrganisationServiceTest, UpdateReplacesAddressesAndIdentifiers) {
    Organisation o = must(ws->organisations.create(makeAgency()));
    clock->advance(std::chrono::hours(1));
    o.name = "PT Maju Jaya (renamed)";
    o.type = "Employer";
    o.country = "KHM";
    o.addresses = {Address{}};
    o.addresses[0].label = "compound";
    o.addresses[0].city = "Sihanoukville";
    o.addresses[0].country = "KHM";
    Identifier plate;
    plate.type = "VehiclePlate";
    plate.value = "b 1234 xy";
    o.identifiers = {plate};

    const Organisation updated = must(ws->organisations.update(o));
    EXPECT_EQ(updated.meta.version, 2);
    EXPECT_EQ(updated.meta.createdAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(updated.meta.updatedAt, "2026-03-15T10:00:00Z");
    EXPECT_EQ(updated.name, "PT Maju Jaya (renamed)");
    EXPECT_EQ(updated.type, "Employer");
    EXPECT_EQ(updated.country, "KHM");
    ASSERT_EQ(updated.addresses.size(), 1u);
    EXPECT_EQ(updated.addresses[0].city, "Sihanoukville");
    ASSERT_EQ(updated.identifiers.size(), 1u);
    EXPECT_EQ(updated.identifiers[0].normalized, "B1234XY");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM organisation_address"), 1);
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM identifier"), 1);

    const Organisation reloaded = must(ws->organisations.get(o.meta.uuid));
    EXPECT_EQ(reloaded.meta.version, 2);
    EXPECT_EQ(reloaded.addresses.size(), 1u);
}

TEST_F(OrganisationServiceTest, StaleVersionIsAConflict) {
    const Organisation first = must(ws->organisations.create(makeAgency()));
    Organisation mine = first;
    Organisation theirs = first;
    theirs.notes = "edited elsewhere";
    must(ws->organisations.update(theirs));

    mine.notes = "my edit";
    auto r = ws->organisations.update(mine);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    EXPECT_EQ(must(ws->organisations.get(first.meta.uuid)).notes, "edited elsewhere");
}

TEST_F(OrganisationServiceTest, UpdateOfUnknownOrganisationIsNotFound) {
    Organisation o = makeAgency();
    o.meta.uuid = "00000000-0000-4000-8000-000000000000";
    o.meta.version = 1;
    auto r = ws->organisations.update(o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    auto g = ws->organisations.get(o.meta.uuid);
    ASSERT_FALSE(g.ok());
    EXPECT_EQ(g.error().code, ErrorCode::NotFound);
}

TEST_F(OrganisationServiceTest, ValidationNamesTheField) {
    struct CaseOf {
        std::function<void(Organisation&)> change;
        const char* field;
    };
    const std::vector<CaseOf> cases = {
        {[](Organisation& o) { o.name = "   "; }, "organisation.name"},
        {[](Organisation& o) { o.type = "Mafia"; }, "organisation.type"},
        {[](Organisation& o) { o.type.clear(); }, "organisation.type"},
        {[](Organisation& o) { o.country = "ID"; }, "organisation.country"},
        {[](Organisation& o) { o.addresses[1].country = "XXX"; }, "organisation.addresses[1].country"},
        {[](Organisation& o) { o.addresses[0].latitude = 91.0; }, "organisation.addresses[0].latitude"},
        {[](Organisation& o) { o.addresses[0].longitude = -181.0; }, "organisation.addresses[0].longitude"},
        {[](Organisation& o) { o.addresses[0].longitude.reset(); }, "organisation.addresses[0]"},
        {[](Organisation& o) { o.identifiers[0].type = "Fax"; }, "organisation.identifiers[0].type"},
        {[](Organisation& o) { o.identifiers[1].value = "not-an-email"; }, "organisation.identifiers[1].value"},
        {[](Organisation& o) { o.identifiers[0].issuingCountry = "idn"; },
         "organisation.identifiers[0].issuingCountry"},
        {[](Organisation& o) { o.identifiers.push_back(o.identifiers[0]); }, "organisation.identifiers[2].value"},
    };
    for (const auto& c : cases) {
        Organisation o = makeAgency();
        c.change(o);
        auto r = ws->organisations.create(o);
        ASSERT_FALSE(r.ok()) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << c.field;
        EXPECT_EQ(r.error().field, c.field);
    }
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM organisation"), 0);
}

TEST_F(OrganisationServiceTest, InvalidIdentifierWritesNothing) {
    Organisation o = makeAgency();
    o.identifiers[1].value = "@@";
    auto r = ws->organisations.create(o);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "organisation.identifiers[1].value");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM organisation"), 0);
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM organisation_address"), 0);
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM identifier"), 0);
}

TEST_F(OrganisationServiceTest, InvalidUpdateLeavesStoredOrganisationUnchanged) {
    Organisation o = must(ws->organisations.create(makeAgency()));
    o.name = "Changed";
    o.identifiers[1].value = "broken";
    ASSERT_FALSE(ws->organisations.update(o).ok());
    const Organisation stored = must(ws->organisations.get(o.meta.uuid));
    EXPECT_EQ(stored.name, "PT Maju Jaya Recruitment (synthetic)");
    EXPECT_EQ(stored.meta.version, 1);
    EXPECT_EQ(stored.identifiers.size(), 2u);
    EXPECT_EQ(stored.addresses.size(), 2u);
}

TEST_F(OrganisationServiceTest, ListsByTypeOrderedByName) {
    Organisation a = makeAgency();
    a.name = "Zeta Shelter";
    a.type = "Shelter";
    a.identifiers.clear();
    Organisation b = a;
    b.name = "Alpha Shelter";
    Organisation c = a;
    c.name = "Golden Fortune Compound";
    c.type = "ScamCompound";
    must(ws->organisations.create(a));
    must(ws->organisations.create(b));
    must(ws->organisations.create(c));

    const auto shelters = must(ws->organisations.list("Shelter"));
    ASSERT_EQ(shelters.size(), 2u);
    EXPECT_EQ(shelters[0].name, "Alpha Shelter");
    EXPECT_EQ(shelters[1].name, "Zeta Shelter");
    EXPECT_EQ(shelters[0].addresses.size(), 2u);

    const auto all = must(ws->organisations.list());
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].name, "Alpha Shelter");
    EXPECT_EQ(all[1].name, "Golden Fortune Compound");
    EXPECT_EQ(all[2].name, "Zeta Shelter");

    EXPECT_EQ(must(ws->organisations.list({}, 1)).size(), 1u);
    auto bad = ws->organisations.list("Nonsense");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, "organisation.type");
}

TEST_F(OrganisationServiceTest, ServiceProvidersListOnlyWhereAVictimCanBeReferred) {
    auto make = [&](const std::string& name, const std::string& type) {
        Organisation o;
        o.name = name;
        o.type = type;
        return must(ws->organisations.create(o)).meta.uuid;
    };
    const std::string shelter = make("Rumah Aman (synthetic)", "Shelter");
    const std::string clinic = make("Klinik Sehat (synthetic)", "HealthServiceOrganisation");
    const std::string ngo = make("Yayasan Peduli (synthetic)", "NGO");
    make("Golden Compound (synthetic)", "ScamCompound");
    make("PT Maju Jaya (synthetic)", "RecruitmentAgency");
    make("Karaoke Melati (synthetic)", "Employer");

    std::vector<std::string> uuids;
    for (const auto& o : must(ws->organisations.serviceProviders()))
        uuids.push_back(o.meta.uuid);
    // By name: Klinik, Rumah, Yayasan.
    EXPECT_EQ(uuids, (std::vector<std::string>{clinic, shelter, ngo}));
    EXPECT_TRUE(OrganisationService::isServiceProviderType("LegalService"));
    EXPECT_FALSE(OrganisationService::isServiceProviderType("ScamCompound"));
    EXPECT_EQ(must(ws->organisations.serviceProviders(2)).size(), 2u);
    EXPECT_FALSE(ws->organisations.serviceProviders(0).ok());

    // What a victim-support officer can open: providers yes, intelligence no.
    security::Session vso = ws->session();
    vso.roles = security::RoleSet{security::Role::VictimSupport};
    ws->context().setSession(vso);
    EXPECT_EQ(must(ws->organisations.serviceProviders()).size(), 3u);
    auto all = ws->organisations.list();
    ASSERT_FALSE(all.ok());
    EXPECT_EQ(all.error().code, ErrorCode::Forbidden);
}

}  // namespace
}  // namespace lintas
