#include "CliError.h"
#include "Output.h"
#include "RecordJson.h"
#include "commands/Commands.h"

#include <array>

namespace lintas::cli::commands {

const std::string_view kInitHelp =
    R"~(Usage: lintas-cli init --db PATH --agency-code CODE --country ISO3 --agency-name NAME [--json]

Create a new Lintas database at PATH, owned by your agency. Every record created in it carries
this agency as its origin, and case references start with COUNTRY-CODE (e.g. IDN-BARESKRIM-2026-000001).
An existing database or any other non-empty file at PATH is refused and left as it is.

Options:
  --db PATH             the database file to create (its directory is created when missing)
  --agency-code CODE    your agency's code: upper-case letters, digits, '-' and '_' (e.g. BARESKRIM)
  --country ISO3        your agency's country, ISO 3166-1 alpha-3 (e.g. IDN)
  --agency-name NAME    your agency's name
  --json                print the new agency as JSON
  --help                show this help

Example:
  lintas-cli init --db cases.lintas --agency-code BARESKRIM --country IDN --agency-name "Bareskrim Polri"
)~";

int init(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"agency-code"}, OptionSpec{"country"},
                                         OptionSpec{"agency-name"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string path = args.required("db");
    Agency agency;
    agency.code = upperAscii(args.required("agency-code"));
    agency.country = upperAscii(args.required("country"));
    agency.name = args.required("agency-name");

    auto ws = unwrap(Workspace::create(path, agency));
    const Agency local = unwrap(ws->agencies.local());
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("database", path);
        o->set("agency", toJson(local));
        printJson(inv.out, o);
    } else {
        inv.out << "Created Lintas database " << path << '\n'
                << "Agency: " << local.country << '/' << local.code << " - " << oneLine(local.name) << '\n';
    }
    return 0;
}

} // namespace lintas::cli::commands
