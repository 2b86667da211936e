// Signed receipts: the receiver's answer (accepted / rejected) to one bundle, verifiable by the
// sender. Format: docs/bundle-format.md, "Receipts".

#include "lintas/exchange/BundleImport.h"
#include "lintas/exchange/BundleService.h"
#include "lintas/service/AgencyService.h"
#include "lintas/store/Statement.h"
#include "service/Support.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace lintas::exchange {

const char* receiptVerdictName(ReceiptVerdict verdict) {
    return verdict == ReceiptVerdict::Accepted ? "accepted" : "rejected";
}

namespace {

constexpr std::string_view kReceiptFormat = "lintas-receipt";
constexpr std::int64_t kReceiptFormatVersion = 1;
constexpr std::string_view kReceiptEntry = "receipt.json";
constexpr std::string_view kSignatureEntry = "receipt.p7s";
constexpr std::string_view kReceiptSuffix = ".lintas-receipt";
constexpr std::uint64_t kMaxReceiptBytes = 1024 * 1024;
constexpr std::uint64_t kMaxSignatureBytes = 256 * 1024;

json::Value party(const BundleParty& p, bool withFingerprint) {
    json::Value v = json::Object{{"code", p.code}, {"country", p.country}};
    if (withFingerprint)
        v.set("certificate_sha256", p.fingerprint);
    return v;
}

json::Value encodeReceipt(const ReceiptInfo& r) {
    json::Value summary = json::Object{};
    if (auto parsed = json::parse(r.summary, "summary"); parsed && parsed->isObject())
        summary = std::move(parsed).value();
    return json::Object{
        {"format", kReceiptFormat},
        {"format_version", kReceiptFormatVersion},
        {"receipt_uuid", r.receiptUuid},
        {"issued_at", r.issuedAt},
        {"issuer", party(r.issuer, true)},
        {"bundle",
         json::Object{{"uuid", r.bundleUuid.empty() ? json::Value() : json::Value(r.bundleUuid)},
                      {"sequence", r.bundleSequence == 0 ? json::Value() : json::Value(r.bundleSequence)},
                      {"sender", r.bundleSender.code.empty() ? json::Value() : party(r.bundleSender, false)},
                      {"file_sha256", r.bundleFileSha256}}},
        {"verdict", receiptVerdictName(r.verdict)},
        {"reason", r.reason},
        {"summary", std::move(summary)},
    };
}

Error malformed(const std::string& path, const std::string& rule) {
    return Error{ErrorCode::Malformed, std::string(kReceiptEntry) + ":" + path, rule};
}

/// Reads a string member; `nullable` allows null (read as empty).
Result<std::string> text(const json::Value& object, const std::string& key, const std::string& path,
                         bool nullable = false) {
    const json::Value* v = object.find(key);
    if (!v)
        return malformed(path + key, "is missing");
    if (nullable && v->isNull())
        return std::string();
    if (!v->isString())
        return malformed(path + key, "must be a string");
    return v->asString();
}

Result<BundleParty> decodeParty(const json::Value* v, const std::string& path, bool withFingerprint) {
    if (!v || !v->isObject())
        return malformed(path, "must be an object");
    BundleParty p;
    LINTAS_ASSIGN(code, text(*v, "code", path + "."));
    LINTAS_ASSIGN(country, text(*v, "country", path + "."));
    p.code = code;
    p.country = country;
    if (withFingerprint) {
        LINTAS_ASSIGN(fingerprint, text(*v, "certificate_sha256", path + "."));
        p.fingerprint = fingerprint;
    }
    if (v->asObject().size() != (withFingerprint ? 3u : 2u))
        return malformed(path, "has unknown members");
    return p;
}

Result<ReceiptInfo> decodeReceipt(const json::Value& root) {
    if (!root.isObject())
        return malformed("", "must be an object");
    static const std::vector<std::string> kMembers = {"format", "format_version", "receipt_uuid", "issued_at",
                                                      "issuer", "bundle",         "verdict",      "reason",
                                                      "summary"};
    for (const auto& [key, value] : root.asObject())
        if (std::find(kMembers.begin(), kMembers.end(), key) == kMembers.end())
            return malformed(key, "is not a receipt member");
    LINTAS_ASSIGN(format, text(root, "format", ""));
    const json::Value* version = root.find("format_version");
    if (format != kReceiptFormat || !version || !version->isInt() || version->asInt() != kReceiptFormatVersion)
        return malformed("format", "is not lintas-receipt version 1");
    ReceiptInfo r;
    LINTAS_ASSIGN(uuid, text(root, "receipt_uuid", ""));
    LINTAS_ASSIGN(issuedAt, text(root, "issued_at", ""));
    r.receiptUuid = uuid;
    r.issuedAt = issuedAt;
    LINTAS_ASSIGN(issuer, decodeParty(root.find("issuer"), "issuer", true));
    r.issuer = issuer;
    const json::Value* bundle = root.find("bundle");
    if (!bundle || !bundle->isObject() || bundle->asObject().size() != 4)
        return malformed("bundle", "must be an object with uuid, sequence, sender, file_sha256");
    LINTAS_ASSIGN(bundleUuid, text(*bundle, "uuid", "bundle.", true));
    r.bundleUuid = bundleUuid;
    const json::Value* sequence = bundle->find("sequence");
    if (!sequence || !(sequence->isNull() || sequence->isInt()))
        return malformed("bundle.sequence", "must be an integer or null");
    r.bundleSequence = sequence->isInt() ? sequence->asInt() : 0;
    const json::Value* sender = bundle->find("sender");
    if (!sender)
        return malformed("bundle.sender", "is missing");
    if (!sender->isNull()) {
        LINTAS_ASSIGN(s, decodeParty(sender, "bundle.sender", false));
        r.bundleSender = s;
    }
    LINTAS_ASSIGN(fileSha, text(*bundle, "file_sha256", "bundle."));
    if (fileSha.size() != 64 || fileSha.find_first_not_of("0123456789abcdef") != std::string::npos)
        return malformed("bundle.file_sha256", "must be 64 lower-case hex digits");
    r.bundleFileSha256 = fileSha;
    LINTAS_ASSIGN(verdict, text(root, "verdict", ""));
    if (verdict != "accepted" && verdict != "rejected")
        return malformed("verdict", "must be accepted or rejected");
    r.verdict = verdict == "accepted" ? ReceiptVerdict::Accepted : ReceiptVerdict::Rejected;
    LINTAS_ASSIGN(reason, text(root, "reason", ""));
    r.reason = reason;
    const json::Value* summary = root.find("summary");
    if (!summary || !summary->isObject())
        return malformed("summary", "must be an object");
    r.summary = json::write(*summary);
    return r;
}

}  // namespace

