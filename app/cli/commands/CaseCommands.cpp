#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "RecordJson.h"
#include "commands/Commands.h"
#include "lintas/domain/Geo.h"

#include <array>
#include <map>

namespace lintas::cli::commands {
namespace {

using vocab::List;

constexpr std::string_view kListHelp =
    R"~(Usage: lintas-cli case list --db PATH [FILTERS] [--sort KEY] [--asc|--desc] [--limit N] [--offset N] [--json]

List cases, newest change first unless sorted otherwise. Filters combine (all must match).

Filters:
  --status CODE          case status (see 'lintas-cli vocab case-status')
  --country ISO3         a country involved in the case
  --exploitation CODE    a form of exploitation (see 'lintas-cli vocab exploitation-type')
  --owner NAME           the case owner (exact)
  --tlp LABEL            CLEAR, GREEN, AMBER, AMBER+STRICT or RED
  --opened-from DATE     opened on or after DATE (YYYY-MM-DD)
  --opened-to DATE       opened on or before DATE
  --text WORDS           words in the reference, title or summary (each word as a prefix)

Order and page:
  --sort KEY             updated (default), reference, title, status, opened, owner or tlp
  --asc, --desc          ascending or descending (default: descending for updated and opened,
                         ascending otherwise)
  --limit N              at most N cases (default 100, at most 10000)
  --offset N             skip the first N cases (default 0)

Output:
  --json                 {"total", "offset", "limit", "cases": [...]} instead of a table
)~";

constexpr std::string_view kShowHelp = R"~(Usage: lintas-cli case show CASE --db PATH [--json]

Show one case in full: its fields, the people in it and their roles, the victims' journeys, links
to other cases, referrals, notes and attachments. CASE is the case reference
(e.g. IDN-BARESKRIM-2026-000001) or its UUID.
)~";

constexpr std::string_view kCaseFieldOptions = R"~(  --title TEXT           short title of the case
  --status CODE          case status (default Reported; see 'lintas-cli vocab case-status')
  --exploitation CODES   forms of exploitation; repeat the option or separate codes with commas
                         (see 'lintas-cli vocab exploitation-type')
  --country ISO3S        countries involved; repeat or separate with commas (e.g. IDN,KHM)
  --summary TEXT         what the case is about
  --opened DATE          the day the case was opened (YYYY-MM-DD)
  --closed DATE          the day it was closed (only with a closed status)
  --closure-reason TEXT  why it was closed
  --owner NAME           the investigator in charge
  --tlp LABEL            Traffic Light Protocol marking (default AMBER)
  --handling CODE        handling code H0-H3 (default H2; see 'lintas-cli vocab handling-code')
  --json                 print the stored case as JSON
)~";

const std::string kAddHelp = std::string(R"~(Usage: lintas-cli case add --db PATH --title TEXT [OPTIONS]

Create a case. Its reference (COUNTRY-AGENCY-YEAR-NUMBER) is assigned from the year it was opened;
the new reference and UUID are printed.

Options:
)~") + std::string(kCaseFieldOptions) +
                             R"~(
Example:
  lintas-cli case add --db cases.lintas --title "Online job scam, Sihanoukville" \
      --status UnderInvestigation --exploitation ForcedCriminality --country IDN,KHM --opened 2026-02-01
)~";

const std::string kUpdateHelp = std::string(R"~(Usage: lintas-cli case update CASE --db PATH [OPTIONS]

Change the fields given; everything else stays as it is. CASE is a reference or UUID. A list option
(--exploitation, --country) replaces the whole list; an empty value ("") clears a field or list.
If someone else saved the case at the same moment, nothing is changed and you are told so.

Options:
)~") + std::string(kCaseFieldOptions) +
                                R"~(
Example:
  lintas-cli case update IDN-BARESKRIM-2026-000001 --db cases.lintas --status ReferredForProsecution
)~";

constexpr std::string_view kAddPartyHelp =
    R"~(Usage: lintas-cli case add-party CASE --db PATH --person UUID --role ROLE [--details TEXT]

Add a person who is already recorded to a case in a role: Victim, Suspect, Witness or Other. One
person may have different roles in different cases (to create a person and add them in one go,
use 'lintas-cli person add --case CASE --role ROLE').
)~";

constexpr std::string_view kNoteHelp =
    R"~(Usage: lintas-cli case note CASE --db PATH --text TEXT [--kind KIND] [--author NAME] [--at TIMESTAMP] [--json]

Add a note to the case timeline.

