#include "lintas/security/RetentionService.h"

#include "service/Support.h"

#include "lintas/Time.h"
#include "lintas/service/Context.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string_view>

namespace lintas::security {
namespace {
namespace fs = std::filesystem;

using Binder = std::function<void(store::Statement&)>;

constexpr std::array<const char*, 2> kKinds = {kRetentionClosedCase, kRetentionExchangeLog};

bool knownKind(const std::string& kind) {
    return std::any_of(kKinds.begin(), kKinds.end(), [&](const char* k) { return kind == k; });
}

Status checkKind(const std::string& kind) {
    if (!knownKind(kind))
        return validationError("retention.kind", "is not closed-case or exchange-log");
    return {};
}

/// Runs a statement that returns no rows; the number of rows it changed directly (not counting
/// rows removed by triggers or foreign-key actions).
Result<int> execCount(store::Database& db, std::string_view sql, const Binder& bind = {}) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (bind)
        bind(**st);
    LINTAS_TRY((*st)->exec());
    const int n = db.changes();
    (*st)->reset();
    return n;
}

/// Reads every row of a query through `row`; the statement is reset afterwards (never left busy,
/// so VACUUM can run later).
Status each(store::Database& db, std::string_view sql, const Binder& bind,
            const std::function<void(const store::Statement&)>& row) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (bind)
        bind(**st);
    while (true) {
        auto more = (*st)->step();
        if (!more) {
            (*st)->reset();
            return more.error();
        }
        if (!*more)
            break;
        row(**st);
    }
    (*st)->reset();
    return {};
}

Result<bool> exists(store::Database& db, std::string_view sql, const Binder& bind) {
    bool found = false;
    LINTAS_TRY(each(db, sql, bind, [&](const store::Statement&) { found = true; }));
    return found;
}

/// Size of a file (0 when it does not exist or cannot be read).
std::int64_t fileSize(const std::string& path) {
    if (path.empty())
        return 0;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : static_cast<std::int64_t>(size);
}