Result<ReceiptInfo> BundleService::writeReceipt(const ReceiptRequest& request, const Identity& signer,
                                                const std::string& outPath) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleExport, "bundle", request.bundleUuid));
    Context::Delegation delegated(m_ctx);
    if (request.bundleUuid.empty() && request.fileSha256.empty())
        return validationError("receipt.bundle", "name the bundle by UUID or file hash");
    LINTAS_ASSIGN(local, m_trust.identity());
    if (signer.certificate().fingerprint() != local.certificate.fingerprint)
        return Error{ErrorCode::Refused, "receipt.signer", "is not this database's identity"};

    // The newest received row for that bundle: a verdict of "imported" wins over earlier refusals.
    auto st = m_ctx.db().prepare(
        "SELECT bundle_uuid, sequence, peer_code, peer_country, verdict, reason, file_sha256, summary "
        "FROM exchange_log WHERE direction = 'received' AND (?1 = '' OR bundle_uuid = ?1) "
        "AND (?2 = '' OR file_sha256 = ?2) ORDER BY verdict = 'imported' DESC, id DESC LIMIT 1");
    if (!st)
        return st.error();
    (*st)->bind(1, request.bundleUuid).bind(2, request.fileSha256);
    auto row = (*st)->step();
    if (!row) {
        (*st)->reset();
        return row.error();
    }
    if (!*row) {
        (*st)->reset();
        return Error{ErrorCode::NotFound, "receipt.bundle", "no received bundle with that UUID or file hash"};
    }
    ReceiptInfo r;
    r.bundleUuid = (*st)->text(0);
    r.bundleSequence = (*st)->optInt64(1).value_or(0);
    r.bundleSender = BundleParty{(*st)->text(2), (*st)->text(3), {}};
    const std::string loggedVerdict = (*st)->text(4);
    const std::string loggedReason = (*st)->text(5);
    r.bundleFileSha256 = (*st)->text(6);
    r.summary = (*st)->text(7);
    (*st)->reset();
    if (r.bundleFileSha256.empty())
        return validationError("receipt.bundle", "the logged bundle has no file hash");
    if (request.verdict == ReceiptVerdict::Accepted && loggedVerdict != "imported")
        return validationError("receipt.verdict", "only an imported bundle can be accepted");

    LINTAS_ASSIGN(agency, AgencyService(m_ctx).local());
    r.receiptUuid = m_ctx.newUuid();
    r.issuedAt = m_ctx.now();
    r.issuer = BundleParty{agency.code, agency.country, local.certificate.fingerprint};
    r.verdict = request.verdict;
    r.reason = request.verdict == ReceiptVerdict::Rejected ? (request.reason.empty() ? loggedReason : request.reason)
                                                           : std::string();
    if (request.verdict == ReceiptVerdict::Rejected)
        r.summary = "{}";

    const std::string body = json::write(encodeReceipt(r), true);
    LINTAS_ASSIGN(signature, cmsSignDetached(signer, body));

    std::string path = outPath;
    if (!path.ends_with(kReceiptSuffix))
        path += kReceiptSuffix;
    const std::string temporary = path + ".part";
    {
        LINTAS_ASSIGN(writer, ZipWriter::create(temporary));
        LINTAS_TRY(writer->add(std::string(kReceiptEntry), body));
        LINTAS_TRY(writer->add(std::string(kSignatureEntry), signature, false));
        LINTAS_TRY(writer->finish());
    }
    std::error_code ec;
    fs::rename(temporary, path, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return Error{ErrorCode::Io, "receipt.path", "cannot write the receipt file"};
    }
    r.path = path;
    return r;
}

