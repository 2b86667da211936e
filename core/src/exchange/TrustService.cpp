#include "lintas/exchange/TrustService.h"

#include "service/Support.h"

#include "lintas/Time.h"
#include "lintas/domain/Geo.h"
#include "lintas/security/AuditLog.h"
#include "lintas/service/AgencyService.h"

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lintas::exchange {
namespace {
namespace fs = std::filesystem;

constexpr int kMaxValidDays = 3650;
constexpr std::size_t kMaxNoteLength = 1000;
constexpr std::size_t kMaxReasonLength = 1000;

constexpr const char* kPartnerColumns =
    "p.id, a.code, a.country, a.name, p.fingerprint, p.certificate_der, p.state, p.added_at, "
    "COALESCE(p.revoked_at, ''), p.revoked_reason, p.note";

// --- the key file -------------------------------------------------------------------------------

/// Closes a POSIX file descriptor when it goes out of scope.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

/// Writes `bytes` to a new file `path` readable by the owner only, and flushes it to the disk.
/// O_EXCL: a file left at that name is never reused, so nobody else can have opened it first.
Status writePrivateFile(const fs::path& path, std::string_view bytes) {
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR));
    if (fd.get() < 0)
        return Error{ErrorCode::Io, "identity.key", "cannot create the key file"};
    // The umask can only remove bits, but be explicit: the file must be 0600 whatever the umask.
    bool ok = ::fchmod(fd.get(), S_IRUSR | S_IWUSR) == 0;
    while (ok && !bytes.empty()) {
        const ssize_t n = ::write(fd.get(), bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    ok = ok && ::fsync(fd.get()) == 0;
    ok = ::close(fd.release()) == 0 && ok;
    if (!ok) {
        std::error_code ignored;
        fs::remove(path, ignored);
        return Error{ErrorCode::Io, "identity.key", "cannot write the key file"};
    }
    return {};
}

/// Makes renames in `dir` durable: without this a crash may bring back the old directory entry.
void syncDirectory(const fs::path& dir) {
    Fd fd(::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

Result<std::string> readKeyFile(const std::string& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return Error{errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, "identity.key",
                     errno == ENOENT ? "the key file beside the database is missing" : "cannot read the key file"};
    std::string out;
    char buffer[4096];
    while (true) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error{ErrorCode::Io, "identity.key", "cannot read the key file"};
        if (n == 0)
            break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
}

/// "<keyPath>.replaced-20260315T090000Z" (with "-2", "-3"… when that name is taken), so a
/// replaced key is kept and never overwritten, even when replaced twice in one second.
fs::path backupNameFor(const std::string& keyPath, const std::string& timestamp) {
    std::string compact;
    for (char c : timestamp)
        if (c != '-' && c != ':')
            compact += c;
    const std::string base = keyPath + ".replaced-" + compact;
    fs::path candidate = base;
    std::error_code ec;
    for (int n = 2; fs::exists(candidate, ec); ++n)
        candidate = base + "-" + std::to_string(n);
    return candidate;
}

// --- certificates -------------------------------------------------------------------------------

/// The checks a certificate must pass to sign for an agency at time `now` (ISO timestamp).
Status checkUsableForSigning(const CertificateInfo& info, const std::string& now) {
    if (info.notAfter < now)
        return Error{ErrorCode::Refused, "certificate", "certificate expired on " + info.notAfter};
    if (info.keyUsagePresent && !info.digitalSignature)
        return Error{ErrorCode::Refused, "certificate",
                     "the certificate's keyUsage does not allow digitalSignature, so it cannot sign bundles"};
    return {};
}

/// Accepts "AB:CD:…", "ab:cd:…", "abcd…" (as printed by openssl or sha256sum) and returns the
/// stored form: upper-case hex pairs joined by ':'.
Result<std::string> canonicalFingerprint(const std::string& text) {
    std::string hex;
    for (char c : text) {
        if (c == ':' || c == ' ')
            continue;
        if (c >= 'a' && c <= 'f')
            c = static_cast<char>(c - 'a' + 'A');
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            return validationError("trust.fingerprint", "must be a SHA-256 fingerprint: 64 hexadecimal digits");
        hex += c;
    }
    if (hex.size() != 64)
        return validationError("trust.fingerprint", "must be a SHA-256 fingerprint: 64 hexadecimal digits");
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        if (!out.empty())
            out += ':';
        out.append(hex, i, 2);
    }
    return out;
}

Result<PartnerCertificate> readPartner(const store::Statement& st) {
    auto cert = Certificate::parse(st.text(5));
    if (!cert)
        return Error{ErrorCode::Malformed, "trust.certificate", "a stored partner certificate cannot be read"};
    PartnerCertificate p;
    p.id = st.int64(0);
    p.agencyCode = st.text(1);
    p.country = st.text(2);
    p.agencyName = st.text(3);
    p.fingerprint = st.text(4);
    p.certificate = cert->info();
    p.certificatePem = cert->pem();
    p.state = st.text(6) == "revoked" ? TrustState::Revoked : TrustState::Trusted;
    p.addedAt = st.text(7);
    p.revokedAt = st.text(8);
    p.revokedReason = st.text(9);
    p.note = st.text(10);
    return p;
}

Result<std::vector<PartnerCertificate>> readPartners(store::Statement& st) {
    std::vector<PartnerCertificate> out;
    while (true) {
        LINTAS_ASSIGN(row, st.step());
        if (!row)
            break;
        auto p = readPartner(st);
        if (!p) {
            st.reset();
            return p.error();
        }
        out.push_back(std::move(p).value());
    }
    return out;
}

}  // namespace

const char* trustStateName(TrustState s) { return s == TrustState::Revoked ? "revoked" : "trusted"; }

std::string TrustService::keyPathFor(const std::string& dbPath) { return dbPath + ".identity.key"; }

std::time_t TrustService::now() const { return std::chrono::system_clock::to_time_t(m_ctx.clock().now()); }

// --- the local identity ---------------------------------------------------------------------------

namespace {

/// Stores `identity` as the local one: the key (encrypted under `passphrase`) in the key file,
/// the certificate in `local_identity`. A key file already there is kept under a backup name.
/// The database row and the key file change together: if the commit fails, the files are put
/// back as they were.
Status storeIdentity(Context& ctx, const std::string& keyPath, const Identity& identity,
                     const std::string& passphrase, const std::string& source, bool replace) {
    LINTAS_ASSIGN(keyPem, identity.encryptedKeyPem(passphrase));
    const fs::path target = keyPath;
    fs::path temp = target;
    temp += ".new";
    std::error_code ec;
    fs::remove(temp, ec);  // a leftover of an interrupted run holds no identity anyone uses
    auto written = writePrivateFile(temp, keyPem);
    wipe(keyPem);
    LINTAS_TRY(written);

    const std::string now = ctx.now();
    store::Transaction tx(ctx.db());
    auto undoTemp = [&](Error e) -> Status {
        fs::remove(temp, ec);
        return e;
    };
    if (!tx.begun())
        return undoTemp(tx.begun().error());
    auto st = ctx.db().prepare(
        "INSERT OR REPLACE INTO local_identity(id, certificate_pem, fingerprint, source, created_at) VALUES (1,?,?,?,?)");
    if (!st)
        return undoTemp(st.error());
    (*st)->bind(1, identity.certificate().pem()).bind(2, identity.certificate().fingerprint());
    (*st)->bind(3, source).bind(4, now);
    if (auto s = (*st)->exec(); !s)
        return undoTemp(s.error());
    // The identity is named by its certificate's fingerprint: the id partners pin.
    if (auto s = ctx.record(replace ? security::audit::kUpdate : security::audit::kCreate, "identity",
                            identity.certificate().fingerprint(),
                            "source=" + source + (replace ? ",replaced=1" : ""));
        !s)
        return undoTemp(s.error());

    std::optional<fs::path> backup;
    if (fs::exists(target, ec)) {
        backup = backupNameFor(keyPath, now);
        fs::rename(target, *backup, ec);
        if (ec)
            return undoTemp(Error{ErrorCode::Io, "identity.key", "cannot move the previous key file aside"});
    }
    fs::rename(temp, target, ec);
    if (ec) {
        if (backup)
            fs::rename(*backup, target, ec);
        return undoTemp(Error{ErrorCode::Io, "identity.key", "cannot rename the key file into place"});
    }
    if (auto committed = tx.commit(); !committed) {
        fs::remove(target, ec);
        if (backup)
            fs::rename(*backup, target, ec);
        return committed.error();
    }
    syncDirectory(target.parent_path());
    return {};
}

/// Replacing the agency's identity changes what partners must trust, so it is never implicit.
Status requireNoIdentity(Context& ctx) {
    LINTAS_ASSIGN(identities, ctx.db().queryInt("SELECT count(*) FROM local_identity"));
    if (identities > 0)
        return Error{ErrorCode::Duplicate, "identity", "the agency already has a signing identity; replace it explicitly"};
    return {};
}

}  // namespace

Result<LocalIdentityInfo> TrustService::createIdentity(const std::string& passphrase, int validDays, bool replace) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeManage, "identity"));
    Context::Delegation delegated(m_ctx);
    if (validDays < 1 || validDays > kMaxValidDays)
        return validationError("identity.validDays", "must be between 1 and " + std::to_string(kMaxValidDays));
    if (!replace)
        LINTAS_TRY(requireNoIdentity(m_ctx));
    AgencyService agencies(m_ctx);
    LINTAS_ASSIGN(local, agencies.local());
    LINTAS_ASSIGN(generated, Identity::generate({local.code, local.country, local.name}, now(), validDays));
    LINTAS_TRY(storeIdentity(m_ctx, keyPathFor(m_dbPath), generated, passphrase, "generated", replace));
    return identity();
}

