#include "lintas/service/CaseService.h"

#include "Support.h"

#include "lintas/Time.h"
#include "lintas/domain/Person.h"
#include "lintas/service/SearchService.h"

#include <cstdio>

namespace lintas {
namespace {

constexpr const char* kCaseColumns =
    "c.id, c.uuid, c.reference, c.title, c.status, c.summary, c.opened_on, c.closed_on, c.closure_reason, c.owner, "
    "c.tlp, c.handling_code, (SELECT uuid FROM organisation WHERE id = c.referring_org_id), c.incoming_referral_date, "
    "c.incoming_referral_reason, c.incoming_referral_details, c.referring_case_worker, "
    "(SELECT uuid FROM organisation WHERE id = c.referred_org_id), c.outgoing_referral_date, "
    "c.outgoing_referral_reason, c.outgoing_referral_details, c.referred_case_worker, "
    "(SELECT uuid FROM agency WHERE id = c.origin_agency_id), c.created_at, c.updated_at, c.version";

Case readCase(const store::Statement& st) {
    Case c;
    c.meta.uuid = st.text(1);
    c.reference = st.text(2);
    c.title = st.text(3);
    c.status = st.text(4);
    c.summary = st.text(5);
    c.openedOn = st.optText(6);
    c.closedOn = st.optText(7);
    c.closureReason = st.text(8);
    c.owner = st.text(9);
    c.tlp = st.text(10);
    c.handlingCode = st.text(11);
    c.referringOrganisation = st.optText(12);
    c.incomingReferralDate = st.optText(13);
    c.incomingReferralReason = st.optText(14);
    c.incomingReferralDetails = st.text(15);
    c.referringCaseWorker = st.text(16);
    c.referredOrganisation = st.optText(17);
    c.outgoingReferralDate = st.optText(18);
    c.outgoingReferralReason = st.optText(19);
    c.outgoingReferralDetails = st.text(20);
    c.referredCaseWorker = st.text(21);
    c.meta.originAgency = st.text(22);
    c.meta.createdAt = st.text(23);
    c.meta.updatedAt = st.text(24);
    c.meta.version = st.int64(25);
    return c;
}

bool isClosedStatus(const std::string& s) { return s == "Closed" || s == "ClosedReferred"; }

std::string changedFields(const Case& a, const Case& b) {
    detail::ChangedFields f;
    f.compare("reference", a.reference, b.reference);
    f.compare("title", a.title, b.title);
    f.compare("status", a.status, b.status);
    f.compare("exploitationForms", a.exploitationForms, b.exploitationForms);
    f.compare("countries", a.countries, b.countries);
    f.compare("summary", a.summary, b.summary);
    f.compare("openedOn", a.openedOn, b.openedOn);
    f.compare("closedOn", a.closedOn, b.closedOn);
    f.compare("closureReason", a.closureReason, b.closureReason);
    f.compare("owner", a.owner, b.owner);
    f.compare("tlp", a.tlp, b.tlp);
    f.compare("handlingCode", a.handlingCode, b.handlingCode);
    f.compare("referringOrganisation", a.referringOrganisation, b.referringOrganisation);
    f.compare("incomingReferralDate", a.incomingReferralDate, b.incomingReferralDate);
    f.compare("incomingReferralReason", a.incomingReferralReason, b.incomingReferralReason);
    f.compare("incomingReferralDetails", a.incomingReferralDetails, b.incomingReferralDetails);
    f.compare("referringCaseWorker", a.referringCaseWorker, b.referringCaseWorker);
    f.compare("referredOrganisation", a.referredOrganisation, b.referredOrganisation);
    f.compare("outgoingReferralDate", a.outgoingReferralDate, b.outgoingReferralDate);
    f.compare("outgoingReferralReason", a.outgoingReferralReason, b.outgoingReferralReason);
    f.compare("outgoingReferralDetails", a.outgoingReferralDetails, b.outgoingReferralDetails);
    f.compare("referredCaseWorker", a.referredCaseWorker, b.referredCaseWorker);
    return f.detail();
}

std::string changedFields(const VictimProfile& a, const VictimProfile& b) {
    detail::ChangedFields f;
    f.compare("traffickingStatus", a.traffickingStatus, b.traffickingStatus);
    f.compare("statusDecidedBy", a.statusDecidedBy, b.statusDecidedBy);
    f.compare("relationshipToTrafficker", a.relationshipToTrafficker, b.relationshipToTrafficker);
    f.compare("ageWhenTrafficked", a.ageWhenTrafficked, b.ageWhenTrafficked);
    f.compare("recruitmentMethods", a.recruitmentMethods, b.recruitmentMethods);
    f.compare("recruitmentApps", a.recruitmentApps, b.recruitmentApps);
    f.compare("recruitmentLocation", a.recruitmentLocation, b.recruitmentLocation);
    f.compare("controlMethods", a.controlMethods, b.controlMethods);
    f.compare("exploitationTypes", a.exploitationTypes, b.exploitationTypes);
    f.compare("sexExploitationTypes", a.sexExploitationTypes, b.sexExploitationTypes);
    f.compare("forcedLabourIndustry", a.forcedLabourIndustry, b.forcedLabourIndustry);
    f.compare("exploitationApps", a.exploitationApps, b.exploitationApps);
    f.compare("exploitationLocation", a.exploitationLocation, b.exploitationLocation);
    f.compare("identificationMethod", a.identificationMethod, b.identificationMethod);
    f.compare("identifiedOn", a.identifiedOn, b.identifiedOn);
    return f.detail();
}

std::string changedFields(const SuspectProfile& a, const SuspectProfile& b) {
    detail::ChangedFields f;
    f.compare("rolesInProcess", a.rolesInProcess, b.rolesInProcess);
    f.compare("roleDetails", a.roleDetails, b.roleDetails);
    f.compare("arrestStatus", a.arrestStatus, b.arrestStatus);
    f.compare("arrestedOn", a.arrestedOn, b.arrestedOn);
    f.compare("chargeStatus", a.chargeStatus, b.chargeStatus);
    f.compare("charges", a.charges, b.charges);
    f.compare("prosecutionStatus", a.prosecutionStatus, b.prosecutionStatus);
    return f.detail();
}

/// Audit detail of a record that belongs to a person's part in a case (party, profiles): the
/// record UUID is the case's, the person is named by UUID.
std::string partyDetail(const std::string& personUuid, const std::string& rest = {}) {
    std::string out = "person=" + personUuid;
    if (!rest.empty())
        out += " " + rest;
    return out;
}

}  // namespace

using security::Permission;
namespace audit = security::audit;

Status CaseService::validate(const Case& c, const std::string& today) {
    LINTAS_TRY(detail::requireText("case.title", c.title, 300));
    LINTAS_TRY(detail::requireCode("case.status", vocab::List::CaseStatus, c.status));
    LINTAS_TRY(detail::checkCodes("case.exploitationForms", vocab::List::ExploitationType, c.exploitationForms));
    LINTAS_TRY(detail::checkCountries("case.countries", c.countries));
    LINTAS_TRY(detail::checkText("case.summary", c.summary));
    LINTAS_TRY(detail::checkPastDate("case.openedOn", c.openedOn, today));
    LINTAS_TRY(detail::checkPastDate("case.closedOn", c.closedOn, today));
    if (c.openedOn && c.closedOn && *c.closedOn < *c.openedOn)
        return validationError("case.closedOn", "is before the date the case was opened");
    if (c.closedOn && !isClosedStatus(c.status))
        return validationError("case.closedOn", "is set but the status is not closed");
    LINTAS_TRY(detail::checkText("case.closureReason", c.closureReason, 10000));
    LINTAS_TRY(detail::checkText("case.owner", c.owner, 200));
    LINTAS_TRY(detail::requireCode("case.tlp", vocab::List::Tlp, c.tlp));
    LINTAS_TRY(detail::requireCode("case.handlingCode", vocab::List::HandlingCode, c.handlingCode));
    LINTAS_TRY(detail::checkDate("case.incomingReferralDate", c.incomingReferralDate));
    LINTAS_TRY(detail::checkCode("case.incomingReferralReason", vocab::List::ReferralReason, c.incomingReferralReason));
    LINTAS_TRY(detail::checkText("case.incomingReferralDetails", c.incomingReferralDetails, 10000));
    LINTAS_TRY(detail::checkText("case.referringCaseWorker", c.referringCaseWorker, 200));
    LINTAS_TRY(detail::checkDate("case.outgoingReferralDate", c.outgoingReferralDate));
    LINTAS_TRY(detail::checkCode("case.outgoingReferralReason", vocab::List::ReferralReason, c.outgoingReferralReason));
    LINTAS_TRY(detail::checkText("case.outgoingReferralDetails", c.outgoingReferralDetails, 10000));
    LINTAS_TRY(detail::checkText("case.referredCaseWorker", c.referredCaseWorker, 200));
    if (!c.reference.empty()) {
        LINTAS_TRY(detail::checkText("case.reference", c.reference, 64));
        for (char ch : c.reference)
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '/'))
                return validationError("case.reference", "may only hold upper-case letters, digits, '-', '_' and '/'");
    }
    return {};
}

