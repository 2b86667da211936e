#include "lintas/exchange/Json.h"

#include "exchange/Utf8.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <system_error>
#include <unordered_set>

namespace lintas::exchange::json {

bool Value::asBool() const {
    assert(isBool());
    return std::get<bool>(m_v);
}

std::int64_t Value::asInt() const {
    assert(isInt());
    return std::get<std::int64_t>(m_v);
}

double Value::asDouble() const {
    assert(isNumber());
    if (isInt())
        return static_cast<double>(std::get<std::int64_t>(m_v));
    return std::get<double>(m_v);
}

const std::string& Value::asString() const {
    assert(isString());
    return std::get<std::string>(m_v);
}

const json::Array& Value::asArray() const {
    assert(isArray());
    return std::get<json::Array>(m_v);
}

json::Array& Value::asArray() {
    assert(isArray());
    return std::get<json::Array>(m_v);
}

const json::Object& Value::asObject() const {
    assert(isObject());
    return std::get<json::Object>(m_v);
}

json::Object& Value::asObject() {
    assert(isObject());
    return std::get<json::Object>(m_v);
}

const Value* Value::find(std::string_view key) const {
    if (!isObject())
        return nullptr;
    for (const auto& [memberKey, member] : std::get<json::Object>(m_v)) {
        if (memberKey == key)
            return &member;
    }
    return nullptr;
}

Value& Value::set(std::string key, Value value) {
    if (isNull())
        m_v = json::Object{};
    auto& members = asObject();
    for (auto& [memberKey, member] : members) {
        if (memberKey == key) {
            member = std::move(value);
            return member;
        }
    }
    members.emplace_back(std::move(key), std::move(value));
    return members.back().second;
}

void Value::push(Value value) {
    if (isNull())
        m_v = json::Array{};
    asArray().push_back(std::move(value));
}

namespace {

// ---------------------------------------------------------------------------------------------
// Reader

/// A recursive-descent parser over one document. Recursion depth is bounded by Limits::maxDepth,
/// which is checked before descending, so hostile nesting cannot exhaust the stack.
class Parser {
public:
    Parser(std::string_view text, std::string_view name, const Limits& limits)
        : m_text(text), m_name(name), m_limits(limits) {}

    Result<Value> parseDocument() {
        if (m_text.size() > m_limits.maxBytes)
            return refused("document is larger than " + std::to_string(m_limits.maxBytes) + " bytes");
        // RFC 8259 forbids adding a byte order mark; accepting one would let two different byte
        // sequences carry "the same" signed manifest.
        if (m_text.starts_with("\xEF\xBB\xBF"))
            return malformed("byte order mark", 0);
        skipWhitespace();
        if (atEnd())
            return malformed("empty document", m_pos);
        auto value = parseValue(0);
        if (!value)
            return value;
        skipWhitespace();
        if (!atEnd())
            return malformed("trailing data after the document", m_pos);
        return value;
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] char peek() const { return m_text[m_pos]; }

    void skipWhitespace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    [[nodiscard]] Error malformed(std::string what, std::size_t offset) const {
        return Error{ErrorCode::Malformed, std::string(m_name), std::move(what) + " at byte " + std::to_string(offset)};
    }

    [[nodiscard]] Error refused(std::string what) const {
        return Error{ErrorCode::Refused, std::string(m_name), std::move(what)};
    }

    Result<Value> parseValue(std::size_t depth) {
        skipWhitespace();
        if (atEnd())
            return malformed("unexpected end of document", m_pos);
        if (++m_values > m_limits.maxMembers)
            return refused("more than " + std::to_string(m_limits.maxMembers) + " values");
        switch (peek()) {
        case '{':
            return parseObject(depth + 1);
        case '[':
            return parseArray(depth + 1);
        case '"': {
            auto text = parseString();
            if (!text)
                return text.error();
            return Value(std::move(text).value());
        }
        case 't':
            return parseLiteral("true", Value(true));
        case 'f':
            return parseLiteral("false", Value(false));
        case 'n':
            return parseLiteral("null", Value());
        default:
            break;
        }
        if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
            return parseNumber();
        const std::string_view rest = m_text.substr(m_pos);
        if (rest.starts_with("NaN") || rest.starts_with("Infinity"))
            return malformed("NaN and Infinity are not JSON numbers", m_pos);
        return malformed("unexpected character", m_pos);
    }

    Result<Value> parseLiteral(std::string_view word, Value value) {
        if (m_text.substr(m_pos, word.size()) != word)
            return malformed("invalid literal", m_pos);
        m_pos += word.size();
        return value;
    }

    [[nodiscard]] Status enter(std::size_t depth) const {
        if (depth > m_limits.maxDepth)
            return refused("nesting deeper than " + std::to_string(m_limits.maxDepth) + " at byte " +
                           std::to_string(m_pos));
        return {};
    }

