#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "commands/Commands.h"

#include <array>

namespace lintas::cli::commands {
namespace {

using vocab::List;

constexpr std::string_view kAddHelp =
    R"~(Usage: lintas-cli org add --db PATH --name NAME [--type CODE] [--country ISO3] [OPTIONS]

Record an organisation: a recruitment agency, employer, scam compound, shelter, NGO or other
service provider. Its UUID is what 'lintas-cli referral add --provider' takes.

Options:
  --name NAME            the organisation's name
  --type CODE            see 'lintas-cli vocab organisation-type' (default Other)
  --country ISO3         country of registration or main seat
  --phone TEXT           main phone number, as written
  --website URL          website
  --notes TEXT           anything else worth knowing
  --id TYPE:VALUE[:COUNTRY]
                         an identifier (registration number, phone, bank account...); repeatable
  --json                 print the stored organisation as JSON

Example:
  lintas-cli org add --db cases.lintas --name "Rumah Aman Batam (synthetic)" --type Shelter --country IDN
)~";

constexpr std::string_view kListHelp = R"~(Usage: lintas-cli org list --db PATH [--type CODE] [--limit N] [--json]

List organisations by name, optionally of one type.
)~";

Poco::JSON::Object::Ptr orgJson(const Organisation& o) {
    auto obj = jsonObject();
    obj->set("uuid", o.meta.uuid);
    obj->set("name", o.name);
    obj->set("type", o.type);
    obj->set("country", jsonOptional(o.country));
    obj->set("phone", o.phone);
    obj->set("website", o.website);
    obj->set("notes", o.notes);
    auto ids = jsonArray();
    for (const auto& id : o.identifiers) {
        auto io = jsonObject();
        io->set("type", id.type);
        io->set("value", id.value);
        io->set("normalized", id.normalized);
        io->set("issuingCountry", jsonOptional(id.issuingCountry));
        ids->add(io);
    }
    obj->set("identifiers", ids);
    obj->set("originAgency", o.meta.originAgency);
    obj->set("createdAt", o.meta.createdAt);
    obj->set("updatedAt", o.meta.updatedAt);
    obj->set("version", o.meta.version);
    return obj;
}

int add(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,
                                         kJsonOption,
                                         OptionSpec{"name"},
                                         OptionSpec{"type"},
                                         OptionSpec{"country"},
                                         OptionSpec{"phone"},
                                         OptionSpec{"website"},
                                         OptionSpec{"notes"},
                                         OptionSpec{"id", OptionSpec::Kind::Multi}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    Organisation o;
    o.name = args.required("name");
    if (auto t = args.value("type"))
        o.type = codeArg(List::OrganisationType, "type", *t);
    o.country = optionalArg(args, "country", countryArg);
    o.phone = args.value("phone").value_or("");
    o.website = args.value("website").value_or("");
    o.notes = args.value("notes").value_or("");
    for (const auto& id : args.values("id"))
        o.identifiers.push_back(identifierArg(id));
    auto ws = openWorkspace(args);
    const Organisation stored = unwrap(ws->organisations.create(o));
    if (args.flag("json"))
        printJson(inv.out, orgJson(stored));
    else
        inv.out << "Created organisation " << stored.meta.uuid << '\n';
    return 0;
}

int list(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"type"}, OptionSpec{"limit"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string type = args.value("type") ? codeArg(List::OrganisationType, "type", *args.value("type")) : "";
    const auto limit = args.integer("limit", 1, 100000).value_or(1000);
    auto ws = openWorkspace(args);
    const auto orgs = unwrap(ws->organisations.list(type, static_cast<int>(limit)));
    if (args.flag("json")) {
        auto o = jsonObject();
        auto arr = jsonArray();
        for (const auto& org : orgs)
            arr->add(orgJson(org));
        o->set("organisations", arr);
        printJson(inv.out, o);
        return 0;
    }
    if (orgs.empty()) {
        inv.out << "No organisations.\n";
        return 0;
    }
    Table t({"UUID", "TYPE", "COUNTRY", "NAME"});
    for (const auto& org : orgs)
        t.addRow({org.meta.uuid, labelOf(List::OrganisationType, org.type), valueOr(org.country, "-"), org.name});
    t.print(inv.out);
    inv.out << orgs.size() << (orgs.size() == 1 ? " organisation\n" : " organisations\n");
    return 0;
}

} // namespace

const std::string_view kOrganisationHelp = R"~(Usage: lintas-cli org SUBCOMMAND --db PATH [OPTIONS]

Subcommands:
  add     Record an organisation (e.g. a shelter to refer victims to)
  list    List organisations

Run 'lintas-cli org SUBCOMMAND --help' for the options of each.
)~";

int organisationGroup(Invocation& inv) {
    static const std::array<Command, 2> kSubcommands{{
        {"add", "Record an organisation", kAddHelp, add},
        {"list", "List organisations", kListHelp, list},
    }};
    return runGroup(inv, kOrganisationHelp, kSubcommands);
}

} // namespace lintas::cli::commands