Options:
  --text TEXT        the note
  --kind KIND        Note (default), Event, Interview, Operation, CourtHearing or Other
  --author NAME      who wrote it
  --at TIMESTAMP     when it happened, YYYY-MM-DDTHH:MM:SSZ in UTC (default: now)
  --json             print the stored note as JSON
)~";

constexpr std::array kCaseFieldSpecs{
    OptionSpec{"title"},
    OptionSpec{"status"},
    OptionSpec{"exploitation", OptionSpec::Kind::Multi},
    OptionSpec{"country", OptionSpec::Kind::Multi},
    OptionSpec{"summary"},
    OptionSpec{"opened"},
    OptionSpec{"closed"},
    OptionSpec{"closure-reason"},
    OptionSpec{"owner"},
    OptionSpec{"tlp"},
    OptionSpec{"handling"},
    kDbOption,
    kJsonOption,
};

std::optional<std::string> optionalDate(const Args& args, std::string_view name) {
    const auto v = args.value(name);
    if (!v || v->empty())
        return std::nullopt;
    return dateArg(name, *v);
}

/// Applies the case field options given in `args` to `c`; returns how many were given.
int applyCaseFields(const Args& args, Case& c) {
    int changed = 0;
    if (auto v = args.value("title")) {
        c.title = *v;
        ++changed;
    }
    if (auto v = args.value("status")) {
        c.status = codeArg(List::CaseStatus, "status", *v);
        ++changed;
    }
    if (args.has("exploitation")) {
        c.exploitationForms = codesArg(List::ExploitationType, "exploitation", args.list("exploitation"));
        ++changed;
    }
    if (args.has("country")) {
        c.countries = countriesArg("country", args.list("country"));
        ++changed;
    }
    if (auto v = args.value("summary")) {
        c.summary = *v;
        ++changed;
    }
    if (args.has("opened")) {
        c.openedOn = optionalDate(args, "opened");
        ++changed;
    }
    if (args.has("closed")) {
        c.closedOn = optionalDate(args, "closed");
        ++changed;
    }
    if (auto v = args.value("closure-reason")) {
        c.closureReason = *v;
        ++changed;
    }
    if (auto v = args.value("owner")) {
        c.owner = *v;
        ++changed;
    }
    if (auto v = args.value("tlp")) {
        c.tlp = codeArg(List::Tlp, "tlp", *v);
        ++changed;
    }
    if (auto v = args.value("handling")) {
        c.handlingCode = codeArg(List::HandlingCode, "handling", *v);
        ++changed;
    }
    return changed;
}

void printCreatedOrUpdated(Invocation& inv, const Args& args, const Case& c, std::string_view verb) {
    if (args.flag("json")) {
        printJson(inv.out, toJson(c));
        return;
    }
    inv.out << verb << " case " << c.reference << '\n' << "UUID: " << c.meta.uuid << '\n';
}

/// "Name (UUID)" of an organisation, or the UUID alone when it cannot be read.
std::string organisationName(Workspace& ws, const std::optional<std::string>& uuid) {
    if (!uuid)
        return {};
    auto org = ws.organisations.get(*uuid);
    return org ? org->name + " (" + *uuid + ")" : *uuid;
}

CaseQuery::Sort parseSort(const std::string& key) {
    static const std::map<std::string, CaseQuery::Sort, std::less<>> kSorts{
        {"updated", CaseQuery::Sort::UpdatedAt}, {"reference", CaseQuery::Sort::Reference},
        {"title", CaseQuery::Sort::Title},       {"status", CaseQuery::Sort::CaseStatus},
        {"opened", CaseQuery::Sort::OpenedOn},   {"owner", CaseQuery::Sort::Owner},
        {"tlp", CaseQuery::Sort::Tlp},
    };
    const auto it = kSorts.find(key);
    if (it == kSorts.end())
        throw UsageError("option --sort takes updated, reference, title, status, opened, owner or tlp, not '" + key +
                         "'");
    return it->second;
}

