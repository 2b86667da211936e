#include "lintas/service/LinkService.h"

#include "Support.h"

#include "lintas/domain/Normalize.h"

#include <cctype>
#include <string>

namespace lintas {
namespace {

/// Like Context::idOf, for look-ups rather than references: an unknown UUID is NotFound.
Result<std::int64_t> existingId(const Context& ctx, std::string_view table, const std::string& uuid,
                                const std::string& field) {
    auto id = ctx.idOf(table, uuid, field);
    if (!id && id.error().code == ErrorCode::ForeignKey)
        return Error{ErrorCode::NotFound, field, id.error().detail};
    return id;
}

Result<bool> isVictimIn(store::Database& db, std::int64_t caseId, std::int64_t personId) {
    return detail::hasRole(db, caseId, personId, "Victim");
}

// --- journey ------------------------------------------------------------------------------------

constexpr const char* kLegColumns =
    "l.uuid, c.uuid, p.uuid, l.sequence, l.event_type, l.country, l.state, l.city, l.street, l.postal_code, "
    "l.latitude, l.longitude, l.event_date, l.means_of_travel, l.border_crossing, l.documents_used, l.description, "
    "l.created_at, l.updated_at FROM journey_leg l JOIN case_file c ON c.id = l.case_id "
    "JOIN person p ON p.id = l.person_id";

JourneyLeg readLeg(const store::Statement& s) {
    JourneyLeg l;
    l.uuid = s.text(0);
    l.caseUuid = s.text(1);
    l.personUuid = s.text(2);
    l.sequence = s.int32(3);
    l.eventType = s.text(4);
    l.country = s.text(5);
    l.state = s.text(6);
    l.city = s.text(7);
    l.street = s.text(8);
    l.postalCode = s.text(9);
    l.latitude = s.optReal(10);
    l.longitude = s.optReal(11);
    l.eventDate = s.optText(12);
    l.meansOfTravel = s.optText(13);
    l.borderCrossing = s.text(14);
    l.documentsUsed = s.text(15);
    l.description = s.text(16);
    l.createdAt = s.text(17);
    l.updatedAt = s.text(18);
    return l;
}

// --- case links ---------------------------------------------------------------------------------

constexpr const char* kLinkColumns =
    "l.uuid, c.uuid, lc.uuid, l.foreign_agency_code, l.foreign_country, l.foreign_reference, l.our_contact, l.note, "
    "l.created_at, l.case_id FROM case_link l JOIN case_file c ON c.id = l.case_id "
    "LEFT JOIN case_file lc ON lc.id = l.linked_case_id";

CaseLink readLink(const store::Statement& s) {
    CaseLink l;
    l.uuid = s.text(0);
    l.caseUuid = s.text(1);
    l.linkedCaseUuid = s.optText(2);
    l.foreignAgencyCode = s.optText(3);
    l.foreignCountry = s.optText(4);
    l.foreignReference = s.optText(5);
    l.ourContact = s.text(6);
    l.note = s.text(7);
    l.createdAt = s.text(8);
    return l;
}

// --- relationships ------------------------------------------------------------------------------

constexpr const char* kRelationshipColumns =
    "r.uuid, c.uuid, fp.uuid, fo.uuid, tp.uuid, tor.uuid, r.type, r.source_reliability, r.information_credibility, "
    "r.note, r.created_at, r.updated_at FROM relationship r LEFT JOIN case_file c ON c.id = r.case_id "
    "LEFT JOIN person fp ON fp.id = r.from_person_id LEFT JOIN organisation fo ON fo.id = r.from_organisation_id "
    "LEFT JOIN person tp ON tp.id = r.to_person_id LEFT JOIN organisation tor ON tor.id = r.to_organisation_id";

Relationship readRelationship(const store::Statement& s) {
    Relationship r;
    r.uuid = s.text(0);
    r.caseUuid = s.optText(1);
    if (!s.isNull(2)) {
        r.fromKind = PartyKind::Person;
        r.fromUuid = s.text(2);
    } else {
        r.fromKind = PartyKind::Organisation;
        r.fromUuid = s.text(3);
    }
    if (!s.isNull(4)) {
        r.toKind = PartyKind::Person;
        r.toUuid = s.text(4);
    } else {
        r.toKind = PartyKind::Organisation;
        r.toUuid = s.text(5);
    }
    r.type = s.text(6);
    r.sourceReliability = s.text(7);
    r.informationCredibility = s.text(8);
    r.note = s.text(9);
    r.createdAt = s.text(10);
    r.updatedAt = s.text(11);
    return r;
}

const char* partyTable(PartyKind kind) { return kind == PartyKind::Person ? "person" : "organisation"; }

template <typename T, typename Read>
Result<std::vector<T>> readAll(store::Statement& st, Read read) {
    std::vector<T> out;
    while (true) {
        LINTAS_ASSIGN(row, st.step());
        if (!row)
            break;
        out.push_back(read(st));
    }
    return out;
}

}  // namespace

using security::Permission;
namespace audit = security::audit;

// === journey ======================================================================================

Status LinkService::validate(const JourneyLeg& leg) {
    LINTAS_TRY(detail::requireUuid("journey.case", leg.caseUuid));
    LINTAS_TRY(detail::requireUuid("journey.person", leg.personUuid));
    if (leg.sequence < 0)
        return validationError("journey.sequence", "must not be negative");
    LINTAS_TRY(detail::requireCode("journey.eventType", vocab::List::JourneyEventType, leg.eventType));
    LINTAS_TRY(detail::requireCountry("journey.country", leg.country));
    LINTAS_TRY(detail::checkText("journey.state", leg.state, 200));
    LINTAS_TRY(detail::checkText("journey.city", leg.city, 200));
    LINTAS_TRY(detail::checkText("journey.street", leg.street, 500));
    LINTAS_TRY(detail::checkText("journey.postalCode", leg.postalCode, 50));
    LINTAS_TRY(detail::checkLatLon("journey", leg.latitude, leg.longitude));
    LINTAS_TRY(detail::checkDate("journey.eventDate", leg.eventDate));
    LINTAS_TRY(detail::checkCode("journey.meansOfTravel", vocab::List::MeansOfTravel, leg.meansOfTravel));
    LINTAS_TRY(detail::checkText("journey.borderCrossing", leg.borderCrossing, 500));
    LINTAS_TRY(detail::checkText("journey.documentsUsed", leg.documentsUsed, 2000));
    LINTAS_TRY(detail::checkText("journey.description", leg.description));
    return {};
}

Result<JourneyLeg> LinkService::addJourneyLeg(JourneyLeg leg) {
    LINTAS_TRY(m_ctx.require(Permission::CaseWrite, "journey-leg", leg.uuid));
    LINTAS_TRY(validate(leg));
    if (leg.uuid.empty())
        leg.uuid = m_ctx.newUuid();
    LINTAS_TRY(detail::requireUuid("journey.uuid", leg.uuid));
    leg.createdAt = leg.updatedAt = m_ctx.now();

    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", leg.caseUuid, "journey.case"));
        LINTAS_ASSIGN(personId, m_ctx.idOf("person", leg.personUuid, "journey.person"));
        LINTAS_ASSIGN(victim, isVictimIn(m_ctx.db(), caseId, personId));
        if (!victim)
            return validationError("journey.person", "is not a victim in this case");
        if (leg.sequence == 0) {
            auto next = m_ctx.db().prepare(
                "SELECT coalesce(max(sequence), 0) + 1 FROM journey_leg WHERE case_id = ? AND person_id = ?");
            if (!next)
                return next.error();
            (*next)->bind(1, caseId).bind(2, personId);
            LINTAS_ASSIGN(row, (*next)->step());
            if (!row)
                return Error{ErrorCode::Internal, "journey.sequence", "max() returned no row"};
            leg.sequence = (*next)->int32(0);
            (*next)->reset();
        }
        auto st = m_ctx.db().prepare(
            "INSERT INTO journey_leg(uuid, case_id, person_id, sequence, event_type, country, state, city, street, "
            "postal_code, latitude, longitude, event_date, means_of_travel, border_crossing, documents_used, "
            "description, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        auto& s = **st;
        s.bind(1, leg.uuid).bind(2, caseId).bind(3, personId).bind(4, leg.sequence).bind(5, leg.eventType);
        s.bind(6, leg.country).bind(7, leg.state).bind(8, leg.city).bind(9, leg.street).bind(10, leg.postalCode);
        s.bind(11, leg.latitude).bind(12, leg.longitude).bind(13, leg.eventDate).bind(14, leg.meansOfTravel);
        s.bind(15, leg.borderCrossing).bind(16, leg.documentsUsed).bind(17, leg.description);
        s.bind(18, leg.createdAt).bind(19, leg.updatedAt);
        if (auto done = s.exec(); !done) {
            Error e = done.error();
            if (e.code == ErrorCode::Duplicate)
                e.field = "journey.uuid";
            return e;
        }
        return m_ctx.record(audit::kCreate, "journey-leg", leg.uuid);
    });
    if (!written)
        return written.error();
    return leg;
}

