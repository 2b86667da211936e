#pragma once

#include "lintas/Result.h"
#include "lintas/exchange/BundleImport.h"
#include "lintas/exchange/BundleManifest.h"
#include "lintas/exchange/Crypto.h"
#include "lintas/exchange/Json.h"
#include "lintas/exchange/RecordCodec.h"
#include "lintas/exchange/TrustService.h"
#include "lintas/exchange/Zip.h"
#include "lintas/service/Context.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Signed case bundles: export, verification and (later) import. Format: docs/bundle-format.md.
///
/// Who does what:
///  - BundleExport.cpp  — previewExport(), exportBundle(): selection, consent, handling codes,
///                        pseudonymisation, statistics, writing and signing the file.
///  - BundleVerify.cpp  — verify() and VerifiedBundle: every check, before anything is written.
///  - BundleService.cpp — construction, the exchange log, shared helpers.
///  - BundleImport.cpp  — (import engineer) previewImport/applyImport/resolveConflict/receipt,
///                        built on VerifiedBundle. Nothing else here needs to change for it.
namespace lintas::exchange {

/// What to do with a victim whose consent does not cover the recipient and purpose.
enum class ConsentFallback {
    Pseudonymise,  ///< export the victim pseudonymised (the preview says so)
    Refuse,        ///< refuse the whole export, naming the victim (ErrorCode::Refused)
};

/// One case and which of its parts to send. For each list: std::nullopt = all of them, a list =
/// exactly those UUIDs (each must belong to the case, else Validation naming it).
struct CaseSelection {
    std::string caseUuid;
    std::optional<std::vector<std::string>> persons;        ///< parties (any role)
    std::optional<std::vector<std::string>> journeyLegs;    ///< only legs of selected victims go
    std::optional<std::vector<std::string>> relationships;  ///< both ends must be sent
    std::optional<std::vector<std::string>> referrals;      ///< only referrals of selected victims go
    std::optional<std::vector<std::string>> notes;
    std::optional<std::vector<std::string>> attachments;    ///< attachment UUIDs
    bool caseLinks = true;
};

struct ExportRequest {
    std::vector<CaseSelection> cases;  ///< ignored parts for the statistics profile: only the case set counts
    std::string recipientCode;
    std::string recipientCountry;      ///< ISO alpha-3
    /// Which of the recipient's trusted certificates to name (and encrypt to). Empty: the most
    /// recently added trusted one. The recipient must have one: bundles go to known partners only.
    std::string recipientFingerprint;
    std::string purpose;               ///< vocab ConsentPurpose
    std::string tlp;                   ///< vocab Tlp; not less restrictive than any case sent
    std::string handlingCode;          ///< vocab HandlingCode; not less restrictive than any case sent
    BundleProfile profile = BundleProfile::Full;
    ConsentFallback onMissingConsent = ConsentFallback::Pseudonymise;
    /// Wrap the signed bundle as CMS EnvelopedData (AES-256) to the recipient's certificate;
    /// the file then is "<name>.lintas.p7m".
    bool encrypt = false;
};

/// How one victim leaves (or does not).
enum class VictimTreatment { Identifiable, Pseudonymised, Refused };
[[nodiscard]] const char* victimTreatmentName(VictimTreatment t);  ///< "identifiable", …

struct VictimDecision {
    std::string caseUuid;
    std::string caseReference;
    std::string personUuid;
    VictimTreatment treatment = VictimTreatment::Pseudonymised;
    /// Stable machine code: "consent" (covered), "profile" (the profile pseudonymises every
    /// victim), "no-consent", "consent-withdrawn", "consent-other-recipient",
    /// "consent-other-purpose", "consent-other-case", "consent-scope" (no Identity/All scope).
    /// For several consents, the reason of the one that came closest.
    std::string reason;
    std::string consentUuid;  ///< the consent relied on, when identifiable
    std::string pseudonym;    ///< the code that leaves, when pseudonymised
};

/// One record that would leave. Labels are for the user's screen only (they may contain names of
/// identifiable persons; for a pseudonymised victim the label is the pseudonym).
struct PreviewItem {
    std::string kind;      ///< "case", "person", "victim-profile", "suspect-profile", "journey-leg",
                           ///< "case-link", "relationship", "referral", "note", "attachment",
                           ///< "organisation", "statistics"
    std::string uuid;      ///< as sent (a pseudonymised victim's derived UUID)
    std::string caseUuid;  ///< empty for organisations and statistics
    std::string label;
    bool pseudonymised = false;
    std::uint64_t size = 0;  ///< attachments: content bytes
};

/// Why the export cannot go as requested. Any blocker makes exportBundle() refuse.
struct ExportBlocker {
    /// "victim-consent" (fallback Refuse), "third-agency-handling-code" (H1/H2 record of a third
    /// agency without a recorded permission), "originator-only" (H3), "marking-too-weak"
    /// (request's TLP or handling code below a case's), "needs-approval" (handling code H2 or
    /// TLP:RED without an unused supervisor's approval of this request by another user; kind
    /// "export", uuid = the request digest).
    std::string reason;
    std::string kind;  ///< record kind as in PreviewItem
    std::string uuid;
    std::string caseUuid;
    std::string caseReference;
    std::string detail;  ///< technical, no personal data (e.g. "origin THA/DSI, handling code H2")
};

/// A supervisor's approval of one export request (table export_approval). An export whose
/// strictest handling code is H2 or whose TLP is RED leaves only with one: the approval names the
/// request by its digest (requestDigest()) and is used up by the export it allows.
struct ExportApproval {
    std::int64_t id = 0;
    std::string requestDigest;   ///< SHA-256 (hex) of the canonical request
    std::string approvedByUuid;  ///< the approving user's UUID
    std::string approvedBy;      ///< their user name (empty if the account is gone)
    std::string approvedAt;
    std::string note;            ///< the supervisor's note (free text, may be empty)
    std::string usedAt;          ///< when an export used it; empty while pending
    [[nodiscard]] bool pending() const { return usedAt.empty(); }
};

struct ExportPreview {
    BundleParty sender;
    BundleParty recipient;
    std::string purpose;
    std::string tlp;
    std::string handlingCode;
    BundleProfile profile = BundleProfile::Full;
    std::vector<PreviewItem> items;       ///< exactly what leaves, in bundle order
    std::vector<VictimDecision> victims;  ///< one per (case, victim) in the selection
    std::vector<ExportBlocker> blockers;
    /// Left out on purpose, not blocking: "victim-photo" (an image or video attachment of a case
    /// with a pseudonymised victim).
    std::vector<ExportBlocker> withheld;
    std::uint64_t attachmentBytes = 0;
    /// The strictest handling code among the request and every record that would leave.
    std::string strictestHandlingCode;
    /// True when this export needs a supervisor's approval (strictest handling code H2, or TLP:RED).
    bool needsApproval = false;
    /// requestDigest() of this request: what a supervisor's approval must name.
    std::string requestDigest;
    /// The unused approval the export would use (when needed and given).
    std::optional<ExportApproval> approval;
    [[nodiscard]] bool allowed() const { return blockers.empty(); }
};

struct ExportResult {
    std::string path;        ///< the file written (".lintas" or ".lintas.p7m")
    std::string fileSha256;
    std::uint64_t fileSize = 0;
    Manifest manifest;
    ExportPreview preview;
    std::int64_t approvalId = 0;  ///< the approval used up, 0 when none was needed
};

/// Everything of one case an export could send, for choosing its parts before the preview (the
/// export wizard's first page). Read on the exporter's behalf, as the export reads it; for the
/// screen, a victim's name is kMaskedName unless the session may read victims' identity, and
/// note texts and relationship notes are empty unless it may read intelligence.
struct ExportCandidates {
    Case caseFile;
    std::vector<CaseParty> parties;
    std::vector<JourneyLeg> journey;
    std::vector<Relationship> relationships;
    std::vector<Referral> referrals;
    std::vector<Note> notes;
    std::vector<Attachment> attachments;
    std::vector<CaseLink> caseLinks;  ///< those recorded on this case
    /// Names of the organisations the relationships and referrals refer to, by UUID.
    std::map<std::string, std::string> organisationNames;
};

/// Limits applied by verify(). The defaults fit the benchmark bundle (1 000 cases, 500 MB of
/// attachments) with room to spare.
struct BundleLimits {
    ZipLimits zip;
    std::uint64_t maxManifestBytes = 4u * 1024 * 1024;
    std::uint64_t maxSignatureBytes = 256u * 1024;
    std::uint64_t maxRecordBytes = 16u * 1024 * 1024;
    std::size_t maxJsonDepth = 32;
};

/// A bundle that passed every check of verify(). Records are read one at a time, straight from
/// the archive, and every read re-checks size and SHA-256 against the signed manifest (the file
/// could change on disk between verify() and import). Movable, not copyable; owns the open
/// archive and, for an encrypted bundle, the decrypted temporary file (removed on destruction).
class VerifiedBundle {
public:
    VerifiedBundle(VerifiedBundle&&) noexcept;
    VerifiedBundle& operator=(VerifiedBundle&&) noexcept;
    ~VerifiedBundle();

