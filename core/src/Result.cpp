#include "lintas/Result.h"

namespace lintas {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Validation: return "validation";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Duplicate: return "duplicate";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::IllegalTransition: return "illegal-transition";
    case ErrorCode::ForeignKey: return "foreign-key";
    case ErrorCode::NotLintasDatabase: return "not-lintas-database";
    case ErrorCode::NewerSchema: return "newer-schema";
    case ErrorCode::Io: return "io";
    case ErrorCode::Malformed: return "malformed";
    case ErrorCode::Untrusted: return "untrusted";
    case ErrorCode::Refused: return "refused";
    case ErrorCode::BadPassphrase: return "bad-passphrase";
    case ErrorCode::Forbidden: return "forbidden";
    case ErrorCode::SignInFailed: return "sign-in-failed";
    case ErrorCode::Throttled: return "throttled";
    case ErrorCode::NotEncrypted: return "not-encrypted";
    case ErrorCode::Integrity: return "integrity";
    case ErrorCode::CipherUnavailable: return "cipher-unavailable";
    case ErrorCode::Database: return "database";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

std::string Error::toString() const {
    std::string out = errorCodeName(code);
    if (!field.empty()) {
        out += " [";
        out += field;
        out += ']';
    }
    if (!detail.empty()) {
        out += ": ";
        out += detail;
    }
    return out;
}

}  // namespace lintas
