#include "lintas/Time.h"

#include <cstdio>

namespace lintas {
namespace {

using namespace std::chrono;

bool parseDigits(std::string_view s, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

}  // namespace

std::string formatTimestamp(system_clock::time_point t) {
    const auto secs = floor<seconds>(t);
    const auto day = floor<days>(secs);
    const year_month_day ymd{day};
    const hh_mm_ss hms{secs - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

std::optional<system_clock::time_point> parseTimestamp(std::string_view s) {
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return std::nullopt;
    const auto days = isoDateToDays(s.substr(0, 10));
    int h = 0, m = 0, sec = 0;
    if (!days || !parseDigits(s, 11, 2, h) || !parseDigits(s, 14, 2, m) || !parseDigits(s, 17, 2, sec) || h > 23 ||
        m > 59 || sec > 59)
        return std::nullopt;
    return system_clock::time_point{sys_days{std::chrono::days{*days}}} + hours{h} + minutes{m} + seconds{sec};
}

std::string formatDate(system_clock::time_point t) {
    return daysToIsoDate(static_cast<int>(floor<days>(t).time_since_epoch().count()));
}

std::optional<int> isoDateToDays(std::string_view s) {
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !parseDigits(s, 0, 4, y) || !parseDigits(s, 5, 2, m) ||
        !parseDigits(s, 8, 2, d))
        return std::nullopt;
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || y < 1800)
        return std::nullopt;
    return static_cast<int>(sys_days{ymd}.time_since_epoch().count());
}

bool isIsoDate(std::string_view text) { return isoDateToDays(text).has_value(); }

std::string daysToIsoDate(int n) {
    const year_month_day ymd{sys_days{days{n}}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

}  // namespace lintas
