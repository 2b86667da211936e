#include "lintas/exchange/Crypto.h"

#include "lintas/domain/Geo.h"
#include "service/Support.h"

// pem.h must come before cms.h with OpenSSL 3.0 (cms.h uses PEM declarations).
#include <openssl/pem.h>
#include <openssl/cms.h>
#include <openssl/asn1t.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>

namespace lintas::exchange {
namespace {

// ---------------------------------------------------------------------------------------------
// Ownership of OpenSSL objects

template <auto FreeFn>
struct Free {
    template <typename T>
    void operator()(T* p) const {
        FreeFn(p);
    }
};

using BioPtr = std::unique_ptr<BIO, Free<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Free<X509_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Free<EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Free<EVP_PKEY_CTX_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, Free<EVP_MD_CTX_free>>;
using EvpCipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, Free<EVP_CIPHER_CTX_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Free<CMS_ContentInfo_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Free<PKCS12_free>>;
using Pkcs8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Free<PKCS8_PRIV_KEY_INFO_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, Free<X509_SIG_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Free<X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Free<X509_STORE_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Free<BN_free>>;
using Asn1StringPtr = std::unique_ptr<ASN1_STRING, Free<ASN1_STRING_free>>;
using Pbe2ParamPtr = std::unique_ptr<PBE2PARAM, Free<PBE2PARAM_free>>;
using ScryptParamsPtr = std::unique_ptr<SCRYPT_PARAMS, Free<SCRYPT_PARAMS_free>>;
using LibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, Free<OSSL_LIB_CTX_free>>;
using ProviderPtr = std::unique_ptr<OSSL_PROVIDER, Free<OSSL_PROVIDER_unload>>;

struct FileClose {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

struct X509StackFree {
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;

/// A fixed allocation for key material, wiped before it is released. Never reallocated, so no
/// unwiped copy is left behind.
class SecretBytes {
public:
    explicit SecretBytes(std::size_t capacity) : m_bytes(capacity), m_size(capacity) {}
    ~SecretBytes() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }
    [[nodiscard]] std::size_t size() const { return m_size; }
    /// Shortens the used part (at most the capacity); the wipe still covers the whole allocation.
    void setSize(std::size_t size) { m_size = std::min(size, m_bytes.size()); }

private:
    std::vector<unsigned char> m_bytes;
    std::size_t m_size;
};

/// Empties OpenSSL's thread-local error queue when a public function starts and when it returns,
/// so every failure path leaves nothing behind and no stale entry is mistaken for a new one.
class ErrorQueueScope {
public:
    ErrorQueueScope() { ERR_clear_error(); }
    ~ErrorQueueScope() { ERR_clear_error(); }
    ErrorQueueScope(const ErrorQueueScope&) = delete;
    ErrorQueueScope& operator=(const ErrorQueueScope&) = delete;
};

/// True when the most recent queued OpenSSL error has this library and reason code.
bool lastErrorIs(int lib, int reason) {
    const unsigned long e = ERR_peek_last_error();
    return e != 0 && ERR_GET_LIB(e) == lib && ERR_GET_REASON(e) == reason;
}

Error error(ErrorCode code, std::string field, std::string detail) {
    return Error{code, std::move(field), std::move(detail)};
}

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

/// A read-only memory BIO over `data` (which must outlive it); null when too large for OpenSSL.
BioPtr memoryBio(std::string_view data) {
    if (data.size() > static_cast<std::size_t>(INT_MAX))
        return nullptr;
    return BioPtr(BIO_new_mem_buf(data.data(), static_cast<int>(data.size())));
}

std::string memoryBioContent(BIO* bio) {
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

/// DER encoding through an OpenSSL i2d function; empty on failure.
template <typename T, typename Encode>
std::string toDer(T* object, Encode encode) {
    const int size = encode(object, nullptr);
    if (size <= 0)
        return {};
    std::string out(static_cast<std::size_t>(size), '\0');
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    if (encode(object, &p) != size)
        return {};
    return out;
}

std::string hexString(const unsigned char* data, std::size_t size, bool upper, char separator) {
    const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string out;
    out.reserve(size * 3);
    for (std::size_t i = 0; i < size; ++i) {
        if (separator && i)
            out += separator;
        out += digits[data[i] >> 4];
        out += digits[data[i] & 0x0F];
    }
    return out;
}

std::size_t utf8Length(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u)
            ++n;
    return n;
}

// ---------------------------------------------------------------------------------------------
// Certificate details

std::string nameToString(const X509_NAME* name) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253, but UTF-8 left as is instead of escaped, so Thai or Khmer agency names display.
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    return memoryBioContent(bio.get());
}

std::string nameEntry(const X509_NAME* name, int nid) {
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, data);
    if (size < 0)
        return {};
    std::string out(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(size));
    OPENSSL_free(utf8);
    return out;
}

std::optional<std::string> isoTime(const ASN1_TIME* t) {
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return std::nullopt;
    std::array<char, 80> buf{};  // room for any int values, so the compiler can prove no truncation
    std::snprintf(buf.data(), buf.size(), "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return std::string(buf.data());
}

std::string keyAlgorithmName(EVP_PKEY* key) {
    if (!key)
        return "unknown";
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_EC: {
        std::array<char, 80> group{};
        std::size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group.data(), group.size(), &length) != 1)
            return "EC";
        const char* nist = EC_curve_nid2nist(OBJ_sn2nid(group.data()));
        return std::string("EC ") + (nist ? nist : group.data());
    }
    case EVP_PKEY_RSA:
        return "RSA " + std::to_string(EVP_PKEY_get_bits(key));
    default: {
        const char* name = EVP_PKEY_get0_type_name(key);
        return name ? name : "unknown";
    }
    }
}

bool isEcOrRsa(EVP_PKEY* key) {
    const int type = EVP_PKEY_get_base_id(key);
    return type == EVP_PKEY_EC || type == EVP_PKEY_RSA;
}

std::optional<CertificateInfo> readInfo(X509* cert) {
    CertificateInfo info;
    const X509_NAME* subject = X509_get_subject_name(cert);
    info.subject = nameToString(subject);
    info.issuer = nameToString(X509_get_issuer_name(cert));
    info.commonName = nameEntry(subject, NID_commonName);
    info.organisation = nameEntry(subject, NID_organizationName);
    info.organisationalUnit = nameEntry(subject, NID_organizationalUnitName);
    info.countryAlpha2 = nameEntry(subject, NID_countryName);

    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int digestSize = 0;
    if (X509_digest(cert, EVP_sha256(), digest.data(), &digestSize) != 1)
        return std::nullopt;
    info.fingerprint = hexString(digest.data(), digestSize, true, ':');

    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
    if (!serial)
        return std::nullopt;
    char* serialHex = BN_bn2hex(serial.get());
    if (!serialHex)
        return std::nullopt;
    info.serialHex = serialHex;
    OPENSSL_free(serialHex);

    const auto notBefore = isoTime(X509_get0_notBefore(cert));
    const auto notAfter = isoTime(X509_get0_notAfter(cert));
    if (!notBefore || !notAfter)
        return std::nullopt;
    info.notBefore = *notBefore;
    info.notAfter = *notAfter;

    // X509_get_extension_flags parses and caches the extensions; an unparsable one marks the
    // certificate invalid, which is a malformed certificate for us.
    const std::uint32_t flags = X509_get_extension_flags(cert);
    if (flags & EXFLAG_INVALID)
        return std::nullopt;
    info.keyUsagePresent = (flags & EXFLAG_KUSAGE) != 0;
    info.digitalSignature = info.keyUsagePresent && (X509_get_key_usage(cert) & KU_DIGITAL_SIGNATURE) != 0;
    info.selfSigned = X509_self_signed(cert, 1) == 1;
    info.keyAlgorithm = keyAlgorithmName(X509_get0_pubkey(cert));
    return info;
}

