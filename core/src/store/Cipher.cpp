#include "lintas/store/Cipher.h"

#include "lintas/security/FileCipher.h"
#include "lintas/store/Database.h"

#include <openssl/evp.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lintas::store {
namespace {
namespace fs = std::filesystem;

constexpr std::string_view kPlainHeader("SQLite format 3\0", 16);
constexpr const char* kMarkerText = "lintas encrypt-in-place v1: the encrypted copy is verified; complete the swap\n";
constexpr std::size_t kScrubBlock = 1024 * 1024;

/// Every file the migration touches, named from the database path.
struct Paths {
    explicit Paths(const std::string& path)
        : db(path), encrypting(path + ".encrypting"), old(path + ".plaintext-old"), marker(path + ".encrypt-commit"),
          lock(path + ".encrypt-lock"), attachments(path + ".attachments") {}  // as Workspace::attachmentDirFor
    fs::path db, encrypting, old, marker, lock, attachments;
};

/// Suffix of an attachment's encrypted copy while the migration runs (beside the plaintext file).
constexpr std::string_view kSidecarSuffix = ".encrypting";
/// FileCipher's temporary files.
constexpr std::string_view kTempMark = ".lntstmp-";

std::mutex& hookMutex() {
    static std::mutex m;
    return m;
}
MigrationHook& hookSlot() {
    static MigrationHook hook;
    return hook;
}
void reached(std::string_view point) {
    MigrationHook hook;
    {
        std::lock_guard lock(hookMutex());
        hook = hookSlot();
    }
    if (hook)
        hook(point);
}

fs::path withSuffix(const fs::path& p, std::string_view suffix) {
    fs::path out = p;
    out += std::string(suffix);
    return out;
}

bool fileExists(const fs::path& p) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(p, ec));
}

Error io(const std::string& what) { return Error{ErrorCode::Io, "database", what}; }

Status syncPath(const fs::path& p, bool directory) {
    const int fd = ::open(p.empty() ? "." : p.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return io("cannot open " + p.filename().string() + " to flush it");
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return io("cannot flush " + p.filename().string());
    return {};
}
Status syncDir(const fs::path& file) { return syncPath(file.parent_path(), true); }

Status renameFile(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec)
        return io("cannot rename " + from.filename().string() + " to " + to.filename().string() + ": " + ec.message());
    return syncDir(to);
}

Status removeFile(const fs::path& p) {
    std::error_code ec;
    fs::remove(p, ec);
    if (ec)
        return io("cannot remove " + p.filename().string() + ": " + ec.message());
    return {};
}

/// Overwrites a plaintext file with zeros before unlinking it. Best effort only: journaling file
/// systems and SSDs may keep old blocks (docs/security.md says so and advises full-disk
/// encryption), but it keeps the plaintext out of the next file that reuses those blocks.
Status scrubAndRemove(const fs::path& p) {
    if (!fileExists(p))
        return {};
    const int fd = ::open(p.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
            const std::vector<char> zeros(kScrubBlock, 0);
            off_t left = st.st_size;
            while (left > 0) {
                const auto n = static_cast<std::size_t>(std::min<off_t>(left, static_cast<off_t>(zeros.size())));
                const ssize_t w = ::write(fd, zeros.data(), n);
                if (w <= 0) {
                    if (w < 0 && errno == EINTR)
                        continue;
                    break;
                }
                left -= w;
            }
            (void)::fsync(fd);
        }
        ::close(fd);
    }
    return removeFile(p);
}

/// Writes a small file atomically (temporary file, fsync, rename, fsync of the directory).
Status writeSmallFile(const fs::path& p, std::string_view text) {
    std::string tmpl = p.string() + std::string(kTempMark) + "XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return io("cannot create " + p.filename().string());
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    if (::close(fd) != 0 || !ok) {
        ::unlink(tmpl.c_str());
        return io("cannot write " + p.filename().string());
    }
    return renameFile(tmpl, p);
}

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

std::string sqlText(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        out += c;
        if (c == '\'')
            out += '\'';
    }
    return out + "'";
}

