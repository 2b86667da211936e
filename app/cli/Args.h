#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::cli {

/// One option a command accepts.
struct OptionSpec {
    enum class Kind {
        Flag,  ///< --json
        Value, ///< --title TEXT, given at most once
        Multi, ///< --id TYPE:VALUE, may be repeated
    };
    std::string_view name; ///< without the leading "--"
    Kind kind = Kind::Value;
};

/// Who signs in (see Command.h openWorkspace). Every command that accepts --db accepts these
/// two as well without listing them: the user name, and the descriptor the password is read
/// from. There is deliberately no option that takes a password itself.
inline constexpr OptionSpec kUserOption{"user", OptionSpec::Kind::Value};
inline constexpr OptionSpec kPasswordFdOption{"password-fd", OptionSpec::Kind::Value};

/// The options and positional arguments of one command, parsed against the options it accepts.
/// A command that accepts "db" also accepts kUserOption and kPasswordFdOption.
///
/// Accepts `--opt value`, `--opt=value`, flags and repeated options; `--` ends the options. Every
/// mistake in the command line (unknown option, missing value, repeated single option, bad number)
/// throws UsageError, which the CLI turns into exit code 2.
class Args {
public:
    Args(const std::vector<std::string>& tokens, std::span<const OptionSpec> specs);

    /// True when `tokens` ask for help (`--help` or `-h` before any `--`).
    [[nodiscard]] static bool wantsHelp(const std::vector<std::string>& tokens);

    [[nodiscard]] bool has(std::string_view name) const;
    [[nodiscard]] bool flag(std::string_view name) const { return has(name); }
    /// The value of a single-valued option, when given.
    [[nodiscard]] std::optional<std::string> value(std::string_view name) const;
    /// The value of an option the command cannot do without.
    [[nodiscard]] std::string required(std::string_view name) const;
    /// Every value of a repeatable option, in the order given.
    [[nodiscard]] std::vector<std::string> values(std::string_view name) const;
    /// Every value of a repeatable option, each also split at commas; blanks dropped.
    [[nodiscard]] std::vector<std::string> list(std::string_view name) const;
    /// An integer option within [min, max]; "--cases abc" is a usage error.
    [[nodiscard]] std::optional<std::int64_t> integer(std::string_view name, std::int64_t min, std::int64_t max) const;

    [[nodiscard]] const std::vector<std::string>& positionals() const { return m_positionals; }
    /// Checks the number of positional arguments; `what` names them in the message ("CASE").
    void expectPositionals(std::size_t min, std::size_t max, std::string_view what) const;

private:
    std::map<std::string, std::vector<std::string>, std::less<>> m_values;
    std::vector<std::string> m_positionals;
};

/// Parses a whole decimal integer; nullopt for anything else ("12a", "", overflow).
[[nodiscard]] std::optional<std::int64_t> parseInteger(std::string_view text);

} // namespace lintas::cli
