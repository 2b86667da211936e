#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "RecordJson.h"
#include "commands/Commands.h"
#include "lintas/domain/Geo.h"
#include "lintas/store/Database.h"

#include <array>

namespace lintas::cli::commands {
namespace {

using vocab::List;

constexpr std::string_view kAddHelp =
    R"~(Usage: lintas-cli person add --db PATH (--given NAME | --family NAME) [OPTIONS] [--case CASE --role ROLE]

Record a person. Whether they are a victim, suspect or witness depends on the case: add them to a
case in one go with --case and --role, or later with 'lintas-cli case add-party'. The person and
the role are saved together or not at all.

Options:
  --given NAMES          given name(s)
  --family NAME          family name
  --middle NAME          middle name
  --sex CODE             Female, Male, Intersex or Unknown (default)
  --gender CODE          see 'lintas-cli vocab gender' (default NonSpecifiedUnknown)
  --birth-date DATE      date of birth (YYYY-MM-DD)
  --estimated-age N      estimated age in years when the date of birth is unknown
  --citizenship ISO3     a citizenship; repeat or separate with commas (e.g. IDN,MYS)
  --language CODE        a language spoken, ISO 639 (e.g. id, ms, th, km, my); repeat or use commas
  --alias NAME[:SCRIPT[:TRANSLITERATION]]
                         another name, e.g. --alias "ដេវី:Khmr:Devi"; repeatable
  --id TYPE:VALUE[:COUNTRY]
                         an identifier, repeatable; TYPE is one of 'lintas-cli vocab identifier-type'
                         and COUNTRY the issuing country or, for a national phone number, the
                         country it is dialled in (default: the first citizenship), e.g.
                         --id Phone:"0812 3456 7890":IDN --id Passport:"c 123 4567":IDN
  --case CASE            a case reference or UUID to add the person to
  --role ROLE            their role in that case: Victim, Suspect, Witness or Other
  --role-details TEXT    more about the role
  --json                 print the stored person as JSON

Example:
  lintas-cli person add --db cases.lintas --given Dewi --family Lestari --sex Female --citizenship IDN \
      --id Phone:"0812 3456 7890":IDN --case IDN-BARESKRIM-2026-000001 --role Victim
)~";

constexpr std::string_view kShowHelp = R"~(Usage: lintas-cli person show UUID --db PATH [--reason TEXT] [--json]

Show a person: names, aliases, citizenships, languages, identifiers (as entered and in the
normalised form used for matching) and their roles across all cases.

A victim's identity (names, aliases, date of birth, identifiers and contacts, address) is masked.
Users whose roles may see it (investigator, victim-support officer, supervisor) see it with
--reason, which is recorded in the audit log with their name: say why you need it.

Options:
  --reason TEXT   why you need to see a victim's identity (recorded in the audit log)
  --json          print the person as JSON ("identityMasked": true when masked)
  --help          show this help
)~";

constexpr std::string_view kFindHelp =
    R"~(Usage: lintas-cli person find --db PATH (--phone NUMBER | --passport NUMBER | --id TYPE:VALUE[:COUNTRY] | --name TEXT) [--country ISO3] [--limit N] [--json]

Find people across all cases. Identifiers match exactly on their normalised form, so a phone
number matches however it was written ("+62 812-3456-7890", "0812 3456 7890" with --country IDN)
and a passport number regardless of spaces and letter case. Names match words and word prefixes in
names and aliases.

Options:
  --phone NUMBER     a phone number; a national number is read in --country
  --passport NUMBER  a passport number
  --id TYPE:VALUE[:COUNTRY]  any identifier type (see 'lintas-cli vocab identifier-type')
  --name TEXT        words of a name or alias
  --country ISO3     country for national phone numbers (default: your agency's country)
  --limit N          at most N people for --name (default 50)
  --json             {"matches": [{"uuid", "name", "matchedOn"}]}
)~";

/// Parses "NAME[:SCRIPT[:TRANSLITERATION]]".
Alias parseAlias(const std::string& text) {
    Alias a;
    const auto first = text.find(':');
    a.name = text.substr(0, first);
    if (first != std::string::npos) {
        const auto second = text.find(':', first + 1);
        a.script = text.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
        if (second != std::string::npos)
            a.transliteration = text.substr(second + 1);
    }
    if (a.name.empty())
        throw UsageError("option --alias takes NAME[:SCRIPT[:TRANSLITERATION]]");
    return a;
}

std::string lowerAscii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string languageWithName(const std::string& code) {
    const auto* l = geo::languageByCode(code);
    return l ? code + " (" + std::string(l->name) + ")" : code;
}

Poco::JSON::Object::Ptr personWithRoles(const Person& p, const std::vector<CaseParty>& roles) {
    auto o = toJson(p);
    o->set("roles", toJsonArray(roles));
    o->set("identityMasked", p.identityMasked);
    return o;
}