/// Row count of every table (virtual and shadow tables included), for comparing two copies.
Result<std::map<std::string, std::int64_t>> tableCounts(Database& db) {
    std::vector<std::string> names;
    {
        auto st = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "ORDER BY name");
        if (!st)
            return st.error();
        while (true) {
            auto row = (*st)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            names.push_back((*st)->text(0));
        }
    }
    std::map<std::string, std::int64_t> out;
    for (const auto& n : names) {
        auto c = db.queryInt("SELECT count(*) FROM " + quoted(n));
        if (!c)
            return c.error();
        out[n] = *c;
    }
    return out;
}

/// Every file below the attachment directory.
std::vector<fs::path> attachmentFiles(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return out;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec))
            out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
}

bool endsWith(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool isSidecar(const fs::path& p) { return endsWith(p.filename().string(), kSidecarSuffix); }
bool isTemporary(const fs::path& p) { return p.filename().string().find(kTempMark) != std::string::npos; }

/// SHA-256 of what `feed` streams, lower-case hex (empty on failure).
class Sha256 {
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { m_ok = m_ctx && EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) == 1; }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view d) { m_ok = m_ok && EVP_DigestUpdate(m_ctx, d.data(), d.size()) == 1; }
    std::string hex() {
        std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
        unsigned int n = 0;
        if (!m_ok || EVP_DigestFinal_ex(m_ctx, md.data(), &n) != 1)
            return {};
        static constexpr char kHex[] = "0123456789abcdef";
        std::string out;
        for (unsigned int i = 0; i < n; ++i) {
            out += kHex[md[i] >> 4];
            out += kHex[md[i] & 0xF];
        }
        return out;
    }

private:
    EVP_MD_CTX* m_ctx;
    bool m_ok = false;
};

Result<std::string> hashOfPlainFile(const fs::path& p) {
    std::FILE* f = std::fopen(p.c_str(), "rb");
    if (!f)
        return io("cannot read the attachment " + p.filename().string());
    Sha256 h;
    std::vector<char> buffer(64 * 1024);
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0)
        h.update(std::string_view(buffer.data(), n));
    const bool bad = std::ferror(f) != 0;
    std::fclose(f);
    if (bad)
        return io("cannot read the attachment " + p.filename().string());
    return h.hex();
}

Result<std::string> hashOfEncryptedFile(const security::FileCipher& cipher, const fs::path& p) {
    Sha256 h;
    LINTAS_TRY(cipher.decryptStream(p.string(), [&](std::string_view d) -> Status {
        h.update(d);
        return {};
    }));
    return h.hex();
}

/// Phase A, step 3: each plaintext attachment gets an encrypted copy `<file>.encrypting` beside it,
/// checked by decrypting it again. The plaintext files are not touched before the commit point.
Status encryptAttachments(const fs::path& dir, const security::SecretBytes& dbKey, const MigrationProgress& progress) {
    const auto files = attachmentFiles(dir);
    if (files.empty())
        return {};
    const security::SecretBytes fileKey = security::attachmentKey(dbKey);
    const security::FileCipher cipher(fileKey);
    std::size_t done = 0;
    for (const auto& f : files) {
        ++done;
        if (isSidecar(f) || isTemporary(f))
            continue;
        // Already ours (a file that starts with the magic and authenticates under this key).
        if (security::FileCipher::isEncrypted(f.string()) && hashOfEncryptedFile(cipher, f))
            continue;
        auto plainHash = hashOfPlainFile(f);
        if (!plainHash)
            return plainHash.error();
        const fs::path sidecar = withSuffix(f, kSidecarSuffix);
        LINTAS_TRY(cipher.encryptFile(f.string(), sidecar.string()));
        auto check = hashOfEncryptedFile(cipher, sidecar);
        if (!check || *check != *plainHash)
            return Error{ErrorCode::Integrity, "attachment",
                         f.filename().string() + ": the encrypted copy does not read back as the original"};
        reached("attachment-encrypted");
        if (progress)
            progress("attachments", 0.5 + 0.35 * static_cast<double>(done) / static_cast<double>(files.size()));
    }
    return {};
}

