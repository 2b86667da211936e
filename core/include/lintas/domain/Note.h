#pragma once

#include <cstdint>
#include <string>

namespace lintas {

/// A note or event on a case timeline (HTCDS cco_CaseComment).
struct Note {
    std::string uuid;
    std::string caseUuid;
    std::string kind = "Note";  ///< vocab::List::NoteKind
    std::string occurredAt;     ///< ISO 8601 UTC timestamp; defaults to now
    std::string author;
    std::string body;
    std::string createdAt;
    std::string updatedAt;
};

/// A file attached to a case, stored once per content (SHA-256).
struct Attachment {
    std::string uuid;
    std::string caseUuid;
    std::string sha256;  ///< lower-case hex
    std::string name;
    std::string mediaType;
    std::int64_t size = 0;
    std::string addedAt;
    std::string addedBy;
};

}  // namespace lintas
