#pragma once

#include "lintas/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::security {

/// Bytes that are wiped (sodium_memzero) when destroyed or reassigned. Move-only.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const unsigned char* data, std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    /// `size` bytes from the system's CSPRNG.
    [[nodiscard]] static SecretBytes random(std::size_t size);

    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }
    [[nodiscard]] bool empty() const { return m_bytes.empty(); }
    void wipe();

private:
    std::vector<unsigned char> m_bytes;
};

/// Wipes a std::string's bytes in place (for passwords and hex keys that passed through one).
void wipeString(std::string& s);

/// Argon2id cost. Recorded in each key slot, so later changes to the default affect new slots only.
struct KdfParams {
    std::uint64_t opsLimit = 0;
    std::size_t memLimitBytes = 0;

    /// The default: tuned to about one second on the reference 2-core workstation
    /// (see docs/security.md for the measurement).
    [[nodiscard]] static KdfParams standard();
    /// The cheapest parameters libsodium accepts. For tests and benchmarks only: a database
    /// created with them is as weak as its password.
    [[nodiscard]] static KdfParams fastForTests();
    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

/// Argon2id(password, salt) → 32-byte key. Salt must be 16 bytes.
[[nodiscard]] Result<SecretBytes> deriveKey(std::string_view password, std::string_view salt,
                                            const KdfParams& params);

/// One user's wrapping of the database key: Argon2id(password) → key-encryption key,
/// AES-256-GCM(KEK, database key) with the user's UUID as associated data.
struct KeySlot {
    std::string userUuid;
    std::string username;  ///< lower-case sign-in name
    KdfParams kdf;
    std::string salt;       ///< 16 raw bytes
    std::string nonce;      ///< 12 raw bytes
    std::string wrapped;    ///< 32 bytes ciphertext + 16 bytes tag
    int failedAttempts = 0; ///< consecutive failures since the last success
    std::string lastFailureAt;  ///< ISO 8601 UTC, empty when none
};

/// A failed sign-in kept in the key file until the next successful sign-in copies it into the
/// audit log (which cannot be written before the database is unlocked).
struct PendingFailure {
    std::string at;        ///< ISO 8601 UTC
    std::string userUuid;  ///< empty when the user name was unknown (the name itself is never kept)
    std::string reason;    ///< "wrong-password", "unknown-user" or "throttled"
};

/// The key file `<database>.keyring` beside the database: JSON holding the key slots (never a
/// key in clear), the pending failures and the database's key check. Written atomically
/// (temporary file, fsync, rename, fsync of the directory), mode 0600.
class Keyring {
public:
    [[nodiscard]] static std::string pathFor(const std::string& dbPath);

    /// Reads and checks the key file. Io when missing, Malformed when not a Lintas key file.
    [[nodiscard]] static Result<Keyring> load(const std::string& path);
    /// Writes the key file atomically.
    [[nodiscard]] Status save(const std::string& path) const;

    /// The slot of `username` (case-insensitive), or nullptr.
    [[nodiscard]] const KeySlot* slotFor(std::string_view username) const;
    [[nodiscard]] const KeySlot* slotForUser(std::string_view userUuid) const;
    [[nodiscard]] const std::vector<KeySlot>& keySlots() const { return m_slots; }  // not "slots": a Qt macro

    /// Derives the KEK from `password` and unwraps the database key. SignInFailed for an
    /// unknown user or a wrong password (the two are not told apart). Does not count failures:
    /// see recordFailure.
    [[nodiscard]] Result<SecretBytes> unwrap(std::string_view username, std::string_view password) const;

    /// Adds (or replaces) the slot for `userUuid`, wrapping `dbKey` under `password`.
    [[nodiscard]] Status setSlot(const SecretBytes& dbKey, const std::string& userUuid, const std::string& username,
                                 std::string_view password, const KdfParams& params);
    /// Removes the slot; NotFound when none.
    [[nodiscard]] Status removeSlot(std::string_view userUuid);

    /// How long `username` must still wait before the next attempt, given `now` (seconds;
    /// 0 = may try). Three failures are free; after that the wait doubles from 2 s up to 5 min.
    [[nodiscard]] std::int64_t throttleSeconds(std::string_view username, std::int64_t nowEpoch) const;
    /// Counts a failure against `username` (when known) and queues it for the audit log. A
    /// "throttled" attempt is queued but not counted, so refused attempts do not lengthen the wait.
    void recordFailure(std::string_view username, const std::string& at, std::int64_t atEpoch,
                       const std::string& reason);
    /// Clears the user's failure count after a successful sign-in.
    void recordSuccess(std::string_view userUuid);
    /// Takes the queued failures (they are then gone from this object; save to persist).
    [[nodiscard]] std::vector<PendingFailure> takePendingFailures();
    [[nodiscard]] const std::vector<PendingFailure>& pendingFailures() const { return m_pending; }

private:
    std::vector<KeySlot> m_slots;
    std::vector<PendingFailure> m_pending;
    std::string m_keyCheck;  ///< HMAC of a label under the database key: every slot must wrap that key
};

}  // namespace lintas::security