/// Phase B: everything after the commit point. Idempotent: each step checks what is already done,
/// so a second run after a crash carries on where the first stopped. Needs no key.
Status completeSwap(const Paths& p) {
    // 1. Attachments: the verified encrypted copy replaces the plaintext file.
    for (const auto& f : attachmentFiles(p.attachments)) {
        if (isTemporary(f)) {
            LINTAS_TRY(removeFile(f));
            continue;
        }
        if (!isSidecar(f))
            continue;
        std::string name = f.string();
        const fs::path original(name.substr(0, name.size() - kSidecarSuffix.size()));
        if (fileExists(original) && !security::FileCipher::isEncrypted(original.string()))
            LINTAS_TRY(scrubAndRemove(original));
        LINTAS_TRY(renameFile(f, original));
        reached("attachment-swapped");
    }
    // 2. The database: plaintext aside, encrypted copy in place.
    if (fileExists(p.encrypting)) {
        if (fileExists(p.db)) {
            if (probeDatabaseFile(p.db.string()) != FileKind::Plaintext)
                return Error{ErrorCode::Integrity, "database",
                             "an unfinished encryption found an unexpected file in the database's place"};
            // A plaintext WAL or shared-memory file must never meet the encrypted database.
            if (fileExists(withSuffix(p.db, "-wal")))
                LINTAS_TRY(renameFile(withSuffix(p.db, "-wal"), withSuffix(p.old, "-wal")));
            LINTAS_TRY(renameFile(p.db, p.old));
            reached("plaintext-moved");
        }
        LINTAS_TRY(removeFile(withSuffix(p.db, "-shm")));
        LINTAS_TRY(removeFile(withSuffix(p.db, "-wal")));
        LINTAS_TRY(removeFile(withSuffix(p.encrypting, "-wal")));
        LINTAS_TRY(removeFile(withSuffix(p.encrypting, "-shm")));
        LINTAS_TRY(renameFile(p.encrypting, p.db));
        reached("encrypted-moved");
    } else if (probeDatabaseFile(p.db.string()) != FileKind::Encrypted) {
        return Error{ErrorCode::Integrity, "database",
                     "an unfinished encryption cannot be completed: its encrypted copy is missing"};
    }
    // 3. The plaintext is removed.
    LINTAS_TRY(scrubAndRemove(p.old));
    LINTAS_TRY(scrubAndRemove(withSuffix(p.old, "-wal")));
    LINTAS_TRY(removeFile(withSuffix(p.old, "-shm")));
    LINTAS_TRY(syncDir(p.db));
    reached("plaintext-removed");
    // 4. Done: the marker goes last.
    LINTAS_TRY(removeFile(p.marker));
    return syncDir(p.db);
}

/// Phase A was interrupted: drop the unfinished encrypted copies; the plaintext is intact.
Status rollBack(const Paths& p) {
    // A plaintext file moved aside without a commit marker cannot come from this code, but if
    // the database is missing and the old copy is there, the old copy is the database.
    if (!fileExists(p.db) && fileExists(p.old)) {
        LINTAS_TRY(renameFile(p.old, p.db));
        if (fileExists(withSuffix(p.old, "-wal")))
            LINTAS_TRY(renameFile(withSuffix(p.old, "-wal"), withSuffix(p.db, "-wal")));
    }
    // Sidecars before the encrypted database: their presence is only looked for while the
    // encrypted database still exists.
    for (const auto& f : attachmentFiles(p.attachments))
        if (isSidecar(f) || isTemporary(f))
            LINTAS_TRY(removeFile(f));
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        LINTAS_TRY(removeFile(withSuffix(p.encrypting, suffix)));
    LINTAS_TRY(removeFile(p.encrypting));
    return syncDir(p.db);
}

/// Temporary files of the marker left by a crash while it was being written.
void removeStaleTemporaries(const Paths& p) {
    std::error_code ec;
    const fs::path dir = p.db.has_parent_path() ? p.db.parent_path() : fs::path(".");
    const std::string prefix = p.marker.filename().string() + std::string(kTempMark);
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) == 0)
            fs::remove(it->path(), ec);
    }
}