int list(Invocation& inv) {
    static constexpr std::array kOptions{
        kDbOption,
        kJsonOption,
        OptionSpec{"status"},
        OptionSpec{"country"},
        OptionSpec{"exploitation"},
        OptionSpec{"owner"},
        OptionSpec{"tlp"},
        OptionSpec{"opened-from"},
        OptionSpec{"opened-to"},
        OptionSpec{"text"},
        OptionSpec{"sort"},
        OptionSpec{"asc", OptionSpec::Kind::Flag},
        OptionSpec{"desc", OptionSpec::Kind::Flag},
        OptionSpec{"limit"},
        OptionSpec{"offset"},
    };
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    if (args.flag("asc") && args.flag("desc"))
        throw UsageError("give --asc or --desc, not both");
    CaseQuery q;
    q.sort = args.value("sort") ? parseSort(*args.value("sort")) : CaseQuery::Sort::UpdatedAt;
    q.descending = q.sort == CaseQuery::Sort::UpdatedAt || q.sort == CaseQuery::Sort::OpenedOn;
    if (args.flag("asc"))
        q.descending = false;
    if (args.flag("desc"))
        q.descending = true;
    q.limit = args.integer("limit", 1, 10000).value_or(100);
    q.offset = args.integer("offset", 0, INT64_MAX).value_or(0);
    const auto codeCheck = [](List l) {
        return [l](std::string_view name, const std::string& v) { return codeArg(l, name, v); };
    };
    q.status = optionalArg(args, "status", codeCheck(List::CaseStatus));
    q.exploitationForm = optionalArg(args, "exploitation", codeCheck(List::ExploitationType));
    q.tlp = optionalArg(args, "tlp", codeCheck(List::Tlp));
    q.country = optionalArg(args, "country", countryArg);
    q.openedFrom = optionalArg(args, "opened-from", dateArg);
    q.openedTo = optionalArg(args, "opened-to", dateArg);
    q.owner = args.value("owner");
    q.text = args.value("text").value_or("");

    auto ws = openWorkspace(args);
    const auto cases = unwrap(ws->cases.list(q));
    const auto total = unwrap(ws->cases.count(q));

    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("total", total);
        o->set("offset", q.offset);
        o->set("limit", q.limit);
        o->set("cases", toJsonArray(cases));
        printJson(inv.out, o);
        return 0;
    }
    if (cases.empty()) {
        inv.out << (total == 0 ? "No cases match.\n" : "No cases on this page.\n");
        if (total > 0)
            inv.out << total << " cases match; try a smaller --offset.\n";
        return 0;
    }
    Table t({"REFERENCE", "STATUS", "TLP", "OPENED", "OWNER", "VICTIMS", "SUSPECTS", "TITLE"});
    for (const auto& c : cases)
        t.addRow({c.reference, labelOf(List::CaseStatus, c.status), c.tlp, valueOr(c.openedOn, "-"),
                  c.owner.empty() ? "-" : c.owner, std::to_string(c.victimCount), std::to_string(c.suspectCount),
                  ellipsize(c.title, 60)});
    t.print(inv.out);
    const auto first = q.offset + 1;
    const auto last = q.offset + static_cast<std::int64_t>(cases.size());
    if (first == 1 && last == total)
        inv.out << total << (total == 1 ? " case\n" : " cases\n");
    else
        inv.out << "Cases " << first << "-" << last << " of " << total
                << (last < total ? " (use --offset " + std::to_string(last) + " for more)\n" : "\n");
    return 0;
}

