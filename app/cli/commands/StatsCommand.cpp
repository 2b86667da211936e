#include "CliError.h"
#include "Output.h"
#include "commands/Commands.h"

#include <array>
#include <functional>

namespace lintas::cli::commands {
namespace {

using vocab::List;

Poco::JSON::Object::Ptr countsJson(const std::vector<Count>& counts) {
    auto o = jsonObject();
    for (const auto& c : counts)
        o->set(c.key, c.count);
    return o;
}

void printCounts(std::ostream& out, std::string_view title, std::string header, const std::vector<Count>& counts,
                 const std::function<std::string(const std::string&)>& describe) {
    printHeading(out, title);
    if (counts.empty()) {
        out << "none\n";
        return;
    }
    Table t({std::move(header), "COUNT"});
    for (const auto& c : counts)
        t.addRow({describe(c.key), std::to_string(c.count)});
    t.print(out);
}

} // namespace

const std::string_view kStatsHelp = R"~(Usage: lintas-cli stats --db PATH [--json]

Counts over the whole database: cases, people, victims, suspects, organisations and referrals;
cases by status, by form of exploitation and by country involved; victims by form of exploitation;
referrals by status; and overdue referrals by service.

Options:
  --json   one object: "cases", "persons", "victims", "suspects", "organisations", "referrals",
           "overdueReferrals" (numbers) and "casesByStatus", "casesByExploitation",
           "victimsByExploitation", "casesByCountry", "referralsByStatus", "overdueByService"
           (objects from code to count, largest first)
)~";

int stats(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const Statistics s = unwrap(ws->stats.compute());

    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("today", ws->context().today());
        o->set("cases", s.cases);
        o->set("persons", s.persons);
        o->set("victims", s.victims);
        o->set("suspects", s.suspects);
        o->set("organisations", s.organisations);
        o->set("referrals", s.referrals);
        o->set("overdueReferrals", s.overdueReferrals);
        o->set("casesByStatus", countsJson(s.casesByStatus));
        o->set("casesByExploitation", countsJson(s.casesByExploitation));
        o->set("victimsByExploitation", countsJson(s.victimsByExploitation));
        o->set("casesByCountry", countsJson(s.casesByCountry));
        o->set("referralsByStatus", countsJson(s.referralsByStatus));
        o->set("overdueByService", countsJson(s.overdueByService));
        printJson(inv.out, o);
        return 0;
    }

    Table totals({"TOTALS", "COUNT"});
    totals.addRow({"Cases", std::to_string(s.cases)});
    totals.addRow({"People", std::to_string(s.persons)});
    totals.addRow({"  victims", std::to_string(s.victims)});
    totals.addRow({"  suspects", std::to_string(s.suspects)});
    totals.addRow({"Organisations", std::to_string(s.organisations)});
    totals.addRow({"Referrals", std::to_string(s.referrals)});
    totals.addRow({"  overdue", std::to_string(s.overdueReferrals)});
    totals.print(inv.out);

    const auto codeIn = [](List l) { return [l](const std::string& code) { return codeWithLabel(l, code); }; };
    printCounts(inv.out, "Cases by status", "STATUS", s.casesByStatus, codeIn(List::CaseStatus));
    printCounts(inv.out, "Cases by form of exploitation", "FORM", s.casesByExploitation,
                codeIn(List::ExploitationType));
    printCounts(inv.out, "Cases by country involved", "COUNTRY", s.casesByCountry,
                [](const std::string& code) { return countryWithName(code); });
    printCounts(inv.out, "Victims by form of exploitation", "FORM", s.victimsByExploitation,
                codeIn(List::ExploitationType));
    printCounts(inv.out, "Referrals by status", "STATUS", s.referralsByStatus, codeIn(List::ReferralStatus));
    printCounts(inv.out, "Overdue referrals by service (as of " + ws->context().today() + ")", "SERVICE",
                s.overdueByService, codeIn(List::ServiceType));
    return 0;
}

} // namespace lintas::cli::commands
