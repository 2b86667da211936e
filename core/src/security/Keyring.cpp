#include "lintas/security/Keyring.h"

#include "lintas/Time.h"
#include "lintas/exchange/Json.h"

#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lintas::security {
namespace {
namespace fs = std::filesystem;
namespace json = exchange::json;

constexpr const char* kFormat = "lintas-keyring";
constexpr std::int64_t kFormatVersion = 1;
constexpr const char* kAlgorithm = "argon2id13";
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
/// A queue that nobody drains (an attacker guessing without ever signing in) must not grow the
/// key file without bound; the oldest entries go first.
constexpr std::size_t kMaxPendingFailures = 10000;
constexpr std::size_t kMaxFileBytes = 16u * 1024 * 1024;
/// Throttle: this many failures are free; then the wait starts at kFirstWait and doubles.
constexpr int kFreeFailures = 3;
constexpr std::int64_t kFirstWaitSeconds = 2;
constexpr std::int64_t kMaxWaitSeconds = 300;
/// Separates the key check from any other use of the database key.
constexpr const char* kKeyCheckLabel = "lintas key check v1";

/// libsodium must be initialised once before any other call; sodium_init is thread-safe and
/// idempotent, but the call is cheap to skip.
bool sodiumReady() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

std::string toBase64(std::string_view raw) {
    if (!sodiumReady())
        return {};
    const std::size_t size = sodium_base64_ENCODED_LEN(raw.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string out(size, '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(size - 1);  // the terminating NUL
    return out;
}

std::optional<std::string> fromBase64(std::string_view text) {
    if (!sodiumReady())
        return std::nullopt;
    std::string out(text.size(), '\0');
    std::size_t size = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &size, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return std::nullopt;
    out.resize(size);
    return out;
}

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

/// AES-256-GCM of a 32-byte key under `kek`. Returns ciphertext ‖ tag.
Result<std::string> sealKey(const SecretBytes& kek, const std::string& nonce, const SecretBytes& key,
                            std::string_view aad) {
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    std::string out(key.size() + kTagSize, '\0');
    int len = 0;
    int total = 0;
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, kek.data(),
                           reinterpret_cast<const unsigned char*>(nonce.data())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len, key.data(), static_cast<int>(key.size())) != 1)
        return Error{ErrorCode::Internal, "keyring", "AES-256-GCM encryption failed"};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), o + total, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize), o + key.size()) != 1)
        return Error{ErrorCode::Internal, "keyring", "AES-256-GCM encryption failed"};
    return out;
}

/// Opens ciphertext ‖ tag; nullopt-style error when the tag does not verify.
Result<SecretBytes> openKey(const SecretBytes& kek, const std::string& nonce, const std::string& wrapped,
                            std::string_view aad) {
    if (wrapped.size() != kKeySize + kTagSize || nonce.size() != kNonceSize)
        return Error{ErrorCode::Malformed, "keyring", "a key slot has the wrong size"};
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    SecretBytes key(kKeySize);
    int len = 0;
    const auto* w = reinterpret_cast<const unsigned char*>(wrapped.data());
    std::array<unsigned char, kTagSize> tag{};
    std::copy(w + kKeySize, w + kKeySize + kTagSize, tag.begin());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, kek.data(),
                           reinterpret_cast<const unsigned char*>(nonce.data())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), key.data(), &len, w, static_cast<int>(kKeySize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag.data()) != 1)
        return Error{ErrorCode::Internal, "keyring", "AES-256-GCM decryption failed"};
    std::array<unsigned char, 16> rest{};
    if (EVP_DecryptFinal_ex(ctx.get(), rest.data(), &len) != 1)
        return Error{ErrorCode::SignInFailed, "password", "unknown user or wrong password"};
    return key;
}

/// HMAC-SHA256(dbKey, label), base64: lets setSlot refuse to add a slot that wraps a different
/// key than the others. Reveals nothing about the key.
std::string keyCheckOf(const SecretBytes& dbKey) {
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, dbKey.data(), dbKey.size());
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(kKeyCheckLabel),
                                  std::char_traits<char>::length(kKeyCheckLabel));
    crypto_auth_hmacsha256_final(&st, mac.data());
    sodium_memzero(&st, sizeof st);
    return toBase64(std::string_view(reinterpret_cast<const char*>(mac.data()), mac.size()));
}

