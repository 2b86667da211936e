#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "commands/Commands.h"

#include <array>

namespace lintas::cli::commands {
namespace {

constexpr OptionSpec kNewPasswordFdOption{"new-password-fd"};

Poco::JSON::Object::Ptr userJson(const security::User& u) {
    auto o = jsonObject();
    o->set("uuid", u.uuid);
    o->set("username", u.username);
    o->set("displayName", u.displayName);
    auto roles = jsonArray();
    for (const auto role : u.roles.roles())
        roles->add(std::string(security::roleName(role)));
    o->set("roles", roles);
    o->set("active", u.active);
    o->set("createdAt", u.createdAt);
    if (u.lastSignInAt.empty())
        o->set("lastSignInAt", Poco::Dynamic::Var());
    else
        o->set("lastSignInAt", u.lastSignInAt);
    return o;
}

std::string rolesText(security::RoleSet roles) {
    const std::string text = roles.toString();
    return text.empty() ? "-" : text;
}

/// A user name typed on the command line, in the lower case accounts are kept in.
std::string usernameArg(const std::string& value) {
    std::string name = value;
    for (char& c : name)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    unwrap(security::UserService::validateUsername(name));
    return name;
}

/// The new password of `username`, from --new-password-fd or typed twice.
Password newPassword(const Args& args, const std::string& username) {
    return readPassword(args, "new-password-fd", "New password for " + username + ": ", Entry::Twice);
}

// --- user add -----------------------------------------------------------------------------------

constexpr std::string_view kAddHelp =
    R"~(Usage: lintas-cli user add NAME --db PATH --user ADMIN --roles ROLE,... [--display-name TEXT]
                          [--password-fd N] [--new-password-fd N] [--json]

Create the account NAME with the given roles (administrators only). Two passwords are needed: the
administrator's own (to sign in; it also unlocks the database key, which the new account's key
slot wraps), from --password-fd or typed on the terminal, and the new user's first password, from
--new-password-fd or typed twice. Both options may name the same descriptor: the sign-in
password is read first, then the new one, one line each. Passwords never come from an argument.

Roles: investigator, victim-support, liaison, supervisor, administrator (see docs/security.md).
User names: 2-64 of a-z, 0-9, '.', '_', '-'. Passwords: at least 10 characters, not the user name.

Options:
  --db PATH             the database
  --user ADMIN          who signs in: an administrator
  --roles ROLE,...      the new user's roles (at least one)
  --display-name TEXT   the new user's name as shown to others (default: NAME)
  --password-fd N       read the administrator's password from file descriptor N
  --new-password-fd N   read the new user's password from file descriptor N
  --json                print the new user as JSON
  --help                show this help

Example:
  lintas-cli user add inv.sari --db cases.lintas --user admin --roles investigator --display-name "Sari"
)~";

int add(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"roles"}, OptionSpec{"display-name"},
                                         kNewPasswordFdOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "NAME");
    const std::string name = usernameArg(args.positionals()[0]);
    const security::RoleSet roles = rolesArg("roles", args.required("roles"));
    const std::string displayName = args.value("display-name").value_or(name);
    SignedIn s = signIn(args);
    const Password initial = newPassword(args, name);
    const security::User u =
        unwrap(s.ws->users.create(name, displayName, roles, initial.text(), s.password.text()));
    if (args.flag("json")) {
        printJson(inv.out, userJson(u));
    } else {
        inv.out << "Created user " << u.username << " (" << rolesText(u.roles) << ")\n"
                << "UUID: " << u.uuid << '\n';
    }
    return 0;
}

// --- user list ----------------------------------------------------------------------------------

constexpr std::string_view kListHelp =
    R"~(Usage: lintas-cli user list --db PATH --user ADMIN [--password-fd N] [--json]

List every account with its roles, whether it is active, and its last sign-in (administrators only).

Options:
  --db PATH         the database
  --user ADMIN      who signs in: an administrator
  --password-fd N   read the password from file descriptor N
  --json            print {"users": [...]} as JSON
  --help            show this help
)~";

int list(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const auto users = unwrap(ws->users.list());
    if (args.flag("json")) {
        auto o = jsonObject();
        auto a = jsonArray();
        for (const auto& u : users)
            a->add(userJson(u));
        o->set("users", a);
        printJson(inv.out, o);
        return 0;
    }
    Table t({"USER", "NAME", "ROLES", "ACTIVE", "LAST SIGN-IN"});
    for (const auto& u : users)
        t.addRow({u.username, ellipsize(u.displayName, 30), rolesText(u.roles), u.active ? "yes" : "no (disabled)",
                  u.lastSignInAt.empty() ? "-" : u.lastSignInAt});
    t.print(inv.out);
    inv.out << users.size() << (users.size() == 1 ? " user" : " users") << '\n';
    return 0;
}

