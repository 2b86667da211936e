#pragma once

#include "lintas/Clock.h"
#include "lintas/Result.h"
#include "lintas/store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lintas {
class Context;
}

namespace lintas::security {

/// Actions written to the audit log (stable machine names; docs/security.md lists them).
namespace audit {
inline constexpr const char* kCreate = "create";
inline constexpr const char* kUpdate = "update";                   ///< detail: "fields=a,b,c"
inline constexpr const char* kDelete = "delete";
inline constexpr const char* kReadIdentity = "read-identity";      ///< reason required
inline constexpr const char* kSearch = "search";                   ///< detail: "results=N" (never the query text)
inline constexpr const char* kExport = "export";
inline constexpr const char* kImport = "import";
inline constexpr const char* kPrint = "print";
inline constexpr const char* kSignIn = "sign-in";
inline constexpr const char* kSignInFailed = "sign-in-failed";
inline constexpr const char* kSignOut = "sign-out";
inline constexpr const char* kLock = "lock";
inline constexpr const char* kUnlock = "unlock";
inline constexpr const char* kPermissionDenied = "permission-denied"; ///< detail: "permission=case-write"
inline constexpr const char* kRoleChange = "role-change";          ///< detail: "from=a,b to=c"
inline constexpr const char* kUserCreate = "user-create";
inline constexpr const char* kUserDisable = "user-disable";
inline constexpr const char* kPasswordChange = "password-change";
inline constexpr const char* kSettingChange = "setting-change";
inline constexpr const char* kExportApprove = "export-approve";
inline constexpr const char* kRetentionDelete = "retention-delete";
inline constexpr const char* kAuditExport = "audit-export";
inline constexpr const char* kAuditCheckpoint = "audit-checkpoint";
inline constexpr const char* kDatabaseEncrypt = "database-encrypt";
}  // namespace audit

/// One entry. `hash` = SHA-256 (hex) of the canonical form of every other field, including
/// `prevHash`, the hash of the entry before (64 zeros for the first). No personal data: records
/// are named by type and UUID only; `detail` holds field names, counts or codes, never values.
struct AuditEntry {
    std::int64_t seq = 0;  ///< 1, 2, 3… without gaps
    std::string at;        ///< ISO 8601 UTC
    std::string userUuid;  ///< empty for the system (migrations)
    std::string username;  ///< the sign-in name at the time
    std::string action;
    std::string recordType;  ///< "case", "person", "referral", "user", "bundle", … or empty
    std::string recordUuid;
    std::string detail;
    std::string reason;  ///< why a victim's identifying data was read; empty otherwise
    std::string prevHash;
    std::string hash;
};

/// The `prevHash` of the first entry: 64 zeros.
inline constexpr std::string_view kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
/// The record type under which the audit log's own actions (export, checkpoint, denials of
/// access to it) are recorded.
inline constexpr const char* kAuditLogRecordType = "audit-log";
/// The first line of an export names its format and version (see AuditLog::exportTo).
inline constexpr const char* kAuditExportFormat = "lintas-audit-log";
inline constexpr int kAuditExportVersion = 1;

/// The canonical byte string an entry's hash covers (fields separated by 0x1F, in the order
/// seq, at, userUuid, username, action, recordType, recordUuid, detail, reason, prevHash).
[[nodiscard]] std::string canonicalForm(const AuditEntry& e);
[[nodiscard]] std::string entryHash(const AuditEntry& e);

/// Filters of AuditLog::query/count; an empty string filters nothing.
struct AuditQuery {
    std::string userUuid;
    std::string username;  ///< the sign-in name recorded in the entry, any letter case
    std::string recordType;
    std::string recordUuid;
    std::string action;
    std::string from;  ///< inclusive ISO timestamp or date
    std::string to;    ///< inclusive ISO timestamp or date (a date includes that whole day)
    int limit = 500;   ///< 0 or less: no limit
    int offset = 0;
    bool newestFirst = true;
};

struct AuditVerification {
    bool ok = true;
    std::int64_t entries = 0;         ///< entries that verified (all of them when ok)
    std::int64_t firstBrokenSeq = 0;  ///< 0 when ok; else the first entry that does not verify
    std::string problem;              ///< English, e.g. "hash does not match its content"
    std::string headHash;             ///< hash of the last entry that verified
};

/// The head of the chain at a moment: kept outside the workstation (printed, sent to a
/// supervisor), it makes truncation detectable.
struct AuditCheckpoint {
    std::int64_t seq = 0;
    std::string hash;
    std::string at;
    std::string agency;  ///< "IDN/BARESKRIM"
    /// "LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=123 at=… sha256=…" (no newline)
    [[nodiscard]] std::string toText() const;
    /// Reads toText()'s form (surrounding white space allowed, upper-case hex accepted). Anything
    /// else is a Malformed error whose field names the part that is wrong ("checkpoint.seq", …).
    [[nodiscard]] static Result<AuditCheckpoint> parse(const std::string& text);
};

/// The append-only, hash-chained audit log (table audit_log; triggers refuse UPDATE and DELETE,
/// and verify() catches edits made with the triggers dropped).
class AuditLog {
public:
    AuditLog(store::Database& db, Clock& clock) : m_db(db), m_clock(clock) {}