std::string randomString(std::size_t size) {
    std::string out(size, '\0');
    randombytes_buf(out.data(), out.size());
    return out;
}

std::optional<std::int64_t> epochOf(const std::string& iso) {
    if (iso.empty())
        return std::nullopt;
    auto t = parseTimestamp(iso);
    if (!t)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::seconds>(t->time_since_epoch()).count();
}

// --- reading -------------------------------------------------------------------------------------

Error malformed(const std::string& what) { return Error{ErrorCode::Malformed, "keyring", what}; }

Result<std::string> stringMember(const json::Value& o, std::string_view key, bool required = true) {
    const json::Value* v = o.find(key);
    if (!v) {
        if (required)
            return malformed("missing member \"" + std::string(key) + "\"");
        return std::string();
    }
    if (!v->isString())
        return malformed("member \"" + std::string(key) + "\" is not a string");
    return v->asString();
}

Result<std::int64_t> intMember(const json::Value& o, std::string_view key) {
    const json::Value* v = o.find(key);
    if (!v || !v->isInt())
        return malformed("member \"" + std::string(key) + "\" is missing or not an integer");
    return v->asInt();
}

Result<std::string> bytesMember(const json::Value& o, std::string_view key, std::size_t size) {
    auto text = stringMember(o, key);
    if (!text)
        return text.error();
    auto raw = fromBase64(*text);
    if (!raw || raw->size() != size)
        return malformed("member \"" + std::string(key) + "\" is not " + std::to_string(size) + " bytes of base64");
    return *raw;
}

Result<KeySlot> readSlot(const json::Value& v) {
    if (!v.isObject())
        return malformed("a key slot is not an object");
    KeySlot s;
    auto uuid = stringMember(v, "user");
    if (!uuid)
        return uuid.error();
    s.userUuid = *uuid;
    auto name = stringMember(v, "username");
    if (!name)
        return name.error();
    s.username = lower(*name);
    const json::Value* kdf = v.find("kdf");
    if (!kdf || !kdf->isObject())
        return malformed("a key slot has no \"kdf\" object");
    auto alg = stringMember(*kdf, "algorithm");
    if (!alg)
        return alg.error();
    if (*alg != kAlgorithm)
        return malformed("unknown key derivation \"" + *alg + "\"");
    auto ops = intMember(*kdf, "opsLimit");
    if (!ops)
        return ops.error();
    auto mem = intMember(*kdf, "memLimitBytes");
    if (!mem)
        return mem.error();
    if (*ops < static_cast<std::int64_t>(crypto_pwhash_OPSLIMIT_MIN) ||
        *ops > static_cast<std::int64_t>(crypto_pwhash_OPSLIMIT_MAX) ||
        *mem < static_cast<std::int64_t>(crypto_pwhash_MEMLIMIT_MIN) || *mem > (std::int64_t{1} << 42))
        return malformed("key derivation cost out of range");
    s.kdf.opsLimit = static_cast<std::uint64_t>(*ops);
    s.kdf.memLimitBytes = static_cast<std::size_t>(*mem);
    auto salt = bytesMember(v, "salt", kSaltSize);
    if (!salt)
        return salt.error();
    s.salt = *salt;
    auto nonce = bytesMember(v, "nonce", kNonceSize);
    if (!nonce)
        return nonce.error();
    s.nonce = *nonce;
    auto wrapped = bytesMember(v, "wrapped", kKeySize + kTagSize);
    if (!wrapped)
        return wrapped.error();
    s.wrapped = *wrapped;
    auto failed = intMember(v, "failedAttempts");
    if (!failed)
        return failed.error();
    s.failedAttempts = static_cast<int>(std::clamp<std::int64_t>(*failed, 0, 1'000'000));
    auto last = stringMember(v, "lastFailureAt", false);
    if (!last)
        return last.error();
    s.lastFailureAt = *last;
    return s;
}

// --- writing -------------------------------------------------------------------------------------