Result<std::string> CaseService::nextReference(const std::string& openedOn) {
    // COUNTRY-AGENCY-YEAR-NNNNNN, numbered per agency and year; the counter row makes numbers
    // unique even after deletions.
    auto agency = m_ctx.db().prepare("SELECT country, code FROM agency WHERE id = ?");
    if (!agency)
        return agency.error();
    (*agency)->bind(1, m_ctx.localAgencyId());
    LINTAS_ASSIGN(found, (*agency)->step());
    if (!found)
        return Error{ErrorCode::NotFound, "agency", "no local agency"};
    const std::string prefix = (*agency)->text(0) + "-" + (*agency)->text(1);
    (*agency)->reset();
    const int year = std::stoi(openedOn.substr(0, 4));

    auto bump = m_ctx.db().prepare(
        "INSERT INTO reference_counter(prefix, year, next) VALUES (?, ?, 2) "
        "ON CONFLICT(prefix, year) DO UPDATE SET next = next + 1 RETURNING next - 1");
    if (!bump)
        return bump.error();
    (*bump)->bind(1, prefix).bind(2, year);
    LINTAS_ASSIGN(row, (*bump)->step());
    if (!row)
        return Error{ErrorCode::Internal, "case.reference", "counter returned no row"};
    const auto number = (*bump)->int64(0);
    (*bump)->reset();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%06lld", static_cast<long long>(number));
    return prefix + "-" + std::to_string(year) + "-" + buf;
}

