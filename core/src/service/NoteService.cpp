#include "lintas/service/NoteService.h"

#include "Support.h"

#include "lintas/Time.h"
#include "lintas/security/FileCipher.h"

#include <openssl/evp.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace lintas {
namespace {
namespace fs = std::filesystem;

constexpr std::size_t kBufferSize = 64 * 1024;

// --- files ----------------------------------------------------------------------------------------

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File openFile(const fs::path& path, const char* mode) { return File(std::fopen(path.string().c_str(), mode)); }

/// Flushes `f` to the disk, so an exported file is complete before it gets its final name.
bool syncFile(std::FILE* f) { return std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0; }

/// fsync of the directory holding `file`, so a rename into it survives a crash.
void syncDirectoryOf(const fs::path& file) {
    const int fd = ::open(file.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

/// A name next to `target` for writing before the final rename. Random, so two writers never share it.
fs::path tempNameFor(const fs::path& target) {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string suffix = ".part-";
    auto bits = rng();
    for (int i = 0; i < 16; ++i, bits >>= 4)
        suffix += kHex[bits & 0xF];
    fs::path out = target;
    out += suffix;
    return out;
}

/// Streaming SHA-256 over OpenSSL's EVP interface.
class Sha256 {
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) {
        m_ok = m_ctx != nullptr && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
    }
    void update(const unsigned char* data, std::size_t size) {
        m_ok = m_ok && EVP_DigestUpdate(m_ctx.get(), data, size) == 1;
    }
    void update(std::string_view data) { update(reinterpret_cast<const unsigned char*>(data.data()), data.size()); }
    /// Lower-case hex digest, or empty when OpenSSL failed.
    std::string finish() {
        std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
        unsigned int size = 0;
        if (!m_ok || EVP_DigestFinal_ex(m_ctx.get(), digest.data(), &size) != 1)
            return {};
        static constexpr char kHex[] = "0123456789abcdef";
        std::string out;
        out.reserve(size * 2);
        for (unsigned int i = 0; i < size; ++i) {
            out += kHex[digest[i] >> 4];
            out += kHex[digest[i] & 0xF];
        }
        return out;
    }

private:
    struct Free {
        void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> m_ctx;
    bool m_ok = false;
};

struct Digest {
    std::string sha256;
    std::int64_t size = 0;
};

/// Reads `in` to the end, hashing it and, when `out` is set, writing it there.
/// `readField` / `writeField` name what failed; the error never carries paths or content.
Result<Digest> pump(std::FILE* in, std::FILE* out, const std::string& readField, const std::string& writeField) {
    Sha256 hash;
    std::vector<unsigned char> buffer(kBufferSize);
    Digest d;
    while (true) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), in);
        if (n > 0) {
            hash.update(buffer.data(), n);
            d.size += static_cast<std::int64_t>(n);
            if (out && std::fwrite(buffer.data(), 1, n, out) != n)
                return Error{ErrorCode::Io, writeField, "write failed"};
        }
        if (n < buffer.size()) {
            if (std::ferror(in))
                return Error{ErrorCode::Io, readField, "read failed"};
            break;
        }
    }
    d.sha256 = hash.finish();
    if (d.sha256.empty())
        return Error{ErrorCode::Internal, readField, "SHA-256 computation failed"};
    return d;
}

bool isSha256Hex(const std::string& s) {
    if (s.size() != 64)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

Status checkMediaType(const std::string& field, const std::string& value) {
    if (value.empty())
        return validationError(field, "must not be empty");
    if (value.size() > 255)
        return validationError(field, "is longer than 255 characters");
    std::size_t slashes = 0;
    for (char c : value) {
        if (c == '/')
            ++slashes;
        else if (c <= ' ' || c > '~')
            return validationError(field, "is not a media type such as application/pdf");
    }
    if (slashes != 1 || value.front() == '/' || value.back() == '/')
        return validationError(field, "is not a media type such as application/pdf");
    return {};
}

Result<std::int64_t> caseIdOf(const Context& ctx, const std::string& uuid, const std::string& field) {
    auto id = ctx.idOf("case_file", uuid, field);
    if (!id && id.error().code == ErrorCode::ForeignKey)
        return Error{ErrorCode::NotFound, field, id.error().detail};
    return id;
}

// --- the session's attachment key ------------------------------------------------------------------

/// Context → attachment key. Workspace binds its key at sign-in and unbinds it when destroyed;
/// only weak references are kept here, so the key is wiped when the workspace lets go of it.
struct KeyRegistry {
    std::mutex mutex;
    std::map<const Context*, std::weak_ptr<const security::SecretBytes>> keys;
};
KeyRegistry& registry() {
    static KeyRegistry r;
    return r;
}

Error shaMismatch() { return Error{ErrorCode::Integrity, "attachment.content", "content does not match its SHA-256"}; }

}  // namespace