    [[nodiscard]] const Manifest& manifest() const;
    /// The trusted partner certificate that verified the signature.
    [[nodiscard]] const PartnerCertificate& signer() const;
    [[nodiscard]] const std::string& signerFingerprint() const { return signer().fingerprint; }
    /// SHA-256 of the file as received (the .p7m when encrypted).
    [[nodiscard]] const std::string& fileSha256() const;
    [[nodiscard]] bool wasEncrypted() const;

    /// UUIDs of records/cases/<uuid>.json, in manifest order.
    [[nodiscard]] std::vector<std::string> caseUuids() const;
    [[nodiscard]] std::vector<std::string> organisationUuids() const;
    /// Manifest entries under attachments/.
    [[nodiscard]] std::vector<ManifestEntry> attachmentEntries() const;

    [[nodiscard]] Result<CaseRecord> readCase(const std::string& uuid);
    [[nodiscard]] Result<OrganisationRecord> readOrganisation(const std::string& uuid);
    /// NotFound unless the profile is statistics.
    [[nodiscard]] Result<StatisticsRecord> readStatistics();
    /// Streams attachment `sha256` to `sink` (64 KiB chunks); Untrusted if the bytes do not hash
    /// to the manifest's value (the sink has then seen them: write to a temporary file).
    [[nodiscard]] Status streamAttachment(const std::string& sha256, const std::function<Status(std::string_view)>& sink);
    /// Copies attachment `sha256` to `destination` via a temporary file, renamed only when the
    /// hash matched.
    [[nodiscard]] Status copyAttachment(const std::string& sha256, const std::string& destination);

