#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace lintas {

/// "2026-11-22T08:15:30Z" — how every timestamp is stored (UTC, second precision).
[[nodiscard]] std::string formatTimestamp(std::chrono::system_clock::time_point t);
[[nodiscard]] std::optional<std::chrono::system_clock::time_point> parseTimestamp(std::string_view text);

/// "2026-11-22" — the UTC calendar day of `t`.
[[nodiscard]] std::string formatDate(std::chrono::system_clock::time_point t);
/// True for a real calendar date written as YYYY-MM-DD.
[[nodiscard]] bool isIsoDate(std::string_view text);
/// Days since 1970-01-01 of an ISO date; nullopt when not a valid date.
[[nodiscard]] std::optional<int> isoDateToDays(std::string_view text);
[[nodiscard]] std::string daysToIsoDate(int days);

}  // namespace lintas