Result<std::vector<JourneyLeg>> LinkService::journey(const std::string& caseUuid, const std::string& personUuid) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "case", caseUuid));
    LINTAS_ASSIGN(caseId, existingId(m_ctx, "case_file", caseUuid, "journey.case"));
    const std::string base = std::string("SELECT ") + kLegColumns + " WHERE l.case_id = ?";
    if (personUuid.empty()) {
        auto st = m_ctx.db().prepare(base + " ORDER BY l.person_id, l.sequence, l.id");
        if (!st)
            return st.error();
        (*st)->bind(1, caseId);
        return readAll<JourneyLeg>(**st, readLeg);
    }
    LINTAS_ASSIGN(personId, existingId(m_ctx, "person", personUuid, "journey.person"));
    auto st = m_ctx.db().prepare(base + " AND l.person_id = ? ORDER BY l.sequence, l.id");
    if (!st)
        return st.error();
    (*st)->bind(1, caseId).bind(2, personId);
    return readAll<JourneyLeg>(**st, readLeg);
}

Status LinkService::removeJourneyLeg(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::CaseWrite, "journey-leg", uuid));
    return detail::inTransaction(m_ctx.db(), [&]() -> Status {
        auto st = m_ctx.db().prepare("DELETE FROM journey_leg WHERE uuid = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, uuid);
        LINTAS_TRY((*st)->exec());
        if (m_ctx.db().changes() == 0)
            return Error{ErrorCode::NotFound, "journey.uuid", "no journey leg with that UUID"};
        return m_ctx.record(audit::kDelete, "journey-leg", uuid);
    });
}

