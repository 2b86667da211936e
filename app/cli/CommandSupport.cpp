#include "CommandSupport.h"

#include "CliError.h"
#include "Output.h"
#include "lintas/IdGenerator.h"
#include "lintas/Time.h"
#include "lintas/domain/Geo.h"

namespace lintas::cli {
namespace {

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

} // namespace

Case findCase(Workspace& ws, const std::string& key) {
    const std::string lower = lowerAscii(key);
    return unwrap(ws.cases.find(isUuid(lower) ? lower : upperAscii(key)));
}

std::string uuidArg(std::string_view option, const std::string& value) {
    const std::string lower = lowerAscii(value);
    if (!isUuid(lower))
        throw CommandError("--" + std::string(option), "invalid value: '" + value + "' is not a UUID");
    return lower;
}

std::string codeArg(vocab::List list, std::string_view option, const std::string& value) {
    const std::string wanted = upperAscii(value);
    for (const auto& term : vocab::terms(list))
        if (upperAscii(term.code) == wanted || upperAscii(term.label) == wanted)
            return std::string(term.code);
    throw CommandError("--" + std::string(option),
                       "invalid value: '" + value + "' is not a " + std::string(vocab::listName(list)) +
                           " code; see 'lintas-cli vocab " + std::string(vocab::listName(list)) + "'");
}

std::vector<std::string> codesArg(vocab::List list, std::string_view option, const std::vector<std::string>& values) {
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto& v : values)
        out.push_back(codeArg(list, option, v));
    return out;
}

std::string countryArg(std::string_view option, const std::string& value) {
    const std::string code = upperAscii(value);
    if (!geo::isCountryCode(code))
        throw CommandError("--" + std::string(option),
                           "invalid value: '" + value +
                               "' is not an ISO 3166-1 alpha-3 country code (e.g. IDN, THA, KHM)");
    return code;
}

std::vector<std::string> countriesArg(std::string_view option, const std::vector<std::string>& values) {
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto& v : values)
        out.push_back(countryArg(option, v));
    return out;
}

std::string dateArg(std::string_view option, const std::string& value) {
    if (!isIsoDate(value))
        throw CommandError("--" + std::string(option),
                           "invalid value: '" + value + "' is not a date written YYYY-MM-DD");
    return value;
}

/// Parses "TYPE:VALUE[:COUNTRY]"; the value may itself hold ':' (a trailing ISO3 is the country).
Identifier identifierArg(const std::string& text) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size())
        throw UsageError("option --id takes TYPE:VALUE[:COUNTRY], e.g. --id Phone:\"0812 3456 7890\":IDN");
    Identifier id;
    id.type = codeArg(vocab::List::IdentifierType, "id", text.substr(0, colon));
    std::string rest = text.substr(colon + 1);
    if (const auto last = rest.rfind(':'); last != std::string::npos) {
        const std::string suffix = upperAscii(rest.substr(last + 1));
        if (!geo::isCountryCode(suffix))
            throw CommandError("--id", "invalid value: '" + rest.substr(last + 1) +
                                           "' is not an ISO 3166-1 alpha-3 country code (e.g. IDN, THA, KHM)");
        id.issuingCountry = suffix;
        rest.erase(last);
    }
    if (rest.empty())
        throw UsageError("option --id needs a value after the type, e.g. --id Phone:\"0812 3456 7890\":IDN");
    id.value = rest;
    return id;
}

std::map<std::string, std::string> agencyLabels(Workspace& ws) {
    std::map<std::string, std::string> out;
    for (const auto& a : unwrap(ws.agencies.list()))
        out[a.uuid] = a.country + "/" + a.code;
    return out;
}

} // namespace lintas::cli