// ---------------------------------------------------------------------------------------------
// Encrypted private keys: PKCS#8 with PBES2, scrypt and AES-256-CBC.
//
// OpenSSL 3.0's own PBES2-scrypt code caps scrypt at 32 MiB of memory, below the 128 MiB that
// N = 2^17, r = 8 needs, so it refuses to write or read such keys. The key is therefore derived and
// the PKCS#8 structure encrypted here, with OpenSSL's ASN.1 types for the standard encoding.

constexpr std::uint64_t kScryptN = std::uint64_t{1} << 17;
constexpr std::uint64_t kScryptR = 8;
constexpr std::uint64_t kScryptP = 1;
/// Upper bound of scrypt memory accepted when reading a key file, so a crafted file cannot make
/// us allocate without limit (256 MiB allows our N = 2^17 with r = 8 and some headroom).
constexpr std::uint64_t kScryptMaxMemory = std::uint64_t{256} << 20;
constexpr std::size_t kKeySaltSize = 16;
constexpr std::size_t kAes256KeySize = 32;
constexpr std::size_t kAesBlockSize = 16;
constexpr std::size_t kMinPassphraseLength = 8;

bool deriveScryptKey(const std::string& passphrase, const unsigned char* salt, std::size_t saltSize, std::uint64_t n,
                     std::uint64_t r, std::uint64_t p, SecretBytes& key) {
    return EVP_PBE_scrypt(passphrase.data(), passphrase.size(), salt, saltSize, n, r, p, kScryptMaxMemory, key.data(),
                          key.size()) == 1;
}

/// AES-256-CBC with PKCS#7 padding into `out`, which must hold at least inSize + one block.
/// Returns false on failure, which on decryption usually means a wrong key (bad padding).
bool aes256Cbc(bool encrypt, const SecretBytes& key, const unsigned char* iv, const unsigned char* in,
               std::size_t inSize, SecretBytes& out) {
    if (inSize > static_cast<std::size_t>(INT_MAX) - 2 * kAesBlockSize || out.size() < inSize + kAesBlockSize)
        return false;
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int written = 0;
    int last = 0;
    if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv, encrypt ? 1 : 0) != 1 ||
        EVP_CipherUpdate(ctx.get(), out.data(), &written, in, static_cast<int>(inSize)) != 1 ||
        EVP_CipherFinal_ex(ctx.get(), out.data() + written, &last) != 1)
        return false;
    out.setSize(static_cast<std::size_t>(written) + static_cast<std::size_t>(last));
    return true;
}

/// The AlgorithmIdentifier PBES2 { scrypt(salt, N, r, p), aes256-CBC(iv) } (RFC 8018, RFC 7914).
bool setPbes2ScryptAlgorithm(X509_ALGOR* algorithm, const unsigned char* salt, const unsigned char* iv) {
    ScryptParamsPtr scrypt(SCRYPT_PARAMS_new());
    Pbe2ParamPtr pbe2(PBE2PARAM_new());
    Asn1StringPtr ivString(ASN1_OCTET_STRING_new());
    if (!scrypt || !pbe2 || !ivString ||
        ASN1_OCTET_STRING_set(scrypt->salt, salt, static_cast<int>(kKeySaltSize)) != 1 ||
        ASN1_INTEGER_set_uint64(scrypt->costParameter, kScryptN) != 1 ||
        ASN1_INTEGER_set_uint64(scrypt->blockSize, kScryptR) != 1 ||
        ASN1_INTEGER_set_uint64(scrypt->parallelizationParameter, kScryptP) != 1 ||
        ASN1_OCTET_STRING_set(ivString.get(), iv, static_cast<int>(kAesBlockSize)) != 1)
        return false;

    Asn1StringPtr scryptDer(ASN1_item_pack(scrypt.get(), ASN1_ITEM_rptr(SCRYPT_PARAMS), nullptr));
    if (!scryptDer || X509_ALGOR_set0(pbe2->keyfunc, OBJ_nid2obj(NID_id_scrypt), V_ASN1_SEQUENCE, scryptDer.get()) != 1)
        return false;
    static_cast<void>(scryptDer.release());  // owned by pbe2->keyfunc now
    if (X509_ALGOR_set0(pbe2->encryption, OBJ_nid2obj(NID_aes_256_cbc), V_ASN1_OCTET_STRING, ivString.get()) != 1)
        return false;
    static_cast<void>(ivString.release());

    Asn1StringPtr pbe2Der(ASN1_item_pack(pbe2.get(), ASN1_ITEM_rptr(PBE2PARAM), nullptr));
    if (!pbe2Der || X509_ALGOR_set0(algorithm, OBJ_nid2obj(NID_pbes2), V_ASN1_SEQUENCE, pbe2Der.get()) != 1)
        return false;
    static_cast<void>(pbe2Der.release());
    return true;
}

/// The parameters of a PBES2-scrypt-AES-256-CBC AlgorithmIdentifier, checked for sane bounds.
struct KeyEncryptionParameters {
    std::vector<unsigned char> salt;
    std::vector<unsigned char> iv;
    std::uint64_t n = 0;
    std::uint64_t r = 0;
    std::uint64_t p = 0;
};

/// The SEQUENCE parameter of an AlgorithmIdentifier decoded as `item`; null when it is not one.
void* unpackSequenceParameter(const X509_ALGOR* algorithm, const ASN1_ITEM* item) {
    int type = 0;
    const void* value = nullptr;
    X509_ALGOR_get0(nullptr, &type, &value, algorithm);
    if (type != V_ASN1_SEQUENCE || !value)
        return nullptr;
    return ASN1_item_unpack(static_cast<const ASN1_STRING*>(value), item);
}

int algorithmNid(const X509_ALGOR* algorithm) {
    const ASN1_OBJECT* object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    return OBJ_obj2nid(object);
}

std::optional<KeyEncryptionParameters> readKeyEncryptionParameters(const X509_ALGOR* algorithm) {
    if (algorithmNid(algorithm) != NID_pbes2)
        return std::nullopt;
    Pbe2ParamPtr pbe2(static_cast<PBE2PARAM*>(unpackSequenceParameter(algorithm, ASN1_ITEM_rptr(PBE2PARAM))));
    if (!pbe2 || algorithmNid(pbe2->keyfunc) != NID_id_scrypt || algorithmNid(pbe2->encryption) != NID_aes_256_cbc)
        return std::nullopt;
    ScryptParamsPtr scrypt(
        static_cast<SCRYPT_PARAMS*>(unpackSequenceParameter(pbe2->keyfunc, ASN1_ITEM_rptr(SCRYPT_PARAMS))));
    if (!scrypt)
        return std::nullopt;

    KeyEncryptionParameters params;
    std::uint64_t keyLength = kAes256KeySize;
    if (ASN1_INTEGER_get_uint64(&params.n, scrypt->costParameter) != 1 ||
        ASN1_INTEGER_get_uint64(&params.r, scrypt->blockSize) != 1 ||
        ASN1_INTEGER_get_uint64(&params.p, scrypt->parallelizationParameter) != 1 ||
        (scrypt->keyLength && ASN1_INTEGER_get_uint64(&keyLength, scrypt->keyLength) != 1))
        return std::nullopt;
    // Bounds keep a crafted file from demanding unbounded memory or time (scrypt needs about
    // 128 * r * N bytes).
    if (keyLength != kAes256KeySize || params.n < 2 || params.n > (std::uint64_t{1} << 30) ||
        (params.n & (params.n - 1)) != 0 || params.r == 0 || params.r > 32 || params.p == 0 || params.p > 16 ||
        params.n + 2 + params.p > kScryptMaxMemory / (128 * params.r))
        return std::nullopt;
    const ASN1_OCTET_STRING* salt = scrypt->salt;
    params.salt.assign(ASN1_STRING_get0_data(salt), ASN1_STRING_get0_data(salt) + ASN1_STRING_length(salt));

    int ivType = 0;
    const void* ivValue = nullptr;
    X509_ALGOR_get0(nullptr, &ivType, &ivValue, pbe2->encryption);
    if (ivType != V_ASN1_OCTET_STRING || !ivValue)
        return std::nullopt;
    const auto* iv = static_cast<const ASN1_OCTET_STRING*>(ivValue);
    if (ASN1_STRING_length(iv) != static_cast<int>(kAesBlockSize))
        return std::nullopt;
    params.iv.assign(ASN1_STRING_get0_data(iv), ASN1_STRING_get0_data(iv) + kAesBlockSize);
    return params;
}

