#pragma once

#include "lintas/Result.h"

#include <cstdint>
#include <ctime>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/// Cryptography for agency identity and signed bundles, on OpenSSL 3 directly. No secret ever
/// appears in an Error (field/detail name what failed, never key material or passphrases).
namespace lintas::exchange {

/// Streaming SHA-256.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view data);
    /// Lower-case hex of the digest. The object cannot be updated afterwards.
    [[nodiscard]] std::string finishHex();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

[[nodiscard]] std::string sha256Hex(std::string_view data);
/// SHA-256 of a file's content, read in chunks; `size` receives its length when not null.
[[nodiscard]] Result<std::string> sha256FileHex(const std::string& path, std::uint64_t* size = nullptr);

/// What Lintas reads from an X.509 certificate.
struct CertificateInfo {
    std::string subject;          ///< one-line RFC 2253 form, for display
    std::string issuer;           ///< same form
    std::string commonName;       ///< CN
    std::string organisation;     ///< O  (the agency's name)
    std::string organisationalUnit;  ///< OU (the agency's code, for certificates Lintas made)
    std::string countryAlpha2;    ///< C
    std::string fingerprint;      ///< SHA-256 of the DER, upper-case hex pairs joined by ':'
    std::string serialHex;
    std::string notBefore;        ///< ISO 8601 UTC, e.g. 2026-03-15T09:00:00Z
    std::string notAfter;
    bool digitalSignature = false;  ///< keyUsage present and includes digitalSignature
    bool keyUsagePresent = false;
    bool selfSigned = false;
    std::string keyAlgorithm;     ///< "EC P-256", "RSA 3072", …
};

/// An X.509 certificate (shared, immutable).
class Certificate {
public:
    /// Accepts one PEM certificate or DER bytes. ErrorCode::Malformed otherwise.
    [[nodiscard]] static Result<Certificate> parse(std::string_view pemOrDer);
    [[nodiscard]] std::string der() const;
    [[nodiscard]] std::string pem() const;
    [[nodiscard]] const CertificateInfo& info() const;
    [[nodiscard]] const std::string& fingerprint() const { return info().fingerprint; }
    /// The OpenSSL X509* (borrowed; valid while this object or a copy lives). For core internals.
    [[nodiscard]] void* handle() const;

private:
    struct Impl;
    std::shared_ptr<const Impl> m_impl;
};

/// The local agency's signing identity: an EC P-256 key and its certificate.
class Identity {
public:
    struct Subject {
        std::string agencyCode;    ///< e.g. BARESKRIM → OU
        std::string countryAlpha3; ///< e.g. IDN → C=ID and part of CN
        std::string agencyName;    ///< → O
    };
    /// Generates a new key pair and a self-signed certificate: CN "<ISO3>-<CODE>" (e.g.
    /// "IDN-BARESKRIM"), O = name, OU = code, C = alpha-2; keyUsage critical digitalSignature;
    /// extendedKeyUsage emailProtection (what `openssl cms -verify` expects); basicConstraints
    /// CA:FALSE; random 128-bit serial; valid from `now` minus 1 hour for `validDays` days.
    [[nodiscard]] static Result<Identity> generate(const Subject& subject, std::time_t now, int validDays = 825);
    /// Loads a PKCS#12 file (key + certificate, as issued by a national PKI). The key must be EC
    /// or RSA and match the certificate. ErrorCode::BadPassphrase when the passphrase is wrong.
    [[nodiscard]] static Result<Identity> fromPkcs12(std::string_view pkcs12Der, const std::string& passphrase);
    /// Loads a certificate and a private key written by encryptedKeyPem().
    [[nodiscard]] static Result<Identity> load(std::string_view certificatePem, std::string_view encryptedKeyPem,
                                               const std::string& passphrase);

    /// The private key as PEM "ENCRYPTED PRIVATE KEY" (PKCS#8, PBES2 with scrypt N=2^17 r=8 p=1
    /// and AES-256-CBC). An empty passphrase, or one under 8 characters, is refused (Validation).
    [[nodiscard]] Result<std::string> encryptedKeyPem(const std::string& passphrase) const;

    [[nodiscard]] const Certificate& certificate() const { return m_cert; }
    /// The OpenSSL EVP_PKEY* (borrowed). For core internals.
    [[nodiscard]] void* keyHandle() const;

private:
    struct Key;
    Certificate m_cert;
    std::shared_ptr<const Key> m_key;
};

/// Detached CMS SignedData (DER) over `content`, made with CMS_BINARY so the bytes are signed
/// exactly; the signer's certificate is included. SHA-256 digest.
[[nodiscard]] Result<std::string> cmsSignDetached(const Identity& signer, std::string_view content);

/// The certificate that signed a detached CMS signature, read from the signature itself. Only a
/// hint for choosing which trusted certificate to verify against: it proves nothing by itself.
[[nodiscard]] Result<Certificate> cmsSignerCertificate(std::string_view signatureDer);

/// Verifies a detached CMS signature over `content` against exactly one pinned certificate,
/// at time `at`: the signature must have a single signer whose certificate is byte-identical
/// to `pinned`, the chain is `pinned` alone (X509_V_FLAG_PARTIAL_CHAIN), the certificate must be
/// valid at `at` and, when it has a keyUsage, allow digitalSignature. Any failure is
/// ErrorCode::Untrusted with a detail naming the check that failed (e.g. "certificate expired",
/// "signer is not the trusted certificate", "content does not match the signature").
[[nodiscard]] Status cmsVerifyDetached(std::string_view signatureDer, std::string_view content,
                                       const Certificate& pinned, std::time_t at);

/// Wraps the file at `inPath` as CMS EnvelopedData (AES-256-CBC content encryption, key
/// transport/agreement to each recipient certificate; EC and RSA recipients), DER, into
/// `outPath`. Streams: memory use does not grow with the file.
[[nodiscard]] Status cmsEncryptFile(const std::string& inPath, const std::string& outPath,
                                    const std::vector<Certificate>& recipients);
/// Reverses cmsEncryptFile with the recipient's identity. ErrorCode::Untrusted when the data is
/// not for this identity or fails to decrypt; ErrorCode::Malformed when it is not CMS.
[[nodiscard]] Status cmsDecryptFile(const std::string& inPath, const std::string& outPath, const Identity& recipient);

/// Fills `out` with cryptographically secure random bytes.
[[nodiscard]] Status randomBytes(unsigned char* out, std::size_t size);

/// Overwrites `secret` with zeros (not optimised away) and clears it.
void wipe(std::string& secret);

}  // namespace lintas::exchange
