#include "lintas/service/ReferralService.h"

#include "Support.h"

#include "lintas/domain/Person.h"

#include <string>

namespace lintas {
namespace {

constexpr const char* kSelect =
    "SELECT r.uuid, c.uuid, p.uuid, r.service, o.uuid, r.officer, r.status, r.due_date, r.outcome, r.notes, "
    "r.requested_at, r.accepted_at, r.started_at, r.completed_at, r.declined_at, r.cancelled_at, r.created_at, "
    "r.updated_at, r.version, p.given_names, p.middle_name, p.family_name, o.name, c.reference "
    "FROM referral r JOIN case_file c ON c.id = r.case_id JOIN person p ON p.id = r.victim_id "
    "LEFT JOIN organisation o ON o.id = r.provider_org_id";

/// The column of the time stamp a move into `status` sets.
const char* stampField(const std::string& status) {
    if (status == "Accepted")
        return "acceptedAt";
    if (status == "InProgress")
        return "startedAt";
    if (status == "Completed")
        return "completedAt";
    if (status == "Declined")
        return "declinedAt";
    if (status == "Cancelled")
        return "cancelledAt";
    return nullptr;
}

// Finished referrals are never overdue; this must match referral_rules::isTerminal and the
// partial index referral_open_due so the overdue queries can use it.
constexpr const char* kOpen = "r.status NOT IN ('Completed', 'Declined', 'Cancelled')";

/// A referral row; the victim's name is kMaskedName unless `plain` (a referral's person is always
/// a victim, so always masked outside a delegation; docs/security.md, "Masking").
Referral readReferral(const store::Statement& s, bool plain) {
    Referral r;
    r.uuid = s.text(0);
    r.caseUuid = s.text(1);
    r.victimUuid = s.text(2);
    r.service = s.text(3);
    r.providerUuid = s.optText(4);
    r.officer = s.text(5);
    r.status = s.text(6);
    r.dueDate = s.optText(7);
    r.outcome = s.text(8);
    r.notes = s.text(9);
    r.requestedAt = s.text(10);
    r.acceptedAt = s.optText(11);
    r.startedAt = s.optText(12);
    r.completedAt = s.optText(13);
    r.declinedAt = s.optText(14);
    r.cancelledAt = s.optText(15);
    r.createdAt = s.text(16);
    r.updatedAt = s.text(17);
    r.version = s.int64(18);
    for (int column : {19, 20, 21}) {
        if (!plain)
            break;
        const std::string part = s.text(column);
        if (part.empty())
            continue;
        if (!r.victimName.empty())
            r.victimName += ' ';
        r.victimName += part;
    }
    if (!plain)
        r.victimName = kMaskedName;
    r.providerName = s.text(22);
    r.caseReference = s.text(23);
    return r;
}

/// The UPDATE that moves a referral into `to`, stamping the column of that state. Literal SQL per
/// state, so no column name is ever built from input.
const char* moveSql(const std::string& to) {
    if (to == "Accepted")
        return "UPDATE referral SET status = ?1, accepted_at = ?2, updated_at = ?2, outcome = coalesce(?3, outcome), "
               "version = version + 1 WHERE id = ?4";
    if (to == "InProgress")
        return "UPDATE referral SET status = ?1, started_at = ?2, updated_at = ?2, outcome = coalesce(?3, outcome), "
               "version = version + 1 WHERE id = ?4";
    if (to == "Completed")
        return "UPDATE referral SET status = ?1, completed_at = ?2, updated_at = ?2, outcome = coalesce(?3, outcome), "
               "version = version + 1 WHERE id = ?4";
    if (to == "Declined")
        return "UPDATE referral SET status = ?1, declined_at = ?2, updated_at = ?2, outcome = coalesce(?3, outcome), "
               "version = version + 1 WHERE id = ?4";
    if (to == "Cancelled")
        return "UPDATE referral SET status = ?1, cancelled_at = ?2, updated_at = ?2, outcome = coalesce(?3, outcome), "
               "version = version + 1 WHERE id = ?4";
    return nullptr;
}

Status addTransition(store::Database& db, std::int64_t referralId, const std::optional<std::string>& from,
                     const std::string& to, const std::string& at, const std::string& byUser,
                     const std::string& note) {
    auto st = db.prepare(
        "INSERT INTO referral_transition(referral_id, from_status, to_status, at, by_user, note) VALUES (?,?,?,?,?,?)");
    if (!st)
        return st.error();
    (*st)->bind(1, referralId).bind(2, from).bind(3, to).bind(4, at).bind(5, byUser).bind(6, note);
    return (*st)->exec();
}

}  // namespace

using security::Permission;
namespace audit = security::audit;

Status ReferralService::validate(const Referral& r) {
    LINTAS_TRY(detail::requireUuid("referral.case", r.caseUuid));
    LINTAS_TRY(detail::requireUuid("referral.victim", r.victimUuid));
    LINTAS_TRY(detail::requireCode("referral.service", vocab::List::ServiceType, r.service));
    if (r.providerUuid)
        LINTAS_TRY(detail::requireUuid("referral.provider", *r.providerUuid));
    LINTAS_TRY(detail::checkText("referral.officer", r.officer, 200));
    LINTAS_TRY(detail::requireCode("referral.status", vocab::List::ReferralStatus, r.status));
    LINTAS_TRY(detail::checkDate("referral.dueDate", r.dueDate));
    LINTAS_TRY(detail::checkText("referral.outcome", r.outcome));
    LINTAS_TRY(detail::checkText("referral.notes", r.notes));
    return {};
}

Result<Referral> ReferralService::create(Referral r, const std::string& byUser) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportWrite, "referral", r.uuid));
    // Every referral starts at the beginning of its lifecycle, whatever the caller filled in.
    r.status = "Requested";
    LINTAS_TRY(validate(r));
    LINTAS_TRY(detail::checkText("referral.byUser", byUser, 200));
    const std::string uuid = m_ctx.newUuid();
    const std::string now = m_ctx.now();

    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", r.caseUuid, "referral.case"));
        LINTAS_ASSIGN(victimId, m_ctx.idOf("person", r.victimUuid, "referral.victim"));
        std::optional<std::int64_t> providerId;
        if (r.providerUuid) {
            LINTAS_ASSIGN(id, m_ctx.idOf("organisation", *r.providerUuid, "referral.provider"));
            providerId = id;
        }
        {
            LINTAS_ASSIGN(isVictim, detail::hasRole(m_ctx.db(), caseId, victimId, "Victim"));
            if (!isVictim)
                return validationError("referral.victim", "is not a victim in this case");
        }
        auto st = m_ctx.db().prepare(
            "INSERT INTO referral(uuid, case_id, victim_id, service, provider_org_id, officer, status, due_date, "
            "outcome, notes, requested_at, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)");
        if (!st)
            return st.error();
        auto& s = **st;
        s.bind(1, uuid).bind(2, caseId).bind(3, victimId).bind(4, r.service).bind(5, providerId);
        s.bind(6, r.officer).bind(7, r.status).bind(8, r.dueDate).bind(9, r.outcome).bind(10, r.notes);
        s.bind(11, now).bind(12, now).bind(13, now);
        LINTAS_TRY(s.exec());
        LINTAS_TRY(addTransition(m_ctx.db(), m_ctx.db().lastInsertRowId(), std::nullopt, r.status, now, byUser, {}));
        return m_ctx.record(audit::kCreate, "referral", uuid);
    });
    if (!written)
        return written.error();
    return load(uuid);
}