// --- user roles ---------------------------------------------------------------------------------

constexpr std::string_view kRolesHelp =
    R"~(Usage: lintas-cli user roles NAME ROLE,... --db PATH --user ADMIN [--password-fd N] [--json]

Replace the roles of account NAME (administrators only). Recorded in the audit log as a role
change. Refused when it would leave the database without an active administrator.

Options:
  --db PATH         the database
  --user ADMIN      who signs in: an administrator
  --password-fd N   read the password from file descriptor N
  --json            print the changed user as JSON
  --help            show this help

Example:
  lintas-cli user roles inv.sari investigator,supervisor --db cases.lintas --user admin
)~";

int roles(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(2, 2, "NAME and ROLES");
    const std::string name = usernameArg(args.positionals()[0]);
    const security::RoleSet roles = rolesArg("roles", args.positionals()[1]);
    auto ws = openWorkspace(args);
    const security::User before = unwrap(ws->users.byUsername(name));
    unwrap(ws->users.setRoles(before.uuid, roles));
    const security::User after = unwrap(ws->users.get(before.uuid));
    if (args.flag("json")) {
        printJson(inv.out, userJson(after));
    } else {
        inv.out << "Roles of " << after.username << ": " << rolesText(before.roles) << " -> " << rolesText(after.roles)
                << '\n';
    }
    return 0;
}

// --- user disable -------------------------------------------------------------------------------

constexpr std::string_view kDisableHelp =
    R"~(Usage: lintas-cli user disable NAME --db PATH --user ADMIN [--password-fd N]

Disable account NAME (administrators only): its key slot is removed from the key file, so its
password no longer opens the database, and the account is kept, inactive, for the audit log.
You cannot disable yourself, nor the last active administrator.

Options:
  --db PATH         the database
  --user ADMIN      who signs in: an administrator
  --password-fd N   read the password from file descriptor N
  --help            show this help
)~";

int disable(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "NAME");
    const std::string name = usernameArg(args.positionals()[0]);
    auto ws = openWorkspace(args);
    const security::User u = unwrap(ws->users.byUsername(name));
    unwrap(ws->users.disable(u.uuid));
    inv.out << "Disabled user " << u.username << '\n';
    return 0;
}

// --- user reset-password ------------------------------------------------------------------------

constexpr std::string_view kResetHelp =
    R"~(Usage: lintas-cli user reset-password NAME --db PATH --user ADMIN [--password-fd N] [--new-password-fd N]

Set a new password for account NAME, who forgot theirs (administrators only). The administrator's
own password (--password-fd or typed) unlocks the database key; the new one comes from
--new-password-fd or is typed twice. Tell the user to change it with `lintas-cli user passwd`.

Options:
  --db PATH             the database
  --user ADMIN          who signs in: an administrator
  --password-fd N       read the administrator's password from file descriptor N
  --new-password-fd N   read the new password from file descriptor N
  --help                show this help
)~";

int resetPassword(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kNewPasswordFdOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "NAME");
    const std::string name = usernameArg(args.positionals()[0]);
    SignedIn s = signIn(args);
    const security::User u = unwrap(s.ws->users.byUsername(name));
    const Password fresh = newPassword(args, u.username);
    unwrap(s.ws->users.resetPassword(u.uuid, fresh.text(), s.password.text()));
    inv.out << "New password set for " << u.username << '\n';
    return 0;
}

// --- user passwd --------------------------------------------------------------------------------

constexpr std::string_view kPasswdHelp =
    R"~(Usage: lintas-cli user passwd --db PATH --user NAME [--password-fd N] [--new-password-fd N]

Change your own password. The current one signs you in (--password-fd or typed); the new one
comes from --new-password-fd or is typed twice. It must be at least 10 characters long, differ
from your user name and from the current password.

Options:
  --db PATH             the database
  --user NAME           you
  --password-fd N       read the current password from file descriptor N
  --new-password-fd N   read the new password from file descriptor N
  --help                show this help
)~";

