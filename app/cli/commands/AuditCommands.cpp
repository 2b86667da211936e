#include "CliError.h"
#include "CommandSupport.h"
#include "ExchangeSupport.h"
#include "Output.h"
#include "commands/Commands.h"

#include "lintas/security/AuditLog.h"

#include <array>
#include <filesystem>

namespace lintas::cli::commands {
namespace {

using security::AuditCheckpoint;
using security::AuditEntry;
using security::AuditService;
using security::AuditVerification;

constexpr std::string_view kVerifyHelp =
    R"~(Usage: lintas-cli audit verify --db PATH --user NAME [--checkpoint FILE] [--json]

Check the whole audit log: entries numbered 1, 2, 3... without a gap, each holding the hash of
the one before, and each entry's SHA-256 hash matching its content. An entry edited, deleted,
inserted or moved directly in the database file is found, and the first one that does not
verify is named ("entry 42: hash does not match its content").

A chain that was cut short, or rewritten from some entry on with new hashes, is still a chain:
only a checkpoint kept outside this workstation reveals that. With --checkpoint, the entry the
checkpoint names must also be in the log with the checkpoint's hash.

Needs the audit-read permission (supervisor, administrator).

Exit status: 0 when the log verifies, 1 when it does not (the first broken entry on stderr).

Options:
  --db PATH           the database
  --checkpoint FILE   a checkpoint written by 'lintas-cli audit checkpoint'
  --json              print the result as JSON
  --help              show this help

Example:
  lintas-cli audit verify --db cases.lintas --user sup.rina --checkpoint checkpoint-2026-03.txt
)~";

constexpr std::string_view kExportHelp =
    R"~(Usage: lintas-cli audit export --db PATH --user NAME --out FILE [--json]

Write the whole audit log to FILE for an external archive, as JSON Lines: a first line naming
the format (lintas-audit-log, version 1), the agency, the number of entries and the head hash;
then one entry per line with its hash and the hash of the entry before, so the archive can be
checked on its own (docs/security.md describes how). The export is recorded in the log first
(action audit-export), so the file contains its own entry. FILE must not exist yet; it is
written completely or not at all, readable by you only.

Needs the audit-read permission (supervisor, administrator).

Options:
  --db PATH      the database
  --out FILE     the file to write
  --json         print a summary as JSON
  --help         show this help
)~";

constexpr std::string_view kCheckpointHelp =
    R"~(Usage: lintas-cli audit checkpoint --db PATH --user NAME [--out FILE] [--json]

Record a checkpoint (action audit-checkpoint) and print the head of the audit log as one line:

  LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=123 at=2026-03-15T09:00:00Z sha256=...

Keep it outside this workstation: print it, file it, or send it to your supervisor. Later,
'lintas-cli audit verify --checkpoint FILE' shows whether the log still holds that entry with
that hash, which makes a log cut short or rewritten detectable. With --out the line is written
to FILE (which must not exist yet) instead of printed alone.

Needs the audit-read permission (supervisor, administrator).

Options:
  --db PATH      the database
  --out FILE     write the checkpoint to FILE
  --json         print the checkpoint as JSON
  --help         show this help
)~";

constexpr std::string_view kLogHelp =
    R"~(Usage: lintas-cli audit log --db PATH --user NAME [--by USERNAME] [--record UUID] [--type TYPE]
                           [--action ACTION] [--from DATE] [--to DATE] [--limit N] [--offset N]
                           [--oldest-first] [--json]

List audit entries, newest first: number, time (UTC), user, action, record (type and UUID),
detail (field names, counts, codes; never personal data) and the reason given for reading a
victim's identifying data. The filters combine.

Needs the audit-read permission (supervisor, administrator).

Options:
  --db PATH          the database
  --by USERNAME      entries by this user (--user is who signs in)
  --record UUID      entries about this record
  --type TYPE        entries about records of this type (case, person, referral, user, ...)
  --action ACTION    entries of this action (create, update, read-identity, sign-in, ...)
  --from DATE        from this date (YYYY-MM-DD) or UTC time (YYYY-MM-DDTHH:MM:SSZ), inclusive
  --to DATE          up to this date (the whole day) or UTC time, inclusive
  --limit N          at most N entries (default 100; 0 for all)
  --offset N         skip the first N matching entries
  --oldest-first     oldest entries first
  --json             print the entries as JSON
  --help             show this help

Example:
  lintas-cli audit log --db cases.lintas --user sup.rina --action read-identity --from 2026-03-01
)~";

constexpr std::string_view kSeenHelp =
    R"~(Usage: lintas-cli audit seen PERSON_UUID --db PATH --user NAME [--json]

Who has seen this person's identifying data (name, date of birth, identifiers, contacts,
whereabouts, photos: masked for victims unless revealed with a reason), when, and the reason
they gave. Newest first.

Needs the audit-read permission (supervisor, administrator).

Options:
  --db PATH      the database
  --json         print the reads as JSON
  --help         show this help
)~";