int add(Invocation& inv) {
    static constexpr std::array kOptions{
        kDbOption,
        kJsonOption,
        OptionSpec{"given"},
        OptionSpec{"family"},
        OptionSpec{"middle"},
        OptionSpec{"sex"},
        OptionSpec{"gender"},
        OptionSpec{"birth-date"},
        OptionSpec{"estimated-age"},
        OptionSpec{"citizenship", OptionSpec::Kind::Multi},
        OptionSpec{"language", OptionSpec::Kind::Multi},
        OptionSpec{"alias", OptionSpec::Kind::Multi},
        OptionSpec{"id", OptionSpec::Kind::Multi},
        OptionSpec{"case"},
        OptionSpec{"role"},
        OptionSpec{"role-details"},
    };
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    if (!args.has("given") && !args.has("family"))
        throw UsageError("missing required option --given or --family");
    if (args.has("case") != args.has("role"))
        throw UsageError(args.has("case") ? "option --case needs --role" : "option --role needs --case");

    Person p;
    p.givenNames = args.value("given").value_or("");
    p.familyName = args.value("family").value_or("");
    p.middleName = args.value("middle").value_or("");
    if (auto v = args.value("sex"))
        p.sex = codeArg(List::Sex, "sex", *v);
    if (auto v = args.value("gender"))
        p.gender = codeArg(List::Gender, "gender", *v);
    p.birthDate = optionalArg(args, "birth-date", dateArg);
    if (auto age = args.integer("estimated-age", 0, 130)) {
        p.estimatedAge = static_cast<int>(*age);
    }
    p.citizenships = countriesArg("citizenship", args.list("citizenship"));
    for (const auto& l : args.list("language"))
        p.languages.push_back(lowerAscii(l));
    for (const auto& a : args.values("alias"))
        p.aliases.push_back(parseAlias(a));
    for (const auto& id : args.values("id"))
        p.identifiers.push_back(identifierArg(id));
    const std::string role = args.has("role") ? codeArg(List::PersonRole, "role", *args.value("role")) : "";

    auto ws = openWorkspace(args);
    if (p.estimatedAge)
        p.ageEstimatedOn = ws->context().today();
    std::optional<Case> c;
    if (auto key = args.value("case"))
        c = findCase(*ws, *key);

    // The person and their role land together or not at all.
    store::Transaction tx(ws->db());
    unwrap(tx.begun());
    const Person stored = unwrap(ws->persons.create(p));
    if (c)
        unwrap(ws->cases.addParty(c->meta.uuid, stored.meta.uuid, role, args.value("role-details").value_or("")));
    unwrap(tx.commit());

    if (args.flag("json")) {
        printJson(inv.out, personWithRoles(stored, unwrap(ws->cases.rolesOf(stored.meta.uuid))));
        return 0;
    }
    inv.out << "Created person " << stored.meta.uuid << '\n';
    if (c)
        inv.out << "Added to case " << c->reference << " as " << role << '\n';
    return 0;
}

