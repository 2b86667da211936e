#pragma once

#include "lintas/Result.h"
#include "lintas/security/Keyring.h"

#include <functional>
#include <string>
#include <string_view>

namespace lintas::security {

/// Encryption of files kept outside the database (attachments), with OpenSSL EVP AES-256-GCM.
///
/// Format "LNTSENC1": an 8-byte magic, a 12-byte random file nonce prefix (first 8 bytes used),
/// then chunks of at most 64 KiB plaintext, each sealed separately with nonce = prefix ‖ chunk
/// index (32-bit big endian) and associated data = magic ‖ prefix ‖ index ‖ final flag, followed by its
/// 16-byte tag. Every chunk is authenticated before its plaintext is handed on; a missing,
/// reordered, truncated or altered chunk is an Integrity error naming the file, never garbage.
class FileCipher {
public:
    /// `fileKey` must be 32 bytes: use attachmentKey() below.
    explicit FileCipher(const SecretBytes& fileKey);

    /// Encrypts `source` into `destination` (written to a temporary file, fsynced, renamed).
    [[nodiscard]] Status encryptFile(const std::string& source, const std::string& destination) const;
    /// Encrypts data handed in pieces by `produce` (which calls the given writer until done).
    [[nodiscard]] Status encryptStream(const std::function<Status(const std::function<Status(std::string_view)>&)>& produce,
                                       const std::string& destination) const;
    /// Decrypts `source` chunk by chunk into `sink`.
    [[nodiscard]] Status decryptStream(const std::string& source,
                                       const std::function<Status(std::string_view)>& sink) const;
    /// Decrypts `source` into `destination` (temporary file then rename; removed on failure).
    [[nodiscard]] Status decryptFile(const std::string& source, const std::string& destination) const;

    /// Does the file start with the "LNTSENC1" magic?
    [[nodiscard]] static bool isEncrypted(const std::string& path);

private:
    const SecretBytes& m_key;
};

/// The attachment key, derived from the database key with HKDF-SHA256 ("lintas attachments v1").
[[nodiscard]] SecretBytes attachmentKey(const SecretBytes& dbKey);

}  // namespace lintas::security