/// A private key decoded from PKCS#8 DER bytes into the default library context.
EvpPkeyPtr keyFromPkcs8Der(const unsigned char* der, std::size_t size) {
    const unsigned char* p = der;
    Pkcs8InfoPtr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(size)));
    if (!info || p != der + size)
        return nullptr;
    return EvpPkeyPtr(EVP_PKCS82PKEY(info.get()));
}

/// The key re-created in the default library context (used for keys decoded in a temporary one).
EvpPkeyPtr copyKeyToDefaultContext(EVP_PKEY* key) {
    Pkcs8InfoPtr info(EVP_PKEY2PKCS8(key));
    if (!info)
        return nullptr;
    const int size = i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr);
    if (size <= 0)
        return nullptr;
    SecretBytes der(static_cast<std::size_t>(size));
    unsigned char* p = der.data();
    if (i2d_PKCS8_PRIV_KEY_INFO(info.get(), &p) != size)
        return nullptr;
    return keyFromPkcs8Der(der.data(), der.size());
}

// ---------------------------------------------------------------------------------------------
// Streaming decryption of EnvelopedData.
//
// OpenSSL parses a CMS structure only as a whole in memory. To decrypt a large file with bounded
// memory, the small part before the encrypted content (version, recipient infos, content
// encryption algorithm) is read here and rebuilt as an EnvelopedData with detached content;
// OpenSSL decrypts that, pulling the ciphertext through a BIO that unwraps the BER encoding of the
// encryptedContent OCTET STRING (one primitive string or a constructed one of segments).

constexpr std::size_t kMaxEnvelopeHeaderBytes = std::size_t{1} << 20;
constexpr std::size_t kMaxBerDepth = 32;
constexpr std::size_t kFileChunk = std::size_t{64} * 1024;

/// Buffered sequential reader over a file BIO that counts its position.
class FileReader {
public:
    explicit FileReader(BIO* in) : m_in(in), m_buffer(kFileChunk) {}

    bool readByte(unsigned char& b) { return read(&b, 1); }
    bool read(unsigned char* out, std::size_t size) {
        while (size > 0) {
            if (m_pos == m_end && !refill())
                return false;
            const std::size_t n = std::min(size, m_end - m_pos);
            std::copy_n(m_buffer.data() + m_pos, n, out);
            m_pos += n;
            m_offset += n;
            out += n;
            size -= n;
        }
        return true;
    }
    [[nodiscard]] std::uint64_t offset() const { return m_offset; }

private:
    bool refill() {
        const int n = BIO_read(m_in, m_buffer.data(), static_cast<int>(m_buffer.size()));
        if (n <= 0)
            return false;
        m_pos = 0;
        m_end = static_cast<std::size_t>(n);
        return true;
    }

    BIO* m_in;
    std::vector<unsigned char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::uint64_t m_offset = 0;
};

/// The identifier and length octets of one BER element.
struct BerHeader {
    unsigned char tag = 0;
    bool indefinite = false;
    std::uint64_t length = 0;
    std::string encoded;  ///< the header octets exactly as read

    [[nodiscard]] bool constructed() const { return (tag & 0x20u) != 0; }
    [[nodiscard]] bool endOfContents() const { return tag == 0 && !indefinite && length == 0; }
};

constexpr unsigned char kTagInteger = 0x02;
constexpr unsigned char kTagOctetString = 0x04;
constexpr unsigned char kTagConstructedOctetString = 0x24;
constexpr unsigned char kTagOid = 0x06;
constexpr unsigned char kTagSequence = 0x30;
constexpr unsigned char kTagSet = 0x31;
constexpr unsigned char kTagContext0Primitive = 0x80;
constexpr unsigned char kTagContext0Constructed = 0xA0;
/// The OID 1.2.840.113549.1.7.3 (id-envelopedData) with its tag and length.
constexpr std::string_view kEnvelopedDataOid("\x06\x09\x2A\x86\x48\x86\xF7\x0D\x01\x07\x03", 11);
constexpr std::string_view kIndefiniteSequence("\x30\x80", 2);
constexpr std::string_view kIndefiniteExplicit0("\xA0\x80", 2);
constexpr std::string_view kEndOfContents("\0\0", 2);

bool readBerHeader(FileReader& in, BerHeader& header) {
    unsigned char b = 0;
    if (!in.readByte(b) || (b & 0x1Fu) == 0x1Fu)  // multi-byte tag numbers do not occur in CMS
        return false;
    header = BerHeader{};
    header.tag = b;
    header.encoded.push_back(static_cast<char>(b));
    if (!in.readByte(b))
        return false;
    header.encoded.push_back(static_cast<char>(b));
    if (b < 0x80u) {
        header.length = b;
        return true;
    }
    if (b == 0x80u) {
        header.indefinite = true;
        return header.constructed();
    }
    const unsigned count = b & 0x7Fu;
    if (count > 8)
        return false;
    for (unsigned i = 0; i < count; ++i) {
        if (!in.readByte(b))
            return false;
        header.encoded.push_back(static_cast<char>(b));
        header.length = (header.length << 8) | b;
    }
    return true;
}

/// Appends the element whose header was just read, with its whole content, to `out`.
bool copyBerElement(FileReader& in, const BerHeader& header, std::string& out, std::size_t depth) {
    out += header.encoded;
    if (!header.indefinite) {
        if (header.length > kMaxEnvelopeHeaderBytes - std::min(out.size(), kMaxEnvelopeHeaderBytes))
            return false;
        const std::size_t start = out.size();
        out.resize(start + static_cast<std::size_t>(header.length));
        return in.read(reinterpret_cast<unsigned char*>(out.data() + start), static_cast<std::size_t>(header.length));
    }
    if (depth >= kMaxBerDepth)
        return false;
    for (;;) {
        BerHeader child;
        if (!readBerHeader(in, child))
            return false;
        if (child.endOfContents()) {
            out += child.encoded;
            return true;
        }
        if (!copyBerElement(in, child, out, depth + 1))
            return false;
    }
}

/// Yields the octets of a BER encryptedContent ([0] IMPLICIT OCTET STRING) from the file.
class EncryptedContentSource {
public:
    EncryptedContentSource(FileReader& in, const BerHeader& header) : m_in(in) {
        if (header.constructed())
            m_open.push_back(containerEnd(header));
        else
            m_segmentLeft = header.length;
    }

    /// Like BIO_read: bytes read, 0 at the end of the content, -1 when the encoding is broken.
    int read(unsigned char* out, int size) {
        if (!nextSegment())
            return -1;
        if (m_done || size <= 0)
            return 0;
        const auto n =
            static_cast<std::size_t>(std::min<std::uint64_t>(static_cast<std::uint64_t>(size), m_segmentLeft));
        if (!m_in.read(out, n)) {
            m_broken = true;
            return -1;
        }
        m_segmentLeft -= n;
        return static_cast<int>(n);
    }
    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] bool broken() const { return m_broken; }