json::Value writeSlot(const KeySlot& s) {
    json::Value v;
    v.set("user", s.userUuid);
    v.set("username", s.username);
    json::Value kdf;
    kdf.set("algorithm", kAlgorithm);
    kdf.set("opsLimit", static_cast<std::int64_t>(s.kdf.opsLimit));
    kdf.set("memLimitBytes", static_cast<std::int64_t>(s.kdf.memLimitBytes));
    v.set("kdf", std::move(kdf));
    v.set("salt", toBase64(s.salt));
    v.set("nonce", toBase64(s.nonce));
    v.set("wrapped", toBase64(s.wrapped));
    v.set("failedAttempts", s.failedAttempts);
    v.set("lastFailureAt", s.lastFailureAt);
    return v;
}

/// fsync of a directory, so a rename in it is durable.
Status syncDirectory(const fs::path& dir) {
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error{ErrorCode::Io, "keyring", "cannot open the directory of the key file"};
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return Error{ErrorCode::Io, "keyring", "cannot flush the directory of the key file"};
    return {};
}

}  // namespace

// === SecretBytes =====================================================================================

SecretBytes::SecretBytes(std::size_t size) : m_bytes(size, 0) {}

SecretBytes::SecretBytes(const unsigned char* data, std::size_t size) : m_bytes(data, data + size) {}

SecretBytes::~SecretBytes() { wipe(); }

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) { other.m_bytes.clear(); }

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size) {
    SecretBytes out(size);
    if (!sodiumReady())
        std::abort();  // no CSPRNG: nothing safe can be done
    randombytes_buf(out.data(), out.size());
    return out;
}