Status CaseService::writeChildren(std::int64_t caseId, const Case& c) {
    auto& db = m_ctx.db();
    {
        auto del = db.prepare("DELETE FROM case_exploitation WHERE case_id = ?");
        if (!del)
            return del.error();
        (*del)->bind(1, caseId);
        LINTAS_TRY((*del)->exec());
        auto del2 = db.prepare("DELETE FROM case_country WHERE case_id = ?");
        if (!del2)
            return del2.error();
        (*del2)->bind(1, caseId);
        LINTAS_TRY((*del2)->exec());
    }
    for (const auto& form : c.exploitationForms) {
        auto st = db.prepare("INSERT INTO case_exploitation(case_id, form) VALUES (?, ?)");
        if (!st)
            return st.error();
        (*st)->bind(1, caseId).bind(2, form);
        LINTAS_TRY((*st)->exec());
    }
    for (const auto& country : c.countries) {
        auto st = db.prepare("INSERT INTO case_country(case_id, country) VALUES (?, ?)");
        if (!st)
            return st.error();
        (*st)->bind(1, caseId).bind(2, country);
        LINTAS_TRY((*st)->exec());
    }
    return {};
}

Result<Case> CaseService::create(Case c) {
    LINTAS_TRY(m_ctx.require(Permission::CaseWrite, "case", c.meta.uuid));
    const std::string today = m_ctx.today();
    LINTAS_TRY(validate(c, today));
    std::optional<std::int64_t> referringOrg, referredOrg;
    if (c.referringOrganisation) {
        LINTAS_ASSIGN(id, m_ctx.idOf("organisation", *c.referringOrganisation, "case.referringOrganisation"));
        referringOrg = id;
    }
    if (c.referredOrganisation) {
        LINTAS_ASSIGN(id, m_ctx.idOf("organisation", *c.referredOrganisation, "case.referredOrganisation"));
        referredOrg = id;
    }
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    if (c.reference.empty()) {
        LINTAS_ASSIGN(ref, nextReference(c.openedOn.value_or(today)));
        c.reference = ref;
    }
    if (c.meta.uuid.empty())
        c.meta.uuid = m_ctx.newUuid();
    c.meta.createdAt = c.meta.updatedAt = m_ctx.now();
    c.meta.version = 1;
    c.meta.originAgency = m_ctx.localAgencyUuid();
    auto st = m_ctx.db().prepare(
        "INSERT INTO case_file(uuid, reference, title, status, summary, opened_on, closed_on, closure_reason, owner, "
        "tlp, handling_code, referring_org_id, incoming_referral_date, incoming_referral_reason, "
        "incoming_referral_details, referring_case_worker, referred_org_id, outgoing_referral_date, "
        "outgoing_referral_reason, outgoing_referral_details, referred_case_worker, origin_agency_id, created_at, "
        "updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, c.meta.uuid).bind(2, c.reference).bind(3, c.title).bind(4, c.status).bind(5, c.summary);
    s.bind(6, c.openedOn).bind(7, c.closedOn).bind(8, c.closureReason).bind(9, c.owner).bind(10, c.tlp);
    s.bind(11, c.handlingCode).bind(12, referringOrg).bind(13, c.incomingReferralDate);
    s.bind(14, c.incomingReferralReason).bind(15, c.incomingReferralDetails).bind(16, c.referringCaseWorker);
    s.bind(17, referredOrg).bind(18, c.outgoingReferralDate).bind(19, c.outgoingReferralReason);
    s.bind(20, c.outgoingReferralDetails).bind(21, c.referredCaseWorker).bind(22, m_ctx.localAgencyId());
    s.bind(23, c.meta.createdAt).bind(24, c.meta.updatedAt);
    if (auto r = s.exec(); !r) {
        Error e = r.error();
        if (e.code == ErrorCode::Duplicate)
            e.field = "case.reference";
        return e;
    }
    LINTAS_TRY(writeChildren(m_ctx.db().lastInsertRowId(), c));
    LINTAS_TRY(m_ctx.record(audit::kCreate, "case", c.meta.uuid));
    LINTAS_TRY(tx.commit());
    return c;
}

Result<Case> CaseService::update(const Case& c) {
    LINTAS_TRY(m_ctx.require(Permission::CaseWrite, "case", c.meta.uuid));
    LINTAS_TRY(validate(c, m_ctx.today()));
    LINTAS_ASSIGN(id, m_ctx.idOf("case_file", c.meta.uuid, "case.uuid"));
    std::optional<std::int64_t> referringOrg, referredOrg;
    if (c.referringOrganisation) {
        LINTAS_ASSIGN(org, m_ctx.idOf("organisation", *c.referringOrganisation, "case.referringOrganisation"));
        referringOrg = org;
    }
    if (c.referredOrganisation) {
        LINTAS_ASSIGN(org, m_ctx.idOf("organisation", *c.referredOrganisation, "case.referredOrganisation"));
        referredOrg = org;
    }
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_ASSIGN(before, load(id));
    auto st = m_ctx.db().prepare(
        "UPDATE case_file SET reference = ?, title = ?, status = ?, summary = ?, opened_on = ?, closed_on = ?, "
        "closure_reason = ?, owner = ?, tlp = ?, handling_code = ?, referring_org_id = ?, incoming_referral_date = ?, "
        "incoming_referral_reason = ?, incoming_referral_details = ?, referring_case_worker = ?, referred_org_id = ?, "
        "outgoing_referral_date = ?, outgoing_referral_reason = ?, outgoing_referral_details = ?, "
        "referred_case_worker = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?");
    if (!st)
        return st.error();
    auto& s = **st;
    const std::string reference = c.reference.empty() ? std::string() : c.reference;
    if (reference.empty())
        return validationError("case.reference", "must not be empty");
    s.bind(1, reference).bind(2, c.title).bind(3, c.status).bind(4, c.summary).bind(5, c.openedOn);
    s.bind(6, c.closedOn).bind(7, c.closureReason).bind(8, c.owner).bind(9, c.tlp).bind(10, c.handlingCode);
    s.bind(11, referringOrg).bind(12, c.incomingReferralDate).bind(13, c.incomingReferralReason);
    s.bind(14, c.incomingReferralDetails).bind(15, c.referringCaseWorker).bind(16, referredOrg);
    s.bind(17, c.outgoingReferralDate).bind(18, c.outgoingReferralReason).bind(19, c.outgoingReferralDetails);
    s.bind(20, c.referredCaseWorker).bind(21, m_ctx.now()).bind(22, id).bind(23, c.meta.version);
    if (auto r = s.exec(); !r) {
        Error e = r.error();
        if (e.code == ErrorCode::Duplicate)
            e.field = "case.reference";
        return e;
    }
    if (m_ctx.db().changes() == 0)
        return Error{ErrorCode::Conflict, "case", "the case was changed by someone else since it was loaded"};
    LINTAS_TRY(writeChildren(id, c));
    LINTAS_ASSIGN(after, load(id));
    LINTAS_TRY(m_ctx.record(audit::kUpdate, "case", after.meta.uuid, changedFields(before, after)));
    LINTAS_TRY(tx.commit());
    return after;
}

Result<Case> CaseService::load(std::int64_t id) {
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kCaseColumns + " FROM case_file c WHERE c.id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    LINTAS_ASSIGN(row, (*st)->step());
    if (!row)
        return Error{ErrorCode::NotFound, "case", "no such case"};
    Case c = readCase(**st);
    (*st)->reset();
    auto forms = m_ctx.db().prepare("SELECT form FROM case_exploitation WHERE case_id = ? ORDER BY form");
    if (!forms)
        return forms.error();
    (*forms)->bind(1, id);
    while (true) {
        LINTAS_ASSIGN(more, (*forms)->step());
        if (!more)
            break;
        c.exploitationForms.push_back((*forms)->text(0));
    }
    auto countries = m_ctx.db().prepare("SELECT country FROM case_country WHERE case_id = ? ORDER BY country");
    if (!countries)
        return countries.error();
    (*countries)->bind(1, id);
    while (true) {
        LINTAS_ASSIGN(more, (*countries)->step());
        if (!more)
            break;
        c.countries.push_back((*countries)->text(0));
    }
    return c;
}

Result<Case> CaseService::get(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "case", uuid));
    return loadByUuid(uuid);
}

