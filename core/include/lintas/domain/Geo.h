#pragma once

#include <span>
#include <string_view>

namespace lintas::geo {

/// An ISO 3166-1 country with its ITU-T E.164 calling code (digits only, "" when none).
struct Country {
    std::string_view alpha3;
    std::string_view alpha2;
    std::string_view name;         ///< English short name
    std::string_view callingCode;  ///< e.g. "62" for IDN
};

/// All officially assigned ISO 3166-1 countries, sorted by alpha-3 code.
[[nodiscard]] std::span<const Country> countries();
/// Exact, case-sensitive look-up of an upper-case alpha-3 code; nullptr when unknown.
[[nodiscard]] const Country* countryByAlpha3(std::string_view alpha3);
[[nodiscard]] inline bool isCountryCode(std::string_view alpha3) { return countryByAlpha3(alpha3) != nullptr; }

/// An ISO 639 language: the two-letter 639-1 code where one exists, and the 639-2/T code.
struct Language {
    std::string_view alpha2;  ///< "" when the language has no 639-1 code
    std::string_view alpha3;
    std::string_view name;    ///< English name
};

[[nodiscard]] std::span<const Language> languages();
/// Accepts a lower-case ISO 639-1 or 639-2/T code ("id", "ind", "th", "tha", "my", "mya").
[[nodiscard]] const Language* languageByCode(std::string_view code);
[[nodiscard]] inline bool isLanguageCode(std::string_view code) { return languageByCode(code) != nullptr; }

}  // namespace lintas::geo
