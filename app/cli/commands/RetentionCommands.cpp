#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "commands/Commands.h"

#include "lintas/IdGenerator.h"
#include "lintas/security/RetentionService.h"

#include <array>
#include <cstdio>

namespace lintas::cli::commands {
namespace {

using security::PurgeReport;
using security::RetentionItem;
using security::RetentionRule;

constexpr std::string_view kRulesHelp = R"~(Usage: lintas-cli retention rules --db PATH [--json]

Show the retention rule of each kind of record: how many years a record is kept before it is
listed for deletion. 0 years means keep forever (the default).

Kinds:
  closed-case    a closed case, counted from its closing date
  exchange-log   an entry of the exchange log (bundles sent, received or refused), counted from
                 when it was logged

Administrators set the rules ('retention set'); supervisors read them beside 'retention due'.
)~";

constexpr std::string_view kSetHelp = R"~(Usage: lintas-cli retention set KIND YEARS --db PATH [--json]

Set the retention rule of KIND (closed-case or exchange-log) to YEARS, a whole number from 0 to
100; 0 keeps records of that kind forever. Nothing is deleted by this command: records past
their date are listed by 'retention due' for a supervisor to confirm. Administrators only; the
change is written to the audit log.

Example:
  lintas-cli retention set closed-case 7 --db cases.lintas --user admin
)~";

constexpr std::string_view kDueHelp = R"~(Usage: lintas-cli retention due --db PATH [--json]

List the records past their retention date today: closed cases whose closing date plus the
rule's years has passed, and exchange-log entries older than their rule, unless a supervisor
set a later review date ('retention postpone'). Cases are shown by reference, never by the
names in them. Supervisors only.

Columns: KIND, UUID (exchange-log entries: the entry's id), LABEL (case reference or bundle id),
BASIS (closing or logging date), DUE (the date it became due), REVIEW (an earlier review date).
)~";

constexpr std::string_view kPostponeHelp =
    R"~(Usage: lintas-cli retention postpone KIND UUID --until DATE --db PATH

Keep one record that is due (for instance a case still needed for an appeal): it is not listed
by 'retention due' again before DATE (YYYY-MM-DD, after today). On that day it is listed again.
For a closed case UUID is the case's UUID or reference; for an exchange-log entry, its id.
Supervisors only; written to the audit log.

Example:
  lintas-cli retention postpone closed-case IDN-BARESKRIM-2018-000042 --until 2027-06-30 \
      --db cases.lintas --user supervisor
)~";

constexpr std::string_view kPurgeHelp =
    R"~(Usage: lintas-cli retention purge KIND UUID... --db PATH [--yes] [--json]

Delete records that 'retention due' lists, for real. Without --yes nothing is deleted: the
command shows what would go (each record, its rows, the people deleted with a case and those kept
because another case names them) and exits 0. With --yes, in one transaction:

  closed-case    the case with its parties, victim and suspect profiles, journeys, links,
                 relationships, referrals, consents, notes and attachments, and every person of
                 the case whom no other case names (with their identifiers, aliases and
                 case-less consents and relationships), their search-index entries and the
                 provenance of received copies
  exchange-log   the log entries

Then the attachment files no longer used are removed and the database file is compacted
(VACUUM), so the deleted data is gone from the disk, not only hidden. Each deleted case, person
and log entry is written to the audit log (by type and UUID, with row counts).

Only records that are due today are accepted: if any UUID is not, the command is refused and
nothing is deleted. UUID is a case's UUID or reference, or an exchange-log entry's id, as
'retention due' prints it. Supervisors only.

Options:
  --db PATH    the database
  --yes        delete (without it: only show what would be deleted)
  --json       print the result as JSON
  --help       show this help

Example:
  lintas-cli retention due --db cases.lintas --user supervisor
  lintas-cli retention purge closed-case IDN-BARESKRIM-2018-000042 --db cases.lintas --user supervisor
  lintas-cli retention purge closed-case IDN-BARESKRIM-2018-000042 --yes --db cases.lintas --user supervisor
)~";

std::string lowerAscii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