Result<Case> CaseService::loadByUuid(const std::string& uuid) {
    auto id = m_ctx.idOf("case_file", uuid, "case.uuid");
    if (!id && id.error().code == ErrorCode::ForeignKey)
        return Error{ErrorCode::NotFound, "case.uuid", "no case with that UUID"};
    if (!id)
        return id.error();
    return load(*id);
}

Result<Case> CaseService::getByReference(const std::string& reference) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "case"));
    return loadByReference(reference);
}

Result<Case> CaseService::loadByReference(const std::string& reference) {
    auto st = m_ctx.db().prepare("SELECT id FROM case_file WHERE reference = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, reference);
    LINTAS_ASSIGN(row, (*st)->step());
    if (!row)
        return Error{ErrorCode::NotFound, "case.reference", "no case with that reference"};
    const auto id = (*st)->int64(0);
    (*st)->reset();
    return load(id);
}

Result<Case> CaseService::find(const std::string& key) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "case", isUuid(key) ? key : std::string()));
    return isUuid(key) ? loadByUuid(key) : loadByReference(key);
}

namespace {

/// Builds the WHERE clause and its bindings for a case query.
struct CaseFilter {
    std::string where;
    std::vector<std::string> binds;
};

CaseFilter buildFilter(const CaseQuery& q) {
    CaseFilter f;
    auto add = [&](const char* clause, const std::string& value) {
        f.where += f.where.empty() ? " WHERE " : " AND ";
        f.where += clause;
        f.binds.push_back(value);
    };
    if (q.status)
        add("c.status = ?", *q.status);
    if (q.owner)
        add("c.owner = ?", *q.owner);
    if (q.tlp)
        add("c.tlp = ?", *q.tlp);
    if (q.openedFrom)
        add("c.opened_on >= ?", *q.openedFrom);
    if (q.openedTo)
        add("c.opened_on <= ?", *q.openedTo);
    if (q.country)
        add("EXISTS (SELECT 1 FROM case_country cc WHERE cc.case_id = c.id AND cc.country = ?)", *q.country);
    if (q.exploitationForm)
        add("EXISTS (SELECT 1 FROM case_exploitation ce WHERE ce.case_id = c.id AND ce.form = ?)",
            *q.exploitationForm);
    if (!q.text.empty()) {
        const std::string match = SearchService::toMatchExpression(q.text);
        // An expression with no token matches nothing rather than everything.
        add("c.id IN (SELECT rowid / 8 FROM search_index WHERE search_index MATCH ? AND kind = 'case')",
            match.empty() ? std::string("\"\"") : match);
    }
    return f;
}

const char* sortColumn(CaseQuery::Sort s) {
    switch (s) {
    case CaseQuery::Sort::UpdatedAt: return "c.updated_at";
    case CaseQuery::Sort::Reference: return "c.reference";
    case CaseQuery::Sort::Title: return "c.title";
    case CaseQuery::Sort::CaseStatus: return "c.status";
    case CaseQuery::Sort::OpenedOn: return "c.opened_on";
    case CaseQuery::Sort::Owner: return "c.owner";
    case CaseQuery::Sort::Tlp: return "c.tlp";
    }
    return "c.updated_at";
}

}  // namespace