    /// Appends `e` (seq, at, prevHash and hash are filled in here) inside the caller's
    /// transaction when there is one, so an action and its entry commit together.
    [[nodiscard]] Status append(AuditEntry e);

    [[nodiscard]] Result<std::vector<AuditEntry>> query(const AuditQuery& q);
    [[nodiscard]] Result<std::int64_t> count(const AuditQuery& q);
    /// Checks every entry in order: seq without gaps, prevHash links, hash over content.
    [[nodiscard]] Result<AuditVerification> verify();
    /// As verify(), and also that the entry `checkpoint.seq` exists with `checkpoint.hash`.
    [[nodiscard]] Result<AuditVerification> verifyAgainst(const AuditCheckpoint& checkpoint);
    /// Writes the whole log as JSON Lines (one entry per line, a header line first) for archive.
    /// The header: {"format":"lintas-audit-log","version":1,"agency":…,"exportedAt":…,
    /// "entries":N,"headSeq":N,"headSha256":…,"hashAlgorithm":"sha256","canonicalForm":…}; each
    /// entry: {"seq","at","userUuid","username","action","recordType","recordUuid","detail",
    /// "reason","prevHash","hash"}. Written to a temporary file (mode 0600) renamed into place.
    [[nodiscard]] Status exportTo(const std::string& path);
    /// The current head (seq 0 and kGenesisHash for an empty log), stamped with the clock's now.
    [[nodiscard]] Result<AuditCheckpoint> checkpoint(const std::string& agency);
    /// Reads of a victim's identifying data (action read-identity) for `personUuid`, newest first.
    [[nodiscard]] Result<std::vector<AuditEntry>> readsOf(const std::string& personUuid);
    /// "IDN/BARESKRIM": the local agency, as checkpoints and exports name it.
    [[nodiscard]] Result<std::string> agencyLabel();

private:
    /// verify(), also capturing the stored hash of entry `watchSeq` (when it is reached).
    [[nodiscard]] Result<AuditVerification> verifyChain(std::int64_t watchSeq, std::optional<std::string>* watched,
                                                        std::int64_t* lastSeq);

    store::Database& m_db;
    Clock& m_clock;
};

/// The audit log as users reach it (CLI `audit …`, the GUI's Audit page and "who has seen this
/// victim's record"): every call first requires Permission::AuditRead from the signed-in user
/// (a refusal is itself audited as permission-denied). AuditLog stays the low-level class that
/// Context::record writes through. Cheap to construct: `AuditService audit(ws.context());`.
class AuditService {
public:
    explicit AuditService(Context& ctx) : m_ctx(ctx) {}

    /// Entries matching `q` (see AuditQuery), newest first unless q.newestFirst is false.
    [[nodiscard]] Result<std::vector<AuditEntry>> query(const AuditQuery& q);
    /// How many entries match `q` (limit and offset ignored).
    [[nodiscard]] Result<std::int64_t> count(const AuditQuery& q);
    /// AuditLog::verify.
    [[nodiscard]] Result<AuditVerification> verify();
    /// AuditLog::verifyAgainst; a checkpoint of another agency's log is a Validation error
    /// (field "checkpoint.agency").
    [[nodiscard]] Result<AuditVerification> verifyAgainst(const AuditCheckpoint& checkpoint);
    /// Appends an audit-export entry (detail "entries=N", N counting it) and writes the log,
    /// that entry included, to `path` (AuditLog::exportTo), all in one transaction: when the
    /// file cannot be written no entry remains. Returns the head the export ends with.
    [[nodiscard]] Result<AuditCheckpoint> exportTo(const std::string& path);
    /// Appends an audit-checkpoint entry and returns the checkpoint of the head, that entry
    /// included, for the local agency.
    [[nodiscard]] Result<AuditCheckpoint> checkpoint();
    /// Who has read this person's identifying data, and why (read-identity entries), newest first.
    /// A screen shown to every role should ask `ctx.can(Permission::AuditRead)` first: a refused
    /// call is recorded as permission-denied.
    [[nodiscard]] Result<std::vector<AuditEntry>> readsOf(const std::string& personUuid);

private:
    Context& m_ctx;
};

}  // namespace lintas::security
