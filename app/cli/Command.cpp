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

SignedIn signIn(const Args& args, std::optional<Workspace::Options> options) {
    const std::string path = args.required("db");
    if (!options)
        options = workspaceOptions();
    // What is not an encrypted database is refused as such before anyone types a password.
    if (Workspace::probe(path) != store::FileKind::Encrypted) {
        auto opened = Workspace::open(path, Credentials{}, *options);
        if (!opened) {
            const Error& e = opened.error();
            if (e.code == ErrorCode::NotEncrypted)
                throw CommandError("database", "not encrypted yet (a database of an earlier Lintas version); encrypt "
                                               "it first with: lintas-cli db encrypt --db PATH --user NAME");
            if (e.code != ErrorCode::SignInFailed)
                throw CommandError(e);
        }
    }
    const std::string user = args.required("user");
    Credentials who{user, {}};
    Password password = readPassword(args, "password-fd", "Password for " + user + ": ");
    who.password = password.text();
    auto opened = Workspace::open(path, who, *options);
    security::wipeString(who.password);
    if (!opened) {
        const Error& e = opened.error();
        switch (e.code) {
        case ErrorCode::SignInFailed:
            throw CommandError("sign-in", "unknown user or wrong password");
        case ErrorCode::Throttled: {
            // The core's detail says how long to wait ("too many failed sign-ins: try again in 4 seconds").
            std::string wait = e.detail;
            if (const auto colon = wait.find(": "); colon != std::string::npos)
                wait.erase(0, colon + 2);
            throw CommandError("sign-in", "too many failed sign-ins; " +
                                              (wait.empty() ? std::string("wait before trying again") : wait));
        }
        case ErrorCode::NotEncrypted:
            throw CommandError("database", "not encrypted yet (a database of an earlier Lintas version); encrypt it "
                                           "first with: lintas-cli db encrypt --db PATH --user NAME");
        default:
            throw CommandError(e);
        }
    }
    return SignedIn{std::move(opened).value(), std::move(password)};
}

std::unique_ptr<Workspace> openWorkspace(const Args& args, std::optional<Workspace::Options> options) {
    return signIn(args, std::move(options)).ws;
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
    case ErrorCode::Forbidden:
        return "not permitted for your roles (recorded in the audit log)";
    case ErrorCode::SignInFailed:
        return "unknown user or wrong password";
    case ErrorCode::Throttled:
        return "too many failed sign-ins, wait before trying again";
    case ErrorCode::NotEncrypted:
        return "the database is not encrypted yet; run `lintas-cli db encrypt` first";
    case ErrorCode::Integrity:
        return "integrity check failed: the file is damaged or was altered";
    case ErrorCode::CipherUnavailable:
        return "SQLCipher 4.6 or newer with FTS5 is required";
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
    // Skip a detail that only repeats the phrase ("the file is not a Lintas database"), and the
    // one of a refusal, which only repeats the permission the field already names.
    if (!error.detail.empty() && error.detail.find(phrase) == std::string::npos && error.code != ErrorCode::Forbidden)
        out += ": " + error.detail;
    return out;
}

} // namespace lintas::cli