    struct Impl;
    explicit VerifiedBundle(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> m_impl;
};

/// One row of the exchange log.
struct ExchangeLogEntry {
    std::int64_t id = 0;
    std::string direction;  ///< "sent" / "received"
    std::string bundleUuid;
    std::optional<std::int64_t> sequence;
    std::string peerCode;
    std::string peerCountry;
    std::string signerFingerprint;
    std::string verdict;  ///< "sent"; for received: "rejected", and whatever the import writes
    std::string reason;   ///< error code name + field + detail for a rejection
    std::string profile;
    std::string purpose;
    std::string tlp;
    std::string handlingCode;
    std::string fileName;  ///< file name only, no directory
    std::string fileSha256;
    std::string summary;   ///< JSON object of counts, e.g. {"cases":3,"persons":7,…}
    std::string at;
};

struct ExchangeLogQuery {
    std::optional<std::string> direction;
    std::optional<std::string> bundleUuid;
    int limit = 500;
};

class BundleService {
public:
    BundleService(Context& ctx, TrustService& trust, std::string databasePath);

    void setLimits(const BundleLimits& limits) { m_limits = limits; }
    [[nodiscard]] const BundleLimits& limits() const { return m_limits; }

    // ---- export (BundleExport.cpp) ------------------------------------------------------------

    /// Everything the export would send, the decision for each victim, and the blockers. Reads
    /// only. Validation for a bad request (unknown case, a part not in its case, bad codes, no
    /// trusted certificate for the recipient: NotFound).
    [[nodiscard]] Result<ExportPreview> previewExport(const ExportRequest& request);

