#include "lintas/exchange/BundleService.h"

#include "BundleSupport.h"
#include "service/Support.h"

#include "lintas/domain/Vocabulary.h"

#include "lintas/security/AuditLog.h"
#include "lintas/store/Database.h"

#include <openssl/evp.h>

#include <algorithm>
#include <filesystem>

namespace lintas::exchange {

namespace {

/// Where the pseudonym secret lives in `meta`. 32 random bytes, hex; created on first use.
constexpr std::string_view kPseudonymSecretKey = "exchange.pseudonym_secret";

/// Domain separation for the pseudonym HMAC, so the secret can never be confused with another use.
constexpr std::string_view kPseudonymLabel = "lintas-pseudonym-v1";

}  // namespace

const char* victimTreatmentName(VictimTreatment t) {
    switch (t) {
    case VictimTreatment::Identifiable:
        return "identifiable";
    case VictimTreatment::Pseudonymised:
        return "pseudonymised";
    case VictimTreatment::Refused:
        return "refused";
    }
    return "refused";
}

BundleService::BundleService(Context& ctx, TrustService& trust, std::string databasePath)
    : m_ctx(ctx), m_trust(trust), m_dbPath(std::move(databasePath)) {}

Result<std::string> BundleService::pseudonymSecret() {
    auto& db = m_ctx.db();
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!st)
        return st.error();
    (*st)->bind(1, kPseudonymSecretKey);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (*row) {
        std::string value = (*st)->text(0);
        (*st)->reset();
        return value;
    }
    (*st)->reset();
    unsigned char bytes[32];
    LINTAS_TRY(randomBytes(bytes, sizeof bytes));
    std::string secret = bundle::toHex(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
    OPENSSL_cleanse(bytes, sizeof bytes);
    auto ins = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
    if (!ins)
        return ins.error();
    (*ins)->bind(1, kPseudonymSecretKey).bind(2, secret);
    LINTAS_TRY((*ins)->exec());
    return secret;
}

Result<std::string> BundleService::pseudonymDigest(const AgencyKey& recipient, const std::string& personUuid) {
    auto secret = pseudonymSecret();
    if (!secret)
        return secret.error();
    const std::string message = std::string(kPseudonymLabel) + '\n' + recipient.country + '\n' + recipient.code +
                                '\n' + personUuid;
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLen = 0;
    const bool ok = EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret->data(), secret->size(),
                              reinterpret_cast<const unsigned char*>(message.data()), message.size(), out, sizeof out,
                              &outLen) != nullptr;
    wipe(*secret);
    if (!ok || outLen != 32)
        return Error{ErrorCode::Internal, "pseudonym", "HMAC-SHA256 failed"};
    return std::string(reinterpret_cast<const char*>(out), outLen);
}

Status BundleService::appendLog(const ExchangeLogEntry& e) {
    auto st = m_ctx.db().prepare(
        "INSERT INTO exchange_log(direction, bundle_uuid, sequence, peer_code, peer_country, signer_fingerprint, "
        "verdict, reason, profile, purpose, tlp, handling_code, file_name, file_sha256, summary, at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!st)
        return st.error();
    (*st)->bind(1, e.direction).bind(2, e.bundleUuid).bind(3, e.sequence).bind(4, e.peerCode).bind(5, e.peerCountry);
    (*st)->bind(6, e.signerFingerprint).bind(7, e.verdict).bind(8, e.reason).bind(9, e.profile).bind(10, e.purpose);
    (*st)->bind(11, e.tlp).bind(12, e.handlingCode).bind(13, e.fileName).bind(14, e.fileSha256);
    (*st)->bind(15, e.summary.empty() ? std::string("{}") : e.summary).bind(16, e.at.empty() ? m_ctx.now() : e.at);
    return (*st)->exec();
}

Result<std::vector<ExchangeLogEntry>> BundleService::exchangeLog(const ExchangeLogQuery& query) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeRead, "bundle"));
    auto st = m_ctx.db().prepare(
        "SELECT id, direction, bundle_uuid, sequence, peer_code, peer_country, signer_fingerprint, verdict, reason, "
        "profile, purpose, tlp, handling_code, file_name, file_sha256, summary, at FROM exchange_log "
        "WHERE (?1 IS NULL OR direction = ?1) AND (?2 IS NULL OR bundle_uuid = ?2) "
        "ORDER BY at DESC, id DESC LIMIT ?3");
    if (!st)
        return st.error();
    (*st)->bind(1, query.direction).bind(2, query.bundleUuid).bind(3, query.limit);
    std::vector<ExchangeLogEntry> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto& s = **st;
        ExchangeLogEntry e;
        e.id = s.int64(0);
        e.direction = s.text(1);
        e.bundleUuid = s.text(2);
        e.sequence = s.optInt64(3);
        e.peerCode = s.text(4);
        e.peerCountry = s.text(5);
        e.signerFingerprint = s.text(6);
        e.verdict = s.text(7);
        e.reason = s.text(8);
        e.profile = s.text(9);
        e.purpose = s.text(10);
        e.tlp = s.text(11);
        e.handlingCode = s.text(12);
        e.fileName = s.text(13);
        e.fileSha256 = s.text(14);
        e.summary = s.text(15);
        e.at = s.text(16);
        out.push_back(std::move(e));
    }
    (*st)->reset();
    return out;
}