void SecretBytes::wipe() {
    if (!m_bytes.empty())
        sodium_memzero(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

void wipeString(std::string& s) {
    if (!s.empty())
        sodium_memzero(s.data(), s.size());
    s.clear();
}

// === KDF =============================================================================================

KdfParams KdfParams::standard() {
    // Measured on the reference 2-core workstation with libsodium 1.0.18 (see docs/security.md):
    // 3 passes over 512 MiB take about 1.0 s. Memory is the expensive resource for an attacker's
    // GPUs, so it is raised before the number of passes.
    return KdfParams{3, std::size_t{512} * 1024 * 1024};
}

KdfParams KdfParams::fastForTests() {
    return KdfParams{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<SecretBytes> deriveKey(std::string_view password, std::string_view salt, const KdfParams& params) {
    if (!sodiumReady())
        return Error{ErrorCode::Internal, "kdf", "libsodium could not be initialised"};
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error{ErrorCode::Internal, "kdf", "the salt must be 16 bytes"};
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN)
        return Error{ErrorCode::Internal, "kdf", "Argon2id cost below libsodium's minimum"};
    SecretBytes key(kKeySize);
    if (crypto_pwhash(key.data(), key.size(), password.data(), password.size(),
                      reinterpret_cast<const unsigned char*>(salt.data()), params.opsLimit, params.memLimitBytes,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{ErrorCode::Internal, "kdf", "Argon2id failed (out of memory?)"};
    return key;
}

// === Keyring =========================================================================================

std::string Keyring::pathFor(const std::string& dbPath) { return dbPath + ".keyring"; }

Result<Keyring> Keyring::load(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return Error{ErrorCode::Io, "keyring", "the key file beside the database is missing"};
    std::string text;
    {
        std::FILE* in = std::fopen(path.c_str(), "rb");
        if (!in)
            return Error{ErrorCode::Io, "keyring", "the key file cannot be read"};
        std::array<char, 8192> buffer{};
        std::size_t n = 0;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), in)) > 0 && text.size() < kMaxFileBytes)
            text.append(buffer.data(), n);
        const bool bad = std::ferror(in) != 0;
        std::fclose(in);
        if (bad)
            return Error{ErrorCode::Io, "keyring", "the key file cannot be read"};
    }
    json::Limits limits;
    limits.maxBytes = kMaxFileBytes;
    auto doc = json::parse(text, "keyring", limits);
    if (!doc)
        return Error{ErrorCode::Malformed, "keyring", doc.error().detail};
    if (!doc->isObject())
        return malformed("not a Lintas key file");
    auto format = stringMember(*doc, "format");
    if (!format || *format != kFormat)
        return malformed("not a Lintas key file");
    auto version = intMember(*doc, "version");
    if (!version)
        return version.error();
    if (*version != kFormatVersion)
        return malformed("key file version " + std::to_string(*version) + " is not supported");
    Keyring k;
    auto check = stringMember(*doc, "keyCheck", false);
    if (!check)
        return check.error();
    k.m_keyCheck = *check;
    const json::Value* slots = doc->find("slots");
    if (!slots || !slots->isArray())
        return malformed("missing \"slots\"");
    for (const auto& s : slots->asArray()) {
        auto slot = readSlot(s);
        if (!slot)
            return slot.error();
        if (k.slotForUser(slot->userUuid) || k.slotFor(slot->username))
            return malformed("two key slots for one user");
        k.m_slots.push_back(std::move(*slot));
    }
    if (const json::Value* pending = doc->find("pendingFailures")) {
        if (!pending->isArray())
            return malformed("\"pendingFailures\" is not an array");
        for (const auto& p : pending->asArray()) {
            if (!p.isObject())
                return malformed("a pending failure is not an object");
            PendingFailure f;
            auto at = stringMember(p, "at");
            auto user = stringMember(p, "user", false);
            auto reason = stringMember(p, "reason");
            if (!at || !user || !reason)
                return malformed("a pending failure is incomplete");
            f.at = *at;
            f.userUuid = *user;
            f.reason = *reason;
            k.m_pending.push_back(std::move(f));
        }
    }
    return k;
}

Status Keyring::save(const std::string& path) const {
    json::Value doc;
    doc.set("format", kFormat);
    doc.set("version", kFormatVersion);
    doc.set("keyCheck", m_keyCheck);
    json::Array slots;
    for (const auto& s : m_slots)
        slots.push_back(writeSlot(s));
    doc.set("slots", std::move(slots));
    json::Array pending;
    for (const auto& p : m_pending) {
        json::Value v;
        v.set("at", p.at);
        v.set("user", p.userUuid);
        v.set("reason", p.reason);
        pending.push_back(std::move(v));
    }
    doc.set("pendingFailures", std::move(pending));
    const std::string text = json::write(doc, true) + "\n";

    // Temporary file beside the target (same file system, so the rename is atomic), created
    // with mode 0600 from the start: the key file is never readable by others, not even briefly.
    const fs::path target(path);
    std::string tmpl = path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return Error{ErrorCode::Io, "keyring", "cannot create the key file"};
    const fs::path temp(tmpl);
    auto fail = [&](const char* what) -> Status {
        ::close(fd);
        std::error_code ignored;
        fs::remove(temp, ignored);
        return Error{ErrorCode::Io, "keyring", what};
    };
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return fail("cannot restrict the key file to its owner");
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail("cannot write the key file");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0)
        return fail("cannot flush the key file");
    if (::close(fd) != 0) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return Error{ErrorCode::Io, "keyring", "cannot write the key file"};
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        return Error{ErrorCode::Io, "keyring", "cannot move the key file into place"};
    }
    return syncDirectory(target.parent_path());
}

const KeySlot* Keyring::slotFor(std::string_view username) const {
    const std::string name = lower(username);
    for (const auto& s : m_slots)
        if (s.username == name)
            return &s;
    return nullptr;
}

const KeySlot* Keyring::slotForUser(std::string_view userUuid) const {
    for (const auto& s : m_slots)
        if (s.userUuid == userUuid)
            return &s;
    return nullptr;
}

Result<SecretBytes> Keyring::unwrap(std::string_view username, std::string_view password) const {
    const KeySlot* slot = slotFor(username);
    if (!slot) {
        // Spend the same time as a real attempt, so the answer's delay does not tell whether the
        // user name exists.
        const KdfParams cost = m_slots.empty() ? KdfParams::fastForTests() : m_slots.front().kdf;
        const std::string salt = randomString(kSaltSize);
        (void)deriveKey(password, salt, cost);
        return Error{ErrorCode::SignInFailed, "password", "unknown user or wrong password"};
    }
    auto kek = deriveKey(password, slot->salt, slot->kdf);
    if (!kek)
        return kek.error();
    auto key = openKey(*kek, slot->nonce, slot->wrapped, slot->userUuid);
    if (!key)
        return key.error();
    if (!m_keyCheck.empty() && keyCheckOf(*key) != m_keyCheck)
        return Error{ErrorCode::Integrity, "keyring", "a key slot does not hold this database's key"};
    return key;
}