private:
    /// Where a constructed string ends: an offset for a definite length, none for indefinite.
    [[nodiscard]] std::optional<std::uint64_t> containerEnd(const BerHeader& header) const {
        if (header.indefinite)
            return std::nullopt;
        return m_in.offset() + header.length;
    }

    bool fail() {
        m_broken = true;
        return false;
    }

    bool nextSegment() {
        while (!m_broken && !m_done && m_segmentLeft == 0) {
            if (m_open.empty()) {
                m_done = true;
                break;
            }
            const std::optional<std::uint64_t> end = m_open.back();
            if (end && m_in.offset() == *end) {
                m_open.pop_back();
                continue;
            }
            BerHeader header;
            if (!readBerHeader(m_in, header))
                return fail();
            // Inside a definite-length string every part must end within it.
            if (end && (m_in.offset() > *end || header.indefinite || header.length > *end - m_in.offset()))
                return fail();
            if (header.endOfContents()) {
                if (end)
                    return fail();
                m_open.pop_back();
            } else if (header.tag == kTagOctetString) {
                m_segmentLeft = header.length;
            } else if (header.tag == kTagConstructedOctetString && m_open.size() < kMaxBerDepth) {
                m_open.push_back(containerEnd(header));
            } else {
                return fail();
            }
        }
        return !m_broken;
    }

    FileReader& m_in;
    std::vector<std::optional<std::uint64_t>> m_open;
    std::uint64_t m_segmentLeft = 0;
    bool m_done = false;
    bool m_broken = false;
};

int contentBioRead(BIO* bio, char* out, int size) {
    BIO_clear_retry_flags(bio);
    auto* source = static_cast<EncryptedContentSource*>(BIO_get_data(bio));
    return source->read(reinterpret_cast<unsigned char*>(out), size);
}

long contentBioCtrl(BIO* bio, int cmd, long /*num*/, void* /*ptr*/) {
    switch (cmd) {
    case BIO_CTRL_EOF:
        return static_cast<EncryptedContentSource*>(BIO_get_data(bio))->done() ? 1 : 0;
    case BIO_CTRL_FLUSH:
        return 1;
    default:
        return 0;
    }
}

int contentBioCreate(BIO* bio) {
    BIO_set_init(bio, 1);
    return 1;
}

/// The BIO type reading from an EncryptedContentSource. Created once and kept for the life of
/// the process: BIO type numbers are a small global pool, so it is not made per call.
const BIO_METHOD* encryptedContentBioMethod() {
    static BIO_METHOD* const method = [] {
        BIO_METHOD* m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "lintas encrypted content");
        if (m && (BIO_meth_set_read(m, contentBioRead) != 1 || BIO_meth_set_ctrl(m, contentBioCtrl) != 1 ||
                  BIO_meth_set_create(m, contentBioCreate) != 1)) {
            BIO_meth_free(m);
            m = nullptr;
        }
        return m;
    }();
    return method;
}

/// Reads the envelope up to the encrypted content and returns it rebuilt as a BER EnvelopedData
/// whose content is detached; `contentHeader` receives the header of the encryptedContent.
std::optional<std::string> readDetachedEnvelope(FileReader& in, BerHeader& contentHeader) {
    BerHeader header;
    if (!readBerHeader(in, header) || header.tag != kTagSequence)  // ContentInfo
        return std::nullopt;
    std::string contentType;
    if (!readBerHeader(in, header) || header.tag != kTagOid || header.length > kEnvelopedDataOid.size() ||
        !copyBerElement(in, header, contentType, 0) || contentType != kEnvelopedDataOid)
        return std::nullopt;
    if (!readBerHeader(in, header) || header.tag != kTagContext0Constructed)  // [0] EXPLICIT content
        return std::nullopt;
    if (!readBerHeader(in, header) || header.tag != kTagSequence)  // EnvelopedData
        return std::nullopt;

    std::string out(kIndefiniteSequence);
    out += kEnvelopedDataOid;
    out += kIndefiniteExplicit0;
    out += kIndefiniteSequence;

    // version, originatorInfo [0] (optional) and recipientInfos, copied as they are.
    for (;;) {
        if (!readBerHeader(in, header))
            return std::nullopt;
        if (header.tag == kTagSequence)  // encryptedContentInfo
            break;
        if (header.tag != kTagInteger && header.tag != kTagContext0Constructed && header.tag != kTagSet)
            return std::nullopt;
        if (!copyBerElement(in, header, out, 0))
            return std::nullopt;
    }
    out += kIndefiniteSequence;
    // contentType and contentEncryptionAlgorithm.
    if (!readBerHeader(in, header) || header.tag != kTagOid || !copyBerElement(in, header, out, 0))
        return std::nullopt;
    if (!readBerHeader(in, header) || header.tag != kTagSequence || !copyBerElement(in, header, out, 0))
        return std::nullopt;
    if (!readBerHeader(in, contentHeader) ||
        (contentHeader.tag != kTagContext0Primitive && contentHeader.tag != kTagContext0Constructed))
        return std::nullopt;
    for (int i = 0; i < 4; ++i)  // encryptedContentInfo, EnvelopedData, [0], ContentInfo
        out += kEndOfContents;
    return out;
}

/// Chooses the key-transport or key-agreement parameters for one recipient: RSA-OAEP with
/// SHA-256 instead of PKCS#1 v1.5, and an X9.63 KDF with SHA-256 instead of SHA-1 for ECDH.
bool setRecipientParameters(CMS_RecipientInfo* recipient) {
    EVP_PKEY_CTX* ctx = CMS_RecipientInfo_get0_pkey_ctx(recipient);
    if (!ctx)
        return false;
    switch (CMS_RecipientInfo_type(recipient)) {
    case CMS_RECIPINFO_TRANS:
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
               EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) > 0 &&
               EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, EVP_sha256()) > 0;
    case CMS_RECIPINFO_AGREE:
        return EVP_PKEY_CTX_set_ecdh_kdf_md(ctx, EVP_sha256()) > 0;
    default:
        return false;
    }
}

/// True when one of the envelope's recipient infos names `cert` (by issuer and serial or by key
/// identifier). Checked up front because OpenSSL 3.0 fails silently for key agreement otherwise.
bool isRecipient(CMS_ContentInfo* cms, X509* cert) {
    STACK_OF(CMS_RecipientInfo)* infos = CMS_get0_RecipientInfos(cms);
    for (int i = 0; i < sk_CMS_RecipientInfo_num(infos); ++i) {
        CMS_RecipientInfo* info = sk_CMS_RecipientInfo_value(infos, i);
        switch (CMS_RecipientInfo_type(info)) {
        case CMS_RECIPINFO_TRANS:
            if (CMS_RecipientInfo_ktri_cert_cmp(info, cert) == 0)
                return true;
            break;
        case CMS_RECIPINFO_AGREE: {
            STACK_OF(CMS_RecipientEncryptedKey)* keys = CMS_RecipientInfo_kari_get0_reks(info);
            for (int k = 0; k < sk_CMS_RecipientEncryptedKey_num(keys); ++k)
                if (CMS_RecipientEncryptedKey_cert_cmp(sk_CMS_RecipientEncryptedKey_value(keys, k), cert) == 0)
                    return true;
            break;
        }
        default:
            break;
        }
    }
    return false;
}

/// Removes a partly written output file after a failure (best effort: the error is reported).
void removePartialOutput(const std::string& path) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
}

/// True when both paths name the same existing file: opening the output would then truncate the
/// input before it is read.
bool sameFile(const std::string& a, const std::string& b) {
    std::error_code ignored;
    return std::filesystem::equivalent(a, b, ignored);
}