/// An entry with every field, in the order of the export format.
Poco::JSON::Object::Ptr entryJson(const AuditEntry& e) {
    auto o = jsonObject();
    o->set("seq", e.seq);
    o->set("at", e.at);
    o->set("userUuid", e.userUuid);
    o->set("username", e.username);
    o->set("action", e.action);
    o->set("recordType", e.recordType);
    o->set("recordUuid", e.recordUuid);
    o->set("detail", e.detail);
    o->set("reason", e.reason);
    o->set("prevHash", e.prevHash);
    o->set("hash", e.hash);
    return o;
}

Poco::JSON::Object::Ptr checkpointJson(const AuditCheckpoint& cp) {
    auto o = jsonObject();
    o->set("agency", cp.agency);
    o->set("seq", cp.seq);
    o->set("at", cp.at);
    o->set("sha256", cp.hash);
    o->set("text", cp.toText());
    return o;
}

std::string entriesWord(std::int64_t n) { return n == 1 ? " entry" : " entries"; }

/// A file the command is about to create must not exist: nothing is ever overwritten.
void requireNewFile(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
        throw CommandError(path, "already exists; choose another name (nothing is overwritten)");
}

/// Errors about a query's fields named after the options the user typed.
[[noreturn]] void throwQueryError(Error e) {
    if (e.field == "audit.from")
        e.field = "--from";
    else if (e.field == "audit.to")
        e.field = "--to";
    else if (e.field == "audit.offset")
        e.field = "--offset";
    throw CommandError(e);
}

int verify(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"checkpoint"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    std::optional<AuditCheckpoint> checkpoint;
    if (auto file = args.value("checkpoint")) {
        auto parsed = AuditCheckpoint::parse(readInputFile(*file));
        if (!parsed) {
            Error e = parsed.error();
            e.field = *file + " (" + e.field + ")";
            throw CommandError(e);
        }
        checkpoint = std::move(parsed).value();
    }
    auto ws = openWorkspace(args);
    AuditService audit(ws->context());
    const AuditVerification v = unwrap(checkpoint ? audit.verifyAgainst(*checkpoint) : audit.verify());
    const std::string broken = "entry " + std::to_string(v.firstBrokenSeq) + ": " + v.problem;
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("ok", v.ok);
        o->set("entries", v.entries);
        o->set("headSha256", v.headHash);
        o->set("firstBrokenSeq", v.ok ? Poco::Dynamic::Var() : Poco::Dynamic::Var(v.firstBrokenSeq));
        o->set("problem", v.ok ? Poco::Dynamic::Var() : Poco::Dynamic::Var(v.problem));
        o->set("checkpoint", checkpoint ? Poco::Dynamic::Var(checkpointJson(*checkpoint)) : Poco::Dynamic::Var());
        printJson(inv.out, o);
    } else if (v.ok) {
        if (checkpoint)
            inv.out << "checkpoint OK: entry " << checkpoint->seq << " of " << checkpoint->agency << " ("
                    << checkpoint->at << ") is in the log unchanged\n";
        inv.out << "audit log OK: " << v.entries << entriesWord(v.entries) << ", head sha256 " << v.headHash << '\n';
    } else {
        inv.out << "audit log BROKEN at " << broken << '\n';
        if (v.entries == 1)
            inv.out << "Entry 1 verifies (head sha256 " << v.headHash << ").\n";
        else if (v.entries > 1)
            inv.out << "Entries 1 to " << v.entries << " verify (head sha256 " << v.headHash << ").\n";
    }
    if (!v.ok)
        throw CommandError("audit log", broken);
    return 0;
}

int exportLog(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"out"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string out = args.required("out");
    requireNewFile(out);
    auto ws = openWorkspace(args);
    AuditService audit(ws->context());
    auto exported = audit.exportTo(out);
    if (!exported) {
        Error e = exported.error();
        if (e.field == "audit.export")
            e.field = out;
        throw CommandError(e);
    }
    const AuditCheckpoint& head = *exported;
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("file", out);
        o->set("entries", head.seq);
        o->set("headSeq", head.seq);
        o->set("headSha256", head.hash);
        printJson(inv.out, o);
        return 0;
    }
    inv.out << "Exported the audit log (" << head.seq << entriesWord(head.seq) << ", this export's own included) to "
            << out << '\n'
            << "Head: entry " << head.seq << ", sha256 " << head.hash << '\n';
    return 0;
}

int checkpoint(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"out"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const auto out = args.value("out");
    if (out)
        requireNewFile(*out);
    auto ws = openWorkspace(args);
    AuditService audit(ws->context());
    const AuditCheckpoint cp = unwrap(audit.checkpoint());
    const std::string text = cp.toText();
    if (out)
        writeNewFile(*out, text + "\n");
    if (args.flag("json")) {
        auto o = checkpointJson(cp);
        if (out)
            o->set("file", *out);
        printJson(inv.out, o);
        return 0;
    }
    if (out)
        inv.out << "Wrote the checkpoint of entry " << cp.seq << " to " << *out << ":\n";
    inv.out << text << '\n';
    return 0;
}