void NoteService::bindFileKey(const Context& ctx, std::shared_ptr<const security::SecretBytes> fileKey) {
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    r.keys[&ctx] = fileKey;
}

void NoteService::unbindFileKey(const Context& ctx) {
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    r.keys.erase(&ctx);
}

Result<std::shared_ptr<const security::SecretBytes>> NoteService::fileKey() const {
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    const auto it = r.keys.find(&m_ctx);
    std::shared_ptr<const security::SecretBytes> key = it == r.keys.end() ? nullptr : it->second.lock();
    if (!key || key->size() != 32)
        return Error{ErrorCode::Internal, "attachment.key", "no attachment key: the workspace is not signed in"};
    return key;
}

// === notes ========================================================================================

Status NoteService::validate(const Note& n) {
    LINTAS_TRY(detail::requireUuid("note.case", n.caseUuid));
    LINTAS_TRY(detail::requireCode("note.kind", vocab::List::NoteKind, n.kind));
    // Empty means "now": addNote fills it in.
    if (!n.occurredAt.empty() && !parseTimestamp(n.occurredAt))
        return validationError("note.occurredAt", "is not a UTC timestamp written as YYYY-MM-DDTHH:MM:SSZ");
    LINTAS_TRY(detail::checkText("note.author", n.author, 200));
    LINTAS_TRY(detail::requireText("note.body", n.body, 100000));
    return {};
}

Result<Note> NoteService::addNote(Note n) {
    LINTAS_TRY(m_ctx.require(security::Permission::IntelligenceWrite, "note", n.uuid));
    const std::string now = m_ctx.now();
    if (n.occurredAt.empty())
        n.occurredAt = now;
    LINTAS_TRY(validate(n));
    if (n.uuid.empty())
        n.uuid = m_ctx.newUuid();
    LINTAS_TRY(detail::requireUuid("note.uuid", n.uuid));
    n.createdAt = n.updatedAt = now;
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", n.caseUuid, "note.case"));
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    auto st = m_ctx.db().prepare(
        "INSERT INTO note(uuid, case_id, kind, occurred_at, author, body, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    (*st)->bind(1, n.uuid).bind(2, caseId).bind(3, n.kind).bind(4, n.occurredAt).bind(5, n.author);
    (*st)->bind(6, n.body).bind(7, n.createdAt).bind(8, n.updatedAt);
    if (auto done = (*st)->exec(); !done) {
        Error e = done.error();
        if (e.code == ErrorCode::Duplicate)
            e.field = "note.uuid";
        return e;
    }
    LINTAS_TRY(m_ctx.record(security::audit::kCreate, "note", n.uuid, "case=" + n.caseUuid));
    LINTAS_TRY(tx.commit());
    return n;
}

Result<std::vector<Note>> NoteService::notes(const std::string& caseUuid) {
    LINTAS_TRY(m_ctx.require(security::Permission::IntelligenceRead, "case", caseUuid));
    LINTAS_ASSIGN(caseId, caseIdOf(m_ctx, caseUuid, "note.case"));
    auto st = m_ctx.db().prepare(
        "SELECT uuid, kind, occurred_at, author, body, created_at, updated_at FROM note WHERE case_id = ? "
        "ORDER BY occurred_at, id");
    if (!st)
        return st.error();
    (*st)->bind(1, caseId);
    std::vector<Note> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        const auto& s = **st;
        Note n;
        n.uuid = s.text(0);
        n.caseUuid = caseUuid;
        n.kind = s.text(1);
        n.occurredAt = s.text(2);
        n.author = s.text(3);
        n.body = s.text(4);
        n.createdAt = s.text(5);
        n.updatedAt = s.text(6);
        out.push_back(std::move(n));
    }
    return out;
}

