#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "RecordJson.h"
#include "commands/Commands.h"

#include <array>

namespace lintas::cli::commands {
namespace {

using vocab::List;

constexpr std::string_view kAddHelp =
    R"~(Usage: lintas-cli referral add --db PATH --case CASE --victim PERSON-UUID --service CODE [OPTIONS]

Refer a victim to a support service. The referral starts as Requested. The person must be a victim
in the case.

Options:
  --case CASE          case reference or UUID
  --victim UUID        the victim (see 'lintas-cli person find')
  --service CODE       Shelter, Medical, Psychosocial, Legal, Interpretation, Repatriation,
                       Reintegration, ... (see 'lintas-cli vocab service-type')
  --provider UUID      the organisation providing the service
  --officer NAME       the victim-support officer following it up
  --due DATE           when it must be done by (YYYY-MM-DD); past that it shows as overdue
  --notes TEXT         anything the provider or officer should know
  --json               print the stored referral as JSON

Example:
  lintas-cli referral add --db cases.lintas --case IDN-BARESKRIM-2026-000001 \
      --victim 3f2b...-... --service Shelter --officer "Rina Wulandari" --due 2026-03-01
)~";

constexpr std::string_view kMoveHelp =
    R"~(Usage: lintas-cli referral move UUID --db PATH --to STATUS [--note TEXT] [--outcome TEXT] [--by NAME] [--json]

Move a referral along its lifecycle:
  Requested -> Accepted -> InProgress -> Completed
  Requested -> Declined
  Requested, Accepted or InProgress -> Cancelled
Any other move is refused (exit 1) and the referral stays as it was.

Options:
  --to STATUS      the new status (see 'lintas-cli vocab referral-status')
  --note TEXT      why, recorded with the move in the referral's history
  --outcome TEXT   the outcome, e.g. when completing
  --by NAME        who made the move
  --json           print the referral after the move as JSON
)~";

constexpr std::string_view kListHelp = R"~(Usage: lintas-cli referral list --db PATH [FILTERS] [--limit N] [--json]

List referrals, soonest due first (those without a due date last).

Filters:
  --status STATUS     Requested, Accepted, InProgress, Completed, Declined or Cancelled
  --service CODE      the service (see 'lintas-cli vocab service-type')
  --officer NAME      the officer (exact)
  --case CASE         referrals of one case (reference or UUID)
  --victim UUID       referrals of one victim
  --provider UUID     referrals to one organisation
  --overdue           only those past their due date and not finished

Options:
  --limit N           at most N referrals (default 1000)
  --json              {"today", "referrals": [...]} instead of a table
)~";

constexpr std::string_view kShowHelp = R"~(Usage: lintas-cli referral show UUID --db PATH [--json]

Show a referral with the history of its status changes.
)~";

void printReferral(std::ostream& out, const Referral& r, const std::string& today) {
    Fields f;
    f.add("UUID", r.uuid);
    f.add("Case", r.caseReference);
    f.add("Victim", r.victimName + "  " + r.victimUuid);
    f.add("Service", codeWithLabel(List::ServiceType, r.service));
    f.add("Status",
          codeWithLabel(List::ReferralStatus, r.status) + (referral_rules::isOverdue(r, today) ? "  OVERDUE" : ""));
    f.add("Provider", r.providerName.empty() ? valueOr(r.providerUuid) : r.providerName);
    f.add("Officer", r.officer);
    f.add("Due", r.dueDate);
    f.add("Outcome", r.outcome);
    f.add("Notes", r.notes);
    f.add("Requested", r.requestedAt);
    f.add("Accepted", r.acceptedAt);
    f.add("Started", r.startedAt);
    f.add("Completed", r.completedAt);
    f.add("Declined", r.declinedAt);
    f.add("Cancelled", r.cancelledAt);
    f.print(out);
}