Result<LocalIdentityInfo> TrustService::importIdentity(std::string_view pkcs12Der, const std::string& pkcs12Passphrase,
                                                       const std::string& passphrase, bool replace) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeManage, "identity"));
    Context::Delegation delegated(m_ctx);
    if (!replace)
        LINTAS_TRY(requireNoIdentity(m_ctx));
    LINTAS_ASSIGN(imported, Identity::fromPkcs12(pkcs12Der, pkcs12Passphrase));
    LINTAS_TRY(checkUsableForSigning(imported.certificate().info(), m_ctx.now()));
    LINTAS_TRY(storeIdentity(m_ctx, keyPathFor(m_dbPath), imported, passphrase, "pkcs12", replace));
    return identity();
}

Result<LocalIdentityInfo> TrustService::identity() const {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeRead, "identity"));
    auto st = m_ctx.db().prepare("SELECT certificate_pem, created_at, source FROM local_identity WHERE id = 1");
    if (!st)
        return st.error();
    LINTAS_ASSIGN(row, (*st)->step());
    if (!row)
        return Error{ErrorCode::NotFound, "identity", "the agency has no signing identity yet; create or import one"};
    LocalIdentityInfo info;
    info.certificatePem = (*st)->text(0);
    info.createdAt = (*st)->text(1);
    info.source = (*st)->text(2);
    (*st)->reset();
    auto cert = Certificate::parse(info.certificatePem);
    if (!cert)
        return Error{ErrorCode::Malformed, "identity.certificate", "the stored certificate cannot be read"};
    info.certificate = cert->info();
    info.keyPath = keyPathFor(m_dbPath);
    return info;
}