std::string hexOf(const security::SecretBytes& key) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(key.size() * 2);
    for (std::size_t i = 0; i < key.size(); ++i) {
        out += kHex[key.data()[i] >> 4];
        out += kHex[key.data()[i] & 0xF];
    }
    return out;
}

/// Major and minor of "4.6.1 community".
std::pair<int, int> versionOf(const std::string& text) {
    int major = 0, minor = 0;
    if (std::sscanf(text.c_str(), "%d.%d", &major, &minor) < 2)
        return {0, 0};
    return {major, minor};
}


/// Keeps two processes (the CLI encrypting, the GUI opening the same file) from working on one
/// migration at once: an exclusive flock on `<db>.encrypt-lock`, held for the whole migration or
/// recovery. The file exists only while someone works (or after a crash, until the next
/// recovery); it is removed while still locked, and a lock taken on a file that was removed
/// meanwhile is taken again on the new one.
class MigrationLock {
public:
    static Result<MigrationLock> acquire(const fs::path& path) {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
            if (fd < 0)
                return io("cannot create " + path.filename().string());
            if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
                ::close(fd);
                return Error{ErrorCode::Conflict, "database", "the database is being encrypted by another program"};
            }
            struct stat held {};
            struct stat named {};
            if (::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 && held.st_ino == named.st_ino &&
                held.st_dev == named.st_dev)
                return MigrationLock(fd, path);
            ::close(fd);  // removed by its previous holder while we waited: lock the new one
        }
        return Error{ErrorCode::Conflict, "database", "the database is being encrypted by another program"};
    }
    MigrationLock(MigrationLock&& o) noexcept : m_fd(o.m_fd), m_path(std::move(o.m_path)) { o.m_fd = -1; }
    MigrationLock& operator=(MigrationLock&&) = delete;
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;
    ~MigrationLock() {
        if (m_fd < 0)
            return;
        ::unlink(m_path.c_str());
        ::close(m_fd);
    }

private:
    MigrationLock(int fd, fs::path path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd;
    fs::path m_path;
};

/// Recovery proper, with the lock held.
Status recoverLocked(const Paths& p) {
    if (fileExists(p.marker)) {
        removeStaleTemporaries(p);
        return completeSwap(p);
    }
    if (fileExists(p.encrypting) || fileExists(p.old) || fileExists(withSuffix(p.encrypting, "-journal")) ||
        fileExists(withSuffix(p.encrypting, "-wal"))) {
        removeStaleTemporaries(p);
        return rollBack(p);
    }
    return {};
}

bool anythingToRecover(const Paths& p) {
    return fileExists(p.marker) || fileExists(p.encrypting) || fileExists(p.old) || fileExists(p.lock) ||
           fileExists(withSuffix(p.encrypting, "-journal")) || fileExists(withSuffix(p.encrypting, "-wal"));
}

}  // namespace

// === the library ==================================================================================

namespace {
void silenceCipherLog(sqlite3* db) {
    // SQLCipher writes decryption failures to stderr; Lintas reports them as Integrity errors
    // instead, and the CLI's output must stay clean.
    sqlite3_exec(db, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
}
}  // namespace

CipherLibrary inspectCipherLibrary() {
    CipherLibrary lib;
    lib.sqliteVersion = sqlite3_libversion();
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return lib;
    }
    silenceCipherLog(db);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        const auto* text = sqlite3_column_text(st, 0);
        if (text)
            lib.cipherVersion = reinterpret_cast<const char*>(text);
    }
    sqlite3_finalize(st);
    // FTS5 present: a table can be created with it (compile options can lie about loadable modules).
    lib.fts5 = sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.lintas_probe USING fts5(x)", nullptr, nullptr, nullptr) ==
               SQLITE_OK;
    sqlite3_close_v2(db);
    return lib;
}

