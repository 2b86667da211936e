#pragma once

#include "lintas/exchange/BundleManifest.h"
#include "lintas/exchange/RecordCodec.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

/// Importing verified bundles: preview, apply, provenance, conflicts and signed receipts.
/// The operations are members of BundleService (BundleService.h, "import"); these are their
/// value types. Rules and decisions: docs/bundle-format.md ("Import", "Receipts").
namespace lintas::exchange {

/// What applying the bundle would do to one record.
enum class ImportAction {
    New,        ///< not in this database: inserted with the partner's UUID and origin
    Update,     ///< a newer copy of a record received earlier from the same origin: fields applied
    Unchanged,  ///< identical to what we hold: nothing to write
    Conflict,   ///< would be updated, but some fields were edited here too (see conflictingFields),
                ///< or the record cannot be taken at all (see ImportItem::refusal)
};
/// "new", "update", "unchanged", "conflict".
[[nodiscard]] const char* importActionName(ImportAction action);

/// One record of the bundle and what applying it does.
struct ImportItem {
    /// "case", "person", "organisation", "victim-profile", "suspect-profile", "case-party",
    /// "journey-leg", "case-link", "relationship", "referral", "note", "attachment"
    std::string kind;
    std::string uuid;
    std::string caseUuid;  ///< empty for organisations
    std::string label;     ///< for the user's screen only (reference, name or pseudonym)
    ImportAction action = ImportAction::New;
    /// Update with local edits: the fields both sides changed differently, e.g. "title". They
    /// become ImportConflict rows; the record's other fields are still updated.
    std::vector<std::string> conflictingFields;
    /// Non-empty when the record is never written, whatever the user does (action Conflict):
    /// "local-record" (the bundle carries a record of our own agency), "other-origin" (the UUID
    /// exists here with another origin agency than the bundle claims), "other-case" (a child row
    /// whose UUID exists here under another case).
    std::string refusal;
    bool pseudonymised = false;  ///< a victim received as a stable code instead of a name
    std::uint64_t size = 0;      ///< attachments: content bytes
};

struct ImportCounts {
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t conflicts = 0;  ///< items with action Conflict (refused items included)
    std::int64_t refused = 0;    ///< items with a refusal
    std::int64_t conflictFields = 0;  ///< ImportConflict rows the apply would create
    std::int64_t attachmentBytes = 0; ///< bytes of attachments to copy (new content only)
};

/// What the manifest says, without its entry list.
struct BundleSummary {
    std::string bundleUuid;
    std::int64_t sequence = 0;
    BundleParty sender;
    BundleParty recipient;
    std::string createdAt;
    std::string purpose;
    std::string tlp;
    std::string handlingCode;
    BundleProfile profile = BundleProfile::Full;
    std::string generator;
    std::string fileSha256;  ///< of the file as received
    bool encrypted = false;
};

/// Everything an import would do. Produced by BundleService::previewImport, which writes nothing.
struct ImportPreview {
    BundleSummary bundle;
    std::string signerFingerprint;  ///< the trusted certificate that verified the signature
    std::string signerAgencyName;
    std::vector<ImportItem> items;  ///< in bundle order: organisations, then each case's records
    ImportCounts counts;
    /// Statistics profile only: the aggregates (stored nothing as records; kept in the exchange
    /// log summary on apply).
    std::optional<StatisticsRecord> statistics;
    /// Partner case UUIDs that already link (case_link) to a local case: partner → local.
    std::map<std::string, std::string> existingCaseLinks;
};

struct ImportOptions {
    /// 4×4 grading given by the receiving officer to this bundle: source "A", "B", "C", "X" and
    /// information "1"–"4". Stored in each record's provenance. Validation when not one of these.
    std::string sourceGrade = "X";
    std::string infoGrade = "4";
    /// Partner case UUID → local case UUID: a case_link is created from the local case to the
    /// received one (both directions are then visible in the UI). NotFound for an unknown local
    /// case, Validation for a partner case not in the bundle.
    std::map<std::string, std::string> caseLinks;
    /// FOR TESTS ONLY: fail with ErrorCode::Internal after this many case records have been
    /// written, inside the transaction, to prove that an interrupted import changes nothing.
    std::optional<std::size_t> failAfterCases;
};

struct ImportResult {
    BundleSummary bundle;
    ImportCounts counts;
    std::vector<ImportItem> items;       ///< what was done, in bundle order
    std::vector<std::int64_t> conflictIds;  ///< ImportConflict rows created
    std::int64_t logId = 0;              ///< the exchange_log row (verdict "imported")
};

enum class ConflictState { Open, KeptOurs, TookTheirs };
/// "open", "kept-ours", "took-theirs" (the values stored in import_conflict.state).
[[nodiscard]] const char* conflictStateName(ConflictState state);

/// A field where a partner's update met a local edit.
struct ImportConflict {
    std::int64_t id = 0;
    std::string bundleUuid;
    std::string kind;         ///< "case", "person", "organisation"
    std::string recordUuid;
    std::string recordLabel;  ///< current label of the record (reference or name), for the screen
    std::string caseUuid;     ///< the case the record belongs to (empty for organisations/persons
                              ///< outside any case)
    std::string field;        ///< field name as in the bundle records, e.g. "title", "family_name"
    std::string ours;         ///< JSON text of our value when the conflict arose
    std::string theirs;       ///< JSON text of the partner's value
    ConflictState state = ConflictState::Open;
    std::string createdAt;
    std::string resolvedAt;
};

enum class ConflictChoice { KeepOurs, TakeTheirs };

/// Where a received record came from (one row per record; the latest bundle that touched it).
struct RecordProvenance {
    std::string kind;
    std::string uuid;
    std::string bundleUuid;
    BundleParty sender;           ///< code, country, signer fingerprint of that bundle
    std::string senderName;
    AgencyKey origin;             ///< the record's origin agency (may differ from the sender)
    std::string receivedAt;
    std::string sourceGrade;      ///< "A", "B", "C", "X"
    std::string infoGrade;        ///< "1"–"4"
    std::string remoteUpdatedAt;  ///< the record's updated_at at the partner
    std::int64_t localVersion = 0;  ///< version right after the import (0 for rows without one)
    bool editedLocally = false;     ///< changed here since the import
    std::string pseudonym;          ///< non-empty for a victim received pseudonymised
    std::string tlp;
    std::string handlingCode;
    std::int64_t openConflicts = 0;
};

enum class ReceiptVerdict { Accepted, Rejected };
/// "accepted", "rejected".
[[nodiscard]] const char* receiptVerdictName(ReceiptVerdict verdict);

/// What the receiver tells the sender about one bundle.
struct ReceiptRequest {
    /// Identifies the bundle: its UUID (a received bundle in the exchange log), or, for a bundle
    /// rejected before its manifest could be trusted, the SHA-256 of the file (as logged).
    /// At least one must be given; when both are, they must name the same log row.
    std::string bundleUuid;
    std::string fileSha256;
    ReceiptVerdict verdict = ReceiptVerdict::Accepted;
    /// For a rejection: a machine reason such as "untrusted: manifest.p7s: certificate expired".
    /// Empty means the reason logged for the bundle. Never personal data.
    std::string reason;
};

/// A receipt as read back (and verified) by the sender, or as written by the receiver.
struct ReceiptInfo {
    std::string receiptUuid;
    std::string issuedAt;
    BundleParty issuer;       ///< the receiving agency that signed the receipt
    BundleParty bundleSender; ///< whom the receipt is for (empty code when the bundle was unreadable)
    std::string bundleUuid;   ///< may be empty for a bundle rejected before its manifest was trusted
    std::int64_t bundleSequence = 0;
    std::string bundleFileSha256;
    ReceiptVerdict verdict = ReceiptVerdict::Accepted;
    std::string reason;
    std::string summary;      ///< JSON object of counts, as in the receiver's exchange log
    std::string path;         ///< the receipt file
    /// Set by verifyReceipt: the id of our exchange_log row (direction "sent") of the bundle the
    /// receipt is about, matched by bundle UUID and file hash; 0 when we never sent it.
    std::int64_t sentLogId = 0;
};

}  // namespace lintas::exchange