bool isDecimal(const std::string& s) {
    return !s.empty() && s.size() <= 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isSha256(const std::string& s) {
    return s.size() == 64 &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

/// Removes the stored content of `sha256` (<dir>/<aa>/<sha256>, and any sibling written under the
/// same name with a suffix, such as an interrupted write). Returns the number of files removed.
int removeContent(const std::string& dir, const std::string& sha256) {
    const fs::path bucket = fs::path(dir) / sha256.substr(0, 2);
    std::error_code ec;
    if (!fs::is_directory(bucket, ec))
        return 0;
    int removed = 0;
    std::vector<fs::path> victims;
    for (const auto& entry : fs::directory_iterator(bucket, ec)) {
        const std::string name = entry.path().filename().string();
        if (name == sha256 || name.rfind(sha256 + ".", 0) == 0)
            victims.push_back(entry.path());
    }
    for (const auto& p : victims)
        if (fs::remove(p, ec) && !ec)
            ++removed;
    return removed;
}

/// Rows deleted per table, in the order they were first touched.
class RowCounts {
public:
    void add(const std::string& table, int n) {
        if (n <= 0)
            return;
        auto it = std::find_if(m_items.begin(), m_items.end(), [&](const auto& p) { return p.first == table; });
        if (it == m_items.end())
            m_items.emplace_back(table, n);
        else
            it->second += n;
        m_total += n;
    }
    [[nodiscard]] int total() const { return m_total; }
    /// "case_file=1 case_person=3 …": table names and counts only.
    [[nodiscard]] std::string text() const {
        std::string out;
        for (const auto& [table, n] : m_items)
            out += (out.empty() ? "" : " ") + table + "=" + std::to_string(n);
        return out;
    }

private:
    std::vector<std::pair<std::string, int>> m_items;
    int m_total = 0;
};

/// The closed cases and exchange-log entries due on `today` under the stored rules.
Result<std::vector<RetentionItem>> dueItems(store::Database& db, const std::string& today) {
    std::map<std::string, int> years;
    LINTAS_TRY(each(db, "SELECT kind, years FROM retention_rule", {},
                    [&](const store::Statement& s) { years[s.text(0)] = s.int32(1); }));
    std::vector<RetentionItem> out;

    if (const int y = years[kRetentionClosedCase]; y > 0) {
        // A case closed without a closing date counts from its last change (never earlier than
        // the real closure). A review date postpones it to that day.
        LINTAS_TRY(each(
            db,
            "SELECT c.uuid, c.reference, c.basis, date(c.basis, '+' || ?1 || ' years') AS due_on, "
            "coalesce(r.review_on, '') FROM (SELECT uuid, reference, "
            "coalesce(closed_on, substr(updated_at, 1, 10)) AS basis FROM case_file "
            "WHERE status IN ('Closed', 'ClosedReferred')) c "
            "LEFT JOIN retention_review r ON r.kind = 'closed-case' AND r.record_uuid = c.uuid "
            "WHERE due_on <= ?2 AND (r.review_on IS NULL OR r.review_on <= ?2) ORDER BY due_on, c.reference",
            [&](store::Statement& s) { s.bind(1, y).bind(2, today); },
            [&](const store::Statement& s) {
                RetentionItem item;
                item.kind = kRetentionClosedCase;
                item.uuid = s.text(0);
                item.label = s.text(1);
                item.basisDate = s.text(2);
                item.dueOn = s.text(3);
                item.reviewOn = s.text(4);
                if (!item.reviewOn.empty() && item.reviewOn > item.dueOn)
                    item.dueOn = item.reviewOn;
                out.push_back(std::move(item));
            }));
    }

    if (const int y = years[kRetentionExchangeLog]; y > 0) {
        // Log entries have no UUID: they are named by their id, as `bundle log` lists them.
        LINTAS_TRY(each(
            db,
            "SELECT e.id, e.bundle_uuid, substr(e.at, 1, 10), date(substr(e.at, 1, 10), '+' || ?1 || ' years'), "
            "coalesce(r.review_on, '') FROM exchange_log e "
            "LEFT JOIN retention_review r ON r.kind = 'exchange-log' AND r.record_uuid = CAST(e.id AS TEXT) "
            "WHERE date(substr(e.at, 1, 10), '+' || ?1 || ' years') <= ?2 "
            "AND (r.review_on IS NULL OR r.review_on <= ?2) ORDER BY 4, e.id",
            [&](store::Statement& s) { s.bind(1, y).bind(2, today); },
            [&](const store::Statement& s) {
                RetentionItem item;
                item.kind = kRetentionExchangeLog;
                item.uuid = std::to_string(s.int64(0));
                item.label = s.text(1);
                item.basisDate = s.text(2);
                item.dueOn = s.text(3);
                item.reviewOn = s.text(4);
                if (!item.reviewOn.empty() && item.reviewOn > item.dueOn)
                    item.dueOn = item.reviewOn;
                out.push_back(std::move(item));
            }));
    }
    return out;
}

/// Turns foreign-key enforcement off for the life of the guard (it must be made before the
/// transaction begins: the pragma is a no-op inside one) and back on afterwards. A purge deletes
/// every child row itself, from the leaves up; with enforcement on, SQLite would also look for
/// children of each deleted person in tables with no index by person (profiles, journeys) — a full
/// scan per person, minutes on a large database. CasePurge::checkNoOrphans() checks the result.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(store::Database& db) : m_db(db) {
        auto on = db.queryInt("PRAGMA foreign_keys");
        m_restore = on.ok() && *on == 1 && db.execute("PRAGMA foreign_keys = OFF").ok();
    }
    ~ForeignKeysOff() {
        if (m_restore)
            (void)m_db.execute("PRAGMA foreign_keys = ON");
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    store::Database& m_db;
    bool m_restore = false;
};

/// Everything one purge of closed cases touches, gathered before the first row goes.
struct CasePlan {
    std::int64_t id = 0;
    std::string uuid;
    std::string reference;
    std::vector<std::string> childUuids;  ///< legs, links, relationships, referrals, notes, attachments, consents
    RowCounts rows;
};

/// Deletes closed cases with everything hanging off them, then the people left in no other
/// case. Explicit deletes from the leaves up (foreign keys are off, so nothing cascades): each
/// table's count is known, the dashboard triggers see every row go in a defined order, and
/// checkNoOrphans() proves nothing was missed.
class CasePurge {
public:
    explicit CasePurge(Context& ctx) : m_ctx(ctx), m_db(ctx.db()) {}

    /// Deletes the cases and the people left in no other case; fills `report.deleted` and
    /// `report.keptPersons`. Writes no audit entry (the caller does, when it commits).
    Status run(const std::vector<std::string>& caseUuids, PurgeReport& report) {
        for (const auto& uuid : caseUuids) {
            CasePlan plan;
            plan.uuid = uuid;
            LINTAS_ASSIGN(id, m_ctx.idOf("case_file", uuid, "retention.uuid"));
            plan.id = id;
            LINTAS_TRY(collect(plan));
            m_plans.push_back(std::move(plan));
        }
        for (auto& plan : m_plans)
            LINTAS_TRY(deleteCase(plan));

        // People of these cases whom no remaining case names go too.
        LINTAS_ASSIGN(named, stillInACase());
        std::vector<std::pair<std::int64_t, std::string>> gone;
        for (const auto& [personId, personUuid] : m_candidates) {
            if (named.contains(personId))
                report.keptPersons.push_back(personUuid);
            else
                gone.emplace_back(personId, personUuid);
        }
        std::vector<std::pair<std::string, RowCounts>> personRows;
        for (const auto& [personId, personUuid] : gone) {
            RowCounts rows;
            std::vector<std::string> uuids{personUuid};
            LINTAS_TRY(deletePerson(personId, rows, uuids));
            LINTAS_TRY(forgetProvenance(uuids, rows));
            personRows.emplace_back(personUuid, std::move(rows));
        }
        // The provenance of a kept person's victim or suspect profile is keyed by the person: it
        // goes with their last profile of that kind.
        for (const auto& personUuid : report.keptPersons) {
            for (const auto& [kind, table] : {std::pair{"victim-profile", "victim_profile"},
                                              std::pair{"suspect-profile", "suspect_profile"}}) {
                LINTAS_ASSIGN(hasProfile,
                              exists(m_db,
                                     "SELECT 1 FROM " + std::string(table) +
                                         " x JOIN person p ON p.id = x.person_id WHERE p.uuid = ?1",
                                     [&](store::Statement& s) { s.bind(1, personUuid); }));
                if (hasProfile)
                    continue;
                LINTAS_TRY(del(m_plans.front().rows, "provenance",
                               "DELETE FROM provenance WHERE record_kind = ?1 AND record_uuid = ?2",
                               [&](store::Statement& s) { s.bind(1, kind).bind(2, personUuid); }));
            }
        }

        LINTAS_TRY(checkNoOrphans());

        for (const auto& plan : m_plans)
            report.deleted.push_back(PurgedRecord{"case", plan.uuid, plan.reference, plan.rows.total(), plan.rows.text()});
        for (const auto& [personUuid, rows] : personRows)
            report.deleted.push_back(PurgedRecord{"person", personUuid, {}, rows.total(), rows.text()});
        return {};
    }

    /// SHA-256 of every attachment row deleted (their files go after the commit if unreferenced).
    [[nodiscard]] const std::vector<std::string>& attachmentShas() const { return m_shas; }

private:
    Status collect(CasePlan& plan) {
        const Binder byCase = [&](store::Statement& s) { s.bind(1, plan.id); };
        auto person = [&](const store::Statement& s) {
            const std::int64_t id = s.int64(0);
            if (!m_candidateIds.contains(id)) {
                m_candidateIds.insert(id);
                m_candidates.emplace_back(id, s.text(1));
            }
        };
        // Everyone the case names, in any role or row.
        LINTAS_TRY(each(m_db,
                        "SELECT p.id, p.uuid FROM person p WHERE p.id IN ("
                        "SELECT person_id FROM case_person WHERE case_id = ?1 "
                        "UNION SELECT person_id FROM victim_profile WHERE case_id = ?1 "
                        "UNION SELECT person_id FROM suspect_profile WHERE case_id = ?1 "
                        "UNION SELECT person_id FROM journey_leg WHERE case_id = ?1 "
                        "UNION SELECT victim_id FROM referral WHERE case_id = ?1 "
                        "UNION SELECT person_id FROM consent WHERE case_id = ?1 "
                        "UNION SELECT from_person_id FROM relationship WHERE case_id = ?1 "
                        "UNION SELECT to_person_id FROM relationship WHERE case_id = ?1) ORDER BY p.id",
                        byCase, person));
        LINTAS_TRY(each(m_db, "SELECT reference FROM case_file WHERE id = ?1", byCase,
                        [&](const store::Statement& s) { plan.reference = s.text(0); }));
        auto child = [&](const store::Statement& s) { plan.childUuids.push_back(s.text(0)); };
        for (const char* sql : {"SELECT uuid FROM journey_leg WHERE case_id = ?1",
                                "SELECT uuid FROM case_link WHERE case_id = ?1 OR linked_case_id = ?1",
                                "SELECT uuid FROM relationship WHERE case_id = ?1",
                                "SELECT uuid FROM referral WHERE case_id = ?1",
                                "SELECT uuid FROM consent WHERE case_id = ?1",
                                "SELECT uuid FROM note WHERE case_id = ?1",
                                "SELECT uuid FROM attachment WHERE case_id = ?1"})
            LINTAS_TRY(each(m_db, sql, byCase, child));
        LINTAS_TRY(each(m_db, "SELECT DISTINCT sha256 FROM attachment WHERE case_id = ?1", byCase,
                        [&](const store::Statement& s) { m_shas.push_back(s.text(0)); }));
        return {};
    }

    /// Foreign keys are off during a purge (see ForeignKeysOff): check, from the schema itself,
    /// that no row of any table still refers to a deleted case, person or referral, so a table
    /// added later and forgotten here fails the purge instead of leaving orphans behind.
    Status checkNoOrphans() {
        struct Reference {
            std::string table, column, parent;
        };
        std::vector<Reference> refs;
        LINTAS_TRY(each(m_db,
                        "SELECT m.name, f.\"from\", f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                        "WHERE m.type = 'table' AND f.\"table\" IN ('case_file', 'person', 'referral') ORDER BY 1, 2",
                        {}, [&](const store::Statement& s) { refs.push_back({s.text(0), s.text(1), s.text(2)}); }));
        for (const auto& r : refs) {
            const auto ids = m_deleted.find(r.parent);
            if (ids == m_deleted.end() || ids->second.empty())
                continue;
            std::string json = "[";
            for (const auto id : ids->second) {
                if (json.size() > 1)
                    json += ',';
                json += std::to_string(id);
            }
            json += ']';
            // Names come from our own schema, quoted as identifiers.
            LINTAS_ASSIGN(left, exists(m_db,
                                       "SELECT 1 FROM \"" + r.table + "\" WHERE \"" + r.column +
                                           "\" IN (SELECT value FROM json_each(?1)) LIMIT 1",
                                       [&](store::Statement& s) { s.bind(1, json); }));
            if (left)
                return Error{ErrorCode::Internal, "retention",
                             "rows of " + r.table + " still refer to a deleted " + r.parent + "; nothing was deleted"};
        }
        return {};
    }

    Status del(RowCounts& rows, const char* table, std::string_view sql, const Binder& bind) {
        LINTAS_ASSIGN(n, execCount(m_db, sql, bind));
        rows.add(table, n);
        return {};
    }

    Status deleteCase(CasePlan& plan) {
        const Binder byCase = [&](store::Statement& s) { s.bind(1, plan.id); };
        const Binder byUuid = [&](store::Statement& s) { s.bind(1, plan.uuid); };
        auto& rows = plan.rows;
        // Journey legs first, while the victims' citizenships are still there for the dashboard
        // triggers (they move the counts correctly in any order, but this is the plain one).
        LINTAS_TRY(del(rows, "journey_leg", "DELETE FROM journey_leg WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "victim_profile", "DELETE FROM victim_profile WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "suspect_profile", "DELETE FROM suspect_profile WHERE case_id = ?1", byCase));
        LINTAS_TRY(each(m_db, "SELECT id FROM referral WHERE case_id = ?1", byCase,
                        [&](const store::Statement& s) { m_deleted["referral"].push_back(s.int64(0)); }));
        LINTAS_TRY(del(rows, "referral_transition",
                       "DELETE FROM referral_transition WHERE referral_id IN (SELECT id FROM referral WHERE case_id = ?1)",
                       byCase));
        LINTAS_TRY(del(rows, "referral", "DELETE FROM referral WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "consent", "DELETE FROM consent WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "relationship", "DELETE FROM relationship WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "case_link", "DELETE FROM case_link WHERE case_id = ?1 OR linked_case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "note", "DELETE FROM note WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "attachment", "DELETE FROM attachment WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "case_person", "DELETE FROM case_person WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "case_exploitation", "DELETE FROM case_exploitation WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "case_country", "DELETE FROM case_country WHERE case_id = ?1", byCase));
        LINTAS_TRY(del(rows, "sharing_permission", "DELETE FROM sharing_permission WHERE case_uuid = ?1", byUuid));
        LINTAS_TRY(del(rows, "retention_review",
                       "DELETE FROM retention_review WHERE kind = 'closed-case' AND record_uuid = ?1", byUuid));
        LINTAS_TRY(del(rows, "case_file", "DELETE FROM case_file WHERE id = ?1", byCase));
        m_deleted["case_file"].push_back(plan.id);
        std::vector<std::string> uuids = plan.childUuids;
        uuids.push_back(plan.uuid);
        return forgetProvenance(uuids, rows);
    }

    /// Provenance and import conflicts (which hold received field values) of deleted records.
    Status forgetProvenance(const std::vector<std::string>& uuids, RowCounts& rows) {
        for (const auto& uuid : uuids) {
            const Binder bind = [&](store::Statement& s) { s.bind(1, uuid); };
            LINTAS_TRY(del(rows, "provenance", "DELETE FROM provenance WHERE record_uuid = ?1", bind));
            LINTAS_TRY(del(rows, "import_conflict", "DELETE FROM import_conflict WHERE record_uuid = ?1", bind));
        }
        return {};
    }

    /// The candidates whom something of a remaining case still names. One pass over each table
    /// for all of them (victim and suspect profiles and journeys have no index by person).
    Result<std::set<std::int64_t>> stillInACase() {
        std::string ids = "[";
        for (const auto& [personId, personUuid] : m_candidates) {
            if (ids.size() > 1)
                ids += ',';
            ids += std::to_string(personId);
        }
        ids += ']';
        std::set<std::int64_t> out;
        LINTAS_TRY(each(m_db,
                        "SELECT value FROM json_each(?1) WHERE value IN (SELECT person_id FROM case_person) "
                        "OR value IN (SELECT person_id FROM victim_profile) "
                        "OR value IN (SELECT person_id FROM suspect_profile) "
                        "OR value IN (SELECT person_id FROM journey_leg) "
                        "OR value IN (SELECT victim_id FROM referral) "
                        "OR value IN (SELECT person_id FROM consent WHERE case_id IS NOT NULL) "
                        "OR value IN (SELECT from_person_id FROM relationship WHERE case_id IS NOT NULL) "
                        "OR value IN (SELECT to_person_id FROM relationship WHERE case_id IS NOT NULL)",
                        [&](store::Statement& st) { st.bind(1, ids); },
                        [&](const store::Statement& st) { out.insert(st.int64(0)); }));
        return out;
    }

    Status deletePerson(std::int64_t personId, RowCounts& rows, std::vector<std::string>& uuids) {
        const Binder byPerson = [&](store::Statement& s) { s.bind(1, personId); };
        // Case-less rows about the person: consents not tied to a case, relationships outside cases.
        LINTAS_TRY(each(m_db,
                        "SELECT uuid FROM consent WHERE person_id = ?1 UNION ALL "
                        "SELECT uuid FROM relationship WHERE from_person_id = ?1 OR to_person_id = ?1",
                        byPerson, [&](const store::Statement& s) { uuids.push_back(s.text(0)); }));
        LINTAS_TRY(del(rows, "consent", "DELETE FROM consent WHERE person_id = ?1", byPerson));
        LINTAS_TRY(del(rows, "relationship", "DELETE FROM relationship WHERE from_person_id = ?1 OR to_person_id = ?1",
                       byPerson));
        LINTAS_TRY(del(rows, "identifier", "DELETE FROM identifier WHERE person_id = ?1", byPerson));
        LINTAS_TRY(del(rows, "person_alias", "DELETE FROM person_alias WHERE person_id = ?1", byPerson));
        LINTAS_TRY(del(rows, "person_language", "DELETE FROM person_language WHERE person_id = ?1", byPerson));
        // The citizenship triggers re-file dashboard counts; the person has no legs left by now.
        LINTAS_TRY(del(rows, "person_citizenship", "DELETE FROM person_citizenship WHERE person_id = ?1", byPerson));
        LINTAS_TRY(del(rows, "person", "DELETE FROM person WHERE id = ?1", byPerson));
        m_deleted["person"].push_back(personId);
        return {};
    }

    Context& m_ctx;
    store::Database& m_db;
    std::vector<std::string> m_shas;
    std::vector<CasePlan> m_plans;
    std::set<std::int64_t> m_candidateIds;
    std::vector<std::pair<std::int64_t, std::string>> m_candidates;
    std::map<std::string, std::vector<std::int64_t>> m_deleted;  ///< parent table → ids deleted
};

}  // namespace