    /// The parts of one case an export could send (BundleExport): see ExportCandidates.
    [[nodiscard]] Result<ExportCandidates> exportCandidates(const std::string& caseUuid);

    /// Writes the bundle to `outPath` (".lintas"; ".lintas.p7m" when encrypting — the suffix is
    /// added when missing). Refused when the preview has blockers (detail names the first one:
    /// reason, case reference, person UUID). The file is written next to `outPath` under a
    /// temporary name and renamed; the sequence number and the exchange-log row are committed
    /// in one transaction with it, so a failure leaves neither a file nor a used number.
    /// `signer` must be the local identity (its certificate fingerprint is checked).
    [[nodiscard]] Result<ExportResult> exportBundle(const ExportRequest& request, const Identity& signer,
                                                    const std::string& outPath);

    // ---- approvals (BundleService.cpp) --------------------------------------------------------

    /// A supervisor approves `request` (ExportApprove): stores its digest in export_approval with
    /// `note` and audits it (export-approve). The request is checked (its cases exist, its codes
    /// are valid, the recipient has a trusted certificate) but not previewed. Another user than
    /// the approver must export: one's own approval never counts. Returns the approval's id.
    [[nodiscard]] Result<std::int64_t> approveExport(const ExportRequest& request, const std::string& note);
    /// Approvals, newest first; only those not used yet when `pendingOnly` (ExchangeRead).
    [[nodiscard]] Result<std::vector<ExportApproval>> approvals(bool pendingOnly = true);
    /// SHA-256 (lower-case hex) of the canonical form of `request`: its case UUIDs sorted, the
    /// recipient certificate's fingerprint (the named one, else the one the export would choose),
    /// the profile, the TLP and the handling code — exactly what an approval covers. Reads only
    /// (ExchangeRead).
    [[nodiscard]] Result<std::string> requestDigest(const ExportRequest& request);
    /// The digest over already-resolved parts (the canonical form itself; no database).
    [[nodiscard]] static std::string requestDigest(std::vector<std::string> caseUuids,
                                                   const std::string& recipientFingerprint, BundleProfile profile,
                                                   const std::string& tlp, const std::string& handlingCode);

    // ---- verify (BundleVerify.cpp) ------------------------------------------------------------

    /// Checks a received bundle and writes nothing. A ".p7m" (or any file that is not a ZIP but is
    /// CMS) is decrypted first with `recipientForDecrypt` (Refused when null). Fails closed:
    ///  Malformed — not a ZIP/CMS, unsafe archive, bad JSON, schema violation (field names it);
    ///  Untrusted — signature, certificate (unknown/revoked/expired/impostor), size or hash;
    ///  Refused   — wrong recipient, already imported, sequence not newer than the last seen,
    ///              a limit exceeded.
    [[nodiscard]] Result<VerifiedBundle> verify(const std::string& bundlePath, const Identity* recipientForDecrypt);

    // ---- exchange log (BundleService.cpp) -----------------------------------------------------

    [[nodiscard]] Result<std::vector<ExchangeLogEntry>> exchangeLog(const ExchangeLogQuery& query = {});
    /// Records a received bundle that was refused (direction "received", verdict "rejected"),
    /// with what could be learnt about it without trusting it (file name and hash only). Errors
    /// that are no verdict on the bundle — the file could not be read (Io), or it is encrypted
    /// and no identity was given yet (needsRecipientKey) — are not logged. The CLI and the GUI
    /// pass every failure of verify()/previewImport() here and let this rule decide.
    [[nodiscard]] Status logRejected(const std::string& bundlePath, const Error& why);

    /// True when verify() stopped only because the bundle is encrypted (CMS EnvelopedData) and
    /// no identity was given: unlock the local identity and verify again.
    [[nodiscard]] static bool needsRecipientKey(const Error& error);

    // ---- import (BundleImport.cpp, BundleReceipt.cpp) -----------------------------------------
    // Replay state: imported_bundle; provenance: provenance (handling_code/tlp from the manifest:
    // export reads them to enforce H1/H2 on re-sharing). Rules: docs/bundle-format.md, "Import".

