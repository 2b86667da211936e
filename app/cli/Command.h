#pragma once

#include "Args.h"
#include "CommandSupport.h"
#include "lintas/service/Workspace.h"

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lintas::cli {

/// One run of one (sub)command: what the user typed after the command words, and where to write.
struct Invocation {
    std::string command;             ///< the command words, e.g. "case add"
    std::vector<std::string> tokens; ///< everything after them
    std::ostream& out;
    std::ostream& err;
    bool errIsTerminal = false; ///< stderr is a TTY (progress lines only then)
};

/// A command (or subcommand) of lintas-cli.
struct Command {
    std::string_view name;
    std::string_view summary; ///< one line, for the list in the parent's help
    std::string_view help;    ///< the full --help text (usage, options, examples)
    std::function<int(Invocation&)> run;
    bool isGroup = false; ///< has subcommands, which handle --help themselves
};

/// Runs the subcommand named by the first token of `inv` among `subcommands` (for "case",
/// "person", "referral"); prints the group's help for --help or no subcommand.
int runGroup(Invocation& inv, std::string_view groupHelp, std::span<const Command> subcommands);

/// Prints `help` when `inv` asks for it; true when it did (the command then returns 0).
bool handleHelp(const Invocation& inv, std::string_view help);

/// An open workspace and the password its user signed in with (some changes need it again:
/// adding a user, resetting or changing a password).
struct SignedIn {
    std::unique_ptr<Workspace> ws;
    Password password;
};

/// Opens the workspace named by --db (required) and signs in the user named by --user
/// (required), with the password from --password-fd or typed at "Password for NAME: " on the
/// terminal. A missing file, a file that is not a Lintas database and an earlier version's
/// plaintext database are refused before any password is asked for. Errors become CommandError
/// ("sign-in: unknown user or wrong password", "sign-in: too many failed sign-ins…",
/// "database: not encrypted yet…"); the file is never created or changed by a failed open.
/// `options` defaults to workspaceOptions().
SignedIn signIn(const Args& args, std::optional<Workspace::Options> options = std::nullopt);
/// signIn without keeping the password.
std::unique_ptr<Workspace> openWorkspace(const Args& args, std::optional<Workspace::Options> options = std::nullopt);

/// The options every command that reads a database accepts.
inline constexpr OptionSpec kDbOption{"db", OptionSpec::Kind::Value};
inline constexpr OptionSpec kJsonOption{"json", OptionSpec::Kind::Flag};

} // namespace lintas::cli