Result<Identity> TrustService::unlock(const std::string& passphrase) const {
    // The key signs exports and receipts and decrypts received bundles: whoever may do one of
    // those may unlock it.
    if (!m_ctx.can(security::Permission::BundleExport) && !m_ctx.can(security::Permission::BundleImport))
        LINTAS_TRY(m_ctx.require(security::Permission::ExchangeManage, "identity"));
    Context::Delegation delegated(m_ctx);
    LINTAS_ASSIGN(info, identity());
    LINTAS_ASSIGN(keyPem, readKeyFile(info.keyPath));
    auto loaded = Identity::load(info.certificatePem, keyPem, passphrase);
    wipe(keyPem);
    return loaded;
}

// --- partner certificates -----------------------------------------------------------------------

Result<PartnerCertificate> TrustService::add(std::string_view pemOrDer, const std::string& agencyCode,
                                             const std::string& country, const std::string& agencyName,
                                             const std::string& note) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeManage, "partner-certificate"));
    Context::Delegation delegated(m_ctx);
    Agency partner;
    partner.code = agencyCode;
    partner.country = country;
    partner.name = agencyName;
    LINTAS_TRY(AgencyService::validate(partner));
    LINTAS_TRY(detail::checkText("trust.note", note, kMaxNoteLength));

    auto cert = Certificate::parse(pemOrDer);
    if (!cert)
        return Error{ErrorCode::Malformed, "certificate", "not an X.509 certificate in PEM or DER form"};
    const CertificateInfo& info = cert->info();
    LINTAS_TRY(checkUsableForSigning(info, m_ctx.now()));
    // A certificate names its state in C; pinning it to an agency of another country is a mistake
    // that would let one partner's bundles pass as another's.
    const geo::Country* partnerCountry = geo::countryByAlpha3(country);
    if (!info.countryAlpha2.empty() && partnerCountry && info.countryAlpha2 != partnerCountry->alpha2)
        return Error{ErrorCode::Refused, "certificate",
                     "the certificate's country C=" + info.countryAlpha2 + " is not " + country};

    AgencyService agencies(m_ctx);
    LINTAS_ASSIGN(local, agencies.local());
    if (local.code == agencyCode && local.country == country)
        return Error{ErrorCode::Refused, "trust.agency",
                     "this is your own agency; its certificate is the local identity, not a partner"};

    LINTAS_TRY(detail::inTransaction(m_ctx.db(), [&]() -> Status {
        LINTAS_ASSIGN(existing, agencies.find(country, agencyCode));
        if (!existing) {
            LINTAS_ASSIGN(added, agencies.add(partner));
            existing = std::move(added);
        }
        LINTAS_ASSIGN(agencyId, m_ctx.idOf("agency", existing->uuid, "trust.agency"));
        auto st = m_ctx.db().prepare(
            "INSERT INTO partner_certificate(agency_id, fingerprint, certificate_der, not_before, not_after, state, "
            "added_at, note) VALUES (?,?,?,?,?,'trusted',?,?)");
        if (!st)
            return st.error();
        const std::string der = cert->der();
        (*st)->bind(1, agencyId).bind(2, info.fingerprint).bindBlob(3, der.data(), der.size());
        (*st)->bind(4, info.notBefore).bind(5, info.notAfter).bind(6, m_ctx.now()).bind(7, note);
        if (auto s = (*st)->exec(); !s) {
            if (s.error().code == ErrorCode::Duplicate)
                return Error{ErrorCode::Duplicate, "certificate",
                             "this certificate is already in the trust store (fingerprint " + info.fingerprint + ")"};
            return s.error();
        }
        return m_ctx.record(security::audit::kCreate, "partner-certificate", info.fingerprint,
                            "agency=" + country + "/" + agencyCode);
    }));
    return byFingerprint(info.fingerprint);
}