bool isStrongDigest(int nid) { return nid == NID_sha256 || nid == NID_sha384 || nid == NID_sha512; }

}  // namespace

// =============================================================================================
// SHA-256

struct Sha256::Impl {
    EvpMdCtxPtr ctx;
    bool finished = false;
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>()) {
    m_impl->ctx.reset(EVP_MD_CTX_new());
    if (!m_impl->ctx)
        throw std::bad_alloc();
    if (EVP_DigestInit_ex(m_impl->ctx.get(), EVP_sha256(), nullptr) != 1) {
        ERR_clear_error();
        throw std::runtime_error("SHA-256 is not available from OpenSSL");
    }
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view data) {
    if (m_impl->finished)
        throw std::logic_error("Sha256::update after finishHex");
    if (!data.empty() && EVP_DigestUpdate(m_impl->ctx.get(), data.data(), data.size()) != 1) {
        ERR_clear_error();
        throw std::runtime_error("SHA-256 update failed");
    }
}

std::string Sha256::finishHex() {
    if (m_impl->finished)
        throw std::logic_error("Sha256::finishHex called twice");
    m_impl->finished = true;
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_impl->ctx.get(), digest.data(), &size) != 1) {
        ERR_clear_error();
        throw std::runtime_error("SHA-256 finalisation failed");
    }
    return hexString(digest.data(), size, false, '\0');
}

std::string sha256Hex(std::string_view data) {
    Sha256 hash;
    hash.update(data);
    return hash.finishHex();
}

Result<std::string> sha256FileHex(const std::string& path, std::uint64_t* size) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return error(ErrorCode::Io, "file", "cannot be opened for reading");
    const std::unique_ptr<std::FILE, FileClose> closer(file);
    Sha256 hash;
    std::vector<char> buffer(kFileChunk);
    std::uint64_t total = 0;
    for (;;) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file);
        if (n > 0) {
            hash.update(std::string_view(buffer.data(), n));
            total += n;
        }
        if (n < buffer.size()) {
            if (std::ferror(file))
                return error(ErrorCode::Io, "file", "read failed");
            break;
        }
    }
    if (size)
        *size = total;
    return hash.finishHex();
}

// =============================================================================================
// Certificate

struct Certificate::Impl {
    X509Ptr x509;
    std::string der;
    CertificateInfo info;
};

Result<Certificate> Certificate::parse(std::string_view pemOrDer) {
    const ErrorQueueScope errors;
    BioPtr bio = memoryBio(pemOrDer);
    if (!bio)
        return error(ErrorCode::Malformed, "certificate", "is too large");

    X509Ptr x509;
    if (pemOrDer.find("-----BEGIN") != std::string_view::npos) {
        x509.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!x509)
            return error(ErrorCode::Malformed, "certificate", "is not a PEM certificate");
        // One certificate means one: a second PEM block would be silently ignored otherwise.
        if (X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)))
            return error(ErrorCode::Malformed, "certificate", "holds more than one certificate");
    } else {
        const unsigned char* p = bytes(pemOrDer);
        x509.reset(d2i_X509(nullptr, &p, static_cast<long>(pemOrDer.size())));
        if (!x509)
            return error(ErrorCode::Malformed, "certificate", "is not a DER or PEM certificate");
        if (p != bytes(pemOrDer) + pemOrDer.size())
            return error(ErrorCode::Malformed, "certificate", "has trailing data after the certificate");
    }

    auto impl = std::make_shared<Impl>();
    impl->der = toDer(x509.get(), i2d_X509);
    auto info = readInfo(x509.get());
    if (impl->der.empty() || !info)
        return error(ErrorCode::Malformed, "certificate", "has unreadable fields or extensions");
    impl->info = std::move(*info);
    impl->x509 = std::move(x509);

    Certificate cert;
    cert.m_impl = std::move(impl);
    return cert;
}

std::string Certificate::der() const { return m_impl ? m_impl->der : std::string(); }

std::string Certificate::pem() const {
    if (!m_impl)
        return {};
    const ErrorQueueScope errors;
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), m_impl->x509.get()) != 1)
        return {};
    return memoryBioContent(bio.get());
}

const CertificateInfo& Certificate::info() const {
    static const CertificateInfo kEmpty;
    return m_impl ? m_impl->info : kEmpty;
}

void* Certificate::handle() const { return m_impl ? m_impl->x509.get() : nullptr; }

// =============================================================================================
// Identity

struct Identity::Key {
    EvpPkeyPtr pkey;
};

void* Identity::keyHandle() const { return m_key ? m_key->pkey.get() : nullptr; }

