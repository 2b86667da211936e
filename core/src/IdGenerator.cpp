#include "lintas/IdGenerator.h"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace lintas {
namespace {

std::string formatUuid(std::array<unsigned char, 16> b) {
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 9562 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += kHex[b[i] >> 4];
        out += kHex[b[i] & 0x0F];
    }
    return out;
}

}  // namespace

std::string RandomIdGenerator::next() {
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");  // no entropy: a programming/platform error
    return formatUuid(bytes);
}

std::string SeededIdGenerator::next() {
    std::array<unsigned char, 16> bytes{};
    const auto a = m_rng();
    const auto b = m_rng();
    for (int i = 0; i < 8; ++i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(a >> (8 * i));
        bytes[static_cast<std::size_t>(i + 8)] = static_cast<unsigned char>(b >> (8 * i));
    }
    return formatUuid(bytes);
}

bool isUuid(const std::string& text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

}  // namespace lintas