int listLog(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,          kJsonOption,         OptionSpec{"by"},
                                         OptionSpec{"record"}, OptionSpec{"type"},  OptionSpec{"action"},
                                         OptionSpec{"from"},   OptionSpec{"to"},    OptionSpec{"limit"},
                                         OptionSpec{"offset"}, OptionSpec{"oldest-first", OptionSpec::Kind::Flag}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    security::AuditQuery q;
    q.username = args.value("by").value_or("");
    if (auto record = args.value("record"))
        q.recordUuid = uuidArg("record", *record);
    q.recordType = args.value("type").value_or("");
    q.action = args.value("action").value_or("");
    q.from = args.value("from").value_or("");
    q.to = args.value("to").value_or("");
    q.limit = static_cast<int>(args.integer("limit", 0, 1'000'000).value_or(100));
    q.offset = static_cast<int>(args.integer("offset", 0, 1'000'000'000).value_or(0));
    q.newestFirst = !args.flag("oldest-first");

    auto ws = openWorkspace(args);
    AuditService audit(ws->context());
    auto total = audit.count(q);
    if (!total)
        throwQueryError(total.error());
    auto entries = audit.query(q);
    if (!entries)
        throwQueryError(entries.error());
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("total", *total);
        o->set("offset", q.offset);
        auto arr = jsonArray();
        for (const auto& e : *entries)
            arr->add(entryJson(e));
        o->set("entries", arr);
        printJson(inv.out, o);
        return 0;
    }
    if (entries->empty()) {
        inv.out << (*total == 0 ? "No audit entries match.\n" : "No audit entries at this offset.\n");
        return 0;
    }
    Table t({"SEQ", "AT (UTC)", "USER", "ACTION", "RECORD", "DETAIL", "REASON"});
    for (const auto& e : *entries) {
        const std::string record =
            e.recordType.empty() && e.recordUuid.empty() ? "" : oneLine(e.recordType + " " + e.recordUuid);
        t.addRow({std::to_string(e.seq), e.at, e.username.empty() ? "(system)" : oneLine(e.username), oneLine(e.action),
                  record, ellipsize(e.detail, 40), ellipsize(e.reason, 40)});
    }
    t.print(inv.out);
    const auto shown = static_cast<std::int64_t>(entries->size());
    if (shown == *total)
        inv.out << shown << entriesWord(shown) << '\n';
    else
        inv.out << shown << " of " << *total << " matching entries (--limit, --offset for more)\n";
    return 0;
}

int seen(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "PERSON_UUID");
    const std::string person = uuidArg("PERSON_UUID", args.positionals().front());
    auto ws = openWorkspace(args);
    AuditService audit(ws->context());
    const auto reads = unwrap(audit.readsOf(person));
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("person", person);
        auto arr = jsonArray();
        for (const auto& e : reads) {
            auto r = jsonObject();
            r->set("seq", e.seq);
            r->set("at", e.at);
            r->set("userUuid", e.userUuid);
            r->set("username", e.username);
            r->set("reason", e.reason);
            arr->add(r);
        }
        o->set("reads", arr);
        printJson(inv.out, o);
        return 0;
    }
    if (reads.empty()) {
        inv.out << "No one has read the identifying data of person " << person << ".\n";
        return 0;
    }
    Table t({"AT (UTC)", "USER", "REASON", "SEQ"});
    for (const auto& e : reads)
        t.addRow({e.at, oneLine(e.username), oneLine(e.reason), std::to_string(e.seq)});
    t.print(inv.out);
    inv.out << reads.size() << (reads.size() == 1 ? " read" : " reads") << " of the identifying data of person "
            << person << '\n';
    return 0;
}

} // namespace

const std::string_view kAuditHelp = R"~(Usage: lintas-cli audit SUBCOMMAND --db PATH --user NAME [OPTIONS]

The audit log: every write, every read of a victim's identifying data, searches, exports,
imports, sign-ins and their failures, permission denials and role changes, each entry holding
the hash of the one before. Entries name records by type and UUID only.

Subcommands:
  verify       Check the whole chain (and a checkpoint); names the first broken entry
  export       Write the log as JSON Lines for an external archive
  checkpoint   Record and print the head of the log, to keep outside this workstation
  log          List entries, filtered by user, record, action and time
  seen         Who has seen a person's identifying data, and why

All need the audit-read permission (supervisor, administrator).
Run 'lintas-cli audit SUBCOMMAND --help' for the options of each.
)~";

int auditGroup(Invocation& inv) {
    static const std::array<Command, 5> kSubcommands{{
        {"verify", "Check the hash chain", kVerifyHelp, verify},
        {"export", "Export the log as JSON Lines", kExportHelp, exportLog},
        {"checkpoint", "Record and print the head", kCheckpointHelp, checkpoint},
        {"log", "List entries", kLogHelp, listLog},
        {"seen", "Who has seen a person's identifying data", kSeenHelp, seen},
    }};
    return runGroup(inv, kAuditHelp, kSubcommands);
}

} // namespace lintas::cli::commands
