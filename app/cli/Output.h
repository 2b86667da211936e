#pragma once

#include "lintas/domain/Vocabulary.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::cli {

// ---- text ----------------------------------------------------------------------------------

/// Columns a terminal uses to show `utf8`: combining marks take none, East Asian wide and emoji
/// characters two, everything else one.
[[nodiscard]] std::size_t displayWidth(std::string_view utf8);

/// `text` made safe for one line of a terminal: control characters (escape sequences from
/// imported data among them) and line breaks become spaces.
[[nodiscard]] std::string oneLine(std::string_view text);

/// `text` on one line, cut to at most `maxWidth` columns with "…" when longer.
[[nodiscard]] std::string ellipsize(std::string_view text, std::size_t maxWidth);

/// "UnderInvestigation (Under investigation)"; just the code when the label says the same or the
/// code is not in the list.
[[nodiscard]] std::string codeWithLabel(vocab::List list, std::string_view code);
/// The English label of a code, or the code itself when unknown.
[[nodiscard]] std::string labelOf(vocab::List list, std::string_view code);
/// Codes with labels, comma separated.
[[nodiscard]] std::string codesWithLabels(vocab::List list, const std::vector<std::string>& codes);
/// "IDN (Indonesia)" for ISO 3166-1 alpha-3 codes; the code alone when unknown.
[[nodiscard]] std::string countryWithName(std::string_view alpha3);
[[nodiscard]] std::string countriesWithNames(const std::vector<std::string>& codes);
/// The code of `list` that equals `text` ignoring ASCII case, or `text` unchanged when none does
/// (so that the core rejects it with a message naming the field).
[[nodiscard]] std::string canonicalCode(vocab::List list, std::string_view text);
[[nodiscard]] std::string upperAscii(std::string_view text);
[[nodiscard]] std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");
[[nodiscard]] std::string valueOr(const std::optional<std::string>& value, std::string_view fallback = "");

/// Rows printed as aligned columns, two spaces apart, with a header line.
class Table {
public:
    explicit Table(std::vector<std::string> headers);
    void addRow(std::vector<std::string> cells);
    [[nodiscard]] bool empty() const { return m_rows.empty(); }
    [[nodiscard]] std::size_t size() const { return m_rows.size(); }
    /// Prints the table, each line starting with `indent`.
    void print(std::ostream& out, std::string_view indent = "") const;

private:
    std::vector<std::string> m_headers;
    std::vector<std::vector<std::string>> m_rows;
};

/// "Label:  value" lines with the values aligned, for one record. Empty values are left out
/// unless added with `always`; multi-line values continue under the value column.
class Fields {
public:
    void add(std::string label, std::string value, bool always = false);
    void add(std::string label, const std::optional<std::string>& value);
    void print(std::ostream& out) const;

private:
    std::vector<std::pair<std::string, std::string>> m_items;
};

/// "Title (N)" followed by an underline, before a section of `show` output.
void printHeading(std::ostream& out, std::string_view title, std::optional<std::size_t> count = std::nullopt);

// ---- JSON ----------------------------------------------------------------------------------

/// A JSON object that keeps its keys in insertion order (stable, documented key order).
[[nodiscard]] Poco::JSON::Object::Ptr jsonObject();
[[nodiscard]] Poco::JSON::Array::Ptr jsonArray();
[[nodiscard]] Poco::JSON::Array::Ptr jsonStrings(const std::vector<std::string>& values);
/// The string, or JSON null when absent.
[[nodiscard]] Poco::Dynamic::Var jsonOptional(const std::optional<std::string>& value);
[[nodiscard]] Poco::Dynamic::Var jsonOptional(const std::optional<int>& value);
[[nodiscard]] Poco::Dynamic::Var jsonOptional(const std::optional<double>& value);
/// Pretty-printed (two-space indent), UTF-8 as is, followed by a newline.
void printJson(std::ostream& out, const Poco::JSON::Object::Ptr& value);

} // namespace lintas::cli
