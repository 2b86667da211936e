#include "JsonSchema.h"

#include "lintas/IdGenerator.h"
#include "lintas/Time.h"
#include "lintas/domain/Geo.h"

#include <cmath>

namespace lintas::exchange::schema {

namespace {
const json::Array kNoArray;
}  // namespace

void Errors::fail(const std::string& path, std::string detail) {
    if (!m_error)
        m_error = Error{ErrorCode::Malformed, m_document + ":" + path, std::move(detail)};
}

bool isTimestamp(std::string_view text) {
    const auto t = parseTimestamp(text);
    return t && formatTimestamp(*t) == text;
}

Object::Object(Errors& errors, const json::Value* value, std::string path) : m_errors(errors), m_path(std::move(path)) {
    if (value && value->isObject())
        m_object = &value->asObject();
    else
        m_errors.fail(m_path.empty() ? "$" : m_path, "must be an object");
}

std::string Object::pathOf(std::string_view key) const {
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

const json::Value* Object::member(std::string_view key, bool required) {
    m_read.emplace(key);
    if (!m_object)
        return nullptr;
    for (const auto& [name, v] : *m_object)
        if (name == key) {
            if (v.isNull()) {
                if (required)
                    m_errors.fail(pathOf(key), "is required");
                return nullptr;
            }
            return &v;
        }
    if (required)
        m_errors.fail(pathOf(key), "is required");
    return nullptr;
}

std::optional<std::string> Object::optText(std::string_view key, std::size_t maxBytes) {
    const auto* v = member(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        m_errors.fail(pathOf(key), "must be a string");
        return std::nullopt;
    }
    if (v->asString().size() > maxBytes) {
        m_errors.fail(pathOf(key), "is longer than " + std::to_string(maxBytes) + " bytes");
        return std::nullopt;
    }
    return v->asString();
}

std::string Object::text(std::string_view key, bool required, std::size_t maxBytes) {
    if (required && !member(key, true))
        return {};
    return optText(key, maxBytes).value_or(std::string());
}

std::optional<std::string> Object::optUuid(std::string_view key) {
    auto s = optText(key, 36);
    if (s && !isUuid(*s)) {
        m_errors.fail(pathOf(key), "must be a lower-case UUID");
        return std::nullopt;
    }
    return s;
}

std::string Object::uuid(std::string_view key) {
    if (!member(key, true))
        return {};
    return optUuid(key).value_or(std::string());
}

std::optional<std::string> Object::optTimestamp(std::string_view key) {
    auto s = optText(key, 20);
    if (s && !isTimestamp(*s)) {
        m_errors.fail(pathOf(key), "must be a UTC timestamp YYYY-MM-DDTHH:MM:SSZ");
        return std::nullopt;
    }
    return s;
}

std::string Object::timestamp(std::string_view key) {
    if (!member(key, true))
        return {};
    return optTimestamp(key).value_or(std::string());
}

std::optional<std::string> Object::optDate(std::string_view key) {
    auto s = optText(key, 10);
    if (s && !isIsoDate(*s)) {
        m_errors.fail(pathOf(key), "must be a date YYYY-MM-DD");
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> Object::optCode(std::string_view key, vocab::List list) {
    auto s = optText(key, 100);
    if (s && !vocab::contains(list, *s)) {
        m_errors.fail(pathOf(key), "is not a code of the list " + std::string(vocab::listName(list)));
        return std::nullopt;
    }
    return s;
}

std::string Object::code(std::string_view key, vocab::List list) {
    if (!member(key, true))
        return {};
    return optCode(key, list).value_or(std::string());
}

std::vector<std::string> Object::codes(std::string_view key, vocab::List list) {
    std::vector<std::string> out;
    const auto& items = array(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].isString() || !vocab::contains(list, items[i].asString())) {
            m_errors.fail(indexPath(pathOf(key), i), "is not a code of the list " + std::string(vocab::listName(list)));
            return {};
        }
        for (const auto& seen : out)
            if (seen == items[i].asString()) {
                m_errors.fail(indexPath(pathOf(key), i), "repeats a code");
                return {};
            }
        out.push_back(items[i].asString());
    }
    return out;
}

std::optional<std::string> Object::optCountry(std::string_view key) {
    auto s = optText(key, 3);
    if (s && !geo::isCountryCode(*s)) {
        m_errors.fail(pathOf(key), "must be an ISO 3166-1 alpha-3 code");
        return std::nullopt;
    }
    return s;
}

std::string Object::country(std::string_view key) {
    if (!member(key, true))
        return {};
    return optCountry(key).value_or(std::string());
}

std::vector<std::string> Object::countries(std::string_view key) {
    std::vector<std::string> out;
    const auto& items = array(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].isString() || !geo::isCountryCode(items[i].asString())) {
            m_errors.fail(indexPath(pathOf(key), i), "must be an ISO 3166-1 alpha-3 code");
            return {};
        }
        out.push_back(items[i].asString());
    }
    return out;
}

std::vector<std::string> Object::languages(std::string_view key) {
    std::vector<std::string> out;
    const auto& items = array(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!items[i].isString() || !geo::isLanguageCode(items[i].asString())) {
            m_errors.fail(indexPath(pathOf(key), i), "must be an ISO 639 code");
            return {};
        }
        out.push_back(items[i].asString());
    }
    return out;
}

std::optional<std::int64_t> Object::optInteger(std::string_view key, std::int64_t min, std::int64_t max) {
    const auto* v = member(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isInt() || v->asInt() < min || v->asInt() > max) {
        m_errors.fail(pathOf(key), "must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
        return std::nullopt;
    }
    return v->asInt();
}

std::int64_t Object::integer(std::string_view key, std::int64_t min, std::int64_t max) {
    if (!member(key, true))
        return min;
    return optInteger(key, min, max).value_or(min);
}

std::optional<double> Object::optNumber(std::string_view key, double min, double max) {
    const auto* v = member(key, false);
    if (!v)
        return std::nullopt;
    if (!v->isNumber() || !std::isfinite(v->asDouble()) || v->asDouble() < min || v->asDouble() > max) {
        m_errors.fail(pathOf(key), "must be a number in range");
        return std::nullopt;
    }
    return v->asDouble();
}

bool Object::boolean(std::string_view key) {
    const auto* v = member(key, true);
    if (!v)
        return false;
    if (!v->isBool()) {
        m_errors.fail(pathOf(key), "must be true or false");
        return false;
    }
    return v->asBool();
}

void Object::constant(std::string_view key, std::string_view expected) {
    const auto* v = member(key, true);
    if (v && (!v->isString() || v->asString() != expected))
        m_errors.fail(pathOf(key), "must be \"" + std::string(expected) + "\"");
}

const json::Array& Object::array(std::string_view key) {
    const auto* v = member(key, true);
    if (!v)
        return kNoArray;
    if (!v->isArray()) {
        m_errors.fail(pathOf(key), "must be an array");
        return kNoArray;
    }
    return v->asArray();
}

Object Object::object(std::string_view key) { return Object(m_errors, member(key, true), pathOf(key)); }

void Object::finish() {
    if (!m_object)
        return;
    for (const auto& [name, v] : *m_object)
        if (!m_read.contains(name)) {
            m_errors.fail(pathOf(name), "is not a member of this format version");
            return;
        }
}

}  // namespace lintas::exchange::schema