    Result<Value> parseObject(std::size_t depth) {
        LINTAS_TRY(enter(depth));
        ++m_pos; // '{'
        json::Object members;
        // Duplicate keys are the classic way to show two readers two different documents (one
        // keeps the first, another the last), so they are an error, compared after unescaping.
        std::unordered_set<std::string> seen;
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return Value(std::move(members));
        }
        for (;;) {
            skipWhitespace();
            if (atEnd() || peek() != '"')
                return malformed("expected a string key", m_pos);
            const std::size_t keyOffset = m_pos;
            auto key = parseString();
            if (!key)
                return key.error();
            if (!seen.insert(key.value()).second)
                return malformed("duplicate key", keyOffset);
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return malformed("expected ':'", m_pos);
            ++m_pos;
            auto member = parseValue(depth);
            if (!member)
                return member;
            members.emplace_back(std::move(key).value(), std::move(member).value());
            skipWhitespace();
            if (atEnd())
                return malformed("unterminated object", m_pos);
            if (peek() == '}') {
                ++m_pos;
                return Value(std::move(members));
            }
            if (peek() != ',')
                return malformed("expected ',' or '}'", m_pos);
            ++m_pos;
        }
    }

    Result<Value> parseArray(std::size_t depth) {
        LINTAS_TRY(enter(depth));
        ++m_pos; // '['
        json::Array items;
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return Value(std::move(items));
        }
        for (;;) {
            auto item = parseValue(depth);
            if (!item)
                return item;
            items.push_back(std::move(item).value());
            skipWhitespace();
            if (atEnd())
                return malformed("unterminated array", m_pos);
            if (peek() == ']') {
                ++m_pos;
                return Value(std::move(items));
            }
            if (peek() != ',')
                return malformed("expected ',' or ']'", m_pos);
            ++m_pos;
        }
    }

    /// Reads four hex digits after "\u"; -1 when they are not.
    long readHex4() {
        if (m_text.size() - m_pos < 4)
            return -1;
        long value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos + static_cast<std::size_t>(i)];
            int digit = 0;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else
                return -1;
            value = value * 16 + digit;
        }
        m_pos += 4;
        return value;
    }

    /// Decodes a "\u" escape (m_pos just after the "u"), pairing surrogates, into `out`.
    Status parseUnicodeEscape(std::string& out, std::size_t escapeOffset) {
        const long unit = readHex4();
        if (unit < 0)
            return malformed("invalid \\u escape", escapeOffset);
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return malformed("unpaired surrogate escape", escapeOffset);
        if (unit < 0xD800 || unit > 0xDBFF) {
            utf8::append(out, static_cast<char32_t>(unit));
            return {};
        }
        // A high surrogate must be followed at once by an escaped low surrogate.
        if (m_text.substr(m_pos, 2) != "\\u")
            return malformed("unpaired surrogate escape", escapeOffset);
        m_pos += 2;
        const long low = readHex4();
        if (low < 0xDC00 || low > 0xDFFF)
            return malformed("unpaired surrogate escape", escapeOffset);
        utf8::append(out, static_cast<char32_t>(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)));
        return {};
    }

    Result<std::string> parseString() {
        const std::size_t start = m_pos;
        ++m_pos; // opening quote
        std::string out;
        for (;;) {
            if (atEnd())
                return malformed("unterminated string", start);
            if (out.size() > m_limits.maxStringBytes)
                return refused("string longer than " + std::to_string(m_limits.maxStringBytes) + " bytes at byte " +
                               std::to_string(start));
            const auto byte = static_cast<unsigned char>(peek());
            if (byte == '"') {
                ++m_pos;
                return out;
            }
            if (byte < 0x20)
                return malformed("control character in string", m_pos);
            if (byte == '\\') {
                LINTAS_TRY(parseEscape(out));
                continue;
            }
            const std::size_t length = utf8::sequenceLength(m_text, m_pos);
            if (length == 0)
                return malformed("invalid UTF-8", m_pos);
            out.append(m_text.substr(m_pos, length));
            m_pos += length;
        }
    }

    Status parseEscape(std::string& out) {
        const std::size_t escapeOffset = m_pos;
        ++m_pos; // backslash
        if (atEnd())
            return malformed("unterminated string", escapeOffset);
        const char c = peek();
        ++m_pos;
        switch (c) {
        case '"':
            out.push_back('"');
            return {};
        case '\\':
            out.push_back('\\');
            return {};
        case '/':
            out.push_back('/');
            return {};
        case 'b':
            out.push_back('\b');
            return {};
        case 'f':
            out.push_back('\f');
            return {};
        case 'n':
            out.push_back('\n');
            return {};
        case 'r':
            out.push_back('\r');
            return {};
        case 't':
            out.push_back('\t');
            return {};
        case 'u':
            return parseUnicodeEscape(out, escapeOffset);
        default:
            return malformed("invalid escape", escapeOffset);
        }
    }

    void skipDigits() {
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
    }

    [[nodiscard]] bool atDigit() const { return !atEnd() && peek() >= '0' && peek() <= '9'; }

    Result<Value> parseNumber() {
        // The RFC 8259 grammar, checked here because std::from_chars accepts more (e.g. "01").
        const std::size_t start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (!atDigit()) {
            if (m_text.substr(m_pos).starts_with("Infinity"))
                return malformed("NaN and Infinity are not JSON numbers", start);
            return malformed("invalid number", start);
        }
        if (peek() == '0') {
            ++m_pos;
            if (atDigit())
                return malformed("leading zero in number", start);
        } else {
            skipDigits();
        }
        bool integral = true;
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (!atDigit())
                return malformed("invalid number", start);
            skipDigits();
            integral = false;
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!atDigit())
                return malformed("invalid number", start);
            skipDigits();
            integral = false;
        }
        const char* first = m_text.data() + start;
        const char* last = m_text.data() + m_pos;
        if (integral) {
            std::int64_t value = 0;
            const auto [end, ec] = std::from_chars(first, last, value);
            // Rounding a large integer to a double would silently change a size or an
            // identifier, so integers beyond 64 bits are an error rather than a double.
            if (ec == std::errc::result_out_of_range)
                return malformed("integer out of the 64-bit range", start);
            if (ec != std::errc() || end != last)
                return malformed("invalid number", start);
            return Value(value);
        }
        double value = 0;
        const auto [end, ec] = std::from_chars(first, last, value, std::chars_format::general);
        if (ec == std::errc::result_out_of_range)
            return malformed("number out of the double range", start);
        if (ec != std::errc() || end != last || !std::isfinite(value))
            return malformed("invalid number", start);
        return Value(value);
    }

    std::string_view m_text;
    std::string_view m_name;
    const Limits& m_limits;
    std::size_t m_pos = 0;
    std::size_t m_values = 0;
};