Result<std::vector<CaseSummary>> CaseService::list(const CaseQuery& q) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "case"));
    const CaseFilter f = buildFilter(q);
    const std::string dir = q.descending ? " DESC" : " ASC";
    // The id tie-break keeps paging stable when many rows share the sort value.
    std::string sql =
        "SELECT c.uuid, c.reference, c.title, c.status, c.tlp, c.handling_code, c.owner, c.opened_on, c.updated_at, "
        "(SELECT count(*) FROM case_person p WHERE p.case_id = c.id AND p.role = 'Victim'), "
        "(SELECT count(*) FROM case_person p WHERE p.case_id = c.id AND p.role = 'Suspect') "
        "FROM case_file c" +
        f.where + " ORDER BY " + sortColumn(q.sort) + dir + ", c.id" + dir + " LIMIT ? OFFSET ?";
    auto st = m_ctx.db().prepare(sql);
    if (!st)
        return st.error();
    int i = 1;
    for (const auto& b : f.binds)
        (*st)->bind(i++, b);
    (*st)->bind(i, q.limit < 0 ? std::int64_t{-1} : q.limit);
    (*st)->bind(i + 1, std::max<std::int64_t>(0, q.offset));
    std::vector<CaseSummary> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        CaseSummary s;
        s.uuid = (*st)->text(0);
        s.reference = (*st)->text(1);
        s.title = (*st)->text(2);
        s.status = (*st)->text(3);
        s.tlp = (*st)->text(4);
        s.handlingCode = (*st)->text(5);
        s.owner = (*st)->text(6);
        s.openedOn = (*st)->optText(7);
        s.updatedAt = (*st)->text(8);
        s.victimCount = (*st)->int32(9);
        s.suspectCount = (*st)->int32(10);
        out.push_back(std::move(s));
    }
    return out;
}

Result<std::int64_t> CaseService::count(const CaseQuery& q) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "case"));
    const CaseFilter f = buildFilter(q);
    auto st = m_ctx.db().prepare("SELECT count(*) FROM case_file c" + f.where);
    if (!st)
        return st.error();
    int i = 1;
    for (const auto& b : f.binds)
        (*st)->bind(i++, b);
    LINTAS_ASSIGN(row, (*st)->step());
    const auto n = row ? (*st)->int64(0) : 0;
    (*st)->reset();
    return n;
}

Status CaseService::addParty(const std::string& caseUuid, const std::string& personUuid, const std::string& role,
                             const std::string& roleDetails) {
    LINTAS_TRY(m_ctx.require(Permission::CaseWrite, "case-party", caseUuid));
    LINTAS_TRY(detail::requireCode("party.role", vocab::List::PersonRole, role));
    LINTAS_TRY(detail::checkText("party.roleDetails", roleDetails, 10000));
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", caseUuid, "party.case"));
    LINTAS_ASSIGN(personId, m_ctx.idOf("person", personUuid, "party.person"));
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    auto st = m_ctx.db().prepare(
        "INSERT INTO case_person(case_id, person_id, role, role_details, added_at) VALUES (?,?,?,?,?)");
    if (!st)
        return st.error();
    (*st)->bind(1, caseId).bind(2, personId).bind(3, role).bind(4, roleDetails).bind(5, m_ctx.now());
    if (auto r = (*st)->exec(); !r) {
        Error e = r.error();
        if (e.code == ErrorCode::Duplicate) {
            e.field = "party.role";
            e.detail = "the person already has this role in the case";
        }
        return e;
    }
    auto touch = m_ctx.db().prepare("UPDATE case_file SET updated_at = ? WHERE id = ?");
    if (!touch)
        return touch.error();
    (*touch)->bind(1, m_ctx.now()).bind(2, caseId);
    LINTAS_TRY((*touch)->exec());
    LINTAS_TRY(m_ctx.record(audit::kCreate, "case-party", caseUuid, partyDetail(personUuid, "role=" + role)));
    return tx.commit();
}