Result<std::vector<PartnerCertificate>> TrustService::list() const {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeRead, "partner-certificate"));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kPartnerColumns +
                                 " FROM partner_certificate p JOIN agency a ON a.id = p.agency_id"
                                 " ORDER BY a.country, a.code, p.added_at, p.id");
    if (!st)
        return st.error();
    return readPartners(**st);
}

Result<PartnerCertificate> TrustService::byFingerprint(const std::string& fingerprint) const {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeRead, "partner-certificate"));
    LINTAS_ASSIGN(canonical, canonicalFingerprint(fingerprint));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kPartnerColumns +
                                 " FROM partner_certificate p JOIN agency a ON a.id = p.agency_id"
                                 " WHERE p.fingerprint = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, canonical);
    LINTAS_ASSIGN(found, readPartners(**st));
    if (found.empty())
        return Error{ErrorCode::NotFound, "trust.fingerprint", "no partner certificate with that fingerprint"};
    return std::move(found.front());
}

Result<std::vector<PartnerCertificate>> TrustService::forAgency(const std::string& agencyCode,
                                                                const std::string& country) const {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeRead, "partner-certificate"));
    // Timestamps are all "YYYY-MM-DDTHH:MM:SSZ", so comparing them as text compares the times.
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kPartnerColumns +
                                 " FROM partner_certificate p JOIN agency a ON a.id = p.agency_id"
                                 " WHERE a.code = ? AND a.country = ? AND a.is_local = 0 AND p.state = 'trusted'"
                                 " AND p.not_before <= ? AND p.not_after >= ? ORDER BY p.not_after DESC, p.id");
    if (!st)
        return st.error();
    const std::string now = m_ctx.now();
    (*st)->bind(1, agencyCode).bind(2, country).bind(3, now).bind(4, now);
    return readPartners(**st);
}

Status TrustService::revoke(const std::string& fingerprint, const std::string& reason) {
    LINTAS_TRY(m_ctx.require(security::Permission::ExchangeManage, "partner-certificate"));
    Context::Delegation delegated(m_ctx);
    LINTAS_TRY(detail::requireText("trust.reason", reason, kMaxReasonLength));
    LINTAS_ASSIGN(partner, byFingerprint(fingerprint));
    if (partner.state == TrustState::Revoked)
        return Error{ErrorCode::Refused, "trust.fingerprint", "already revoked on " + partner.revokedAt};
    auto st = m_ctx.db().prepare(
        "UPDATE partner_certificate SET state = 'revoked', revoked_at = ?, revoked_reason = ? WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, m_ctx.now()).bind(2, reason).bind(3, partner.id);
    // The reason is free text that may name people: the entry records only which fields changed.
    return detail::inTransaction(m_ctx.db(), [&]() -> Status {
        LINTAS_TRY((*st)->exec());
        return m_ctx.record(security::audit::kUpdate, "partner-certificate", partner.fingerprint,
                            "fields=state,revoked_at,revoked_reason");
    });
}

}  // namespace lintas::exchange