int add(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,
                                         kJsonOption,
                                         OptionSpec{"case"},
                                         OptionSpec{"victim"},
                                         OptionSpec{"service"},
                                         OptionSpec{"provider"},
                                         OptionSpec{"officer"},
                                         OptionSpec{"due"},
                                         OptionSpec{"notes"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string caseKey = args.required("case");
    Referral r;
    r.victimUuid = uuidArg("victim", args.required("victim"));
    r.service = codeArg(List::ServiceType, "service", args.required("service"));
    if (auto p = args.value("provider"))
        r.providerUuid = uuidArg("provider", *p);
    r.officer = args.value("officer").value_or("");
    r.dueDate = optionalArg(args, "due", dateArg);
    r.notes = args.value("notes").value_or("");

    auto ws = openWorkspace(args);
    const Case c = findCase(*ws, caseKey);
    r.caseUuid = c.meta.uuid;
    const Referral created = unwrap(ws->referrals.create(r));
    const Referral stored = unwrap(ws->referrals.get(created.uuid));
    if (args.flag("json")) {
        printJson(inv.out, toJson(stored));
        return 0;
    }
    inv.out << "Created referral " << stored.uuid << '\n'
            << labelOf(List::ServiceType, stored.service) << " for a victim in case " << c.reference << ", status "
            << stored.status << (stored.dueDate ? ", due " + *stored.dueDate : "") << '\n';
    return 0;
}

int move(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption,          kJsonOption,           OptionSpec{"to"},
                                         OptionSpec{"note"}, OptionSpec{"outcome"}, OptionSpec{"by"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "UUID of the referral");
    const std::string uuid = uuidArg("referral", args.positionals()[0]);
    const std::string to = codeArg(List::ReferralStatus, "to", args.required("to"));
    auto ws = openWorkspace(args);
    const Referral before = unwrap(ws->referrals.get(uuid));
    auto moved = ws->referrals.move(uuid, to, args.value("by").value_or(""), args.value("note").value_or(""),
                                    args.value("outcome"));
    if (!moved && moved.error().code == ErrorCode::IllegalTransition) {
        Error e = moved.error();
        const auto next = referral_rules::nextStates(before.status);
        e.detail += next.empty() ? " (" + before.status + " is final)"
                                 : " (from " + before.status + " it can move to " + join(next) + ")";
        throw CommandError(e);
    }
    const Referral after = unwrap(std::move(moved));
    if (args.flag("json")) {
        printJson(inv.out, toJson(after));
        return 0;
    }
    inv.out << "Referral " << after.uuid << ": " << before.status << " -> " << after.status << '\n';
    return 0;
}

int list(Invocation& inv) {
    static constexpr std::array kOptions{
        kDbOption,
        kJsonOption,
        OptionSpec{"status"},
        OptionSpec{"service"},
        OptionSpec{"officer"},
        OptionSpec{"case"},
        OptionSpec{"victim"},
        OptionSpec{"provider"},
        OptionSpec{"overdue", OptionSpec::Kind::Flag},
        OptionSpec{"limit"},
    };
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    ReferralQuery q;
    q.status = optionalArg(
        args, "status", [](std::string_view n, const std::string& v) { return codeArg(List::ReferralStatus, n, v); });
    q.service = optionalArg(args, "service",
                            [](std::string_view n, const std::string& v) { return codeArg(List::ServiceType, n, v); });
    q.officer = args.value("officer");
    q.victimUuid = optionalArg(args, "victim", uuidArg);
    q.providerUuid = optionalArg(args, "provider", uuidArg);
    q.overdueOnly = args.flag("overdue");
    q.limit = static_cast<int>(args.integer("limit", 1, 100000).value_or(1000));

    auto ws = openWorkspace(args);
    if (auto key = args.value("case"))
        q.caseUuid = findCase(*ws, *key).meta.uuid;
    const auto referrals = unwrap(ws->referrals.list(q));
    const std::string today = ws->context().today();

    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("today", today);
        auto arr = jsonArray();
        for (const auto& r : referrals) {
            auto ro = toJson(r);
            ro->set("overdue", referral_rules::isOverdue(r, today));
            arr->add(ro);
        }
        o->set("referrals", arr);
        printJson(inv.out, o);
        return 0;
    }
    if (referrals.empty()) {
        inv.out << (q.overdueOnly ? "No overdue referrals.\n" : "No referrals match.\n");
        return 0;
    }
    Table t({"UUID", "CASE", "SERVICE", "STATUS", "DUE", "OFFICER", "VICTIM"});
    for (const auto& r : referrals)
        t.addRow({r.uuid, r.caseReference, labelOf(List::ServiceType, r.service),
                  labelOf(List::ReferralStatus, r.status),
                  valueOr(r.dueDate, "-") + (referral_rules::isOverdue(r, today) ? " OVERDUE" : ""), r.officer,
                  r.victimName});
    t.print(inv.out);
    inv.out << referrals.size() << (referrals.size() == 1 ? " referral" : " referrals")
            << (q.overdueOnly ? " overdue" : "") << " (as of " << today << ")\n";
    return 0;
}

int show(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, 1, "UUID of the referral");
    const std::string uuid = uuidArg("referral", args.positionals()[0]);
    auto ws = openWorkspace(args);
    const Referral r = unwrap(ws->referrals.get(uuid));
    const auto history = unwrap(ws->referrals.history(uuid));
    const std::string today = ws->context().today();
    if (args.flag("json")) {
        auto o = toJson(r);
        o->set("overdue", referral_rules::isOverdue(r, today));
        o->set("history", toJsonArray(history));
        printJson(inv.out, o);
        return 0;
    }
    printReferral(inv.out, r, today);
    printHeading(inv.out, "History", history.size());
    if (!history.empty()) {
        Table t({"WHEN", "FROM", "TO", "BY", "NOTE"});
        for (const auto& h : history)
            t.addRow({h.at, valueOr(h.fromStatus, "-"), h.toStatus, h.byUser, ellipsize(h.note, 60)});
        t.print(inv.out);
    }
    return 0;
}

} // namespace

const std::string_view kReferralHelp = R"~(Usage: lintas-cli referral SUBCOMMAND --db PATH [OPTIONS]

Subcommands:
  add     Refer a victim to a support service
  move    Move a referral to its next status
  list    List referrals, e.g. the overdue ones
  show    Show a referral and its history

Run 'lintas-cli referral SUBCOMMAND --help' for the options of each.
)~";

int referralGroup(Invocation& inv) {
    static const std::array<Command, 4> kSubcommands{{
        {"add", "Refer a victim", kAddHelp, add},
        {"move", "Move a referral", kMoveHelp, move},
        {"list", "List referrals", kListHelp, list},
        {"show", "Show a referral", kShowHelp, show},
    }};
    return runGroup(inv, kReferralHelp, kSubcommands);
}

} // namespace lintas::cli::commands