Result<Identity> Identity::generate(const Subject& subject, std::time_t now, int validDays) {
    const ErrorQueueScope errors;
    LINTAS_TRY(detail::checkAgencyCode("agency.code", subject.agencyCode));
    LINTAS_TRY(detail::requireCountry("agency.country", subject.countryAlpha3));
    LINTAS_TRY(detail::requireText("agency.name", subject.agencyName, 500));
    // X.509 caps organizationName at 64 characters (RFC 5280, ub-organization-name).
    if (utf8Length(subject.agencyName) > 64)
        return validationError("agency.name", "is longer than 64 characters, the limit of a certificate");
    if (validDays < 1 || validDays > 3650)
        return validationError("validDays", "must be between 1 and 3650");
    const geo::Country* country = geo::countryByAlpha3(subject.countryAlpha3);
    if (!country)
        return validationError("agency.country", "is not an ISO 3166-1 alpha-3 country code");
    const std::string commonName = subject.countryAlpha3 + "-" + subject.agencyCode;

    EvpPkeyCtxPtr keyCtx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* generated = nullptr;
    if (!keyCtx || EVP_PKEY_keygen_init(keyCtx.get()) != 1 || EVP_PKEY_CTX_set_group_name(keyCtx.get(), "P-256") != 1 ||
        EVP_PKEY_generate(keyCtx.get(), &generated) != 1)
        return error(ErrorCode::Internal, "key", "EC P-256 key generation failed");
    EvpPkeyPtr key(generated);

    X509Ptr cert(X509_new());
    BignumPtr serial(BN_new());
    if (!cert || !serial)
        return error(ErrorCode::Internal, "certificate", "out of memory");
    // 128 random bits with the top bit set: positive, never zero, and always 16 octets long.
    if (BN_rand(serial.get(), 128, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return error(ErrorCode::Internal, "certificate", "random serial number failed");

    X509_NAME* name = X509_get_subject_name(cert.get());
    const auto addEntry = [name](const char* field, const std::string& value) {
        return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, bytes(value), static_cast<int>(value.size()), -1,
                                          0) == 1;
    };
    const std::time_t notBefore = now - 3600;
    if (X509_set_version(cert.get(), X509_VERSION_3) != 1 || !addEntry("C", std::string(country->alpha2)) ||
        !addEntry("O", subject.agencyName) || !addEntry("OU", subject.agencyCode) || !addEntry("CN", commonName) ||
        X509_set_issuer_name(cert.get(), name) != 1 || !ASN1_TIME_set(X509_getm_notBefore(cert.get()), notBefore) ||
        !ASN1_TIME_adj(X509_getm_notAfter(cert.get()), notBefore, validDays, 0) ||
        X509_set_pubkey(cert.get(), key.get()) != 1)
        return error(ErrorCode::Internal, "certificate", "could not set the certificate fields");

    X509V3_CTX extCtx{};
    X509V3_set_ctx(&extCtx, cert.get(), cert.get(), nullptr, nullptr, 0);
    const auto addExtension = [&](int nid, const char* value) {
        X509_EXTENSION* ext = X509V3_EXT_nconf_nid(nullptr, &extCtx, nid, value);
        const bool added = ext && X509_add_ext(cert.get(), ext, -1) == 1;
        X509_EXTENSION_free(ext);
        return added;
    };
    if (!addExtension(NID_basic_constraints, "CA:FALSE") ||
        !addExtension(NID_key_usage, "critical,digitalSignature") ||
        !addExtension(NID_ext_key_usage, "emailProtection") || !addExtension(NID_subject_key_identifier, "hash"))
        return error(ErrorCode::Internal, "certificate", "could not add the extensions");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return error(ErrorCode::Internal, "certificate", "self-signing failed");

    // Re-read from DER so the Certificate is exactly what others will see.
    auto parsed = Certificate::parse(toDer(cert.get(), i2d_X509));
    if (!parsed)
        return error(ErrorCode::Internal, "certificate", "generated certificate does not parse");
    Identity identity;
    identity.m_cert = std::move(parsed).value();
    identity.m_key = std::make_shared<const Key>(Key{std::move(key)});
    return identity;
}

Result<Identity> Identity::fromPkcs12(std::string_view pkcs12Der, const std::string& passphrase) {
    const ErrorQueueScope errors;
    const unsigned char* p = bytes(pkcs12Der);
    Pkcs12Ptr probe(d2i_PKCS12(nullptr, &p, static_cast<long>(pkcs12Der.size())));
    if (!probe)
        return error(ErrorCode::Malformed, "pkcs12", "is not a PKCS#12 file");

    // The MAC tells a wrong passphrase apart from anything else. PKCS#12 treats an empty
    // passphrase and an absent one differently; accept either for "".
    if (PKCS12_mac_present(probe.get())) {
        const bool macOk =
            PKCS12_verify_mac(probe.get(), passphrase.c_str(), static_cast<int>(passphrase.size())) == 1 ||
            (passphrase.empty() && PKCS12_verify_mac(probe.get(), nullptr, 0) == 1);
        if (!macOk)
            return error(ErrorCode::BadPassphrase, "pkcs12", "the passphrase does not open this file");
    }

    // Files written with OpenSSL's legacy defaults (RC2-40, 3DES) need the legacy provider. It is
    // loaded into a private library context for this one parse, so the rest of the process never
    // gains the old algorithms. Objects made in that context must not outlive it: the key is
    // copied into the default context and the certificate is kept as DER.
    EvpPkeyPtr key;
    std::string certDer;
    const auto parseIn = [&](OSSL_LIB_CTX* libCtx) {
        Pkcs12Ptr p12(libCtx ? PKCS12_init_ex(NID_pkcs7_data, libCtx, nullptr) : nullptr);
        if (libCtx && !p12)
            return false;
        // d2i into an object made by PKCS12_init_ex keeps that object's library context.
        PKCS12* target = p12.release();
        const unsigned char* in = bytes(pkcs12Der);
        p12.reset(d2i_PKCS12(&target, &in, static_cast<long>(pkcs12Der.size())));
        EVP_PKEY* rawKey = nullptr;
        X509* rawCert = nullptr;
        STACK_OF(X509)* rawExtra = nullptr;
        if (!p12 || PKCS12_parse(p12.get(), passphrase.c_str(), &rawKey, &rawCert, &rawExtra) != 1)
            return false;
        EvpPkeyPtr parsedKey(rawKey);
        X509Ptr parsedCert(rawCert);
        const X509StackPtr extra(rawExtra);
        // Some PKIs omit the local key id that pairs key and certificate: then take the
        // certificate whose public key matches.
        for (int i = 0; !parsedCert && parsedKey && i < sk_X509_num(extra.get()); ++i) {
            X509* candidate = sk_X509_value(extra.get(), i);
            if (X509_check_private_key(candidate, parsedKey.get()) == 1 && X509_up_ref(candidate) == 1)
                parsedCert.reset(candidate);
        }
        if (parsedCert)
            certDer = toDer(parsedCert.get(), i2d_X509);
        key = libCtx && parsedKey ? copyKeyToDefaultContext(parsedKey.get()) : std::move(parsedKey);
        return true;
    };

    if (!parseIn(nullptr)) {
        const LibCtxPtr legacyCtx(OSSL_LIB_CTX_new());
        const ProviderPtr defaultProvider(legacyCtx ? OSSL_PROVIDER_load(legacyCtx.get(), "default") : nullptr);
        const ProviderPtr legacyProvider(legacyCtx ? OSSL_PROVIDER_load(legacyCtx.get(), "legacy") : nullptr);
        if (!defaultProvider || !legacyProvider || !parseIn(legacyCtx.get())) {
            if (!PKCS12_mac_present(probe.get()))
                return error(ErrorCode::BadPassphrase, "pkcs12", "the passphrase does not open this file");
            return error(ErrorCode::Malformed, "pkcs12", "its content cannot be decrypted or decoded");
        }
    }
    if (!key)
        return error(ErrorCode::Malformed, "pkcs12", "holds no usable private key");
    if (certDer.empty())
        return error(ErrorCode::Malformed, "pkcs12", "holds no certificate for its private key");
    if (!isEcOrRsa(key.get()))
        return validationError("pkcs12", "the private key must be EC or RSA");

    auto parsed = Certificate::parse(certDer);
    if (!parsed)
        return parsed.error();
    if (X509_check_private_key(static_cast<X509*>(parsed->handle()), key.get()) != 1)
        return validationError("pkcs12", "the private key does not match the certificate");
    Identity identity;
    identity.m_cert = std::move(parsed).value();
    identity.m_key = std::make_shared<const Key>(Key{std::move(key)});
    return identity;
}

Result<Identity> Identity::load(std::string_view certificatePem, std::string_view encryptedKeyPem,
                                const std::string& passphrase) {
    auto cert = Certificate::parse(certificatePem);
    if (!cert)
        return cert.error();

    const ErrorQueueScope errors;
    BioPtr bio = memoryBio(encryptedKeyPem);
    X509SigPtr sig(bio ? PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!sig)
        return error(ErrorCode::Malformed, "key", "is not an encrypted PKCS#8 private key");
    const X509_ALGOR* algorithm = nullptr;
    const ASN1_OCTET_STRING* encrypted = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, &encrypted);
    const auto params = readKeyEncryptionParameters(algorithm);
    if (!params)
        return error(ErrorCode::Malformed, "key", "is not encrypted with PBES2, scrypt and AES-256-CBC");

    SecretBytes derivedKey(kAes256KeySize);
    if (!deriveScryptKey(passphrase, params->salt.data(), params->salt.size(), params->n, params->r, params->p,
                         derivedKey))
        return error(ErrorCode::Internal, "key", "scrypt key derivation failed");
    const auto encryptedSize = static_cast<std::size_t>(ASN1_STRING_length(encrypted));
    SecretBytes der(encryptedSize + kAesBlockSize);
    // A wrong passphrase shows as bad padding, or, rarely, as a decrypted block that is not PKCS#8.
    if (!aes256Cbc(false, derivedKey, params->iv.data(), ASN1_STRING_get0_data(encrypted), encryptedSize, der))
        return error(ErrorCode::BadPassphrase, "key", "the passphrase does not unlock the key");
    EvpPkeyPtr key = keyFromPkcs8Der(der.data(), der.size());
    if (!key)
        return error(ErrorCode::BadPassphrase, "key", "the passphrase does not unlock the key");
    if (!isEcOrRsa(key.get()))
        return validationError("key", "must be EC or RSA");
    if (X509_check_private_key(static_cast<X509*>(cert->handle()), key.get()) != 1)
        return validationError("key", "does not match the certificate");

    Identity identity;
    identity.m_cert = std::move(cert).value();
    identity.m_key = std::make_shared<const Key>(Key{std::move(key)});
    return identity;
}

