#pragma once

// Attachments are encrypted on disk (issue 5; security::FileCipher, AES-256-GCM in chunks, under
// the session's attachment key). The file at contentPath() is CIPHERTEXT: never hash, copy or
// zip it directly. For code outside this service (bundle export and import):
//
//   // Streams the decrypted content of one stored file, chunk by chunk, each chunk
//   // authenticated before it is handed on; the SHA-256 of the whole is checked at the end
//   // (Integrity error naming the file when altered; discard what the sink received then).
//   // Needs IntelligenceRead (hold a Context::Delegation inside an already-authorised export).
//   Status readAttachment(const std::string& sha256,
//                         const std::function<Status(std::string_view)>& sink) const;
//
//   // Encrypts the bytes `produce` writes (it calls the writer until done) into the store and
//   // returns {sha256, size, created}. With `expectedSha256`, content that does not hash to it
//   // is refused (Integrity, field "attachment.content") and nothing is stored. `created` is
//   // false when the content was already stored (it is then left as it was). Needs
//   // IntelligenceWrite (Delegation inside an import). Writes no row and no audit entry: the
//   // caller inserts the attachment row (and removes the file with removeContent when its
//   // transaction does not commit and `created` was true).
//   Result<StoredContent> storeAttachment(const ContentProducer& produce,
//                                         const std::string& expectedSha256 = {});
//
//   bool hasContent(const std::string& sha256) const;   // is that content stored?
//   Status removeContent(const std::string& sha256);     // rollback of a storeAttachment
//
// The key: Workspace binds its session's attachment key to its Context (bindFileKey below), so
// every NoteService built on that Context, including ones a BundleService constructs itself,
// finds it without further wiring.

#include "lintas/Result.h"
#include "lintas/domain/Note.h"
#include "lintas/security/Keyring.h"
#include "lintas/service/Context.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lintas {

/// Case timeline notes and content-addressed, encrypted attachments.
/// Notes and attachments are intelligence: reading needs IntelligenceRead, writing
/// IntelligenceWrite; creations and exports to a file are audited.
class NoteService {
public:
    /// Receives content in pieces.
    using ContentWriter = std::function<Status(std::string_view)>;
    /// Produces content by calling the writer it is given until done.
    using ContentProducer = std::function<Status(const ContentWriter&)>;

    /// What storeAttachment stored.
    struct StoredContent {
        std::string sha256;     ///< lower-case hex SHA-256 of the plaintext
        std::int64_t size = 0;  ///< plaintext bytes
        bool created = false;   ///< false when the content was already in the store
    };

    /// `attachmentDir` holds attachment contents as <dir>/<aa>/<sha256>, each encrypted.
    NoteService(Context& ctx, std::string attachmentDir) : m_ctx(ctx), m_dir(std::move(attachmentDir)) {}

    /// Makes `fileKey` (security::attachmentKey of the database key) the attachment key of every
    /// NoteService on `ctx`, until unbindFileKey. Called by Workspace at sign-in.
    static void bindFileKey(const Context& ctx, std::shared_ptr<const security::SecretBytes> fileKey);
    static void unbindFileKey(const Context& ctx);

    [[nodiscard]] Result<Note> addNote(Note n);
    /// Notes of a case, oldest first.
    [[nodiscard]] Result<std::vector<Note>> notes(const std::string& caseUuid);

    /// Encrypts the file at `sourcePath` into the store (once per content) and records it on the case.
    [[nodiscard]] Result<Attachment> attachFile(const std::string& caseUuid, const std::string& sourcePath,
                                                const std::string& name, const std::string& mediaType,
                                                const std::string& addedBy = {});
    [[nodiscard]] Result<std::vector<Attachment>> attachments(const std::string& caseUuid);
    /// Where the (encrypted) content of `sha256` lives (the file may be shared by several attachments).
    [[nodiscard]] std::string contentPath(const std::string& sha256) const;
    /// Decrypts an attachment's content to `destination`, checking its hash on the way. Audited
    /// as an export. The destination appears only once the content is verified.
    [[nodiscard]] Status exportAttachment(const std::string& sha256, const std::string& destination) const;

    /// See the comment at the top of this file.
    [[nodiscard]] Status readAttachment(const std::string& sha256, const ContentWriter& sink) const;
    [[nodiscard]] Result<StoredContent> storeAttachment(const ContentProducer& produce,
                                                        const std::string& expectedSha256 = {});
    [[nodiscard]] bool hasContent(const std::string& sha256) const;
    /// Removes stored content that no attachment row refers to (a rolled-back import).
    [[nodiscard]] Status removeContent(const std::string& sha256);

    [[nodiscard]] static Status validate(const Note& n);

private:
    [[nodiscard]] Result<std::shared_ptr<const security::SecretBytes>> fileKey() const;

    Context& m_ctx;
    std::string m_dir;
};

}  // namespace lintas
