#include "lintas/domain/Normalize.h"

#include "lintas/domain/Geo.h"

#include <cctype>

namespace lintas::normalize {

std::string trim(std::string_view s) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return std::string(s.substr(b, e - b));
}

bool isCleanText(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
                return false;
            ++i;
            continue;
        }
        int len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(len) > s.size())
            return false;
        for (int k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Reject overlong forms, surrogates and values beyond Unicode.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        i += static_cast<std::size_t>(len);
    }
    return true;
}

Result<std::string> phone(std::string_view input, const std::optional<std::string>& defaultCountry) {
    const std::string t = trim(input);
    std::string digits;
    bool international = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c == '+' && digits.empty() && !international) {
            international = true;
        } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/') {
            continue;
        } else {
            return validationError("phone", "holds a character that is not part of a phone number");
        }
    }
    if (!international && digits.rfind("00", 0) == 0) {
        digits.erase(0, 2);
        international = true;
    }
    if (!international) {
        if (!defaultCountry)
            return validationError("phone", "is not in international form (+…) and no country is given");
        const auto* country = geo::countryByAlpha3(*defaultCountry);
        if (!country || country->callingCode.empty())
            return validationError("phone", "has no known calling code for its country");
        // National trunk prefix "0" is dropped (IDN 08…, THA 08…, MYS 01…, PHL 09…, VNM 09…).
        if (!digits.empty() && digits[0] == '0')
            digits.erase(0, 1);
        digits = std::string(country->callingCode) + digits;
    } else if (digits.size() > 2) {
        // "+62 (0)812…" — some people keep the trunk zero after the country code.
        for (const auto& c : geo::countries()) {
            if (!c.callingCode.empty() && digits.rfind(c.callingCode, 0) == 0 &&
                digits.size() > c.callingCode.size() && digits[c.callingCode.size()] == '0' &&
                c.callingCode != "39") {  // Italy keeps its leading zero
                digits.erase(c.callingCode.size(), 1);
                break;
            }
        }
    }
    if (digits.size() < 8 || digits.size() > 15)
        return validationError("phone", "must have between 8 and 15 digits including the country code");
    if (digits[0] == '0')
        return validationError("phone", "country code cannot start with 0");
    return "+" + digits;
}

Result<std::string> documentNumber(std::string_view input) {
    std::string out;
    for (char c : input) {
        if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '\t')
            continue;
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        else
            return validationError("document", "holds a character other than letters, digits, spaces or dashes");
    }
    if (out.size() < 3 || out.size() > 30)
        return validationError("document", "must have 3 to 30 letters or digits");
    return out;
}

Result<std::string> email(std::string_view input) {
    std::string out;
    for (char c : trim(input))
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto at = out.find('@');
    if (at == std::string::npos || at == 0 || out.find('@', at + 1) != std::string::npos)
        return validationError("email", "needs exactly one '@' with a name before it");
    const auto dot = out.find('.', at);
    if (dot == std::string::npos || dot == at + 1 || dot + 1 >= out.size() || out.back() == '.')
        return validationError("email", "needs a domain such as example.org after the '@'");
    if (out.find(' ') != std::string::npos)
        return validationError("email", "must not contain spaces");
    return out;
}

std::string handle(std::string_view input) {
    std::string out;
    for (char c : trim(input)) {
        if (c == ' ')
            continue;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && out[0] == '@')
        out.erase(0, 1);
    return out;
}

Result<std::string> identifier(std::string_view type, std::string_view value, const std::optional<std::string>& country,
                               const std::string& field) {
    auto withField = [&](Result<std::string> r) -> Result<std::string> {
        if (r)
            return r;
        Error e = r.error();
        e.field = field;
        return e;
    };
    if (trim(value).empty())
        return validationError(field, "must not be empty");
    if (!isCleanText(value))
        return validationError(field, "is not valid UTF-8 text or holds control characters");
    if (type == "Phone")
        return withField(phone(value, country));
    if (type == "Passport" || type == "NationalId" || type == "VehiclePlate" || type == "DrivingLicence")
        return withField(documentNumber(value));
    if (type == "Email")
        return withField(email(value));
    if (type == "SocialMediaHandle") {
        auto h = handle(value);
        if (h.empty())
            return validationError(field, "must not be empty");
        return h;
    }
    if (type == "BankAccount") {  // IBAN-style: case and spacing carry no meaning
        std::string out;
        for (char c : value)
            if (c != ' ' && c != '-')
                out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return out;
    }
    if (type == "CryptoWallet") {  // base58/bech32 addresses are case-sensitive: only drop spaces
        std::string out;
        for (char c : trim(value))
            if (c != ' ')
                out += c;
        return out;
    }
    std::string out;
    for (char c : trim(value))
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace lintas::normalize