// === rules ========================================================================================

Result<std::vector<RetentionRule>> RetentionService::rules() {
    // Administrators set the rules; supervisors read them beside the list of what is due.
    if (!m_ctx.can(Permission::RetentionConfirm))
        LINTAS_TRY(m_ctx.require(Permission::SettingsManage, "retention-rule"));
    std::map<std::string, RetentionRule> stored;
    LINTAS_TRY(each(m_ctx.db(), "SELECT kind, years, updated_at, updated_by FROM retention_rule", {},
                    [&](const store::Statement& s) {
                        RetentionRule r;
                        r.kind = s.text(0);
                        r.years = s.int32(1);
                        r.updatedAt = s.text(2);
                        r.updatedBy = s.text(3);
                        stored[r.kind] = std::move(r);
                    }));
    std::vector<RetentionRule> out;
    for (const char* kind : kKinds) {
        if (auto it = stored.find(kind); it != stored.end()) {
            out.push_back(it->second);
        } else {
            RetentionRule r;
            r.kind = kind;
            out.push_back(std::move(r));
        }
    }
    return out;
}

Status RetentionService::setRule(const std::string& kind, int years) {
    LINTAS_TRY(m_ctx.require(Permission::SettingsManage, "retention-rule"));
    LINTAS_TRY(checkKind(kind));
    if (years < 0 || years > kMaxRetentionYears)
        return validationError("retention.years", "must be a whole number of years from 0 to 100 (0 keeps forever)");
    const security::Session* who = m_ctx.session();
    return detail::inTransaction(m_ctx.db(), [&]() -> Status {
        LINTAS_TRY(execCount(m_ctx.db(),
                             "INSERT INTO retention_rule(kind, years, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4) "
                             "ON CONFLICT(kind) DO UPDATE SET years = ?2, updated_at = ?3, updated_by = ?4",
                             [&](store::Statement& s) {
                                 s.bind(1, kind).bind(2, years).bind(3, m_ctx.now());
                                 s.bind(4, who ? who->userUuid : std::string());
                             }));
        return m_ctx.record(audit::kSettingChange, "retention-rule", {},
                            "kind=" + kind + " years=" + std::to_string(years));
    });
}