/// "512 bytes", "48.0 KiB", "3.2 MiB".
std::string byteSize(std::int64_t bytes) {
    char buf[32];
    if (bytes < 1024)
        std::snprintf(buf, sizeof buf, "%lld bytes", static_cast<long long>(bytes));
    else if (bytes < 1024 * 1024)
        std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(bytes) / 1024.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string yearsText(int years) { return years == 0 ? "keep forever" : plural(static_cast<std::size_t>(years), "year", "years"); }

Poco::JSON::Object::Ptr ruleJson(const RetentionRule& r) {
    auto o = jsonObject();
    o->set("kind", r.kind);
    o->set("years", r.years);
    o->set("updatedAt", jsonOptional(r.updatedAt.empty() ? std::nullopt : std::optional(r.updatedAt)));
    o->set("updatedBy", jsonOptional(r.updatedBy.empty() ? std::nullopt : std::optional(r.updatedBy)));
    return o;
}

Poco::JSON::Object::Ptr itemJson(const RetentionItem& i) {
    auto o = jsonObject();
    o->set("kind", i.kind);
    o->set("uuid", i.uuid);
    o->set("label", i.label);
    o->set("basisDate", i.basisDate);
    o->set("dueOn", i.dueOn);
    o->set("reviewOn", jsonOptional(i.reviewOn.empty() ? std::nullopt : std::optional(i.reviewOn)));
    return o;
}

Poco::JSON::Object::Ptr reportJson(const std::string& kind, const PurgeReport& r, bool applied) {
    auto o = jsonObject();
    o->set("kind", kind);
    o->set("applied", applied);
    o->set("records", r.records);
    o->set("rows", r.rows);
    o->set("files", r.files);
    o->set("bytesBefore", r.bytesBefore);
    o->set("bytesAfter", r.bytesAfter);
    o->set("vacuumed", r.vacuumed);
    auto deleted = jsonArray();
    for (const auto& d : r.deleted) {
        auto item = jsonObject();
        item->set("recordType", d.recordType);
        item->set("uuid", d.uuid);
        item->set("label", d.label);
        item->set("rows", d.rows);
        item->set("tables", d.tables);
        deleted->add(item);
    }
    o->set("deleted", deleted);
    o->set("keptPersons", jsonStrings(r.keptPersons));
    return o;
}

/// The records named on the command line, as the core knows them: a case reference typed in any
/// letter case becomes the UUID of the due case it labels; anything else is passed on as typed
/// (a UUID in lower case), for the core to accept only if it is due.
std::vector<std::string> resolve(const std::string& kind, const std::vector<std::string>& typed,
                                 const std::vector<RetentionItem>& due) {
    std::vector<std::string> out;
    for (const auto& t : typed) {
        std::string found = isUuid(lowerAscii(t)) ? lowerAscii(t) : t;
        for (const auto& item : due) {
            if (item.kind != kind)
                continue;
            if (item.uuid == lowerAscii(t) || (!item.label.empty() && upperAscii(item.label) == upperAscii(t))) {
                found = item.uuid;
                break;
            }
        }
        out.push_back(found);
    }
    return out;
}

int rules(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const auto list = unwrap(ws->retention.rules());
    if (args.flag("json")) {
        auto o = jsonObject();
        auto arr = jsonArray();
        for (const auto& r : list)
            arr->add(ruleJson(r));
        o->set("rules", arr);
        printJson(inv.out, o);
        return 0;
    }
    Table t({"KIND", "YEARS", "MEANING", "UPDATED"});
    for (const auto& r : list) {
        const std::string meaning =
            r.years == 0 ? "kept forever"
                         : (r.kind == security::kRetentionClosedCase ? "deleted " + yearsText(r.years) + " after closing"
                                                                     : "deleted " + yearsText(r.years) + " after logging");
        t.addRow({r.kind, std::to_string(r.years), meaning, r.updatedAt.empty() ? "-" : r.updatedAt});
    }
    t.print(inv.out);
    return 0;
}

int set(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(2, 2, "KIND and YEARS");
    const std::string kind = lowerAscii(args.positionals()[0]);
    const auto years = parseInteger(args.positionals()[1]);
    if (!years || *years < 0 || *years > security::kMaxRetentionYears)
        throw UsageError("YEARS must be a whole number from 0 to 100, not '" + args.positionals()[1] + "'");
    auto ws = openWorkspace(args);
    unwrap(ws->retention.setRule(kind, static_cast<int>(*years)));
    const auto list = unwrap(ws->retention.rules());
    for (const auto& r : list) {
        if (r.kind != kind)
            continue;
        if (args.flag("json")) {
            printJson(inv.out, ruleJson(r));
            return 0;
        }
        if (r.years == 0)
            inv.out << "Records of kind " << kind << " are now kept forever.\n";
        else
            inv.out << "Records of kind " << kind << " are now listed for deletion " << yearsText(r.years) << " after "
                    << (kind == security::kRetentionClosedCase ? "the case was closed" : "they were logged")
                    << ".\nNothing is deleted until a supervisor confirms it: see 'lintas-cli retention due'.\n";
        return 0;
    }
    return 0;
}

int due(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const std::string today = ws->context().today();
    const auto items = unwrap(ws->retention.due(today));
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("today", today);
        auto arr = jsonArray();
        for (const auto& i : items)
            arr->add(itemJson(i));
        o->set("items", arr);
        printJson(inv.out, o);
        return 0;
    }
    if (items.empty()) {
        inv.out << "Nothing is due for deletion on " << today << ".\n";
        return 0;
    }
    Table t({"KIND", "UUID", "LABEL", "BASIS", "DUE", "REVIEW"});
    for (const auto& i : items)
        t.addRow({i.kind, i.uuid, i.label.empty() ? "-" : oneLine(i.label), i.basisDate, i.dueOn,
                  i.reviewOn.empty() ? "-" : i.reviewOn});
    t.print(inv.out);
    inv.out << plural(items.size(), "record", "records") << " due for deletion on " << today << ".\n"
            << "Review them, then delete with 'lintas-cli retention purge KIND UUID...' or keep one with\n"
               "'lintas-cli retention postpone KIND UUID --until DATE'.\n";
    return 0;
}