    /// What applying `bundle` would do, record by record (new / update / unchanged / conflict),
    /// with counts and, for a statistics bundle, the aggregates. Reads only; logs nothing.
    /// Refused when the bundle was already imported or its sequence is not newer than the last
    /// one applied from that sender (the same checks applyImport makes).
    [[nodiscard]] Result<ImportPreview> previewImport(VerifiedBundle& bundle);

    /// Applies `bundle` in one transaction: foreign agencies, records with the partner's UUIDs
    /// and origin, provenance, conflict rows, case links, attachments (copied content-addressed
    /// into the workspace's attachment directory), imported_bundle, and an exchange-log row
    /// (verdict "imported", summary of counts). Any failure rolls everything back. A replayed
    /// bundle is Refused and logged as "rejected"; nothing else is written.
    [[nodiscard]] Result<ImportResult> applyImport(VerifiedBundle& bundle, const ImportOptions& options);

    /// Import conflicts, newest first; only the open ones when `openOnly`.
    [[nodiscard]] Result<std::vector<ImportConflict>> conflicts(bool openOnly = true);
    /// Keeps our value or writes the partner's for one conflict, in one transaction (the record's
    /// version increases when theirs is taken). IllegalTransition when already resolved.
    [[nodiscard]] Status resolveConflict(std::int64_t conflictId, ConflictChoice choice);

    /// Provenance of a received record; std::nullopt for a record created here.
    /// `kind` as in ImportItem ("case", "person", "organisation", …).
    [[nodiscard]] Result<std::optional<RecordProvenance>> provenanceOf(const std::string& kind,
                                                                       const std::string& uuid);

    /// Writes a signed receipt for a received (or rejected) bundle found in the exchange log to
    /// `outPath` (".lintas-receipt" added when missing). `signer` must be the local identity.
    [[nodiscard]] Result<ReceiptInfo> writeReceipt(const ReceiptRequest& request, const Identity& signer,
                                                   const std::string& outPath);
    /// Verifies a receipt against the trust store (the issuer's pinned certificate) and matches
    /// it to a bundle we sent. Writes nothing. Malformed / Untrusted like verify().
    [[nodiscard]] Result<ReceiptInfo> verifyReceipt(const std::string& path);

private:
    struct Selection;  // BundleExport.cpp
    [[nodiscard]] Result<Selection> select(const ExportRequest& request);
    /// Sets the preview's approval fields and adds the "needs-approval" blocker when due.
    [[nodiscard]] Status checkApproval(Selection& selection, const std::string& strictestHandlingCode);
    /// The trusted certificate an export to the request's recipient names: the one given by
    /// fingerprint (its agency must match when code and country are given), else the most
    /// recently added trusted one. NotFound when there is none; no permission check.
    [[nodiscard]] Result<PartnerCertificate> recipientCertificate(const ExportRequest& request);
    /// requestDigest() without the permission check (for approveExport).
    [[nodiscard]] Result<std::string> digestOf(const ExportRequest& request);
    /// The newest unused approval of `digest` by another user than the signed-in one.
    [[nodiscard]] Result<std::optional<ExportApproval>> usableApproval(const std::string& digest);
    /// Marks approval `id` used (inside the export's transaction); Refused if it was used meanwhile.
    [[nodiscard]] Status useApproval(std::int64_t id);
    [[nodiscard]] Status writeBundleFile(const Selection& selection, const Manifest& head, const Identity& signer,
                                         const std::string& zipPath, Manifest& written);
    /// HMAC-SHA256 of (recipient, person) under the database's pseudonym secret.
    [[nodiscard]] Result<std::string> pseudonymDigest(const AgencyKey& recipient, const std::string& personUuid);
    [[nodiscard]] Result<std::string> pseudonymSecret();
    [[nodiscard]] Status appendLog(const ExchangeLogEntry& entry);

    Context& m_ctx;
    TrustService& m_trust;
    std::string m_dbPath;
    BundleLimits m_limits;
};

}  // namespace lintas::exchange
