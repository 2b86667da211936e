#include "lintas/service/ConsentService.h"

#include "Support.h"

#include <string>

namespace lintas {
namespace {

Consent readConsent(const store::Statement& s) {
    Consent c;
    c.uuid = s.text(0);
    c.personUuid = s.text(1);
    c.caseUuid = s.optText(2);
    c.recipientAgencyCode = s.optText(3);
    c.recipientCountry = s.optText(4);
    c.purpose = s.text(5);
    c.scope = detail::codesAt(s, 6);
    c.givenOn = s.text(7);
    c.withdrawnOn = s.optText(8);
    c.recordedBy = s.text(9);
    c.createdAt = s.text(10);
    return c;
}

}  // namespace

using security::Permission;
namespace audit = security::audit;

Status ConsentService::validate(const Consent& c) {
    LINTAS_TRY(detail::requireUuid("consent.person", c.personUuid));
    if (c.caseUuid)
        LINTAS_TRY(detail::requireUuid("consent.case", *c.caseUuid));
    if (!c.recipientAgencyCode && !c.recipientCountry)
        return validationError("consent.recipient", "needs a recipient agency code or country");
    if (c.recipientAgencyCode)
        LINTAS_TRY(detail::checkAgencyCode("consent.recipientAgencyCode", *c.recipientAgencyCode));
    LINTAS_TRY(detail::checkCountry("consent.recipientCountry", c.recipientCountry));
    LINTAS_TRY(detail::requireCode("consent.purpose", vocab::List::ConsentPurpose, c.purpose));
    // Consent to share nothing is no consent: at least one kind of data must be named.
    if (c.scope.empty())
        return validationError("consent.scope", "must name at least one kind of data");
    LINTAS_TRY(detail::checkCodes("consent.scope", vocab::List::ConsentScope, c.scope));
    LINTAS_TRY(detail::requireDate("consent.givenOn", c.givenOn));
    LINTAS_TRY(detail::checkDate("consent.withdrawnOn", c.withdrawnOn));
    if (c.withdrawnOn && *c.withdrawnOn < c.givenOn)
        return validationError("consent.withdrawnOn", "lies before the consent was given");
    LINTAS_TRY(detail::checkText("consent.recordedBy", c.recordedBy, 200));
    return {};
}

Result<Consent> ConsentService::record(Consent c) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportWrite, "consent", c.uuid));
    LINTAS_TRY(validate(c));
    const std::string today = m_ctx.today();
    LINTAS_TRY(detail::checkPastDate("consent.givenOn", c.givenOn, today));
    LINTAS_TRY(detail::checkPastDate("consent.withdrawnOn", c.withdrawnOn, today));
    if (c.uuid.empty())
        c.uuid = m_ctx.newUuid();
    LINTAS_TRY(detail::requireUuid("consent.uuid", c.uuid));
    c.createdAt = m_ctx.now();

    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        LINTAS_ASSIGN(personId, m_ctx.idOf("person", c.personUuid, "consent.person"));
        std::optional<std::int64_t> caseId;
        if (c.caseUuid) {
            LINTAS_ASSIGN(id, m_ctx.idOf("case_file", *c.caseUuid, "consent.case"));
            caseId = id;
            // Consent limited to a case comes from someone who is part of that case.
            auto party = m_ctx.db().prepare("SELECT 1 FROM case_person WHERE case_id = ? AND person_id = ?");
            if (!party)
                return party.error();
            (*party)->bind(1, id).bind(2, personId);
            LINTAS_ASSIGN(row, (*party)->step());
            (*party)->reset();
            if (!row)
                return validationError("consent.person", "is not part of this case");
        }
        auto st = m_ctx.db().prepare(
            "INSERT INTO consent(uuid, person_id, case_id, recipient_agency_code, recipient_country, purpose, scope, "
            "given_on, withdrawn_on, recorded_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return st.error();
        auto& s = **st;
        s.bind(1, c.uuid).bind(2, personId).bind(3, caseId).bind(4, c.recipientAgencyCode);
        s.bind(5, c.recipientCountry).bind(6, c.purpose).bind(7, detail::toJsonArray(c.scope)).bind(8, c.givenOn);
        s.bind(9, c.withdrawnOn).bind(10, c.recordedBy).bind(11, c.createdAt);
        if (auto done = s.exec(); !done) {
            Error e = done.error();
            if (e.code == ErrorCode::Duplicate)
                e.field = "consent.uuid";
            return e;
        }
        return m_ctx.record(audit::kCreate, "consent", c.uuid);
    });
    if (!written)
        return written.error();
    return c;
}

Status ConsentService::withdraw(const std::string& uuid, const std::string& onDate) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportWrite, "consent", uuid));
    LINTAS_TRY(detail::requireDate("consent.withdrawnOn", onDate));
    LINTAS_TRY(detail::checkPastDate("consent.withdrawnOn", onDate, m_ctx.today()));
    return detail::inTransaction(m_ctx.db(), [&]() -> Status {
        auto find = m_ctx.db().prepare("SELECT id, given_on, withdrawn_on FROM consent WHERE uuid = ?");
        if (!find)
            return find.error();
        (*find)->bind(1, uuid);
        LINTAS_ASSIGN(row, (*find)->step());
        if (!row)
            return Error{ErrorCode::NotFound, "consent.uuid", "no consent with that UUID"};
        const std::int64_t id = (*find)->int64(0);
        const std::string givenOn = (*find)->text(1);
        const bool withdrawn = !(*find)->isNull(2);
        (*find)->reset();
        // The first withdrawal date is what counts; a later one must not silently move it.
        if (withdrawn)
            return Error{ErrorCode::IllegalTransition, "consent.withdrawnOn", "the consent is already withdrawn"};
        if (onDate < givenOn)
            return validationError("consent.withdrawnOn", "lies before the consent was given");
        auto st = m_ctx.db().prepare("UPDATE consent SET withdrawn_on = ? WHERE id = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, onDate).bind(2, id);
        LINTAS_TRY((*st)->exec());
        return m_ctx.record(audit::kUpdate, "consent", uuid, "fields=withdrawnOn");
    });
}

Result<std::vector<Consent>> ConsentService::forPerson(const std::string& personUuid) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportRead, "consent", personUuid));
    auto personId = m_ctx.idOf("person", personUuid, "consent.person");
    if (!personId) {
        Error e = personId.error();
        if (e.code == ErrorCode::ForeignKey)
            e.code = ErrorCode::NotFound;
        return e;
    }
    auto st = m_ctx.db().prepare(
        "SELECT k.uuid, p.uuid, c.uuid, k.recipient_agency_code, k.recipient_country, k.purpose, k.scope, k.given_on, "
        "k.withdrawn_on, k.recorded_by, k.created_at FROM consent k JOIN person p ON p.id = k.person_id "
        "LEFT JOIN case_file c ON c.id = k.case_id WHERE k.person_id = ? ORDER BY k.given_on, k.id");
    if (!st)
        return st.error();
    (*st)->bind(1, *personId);
    std::vector<Consent> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        out.push_back(readConsent(**st));
    }
    return out;
}

}  // namespace lintas
