#include "lintas/service/OrganisationService.h"

#include "Support.h"

#include "lintas/domain/Normalize.h"

#include <algorithm>
#include <array>
#include <string>

namespace lintas {
namespace {

std::string indexed(const char* list, std::size_t i, const char* member) {
    return std::string("organisation.") + list + "[" + std::to_string(i) + "]." + member;
}

Status validateAddress(const Address& a, std::size_t i) {
    LINTAS_TRY(detail::checkText(indexed("addresses", i, "label"), a.label, 200));
    LINTAS_TRY(detail::checkText(indexed("addresses", i, "street"), a.street, 500));
    LINTAS_TRY(detail::checkText(indexed("addresses", i, "city"), a.city, 200));
    LINTAS_TRY(detail::checkText(indexed("addresses", i, "state"), a.state, 200));
    LINTAS_TRY(detail::checkText(indexed("addresses", i, "postalCode"), a.postalCode, 50));
    LINTAS_TRY(detail::checkCountry(indexed("addresses", i, "country"), a.country));
    const std::string prefix = "organisation.addresses[" + std::to_string(i) + "]";
    return detail::checkLatLon(prefix, a.latitude, a.longitude);
}

bool sameAddresses(const std::vector<Address>& a, const std::vector<Address>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Address& x, const Address& y) {
        return x.label == y.label && x.street == y.street && x.city == y.city && x.state == y.state &&
               x.postalCode == y.postalCode && x.country == y.country && x.latitude == y.latitude &&
               x.longitude == y.longitude;
    });
}

bool sameIdentifiers(const std::vector<Identifier>& a, const std::vector<Identifier>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Identifier& x, const Identifier& y) {
        return x.type == y.type && x.value == y.value && x.normalized == y.normalized &&
               x.issuingCountry == y.issuingCountry;
    });
}

std::string changedFields(const Organisation& a, const Organisation& b) {
    detail::ChangedFields f;
    f.compare("name", a.name, b.name);
    f.compare("type", a.type, b.type);
    f.compare("country", a.country, b.country);
    f.compare("phone", a.phone, b.phone);
    f.compare("website", a.website, b.website);
    f.compare("notes", a.notes, b.notes);
    if (!sameAddresses(a.addresses, b.addresses))
        f.add("addresses");
    if (!sameIdentifiers(a.identifiers, b.identifiers))
        f.add("identifiers");
    return f.detail();
}

// The kinds of organisation that give victims support: what a referral can go to.
constexpr std::array<const char*, 9> kServiceProviderTypes = {
    "NGO", "HealthServiceOrganisation", "LegalService", "ServiceProvider", "Shelter", "InternationalOrganisation",
    "LocalGovernmentOrganisation", "CentralGovernmentOrganisation", "SchoolOrCollege"};

}  // namespace

using security::Permission;
namespace audit = security::audit;

bool OrganisationService::isServiceProviderType(const std::string& type) {
    return std::any_of(kServiceProviderTypes.begin(), kServiceProviderTypes.end(),
                       [&](const char* t) { return type == t; });
}

Status OrganisationService::validate(Organisation& o) {
    LINTAS_TRY(detail::requireText("organisation.name", o.name, 300));
    LINTAS_TRY(detail::requireCode("organisation.type", vocab::List::OrganisationType, o.type));
    LINTAS_TRY(detail::checkCountry("organisation.country", o.country));
    LINTAS_TRY(detail::checkText("organisation.phone", o.phone, 100));
    LINTAS_TRY(detail::checkText("organisation.website", o.website, 500));
    LINTAS_TRY(detail::checkText("organisation.notes", o.notes));
    for (std::size_t i = 0; i < o.addresses.size(); ++i)
        LINTAS_TRY(validateAddress(o.addresses[i], i));
    for (std::size_t i = 0; i < o.identifiers.size(); ++i) {
        Identifier& id = o.identifiers[i];
        LINTAS_TRY(detail::requireCode(indexed("identifiers", i, "type"), vocab::List::IdentifierType, id.type));
        LINTAS_TRY(detail::checkCountry(indexed("identifiers", i, "issuingCountry"), id.issuingCountry));
        // A national phone number of a company is most likely from the country it is registered in.
        const auto& country = id.issuingCountry ? id.issuingCountry : o.country;
        auto norm = normalize::identifier(id.type, id.value, country, indexed("identifiers", i, "value"));
        if (!norm)
            return norm.error();
        id.normalized = std::move(norm).value();
        for (std::size_t j = 0; j < i; ++j)
            if (o.identifiers[j].type == id.type && o.identifiers[j].normalized == id.normalized)
                return validationError(indexed("identifiers", i, "value"), "is listed twice");
    }
    return {};
}