// ---------------------------------------------------------------------------------------------
// Writer

class Writer {
public:
    explicit Writer(bool pretty) : m_pretty(pretty) {}

    void value(const Value& v, std::size_t depth) {
        switch (v.type()) {
        case Value::Type::Null:
            m_out += "null";
            break;
        case Value::Type::Bool:
            m_out += v.asBool() ? "true" : "false";
            break;
        case Value::Type::Int:
            integer(v.asInt());
            break;
        case Value::Type::Double:
            floating(v.asDouble());
            break;
        case Value::Type::String:
            string(v.asString());
            break;
        case Value::Type::Array:
            array(v.asArray(), depth);
            break;
        case Value::Type::Object:
            object(v.asObject(), depth);
            break;
        }
    }

    [[nodiscard]] std::string take() { return std::move(m_out); }

private:
    void newline(std::size_t depth) {
        if (!m_pretty)
            return;
        m_out.push_back('\n');
        m_out.append(depth * 2, ' ');
    }

    void integer(std::int64_t v) {
        std::array<char, 24> buffer{};
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v);
        m_out.append(buffer.data(), result.ptr);
    }

    void floating(double v) {
        // JSON has no NaN or infinity; null is what JSON.stringify writes for them too.
        if (!std::isfinite(v)) {
            m_out += "null";
            return;
        }
        std::array<char, 32> buffer{};
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v); // shortest round trip
        const std::string_view text(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
        m_out += text;
        // "1" would read back as an integer: keep a double a double.
        if (text.find_first_of(".e") == std::string_view::npos)
            m_out += ".0";
    }

    void string(std::string_view s) {
        static constexpr std::string_view kHex = "0123456789abcdef";
        m_out.push_back('"');
        for (std::size_t pos = 0; pos < s.size();) {
            const auto byte = static_cast<unsigned char>(s[pos]);
            if (byte >= 0x80) {
                // Invalid UTF-8 can only come from the program itself; U+FFFD keeps the output
                // valid JSON rather than passing the bad bytes on.
                const std::size_t length = utf8::sequenceLength(s, pos);
                if (length == 0) {
                    m_out += "\xEF\xBF\xBD";
                    ++pos;
                } else {
                    m_out.append(s.substr(pos, length));
                    pos += length;
                }
                continue;
            }
            switch (byte) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                if (byte < 0x20) {
                    m_out += "\\u00";
                    m_out.push_back(kHex[byte >> 4]);
                    m_out.push_back(kHex[byte & 0x0F]);
                } else {
                    m_out.push_back(static_cast<char>(byte));
                }
            }
            ++pos;
        }
        m_out.push_back('"');
    }

    void array(const json::Array& items, std::size_t depth) {
        m_out.push_back('[');
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                m_out.push_back(',');
            newline(depth + 1);
            value(items[i], depth + 1);
        }
        if (!items.empty())
            newline(depth);
        m_out.push_back(']');
    }

    void object(const json::Object& members, std::size_t depth) {
        m_out.push_back('{');
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i > 0)
                m_out.push_back(',');
            newline(depth + 1);
            string(members[i].first);
            m_out += m_pretty ? ": " : ":";
            value(members[i].second, depth + 1);
        }
        if (!members.empty())
            newline(depth);
        m_out.push_back('}');
    }

    bool m_pretty;
    std::string m_out;
};

} // namespace

Result<Value> parse(std::string_view text, std::string_view name, const Limits& limits) {
    return Parser(text, name, limits).parseDocument();
}

std::string write(const Value& value, bool pretty) {
    Writer writer(pretty);
    writer.value(value, 0);
    return writer.take();
}

} // namespace lintas::exchange::json
