#include "Output.h"

#include "lintas/domain/Geo.h"

#include <Poco/JSONString.h>
#include <algorithm>
#include <array>

namespace lintas::cli {
namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// Combining marks and other zero-width characters of the scripts Lintas users write in (Latin
// diacritics, Thai, Lao, Burmese, Khmer, Devanagari-like vowel signs, joiners, variation selectors).
constexpr std::array<Range, 30> kZeroWidth{{
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0900, 0x0902},
    {0x093A, 0x094F}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x0EB1, 0x0EB1}, {0x0EB4, 0x0EBC},
    {0x0EC8, 0x0ECE}, {0x102B, 0x103E}, {0x1056, 0x1059}, {0x105E, 0x1060}, {0x1062, 0x1064}, {0x1067, 0x106D},
    {0x1071, 0x1074}, {0x1082, 0x108D}, {0x108F, 0x108F}, {0x109A, 0x109D}, {0x17B4, 0x17D3}, {0x17DD, 0x17DD},
    {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F},
}};

// East Asian wide and full-width characters, and emoji.
constexpr std::array<Range, 11> kWide{{
    {0x1100, 0x115F},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFF00, 0xFF60},
    {0x1F300, 0x1FAFF},
    {0x20000, 0x3FFFD},
}};

bool inRanges(char32_t cp, const auto& ranges) {
    return std::any_of(ranges.begin(), ranges.end(), [cp](const Range& r) { return cp >= r.first && cp <= r.last; });
}

/// Decodes one code point at `i`, advancing `i`; invalid bytes decode as U+FFFD, one byte each.
char32_t decode(std::string_view s, std::size_t& i) {
    const auto c = static_cast<unsigned char>(s[i]);
    int len = 1;
    char32_t cp = c;
    if (c >= 0xF0 && c < 0xF8) {
        len = 4;
        cp = c & 0x07U;
    } else if (c >= 0xE0) {
        len = 3;
        cp = c & 0x0FU;
    } else if (c >= 0xC0) {
        len = 2;
        cp = c & 0x1FU;
    } else if (c >= 0x80) {
        ++i;
        return 0xFFFD;
    }
    if (len == 1) {
        ++i;
        return cp;
    }
    if (i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((cc & 0xC0U) != 0x80U) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6U) | (cc & 0x3FU);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

std::string padRight(const std::string& text, std::size_t width) {
    const std::size_t w = displayWidth(text);
    return w >= width ? text : text + std::string(width - w, ' ');
}

} // namespace

std::size_t displayWidth(std::string_view utf8) {
    std::size_t width = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const char32_t cp = decode(utf8, i);
        if (inRanges(cp, kZeroWidth))
            continue;
        width += inRanges(cp, kWide) ? 2 : 1;
    }
    return width;
}

std::string oneLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                continue;
            out += ' ';
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            // C1 control characters (U+0080–U+009F) can also drive a terminal.
            out += ' ';
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string ellipsize(std::string_view text, std::size_t maxWidth) {
    const std::string line = oneLine(text);
    if (displayWidth(line) <= maxWidth)
        return line;
    std::string out;
    std::size_t width = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        const std::size_t start = i;
        const char32_t cp = decode(line, i);
        const std::size_t w = inRanges(cp, kZeroWidth) ? 0 : (inRanges(cp, kWide) ? 2 : 1);
        if (width + w + 1 > maxWidth)
            break;
        width += w;
        out.append(line, start, i - start);
    }
    return out + "\u2026";
}

std::string labelOf(vocab::List list, std::string_view code) {
    const auto l = vocab::label(list, code);
    return l ? std::string(*l) : std::string(code);
}

std::string codeWithLabel(vocab::List list, std::string_view code) {
    const auto l = vocab::label(list, code);
    if (!l || *l == code)
        return std::string(code);
    return std::string(code) + " (" + std::string(*l) + ")";
}

std::string codesWithLabels(vocab::List list, const std::vector<std::string>& codes) {
    std::vector<std::string> parts;
    parts.reserve(codes.size());
    for (const auto& c : codes)
        parts.push_back(codeWithLabel(list, c));
    return join(parts);
}

std::string countryWithName(std::string_view alpha3) {
    const auto* c = geo::countryByAlpha3(alpha3);
    return c ? std::string(alpha3) + " (" + std::string(c->name) + ")" : std::string(alpha3);
}

std::string countriesWithNames(const std::vector<std::string>& codes) {
    std::vector<std::string> parts;
    parts.reserve(codes.size());
    for (const auto& c : codes)
        parts.push_back(countryWithName(c));
    return join(parts);
}