bool BundleService::needsRecipientKey(const Error& error) {
    return error.code == ErrorCode::Refused && error.field == bundle::kEncryptedField;
}

Status BundleService::logRejected(const std::string& bundlePath, const Error& why) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleImport, "bundle"));
    if (why.code == ErrorCode::Io || needsRecipientKey(why))
        return {};
    ExchangeLogEntry e;
    e.direction = "received";
    e.verdict = "rejected";
    e.reason = why.toString();
    e.fileName = std::filesystem::path(bundlePath).filename().string();
    if (auto hash = sha256FileHex(bundlePath))
        e.fileSha256 = *hash;
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(appendLog(e));
    // Nothing of the bundle is trusted: the entry names no bundle, only the verdict and its code.
    LINTAS_TRY(m_ctx.record(security::audit::kImport, "bundle", {},
                            std::string("verdict=rejected,error=") + errorCodeName(why.code)));
    return tx.commit();
}

// ---- approvals ------------------------------------------------------------------------------

namespace {

constexpr std::size_t kMaxApprovalNoteLength = 2000;

ExportApproval readApproval(const store::Statement& s) {
    ExportApproval a;
    a.id = s.int64(0);
    a.requestDigest = s.text(1);
    a.approvedByUuid = s.text(2);
    a.approvedBy = s.text(3);
    a.approvedAt = s.text(4);
    a.note = s.text(5);
    a.usedAt = s.text(6);
    return a;
}

constexpr const char* kApprovalColumns =
    "e.id, e.request_digest, e.approved_by, coalesce(u.username, ''), e.approved_at, e.note, coalesce(e.used_at, '')"
    " FROM export_approval e LEFT JOIN app_user u ON u.uuid = e.approved_by";

}  // namespace

std::string BundleService::requestDigest(std::vector<std::string> caseUuids, const std::string& recipientFingerprint,
                                         BundleProfile profile, const std::string& tlp,
                                         const std::string& handlingCode) {
    std::sort(caseUuids.begin(), caseUuids.end());
    caseUuids.erase(std::unique(caseUuids.begin(), caseUuids.end()), caseUuids.end());
    // One field per line, in a fixed order; UUIDs, fingerprints and codes hold no line break.
    std::string canonical = "lintas-export-request-v1\n";
    for (const auto& uuid : caseUuids)
        canonical += "case=" + uuid + "\n";
    canonical += "recipient=" + recipientFingerprint + "\n";
    canonical += std::string("profile=") + profileName(profile) + "\n";
    canonical += "tlp=" + tlp + "\n";
    canonical += "handling=" + handlingCode + "\n";
    return sha256Hex(canonical);
}

Result<PartnerCertificate> BundleService::recipientCertificate(const ExportRequest& request) {
    Context::Delegation delegated(m_ctx);  // callers have checked their own permission
    std::string code = request.recipientCode;
    std::string country = request.recipientCountry;
    std::string fingerprint;
    if (!request.recipientFingerprint.empty()) {
        auto named = m_trust.byFingerprint(request.recipientFingerprint);
        if (!named) {
            if (named.error().code == ErrorCode::NotFound)
                return Error{ErrorCode::NotFound, "request.recipientFingerprint",
                             "no partner certificate with that fingerprint"};
            return named.error();
        }
        if ((!code.empty() && code != named->agencyCode) || (!country.empty() && country != named->country))
            return validationError("request.recipientFingerprint", "is not a certificate of the recipient agency");
        code = named->agencyCode;
        country = named->country;
        fingerprint = named->fingerprint;
    }
    if (code.empty() || country.empty())
        return validationError("request.recipientCode", "is required");
    LINTAS_ASSIGN(certs, m_trust.forAgency(code, country));
    const PartnerCertificate* chosen = nullptr;
    for (const auto& c : certs) {
        if (c.state != TrustState::Trusted)
            continue;
        if (!fingerprint.empty() ? c.fingerprint == fingerprint
                                 : (!chosen || c.addedAt > chosen->addedAt ||
                                    (c.addedAt == chosen->addedAt && c.id > chosen->id)))
            chosen = &c;
    }
    if (!chosen)
        return Error{ErrorCode::NotFound, "request.recipient", "no trusted certificate for the recipient agency"};
    return *chosen;
}

