#include "lintas/service/StatsService.h"

#include "Support.h"

#include "lintas/Time.h"

#include <cstdio>

namespace lintas {
namespace {

// Each series is one aggregate query; the comment after it names the index that serves it
// (EXPLAIN QUERY PLAN on a 100,000-case demo database).

// case_file_status, covering.
constexpr const char* kCasesByStatusSql = "SELECT status, count(*) FROM case_file GROUP BY status ORDER BY 2 DESC, 1";

// Kept up to date by triggers (schema version 5): a few hundred rows, whatever the case count.
constexpr const char* kVictimsByExploitationSql =
    "SELECT form, n FROM stat_victim_form WHERE n > 0 ORDER BY 2 DESC, 1";
constexpr const char* kVictimsByCitizenshipSql =
    "SELECT citizenship, country, n FROM stat_victim_matrix WHERE n > 0 ORDER BY 3 DESC, 1, 2";

// case_file_opened, covering (a range on opened_on).
constexpr const char* kCasesByMonthSql =
    "SELECT substr(opened_on, 1, 7), count(*) FROM case_file WHERE opened_on >= ? AND opened_on <= ? "
    "GROUP BY 1 ORDER BY 1";

// referral_status, covering.
constexpr const char* kReferralsByStatusSql =
    "SELECT status, count(*) FROM referral GROUP BY status ORDER BY 2 DESC, 1";

// The partial index referral_open_due holds exactly the open referrals, ordered by due date, with
// their service: both overdue figures read the index only.
constexpr const char* kOverdueCountSql =
    "SELECT count(*) FROM referral WHERE due_date < ? AND status NOT IN ('Completed', 'Declined', 'Cancelled')";
constexpr const char* kOverdueByServiceSql =
    "SELECT service, count(*) FROM referral WHERE due_date < ? AND status NOT IN "
    "('Completed', 'Declined', 'Cancelled') GROUP BY service ORDER BY 2 DESC, 1";

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

Result<std::int64_t> countWithDate(store::Database& db, const char* sql, const std::string& date) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    (*st)->bind(1, date);
    LINTAS_ASSIGN(row, (*st)->step());
    const std::int64_t n = row ? (*st)->int64(0) : 0;
    (*st)->reset();
    return n;
}

/// One read transaction: every figure comes from the same snapshot. Inside a caller's
/// transaction the snapshot is already the caller's.
class ReadSnapshot {
public:
    explicit ReadSnapshot(store::Database& db) : m_db(db), m_own(!db.inTransaction()) {}
    ~ReadSnapshot() {
        if (m_begun)
            (void)m_db.execute("COMMIT");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    [[nodiscard]] Status begin() {
        if (!m_own)
            return {};
        LINTAS_TRY(m_db.execute("BEGIN"));
        m_begun = true;
        return {};
    }

private:
    store::Database& m_db;
    bool m_own;
    bool m_begun = false;
};

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

std::string isoDate(int y, int m, int d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    return buffer;
}

}  // namespace

Result<std::int64_t> StatsService::caseCount() {
    LINTAS_TRY(m_ctx.require(security::Permission::StatsRead));
    return m_ctx.db().queryInt("SELECT count(*) FROM case_file");
}

Result<Statistics> StatsService::compute() {
    LINTAS_TRY(m_ctx.require(security::Permission::StatsRead));
    auto& db = m_ctx.db();
    ReadSnapshot snapshot(db);
    LINTAS_TRY(snapshot.begin());

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
    LINTAS_ASSIGN(overdue, countWithDate(db, kOverdueCountSql, today));
    s.overdueReferrals = overdue;

    LINTAS_ASSIGN(byStatus, counts(db, kCasesByStatusSql));
    s.casesByStatus = std::move(byStatus);
    LINTAS_ASSIGN(byForm, counts(db, "SELECT form, count(*) FROM case_exploitation GROUP BY form ORDER BY 2 DESC, 1"));
    s.casesByExploitation = std::move(byForm);
    LINTAS_ASSIGN(victimsByForm, counts(db, kVictimsByExploitationSql));
    s.victimsByExploitation = std::move(victimsByForm);
    LINTAS_ASSIGN(byCountry,
                  counts(db, "SELECT country, count(*) FROM case_country GROUP BY country ORDER BY 2 DESC, 1"));
    s.casesByCountry = std::move(byCountry);
    LINTAS_ASSIGN(referrals, counts(db, kReferralsByStatusSql));
    s.referralsByStatus = std::move(referrals);
    LINTAS_ASSIGN(overdueByService, counts(db, kOverdueByServiceSql, today));
    s.overdueByService = std::move(overdueByService);
    return s;
}

std::vector<MonthCount> StatsService::monthsEndingAt(const std::string& today, int months) {
    std::vector<MonthCount> out;
    if (!isIsoDate(today) || months < 1 || months > 600)
        return out;
    const int year = std::stoi(today.substr(0, 4));
    const int month = std::stoi(today.substr(5, 2));
    // Months counted from year 0, so that stepping back across years is plain arithmetic.
    const int last = year * 12 + (month - 1);
    out.reserve(static_cast<std::size_t>(months));
    for (int i = last - months + 1; i <= last; ++i) {
        const int y = i / 12;
        const int m = i % 12 + 1;
        if (y < 1)
            continue;  // before year 1: no such month in an ISO date
        MonthCount mc;
        mc.firstDay = isoDate(y, m, 1);
        mc.lastDay = isoDate(y, m, daysInMonth(y, m));
        mc.month = mc.firstDay.substr(0, 7);
        out.push_back(std::move(mc));
    }
    return out;
}

Result<DashboardStatistics> StatsService::dashboard(int months) {
    LINTAS_TRY(m_ctx.require(security::Permission::StatsRead));
    if (months < 1 || months > 600)
        return validationError("stats.months", "must be between 1 and 600");
    auto& db = m_ctx.db();
    ReadSnapshot snapshot(db);
    LINTAS_TRY(snapshot.begin());

    DashboardStatistics s;
    s.today = m_ctx.today();
    LINTAS_ASSIGN(cases, db.queryInt("SELECT count(*) FROM case_file"));
    s.cases = cases;
    LINTAS_ASSIGN(overdue, countWithDate(db, kOverdueCountSql, s.today));
    s.overdueReferrals = overdue;

    LINTAS_ASSIGN(byStatus, counts(db, kCasesByStatusSql));
    s.casesByStatus = std::move(byStatus);
    LINTAS_ASSIGN(byForm, counts(db, kVictimsByExploitationSql));
    s.victimsByExploitation = std::move(byForm);

    {
        auto st = db.prepare(kVictimsByCitizenshipSql);
        if (!st)
            return st.error();
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            s.victimsByCitizenshipAndExploitationCountry.push_back(
                CountryPairCount{(*st)->text(0), (*st)->text(1), (*st)->int64(2)});
        }
    }

    s.newCasesByMonth = monthsEndingAt(s.today, months);
    if (!s.newCasesByMonth.empty()) {
        auto st = db.prepare(kCasesByMonthSql);
        if (!st)
            return st.error();
        (*st)->bind(1, s.newCasesByMonth.front().firstDay).bind(2, s.newCasesByMonth.back().lastDay);
        // Both lists are in month order; the query's months are a subset of ours.
        auto slot = s.newCasesByMonth.begin();
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            const std::string month = (*st)->text(0);
            while (slot != s.newCasesByMonth.end() && slot->month < month)
                ++slot;
            if (slot != s.newCasesByMonth.end() && slot->month == month)
                slot->count = (*st)->int64(1);
        }
    }

    LINTAS_ASSIGN(referrals, counts(db, kReferralsByStatusSql));
    s.referralsByStatus = std::move(referrals);
    LINTAS_ASSIGN(overdueByService, counts(db, kOverdueByServiceSql, s.today));
    s.overdueByService = std::move(overdueByService);
    return s;
}

}  // namespace lintas
