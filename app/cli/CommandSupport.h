#pragma once

#include "Args.h"
#include "lintas/domain/Case.h"
#include "lintas/domain/Identifier.h"
#include "lintas/domain/Vocabulary.h"
#include "lintas/service/Workspace.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::cli {

/// A case by UUID or reference, typed in any letter case.
[[nodiscard]] Case findCase(Workspace& ws, const std::string& key);

/// A UUID typed by the user, in the canonical lower-case form the core expects. Anything that is
/// not a UUID is refused naming `option`.
[[nodiscard]] std::string uuidArg(std::string_view option, const std::string& value);

/// The code of `list` the user meant with `value` (code or English label, any letter case).
/// An unknown value fails naming the option and pointing to `lintas-cli vocab`.
[[nodiscard]] std::string codeArg(vocab::List list, std::string_view option, const std::string& value);
[[nodiscard]] std::vector<std::string> codesArg(vocab::List list, std::string_view option,
                                                const std::vector<std::string>& values);
/// An ISO 3166-1 alpha-3 country code (any letter case), checked.
[[nodiscard]] std::string countryArg(std::string_view option, const std::string& value);
[[nodiscard]] std::vector<std::string> countriesArg(std::string_view option, const std::vector<std::string>& values);
/// A calendar date written YYYY-MM-DD, checked.
[[nodiscard]] std::string dateArg(std::string_view option, const std::string& value);

/// An --id value "TYPE:VALUE[:COUNTRY]"; the value may itself hold ':' (a trailing ISO3 is the
/// country). TYPE is an identifier-type code or label in any letter case.
[[nodiscard]] Identifier identifierArg(const std::string& text);

/// The value of option `name` run through `check`, when given.
template <typename Check>
[[nodiscard]] std::optional<std::string> optionalArg(const Args& args, std::string_view name, Check check) {
    if (auto v = args.value(name))
        return check(name, *v);
    return std::nullopt;
}

/// "IDN/BARESKRIM" for each agency UUID the database knows.
[[nodiscard]] std::map<std::string, std::string> agencyLabels(Workspace& ws);

} // namespace lintas::cli