Result<Organisation> OrganisationService::create(Organisation o) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceWrite, "organisation", o.meta.uuid));
    LINTAS_TRY(validate(o));
    if (o.meta.uuid.empty())
        o.meta.uuid = m_ctx.newUuid();
    LINTAS_TRY(detail::requireUuid("organisation.uuid", o.meta.uuid));
    const std::string now = m_ctx.now();
    std::int64_t id = 0;
    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        auto st = m_ctx.db().prepare(
            "INSERT INTO organisation(uuid, name, type, country, phone, website, notes, origin_agency_id, created_at, "
            "updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,1)");
        if (!st)
            return st.error();
        (*st)->bind(1, o.meta.uuid).bind(2, o.name).bind(3, o.type).bind(4, o.country).bind(5, o.phone);
        (*st)->bind(6, o.website).bind(7, o.notes).bind(8, m_ctx.localAgencyId()).bind(9, now).bind(10, now);
        if (auto s = (*st)->exec(); !s) {
            Error e = s.error();
            if (e.code == ErrorCode::Duplicate)
                e.field = "organisation.uuid";
            return e;
        }
        id = m_ctx.db().lastInsertRowId();
        LINTAS_TRY(writeChildren(id, o));
        return m_ctx.record(audit::kCreate, "organisation", o.meta.uuid);
    });
    if (!written)
        return written.error();
    return load(id);
}

Result<Organisation> OrganisationService::update(const Organisation& in) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceWrite, "organisation", in.meta.uuid));
    Organisation o = in;
    LINTAS_TRY(validate(o));
    std::int64_t id = 0;
    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        auto find = m_ctx.db().prepare("SELECT id, version FROM organisation WHERE uuid = ?");
        if (!find)
            return find.error();
        (*find)->bind(1, o.meta.uuid);
        LINTAS_ASSIGN(row, (*find)->step());
        if (!row)
            return Error{ErrorCode::NotFound, "organisation.uuid", "no organisation with that UUID"};
        id = (*find)->int64(0);
        const std::int64_t stored = (*find)->int64(1);
        (*find)->reset();
        if (stored != o.meta.version)
            return Error{ErrorCode::Conflict, "organisation",
                         "the organisation was changed by someone else since it was loaded"};
        LINTAS_ASSIGN(before, load(id));

        auto st = m_ctx.db().prepare(
            "UPDATE organisation SET name = ?, type = ?, country = ?, phone = ?, website = ?, notes = ?, "
            "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, o.name).bind(2, o.type).bind(3, o.country).bind(4, o.phone).bind(5, o.website);
        (*st)->bind(6, o.notes).bind(7, m_ctx.now()).bind(8, id).bind(9, o.meta.version);
        LINTAS_TRY((*st)->exec());
        if (m_ctx.db().changes() != 1)
            return Error{ErrorCode::Conflict, "organisation",
                         "the organisation was changed by someone else since it was loaded"};

        // Addresses and identifiers are owned by the organisation: replace them wholesale.
        auto delAddresses = m_ctx.db().prepare("DELETE FROM organisation_address WHERE organisation_id = ?");
        if (!delAddresses)
            return delAddresses.error();
        (*delAddresses)->bind(1, id);
        LINTAS_TRY((*delAddresses)->exec());
        auto delIdentifiers = m_ctx.db().prepare("DELETE FROM identifier WHERE organisation_id = ?");
        if (!delIdentifiers)
            return delIdentifiers.error();
        (*delIdentifiers)->bind(1, id);
        LINTAS_TRY((*delIdentifiers)->exec());
        LINTAS_TRY(writeChildren(id, o));
        LINTAS_ASSIGN(after, load(id));
        return m_ctx.record(audit::kUpdate, "organisation", o.meta.uuid, changedFields(before, after));
    });
    if (!written)
        return written.error();
    return load(id);
}

Result<Organisation> OrganisationService::get(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceRead, "organisation", uuid));
    auto st = m_ctx.db().prepare("SELECT id FROM organisation WHERE uuid = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, uuid);
    LINTAS_ASSIGN(row, (*st)->step());
    if (!row)
        return Error{ErrorCode::NotFound, "organisation.uuid", "no organisation with that UUID"};
    const std::int64_t id = (*st)->int64(0);
    (*st)->reset();
    return load(id);
}

Result<std::vector<Organisation>> OrganisationService::list(const std::string& type, int limit) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceRead, "organisation"));
    if (!type.empty())
        LINTAS_TRY(detail::requireCode("organisation.type", vocab::List::OrganisationType, type));
    if (limit < 1)
        return validationError("limit", "must be at least 1");
    auto st = type.empty()
                  ? m_ctx.db().prepare("SELECT id FROM organisation ORDER BY name, id LIMIT ?")
                  : m_ctx.db().prepare("SELECT id FROM organisation WHERE type = ? ORDER BY name, id LIMIT ?");
    if (!st)
        return st.error();
    if (type.empty())
        (*st)->bind(1, limit);
    else
        (*st)->bind(1, type).bind(2, limit);
    return loadAll(**st);
}

