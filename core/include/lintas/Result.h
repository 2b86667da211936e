#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace lintas {

/// What went wrong, as a stable code the UI and CLI map to translated text.
enum class ErrorCode {
    Validation,         ///< a field value is not acceptable; Error::field names it
    NotFound,           ///< the referenced record does not exist
    Duplicate,          ///< a unique value (reference, code) is already taken
    Conflict,           ///< the record changed underneath (optimistic concurrency)
    IllegalTransition,  ///< a lifecycle move that the state machine forbids
    ForeignKey,         ///< a reference to another record that does not exist
    NotLintasDatabase,  ///< the file is not a Lintas database
    NewerSchema,        ///< the database was written by a newer Lintas
    Io,                 ///< a file could not be read or written
    Malformed,          ///< a file's content is not well-formed (ZIP, JSON, certificate, key…)
    Untrusted,          ///< a signature, hash or certificate check failed: the input is not trusted
    Refused,            ///< a rule (consent, handling code, replay, recipient) forbids the action
    BadPassphrase,      ///< a passphrase does not unlock the key it was given for
    Forbidden,          ///< the signed-in user's roles do not permit the action (audited)
    SignInFailed,       ///< unknown user or wrong password (deliberately not told apart)
    Throttled,          ///< too many failed sign-ins: wait before the next attempt
    NotEncrypted,       ///< a plaintext database from an earlier version: encrypt it first
    Integrity,          ///< the encrypted database or a file failed its integrity check
    CipherUnavailable,  ///< the SQLite library is not SQLCipher >= 4.6 with FTS5
    Database,           ///< SQLite reported an error
    Internal,           ///< a bug: should never reach a user
};

/// Stable machine name of an error code ("validation", "not-found", …).
[[nodiscard]] const char* errorCodeName(ErrorCode code);

/// A recoverable failure. `field` names the offending field (e.g. "case.title"), `detail` is a
/// short technical explanation. Neither ever contains personal data or secrets.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string field;
    std::string detail;

    [[nodiscard]] std::string toString() const;
};

[[nodiscard]] inline Error validationError(std::string field, std::string detail) {
    return Error{ErrorCode::Validation, std::move(field), std::move(detail)};
}

/// Value-or-error. Core returns these instead of throwing for every recoverable failure.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { assert(ok()); return std::get<0>(m_data); }
    [[nodiscard]] const T& value() const& { assert(ok()); return std::get<0>(m_data); }
    [[nodiscard]] T&& value() && { assert(ok()); return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { assert(!ok()); return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error& error() const { assert(!m_ok); return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

}  // namespace lintas

/// Propagates the error of a Result-returning expression out of the enclosing function.
#define LINTAS_TRY(expr)                              \
    do {                                              \
        if (auto lintasTryResult_ = (expr); !lintasTryResult_) \
            return lintasTryResult_.error();          \
    } while (false)
