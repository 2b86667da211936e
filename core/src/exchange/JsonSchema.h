#pragma once

// A small strict-schema reader over json::Value, shared by the manifest and record decoders.
// Records the first violation only (with its JSON path) and returns neutral values after it, so
// decoders read straight through without checking after every member.

#include "lintas/Result.h"
#include "lintas/domain/Vocabulary.h"
#include "lintas/exchange/Json.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::exchange::schema {

/// The first schema violation of one document.
class Errors {
public:
    explicit Errors(std::string document) : m_document(std::move(document)) {}
    void fail(const std::string& path, std::string detail);
    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] Error error() const { return *m_error; }

private:
    std::string m_document;
    std::optional<Error> m_error;
};

/// Reads the members of one JSON object. Every member read is marked; finish() fails on any
/// member that was not read (unknown members are refused: format_version covers additions).
/// "Required" members must be present and not null; optional ones may be absent or null.
class Object {
public:
    Object(Errors& errors, const json::Value* value, std::string path);

    [[nodiscard]] std::string text(std::string_view key, bool required = false, std::size_t maxBytes = 100'000);
    [[nodiscard]] std::optional<std::string> optText(std::string_view key, std::size_t maxBytes = 100'000);
    [[nodiscard]] std::string uuid(std::string_view key);
    [[nodiscard]] std::optional<std::string> optUuid(std::string_view key);
    [[nodiscard]] std::string timestamp(std::string_view key);
    [[nodiscard]] std::optional<std::string> optTimestamp(std::string_view key);
    [[nodiscard]] std::optional<std::string> optDate(std::string_view key);
    [[nodiscard]] std::string code(std::string_view key, vocab::List list);
    [[nodiscard]] std::optional<std::string> optCode(std::string_view key, vocab::List list);
    [[nodiscard]] std::vector<std::string> codes(std::string_view key, vocab::List list);
    [[nodiscard]] std::string country(std::string_view key);
    [[nodiscard]] std::optional<std::string> optCountry(std::string_view key);
    [[nodiscard]] std::vector<std::string> countries(std::string_view key);
    [[nodiscard]] std::vector<std::string> languages(std::string_view key);
    [[nodiscard]] std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max);
    [[nodiscard]] std::optional<std::int64_t> optInteger(std::string_view key, std::int64_t min, std::int64_t max);
    [[nodiscard]] std::optional<double> optNumber(std::string_view key, double min, double max);
    [[nodiscard]] bool boolean(std::string_view key);
    /// A string that must equal `expected` exactly.
    void constant(std::string_view key, std::string_view expected);
    /// The member as an array (empty and a failure when it is not one); required.
    [[nodiscard]] const json::Array& array(std::string_view key);
    /// The member as an object reader (required).
    [[nodiscard]] Object object(std::string_view key);
    /// Path of member `key`, for nested readers.
    [[nodiscard]] std::string pathOf(std::string_view key) const;
    [[nodiscard]] Errors& errors() { return m_errors; }

    /// Fails on unread members.
    void finish();

private:
    [[nodiscard]] const json::Value* member(std::string_view key, bool required);

    Errors& m_errors;
    const json::Object* m_object = nullptr;
    std::string m_path;
    std::set<std::string, std::less<>> m_read;
};

/// Path of element `i` of the array at `path`.
[[nodiscard]] inline std::string indexPath(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

/// Canonical "YYYY-MM-DDTHH:MM:SSZ".
[[nodiscard]] bool isTimestamp(std::string_view text);

}  // namespace lintas::exchange::schema
