#pragma once

#include "lintas/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace lintas::normalize {

/// E.164 form ("+66812345678") of a phone number written in any common way: "+66 81 234 5678",
/// "0066-81-234-5678", or national "081 234 5678" with `defaultCountry` (ISO alpha-3) giving the
/// calling code. Fails when it cannot be made into 8–15 digits with a known country code.
[[nodiscard]] Result<std::string> phone(std::string_view input, const std::optional<std::string>& defaultCountry);

/// Upper-case letters and digits only ("a1234 567" → "A1234567"). Fails when empty or odd.
[[nodiscard]] Result<std::string> documentNumber(std::string_view input);

/// Trimmed and lower-cased; fails without exactly one '@' and a dotted domain.
[[nodiscard]] Result<std::string> email(std::string_view input);

/// Social-media handles: lower-case, leading '@' removed, spaces removed.
[[nodiscard]] std::string handle(std::string_view input);

/// Normalises an identifier of a given vocab IdentifierType; the error names `field`.
[[nodiscard]] Result<std::string> identifier(std::string_view type, std::string_view value,
                                             const std::optional<std::string>& country, const std::string& field);

/// Trims ASCII whitespace at both ends.
[[nodiscard]] std::string trim(std::string_view s);

/// True when `s` is valid UTF-8 without control characters other than tab/newline.
[[nodiscard]] bool isCleanText(std::string_view s);

}  // namespace lintas::normalize