// === attachments ==================================================================================

std::string NoteService::contentPath(const std::string& sha256) const {
    const std::string bucket = sha256.size() >= 2 ? sha256.substr(0, 2) : sha256;
    return (fs::path(m_dir) / bucket / sha256).string();
}

bool NoteService::hasContent(const std::string& sha256) const {
    if (!isSha256Hex(sha256))
        return false;
    std::error_code ec;
    const std::string path = contentPath(sha256);
    return fs::is_regular_file(path, ec) && security::FileCipher::isEncrypted(path);
}

Result<NoteService::StoredContent> NoteService::storeAttachment(const ContentProducer& produce,
                                                                const std::string& expectedSha256) {
    LINTAS_TRY(m_ctx.require(security::Permission::IntelligenceWrite, "attachment"));
    if (!expectedSha256.empty() && !isSha256Hex(expectedSha256))
        return validationError("attachment.sha256", "is not a lower-case hex SHA-256");
    LINTAS_ASSIGN(key, fileKey());
    std::error_code ec;
    fs::create_directories(m_dir, ec);
    if (ec)
        return Error{ErrorCode::Io, "attachment.store", "cannot create the attachment directory"};
    // Encrypted under a temporary name in the store (the hash, hence the final name, is known
    // only at the end), then renamed: a content file is either absent or complete.
    const fs::path incoming = tempNameFor(fs::path(m_dir) / ".incoming");
    auto dropIncoming = [&] {
        std::error_code ignored;
        fs::remove(incoming, ignored);
    };
    Sha256 hash;
    StoredContent stored;
    const security::FileCipher cipher(*key);
    Status written = cipher.encryptStream(
        [&](const ContentWriter& encrypt) -> Status {
            return produce([&](std::string_view data) -> Status {
                hash.update(data);
                stored.size += static_cast<std::int64_t>(data.size());
                return encrypt(data);
            });
        },
        incoming.string());
    if (!written) {
        dropIncoming();
        Error e = written.error();
        if (e.field == "file")
            e.field = "attachment.store";
        return e;
    }
    stored.sha256 = hash.finish();
    if (stored.sha256.empty()) {
        dropIncoming();
        return Error{ErrorCode::Internal, "attachment.content", "SHA-256 computation failed"};
    }
    if (!expectedSha256.empty() && stored.sha256 != expectedSha256) {
        dropIncoming();
        return shaMismatch();
    }
    if (hasContent(stored.sha256)) {
        dropIncoming();
        return stored;
    }
    const fs::path target = contentPath(stored.sha256);
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
        dropIncoming();
        return Error{ErrorCode::Io, "attachment.store", "cannot create the attachment directory"};
    }
    fs::rename(incoming, target, ec);
    if (ec) {
        dropIncoming();
        return Error{ErrorCode::Io, "attachment.store", "cannot be renamed into place"};
    }
    syncDirectoryOf(target);
    stored.created = true;
    return stored;
}

Status NoteService::removeContent(const std::string& sha256) {
    LINTAS_TRY(m_ctx.require(security::Permission::IntelligenceWrite, "attachment"));
    if (!isSha256Hex(sha256))
        return validationError("attachment.sha256", "is not a lower-case hex SHA-256");
    LINTAS_ASSIGN(refs, m_ctx.db().prepare("SELECT count(*) FROM attachment WHERE sha256 = ?"));
    refs->bind(1, sha256);
    LINTAS_ASSIGN(row, refs->step());
    const std::int64_t n = row ? refs->int64(0) : 0;
    refs->reset();
    if (n > 0)
        return Error{ErrorCode::Conflict, "attachment.content", "an attachment still refers to this content"};
    std::error_code ec;
    fs::remove(contentPath(sha256), ec);
    if (ec)
        return Error{ErrorCode::Io, "attachment.content", "cannot be removed"};
    return {};
}