Status CaseService::removeParty(const std::string& caseUuid, const std::string& personUuid, const std::string& role) {
    LINTAS_TRY(m_ctx.require(Permission::CaseWrite, "case-party", caseUuid));
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", caseUuid, "party.case"));
    LINTAS_ASSIGN(personId, m_ctx.idOf("person", personUuid, "party.person"));
    return detail::inTransaction(m_ctx.db(), [&]() -> Status {
        auto st = m_ctx.db().prepare("DELETE FROM case_person WHERE case_id = ? AND person_id = ? AND role = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, caseId).bind(2, personId).bind(3, role);
        LINTAS_TRY((*st)->exec());
        if (m_ctx.db().changes() == 0)
            return Error{ErrorCode::NotFound, "party.role", "the person has no such role in the case"};
        // A profile belongs to the role: drop it with the role.
        const char* profileTable = role == "Victim" ? "victim_profile" : role == "Suspect" ? "suspect_profile" : nullptr;
        if (profileTable) {
            auto del = m_ctx.db().prepare(std::string("DELETE FROM ") + profileTable +
                                          " WHERE case_id = ? AND person_id = ?");
            if (!del)
                return del.error();
            (*del)->bind(1, caseId).bind(2, personId);
            LINTAS_TRY((*del)->exec());
            if (m_ctx.db().changes() > 0)
                LINTAS_TRY(m_ctx.record(audit::kDelete, role == "Victim" ? "victim-profile" : "suspect-profile",
                                        caseUuid, partyDetail(personUuid)));
        }
        return m_ctx.record(audit::kDelete, "case-party", caseUuid, partyDetail(personUuid, "role=" + role));
    });
}

namespace {
/// Reads party rows; column 7 tells whether the person is a victim in any case, whose name is
/// then masked unless `plain`.
Result<std::vector<CaseParty>> readParties(store::Statement& st, bool plain) {
    std::vector<CaseParty> out;
    while (true) {
        LINTAS_ASSIGN(row, st.step());
        if (!row)
            break;
        CaseParty p;
        p.caseUuid = st.text(0);
        p.personUuid = st.text(1);
        p.role = st.text(2);
        p.roleDetails = st.text(3);
        p.addedAt = st.text(4);
        p.personName = (!plain && st.int64(7) != 0) ? std::string(kMaskedName) : st.text(5);
        p.caseReference = st.text(6);
        out.push_back(std::move(p));
    }
    return out;
}

std::string partySelect() {
    return "SELECT c.uuid, p.uuid, cp.role, cp.role_details, cp.added_at, "
           "trim(p.given_names || CASE WHEN p.middle_name <> '' THEN ' ' || p.middle_name ELSE '' END || ' ' || "
           "p.family_name), c.reference, " +
           detail::isVictimSql("p.id") +
           " FROM case_person cp JOIN case_file c ON c.id = cp.case_id JOIN person p ON p.id = cp.person_id ";
}
}  // namespace

Result<std::vector<CaseParty>> CaseService::parties(const std::string& caseUuid) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "case", caseUuid));
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", caseUuid, "case.uuid"));
    auto st = m_ctx.db().prepare(partySelect() +
                                 "WHERE cp.case_id = ? ORDER BY CASE cp.role WHEN 'Victim' THEN 0 WHEN 'Suspect' THEN 1 "
                                 "WHEN 'Witness' THEN 2 ELSE 3 END, p.family_name, p.given_names");
    if (!st)
        return st.error();
    (*st)->bind(1, caseId);
    return readParties(**st, detail::unmasked(m_ctx));
}

Result<std::vector<CaseParty>> CaseService::rolesOf(const std::string& personUuid) {
    LINTAS_TRY(m_ctx.require(Permission::CaseRead, "person", personUuid));
    LINTAS_ASSIGN(personId, m_ctx.idOf("person", personUuid, "person.uuid"));
    auto st = m_ctx.db().prepare(partySelect() + "WHERE cp.person_id = ? ORDER BY c.opened_on DESC, c.id");
    if (!st)
        return st.error();
    (*st)->bind(1, personId);
    return readParties(**st, detail::unmasked(m_ctx));
}

Status CaseService::requireRole(std::int64_t caseId, std::int64_t personId, const char* role, const char* field) {
    LINTAS_ASSIGN(holds, detail::hasRole(m_ctx.db(), caseId, personId, role));
    if (!holds)
        return validationError(field, std::string("the person is not a ") + role + " in this case");
    return {};
}

Status CaseService::validate(const VictimProfile& p) {
    LINTAS_TRY(detail::checkCode("victim.traffickingStatus", vocab::List::TraffickingStatus, p.traffickingStatus));
    LINTAS_TRY(detail::checkCode("victim.statusDecidedBy", vocab::List::DecisionMakingOrg, p.statusDecidedBy));
    LINTAS_TRY(detail::checkCode("victim.relationshipToTrafficker", vocab::List::RelationshipToTrafficker,
                                 p.relationshipToTrafficker));
    if (p.ageWhenTrafficked && (*p.ageWhenTrafficked < 0 || *p.ageWhenTrafficked > 130))
        return validationError("victim.ageWhenTrafficked", "must lie between 0 and 130");
    LINTAS_TRY(detail::checkCodes("victim.recruitmentMethods", vocab::List::RecruitmentMethod, p.recruitmentMethods));
    LINTAS_TRY(detail::checkCodes("victim.recruitmentApps", vocab::List::WebsiteOrApp, p.recruitmentApps));
    LINTAS_TRY(detail::checkCodes("victim.controlMethods", vocab::List::ControlMethod, p.controlMethods));
    LINTAS_TRY(detail::checkCodes("victim.exploitationTypes", vocab::List::ExploitationType, p.exploitationTypes));
    LINTAS_TRY(detail::checkCodes("victim.sexExploitationTypes", vocab::List::SexExploitationType,
                                  p.sexExploitationTypes));
    LINTAS_TRY(detail::checkCode("victim.forcedLabourIndustry", vocab::List::ForcedLabourIndustry,
                                 p.forcedLabourIndustry));
    LINTAS_TRY(detail::checkCodes("victim.exploitationApps", vocab::List::WebsiteOrApp, p.exploitationApps));
    LINTAS_TRY(detail::checkCode("victim.identificationMethod", vocab::List::IdentificationMethod,
                                 p.identificationMethod));
    LINTAS_TRY(detail::checkDate("victim.identifiedOn", p.identifiedOn));
    return {};
}