int passwd(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kNewPasswordFdOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    SignedIn s = signIn(args);
    const security::Session* session = s.ws->context().session();
    if (session == nullptr)
        throw CommandError(Error{ErrorCode::Internal, "sign-in", "no user is signed in"});
    const std::string self = session->username;
    const Password fresh = newPassword(args, self);
    unwrap(s.ws->users.changeOwnPassword(s.password.text(), fresh.text()));
    inv.out << "Password changed for " << self << '\n';
    return 0;
}

const std::array kUserCommands{
    Command{"add", "Create an account", kAddHelp, add},
    Command{"list", "List accounts", kListHelp, list},
    Command{"roles", "Replace an account's roles", kRolesHelp, roles},
    Command{"disable", "Disable an account", kDisableHelp, disable},
    Command{"reset-password", "Set a new password for an account", kResetHelp, resetPassword},
    Command{"passwd", "Change your own password", kPasswdHelp, passwd},
};

// --- settings -----------------------------------------------------------------------------------

constexpr std::string_view kShowHelp =
    R"~(Usage: lintas-cli settings show --db PATH --user NAME [--password-fd N] [--json]

Show the settings of this database: lock-after, the minutes of inactivity after which the
desktop application locks its window (0 = never).

Options:
  --db PATH         the database
  --user NAME       who signs in
  --password-fd N   read the password from file descriptor N
  --json            print {"lockAfterMinutes": N} as JSON
  --help            show this help
)~";

int show(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const int minutes = unwrap(ws->users.lockAfterMinutes());
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("lockAfterMinutes", minutes);
        printJson(inv.out, o);
    } else {
        inv.out << "lock-after: " << (minutes == 0 ? std::string("never") : std::to_string(minutes) + " minutes")
                << '\n';
    }
    return 0;
}

constexpr std::string_view kSetHelp =
    R"~(Usage: lintas-cli settings set lock-after MINUTES --db PATH --user ADMIN [--password-fd N]

Change a setting (administrators only; recorded in the audit log).

Settings:
  lock-after MINUTES   lock the desktop application after this many minutes without input,
                       0 to 1440; 0 = never (default 10)

Options:
  --db PATH         the database
  --user ADMIN      who signs in: an administrator
  --password-fd N   read the password from file descriptor N
  --help            show this help

Example:
  lintas-cli settings set lock-after 5 --db cases.lintas --user admin
)~";

int set(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(2, 2, "SETTING and VALUE");
    const std::string& name = args.positionals()[0];
    if (name != "lock-after")
        throw UsageError("unknown setting '" + name + "' (settings: lock-after)");
    const auto minutes = parseInteger(args.positionals()[1]);
    if (!minutes || *minutes < 0 || *minutes > 1440)
        throw UsageError("lock-after needs a whole number of minutes from 0 to 1440, not '" + args.positionals()[1] +
                         "'");
    auto ws = openWorkspace(args);
    unwrap(ws->users.setLockAfterMinutes(static_cast<int>(*minutes)));
    inv.out << "lock-after: " << (*minutes == 0 ? std::string("never") : std::to_string(*minutes) + " minutes")
            << '\n';
    return 0;
}

const std::array kSettingsCommands{
    Command{"show", "Show the settings", kShowHelp, show},
    Command{"set", "Change a setting", kSetHelp, set},
};

} // namespace

const std::string_view kUserHelp =
    R"~(Usage: lintas-cli user SUBCOMMAND [OPTIONS]

User accounts and their roles. Every subcommand but passwd is for administrators.

Subcommands:
  add NAME --roles ROLE,...    create an account
  list                         list accounts, roles and last sign-ins
  roles NAME ROLE,...          replace an account's roles
  disable NAME                 disable an account (its password no longer opens the database)
  reset-password NAME          set a new password for someone who forgot theirs
  passwd                       change your own password

Each takes --db PATH and --user NAME; passwords come from --password-fd / --new-password-fd or
are typed on the terminal, never from an argument. Run 'lintas-cli user SUBCOMMAND --help'.
)~";

const std::string_view kSettingsHelp =
    R"~(Usage: lintas-cli settings SUBCOMMAND [OPTIONS]

Settings kept in the database.

Subcommands:
  show                         show the settings
  set lock-after MINUTES       lock the desktop application after MINUTES idle (0 = never)

Each takes --db PATH and --user NAME. Run 'lintas-cli settings SUBCOMMAND --help'.
)~";

int userGroup(Invocation& inv) {
    return runGroup(inv, kUserHelp, kUserCommands);
}

int settingsGroup(Invocation& inv) {
    return runGroup(inv, kSettingsHelp, kSettingsCommands);
}

} // namespace lintas::cli::commands
