#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "commands/Commands.h"
#include "lintas/Time.h"
#include "lintas/service/DemoGenerator.h"

#include <array>
#include <csignal>

namespace lintas::cli::commands {
namespace {

volatile std::sig_atomic_t gInterrupted = 0;

extern "C" void onInterrupt(int /*signal*/) {
    gInterrupted = 1;
}

/// Restores the previous SIGINT handler when the run ends.
class InterruptGuard {
public:
    InterruptGuard() : m_previous(std::signal(SIGINT, onInterrupt)) { gInterrupted = 0; }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int);
};

} // namespace

const std::string_view kDemoHelp =
    R"~(Usage: lintas-cli demo --db PATH --cases N --user NAME [--password-fd N] [--seed S] [--today YYYY-MM-DD]
                      [--agency-code CODE --country ISO3 --agency-name NAME]
                      [--display-name TEXT] [--roles ROLE,...] [--json]

Fill a database with realistic synthetic data for training, demonstrations and tests: cases with
victims, suspects shared across cases and countries, organisations, journeys and referrals in every
state (some overdue). Every person in it is invented.

The same seed and day give the same data, UUIDs included: records are stamped with the start of
the day given by --today (default: today, UTC).

Demo data goes only into a new database or one without cases, never among real cases. When PATH
does not exist it is created, encrypted, for the agency given by --agency-code/--country/
--agency-name (default IDN/BARESKRIM, "Demo agency (synthetic data)"), with --user as its
administrator; the password is then typed twice (or read once from --password-fd). For a
demonstration that user holds every role unless --roles says otherwise. When PATH exists,
--user signs in as usual.

Progress is shown on stderr when it is a terminal; Ctrl-C stops after the current batch and keeps
what was already written.

Options:
  --db PATH            the database to fill
  --cases N            how many cases to generate (1 to 100000)
  --user NAME          who signs in (or, for a new database, its administrator)
  --password-fd N      read the password from file descriptor N (one line)
  --seed S             the random seed (default 1)
  --today DATE         the day the data is generated as of (default: today, UTC)
  --agency-code CODE   agency of a newly created database (default BARESKRIM)
  --country ISO3       its country (default IDN)
  --agency-name NAME   its name (default "Demo agency (synthetic data)")
  --display-name TEXT  the new administrator's name as shown to others (default: the user name)
  --roles ROLE,...     the new administrator's other roles (default: all of them)
  --json               print the summary as JSON
  --help               show this help

Example:
  lintas-cli demo --db demo.lintas --cases 200 --seed 7 --user trainer
)~";

int demo(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,
                                         kJsonOption,
                                         OptionSpec{"cases"},
                                         OptionSpec{"seed"},
                                         OptionSpec{"today"},
                                         OptionSpec{"agency-code"},
                                         OptionSpec{"country"},
                                         OptionSpec{"agency-name"},
                                         OptionSpec{"display-name"},
                                         OptionSpec{"roles"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string path = args.required("db");
    const auto cases = args.integer("cases", 1, 100000);
    if (!cases)
        throw UsageError("missing required option --cases");
    const auto seed = args.integer("seed", 0, INT64_MAX).value_or(1);
    std::string today = args.value("today").value_or("");
    if (today.empty()) {
        today = formatDate(std::chrono::system_clock::now());
    } else if (!isIsoDate(today)) {
        throw UsageError("option --today needs a date written YYYY-MM-DD, not '" + today + "'");
    }

    // A fixed clock and seeded UUIDs make the run reproducible: same seed, same day, same data.
    Workspace::Options options = workspaceOptions();
    options.clock = std::make_shared<FixedClock>(*parseTimestamp(today + "T00:00:00Z"));
    options.ids = std::make_shared<SeededIdGenerator>(static_cast<std::uint64_t>(seed));

    const auto kind = Workspace::probe(path);
    const bool exists = kind != store::FileKind::Missing && kind != store::FileKind::Empty;
    std::unique_ptr<Workspace> ws;
    if (exists) {
        ws = openWorkspace(args, options);
        // Counted directly: the generator's user may hold no right to read cases.
        if (unwrap(ws->db().queryInt("SELECT COUNT(*) FROM case_file")) > 0)
            throw CommandError("database", "already holds cases; demo data goes only into a new or empty database");
    } else {
        Agency agency;
        agency.code = upperAscii(args.value("agency-code").value_or("BARESKRIM"));
        agency.country = upperAscii(args.value("country").value_or("IDN"));
        agency.name = args.value("agency-name").value_or("Demo agency (synthetic data)");
        (void)args.required("user");
        unwrap(AgencyService::validate(agency));
        security::RoleSet everyRole = security::RoleSet::all();
        everyRole.remove(security::Role::Administrator);
        FirstUser first = firstUserArgs(args, everyRole);
        auto created = Workspace::create(path, agency, first, options);
        security::wipeString(first.password);
        ws = unwrap(std::move(created));
    }

    DemoOptions demoOptions;
    demoOptions.cases = static_cast<int>(*cases);
    demoOptions.seed = static_cast<std::uint64_t>(seed);
    const bool showProgress = inv.errIsTerminal;
    demoOptions.progress = [&inv, showProgress](int done, int total) {
        if (showProgress)
            inv.err << "\rGenerating demo data: " << done << '/' << total << " cases" << std::flush;
        return gInterrupted == 0;
    };

    InterruptGuard guard;
    auto summary = generateDemo(*ws, demoOptions);
    if (showProgress)
        inv.err << '\n';
    const DemoSummary s = unwrap(std::move(summary));

    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("database", path);
        o->set("seed", static_cast<std::int64_t>(seed));
        o->set("today", today);
        o->set("cases", s.cases);
        o->set("persons", s.persons);
        o->set("organisations", s.organisations);
        o->set("referrals", s.referrals);
        o->set("cancelled", s.cancelled);
        printJson(inv.out, o);
    } else {
        inv.out << (s.cancelled ? "Stopped early; kept" : "Generated") << " synthetic demo data in " << path
                << " (seed " << seed << ", as of " << today << "):\n";
        Table t({"RECORDS", "COUNT"});
        t.addRow({"cases", std::to_string(s.cases)});
        t.addRow({"persons", std::to_string(s.persons)});
        t.addRow({"organisations", std::to_string(s.organisations)});
        t.addRow({"referrals", std::to_string(s.referrals)});
        t.print(inv.out, "  ");
    }
    if (s.cancelled)
        throw CommandError("demo", "cancelled");
    return 0;
}

} // namespace lintas::cli::commands