Status CaseService::setVictimProfile(const VictimProfile& p) {
    LINTAS_TRY(m_ctx.require(Permission::VictimProfileWrite, "victim-profile", p.caseUuid));
    LINTAS_TRY(validate(p));
    if (p.identifiedOn && *p.identifiedOn > m_ctx.today())
        return validationError("victim.identifiedOn", "lies in the future");
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", p.caseUuid, "victim.case"));
    LINTAS_ASSIGN(personId, m_ctx.idOf("person", p.personUuid, "victim.person"));
    LINTAS_TRY(requireRole(caseId, personId, "Victim", "victim.person"));
    std::optional<std::int64_t> recruitOrg, exploitOrg;
    if (p.recruitmentLocation) {
        LINTAS_ASSIGN(org, m_ctx.idOf("organisation", *p.recruitmentLocation, "victim.recruitmentLocation"));
        recruitOrg = org;
    }
    if (p.exploitationLocation) {
        LINTAS_ASSIGN(org, m_ctx.idOf("organisation", *p.exploitationLocation, "victim.exploitationLocation"));
        exploitOrg = org;
    }
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_ASSIGN(before, readVictimProfile(caseId, personId, p.caseUuid, p.personUuid));
    auto st = m_ctx.db().prepare(
        "INSERT OR REPLACE INTO victim_profile(case_id, person_id, trafficking_status, status_decided_by, "
        "relationship_to_trafficker, age_when_trafficked, recruitment_methods, recruitment_apps, "
        "recruitment_location_org_id, control_methods, exploitation_types, sex_exploitation_types, "
        "forced_labour_industry, exploitation_apps, exploitation_location_org_id, identification_method, "
        "identified_on, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, caseId).bind(2, personId).bind(3, p.traffickingStatus).bind(4, p.statusDecidedBy);
    s.bind(5, p.relationshipToTrafficker).bind(6, p.ageWhenTrafficked);
    s.bind(7, detail::toJsonArray(p.recruitmentMethods)).bind(8, detail::toJsonArray(p.recruitmentApps));
    s.bind(9, recruitOrg).bind(10, detail::toJsonArray(p.controlMethods));
    s.bind(11, detail::toJsonArray(p.exploitationTypes)).bind(12, detail::toJsonArray(p.sexExploitationTypes));
    s.bind(13, p.forcedLabourIndustry).bind(14, detail::toJsonArray(p.exploitationApps)).bind(15, exploitOrg);
    s.bind(16, p.identificationMethod).bind(17, p.identifiedOn).bind(18, m_ctx.now());
    LINTAS_TRY(s.exec());
    LINTAS_ASSIGN(after, readVictimProfile(caseId, personId, p.caseUuid, p.personUuid));
    if (!after)
        return Error{ErrorCode::Internal, "victim", "the stored profile cannot be read back"};
    if (before)
        LINTAS_TRY(m_ctx.record(audit::kUpdate, "victim-profile", p.caseUuid,
                                partyDetail(p.personUuid, changedFields(*before, *after))));
    else
        LINTAS_TRY(m_ctx.record(audit::kCreate, "victim-profile", p.caseUuid, partyDetail(p.personUuid)));
    return tx.commit();
}

Result<std::optional<VictimProfile>> CaseService::victimProfile(const std::string& caseUuid,
                                                                const std::string& personUuid) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportRead, "victim-profile", caseUuid));
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", caseUuid, "victim.case"));
    LINTAS_ASSIGN(personId, m_ctx.idOf("person", personUuid, "victim.person"));
    return readVictimProfile(caseId, personId, caseUuid, personUuid);
}

Result<std::optional<VictimProfile>> CaseService::readVictimProfile(std::int64_t caseId, std::int64_t personId,
                                                                    const std::string& caseUuid,
                                                                    const std::string& personUuid) {
    auto st = m_ctx.db().prepare(
        "SELECT trafficking_status, status_decided_by, relationship_to_trafficker, age_when_trafficked, "
        "recruitment_methods, recruitment_apps, (SELECT uuid FROM organisation WHERE id = recruitment_location_org_id), "
        "control_methods, exploitation_types, sex_exploitation_types, forced_labour_industry, exploitation_apps, "
        "(SELECT uuid FROM organisation WHERE id = exploitation_location_org_id), identification_method, "
        "identified_on, updated_at FROM victim_profile WHERE case_id = ? AND person_id = ?");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, caseId).bind(2, personId);
    LINTAS_ASSIGN(row, s.step());
    if (!row)
        return std::optional<VictimProfile>{};
    VictimProfile p;
    p.caseUuid = caseUuid;
    p.personUuid = personUuid;
    p.traffickingStatus = s.optText(0);
    p.statusDecidedBy = s.optText(1);
    p.relationshipToTrafficker = s.optText(2);
    p.ageWhenTrafficked = s.optInt(3);
    p.recruitmentMethods = detail::codesAt(s, 4);
    p.recruitmentApps = detail::codesAt(s, 5);
    p.recruitmentLocation = s.optText(6);
    p.controlMethods = detail::codesAt(s, 7);
    p.exploitationTypes = detail::codesAt(s, 8);
    p.sexExploitationTypes = detail::codesAt(s, 9);
    p.forcedLabourIndustry = s.optText(10);
    p.exploitationApps = detail::codesAt(s, 11);
    p.exploitationLocation = s.optText(12);
    p.identificationMethod = s.optText(13);
    p.identifiedOn = s.optText(14);
    p.updatedAt = s.text(15);
    s.reset();
    return std::optional<VictimProfile>(std::move(p));
}