Result<std::string> Identity::encryptedKeyPem(const std::string& passphrase) const {
    const ErrorQueueScope errors;
    if (utf8Length(passphrase) < kMinPassphraseLength)
        return validationError("passphrase", "must be at least 8 characters");
    if (!m_key)
        return error(ErrorCode::Internal, "key", "identity has no private key");

    Pkcs8InfoPtr info(EVP_PKEY2PKCS8(m_key->pkey.get()));
    const int size = info ? i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr) : 0;
    if (size <= 0)
        return error(ErrorCode::Internal, "key", "cannot encode the private key");
    SecretBytes plain(static_cast<std::size_t>(size));
    unsigned char* p = plain.data();
    if (i2d_PKCS8_PRIV_KEY_INFO(info.get(), &p) != size)
        return error(ErrorCode::Internal, "key", "cannot encode the private key");

    std::array<unsigned char, kKeySaltSize> salt{};
    std::array<unsigned char, kAesBlockSize> iv{};
    SecretBytes derivedKey(kAes256KeySize);
    SecretBytes encrypted(plain.size() + kAesBlockSize);
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1 ||
        RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1)
        return error(ErrorCode::Internal, "random", "the random generator failed");
    if (!deriveScryptKey(passphrase, salt.data(), salt.size(), kScryptN, kScryptR, kScryptP, derivedKey) ||
        !aes256Cbc(true, derivedKey, iv.data(), plain.data(), plain.size(), encrypted))
        return error(ErrorCode::Internal, "key", "key encryption failed");

    X509SigPtr sig(X509_SIG_new());
    X509_ALGOR* algorithm = nullptr;
    ASN1_OCTET_STRING* digest = nullptr;
    if (sig)
        X509_SIG_getm(sig.get(), &algorithm, &digest);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!sig || !bio || !setPbes2ScryptAlgorithm(algorithm, salt.data(), iv.data()) ||
        ASN1_OCTET_STRING_set(digest, encrypted.data(), static_cast<int>(encrypted.size())) != 1 ||
        PEM_write_bio_PKCS8(bio.get(), sig.get()) != 1)
        return error(ErrorCode::Internal, "key", "cannot encode the encrypted key");
    return memoryBioContent(bio.get());
}

// =============================================================================================
// CMS SignedData

Result<std::string> cmsSignDetached(const Identity& signer, std::string_view content) {
    const ErrorQueueScope errors;
    auto* cert = static_cast<X509*>(signer.certificate().handle());
    auto* key = static_cast<EVP_PKEY*>(signer.keyHandle());
    if (!cert || !key)
        return error(ErrorCode::Internal, "signature", "identity has no certificate or key");
    BioPtr in = memoryBio(content);
    if (!in)
        return validationError("content", "is too large to sign");

    constexpr unsigned int kFlags = CMS_DETACHED | CMS_BINARY;
    // Partial first, so the signer is added with SHA-256 explicitly instead of the key's default;
    // no S/MIME capabilities attribute: it would advertise algorithms irrelevant to a bundle.
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kFlags | CMS_PARTIAL));
    if (!cms || !CMS_add1_signer(cms.get(), cert, key, EVP_sha256(), CMS_NOSMIMECAP) ||
        CMS_final(cms.get(), in.get(), nullptr, kFlags) != 1)
        return error(ErrorCode::Internal, "signature", "CMS signing failed");
    std::string der = toDer(cms.get(), i2d_CMS_ContentInfo);
    if (der.empty())
        return error(ErrorCode::Internal, "signature", "CMS encoding failed");
    return der;
}

namespace {

/// Parses DER CMS SignedData with exactly one signer.
struct ParsedSignature {
    CmsPtr cms;
    CMS_SignerInfo* signer = nullptr;  ///< owned by cms
};

Result<ParsedSignature> parseSignature(std::string_view signatureDer, ErrorCode code) {
    const unsigned char* p = bytes(signatureDer);
    ParsedSignature parsed;
    parsed.cms.reset(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(signatureDer.size())));
    if (!parsed.cms || p != bytes(signatureDer) + signatureDer.size())
        return error(code, "signature", "is not a DER CMS structure");
    if (OBJ_obj2nid(CMS_get0_type(parsed.cms.get())) != NID_pkcs7_signed)
        return error(code, "signature", "is not CMS SignedData");
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(parsed.cms.get());
    if (sk_CMS_SignerInfo_num(signers) != 1)
        return error(code, "signature", "must have exactly one signer");
    parsed.signer = sk_CMS_SignerInfo_value(signers, 0);
    return parsed;
}

}  // namespace

Result<Certificate> cmsSignerCertificate(std::string_view signatureDer) {
    const ErrorQueueScope errors;
    auto parsed = parseSignature(signatureDer, ErrorCode::Malformed);
    if (!parsed)
        return parsed.error();
    X509StackPtr certs(CMS_get1_certs(parsed->cms.get()));
    for (int i = 0; i < sk_X509_num(certs.get()); ++i) {
        X509* candidate = sk_X509_value(certs.get(), i);
        if (CMS_SignerInfo_cert_cmp(parsed->signer, candidate) == 0)
            return Certificate::parse(toDer(candidate, i2d_X509));
    }
    return error(ErrorCode::Malformed, "signature", "does not include the signer's certificate");
}

Status cmsVerifyDetached(std::string_view signatureDer, std::string_view content, const Certificate& pinned,
                         std::time_t at) {
    const ErrorQueueScope errors;
    auto* pinnedX509 = static_cast<X509*>(pinned.handle());
    if (!pinnedX509)
        return error(ErrorCode::Untrusted, "signature", "no trusted certificate to verify against");
    auto parsed = parseSignature(signatureDer, ErrorCode::Untrusted);
    if (!parsed)
        return parsed.error();
    CMS_ContentInfo* cms = parsed->cms.get();
    if (CMS_is_detached(cms) != 1)
        return error(ErrorCode::Untrusted, "signature", "is not a detached signature");

    // The signer must be the pinned certificate itself: its identifier must name it, and a
    // certificate carried for it in the signature must be the very same bytes. A look-alike
    // (same subject, even the same serial) is refused here before any cryptography.
    if (CMS_SignerInfo_cert_cmp(parsed->signer, pinnedX509) != 0)
        return error(ErrorCode::Untrusted, "signature", "signer is not the trusted certificate");
    X509StackPtr carried(CMS_get1_certs(cms));
    for (int i = 0; i < sk_X509_num(carried.get()); ++i) {
        X509* candidate = sk_X509_value(carried.get(), i);
        if (CMS_SignerInfo_cert_cmp(parsed->signer, candidate) == 0 && toDer(candidate, i2d_X509) != pinned.der())
            return error(ErrorCode::Untrusted, "signature", "signer is not the trusted certificate");
    }

    X509_ALGOR* digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(parsed->signer, nullptr, nullptr, &digestAlgorithm, nullptr);
    if (!digestAlgorithm || !isStrongDigest(algorithmNid(digestAlgorithm)))
        return error(ErrorCode::Untrusted, "signature", "digest algorithm is not SHA-256, SHA-384 or SHA-512");
    if (pinned.info().keyUsagePresent && !pinned.info().digitalSignature)
        return error(ErrorCode::Untrusted, "signature", "certificate key usage does not allow digital signatures");

    // Trust is the pinned certificate alone. PARTIAL_CHAIN lets it be the anchor although it is
    // an end-entity certificate; the purpose is not restricted further because the pin, the key
    // usage and the validity at `at` are the whole policy.
    X509StorePtr store(X509_STORE_new());
    if (!store || X509_STORE_add_cert(store.get(), pinnedX509) != 1)
        return error(ErrorCode::Internal, "signature", "cannot build the trust store");
    X509_VERIFY_PARAM* param = X509_STORE_get0_param(store.get());
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(param, at);
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_ANY);

    // Check the certificate first on its own, to name the exact reason when it fails.
    X509StoreCtxPtr storeCtx(X509_STORE_CTX_new());
    if (!storeCtx || X509_STORE_CTX_init(storeCtx.get(), store.get(), pinnedX509, nullptr) != 1)
        return error(ErrorCode::Internal, "signature", "cannot set up certificate verification");
    if (X509_verify_cert(storeCtx.get()) != 1) {
        switch (X509_STORE_CTX_get_error(storeCtx.get())) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return error(ErrorCode::Untrusted, "signature", "certificate expired");
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return error(ErrorCode::Untrusted, "signature", "certificate not yet valid");
        default:
            return error(ErrorCode::Untrusted, "signature",
                         std::string("certificate rejected: ") +
                             X509_verify_cert_error_string(X509_STORE_CTX_get_error(storeCtx.get())));
        }
    }

    BioPtr contentBio = memoryBio(content);
    if (!contentBio)
        return error(ErrorCode::Untrusted, "signature", "content is too large to verify");
    X509StackPtr signerCerts(sk_X509_new_null());
    if (!signerCerts || X509_up_ref(pinnedX509) != 1)
        return error(ErrorCode::Internal, "signature", "out of memory");
    if (!sk_X509_push(signerCerts.get(), pinnedX509)) {
        X509_free(pinnedX509);  // drops the reference taken above
        return error(ErrorCode::Internal, "signature", "out of memory");
    }
    // CMS_NOINTERN: the signer's key comes from the pinned certificate only, never from the
    // certificates inside the signature. The chain is verified again here with the same store.
    if (CMS_verify(cms, signerCerts.get(), store.get(), contentBio.get(), nullptr, CMS_BINARY | CMS_NOINTERN) != 1) {
        if (lastErrorIs(ERR_LIB_CMS, CMS_R_CERTIFICATE_VERIFY_ERROR))
            return error(ErrorCode::Untrusted, "signature", "certificate is not trusted");
        return error(ErrorCode::Untrusted, "signature", "content does not match the signature");
    }
    return {};
}