Result<std::vector<Organisation>> OrganisationService::serviceProviders(int limit) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportRead, "organisation"));
    if (limit < 1)
        return validationError("limit", "must be at least 1");
    std::string in;
    for (const char* t : kServiceProviderTypes)
        in += std::string(in.empty() ? "" : ",") + "'" + t + "'";  // fixed literals, never input
    auto st = m_ctx.db().prepare("SELECT id FROM organisation WHERE type IN (" + in + ") ORDER BY name, id LIMIT ?");
    if (!st)
        return st.error();
    (*st)->bind(1, limit);
    return loadAll(**st);
}

Result<std::vector<Organisation>> OrganisationService::loadAll(store::Statement& st) {
    // Collect the ids first: load() prepares other statements and must not disturb this one.
    std::vector<std::int64_t> ids;
    while (true) {
        LINTAS_ASSIGN(row, st.step());
        if (!row)
            break;
        ids.push_back(st.int64(0));
    }
    std::vector<Organisation> out;
    out.reserve(ids.size());
    for (const auto id : ids) {
        LINTAS_ASSIGN(o, load(id));
        out.push_back(std::move(o));
    }
    return out;
}

Status OrganisationService::writeChildren(std::int64_t orgId, const Organisation& o) {
    for (const auto& a : o.addresses) {
        auto st = m_ctx.db().prepare(
            "INSERT INTO organisation_address(organisation_id, label, street, city, state, postal_code, country, "
            "latitude, longitude) VALUES (?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        (*st)->bind(1, orgId).bind(2, a.label).bind(3, a.street).bind(4, a.city).bind(5, a.state);
        (*st)->bind(6, a.postalCode).bind(7, a.country).bind(8, a.latitude).bind(9, a.longitude);
        LINTAS_TRY((*st)->exec());
    }
    for (const auto& i : o.identifiers) {
        auto st = m_ctx.db().prepare(
            "INSERT INTO identifier(organisation_id, type, value, value_norm, issuing_country) VALUES (?,?,?,?,?)");
        if (!st)
            return st.error();
        (*st)->bind(1, orgId).bind(2, i.type).bind(3, i.value).bind(4, i.normalized).bind(5, i.issuingCountry);
        LINTAS_TRY((*st)->exec());
    }
    return {};
}

Result<Organisation> OrganisationService::load(std::int64_t id) {
    Organisation o;
    {
        auto st = m_ctx.db().prepare(
            "SELECT o.uuid, o.name, o.type, o.country, o.phone, o.website, o.notes, a.uuid, o.created_at, "
            "o.updated_at, o.version FROM organisation o JOIN agency a ON a.id = o.origin_agency_id WHERE o.id = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            return Error{ErrorCode::NotFound, "organisation", "no organisation with that id"};
        const auto& s = **st;
        o.meta.uuid = s.text(0);
        o.name = s.text(1);
        o.type = s.text(2);
        o.country = s.optText(3);
        o.phone = s.text(4);
        o.website = s.text(5);
        o.notes = s.text(6);
        o.meta.originAgency = s.text(7);
        o.meta.createdAt = s.text(8);
        o.meta.updatedAt = s.text(9);
        o.meta.version = s.int64(10);
        (*st)->reset();
    }
    {
        auto st = m_ctx.db().prepare(
            "SELECT label, street, city, state, postal_code, country, latitude, longitude FROM organisation_address "
            "WHERE organisation_id = ? ORDER BY id");
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            const auto& s = **st;
            Address a;
            a.label = s.text(0);
            a.street = s.text(1);
            a.city = s.text(2);
            a.state = s.text(3);
            a.postalCode = s.text(4);
            a.country = s.optText(5);
            a.latitude = s.optReal(6);
            a.longitude = s.optReal(7);
            o.addresses.push_back(std::move(a));
        }
    }
    {
        auto st = m_ctx.db().prepare(
            "SELECT type, value, value_norm, issuing_country FROM identifier WHERE organisation_id = ? ORDER BY id");
        if (!st)
            return st.error();
        (*st)->bind(1, id);
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            const auto& s = **st;
            Identifier i;
            i.type = s.text(0);
            i.value = s.text(1);
            i.normalized = s.text(2);
            i.issuingCountry = s.optText(3);
            o.identifiers.push_back(std::move(i));
        }
    }
    return o;
}

}  // namespace lintas
