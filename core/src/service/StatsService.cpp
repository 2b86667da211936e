#include "lintas/service/StatsService.h"

#include "Support.h"

namespace lintas {
namespace {

Result<std::vector<Count>> counts(store::Database& db, const std::string& sql, const std::string& bind = {}) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (!bind.empty())
        (*st)->bind(1, bind);
    std::vector<Count> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        out.push_back(Count{(*st)->text(0), (*st)->int64(1)});
    }
    return out;
}

}  // namespace

Result<std::int64_t> StatsService::caseCount() { return m_ctx.db().queryInt("SELECT count(*) FROM case_file"); }

Result<Statistics> StatsService::compute() {
    auto& db = m_ctx.db();
    // One read transaction: every figure comes from the same snapshot. Inside a caller's
    // transaction the snapshot is already the caller's.
    const bool ownRead = !db.inTransaction();
    if (ownRead)
        LINTAS_TRY(db.execute("BEGIN"));
    struct EndRead {
        store::Database& db;
        bool own;
        ~EndRead() {
            if (own)
                (void)db.execute("COMMIT");
        }
    } endRead{db, ownRead};

    Statistics s;
    const std::string today = m_ctx.today();
    auto scalar = [&](const char* sql, std::int64_t& out) -> Status {
        auto v = db.queryInt(sql);
        if (!v)
            return v.error();
        out = *v;
        return {};
    };
    LINTAS_TRY(scalar("SELECT count(*) FROM case_file", s.cases));
    LINTAS_TRY(scalar("SELECT count(*) FROM person", s.persons));
    LINTAS_TRY(scalar("SELECT count(DISTINCT person_id) FROM case_person WHERE role = 'Victim'", s.victims));
    LINTAS_TRY(scalar("SELECT count(DISTINCT person_id) FROM case_person WHERE role = 'Suspect'", s.suspects));
    LINTAS_TRY(scalar("SELECT count(*) FROM organisation", s.organisations));
    LINTAS_TRY(scalar("SELECT count(*) FROM referral", s.referrals));

    auto overdue = db.prepare("SELECT count(*) FROM referral WHERE due_date < ? AND status NOT IN "
                              "('Completed', 'Declined', 'Cancelled')");
    if (!overdue)
        return overdue.error();
    (*overdue)->bind(1, today);
    LINTAS_ASSIGN(row, (*overdue)->step());
    s.overdueReferrals = row ? (*overdue)->int64(0) : 0;
    (*overdue)->reset();

    LINTAS_ASSIGN(byStatus, counts(db, "SELECT status, count(*) FROM case_file GROUP BY status ORDER BY 2 DESC, 1"));
    s.casesByStatus = std::move(byStatus);
    LINTAS_ASSIGN(byForm, counts(db, "SELECT form, count(*) FROM case_exploitation GROUP BY form ORDER BY 2 DESC, 1"));
    s.casesByExploitation = std::move(byForm);
    LINTAS_ASSIGN(victimsByForm,
                  counts(db, "SELECT j.value, count(*) FROM victim_profile v, json_each(v.exploitation_types) j "
                             "GROUP BY j.value ORDER BY 2 DESC, 1"));
    s.victimsByExploitation = std::move(victimsByForm);
    LINTAS_ASSIGN(byCountry,
                  counts(db, "SELECT country, count(*) FROM case_country GROUP BY country ORDER BY 2 DESC, 1"));
    s.casesByCountry = std::move(byCountry);
    LINTAS_ASSIGN(referrals, counts(db, "SELECT status, count(*) FROM referral GROUP BY status ORDER BY 2 DESC, 1"));
    s.referralsByStatus = std::move(referrals);
    LINTAS_ASSIGN(overdueByService,
                  counts(db,
                         "SELECT service, count(*) FROM referral WHERE due_date < ? AND status NOT IN "
                         "('Completed', 'Declined', 'Cancelled') GROUP BY service ORDER BY 2 DESC, 1",
                         today));
    s.overdueByService = std::move(overdueByService);
    return s;
}

}  // namespace lintas