// === case links ===================================================================================

Status LinkService::validate(const CaseLink& link) {
    LINTAS_TRY(detail::requireUuid("caseLink.case", link.caseUuid));
    const bool anyForeign = link.foreignAgencyCode || link.foreignCountry || link.foreignReference;
    if (link.linkedCaseUuid) {
        if (anyForeign)
            return validationError("caseLink.linkedCase", "give either a local case or a foreign case, not both");
        LINTAS_TRY(detail::requireUuid("caseLink.linkedCase", *link.linkedCaseUuid));
        if (*link.linkedCaseUuid == link.caseUuid)
            return validationError("caseLink.linkedCase", "a case cannot link to itself");
    } else {
        if (!anyForeign)
            return validationError("caseLink.linkedCase",
                                   "needs a local case or a foreign agency, country and reference");
        LINTAS_TRY(detail::checkAgencyCode("caseLink.foreignAgencyCode", link.foreignAgencyCode.value_or("")));
        LINTAS_TRY(detail::requireCountry("caseLink.foreignCountry", link.foreignCountry.value_or("")));
        LINTAS_TRY(detail::requireText("caseLink.foreignReference", link.foreignReference.value_or(""), 100));
    }
    LINTAS_TRY(detail::checkText("caseLink.ourContact", link.ourContact, 200));
    LINTAS_TRY(detail::checkText("caseLink.note", link.note));
    return {};
}

