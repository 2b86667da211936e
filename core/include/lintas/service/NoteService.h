#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Note.h"
#include "lintas/service/Context.h"

#include <string>
#include <vector>

namespace lintas {

/// Case timeline notes and content-addressed attachments.
class NoteService {
public:
    /// `attachmentDir` holds attachment contents as <dir>/<aa>/<sha256>.
    NoteService(Context& ctx, std::string attachmentDir) : m_ctx(ctx), m_dir(std::move(attachmentDir)) {}

    [[nodiscard]] Result<Note> addNote(Note n);
    /// Notes of a case, oldest first.
    [[nodiscard]] Result<std::vector<Note>> notes(const std::string& caseUuid);

    /// Copies the file at `sourcePath` into the store (once per content) and records it on the case.
    [[nodiscard]] Result<Attachment> attachFile(const std::string& caseUuid, const std::string& sourcePath,
                                                const std::string& name, const std::string& mediaType,
                                                const std::string& addedBy = {});
    [[nodiscard]] Result<std::vector<Attachment>> attachments(const std::string& caseUuid);
    /// Where the content of `sha256` lives (the file may be shared by several attachments).
    [[nodiscard]] std::string contentPath(const std::string& sha256) const;
    /// Copies an attachment's content to `destination`, checking its hash on the way.
    [[nodiscard]] Status exportAttachment(const std::string& sha256, const std::string& destination) const;

    [[nodiscard]] static Status validate(const Note& n);

private:
    Context& m_ctx;
    std::string m_dir;
};

}  // namespace lintas