Result<std::string> BundleService::requestDigest(const ExportRequest& request) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeRead, "bundle"));
    return digestOf(request);
}

Result<std::string> BundleService::digestOf(const ExportRequest& request) {
    if (!vocab::contains(vocab::List::Tlp, request.tlp))
        return validationError("request.tlp", "is not a TLP code");
    if (!vocab::contains(vocab::List::HandlingCode, request.handlingCode))
        return validationError("request.handlingCode", "is not a handling code");
    if (request.cases.empty())
        return validationError("request.cases", "choose at least one case");
    LINTAS_ASSIGN(recipient, recipientCertificate(request));
    std::vector<std::string> caseUuids;
    for (const auto& c : request.cases)
        caseUuids.push_back(c.caseUuid);
    return requestDigest(std::move(caseUuids), recipient.fingerprint, request.profile, request.tlp,
                         request.handlingCode);
}

Result<std::int64_t> BundleService::approveExport(const ExportRequest& request, const std::string& note) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExportApprove, "bundle"));
    Context::Delegation delegated(m_ctx);
    if (note.size() > kMaxApprovalNoteLength)
        return validationError("approval.note", "is longer than " + std::to_string(kMaxApprovalNoteLength) +
                                                    " characters");
    for (std::size_t i = 0; i < request.cases.size(); ++i)
        if (auto id = m_ctx.idOf("case_file", request.cases[i].caseUuid,
                                 "request.cases[" + std::to_string(i) + "].caseUuid");
            !id)
            return id.error();
    LINTAS_ASSIGN(digest, digestOf(request));
    LINTAS_ASSIGN(recipient, recipientCertificate(request));
    const security::Session* session = m_ctx.session();
    std::int64_t id = 0;
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    auto st = m_ctx.db().prepare(
        "INSERT INTO export_approval(request_digest, approved_by, approved_at, note) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    (*st)->bind(1, digest).bind(2, session ? session->userUuid : std::string()).bind(3, m_ctx.now()).bind(4, note);
    LINTAS_TRY((*st)->exec());
    id = m_ctx.db().lastInsertRowId();
    // Codes and counts only: the note is free text and stays in export_approval.
    LINTAS_TRY(m_ctx.record(security::audit::kExportApprove, "bundle", {},
                            "approval=" + std::to_string(id) + ",digest=" + digest +
                                ",cases=" + std::to_string(request.cases.size()) + ",recipient=" +
                                recipient.country + "/" + recipient.agencyCode + ",profile=" +
                                profileName(request.profile) + ",tlp=" + request.tlp +
                                ",handling=" + request.handlingCode));
    LINTAS_TRY(tx.commit());
    return id;
}

Result<std::vector<ExportApproval>> BundleService::approvals(bool pendingOnly) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeRead, "bundle"));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kApprovalColumns +
                                 " WHERE (?1 = 0 OR e.used_at IS NULL) ORDER BY e.id DESC");
    if (!st)
        return st.error();
    (*st)->bind(1, pendingOnly ? 1 : 0);
    std::vector<ExportApproval> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            (*st)->reset();
            return row.error();
        }
        if (!*row)
            break;
        out.push_back(readApproval(**st));
    }
    (*st)->reset();
    return out;
}

Result<std::optional<ExportApproval>> BundleService::usableApproval(const std::string& digest) {
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kApprovalColumns +
                                 " WHERE e.request_digest = ?1 AND e.used_at IS NULL AND e.approved_by <> ?2"
                                 " ORDER BY e.id LIMIT 1");
    if (!st)
        return st.error();
    const security::Session* session = m_ctx.session();
    (*st)->bind(1, digest).bind(2, session ? session->userUuid : std::string());
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    std::optional<ExportApproval> found;
    if (*row)
        found = readApproval(**st);
    (*st)->reset();
    return found;
}

Status BundleService::useApproval(std::int64_t id) {
    auto st = m_ctx.db().prepare("UPDATE export_approval SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL");
    if (!st)
        return st.error();
    (*st)->bind(1, m_ctx.now()).bind(2, id);
    LINTAS_TRY((*st)->exec());
    if (m_ctx.db().changes() != 1)
        return Error{ErrorCode::Refused, "export.needs-approval", "the approval was used by another export"};
    return {};
}

}  // namespace lintas::exchange
