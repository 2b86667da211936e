#pragma once

#include "Args.h"
#include "lintas/service/Workspace.h"

#include <functional>
#include <memory>
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

/// Opens the workspace named by --db (required). Errors (missing file, not a Lintas database,
/// newer schema) become CommandError; the file is never created or changed by a failed open.
std::unique_ptr<Workspace> openWorkspace(const Args& args);

/// The options every command that reads a database accepts.
inline constexpr OptionSpec kDbOption{"db", OptionSpec::Kind::Value};
inline constexpr OptionSpec kJsonOption{"json", OptionSpec::Kind::Flag};

} // namespace lintas::cli
