#pragma once

#include "Args.h"
#include "lintas/domain/Case.h"
#include "lintas/domain/Identifier.h"
#include "lintas/domain/Vocabulary.h"
#include "lintas/service/Workspace.h"

#include <map>
#include <memory>
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

// --- passwords ----------------------------------------------------------------------------------
// Passwords and passphrases never come from an argument: arguments are visible to every user of
// the machine in the process list and end up in shell histories. They come from a file descriptor
// (`--password-fd 3`: one line) or are typed on the terminal without echo.

/// A password in memory, overwritten with zeros when it goes away. Move-only.
class Password {
public:
    Password() = default;
    explicit Password(std::string text) : m_text(std::move(text)) {}
    ~Password();
    Password(Password&& other) noexcept : m_text(std::move(other.m_text)) {}
    Password& operator=(Password&& other) noexcept;
    Password(const Password&) = delete;
    Password& operator=(const Password&) = delete;

    [[nodiscard]] const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

/// Reads one line (the line break not included) from `fd` a byte at a time, so that nothing after
/// it is consumed and the next reader of the same descriptor gets the next line. nullopt when the
/// descriptor cannot be read; an empty string at end of input. Longer than 1024 bytes: a
/// CommandError naming `subject` (that is a file piped in by mistake, not a secret).
[[nodiscard]] std::optional<std::string> readSecretLine(int fd, std::string_view subject);

/// Prints `prompt` on the controlling terminal (/dev/tty, whatever stdin and stderr are) and
/// reads one line there with echo off. nullopt when there is no terminal.
[[nodiscard]] std::optional<Password> promptOnTerminal(std::string_view prompt);

/// How often a password typed on the terminal is asked for: twice for a new one (a typo would
/// lock its owner out). A password read from a descriptor is read once.
enum class Entry { Once, Twice };

/// The password on the descriptor named by option `fdOption` (e.g. "password-fd"), or else
/// typed on the terminal after `prompt`. Neither a descriptor nor a terminal: a CommandError that
/// says how to give one. An empty password is refused.
[[nodiscard]] Password readPassword(const Args& args, std::string_view fdOption, const std::string& prompt,
                                    Entry entry = Entry::Once);

/// Roles typed as "investigator,supervisor" (option `option`); an unknown name is a CommandError
/// listing the known ones.
[[nodiscard]] security::RoleSet rolesArg(std::string_view option, const std::string& value);

/// The first administrator of a new (or newly encrypted) database: --user NAME (required),
/// --display-name (default: the user name), --roles for roles besides administrator (default
/// `defaultExtraRoles`), and the password from --password-fd or typed twice on the terminal.
/// User name and password are checked against the account rules before anything is written.
/// The caller wipes `password` (security::wipeString) once the workspace exists.
[[nodiscard]] FirstUser firstUserArgs(const Args& args, security::RoleSet defaultExtraRoles = {});

/// The Argon2id cost for key slots this run writes: KdfParams::standard(), or the cheapest one
/// when the environment has LINTAS_KDF=fast (for tests only: see docs/cli.md).
[[nodiscard]] security::KdfParams kdfFromEnvironment();
/// Workspace options for a CLI run: the system clock, random UUIDs, kdfFromEnvironment().
[[nodiscard]] Workspace::Options workspaceOptions();

} // namespace lintas::cli
