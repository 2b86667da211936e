#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "RecordJson.h"
#include "commands/Commands.h"

#include <array>

namespace lintas::cli::commands {

const std::string_view kInitHelp =
    R"~(Usage: lintas-cli init --db PATH --agency-code CODE --country ISO3 --agency-name NAME --user NAME
                      [--display-name TEXT] [--roles ROLE,...] [--password-fd N] [--json]

Create a new encrypted Lintas database at PATH, owned by your agency, and its first user, the
administrator. Every record created in it carries this agency as its origin, and case references
start with COUNTRY-CODE (e.g. IDN-BARESKRIM-2026-000001). An existing database or any other
non-empty file at PATH is refused and left as it is.

The database is encrypted under a random key. The key file PATH.keyring beside it holds that key
wrapped under each user's password: keep it with the database (and in every backup); without it
the database cannot be opened by anyone.

The administrator's password is typed twice on the terminal (without echo), or read once from a
file descriptor with --password-fd. It never comes from an argument. It must be at least 10
characters long and differ from the user name.

Options:
  --db PATH             the database file to create (its directory is created when missing)
  --agency-code CODE    your agency's code: upper-case letters, digits, '-' and '_' (e.g. BARESKRIM)
  --country ISO3        your agency's country, ISO 3166-1 alpha-3 (e.g. IDN)
  --agency-name NAME    your agency's name
  --user NAME           the administrator's user name: 2-64 of a-z, 0-9, '.', '_', '-'
  --display-name TEXT   the administrator's name as shown to others (default: the user name)
  --roles ROLE,...      roles besides administrator (investigator, victim-support, liaison,
                        supervisor); the administrator alone sees no case content
  --password-fd N       read the password from file descriptor N (one line)
  --json                print the new agency and administrator as JSON
  --help                show this help

Example:
  lintas-cli init --db cases.lintas --agency-code BARESKRIM --country IDN --agency-name "Bareskrim Polri" \
      --user admin.sari --display-name "Sari Wulandari"
)~";

int init(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,           kJsonOption,          OptionSpec{"agency-code"},
                                         OptionSpec{"country"}, OptionSpec{"agency-name"}, OptionSpec{"display-name"},
                                         OptionSpec{"roles"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string path = args.required("db");
    Agency agency;
    agency.code = upperAscii(args.required("agency-code"));
    agency.country = upperAscii(args.required("country"));
    agency.name = args.required("agency-name");
    (void)args.required("user");
    // Checked before a password is asked for: a typo is not worth typing it twice.
    unwrap(AgencyService::validate(agency));
    if (const auto kind = Workspace::probe(path); kind != store::FileKind::Missing && kind != store::FileKind::Empty)
        throw CommandError(Error{ErrorCode::Duplicate, "database", "a file already exists at that path"});

    FirstUser first = firstUserArgs(args);
    auto created = Workspace::create(path, agency, first, workspaceOptions());
    security::wipeString(first.password);
    auto ws = unwrap(std::move(created));
    const Agency local = unwrap(ws->agencies.local());
    const security::Session& admin = ws->session();
    const std::string keyring = Workspace::keyringPathFor(path);
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("database", path);
        o->set("keyring", keyring);
        o->set("agency", toJson(local));
        auto u = jsonObject();
        u->set("uuid", admin.userUuid);
        u->set("username", admin.username);
        u->set("roles", admin.roles.toString());
        o->set("administrator", u);
        printJson(inv.out, o);
    } else {
        inv.out << "Created Lintas database " << path << '\n'
                << "Agency: " << local.country << '/' << local.code << " - " << oneLine(local.name) << '\n'
                << "Administrator: " << admin.username << " (" << admin.roles.toString() << ")\n"
                << "Key file: " << keyring << " (keep it with the database and in every backup)\n";
    }
    return 0;
}

} // namespace lintas::cli::commands