int postpone(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"until"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(2, 2, "KIND and UUID");
    const std::string kind = lowerAscii(args.positionals()[0]);
    const std::string until = dateArg("until", args.required("until"));
    auto ws = openWorkspace(args);
    std::string uuid = lowerAscii(args.positionals()[1]);
    if (kind == security::kRetentionClosedCase && !isUuid(uuid))
        uuid = findCase(*ws, args.positionals()[1]).meta.uuid;  // a case reference
    unwrap(ws->retention.postpone(kind, uuid, until));
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("kind", kind);
        o->set("uuid", uuid);
        o->set("reviewOn", until);
        printJson(inv.out, o);
        return 0;
    }
    inv.out << "Kept " << kind << " " << uuid << ": it is not listed for deletion again before " << until << ".\n";
    return 0;
}

int purge(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"yes", OptionSpec::Kind::Flag}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(2, static_cast<std::size_t>(-1), "KIND and at least one UUID");
    const std::string kind = lowerAscii(args.positionals()[0]);
    const std::vector<std::string> typed(args.positionals().begin() + 1, args.positionals().end());
    const bool apply = args.flag("yes");
    auto ws = openWorkspace(args);
    const std::string today = ws->context().today();
    const auto dueNow = unwrap(ws->retention.due(today));
    const auto uuids = resolve(kind, typed, dueNow);
    const PurgeReport report =
        apply ? unwrap(ws->retention.purge(kind, uuids, today)) : unwrap(ws->retention.preview(kind, uuids, today));
    if (args.flag("json")) {
        printJson(inv.out, reportJson(kind, report, apply));
        return 0;
    }
    std::size_t cases = 0;
    std::size_t people = 0;
    std::size_t entries = 0;
    for (const auto& d : report.deleted) {
        if (d.recordType == "case")
            ++cases;
        else if (d.recordType == "person")
            ++people;
        else
            ++entries;
    }
    std::string what;
    if (kind == security::kRetentionClosedCase)
        what = plural(cases, "closed case", "closed cases") + " and " + plural(people, "person", "people");
    else
        what = plural(entries, "exchange-log entry", "exchange-log entries");
    what += " (" + plural(static_cast<std::size_t>(report.rows), "row", "rows") + ")";

    inv.out << (apply ? "Deleted " : "Would delete ") << what << ":\n";
    Table t({"RECORD", "UUID", "LABEL", "ROWS"});
    for (const auto& d : report.deleted)
        t.addRow({d.recordType, d.uuid, d.label.empty() ? "-" : oneLine(d.label), std::to_string(d.rows)});
    t.print(inv.out, "  ");
    if (!report.keptPersons.empty())
        inv.out << "Kept " << plural(report.keptPersons.size(), "person", "people")
                << " whom another case also names.\n";
    if (!apply) {
        if (report.files > 0)
            inv.out << plural(static_cast<std::size_t>(report.files), "attachment file", "attachment files")
                    << " would be removed.\n";
        inv.out << "Nothing was deleted. To delete for real, run the same command with --yes.\n";
        return 0;
    }
    inv.out << "Removed " << plural(static_cast<std::size_t>(report.files), "attachment file", "attachment files")
            << ".\n";
    if (report.vacuumed)
        inv.out << "Database file compacted: " << byteSize(report.bytesBefore) << " before, "
                << byteSize(report.bytesAfter) << " after.\n";
    else
        inv.out << "The database file could not be compacted now (VACUUM); the deletion is complete and recorded.\n";
    inv.out << "Each deleted record is in the audit log (retention-delete).\n";
    return 0;
}

} // namespace

const std::string_view kRetentionHelp = R"~(Usage: lintas-cli retention SUBCOMMAND --db PATH [OPTIONS]

Retention: how long each kind of record is kept, the list of records past that date, and their
deletion once a supervisor confirms it. Deletion is real: rows, search entries and attachment
files are removed and the database file is compacted. Every step is in the audit log.

Subcommands:
  rules      Show the rule of each kind (closed-case, exchange-log)
  set        Set a rule: lintas-cli retention set closed-case 7 (administrators)
  due        List the records due for deletion today (supervisors)
  postpone   Keep one due record until a review date (supervisors)
  purge      Delete due records; without --yes only shows what would go (supervisors)

Run 'lintas-cli retention SUBCOMMAND --help' for the options of each.
)~";

int retentionGroup(Invocation& inv) {
    static const std::array<Command, 5> kSubcommands{{
        {"rules", "Show the retention rules", kRulesHelp, rules},
        {"set", "Set a retention rule", kSetHelp, set},
        {"due", "List records due for deletion", kDueHelp, due},
        {"postpone", "Keep a due record until a review date", kPostponeHelp, postpone},
        {"purge", "Delete due records", kPurgeHelp, purge},
    }};
    return runGroup(inv, kRetentionHelp, kSubcommands);
}

} // namespace lintas::cli::commands