Status requireCipherLibrary() {
    const CipherLibrary lib = inspectCipherLibrary();
    std::vector<std::string> missing;
    if (lib.cipherVersion.empty()) {
        missing.push_back("the SQLite library (" + lib.sqliteVersion + ") is not SQLCipher");
    } else {
        const auto [major, minor] = versionOf(lib.cipherVersion);
        if (major < 4 || (major == 4 && minor < 6))
            missing.push_back("SQLCipher " + lib.cipherVersion + " is older than 4.6");
    }
    if (!lib.fts5)
        missing.push_back("the SQLite library (" + lib.sqliteVersion + ") has no FTS5");
    if (missing.empty())
        return {};
    std::string detail;
    for (const auto& m : missing)
        detail += (detail.empty() ? "" : "; ") + m;
    detail += ". Lintas needs SQLCipher 4.6 or newer with FTS5 (Debian: libsqlcipher1 from bookworm-backports; "
              "see scripts/install-deps)";
    return Error{ErrorCode::CipherUnavailable, "sqlite", detail};
}

FileKind probeDatabaseFile(const std::string& path) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return FileKind::Missing;
    if (fs::is_regular_file(status) && fs::file_size(path, ec) == 0 && !ec)
        return FileKind::Empty;
    std::array<char, 16> head{};
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return FileKind::Encrypted;  // unreadable: the open that follows reports why
    const std::size_t n = std::fread(head.data(), 1, head.size(), f);
    std::fclose(f);
    if (n == head.size() && std::string_view(head.data(), head.size()) == kPlainHeader)
        return FileKind::Plaintext;
    return FileKind::Encrypted;
}

std::string keyPragma(const security::SecretBytes& key) {
    std::string hex = hexOf(key);
    // SQLCipher's raw-key form: no PBKDF2 at open (the key is 256 random bits already). The
    // compatibility setting pins the SQLCipher 4 format (4096-byte pages, HMAC-SHA512 per page)
    // so that a later library with other defaults still reads these files.
    std::string out = "PRAGMA key = \"x'" + hex + "'\"; PRAGMA cipher_compatibility = 4;";
    security::wipeString(hex);
    return out;
}

void setMigrationHookForTests(MigrationHook hook) {
    std::lock_guard lock(hookMutex());
    hookSlot() = std::move(hook);
}

// === plaintext → encrypted =========================================================================

