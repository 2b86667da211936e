#include "Cli.h"

#include "CliError.h"
#include "Command.h"
#include "commands/Commands.h"

#include <array>
#include <exception>

#ifndef LINTAS_VERSION
#define LINTAS_VERSION "unknown"
#endif

namespace lintas::cli {
namespace {

constexpr std::string_view kTopHelp = R"(lintas-cli - Lintas case management for cross-border trafficking investigations

Usage: lintas-cli [--db PATH] [--user NAME] [--password-fd N] COMMAND [SUBCOMMAND] [OPTIONS] [ARGUMENTS]
       lintas-cli --help | --version

Commands:
  init        Create a new Lintas database for your agency
  demo        Fill a new database with synthetic demo data
  case        List, show, add and update cases (list, show, add, update, add-party)
  person      Add, show and find people (add, show, find)
  referral    Victim-support referrals (add, move, list, show)
  org         Organisations: shelters, service providers, employers, agencies (add, list)
  search      Search cases, people, identifiers, organisations and notes
  stats       Counts by status, exploitation type, country and referral state
  vocab       The codes and English labels of the controlled lists
  identity    Your agency's signing key and certificate (create, import, show, export-cert)
  trust       Partner agencies' certificates (add, list, revoke)
  bundle      Signed case bundles with partners (export, verify, import, receipt, log, conflicts,
              approve, approvals)
  user        User accounts and roles (add, list, roles, disable, reset-password, passwd)
  audit       The tamper-evident audit log (verify, export, checkpoint, log, seen)
  retention   Retention rules and deletion of expired records (rules, set, due, postpone, purge)
  db          The encrypted database (encrypt an earlier plaintext one, info)
  settings    Workstation settings (show, set lock-after)
  help        Show the help of a command: lintas-cli help case add

Every command takes --help. Commands that work on a database need --db PATH and --user NAME,
which may also be given before the command. The password is read from a prompt on the terminal,
or from a file descriptor with --password-fd N; never from the command line. Commands that print
data print it as JSON with --json.

Exit status: 0 on success, 1 when the command failed (the reason is on stderr), 2 when the
command line is wrong, 3 when a received bundle or receipt was rejected (REJECTED and the
reason on stderr).
)";

const std::array<Command, 17> kCommands{{
    {"init", "Create a new Lintas database", commands::kInitHelp, commands::init},
    {"demo", "Fill a new database with synthetic data", commands::kDemoHelp, commands::demo},
    {"case", "Cases", commands::kCaseHelp, commands::caseGroup, true},
    {"person", "People", commands::kPersonHelp, commands::personGroup, true},
    {"referral", "Referrals", commands::kReferralHelp, commands::referralGroup, true},
    {"org", "Organisations", commands::kOrganisationHelp, commands::organisationGroup, true},
    {"search", "Search", commands::kSearchHelp, commands::search},
    {"stats", "Statistics", commands::kStatsHelp, commands::stats},
    {"vocab", "Controlled lists", commands::kVocabHelp, commands::vocab},
    {"identity", "Signing identity", commands::kIdentityHelp, commands::identityGroup, true},
    {"trust", "Partner certificates", commands::kTrustHelp, commands::trustGroup, true},
    {"bundle", "Signed case bundles", commands::kBundleHelp, commands::bundleGroup, true},
    {"user", "User accounts and roles", commands::kUserHelp, commands::userGroup, true},
    {"audit", "Audit log", commands::kAuditHelp, commands::auditGroup, true},
    {"retention", "Retention", commands::kRetentionHelp, commands::retentionGroup, true},
    {"db", "Encrypted database", commands::kDbHelp, commands::dbGroup, true},
    {"settings", "Settings", commands::kSettingsHelp, commands::settingsGroup, true},
}};

/// Options that may be given before the command as well as after it.
constexpr std::array<const char*, 3> kGlobalOptions{"db", "user", "password-fd"};

const Command* findCommand(std::string_view name) {
    for (const auto& c : kCommands)
        if (c.name == name)
            return &c;
    return nullptr;
}

void usageHint(std::ostream& err, const std::string& command) {
    err << "Try 'lintas-cli " << (command.empty() ? "" : command + " ") << "--help'.\n";
}

int dispatch(Invocation& inv, const std::vector<std::string>& args) {
    std::size_t i = 0;
    std::vector<std::string> hoisted; // global options given before the command
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            inv.out << kTopHelp;
            return kExitOk;
        }
        if (a == "--version") {
            inv.out << "lintas-cli " << LINTAS_VERSION << '\n';
            return kExitOk;
        }
        // --db, --user and --password-fd may come before the command: they are handed to it.
        bool global = false;
        for (const char* option : kGlobalOptions) {
            const std::string name = std::string("--") + option;
            if (a == name) {
                if (i + 1 >= args.size())
                    throw UsageError("option " + name + " needs a value");
                hoisted.push_back(a);
                hoisted.push_back(args[++i]);
                global = true;
            } else if (a.rfind(name + "=", 0) == 0) {
                hoisted.push_back(a);
                global = true;
            }
        }
        if (global)
            continue;
        if (a.rfind('-', 0) == 0)
            throw UsageError("unknown option " + a);
        break;
    }
    if (i >= args.size())
        throw UsageError("missing command");
    std::string name = args[i++];
    std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
    if (name == "help") {
        if (rest.empty()) {
            inv.out << kTopHelp;
            return kExitOk;
        }
        name = rest.front();
        rest.erase(rest.begin());
        rest.emplace_back("--help");
    }
    const Command* cmd = findCommand(name);
    if (!cmd)
        throw UsageError("unknown command '" + name + "'");
    inv.command = name;
    inv.tokens = std::move(rest);
    inv.tokens.insert(inv.tokens.end(), hoisted.begin(), hoisted.end());
    if (!cmd->isGroup && handleHelp(inv, cmd->help))
        return kExitOk;
    return cmd->run(inv);
}

} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, bool errIsTerminal) {
    Invocation inv{{}, {}, out, err, errIsTerminal};
    try {
        const int rc = dispatch(inv, args);
        out.flush();
        return rc;
    } catch (const UsageError& e) {
        out.flush();
        err << "lintas-cli: error: " << e.what() << '\n';
        usageHint(err, inv.command);
        return kExitUsage;
    } catch (const CommandError& e) {
        out.flush();
        err << "lintas-cli: error: " << e.what() << '\n';
        return kExitFailure;
    } catch (const std::exception& e) {
        out.flush();
        err << "lintas-cli: error: internal error: " << e.what() << '\n';
        return kExitFailure;
    }
}

} // namespace lintas::cli
