#pragma once

#include "lintas/Result.h"
#include "lintas/security/Keyring.h"

#include <functional>
#include <string>
#include <string_view>

namespace lintas::store {

/// What the linked SQLite library is. Lintas requires SQLCipher >= 4.6 with FTS5.
struct CipherLibrary {
    std::string cipherVersion;  ///< e.g. "4.6.1 community"; empty when the library is plain SQLite
    std::string sqliteVersion;  ///< e.g. "3.46.1"
    bool fts5 = false;
};

/// Reads what the linked library is (opens a private in-memory database).
[[nodiscard]] CipherLibrary inspectCipherLibrary();
/// CipherUnavailable, with a message naming what is missing, unless the library is
/// SQLCipher >= 4.6 with FTS5. Called once at start-up by the CLI and the GUI.
[[nodiscard]] Status requireCipherLibrary();

enum class FileKind {
    Missing,    ///< no file
    Empty,      ///< zero bytes
    Plaintext,  ///< starts with "SQLite format 3\0": an unencrypted database from an earlier version
    Encrypted,  ///< anything else: presumed SQLCipher (opening it tells a foreign file apart)
};
[[nodiscard]] FileKind probeDatabaseFile(const std::string& path);

/// PRAGMA key with the raw 32-byte key (no SQLCipher KDF: the key is already random), then the
/// cipher settings. To be run first on a fresh connection.
[[nodiscard]] std::string keyPragma(const security::SecretBytes& key);

/// Progress of the plaintext → encrypted migration: a step name ("export", "verify", "key file",
/// "attachments", "swap", "done") and the fraction of the whole done so far (0 to 1, rising).
using MigrationProgress = std::function<void(const std::string& step, double fraction)>;

/// Encrypts the plaintext database at `path` in place, with `key`:
///   1. `sqlcipher_export` into `<path>.encrypting` (fsynced);
///   2. verify: cipher_integrity_check, integrity_check and per-table row counts equal the old file's;
///   3. encrypt the attachment files beside it (each: temporary file, fsync, rename);
///   4. rename `<path>` to `<path>.plaintext-old`, then `<path>.encrypting` to `<path>` (fsync dir);
///   5. remove `<path>.plaintext-old` and the old WAL/SHM files.
/// `writeKeyring` is called between steps 2 and 4 so the key file exists before the swap.
/// Interrupted at any point, the next call (or recoverInterruptedMigration) completes or
/// restarts the work: nothing is lost.
[[nodiscard]] Status encryptInPlace(const std::string& path, const security::SecretBytes& key,
                                    const std::function<Status()>& writeKeyring,
                                    const MigrationProgress& progress = {});

/// Files of the migration beside `<path>`: `<path>.encrypting` (the encrypted copy being written),
/// `<path>.encrypt-commit` (the marker: the copy is verified, the key file written and every
/// attachment has a verified encrypted copy `<file>.encrypting`; from then on the swap is only
/// ever completed, never undone), `<path>.plaintext-old` (the plaintext moved aside, overwritten
/// with zeros and removed at the end).

/// Test seam: called with the name of each point the migration passes ("exported", "verified",
/// "keyring-written", "attachment-encrypted", "committed", "attachment-swapped",
/// "plaintext-moved", "encrypted-moved", "plaintext-removed", "done"), so a test can kill the
/// process there. Empty in production.
using MigrationHook = std::function<void(std::string_view point)>;
void setMigrationHookForTests(MigrationHook hook);

/// Puts things right after a migration was killed: if `<path>` is missing but
/// `<path>.plaintext-old` exists, it is moved back (or `<path>.encrypting` put in place when it
/// was already verified, as recorded by a marker file); stale temporary files are removed.
[[nodiscard]] Status recoverInterruptedMigration(const std::string& path);

}  // namespace lintas::store
