#pragma once

#include "lintas/Result.h"
#include "lintas/exchange/Crypto.h"
#include "lintas/service/Context.h"

#include <ctime>
#include <optional>
#include <string>
#include <vector>

/// The local agency's signing identity and the store of partner certificates.
///
/// The identity's certificate lives in the database (table `local_identity`); its private key
/// lives only in a file beside the database, encrypted under a passphrase (Identity::
/// encryptedKeyPem), never in the database and never in plain text.
///
/// Trust is per partner: each entry pins one certificate to one partner agency (code + country).
/// Verification of a bundle uses exactly that certificate; there is no "any CA" trust.
namespace lintas::exchange {

struct LocalIdentityInfo {
    CertificateInfo certificate;
    std::string certificatePem;
    std::string keyPath;     ///< the encrypted key file
    std::string createdAt;
    std::string source;      ///< "generated" or "pkcs12"
};

enum class TrustState { Trusted, Revoked };
[[nodiscard]] const char* trustStateName(TrustState s);  ///< "trusted" / "revoked"

struct PartnerCertificate {
    std::int64_t id = 0;
    std::string agencyCode;     ///< partner agency (upper-case code)
    std::string country;        ///< ISO alpha-3
    std::string agencyName;
    std::string fingerprint;    ///< SHA-256, "AB:CD:…"
    CertificateInfo certificate;
    std::string certificatePem;
    TrustState state = TrustState::Trusted;
    std::string addedAt;
    std::string revokedAt;      ///< empty unless revoked
    std::string revokedReason;
    std::string note;           ///< e.g. "fingerprint confirmed by phone with …"
};

class TrustService {
public:
    TrustService(Context& ctx, std::string databasePath) : m_ctx(ctx), m_dbPath(std::move(databasePath)) {}

    /// Path of the encrypted key file for a database at `dbPath` ("<dbPath>.identity.key").
    [[nodiscard]] static std::string keyPathFor(const std::string& dbPath);

    /// Generates a key pair and certificate for the local agency and stores them (key encrypted
    /// under `passphrase`). Refused (Duplicate) when an identity exists unless `replace`.
    [[nodiscard]] Result<LocalIdentityInfo> createIdentity(const std::string& passphrase, int validDays = 825,
                                                           bool replace = false);
    /// Imports key + certificate from a PKCS#12 file and re-encrypts the key under `passphrase`.
    [[nodiscard]] Result<LocalIdentityInfo> importIdentity(std::string_view pkcs12Der, const std::string& pkcs12Passphrase,
                                                           const std::string& passphrase, bool replace = false);
    /// The local identity's public part; NotFound when none was created.
    [[nodiscard]] Result<LocalIdentityInfo> identity() const;
    /// Unlocks the private key. BadPassphrase when wrong.
    [[nodiscard]] Result<Identity> unlock(const std::string& passphrase) const;

    /// Adds a partner certificate (PEM or DER) for agency `code`/`country`. Duplicate when the
    /// same fingerprint is already stored. Malformed for anything that is not a certificate.
    [[nodiscard]] Result<PartnerCertificate> add(std::string_view pemOrDer, const std::string& agencyCode,
                                                 const std::string& country, const std::string& agencyName,
                                                 const std::string& note = {});
    [[nodiscard]] Result<std::vector<PartnerCertificate>> list() const;
    [[nodiscard]] Result<PartnerCertificate> byFingerprint(const std::string& fingerprint) const;
    /// The trusted certificates pinned to a partner agency.
    [[nodiscard]] Result<std::vector<PartnerCertificate>> forAgency(const std::string& agencyCode,
                                                                    const std::string& country) const;
    [[nodiscard]] Status revoke(const std::string& fingerprint, const std::string& reason);

    /// Current time for certificate checks (from the context's clock).
    [[nodiscard]] std::time_t now() const;

private:
    Context& m_ctx;
    std::string m_dbPath;
};

}  // namespace lintas::exchange
