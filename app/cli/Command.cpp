#include "Command.h"

#include "CliError.h"

namespace lintas::cli {

bool handleHelp(const Invocation& inv, std::string_view help) {
    if (!Args::wantsHelp(inv.tokens))
        return false;
    inv.out << help;
    return true;
}

int runGroup(Invocation& inv, std::string_view groupHelp, std::span<const Command> subcommands) {
    std::string names;
    for (const auto& sub : subcommands)
        names += (names.empty() ? "" : ", ") + std::string(sub.name);
    if (inv.tokens.empty())
        throw UsageError("missing subcommand (" + names + ")");
    const std::string name = inv.tokens.front();
    if (name == "--help" || name == "-h" || name == "help") {
        inv.out << groupHelp;
        return 0;
    }
    for (const auto& sub : subcommands) {
        if (sub.name != name)
            continue;
        inv.command += ' ';
        inv.command += name;
        inv.tokens.erase(inv.tokens.begin());
        if (handleHelp(inv, sub.help))
            return 0;
        return sub.run(inv);
    }
    if (name.rfind('-', 0) == 0) {
        if (Args::wantsHelp(inv.tokens)) {
            inv.out << groupHelp;
            return 0;
        }
        throw UsageError("missing subcommand (" + names + ") before " + name);
    }
    throw UsageError("unknown subcommand '" + name + "' (" + names + ")");
}

std::unique_ptr<Workspace> openWorkspace(const Args& args) {
    const std::string path = args.required("db");
    return unwrap(Workspace::open(path));
}

CommandError::CommandError(const Error& error) : std::runtime_error(describeError(error)) {}

CommandError::CommandError(const std::string& subject, const std::string& message)
    : std::runtime_error(subject + ": " + message) {}

const char* errorPhrase(ErrorCode code) {
    switch (code) {
    case ErrorCode::Validation:
        return "invalid value";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::Duplicate:
        return "already exists";
    case ErrorCode::Conflict:
        return "changed by someone else in the meantime, try again";
    case ErrorCode::IllegalTransition:
        return "illegal referral transition";
    case ErrorCode::ForeignKey:
        return "refers to a record that does not exist";
    case ErrorCode::NotLintasDatabase:
        return "not a Lintas database";
    case ErrorCode::NewerSchema:
        return "database was written by a newer Lintas";
    case ErrorCode::Io:
        return "cannot read or write the file";
    case ErrorCode::Malformed:
        return "malformed input";
    case ErrorCode::Untrusted:
        return "verification failed";
    case ErrorCode::Refused:
        return "refused";
    case ErrorCode::BadPassphrase:
        return "wrong passphrase";
    case ErrorCode::Database:
        return "database error";
    case ErrorCode::Internal:
        return "internal error";
    }
    return "internal error";
}

std::string describeError(const Error& error) {
    std::string out;
    if (!error.field.empty())
        out = error.field + ": ";
    const std::string phrase = errorPhrase(error.code);
    out += phrase;
    // Skip a detail that only repeats the phrase ("the file is not a Lintas database").
    if (!error.detail.empty() && error.detail.find(phrase) == std::string::npos)
        out += ": " + error.detail;
    return out;
}

} // namespace lintas::cli
