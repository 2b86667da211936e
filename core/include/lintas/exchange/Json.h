#pragma once

#include "lintas/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

/// A strict JSON reader and a deterministic writer for exchange bundles (RFC 8259).
///
/// The reader is meant for untrusted input: it rejects duplicate object keys, invalid UTF-8
/// (including overlong forms, surrogates in UTF-8 and unpaired \u surrogate escapes), nesting
/// deeper than the limit, leading/trailing garbage, NaN/Infinity, leading zeros and control
/// characters in strings, and integers outside the 64-bit range (rather than rounding them to a
/// double). Errors are ErrorCode::Malformed (ErrorCode::Refused when one of the Limits is
/// exceeded) with `field` = the caller's name for the document and `detail` = what is wrong and
/// at which byte offset (never the content).
namespace lintas::exchange::json {

class Value;
using Array = std::vector<Value>;
/// Members in document order; keys are unique (the reader guarantees it, set() keeps it so).
using Object = std::vector<std::pair<std::string, Value>>;

class Value {
public:
    // The enumerators Array and Object share their names with the aliases above on purpose;
    // GCC's -Wshadow reports that although scoped enumerators cannot be confused with types.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
    enum class Type { Null, Bool, Int, Double, String, Array, Object };
#pragma GCC diagnostic pop

    Value() = default;                              // null
    Value(std::nullptr_t) {}                        // NOLINT(google-explicit-constructor)
    Value(bool b) : m_v(b) {}                       // NOLINT(google-explicit-constructor)
    Value(int i) : m_v(static_cast<std::int64_t>(i)) {}  // NOLINT(google-explicit-constructor)
    Value(std::int64_t i) : m_v(i) {}               // NOLINT(google-explicit-constructor)
    Value(double d) : m_v(d) {}                     // NOLINT(google-explicit-constructor)
    Value(std::string s) : m_v(std::move(s)) {}     // NOLINT(google-explicit-constructor)
    Value(std::string_view s) : m_v(std::string(s)) {}  // NOLINT(google-explicit-constructor)
    Value(const char* s) : m_v(std::string(s)) {}   // NOLINT(google-explicit-constructor)
    Value(json::Array a) : m_v(std::move(a)) {}     // NOLINT(google-explicit-constructor)
    Value(json::Object o) : m_v(std::move(o)) {}    // NOLINT(google-explicit-constructor)

    [[nodiscard]] Type type() const { return static_cast<Type>(m_v.index()); }
    [[nodiscard]] bool isNull() const { return type() == Type::Null; }
    [[nodiscard]] bool isBool() const { return type() == Type::Bool; }
    [[nodiscard]] bool isInt() const { return type() == Type::Int; }
    [[nodiscard]] bool isNumber() const { return type() == Type::Int || type() == Type::Double; }
    [[nodiscard]] bool isString() const { return type() == Type::String; }
    [[nodiscard]] bool isArray() const { return type() == Type::Array; }
    [[nodiscard]] bool isObject() const { return type() == Type::Object; }

    // Accessors assert the type; check it first when the input is untrusted.
    [[nodiscard]] bool asBool() const;
    [[nodiscard]] std::int64_t asInt() const;
    [[nodiscard]] double asDouble() const;  ///< also converts an Int
    [[nodiscard]] const std::string& asString() const;
    [[nodiscard]] const json::Array& asArray() const;
    [[nodiscard]] json::Array& asArray();
    [[nodiscard]] const json::Object& asObject() const;
    [[nodiscard]] json::Object& asObject();

    /// The member `key` of an object; nullptr when absent or when this is not an object.
    [[nodiscard]] const Value* find(std::string_view key) const;
    /// Sets member `key` (replacing an existing one, else appending). Turns null into an object.
    /// Returns the stored member, so nested objects can be built in place.
    Value& set(std::string key, Value value);
    /// Appends to an array. Turns null into an array.
    void push(Value value);

    friend bool operator==(const Value& a, const Value& b) { return a.m_v == b.m_v; }

private:
    std::variant<std::nullptr_t, bool, std::int64_t, double, std::string, json::Array, json::Object> m_v{nullptr};
};

struct Limits {
    std::size_t maxDepth = 64;               ///< arrays/objects nested deeper are refused
    std::size_t maxBytes = 64u * 1024 * 1024;///< longer documents are refused before parsing
    std::size_t maxStringBytes = 16u * 1024 * 1024;
    std::size_t maxMembers = 1'000'000;      ///< total values in the document
};

/// Parses one JSON document. `name` (e.g. "manifest.json") is used as Error::field.
[[nodiscard]] Result<Value> parse(std::string_view text, std::string_view name = "json", const Limits& limits = {});

/// Serialises `value`: members in stored order, no insignificant whitespace unless `pretty`
/// (two-space indent, "\n" line ends, no final newline), strings as UTF-8 with only the escapes
/// JSON requires, integers exactly, doubles in the shortest form that round-trips (with ".0" when
/// integral, so they read back as doubles). Same value → same bytes. JSON cannot express NaN or
/// infinity: they are written as null. Invalid UTF-8 in a string is written as U+FFFD.
[[nodiscard]] std::string write(const Value& value, bool pretty = false);

}  // namespace lintas::exchange::json