Result<ReceiptInfo> BundleService::verifyReceipt(const std::string& path) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleImport, "bundle"));
    Context::Delegation delegated(m_ctx);
    ZipLimits limits;
    limits.maxEntries = 2;
    limits.maxEntrySize = kMaxReceiptBytes;
    limits.maxTotalSize = kMaxReceiptBytes + kMaxSignatureBytes;
    LINTAS_ASSIGN(zip, ZipReader::open(path, limits));
    if (zip->entries().size() != 2 || !zip->find(kReceiptEntry) || !zip->find(kSignatureEntry))
        return Error{ErrorCode::Malformed, "receipt", "must hold exactly receipt.json and receipt.p7s"};
    LINTAS_ASSIGN(body, zip->read(kReceiptEntry, kMaxReceiptBytes));
    LINTAS_ASSIGN(signature, zip->read(kSignatureEntry, kMaxSignatureBytes));
    json::Limits jsonLimits;
    jsonLimits.maxDepth = 8;
    LINTAS_ASSIGN(root, json::parse(body, kReceiptEntry, jsonLimits));
    LINTAS_ASSIGN(receipt, decodeReceipt(root));

    // Trust only the certificate pinned for the issuing agency, never the one inside the file.
    LINTAS_ASSIGN(pinned, m_trust.forAgency(receipt.issuer.code, receipt.issuer.country));
    const PartnerCertificate* chosen = nullptr;
    for (const auto& candidate : pinned)
        if (candidate.state == TrustState::Trusted && candidate.fingerprint == receipt.issuer.fingerprint)
            chosen = &candidate;
    if (!chosen)
        return Error{ErrorCode::Untrusted, "receipt.p7s", "the issuer's certificate is not trusted"};
    LINTAS_ASSIGN(certificate, Certificate::parse(chosen->certificatePem));
    LINTAS_TRY(cmsVerifyDetached(signature, body, certificate, m_trust.now()));

    // Our own record of the bundle: sent to that agency, with that file hash (and UUID, when named).
    auto st = m_ctx.db().prepare(
        "SELECT id FROM exchange_log WHERE direction = 'sent' AND file_sha256 = ? AND peer_code = ? "
        "AND peer_country = ? AND (? = '' OR bundle_uuid = ?) ORDER BY id DESC LIMIT 1");
    if (!st)
        return st.error();
    (*st)->bind(1, receipt.bundleFileSha256).bind(2, receipt.issuer.code).bind(3, receipt.issuer.country);
    (*st)->bind(4, receipt.bundleUuid).bind(5, receipt.bundleUuid);
    auto row = (*st)->step();
    if (row && *row)
        receipt.sentLogId = (*st)->int64(0);
    (*st)->reset();
    if (!row)
        return row.error();
    receipt.path = path;
    return receipt;
}

}  // namespace lintas::exchange
