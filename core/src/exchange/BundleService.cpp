#include "lintas/exchange/BundleService.h"

#include "BundleSupport.h"

#include "lintas/store/Database.h"

#include <openssl/evp.h>

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
    return tx.commit();
}

}  // namespace lintas::exchange