// === what is due ==================================================================================

Result<std::vector<RetentionItem>> RetentionService::due(const std::string& today) {
    LINTAS_TRY(m_ctx.require(Permission::RetentionConfirm, "retention-rule"));
    LINTAS_TRY(detail::requireDate("retention.today", today));
    return dueItems(m_ctx.db(), today);
}

Status RetentionService::postpone(const std::string& kind, const std::string& typedUuid, const std::string& reviewOn) {
    LINTAS_TRY(checkKind(kind));
    // An exchange-log entry is named by its id, kept in the canonical decimal form due() lists.
    const std::string uuid = kind == kRetentionExchangeLog && isDecimal(typedUuid)
                                 ? std::to_string(std::stoll(typedUuid))
                                 : typedUuid;
    const char* recordType = kind == kRetentionClosedCase ? "case" : kRetentionExchangeLog;
    LINTAS_TRY(m_ctx.require(Permission::RetentionConfirm, recordType, uuid));
    LINTAS_TRY(detail::requireDate("retention.reviewOn", reviewOn));
    if (reviewOn <= m_ctx.today())
        return validationError("retention.reviewOn", "must be a date after today");
    store::Database& db = m_ctx.db();
    if (kind == kRetentionClosedCase) {
        LINTAS_ASSIGN(found, exists(db, "SELECT 1 FROM case_file WHERE uuid = ?1",
                                    [&](store::Statement& s) { s.bind(1, uuid); }));
        if (!found)
            return Error{ErrorCode::NotFound, "retention.uuid", "no case with that UUID"};
    } else {
        const auto id = isDecimal(uuid) ? std::stoll(uuid) : 0;
        LINTAS_ASSIGN(found, exists(db, "SELECT 1 FROM exchange_log WHERE id = ?1",
                                    [&](store::Statement& s) { s.bind(1, static_cast<std::int64_t>(id)); }));
        if (!found)
            return Error{ErrorCode::NotFound, "retention.uuid", "no exchange-log entry with that id"};
    }
    const security::Session* who = m_ctx.session();
    return detail::inTransaction(db, [&]() -> Status {
        LINTAS_TRY(execCount(db,
                             "INSERT INTO retention_review(kind, record_uuid, review_on, set_by, set_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(kind, record_uuid) "
                             "DO UPDATE SET review_on = ?3, set_by = ?4, set_at = ?5",
                             [&](store::Statement& s) {
                                 s.bind(1, kind).bind(2, uuid).bind(3, reviewOn);
                                 s.bind(4, who ? who->userUuid : std::string()).bind(5, m_ctx.now());
                             }));
        return m_ctx.record(kAuditRetentionPostpone, recordType, uuid, "kind=" + kind + " review-on=" + reviewOn);
    });
}