Status Keyring::setSlot(const SecretBytes& dbKey, const std::string& userUuid, const std::string& username,
                        std::string_view password, const KdfParams& params) {
    if (dbKey.size() != kKeySize)
        return Error{ErrorCode::Internal, "keyring", "the database key must be 32 bytes"};
    if (userUuid.empty() || username.empty())
        return Error{ErrorCode::Internal, "keyring", "a key slot needs a user"};
    const std::string check = keyCheckOf(dbKey);
    if (!m_keyCheck.empty() && check != m_keyCheck)
        return Error{ErrorCode::Integrity, "keyring", "the key given is not this database's key"};
    const std::string name = lower(username);
    if (const KeySlot* other = slotFor(name); other && other->userUuid != userUuid)
        return Error{ErrorCode::Duplicate, "username", "another key slot has that user name"};

    KeySlot slot;
    slot.userUuid = userUuid;
    slot.username = name;
    slot.kdf = params;
    slot.salt = randomString(kSaltSize);
    slot.nonce = randomString(kNonceSize);
    auto kek = deriveKey(password, slot.salt, params);
    if (!kek)
        return kek.error();
    auto sealed = sealKey(*kek, slot.nonce, dbKey, userUuid);
    if (!sealed)
        return sealed.error();
    slot.wrapped = std::move(*sealed);

    m_keyCheck = check;
    for (auto& s : m_slots)
        if (s.userUuid == userUuid) {
            s = std::move(slot);
            return {};
        }
    m_slots.push_back(std::move(slot));
    return {};
}

Status Keyring::removeSlot(std::string_view userUuid) {
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const KeySlot& s) { return s.userUuid == userUuid; });
    if (it == m_slots.end())
        return Error{ErrorCode::NotFound, "user", "no key slot for that user"};
    m_slots.erase(it);
    return {};
}

std::int64_t Keyring::throttleSeconds(std::string_view username, std::int64_t nowEpoch) const {
    const KeySlot* slot = slotFor(username);
    if (!slot || slot->failedAttempts < kFreeFailures)
        return 0;
    const auto last = epochOf(slot->lastFailureAt);
    if (!last)
        return 0;
    std::int64_t wait = kFirstWaitSeconds;
    for (int i = kFreeFailures; i < slot->failedAttempts && wait < kMaxWaitSeconds; ++i)
        wait *= 2;
    wait = std::min(wait, kMaxWaitSeconds);
    // A clock set back must not lock a user out for longer than the longest wait.
    const std::int64_t elapsed = std::max<std::int64_t>(0, nowEpoch - *last);
    return std::max<std::int64_t>(0, wait - elapsed);
}

void Keyring::recordFailure(std::string_view username, const std::string& at, std::int64_t atEpoch,
                            const std::string& reason) {
    (void)atEpoch;  // kept in ISO form in the slot; the parameter documents the contract
    std::string userUuid;
    for (auto& s : m_slots)
        if (s.username == lower(username)) {
            userUuid = s.userUuid;
            // A refused (throttled) attempt is queued for the audit log but does not lengthen
            // the wait: otherwise anyone could keep a colleague locked out for ever.
            if (reason != "throttled") {
                ++s.failedAttempts;
                s.lastFailureAt = at;
            }
        }
    m_pending.push_back(PendingFailure{at, userUuid, reason});
    if (m_pending.size() > kMaxPendingFailures)
        m_pending.erase(m_pending.begin(),
                        m_pending.begin() + static_cast<std::ptrdiff_t>(m_pending.size() - kMaxPendingFailures));
}

void Keyring::recordSuccess(std::string_view userUuid) {
    for (auto& s : m_slots)
        if (s.userUuid == userUuid) {
            s.failedAttempts = 0;
            s.lastFailureAt.clear();
        }
}

std::vector<PendingFailure> Keyring::takePendingFailures() {
    std::vector<PendingFailure> out;
    out.swap(m_pending);
    return out;
}

}  // namespace lintas::security