Result<Attachment> NoteService::attachFile(const std::string& caseUuid, const std::string& sourcePath,
                                           const std::string& name, const std::string& mediaType,
                                           const std::string& addedBy) {
    LINTAS_TRY(m_ctx.require(security::Permission::IntelligenceWrite, "attachment"));
    Attachment a;
    a.caseUuid = caseUuid;
    a.name = name.empty() ? fs::path(sourcePath).filename().string() : name;
    a.mediaType = mediaType.empty() ? "application/octet-stream" : mediaType;
    a.addedBy = addedBy;
    LINTAS_TRY(detail::requireUuid("attachment.case", a.caseUuid));
    LINTAS_TRY(detail::requireText("attachment.name", a.name, 255));
    if (a.name.find_first_of("/\\") != std::string::npos)
        return validationError("attachment.name", "must be a file name without a directory");
    LINTAS_TRY(checkMediaType("attachment.mediaType", a.mediaType));
    LINTAS_TRY(detail::checkText("attachment.addedBy", a.addedBy, 200));
    // Resolve the case first, so a bad reference leaves no content file behind.
    LINTAS_ASSIGN(caseId, m_ctx.idOf("case_file", a.caseUuid, "attachment.case"));
    LINTAS_ASSIGN(key, fileKey());
    (void)key;

    std::error_code ec;
    if (sourcePath.empty() || !fs::is_regular_file(sourcePath, ec))
        return Error{ErrorCode::Io, "attachment.source", "is not a readable regular file"};

    // First pass: the hash decides where the content lives and whether it is already stored.
    Digest digest;
    {
        File in = openFile(sourcePath, "rb");
        if (!in)
            return Error{ErrorCode::Io, "attachment.source", "cannot be opened for reading"};
        LINTAS_ASSIGN(d, pump(in.get(), nullptr, "attachment.source", "attachment.store"));
        digest = std::move(d);
    }
    bool created = false;
    if (!hasContent(digest.sha256)) {
        // Second pass: encrypt, checking that the file did not change since it was hashed.
        auto stored = storeAttachment(
            [&](const ContentWriter& write) -> Status {
                File in = openFile(sourcePath, "rb");
                if (!in)
                    return Error{ErrorCode::Io, "attachment.source", "cannot be opened for reading"};
                std::vector<unsigned char> buffer(kBufferSize);
                while (true) {
                    const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), in.get());
                    if (n > 0)
                        LINTAS_TRY(write(std::string_view(reinterpret_cast<const char*>(buffer.data()), n)));
                    if (n < buffer.size()) {
                        if (std::ferror(in.get()))
                            return Error{ErrorCode::Io, "attachment.source", "read failed"};
                        return {};
                    }
                }
            },
            digest.sha256);
        if (!stored) {
            Error e = stored.error();
            if (e.field == "attachment.content")
                return Error{ErrorCode::Io, "attachment.source", "changed while it was being stored"};
            return e;
        }
        created = stored->created;
    }

    a.uuid = m_ctx.newUuid();
    a.sha256 = digest.sha256;
    a.size = digest.size;
    a.addedAt = m_ctx.now();
    Status inserted = [&]() -> Status {
        store::Transaction tx(m_ctx.db());
        LINTAS_TRY(tx.begun());
        LINTAS_ASSIGN(st, m_ctx.db().prepare(
                              "INSERT INTO attachment(uuid, case_id, sha256, name, media_type, size, added_at, added_by) "
                              "VALUES (?,?,?,?,?,?,?,?)"));
        st->bind(1, a.uuid).bind(2, caseId).bind(3, a.sha256).bind(4, a.name).bind(5, a.mediaType);
        st->bind(6, a.size).bind(7, a.addedAt).bind(8, a.addedBy);
        LINTAS_TRY(st->exec());
        LINTAS_TRY(m_ctx.record(security::audit::kCreate, "attachment", a.uuid, "case=" + a.caseUuid));
        return tx.commit();
    }();
    if (!inserted) {
        // Do not leave content that no row points to (unless another attachment already shares it).
        if (created)
            (void)removeContent(a.sha256);
        return inserted.error();
    }
    return a;
}