int show(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "CASE (a case reference or UUID)");
    auto ws = openWorkspace(args);
    const Case c = findCase(*ws, args.positionals()[0]);
    const auto parties = unwrap(ws->cases.parties(c.meta.uuid));
    const auto journey = unwrap(ws->links.journey(c.meta.uuid));
    const auto links = unwrap(ws->links.caseLinks(c.meta.uuid));
    ReferralQuery rq;
    rq.caseUuid = c.meta.uuid;
    const auto referrals = unwrap(ws->referrals.list(rq));
    const auto notes = unwrap(ws->notes.notes(c.meta.uuid));
    const auto attachments = unwrap(ws->notes.attachments(c.meta.uuid));

    if (args.flag("json")) {
        auto o = toJson(c);
        o->set("parties", toJsonArray(parties));
        o->set("journey", toJsonArray(journey));
        o->set("links", toJsonArray(links));
        o->set("referrals", toJsonArray(referrals));
        o->set("notes", toJsonArray(notes));
        o->set("attachments", toJsonArray(attachments));
        printJson(inv.out, o);
        return 0;
    }

    const auto agencies = agencyLabels(*ws);
    std::map<std::string, std::string> names; // person UUID → name, from the parties
    for (const auto& p : parties)
        names[p.personUuid] = p.personName;
    const auto nameOf = [&names](const std::string& uuid) {
        const auto it = names.find(uuid);
        return it == names.end() ? uuid : it->second;
    };

    inv.out << c.reference << "  " << oneLine(c.title) << '\n';
    Fields f;
    f.add("UUID", c.meta.uuid);
    f.add("Status", codeWithLabel(List::CaseStatus, c.status));
    f.add("Exploitation", codesWithLabels(List::ExploitationType, c.exploitationForms));
    f.add("Countries", countriesWithNames(c.countries));
    f.add("Opened", c.openedOn);
    f.add("Closed", c.closedOn);
    f.add("Closure reason", c.closureReason);
    f.add("Owner", c.owner);
    f.add("TLP", labelOf(List::Tlp, c.tlp));
    f.add("Handling", labelOf(List::HandlingCode, c.handlingCode));
    if (c.referringOrganisation || c.incomingReferralDate || !c.incomingReferralDetails.empty()) {
        f.add("Referred in by", organisationName(*ws, c.referringOrganisation));
        f.add("Referred in on", c.incomingReferralDate);
        if (c.incomingReferralReason)
            f.add("Referral reason", codeWithLabel(List::ReferralReason, *c.incomingReferralReason));
        f.add("Referral details", c.incomingReferralDetails);
        f.add("Referring worker", c.referringCaseWorker);
    }
    if (c.referredOrganisation || c.outgoingReferralDate || !c.outgoingReferralDetails.empty()) {
        f.add("Referred out to", organisationName(*ws, c.referredOrganisation));
        f.add("Referred out on", c.outgoingReferralDate);
        if (c.outgoingReferralReason)
            f.add("Out reason", codeWithLabel(List::ReferralReason, *c.outgoingReferralReason));
        f.add("Out details", c.outgoingReferralDetails);
        f.add("Receiving worker", c.referredCaseWorker);
    }
    const auto agency = agencies.find(c.meta.originAgency);
    f.add("Origin agency", agency == agencies.end() ? c.meta.originAgency : agency->second);
    f.add("Created", c.meta.createdAt);
    f.add("Updated", c.meta.updatedAt + " (version " + std::to_string(c.meta.version) + ")");
    f.add("Summary", c.summary);
    f.print(inv.out);

    printHeading(inv.out, "People", parties.size());
    if (!parties.empty()) {
        Table t({"ROLE", "NAME", "PERSON UUID", "DETAILS"});
        for (const auto& p : parties)
            t.addRow({p.role, p.personName, p.personUuid, p.roleDetails});
        t.print(inv.out);
    }
    printHeading(inv.out, "Journey", journey.size());
    if (!journey.empty()) {
        Table t({"VICTIM", "#", "EVENT", "COUNTRY", "PLACE", "DATE", "TRAVEL", "BORDER CROSSING"});
        for (const auto& leg : journey) {
            std::string place = leg.city;
            if (!leg.state.empty())
                place += (place.empty() ? "" : ", ") + leg.state;
            t.addRow({nameOf(leg.personUuid), std::to_string(leg.sequence),
                      labelOf(List::JourneyEventType, leg.eventType), leg.country, place, valueOr(leg.eventDate, "-"),
                      leg.meansOfTravel ? labelOf(List::MeansOfTravel, *leg.meansOfTravel) : "-", leg.borderCrossing});
        }
        t.print(inv.out);
    }
    printHeading(inv.out, "Linked cases", links.size());
    if (!links.empty()) {
        Table t({"LINKED CASE", "HELD BY", "OUR CONTACT", "NOTE"});
        for (const auto& l : links) {
            // A link is stored once; seen from the other case it points back here.
            std::string other;
            if (l.linkedCaseUuid) {
                const std::string otherUuid = l.caseUuid == c.meta.uuid ? *l.linkedCaseUuid : l.caseUuid;
                auto linked = ws->cases.get(otherUuid);
                other = linked ? linked->reference : otherUuid;
            }
            const bool foreign = l.foreignAgencyCode || l.foreignCountry;
            t.addRow({foreign ? valueOr(l.foreignReference, "-") : other,
                      foreign ? valueOr(l.foreignCountry) + "/" + valueOr(l.foreignAgencyCode) : "this database",
                      l.ourContact, ellipsize(l.note, 60)});
        }
        t.print(inv.out);
    }
    printHeading(inv.out, "Referrals", referrals.size());
    if (!referrals.empty()) {
        const std::string today = ws->context().today();
        Table t({"UUID", "SERVICE", "STATUS", "DUE", "OFFICER", "VICTIM"});
        for (const auto& r : referrals)
            t.addRow(
                {r.uuid, labelOf(List::ServiceType, r.service),
                 labelOf(List::ReferralStatus, r.status) + (referral_rules::isOverdue(r, today) ? " (overdue)" : ""),
                 valueOr(r.dueDate, "-"), r.officer, r.victimName});
        t.print(inv.out);
    }
    printHeading(inv.out, "Notes", notes.size());
    if (!notes.empty()) {
        Table t({"WHEN", "KIND", "AUTHOR", "NOTE"});
        for (const auto& n : notes)
            t.addRow({n.occurredAt, labelOf(List::NoteKind, n.kind), n.author, ellipsize(n.body, 80)});
        t.print(inv.out);
    }
    printHeading(inv.out, "Attachments", attachments.size());
    if (!attachments.empty()) {
        Table t({"NAME", "SIZE", "TYPE", "SHA-256", "ADDED"});
        for (const auto& a : attachments)
            t.addRow({a.name, std::to_string(a.size), a.mediaType, a.sha256.substr(0, 16), a.addedAt});
        t.print(inv.out);
    }
    return 0;
}