Result<Referral> ReferralService::move(const std::string& uuid, const std::string& toStatus,
                                       const std::string& byUser, const std::string& note,
                                       const std::optional<std::string>& outcome) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportWrite, "referral", uuid));
    LINTAS_TRY(detail::requireCode("referral.status", vocab::List::ReferralStatus, toStatus));
    LINTAS_TRY(detail::checkText("referral.byUser", byUser, 200));
    LINTAS_TRY(detail::checkText("referral.note", note));
    if (outcome)
        LINTAS_TRY(detail::checkText("referral.outcome", *outcome));

    const Status written = detail::inTransaction(m_ctx.db(), [&]() -> Status {
        // Read the state inside the transaction: the write lock is held, so nobody moves it meanwhile.
        auto find = m_ctx.db().prepare("SELECT id, status, outcome FROM referral WHERE uuid = ?");
        if (!find)
            return find.error();
        (*find)->bind(1, uuid);
        LINTAS_ASSIGN(row, (*find)->step());
        if (!row)
            return Error{ErrorCode::NotFound, "referral.uuid", "no referral with that UUID"};
        const std::int64_t id = (*find)->int64(0);
        const std::string from = (*find)->text(1);
        const std::string outcomeBefore = (*find)->text(2);
        (*find)->reset();
        const char* sql = moveSql(toStatus);
        if (!referral_rules::canMove(from, toStatus) || sql == nullptr)
            return Error{ErrorCode::IllegalTransition, "referral.status",
                         "cannot move from " + from + " to " + toStatus};
        const std::string now = m_ctx.now();
        auto st = m_ctx.db().prepare(sql);
        if (!st)
            return st.error();
        (*st)->bind(1, toStatus).bind(2, now).bind(3, outcome).bind(4, id);
        LINTAS_TRY((*st)->exec());
        LINTAS_TRY(addTransition(m_ctx.db(), id, from, toStatus, now, byUser, note));
        detail::ChangedFields fields;
        fields.add("status");
        fields.add(stampField(toStatus));
        if (outcome && *outcome != outcomeBefore)
            fields.add("outcome");
        return m_ctx.record(audit::kUpdate, "referral", uuid, fields.detail());
    });
    if (!written)
        return written.error();
    return load(uuid);
}