// === deletion =====================================================================================

Result<PurgeReport> RetentionService::purge(const std::string& kind, const std::vector<std::string>& uuids,
                                            const std::string& today) {
    return run(kind, uuids, today, true);
}

Result<PurgeReport> RetentionService::preview(const std::string& kind, const std::vector<std::string>& uuids,
                                              const std::string& today) {
    return run(kind, uuids, today, false);
}

Result<PurgeReport> RetentionService::run(const std::string& kind, const std::vector<std::string>& uuids,
                                          const std::string& today, bool apply) {
    LINTAS_TRY(checkKind(kind));
    LINTAS_TRY(m_ctx.require(Permission::RetentionConfirm, kind == kRetentionClosedCase ? "case" : kRetentionExchangeLog));
    LINTAS_TRY(detail::requireDate("retention.today", today));
    // The list is judged on today's date at the latest: a date in the future would delete early.
    if (today > m_ctx.today())
        return validationError("retention.today", "must not be after today");
    if (uuids.empty())
        return validationError("retention.uuid", "name at least one record");
    store::Database& db = m_ctx.db();
    // VACUUM and the removal of files cannot be undone by a caller's rollback.
    if (db.inTransaction())
        return Error{ErrorCode::Refused, "retention", "a purge cannot run inside another transaction"};

    std::vector<std::string> wanted;
    for (const auto& u : uuids)
        if (std::find(wanted.begin(), wanted.end(), u) == wanted.end())
            wanted.push_back(u);

    PurgeReport report;
    std::vector<std::string> shas;
    {
        const ForeignKeysOff fkOff(db);  // before the transaction, which ends first
        store::Transaction tx(db);
        LINTAS_TRY(tx.begun());
        // Re-check inside the transaction: only what is due now, under the rules as they stand.
        LINTAS_ASSIGN(dueNow, dueItems(db, today));
        std::map<std::string, std::string> dueLabels;
        for (const auto& item : dueNow)
            if (item.kind == kind)
                dueLabels.emplace(item.uuid, item.label);
        for (const auto& u : wanted)
            if (!dueLabels.contains(u))
                return Error{ErrorCode::Refused, "retention.uuid",
                             u + " is not due for deletion under the " + kind + " rule; nothing was deleted"};

        if (kind == kRetentionClosedCase) {
            CasePurge purge(m_ctx);
            LINTAS_TRY(purge.run(wanted, report));
            shas = purge.attachmentShas();
        } else {
            for (const auto& u : wanted) {
                RowCounts rows;
                const auto id = static_cast<std::int64_t>(std::stoll(u));  // due items are decimal ids
                LINTAS_ASSIGN(n, execCount(db, "DELETE FROM exchange_log WHERE id = ?1",
                                           [&](store::Statement& s) { s.bind(1, id); }));
                rows.add("exchange_log", n);
                LINTAS_ASSIGN(r, execCount(db,
                                           "DELETE FROM retention_review WHERE kind = 'exchange-log' AND record_uuid = ?1",
                                           [&](store::Statement& s) { s.bind(1, u); }));
                rows.add("retention_review", r);
                report.deleted.push_back(PurgedRecord{kRetentionExchangeLog, u, dueLabels[u], rows.total(), rows.text()});
            }
        }
        for (const auto& d : report.deleted) {
            report.rows += d.rows;
            ++report.records;
        }

        // Attachment contents no remaining row refers to.
        std::sort(shas.begin(), shas.end());
        shas.erase(std::unique(shas.begin(), shas.end()), shas.end());
        std::vector<std::string> unreferenced;
        for (const auto& sha : shas) {
            LINTAS_ASSIGN(stillUsed, exists(db, "SELECT 1 FROM attachment WHERE sha256 = ?1",
                                            [&](store::Statement& s) { s.bind(1, sha); }));
            if (!stillUsed && isSha256(sha))
                unreferenced.push_back(sha);
        }
        shas = std::move(unreferenced);

        if (!apply) {
            // The transaction rolls back when it goes out of scope: nothing was changed.
            report.files = static_cast<int>(shas.size());
            return report;
        }
        if (kind == kRetentionClosedCase) {
            // FTS5 keeps deleted terms in its segments (masked by delete markers) until they are
            // merged: merge the index into one segment so the deleted text is physically gone.
            LINTAS_TRY(execCount(db, "INSERT INTO search_index(search_index) VALUES ('optimize')"));
        }
        for (const auto& d : report.deleted) {
            const std::string detail = "kind=" + kind + " rows=" + std::to_string(d.rows) + " " + d.tables;
            LINTAS_TRY(m_ctx.record(audit::kRetentionDelete, d.recordType, d.uuid, detail));
        }
        LINTAS_TRY(tx.commit());
    }

    // After the commit, the files: a crash in between leaves an unreferenced (encrypted) content
    // file behind, never a row pointing to a missing file.
    if (!m_attachmentDir.empty())
        for (const auto& sha : shas)
            report.files += removeContent(m_attachmentDir, sha);

    // Freed pages still hold the deleted rows until the file is rebuilt. Statements left busy by
    // earlier reads would make VACUUM fail: reset them (the cache resets them before reuse anyway).
    for (sqlite3_stmt* st = sqlite3_next_stmt(db.handle(), nullptr); st != nullptr;
         st = sqlite3_next_stmt(db.handle(), st))
        if (sqlite3_stmt_busy(st) != 0)
            sqlite3_reset(st);
    (void)db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    report.bytesBefore = fileSize(db.path());
    report.vacuumed = db.execute("VACUUM").ok() && db.execute("PRAGMA wal_checkpoint(TRUNCATE)").ok();
    report.bytesAfter = fileSize(db.path());
    return report;
}

}  // namespace lintas::security