int add(Invocation& inv) {
    const Args args(inv.tokens, kCaseFieldSpecs);
    args.expectPositionals(0, 0, "");
    (void)args.required("title");
    Case c;
    applyCaseFields(args, c);
    auto ws = openWorkspace(args);
    const Case stored = unwrap(ws->cases.create(c));
    printCreatedOrUpdated(inv, args, stored, "Created");
    return 0;
}

int update(Invocation& inv) {
    const Args args(inv.tokens, kCaseFieldSpecs);
    args.expectPositionals(1, 1, "CASE (a case reference or UUID)");
    auto ws = openWorkspace(args);
    Case c = findCase(*ws, args.positionals()[0]);
    if (applyCaseFields(args, c) == 0)
        throw UsageError("nothing to update: give at least one field option");
    // `c` carries the version it was loaded with: a concurrent save makes this a Conflict.
    const Case stored = unwrap(ws->cases.update(c));
    printCreatedOrUpdated(inv, args, stored, "Updated");
    return 0;
}

int addParty(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, OptionSpec{"person"}, OptionSpec{"role"}, OptionSpec{"details"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "CASE (a case reference or UUID)");
    const std::string person = uuidArg("person", args.required("person"));
    const std::string role = codeArg(List::PersonRole, "role", args.required("role"));
    auto ws = openWorkspace(args);
    const Case c = findCase(*ws, args.positionals()[0]);
    unwrap(ws->cases.addParty(c.meta.uuid, person, role, args.value("details").value_or("")));
    inv.out << "Added person " << person << " to case " << c.reference << " as " << role << '\n';
    return 0;
}

int note(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,          kJsonOption,          OptionSpec{"text"},
                                         OptionSpec{"kind"}, OptionSpec{"author"}, OptionSpec{"at"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "CASE (a case reference or UUID)");
    Note n;
    n.body = args.required("text");
    if (auto k = args.value("kind"))
        n.kind = codeArg(List::NoteKind, "kind", *k);
    n.author = args.value("author").value_or("");
    n.occurredAt = args.value("at").value_or("");
    auto ws = openWorkspace(args);
    const Case c = findCase(*ws, args.positionals()[0]);
    n.caseUuid = c.meta.uuid;
    const Note stored = unwrap(ws->notes.addNote(n));
    if (args.flag("json"))
        printJson(inv.out, toJson(stored));
    else
        inv.out << "Added note " << stored.uuid << " to case " << c.reference << '\n';
    return 0;
}

} // namespace

const std::string_view kCaseHelp = R"~(Usage: lintas-cli case SUBCOMMAND --db PATH [OPTIONS]

Subcommands:
  list        List cases with filters, sorting and paging
  show        Show a case with its people, journeys, links, referrals, notes and attachments
  add         Create a case
  update      Change fields of a case
  add-party   Add a recorded person to a case as victim, suspect, witness or other
  note        Add a note to a case timeline

Run 'lintas-cli case SUBCOMMAND --help' for the options of each.
)~";

int caseGroup(Invocation& inv) {
    static const std::array<Command, 6> kSubcommands{{
        {"list", "List cases", kListHelp, list},
        {"show", "Show a case", kShowHelp, show},
        {"add", "Create a case", kAddHelp, add},
        {"update", "Change a case", kUpdateHelp, update},
        {"add-party", "Add a person to a case", kAddPartyHelp, addParty},
        {"note", "Add a note", kNoteHelp, note},
    }};
    return runGroup(inv, kCaseHelp, kSubcommands);
}

} // namespace lintas::cli::commands