Status encryptInPlace(const std::string& path, const security::SecretBytes& key,
                      const std::function<Status()>& writeKeyring, const MigrationProgress& progress) {
    const Paths p(path);
    auto lock = MigrationLock::acquire(p.lock);
    if (!lock)
        return lock.error();
    LINTAS_TRY(recoverLocked(p));
    switch (probeDatabaseFile(path)) {
    case FileKind::Missing: return Error{ErrorCode::NotFound, "database", "no database file at that path"};
    case FileKind::Empty: return Error{ErrorCode::NotLintasDatabase, "database", "the file is empty"};
    case FileKind::Encrypted:
        return Error{ErrorCode::Conflict, "database", "the database is already encrypted (or not a database)"};
    case FileKind::Plaintext: break;
    }
    if (key.size() != 32)
        return Error{ErrorCode::Internal, "database", "the database key must be 32 bytes"};
    auto report = [&](const char* step, double fraction) {
        if (progress)
            progress(step, fraction);
    };

    // 1. Export into <db>.encrypting.
    report("export", 0.0);
    std::map<std::string, std::int64_t> counts;
    std::int64_t userVersion = 0;
    std::int64_t applicationId = 0;
    {
        // Opened with "create" only because ATTACH creates files with the connection's flags:
        // the probe above made sure this file exists.
        auto plain = Database::open(path, true);
        if (!plain)
            return plain.error();
        Database& db = **plain;
        // Everything in the main file, so that moving it aside later moves all of it.
        LINTAS_TRY(db.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        auto c = tableCounts(db);
        if (!c)
            return c.error();
        counts = std::move(*c);
        auto v = db.queryInt("PRAGMA user_version");
        if (!v)
            return v.error();
        auto a = db.queryInt("PRAGMA application_id");
        if (!a)
            return a.error();
        userVersion = *v;
        applicationId = *a;
        std::string hex = hexOf(key);
        std::string rawKey = "x'" + hex + "'";
        std::string attach = "ATTACH DATABASE " + sqlText(p.encrypting.string()) + " AS lintas_enc KEY " + sqlText(rawKey);
        security::wipeString(rawKey);
        security::wipeString(hex);
        Status attached = db.execute(attach);
        security::wipeString(attach);
        if (!attached)
            return attached.error();
        // No journal and no syncs while the copy is written: until it is verified and flushed
        // below it is only a draft that an interruption throws away.
        Status exported = db.execute("PRAGMA lintas_enc.cipher_compatibility = 4; "
                                     "PRAGMA lintas_enc.journal_mode = OFF; "
                                     "PRAGMA lintas_enc.synchronous = OFF; "
                                     "SELECT sqlcipher_export('lintas_enc'); "
                                     "PRAGMA lintas_enc.user_version = " + std::to_string(userVersion) + "; "
                                     "PRAGMA lintas_enc.application_id = " + std::to_string(applicationId));
        Status detached = db.execute("DETACH DATABASE lintas_enc");
        if (!exported)
            return exported.error();
        if (!detached)
            return detached.error();
    }
    std::error_code ec;
    fs::permissions(p.encrypting, fs::perms::owner_read | fs::perms::owner_write, ec);
    LINTAS_TRY(syncPath(p.encrypting, false));
    LINTAS_TRY(syncDir(p.encrypting));
    reached("exported");

    // 2. Verify the copy, through a connection of its own.
    report("verify", 0.3);
    {
        auto enc = Database::open(p.encrypting.string(), false, Database::Mode::ReadWrite, &key);
        if (!enc)
            return enc.error();
        Database& db = **enc;
        LINTAS_TRY(db.checkIntegrity());
        auto after = tableCounts(db);
        if (!after)
            return after.error();
        if (*after != counts)
            return Error{ErrorCode::Integrity, "database", "the encrypted copy does not hold the same rows"};
        auto v = db.queryInt("PRAGMA user_version");
        auto a = db.queryInt("PRAGMA application_id");
        if (!v || !a)
            return Error{ErrorCode::Integrity, "database", "the encrypted copy cannot be read back"};
        if (*v != userVersion || *a != applicationId)
            return Error{ErrorCode::Integrity, "database", "the encrypted copy lost the schema version"};
        // Lintas runs in WAL mode; set it now so the first open after the swap writes nothing new.
        LINTAS_TRY(db.execute("PRAGMA journal_mode = WAL"));
    }
    LINTAS_TRY(syncPath(p.encrypting, false));
    reached("verified");

    // 3. The key file, before anything depends on the new key.
    report("key file", 0.5);
    LINTAS_TRY(writeKeyring());
    reached("keyring-written");

    // 4. Attachments: encrypted copies beside the originals.
    report("attachments", 0.5);
    LINTAS_TRY(encryptAttachments(p.attachments, key, progress));

    // Writes to the plaintext since the export would be lost: refuse rather than swap.
    if (std::error_code e; fs::file_size(withSuffix(p.db, "-wal"), e) > 0 && !e)
        return Error{ErrorCode::Conflict, "database", "the database was written during its encryption; try again"};

    // 5. The commit point: from here on, every run completes the swap.
    LINTAS_TRY(writeSmallFile(p.marker, kMarkerText));
    reached("committed");

    // 6. Swap and clean up.
    report("swap", 0.9);
    LINTAS_TRY(completeSwap(p));
    reached("done");
    report("done", 1.0);
    return {};
}

Status recoverInterruptedMigration(const std::string& path) {
    const Paths p(path);
    // The usual case, at every open: a few stat calls, no lock, nothing written.
    if (!anythingToRecover(p))
        return {};
    auto lock = MigrationLock::acquire(p.lock);
    if (!lock)
        return lock.error();
    return recoverLocked(p);
}

}  // namespace lintas::store
