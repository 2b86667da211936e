#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

/// Strict UTF-8 (RFC 3629) helpers shared by the JSON reader and the ZIP name checks.
namespace lintas::exchange::utf8 {

/// Length (1–4) of the well-formed UTF-8 sequence starting at `pos`, or 0 when the bytes there
/// are not one: a stray continuation byte, an overlong form, a surrogate (U+D800–U+DFFF), a value
/// above U+10FFFF or a sequence cut short by the end of `s`.
[[nodiscard]] inline std::size_t sequenceLength(std::string_view s, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    const auto isTail = [&](std::size_t i) { return (byte(i) & 0xC0u) == 0x80u; };
    const std::size_t left = s.size() - pos;
    const unsigned char b0 = byte(0);
    if (b0 < 0x80)
        return 1;
    // The ranges of the second byte come from RFC 3629 section 4: they exclude overlong forms
    // (E0 80–9F, F0 80–8F), surrogates (ED A0–BF) and code points above U+10FFFF (F4 90–BF).
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return left >= 2 && isTail(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left < 3)
            return 0;
        const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
        return byte(1) >= lo && byte(1) <= hi && isTail(2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left < 4)
            return 0;
        const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
        return byte(1) >= lo && byte(1) <= hi && isTail(2) && isTail(3) ? 4 : 0;
    }
    return 0; // 80–C1 (continuation or overlong lead) and F5–FF never start a sequence
}

/// Whether all of `s` is well-formed UTF-8.
[[nodiscard]] inline bool isValid(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();) {
        const std::size_t n = sequenceLength(s, pos);
        if (n == 0)
            return false;
        pos += n;
    }
    return true;
}

/// Decodes the sequence of length `n` at `pos`, which sequenceLength() has already accepted.
[[nodiscard]] inline char32_t decode(std::string_view s, std::size_t pos, std::size_t n) {
    const auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i])); };
    switch (n) {
    case 1:
        return byte(0);
    case 2:
        return ((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu);
    case 3:
        return ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
    default:
        return ((byte(0) & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) | (byte(3) & 0x3Fu);
    }
}

/// Appends the UTF-8 encoding of the scalar value `cp` (not a surrogate, at most U+10FFFF).
inline void append(std::string& out, char32_t cp) {
    const auto put = [&](char32_t bits) { out.push_back(static_cast<char>(bits)); };
    if (cp < 0x80) {
        put(cp);
    } else if (cp < 0x800) {
        put(0xC0u | (cp >> 6));
        put(0x80u | (cp & 0x3Fu));
    } else if (cp < 0x10000) {
        put(0xE0u | (cp >> 12));
        put(0x80u | ((cp >> 6) & 0x3Fu));
        put(0x80u | (cp & 0x3Fu));
    } else {
        put(0xF0u | (cp >> 18));
        put(0x80u | ((cp >> 12) & 0x3Fu));
        put(0x80u | ((cp >> 6) & 0x3Fu));
        put(0x80u | (cp & 0x3Fu));
    }
}

} // namespace lintas::exchange::utf8