std::string upperAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string canonicalCode(vocab::List list, std::string_view text) {
    const std::string wanted = upperAscii(text);
    for (const auto& term : vocab::terms(list))
        if (upperAscii(term.code) == wanted)
            return std::string(term.code);
    return std::string(text);
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

std::string valueOr(const std::optional<std::string>& value, std::string_view fallback) {
    return value ? *value : std::string(fallback);
}

// ---- Table ---------------------------------------------------------------------------------

Table::Table(std::vector<std::string> headers) : m_headers(std::move(headers)) {}

void Table::addRow(std::vector<std::string> cells) {
    cells.resize(m_headers.size());
    for (auto& c : cells)
        c = oneLine(c);
    m_rows.push_back(std::move(cells));
}

void Table::print(std::ostream& out, std::string_view indent) const {
    std::vector<std::size_t> widths(m_headers.size());
    for (std::size_t c = 0; c < m_headers.size(); ++c) {
        widths[c] = displayWidth(m_headers[c]);
        for (const auto& row : m_rows)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    const auto printRow = [&](const std::vector<std::string>& cells) {
        std::string line(indent);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            line += last ? cells[c] : padRight(cells[c], widths[c]) + "  ";
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    printRow(m_headers);
    for (const auto& row : m_rows)
        printRow(row);
}

// ---- Fields --------------------------------------------------------------------------------

void Fields::add(std::string label, std::string value, bool always) {
    if (value.empty() && !always)
        return;
    m_items.emplace_back(std::move(label), std::move(value));
}

void Fields::add(std::string label, const std::optional<std::string>& value) {
    if (value)
        add(std::move(label), *value);
}

namespace {

/// Splits one line of text at spaces into pieces of at most `width` columns (a longer word
/// stays whole).
std::vector<std::string> wrapLine(const std::string& line, std::size_t width) {
    std::vector<std::string> out;
    std::string current;
    std::size_t currentWidth = 0;
    std::size_t start = 0;
    while (start <= line.size()) {
        const auto space = line.find(' ', start);
        const std::string word = line.substr(start, space == std::string::npos ? std::string::npos : space - start);
        const std::size_t w = displayWidth(word);
        if (!current.empty() && currentWidth + 1 + w > width) {
            out.push_back(current);
            current.clear();
            currentWidth = 0;
        }
        if (!current.empty()) {
            current += ' ';
            ++currentWidth;
        }
        current += word;
        currentWidth += w;
        if (space == std::string::npos)
            break;
        start = space + 1;
    }
    out.push_back(current);
    return out;
}

constexpr std::size_t kTextWidth = 100; // long values (summaries) wrap to this many columns

} // namespace

void Fields::print(std::ostream& out) const {
    std::size_t width = 0;
    for (const auto& [label, value] : m_items)
        width = std::max(width, displayWidth(label) + 1);
    const std::size_t valueWidth = std::max<std::size_t>(40, kTextWidth - std::min(kTextWidth, width + 2));
    for (const auto& [label, value] : m_items) {
        out << padRight(label + ":", width + 2);
        // Keep the line structure of long texts (summaries), but nothing else that drives a terminal.
        std::size_t start = 0;
        bool first = true;
        for (;;) {
            const auto nl = value.find('\n', start);
            const std::string line = oneLine(
                std::string_view(value).substr(start, nl == std::string::npos ? std::string::npos : nl - start));
            for (const auto& piece : wrapLine(line, valueWidth)) {
                if (!first)
                    out << std::string(width + 2, ' ');
                out << piece << '\n';
                first = false;
            }
            if (nl == std::string::npos)
                break;
            start = nl + 1;
        }
    }
}

void printHeading(std::ostream& out, std::string_view title, std::optional<std::size_t> count) {
    std::string text(title);
    if (count)
        text += " (" + std::to_string(*count) + ")";
    out << '\n' << text << '\n' << std::string(displayWidth(text), '-') << '\n';
    if (count && *count == 0)
        out << "none\n";
}

// ---- JSON ----------------------------------------------------------------------------------

Poco::JSON::Object::Ptr jsonObject() {
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Poco::JSON::Array::Ptr jsonArray() {
    return new Poco::JSON::Array();
}

Poco::JSON::Array::Ptr jsonStrings(const std::vector<std::string>& values) {
    auto arr = jsonArray();
    for (const auto& v : values)
        arr->add(v);
    return arr;
}

Poco::Dynamic::Var jsonOptional(const std::optional<std::string>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

Poco::Dynamic::Var jsonOptional(const std::optional<int>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

Poco::Dynamic::Var jsonOptional(const std::optional<double>& value) {
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

namespace {

// Poco's own pretty printer puts blank lines inside empty arrays; this one writes the layout of
// `JSON.stringify(value, null, 2)`, so output diffs cleanly and reads well.
void writeJson(std::ostream& out, const Poco::Dynamic::Var& v, int depth) {
    const std::string pad(static_cast<std::size_t>(depth + 1) * 2, ' ');
    const std::string closePad(static_cast<std::size_t>(depth) * 2, ' ');
    if (v.isEmpty()) {
        out << "null";
    } else if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
        const auto obj = v.extract<Poco::JSON::Object::Ptr>();
        const auto names = obj->getNames(); // insertion order: the objects keep it
        if (names.empty()) {
            out << "{}";
            return;
        }
        out << "{\n";
        for (std::size_t i = 0; i < names.size(); ++i) {
            out << pad;
            Poco::toJSON(names[i], out, Poco::JSON_WRAP_STRINGS);
            out << ": ";
            writeJson(out, obj->get(names[i]), depth + 1);
            out << (i + 1 < names.size() ? ",\n" : "\n");
        }
        out << closePad << '}';
    } else if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto arr = v.extract<Poco::JSON::Array::Ptr>();
        if (arr->size() == 0) {
            out << "[]";
            return;
        }
        out << "[\n";
        for (std::size_t i = 0; i < arr->size(); ++i) {
            out << pad;
            writeJson(out, arr->get(static_cast<unsigned int>(i)), depth + 1);
            out << (i + 1 < arr->size() ? ",\n" : "\n");
        }
        out << closePad << ']';
    } else if (v.isBoolean()) {
        out << (v.extract<bool>() ? "true" : "false");
    } else if (v.isNumeric()) {
        out << v.convert<std::string>();
    } else {
        Poco::toJSON(v.convert<std::string>(), out, Poco::JSON_WRAP_STRINGS);
    }
}

} // namespace

void printJson(std::ostream& out, const Poco::JSON::Object::Ptr& value) {
    writeJson(out, value, 0);
    out << '\n';
}

} // namespace lintas::cli
