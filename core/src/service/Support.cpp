#include "Support.h"

#include "lintas/IdGenerator.h"
#include "lintas/Time.h"
#include "lintas/domain/Geo.h"
#include "lintas/domain/Normalize.h"

#include <cmath>

namespace lintas::detail {

std::string toJsonArray(const std::vector<std::string>& values) {
    // Codes are validated vocabulary values (ASCII, no quotes), but escape anyway so a bad value
    // can never break the JSON.
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (char c : values[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += ']';
    return out;
}

std::vector<std::string> fromJsonArray(std::string_view json) {
    std::vector<std::string> out;
    std::string current;
    bool inString = false;
    bool escape = false;
    for (char c : json) {
        if (!inString) {
            if (c == '"') {
                inString = true;
                current.clear();
            }
            continue;
        }
        if (escape) {
            current += c;
            escape = false;
        } else if (c == '\\') {
            escape = true;
        } else if (c == '"') {
            inString = false;
            out.push_back(current);
        } else {
            current += c;
        }
    }
    return out;
}

Status checkText(const std::string& field, const std::string& value, std::size_t maxLength) {
    if (value.size() > maxLength)
        return validationError(field, "is longer than " + std::to_string(maxLength) + " bytes");
    if (!normalize::isCleanText(value))
        return validationError(field, "is not valid UTF-8 text or holds control characters");
    return {};
}

Status requireText(const std::string& field, const std::string& value, std::size_t maxLength) {
    if (normalize::trim(value).empty())
        return validationError(field, "must not be empty");
    return checkText(field, value, maxLength);
}

Status requireCode(const std::string& field, vocab::List list, const std::string& value) {
    if (value.empty())
        return validationError(field, "must not be empty");
    if (!vocab::contains(list, value))
        return validationError(field, "'" + value + "' is not a known " + std::string(vocab::listName(list)) + " code");
    return {};
}

Status checkCode(const std::string& field, vocab::List list, const std::optional<std::string>& value) {
    if (!value)
        return {};
    return requireCode(field, list, *value);
}

Status checkCodes(const std::string& field, vocab::List list, const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) {
        LINTAS_TRY(requireCode(field, list, values[i]));
        for (std::size_t j = 0; j < i; ++j)
            if (values[j] == values[i])
                return validationError(field, "'" + values[i] + "' is listed twice");
    }
    return {};
}

Status requireCountry(const std::string& field, const std::string& value) {
    if (value.empty())
        return validationError(field, "must not be empty");
    if (!geo::isCountryCode(value))
        return validationError(field, "'" + value + "' is not an ISO 3166-1 alpha-3 country code");
    return {};
}

Status checkCountry(const std::string& field, const std::optional<std::string>& value) {
    if (!value)
        return {};
    return requireCountry(field, *value);
}

Status checkCountries(const std::string& field, const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) {
        LINTAS_TRY(requireCountry(field, values[i]));
        for (std::size_t j = 0; j < i; ++j)
            if (values[j] == values[i])
                return validationError(field, "'" + values[i] + "' is listed twice");
    }
    return {};
}

Status checkLanguages(const std::string& field, const std::vector<std::string>& values) {
    for (const auto& v : values)
        if (!geo::isLanguageCode(v))
            return validationError(field, "'" + v + "' is not an ISO 639 language code");
    return {};
}

Status requireDate(const std::string& field, const std::string& value) {
    if (!isIsoDate(value))
        return validationError(field, "is not a date written as YYYY-MM-DD");
    return {};
}

Status checkDate(const std::string& field, const std::optional<std::string>& value) {
    if (!value)
        return {};
    return requireDate(field, *value);
}

Status checkPastDate(const std::string& field, const std::optional<std::string>& value, const std::string& today) {
    LINTAS_TRY(checkDate(field, value));
    if (value && *value > today)
        return validationError(field, "lies in the future");
    return {};
}

Status checkLatLon(const std::string& field, const std::optional<double>& lat, const std::optional<double>& lon) {
    if (lat.has_value() != lon.has_value())
        return validationError(field, "needs both latitude and longitude");
    if (lat && (!std::isfinite(*lat) || *lat < -90 || *lat > 90))
        return validationError(field + ".latitude", "must lie between -90 and 90");
    if (lon && (!std::isfinite(*lon) || *lon < -180 || *lon > 180))
        return validationError(field + ".longitude", "must lie between -180 and 180");
    return {};
}

Status requireUuid(const std::string& field, const std::string& value) {
    if (!isUuid(value))
        return validationError(field, "is not a UUID");
    return {};
}

Status checkAgencyCode(const std::string& field, const std::string& code) {
    if (code.empty())
        return validationError(field, "must not be empty");
    if (code.size() > 32)
        return validationError(field, "is longer than 32 characters");
    for (char c : code)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return validationError(field, "may only hold upper-case letters A-Z, digits, '-' and '_'");
    return {};
}

Result<bool> hasRole(store::Database& db, std::int64_t caseId, std::int64_t personId, const std::string& role) {
    auto st = db.prepare("SELECT 1 FROM case_person WHERE case_id = ? AND person_id = ? AND role = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, caseId).bind(2, personId).bind(3, role);
    auto row = (*st)->step();
    (*st)->reset();
    return row;
}

std::string isVictimSql(std::string_view personIdExpr) {
    return "EXISTS (SELECT 1 FROM case_person vcp WHERE vcp.person_id = " + std::string(personIdExpr) +
           " AND vcp.role = 'Victim')";
}

Result<bool> isVictim(store::Database& db, std::int64_t personId) {
    auto st = db.prepare("SELECT 1 FROM case_person WHERE person_id = ? AND role = 'Victim' LIMIT 1");
    if (!st)
        return st.error();
    (*st)->bind(1, personId);
    auto row = (*st)->step();
    (*st)->reset();
    return row;
}

Status requireSignedIn(const Context& ctx) {
    if (ctx.delegated() || ctx.session())
        return {};
    return Error{ErrorCode::Forbidden, "session", "no user is signed in"};
}

std::string ChangedFields::detail() const {
    std::string out = "fields=";
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (i)
            out += ',';
        out += m_names[i];
    }
    return out;
}

}  // namespace lintas::detail