int show(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"reason"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "UUID of the person");
    const std::string uuid = uuidArg("person", args.positionals()[0]);
    const auto reason = args.value("reason");
    auto ws = openWorkspace(args);
    const Person p = unwrap(reason ? ws->persons.reveal(uuid, *reason) : ws->persons.get(uuid));
    const auto roles = unwrap(ws->cases.rolesOf(uuid));
    if (args.flag("json")) {
        printJson(inv.out, personWithRoles(p, roles));
        return 0;
    }
    const auto agencies = agencyLabels(*ws);
    inv.out << oneLine(p.displayName()) << '\n';
    Fields f;
    f.add("UUID", p.meta.uuid);
    f.add("Given names", p.givenNames);
    f.add("Middle name", p.middleName);
    f.add("Family name", p.familyName);
    f.add("Sex", codeWithLabel(List::Sex, p.sex));
    f.add("Gender", codeWithLabel(List::Gender, p.gender));
    f.add("Born", p.birthDate);
    if (p.estimatedAge)
        f.add("Estimated age", std::to_string(*p.estimatedAge) + (p.ageEstimatedOn ? " on " + *p.ageEstimatedOn : ""));
    if (p.deceased)
        f.add("Deceased", std::string("yes"));
    if (p.maritalStatus)
        f.add("Marital status", codeWithLabel(List::MaritalStatus, *p.maritalStatus));
    if (p.numberOfChildren)
        f.add("Children", std::to_string(*p.numberOfChildren));
    if (p.education)
        f.add("Education", codeWithLabel(List::Education, *p.education));
    f.add("Citizenship", countriesWithNames(p.citizenships));
    std::vector<std::string> languages;
    for (const auto& l : p.languages)
        languages.push_back(languageWithName(l));
    f.add("Languages", join(languages));
    std::vector<std::string> address;
    for (const auto* part : {&p.street, &p.city, &p.state, &p.postalCode})
        if (!part->empty())
            address.push_back(*part);
    if (p.country)
        address.push_back(countryWithName(*p.country));
    f.add("Address", join(address));
    const auto agency = agencies.find(p.meta.originAgency);
    f.add("Origin agency", agency == agencies.end() ? p.meta.originAgency : agency->second);
    f.add("Created", p.meta.createdAt);
    f.add("Updated", p.meta.updatedAt + " (version " + std::to_string(p.meta.version) + ")");
    if (p.identityMasked)
        f.add("Identity", std::string("masked (a victim): add --reason TEXT to see it; the reason is recorded in "
                                      "the audit log"));
    f.print(inv.out);

    printHeading(inv.out, "Aliases", p.aliases.size());
    if (!p.aliases.empty()) {
        Table t({"NAME", "SCRIPT", "TRANSLITERATION"});
        for (const auto& a : p.aliases)
            t.addRow({a.name, a.script, a.transliteration});
        t.print(inv.out);
    }
    printHeading(inv.out, "Identifiers", p.identifiers.size());
    if (!p.identifiers.empty()) {
        Table t({"TYPE", "AS ENTERED", "NORMALISED", "COUNTRY"});
        for (const auto& id : p.identifiers)
            t.addRow(
                {labelOf(List::IdentifierType, id.type), id.value, id.normalized, valueOr(id.issuingCountry, "-")});
        t.print(inv.out);
    }
    printHeading(inv.out, "Roles in cases", roles.size());
    if (!roles.empty()) {
        Table t({"CASE", "ROLE", "DETAILS", "SINCE"});
        for (const auto& r : roles)
            t.addRow({r.caseReference, r.role, r.roleDetails, r.addedAt});
        t.print(inv.out);
    }
    return 0;
}

int find(Invocation& inv) {
    static constexpr std::array kOptions{
        kDbOption,        kJsonOption,        OptionSpec{"phone"},   OptionSpec{"passport"},
        OptionSpec{"id"}, OptionSpec{"name"}, OptionSpec{"country"}, OptionSpec{"limit"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const int given = static_cast<int>(args.has("phone")) + static_cast<int>(args.has("passport")) +
                      static_cast<int>(args.has("id")) + static_cast<int>(args.has("name"));
    if (given != 1)
        throw UsageError(given == 0 ? "give one of --phone, --passport, --id or --name"
                                    : "give only one of --phone, --passport, --id or --name");
    const auto limit = args.integer("limit", 1, 10000).value_or(50);
    std::optional<std::string> country = optionalArg(args, "country", countryArg);

    auto ws = openWorkspace(args);
    std::vector<PersonMatch> matches;
    if (auto name = args.value("name")) {
        matches = unwrap(ws->persons.findByName(*name, static_cast<int>(limit)));
    } else {
        Identifier id;
        if (auto phone = args.value("phone")) {
            id.type = "Phone";
            id.value = *phone;
        } else if (auto passport = args.value("passport")) {
            id.type = "Passport";
            id.value = *passport;
        } else {
            id = identifierArg(*args.value("id"));
        }
        if (!country)
            country = id.issuingCountry;
        if (!country) // a national number is most likely one of our own country's
            country = unwrap(ws->agencies.local()).country;
        matches = unwrap(ws->persons.findByIdentifier(id.type, id.value, country));
    }

    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("matches", toJsonArray(matches));
        printJson(inv.out, o);
        return 0;
    }
    if (matches.empty()) {
        inv.out << "No one found.\n";
        return 0;
    }
    Table t({"UUID", "NAME", "MATCHED ON"});
    for (const auto& m : matches)
        t.addRow({m.uuid, m.name, m.matchedOn});
    t.print(inv.out);
    inv.out << matches.size() << (matches.size() == 1 ? " person\n" : " people\n");
    return 0;
}

} // namespace

const std::string_view kPersonHelp = R"~(Usage: lintas-cli person SUBCOMMAND --db PATH [OPTIONS]

Subcommands:
  add     Record a person, with aliases and identifiers, optionally in a case role
  show    Show a person with identifiers and roles across cases
  find    Find people by phone, passport, any identifier or name

Run 'lintas-cli person SUBCOMMAND --help' for the options of each.
)~";

int personGroup(Invocation& inv) {
    static const std::array<Command, 3> kSubcommands{{
        {"add", "Record a person", kAddHelp, add},
        {"show", "Show a person", kShowHelp, show},
        {"find", "Find people", kFindHelp, find},
    }};
    return runGroup(inv, kPersonHelp, kSubcommands);
}

} // namespace lintas::cli::commands