Status CaseService::validate(const SuspectProfile& p) {
    LINTAS_TRY(detail::checkCodes("suspect.rolesInProcess", vocab::List::RoleInProcess, p.rolesInProcess));
    LINTAS_TRY(detail::checkText("suspect.roleDetails", p.roleDetails, 10000));
    LINTAS_TRY(detail::requireCode("suspect.arrestStatus", vocab::List::ArrestStatus, p.arrestStatus));
    LINTAS_TRY(detail::checkDate("suspect.arrestedOn", p.arrestedOn));
    LINTAS_TRY(detail::requireCode("suspect.chargeStatus", vocab::List::ChargeStatus, p.chargeStatus));
    LINTAS_TRY(detail::checkText("suspect.charges", p.charges, 10000));
    LINTAS_TRY(detail::requireCode("suspect.prosecutionStatus", vocab::List::ProsecutionStatus, p.prosecutionStatus));
    return {};
}

Status CaseService::setSuspectProfile(const SuspectProfile& p) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceWrite, "suspect-profile", p.caseUuid));
    LINTAS_TRY(validate(p));
    if (p.arrestedOn && *p.arrestedOn > m_ctx.today())
        return validationError("suspect.arrestedOn", "lies in the future");
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", p.caseUuid, "suspect.case"));
    LINTAS_ASSIGN(personId, m_ctx.idOf("person", p.personUuid, "suspect.person"));
    LINTAS_TRY(requireRole(caseId, personId, "Suspect", "suspect.person"));
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_ASSIGN(before, readSuspectProfile(caseId, personId, p.caseUuid, p.personUuid));
    auto st = m_ctx.db().prepare(
        "INSERT OR REPLACE INTO suspect_profile(case_id, person_id, roles_in_process, role_details, arrest_status, "
        "arrested_on, charge_status, charges, prosecution_status, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, caseId).bind(2, personId).bind(3, detail::toJsonArray(p.rolesInProcess)).bind(4, p.roleDetails);
    s.bind(5, p.arrestStatus).bind(6, p.arrestedOn).bind(7, p.chargeStatus).bind(8, p.charges);
    s.bind(9, p.prosecutionStatus).bind(10, m_ctx.now());
    LINTAS_TRY(s.exec());
    LINTAS_ASSIGN(after, readSuspectProfile(caseId, personId, p.caseUuid, p.personUuid));
    if (!after)
        return Error{ErrorCode::Internal, "suspect", "the stored profile cannot be read back"};
    if (before)
        LINTAS_TRY(m_ctx.record(audit::kUpdate, "suspect-profile", p.caseUuid,
                                partyDetail(p.personUuid, changedFields(*before, *after))));
    else
        LINTAS_TRY(m_ctx.record(audit::kCreate, "suspect-profile", p.caseUuid, partyDetail(p.personUuid)));
    return tx.commit();
}

Result<std::optional<SuspectProfile>> CaseService::suspectProfile(const std::string& caseUuid,
                                                                  const std::string& personUuid) {
    LINTAS_TRY(m_ctx.require(Permission::IntelligenceRead, "suspect-profile", caseUuid));
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", caseUuid, "suspect.case"));
    LINTAS_ASSIGN(personId, m_ctx.idOf("person", personUuid, "suspect.person"));
    return readSuspectProfile(caseId, personId, caseUuid, personUuid);
}

Result<std::optional<SuspectProfile>> CaseService::readSuspectProfile(std::int64_t caseId, std::int64_t personId,
                                                                      const std::string& caseUuid,
                                                                      const std::string& personUuid) {
    auto st = m_ctx.db().prepare(
        "SELECT roles_in_process, role_details, arrest_status, arrested_on, charge_status, charges, "
        "prosecution_status, updated_at FROM suspect_profile WHERE case_id = ? AND person_id = ?");
    if (!st)
        return st.error();
    auto& s = **st;
    s.bind(1, caseId).bind(2, personId);
    LINTAS_ASSIGN(row, s.step());
    if (!row)
        return std::optional<SuspectProfile>{};
    SuspectProfile p;
    p.caseUuid = caseUuid;
    p.personUuid = personUuid;
    p.rolesInProcess = detail::codesAt(s, 0);
    p.roleDetails = s.text(1);
    p.arrestStatus = s.text(2);
    p.arrestedOn = s.optText(3);
    p.chargeStatus = s.text(4);
    p.charges = s.text(5);
    p.prosecutionStatus = s.text(6);
    p.updatedAt = s.text(7);
    s.reset();
    return std::optional<SuspectProfile>(std::move(p));
}

}  // namespace lintas
