#pragma once

#include "lintas/Result.h"

#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace lintas::cli {

/// The command line itself is wrong (unknown option, missing value, bad number): exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The command was well formed but could not be carried out: exit code 1. Carries the core error
/// (code, field, detail) so the message names the field and never holds personal data.
class CommandError : public std::runtime_error {
public:
    explicit CommandError(const Error& error);
    /// A failure found by the CLI itself: printed as "<subject>: <message>".
    CommandError(const std::string& subject, const std::string& message);
};

/// The value of `r`, or a CommandError carrying its error.
template <typename T>
requires(!std::is_void_v<T>) T unwrap(Result<T>&& r) {
    if (!r)
        throw CommandError(r.error());
    return std::move(r).value();
}

inline void unwrap(const Status& s) {
    if (!s)
        throw CommandError(s.error());
}

/// A short English phrase for an error code ("invalid value", "not a Lintas database", …).
[[nodiscard]] const char* errorPhrase(ErrorCode code);

/// "<field>: <phrase>: <detail>", as printed after "lintas-cli: error: ".
[[nodiscard]] std::string describeError(const Error& error);

} // namespace lintas::cli