Result<std::vector<Attachment>> NoteService::attachments(const std::string& caseUuid) {
    LINTAS_TRY(m_ctx.require(security::Permission::IntelligenceRead, "case", caseUuid));
    LINTAS_ASSIGN(caseId, caseIdOf(m_ctx, caseUuid, "attachment.case"));
    auto st = m_ctx.db().prepare(
        "SELECT uuid, sha256, name, media_type, size, added_at, added_by FROM attachment WHERE case_id = ? "
        "ORDER BY added_at, id");
    if (!st)
        return st.error();
    (*st)->bind(1, caseId);
    std::vector<Attachment> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        const auto& s = **st;
        Attachment a;
        a.uuid = s.text(0);
        a.caseUuid = caseUuid;
        a.sha256 = s.text(1);
        a.name = s.text(2);
        a.mediaType = s.text(3);
        a.size = s.int64(4);
        a.addedAt = s.text(5);
        a.addedBy = s.text(6);
        out.push_back(std::move(a));
    }
    return out;
}

Status NoteService::readAttachment(const std::string& sha256, const ContentWriter& sink) const {
    if (!isSha256Hex(sha256))
        return validationError("attachment.sha256", "is not a lower-case hex SHA-256");
    LINTAS_TRY(m_ctx.require(security::Permission::IntelligenceRead, "attachment"));
    LINTAS_ASSIGN(key, fileKey());
    const std::string source = contentPath(sha256);
    std::error_code ec;
    if (!fs::is_regular_file(source, ec))
        return Error{ErrorCode::Io, "attachment.content", "the stored content is missing"};
    Sha256 hash;
    LINTAS_TRY(security::FileCipher(*key).decryptStream(source, [&](std::string_view data) -> Status {
        hash.update(data);
        return sink(data);
    }));
    // Each chunk authenticated; the whole must also be the content its name promises (a valid
    // file of other content put in its place is caught here).
    if (hash.finish() != sha256)
        return shaMismatch();
    return {};
}

Status NoteService::exportAttachment(const std::string& sha256, const std::string& destination) const {
    if (!isSha256Hex(sha256))
        return validationError("attachment.sha256", "is not a lower-case hex SHA-256");
    if (destination.empty())
        return validationError("attachment.destination", "must not be empty");
    LINTAS_TRY(m_ctx.require(security::Permission::IntelligenceRead, "attachment"));
    // The destination appears only once the content has been verified, so a tampered store never
    // hands out a file that looks genuine.
    const fs::path temp = tempNameFor(destination);
    File out = openFile(temp, "wb");
    if (!out)
        return Error{ErrorCode::Io, "attachment.destination", "cannot be opened for writing"};
    auto fail = [&](Error e) -> Status {
        out.reset();
        std::error_code ignored;
        fs::remove(temp, ignored);
        return e;
    };
    Status read = readAttachment(sha256, [&](std::string_view data) -> Status {
        if (std::fwrite(data.data(), 1, data.size(), out.get()) != data.size())
            return Error{ErrorCode::Io, "attachment.destination", "write failed"};
        return {};
    });
    if (!read)
        return fail(read.error());
    if (!syncFile(out.get()))
        return fail(Error{ErrorCode::Io, "attachment.destination", "write failed"});
    if (std::fclose(out.release()) != 0)
        return fail(Error{ErrorCode::Io, "attachment.destination", "write failed"});
    std::error_code ec;
    fs::rename(temp, destination, ec);
    if (ec)
        return fail(Error{ErrorCode::Io, "attachment.destination", "cannot be renamed into place"});
    // Which attachment: the oldest row with this content (the file is shared by content).
    std::string attachmentUuid;
    if (auto st = m_ctx.db().prepare("SELECT uuid FROM attachment WHERE sha256 = ? ORDER BY id LIMIT 1"); st) {
        (*st)->bind(1, sha256);
        if (auto row = (*st)->step(); row && *row)
            attachmentUuid = (*st)->text(0);
        (*st)->reset();
    }
    return m_ctx.record(security::audit::kExport, "attachment", attachmentUuid, "to=file");
}

}  // namespace lintas