Result<Referral> ReferralService::get(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportRead, "referral", uuid));
    return load(uuid);
}

Result<Referral> ReferralService::load(const std::string& uuid) {
    auto st = m_ctx.db().prepare(std::string(kSelect) + " WHERE r.uuid = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, uuid);
    LINTAS_ASSIGN(row, (*st)->step());
    if (!row)
        return Error{ErrorCode::NotFound, "referral.uuid", "no referral with that UUID"};
    Referral r = readReferral(**st, detail::unmasked(m_ctx));
    (*st)->reset();
    return r;
}

Result<std::vector<Referral>> ReferralService::list(const ReferralQuery& q) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportRead, "referral"));
    if (q.status)
        LINTAS_TRY(detail::requireCode("query.status", vocab::List::ReferralStatus, *q.status));
    if (q.service)
        LINTAS_TRY(detail::requireCode("query.service", vocab::List::ServiceType, *q.service));
    if (q.limit < 1)
        return validationError("query.limit", "must be at least 1");

    // Only fixed SQL fragments are concatenated; every value is bound.
    std::string sql = kSelect;
    std::vector<std::string> values;
    std::string where;
    auto add = [&](const char* condition, const std::optional<std::string>& value) {
        if (!value)
            return;
        where += where.empty() ? " WHERE " : " AND ";
        where += condition;
        values.push_back(*value);
    };
    add("r.status = ?", q.status);
    add("r.service = ?", q.service);
    add("o.uuid = ?", q.providerUuid);
    add("r.officer = ?", q.officer);
    add("c.uuid = ?", q.caseUuid);
    add("p.uuid = ?", q.victimUuid);
    if (q.overdueOnly) {
        where += where.empty() ? " WHERE " : " AND ";
        where += std::string("r.due_date < ? AND ") + kOpen;
        values.push_back(m_ctx.today());
    }
    sql += where;
    // Soonest due first; referrals without a due date last.
    sql += " ORDER BY r.due_date IS NULL, r.due_date, r.id LIMIT ?";

    auto st = m_ctx.db().prepare(sql);
    if (!st)
        return st.error();
    int index = 1;
    for (const auto& v : values)
        (*st)->bind(index++, v);
    (*st)->bind(index, q.limit);
    std::vector<Referral> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        out.push_back(readReferral(**st, detail::unmasked(m_ctx)));
    }
    return out;
}

Result<std::int64_t> ReferralService::countOverdue() {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportRead, "referral"));
    auto st = m_ctx.db().prepare(std::string("SELECT count(*) FROM referral r WHERE r.due_date < ? AND ") + kOpen);
    if (!st)
        return st.error();
    (*st)->bind(1, m_ctx.today());
    LINTAS_ASSIGN(row, (*st)->step());
    const std::int64_t n = row ? (*st)->int64(0) : 0;
    (*st)->reset();
    return n;
}

Result<std::vector<ReferralTransition>> ReferralService::history(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::VictimSupportRead, "referral", uuid));
    auto id = m_ctx.idOf("referral", uuid, "referral.uuid");
    if (!id) {
        Error e = id.error();
        if (e.code == ErrorCode::ForeignKey)
            e.code = ErrorCode::NotFound;
        return e;
    }
    auto st = m_ctx.db().prepare(
        "SELECT from_status, to_status, at, by_user, note FROM referral_transition WHERE referral_id = ? ORDER BY id");
    if (!st)
        return st.error();
    (*st)->bind(1, *id);
    std::vector<ReferralTransition> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        const auto& s = **st;
        ReferralTransition t;
        t.fromStatus = s.optText(0);
        t.toStatus = s.text(1);
        t.at = s.text(2);
        t.byUser = s.text(3);
        t.note = s.text(4);
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace lintas