// =============================================================================================
// CMS EnvelopedData

Status cmsEncryptFile(const std::string& inPath, const std::string& outPath,
                      const std::vector<Certificate>& recipients) {
    const ErrorQueueScope errors;
    if (recipients.empty())
        return validationError("recipients", "at least one recipient certificate is needed");

    constexpr unsigned int kFlags = CMS_BINARY | CMS_STREAM;
    CmsPtr cms(CMS_encrypt(nullptr, nullptr, EVP_aes_256_cbc(), kFlags | CMS_PARTIAL));
    if (!cms)
        return error(ErrorCode::Internal, "recipients", "cannot create CMS EnvelopedData");
    for (const Certificate& recipient : recipients) {
        auto* x509 = static_cast<X509*>(recipient.handle());
        if (!x509 || !isEcOrRsa(X509_get0_pubkey(x509)))
            return validationError("recipients", "a recipient certificate has no EC or RSA key");
        CMS_RecipientInfo* info = CMS_add1_recipient_cert(cms.get(), x509, CMS_KEY_PARAM);
        if (!info || !setRecipientParameters(info))
            return validationError("recipients", "cannot encrypt to a recipient certificate");
    }

    BioPtr in(BIO_new_file(inPath.c_str(), "rb"));
    if (!in)
        return error(ErrorCode::Io, "input", "cannot be opened for reading");
    if (sameFile(inPath, outPath))
        return validationError("output", "must not be the input file");
    BioPtr out(BIO_new_file(outPath.c_str(), "wb"));
    if (!out)
        return error(ErrorCode::Io, "output", "cannot be opened for writing");

    // Streaming: the content is read, encrypted and written in chunks as BER (indefinite lengths).
    const bool written = i2d_CMS_bio_stream(out.get(), cms.get(), in.get(), static_cast<int>(kFlags)) == 1 &&
                         BIO_flush(out.get()) == 1;
    // The copy loop stops silently on a read error; only end-of-file means all was read.
    const bool readAll = BIO_eof(in.get()) == 1;
    out.reset();
    if (!written || !readAll) {
        removePartialOutput(outPath);
        if (!written)
            return error(ErrorCode::Io, "output", "write failed");
        return error(ErrorCode::Io, "input", "read failed");
    }
    return {};
}

Status cmsDecryptFile(const std::string& inPath, const std::string& outPath, const Identity& recipient) {
    const ErrorQueueScope errors;
    auto* cert = static_cast<X509*>(recipient.certificate().handle());
    auto* key = static_cast<EVP_PKEY*>(recipient.keyHandle());
    if (!cert || !key)
        return error(ErrorCode::Internal, "key", "identity has no certificate or key");
    const BIO_METHOD* method = encryptedContentBioMethod();
    if (!method)
        return error(ErrorCode::Internal, "input", "cannot set up streaming decryption");

    BioPtr in(BIO_new_file(inPath.c_str(), "rb"));
    if (!in)
        return error(ErrorCode::Io, "input", "cannot be opened for reading");
    if (sameFile(inPath, outPath))
        return validationError("output", "must not be the input file");
    FileReader reader(in.get());
    BerHeader contentHeader;
    const auto envelope = readDetachedEnvelope(reader, contentHeader);
    if (!envelope)
        return error(ErrorCode::Malformed, "input", "is not CMS EnvelopedData with encrypted content");
    const unsigned char* p = bytes(*envelope);
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(envelope->size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_enveloped)
        return error(ErrorCode::Malformed, "input", "is not CMS EnvelopedData");
    if (!isRecipient(cms.get(), cert))
        return error(ErrorCode::Untrusted, "input", "is not encrypted for this identity");

    EncryptedContentSource source(reader, contentHeader);
    BioPtr contentBio(BIO_new(method));
    if (!contentBio)
        return error(ErrorCode::Internal, "input", "out of memory");
    BIO_set_data(contentBio.get(), &source);

    BioPtr out(BIO_new_file(outPath.c_str(), "wb"));
    if (!out)
        return error(ErrorCode::Io, "output", "cannot be opened for writing");
    const bool decrypted = CMS_decrypt(cms.get(), key, cert, contentBio.get(), out.get(), CMS_BINARY) == 1;
    const bool flushed = decrypted && BIO_flush(out.get()) == 1;
    out.reset();
    if (decrypted && flushed && source.done())
        return {};

    removePartialOutput(outPath);
    if (decrypted && !flushed)
        return error(ErrorCode::Io, "output", "write failed");
    if (source.broken() || (decrypted && !source.done()))
        return error(ErrorCode::Malformed, "input", "the encrypted content is truncated or badly encoded");
    return error(ErrorCode::Untrusted, "input", "cannot be decrypted with this identity");
}

// =============================================================================================
// Random bytes and wiping

Status randomBytes(unsigned char* out, std::size_t size) {
    const ErrorQueueScope errors;
    while (size > 0) {
        const int chunk = static_cast<int>(std::min<std::size_t>(size, INT_MAX));
        if (RAND_priv_bytes(out, chunk) != 1)
            return error(ErrorCode::Internal, "random", "the random generator failed");
        out += chunk;
        size -= static_cast<std::size_t>(chunk);
    }
    return {};
}

void wipe(std::string& secret) {
    // Also cover bytes between size() and capacity(): a string that shrank may still hold secret
    // characters there. resize() within the capacity does not reallocate.
    secret.resize(secret.capacity());
    OPENSSL_cleanse(secret.data(), secret.size());
    secret.clear();
}

}  // namespace lintas::exchange