Result<CaseLink> LinkService::addCaseLink(CaseLink link) {
    LINTAS_TRY(m_ctx.require(Permission::CaseWrite, "case-link", link.uuid));
    // Agency codes are upper-case by convention; references are compared exactly, so trim them.
    if (link.foreignAgencyCode) {
        std::string code = normalize::trim(*link.foreignAgencyCode);
        for (char& c : code)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        link.foreignAgencyCode = std::move(code);
    }
    if (link.foreignReference)
        link.foreignReference = normalize::trim(*link.foreignReference);
    LINTAS_TRY(validate(link));
    if (link.uuid.empty())
        link.uuid = m_ctx.newUuid();
    LINTAS_TRY(detail::requireUuid("caseLink.uuid", link.uuid));
    link.createdAt = m_ctx.now();

    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", link.caseUuid, "caseLink.case"));
        std::optional<std::int64_t> linkedId;
        if (link.linkedCaseUuid) {
            LINTAS_ASSIGN(other, m_ctx.idOf("case_file", *link.linkedCaseUuid, "caseLink.linkedCase"));
            linkedId = other;
            // A link is shown from both ends, so the reverse link counts as the same link.
            auto dup = m_ctx.db().prepare(
                "SELECT 1 FROM case_link WHERE (case_id = ?1 AND linked_case_id = ?2) "
                "OR (case_id = ?2 AND linked_case_id = ?1)");
            if (!dup)
                return dup.error();
            (*dup)->bind(1, caseId).bind(2, other);
            LINTAS_ASSIGN(row, (*dup)->step());
            (*dup)->reset();
            if (row)
                return Error{ErrorCode::Duplicate, "caseLink.linkedCase", "the cases are already linked"};
        } else {
            auto dup = m_ctx.db().prepare(
                "SELECT 1 FROM case_link WHERE case_id = ? AND foreign_country = ? AND foreign_agency_code = ? "
                "AND foreign_reference = ?");
            if (!dup)
                return dup.error();
            (*dup)->bind(1, caseId).bind(2, link.foreignCountry).bind(3, link.foreignAgencyCode);
            (*dup)->bind(4, link.foreignReference);
            LINTAS_ASSIGN(row, (*dup)->step());
            (*dup)->reset();
            if (row)
                return Error{ErrorCode::Duplicate, "caseLink.foreignReference", "the case is already linked to it"};
        }
        auto st = m_ctx.db().prepare(
            "INSERT INTO case_link(uuid, case_id, linked_case_id, foreign_agency_code, foreign_country, "
            "foreign_reference, our_contact, note, created_at) VALUES (?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        auto& s = **st;
        s.bind(1, link.uuid).bind(2, caseId).bind(3, linkedId).bind(4, link.foreignAgencyCode);
        s.bind(5, link.foreignCountry).bind(6, link.foreignReference).bind(7, link.ourContact).bind(8, link.note);
        s.bind(9, link.createdAt);
        if (auto done = s.exec(); !done) {
            Error e = done.error();
            if (e.code == ErrorCode::Duplicate)
                e.field = "caseLink.uuid";
            return e;
        }
        return m_ctx.record(audit::kCreate, "case-link", link.uuid);
    });
    if (!written)
        return written.error();
    return link;
}

Result<std::vector<CaseLink>> LinkService::caseLinks(const std::string& caseUuid) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "case", caseUuid));
    LINTAS_ASSIGN(caseId, existingId(m_ctx, "case_file", caseUuid, "caseLink.case"));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kLinkColumns +
                                 " WHERE l.case_id = ?1 OR l.linked_case_id = ?1 ORDER BY l.created_at, l.id");
    if (!st)
        return st.error();
    (*st)->bind(1, caseId);
    std::vector<CaseLink> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        CaseLink l = readLink(**st);
        if ((*st)->int64(9) != caseId) {
            // Another local case links to this one: show it from this case's side.
            l.linkedCaseUuid = l.caseUuid;
            l.caseUuid = caseUuid;
        }
        out.push_back(std::move(l));
    }
    return out;
}

// === relationships ================================================================================

Status LinkService::validate(const Relationship& r) {
    if (r.caseUuid)
        LINTAS_TRY(detail::requireUuid("relationship.case", *r.caseUuid));
    LINTAS_TRY(detail::requireUuid("relationship.from", r.fromUuid));
    LINTAS_TRY(detail::requireUuid("relationship.to", r.toUuid));
    if (r.fromKind == r.toKind && r.fromUuid == r.toUuid)
        return validationError("relationship.to", "a record cannot be related to itself");
    LINTAS_TRY(detail::requireCode("relationship.type", vocab::List::RelationshipType, r.type));
    LINTAS_TRY(detail::requireCode("relationship.sourceReliability", vocab::List::SourceReliability,
                                   r.sourceReliability));
    LINTAS_TRY(detail::requireCode("relationship.informationCredibility", vocab::List::InformationCredibility,
                                   r.informationCredibility));
    LINTAS_TRY(detail::checkText("relationship.note", r.note));
    return {};
}

