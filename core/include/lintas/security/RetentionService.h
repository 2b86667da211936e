#pragma once

#include "lintas/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lintas {
class Context;
}

namespace lintas::security {

/// Kinds of record a retention rule can govern.
///   "closed-case": a case whose status is Closed, counted from its closedOn date. Deleting it
///                  removes the case, its parties, profiles, journeys, links, relationships,
///                  notes, attachments (files too), referrals and consents of its victims, and
///                  every person left in no other case.
///   "exchange-log": exchange-log entries, counted from when they were logged.
inline constexpr const char* kRetentionClosedCase = "closed-case";
inline constexpr const char* kRetentionExchangeLog = "exchange-log";
/// The longest rule: 100 years.
inline constexpr int kMaxRetentionYears = 100;
/// Audit action of a supervisor's "review again on" (detail "kind=closed-case review-on=2027-01-31").
/// Deletions are audit::kRetentionDelete; rule changes audit::kSettingChange.
inline constexpr const char* kAuditRetentionPostpone = "retention-postpone";

struct RetentionRule {
    std::string kind;
    int years = 0;  ///< 0 = keep forever (the default for every kind)
    std::string updatedAt;
    std::string updatedBy;  ///< user UUID
};

/// A record past its retention date, listed for a supervisor to confirm.
struct RetentionItem {
    std::string kind;
    std::string uuid;
    std::string label;      ///< case reference, or the log entry's bundle id — never a name
    std::string basisDate;  ///< closedOn / logged date
    std::string dueOn;      ///< basisDate + rule years, or the review date when one is set
    std::string reviewOn;   ///< a supervisor's "review again on" date that postponed it, if any
};
// For "exchange-log" items, `uuid` is the log entry's id in decimal ("42", as `bundle log` lists
// it): log entries have no UUID. For a closed case, `basisDate` is closedOn, or the date of its
// last change when it was closed without a closing date.

/// One top-level record a purge deletes (or, in a preview, would delete).
struct PurgedRecord {
    std::string recordType;  ///< "case", "person" (left in no other case) or "exchange-log"
    std::string uuid;
    std::string label;       ///< case reference or bundle id; empty for a person (never a name)
    int rows = 0;            ///< rows deleted for it, in every table
    std::string tables;      ///< "case_file=1 case_person=3 note=2 …" (as in its audit entry)
};

struct PurgeReport {
    int records = 0;          ///< top-level records deleted
    int rows = 0;             ///< rows deleted in all tables
    int files = 0;            ///< attachment files removed (in a preview: that would be removed)
    std::int64_t bytesBefore = 0;  ///< database file size before VACUUM
    std::int64_t bytesAfter = 0;
    bool vacuumed = false;    ///< VACUUM ran (false in a preview, or when it failed after the commit)
    std::vector<PurgedRecord> deleted;      ///< the cases (or log entries), then the people
    std::vector<std::string> keptPersons;   ///< people of the cases kept because another case names them
};

/// Retention rules (set: SettingsManage; read: SettingsManage or RetentionConfirm), the list of
/// what is due, postponement and deletion (RetentionConfirm). Every change is audited.
class RetentionService {
public:
    RetentionService(Context& ctx, std::string attachmentDir) : m_ctx(ctx), m_attachmentDir(std::move(attachmentDir)) {}

    [[nodiscard]] Result<std::vector<RetentionRule>> rules();
    [[nodiscard]] Status setRule(const std::string& kind, int years);
    /// Records due on or before `today` (ISO date); the GUI and CLI pass ctx.today().
    [[nodiscard]] Result<std::vector<RetentionItem>> due(const std::string& today);
    /// Postpones one record: it is not listed again before `reviewOn`. Audited.
    [[nodiscard]] Status postpone(const std::string& kind, const std::string& uuid, const std::string& reviewOn);
    /// Deletes the listed records for real, in one transaction, each audited as retention-delete;
    /// removes their attachment files after the commit, then VACUUMs. Only records that are due
    /// on `today` are accepted (checked again inside the transaction): anything else is Refused
    /// and nothing is deleted. `today` may not be after ctx.today(). Not inside a caller's
    /// transaction (Refused): neither VACUUM nor the file removal could be rolled back with it.
    /// Deletion is plain SQL in this service's transaction; RetentionConfirm is the only gate.
    /// See docs/security.md ("Retention") for everything a closed case takes with it.
    [[nodiscard]] Result<PurgeReport> purge(const std::string& kind, const std::vector<std::string>& uuids,
                                            const std::string& today);
    /// What purge() would delete, without deleting anything (the same checks and counts; the
    /// work is rolled back): for the confirmation step of the CLI and the GUI. RetentionConfirm.
    [[nodiscard]] Result<PurgeReport> preview(const std::string& kind, const std::vector<std::string>& uuids,
                                              const std::string& today);

private:
    [[nodiscard]] Result<PurgeReport> run(const std::string& kind, const std::vector<std::string>& uuids,
                                          const std::string& today, bool apply);

    Context& m_ctx;
    std::string m_attachmentDir;
};

}  // namespace lintas::security