Result<Relationship> LinkService::addRelationship(Relationship r) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceWrite, "relationship", r.uuid));
    LINTAS_TRY(validate(r));
    if (r.uuid.empty())
        r.uuid = m_ctx.newUuid();
    LINTAS_TRY(detail::requireUuid("relationship.uuid", r.uuid));
    r.createdAt = r.updatedAt = m_ctx.now();

    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        std::optional<std::int64_t> caseId;
        if (r.caseUuid) {
            LINTAS_ASSIGN(id, m_ctx.idOf("case_file", *r.caseUuid, "relationship.case"));
            caseId = id;
        }
        LINTAS_ASSIGN(fromId, m_ctx.idOf(partyTable(r.fromKind), r.fromUuid, "relationship.from"));
        LINTAS_ASSIGN(toId, m_ctx.idOf(partyTable(r.toKind), r.toUuid, "relationship.to"));
        auto st = m_ctx.db().prepare(
            "INSERT INTO relationship(uuid, case_id, from_person_id, from_organisation_id, to_person_id, "
            "to_organisation_id, type, source_reliability, information_credibility, note, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        auto& s = **st;
        s.bind(1, r.uuid).bind(2, caseId);
        if (r.fromKind == PartyKind::Person)
            s.bind(3, fromId).bindNull(4);
        else
            s.bindNull(3).bind(4, fromId);
        if (r.toKind == PartyKind::Person)
            s.bind(5, toId).bindNull(6);
        else
            s.bindNull(5).bind(6, toId);
        s.bind(7, r.type).bind(8, r.sourceReliability).bind(9, r.informationCredibility).bind(10, r.note);
        s.bind(11, r.createdAt).bind(12, r.updatedAt);
        if (auto done = s.exec(); !done) {
            Error e = done.error();
            if (e.code == ErrorCode::Duplicate)
                e.field = "relationship.uuid";
            return e;
        }
        return m_ctx.record(audit::kCreate, "relationship", r.uuid);
    });
    if (!written)
        return written.error();
    return r;
}

Result<std::vector<Relationship>> LinkService::relationshipsOf(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceRead, "relationship", uuid));
    // The UUID may name a person or an organisation; UUIDs are unique across both in practice,
    // but look in both tables so either kind of end is found.
    auto person = m_ctx.idOf("person", uuid, "relationship.party");
    auto organisation = m_ctx.idOf("organisation", uuid, "relationship.party");
    for (const auto* r : {&person, &organisation})
        if (!*r && r->error().code != ErrorCode::ForeignKey)
            return r->error();
    if (!person && !organisation)
        return Error{ErrorCode::NotFound, "relationship.party", "no person or organisation with that UUID"};
    std::optional<std::int64_t> personId;
    std::optional<std::int64_t> organisationId;
    if (person)
        personId = *person;
    if (organisation)
        organisationId = *organisation;
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kRelationshipColumns +
                                 " WHERE r.from_person_id = ?1 OR r.to_person_id = ?1"
                                 " OR r.from_organisation_id = ?2 OR r.to_organisation_id = ?2"
                                 " ORDER BY r.created_at, r.id");
    if (!st)
        return st.error();
    (*st)->bind(1, personId).bind(2, organisationId);
    return readAll<Relationship>(**st, readRelationship);
}

Result<std::vector<Relationship>> LinkService::relationshipsInCase(const std::string& caseUuid) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceRead, "case", caseUuid));
    LINTAS_ASSIGN(caseId, existingId(m_ctx, "case_file", caseUuid, "relationship.case"));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kRelationshipColumns +
                                 " WHERE r.case_id = ? ORDER BY r.created_at, r.id");
    if (!st)
        return st.error();
    (*st)->bind(1, caseId);
    return readAll<Relationship>(**st, readRelationship);
}

}  // namespace lintas
