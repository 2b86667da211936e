#include "CliError.h"
#include "Output.h"
#include "commands/Commands.h"

#include <array>

namespace lintas::cli::commands {
namespace {

std::optional<vocab::List> findList(const std::string& name) {
    const std::string wanted = upperAscii(name);
    for (const auto l : vocab::allLists())
        if (upperAscii(vocab::listName(l)) == wanted || upperAscii(vocab::htcdsField(l)) == wanted)
            return l;
    return std::nullopt;
}

Poco::JSON::Object::Ptr listJson(vocab::List l) {
    auto o = jsonObject();
    o->set("name", std::string(vocab::listName(l)));
    o->set("htcdsField", std::string(vocab::htcdsField(l)));
    auto terms = jsonArray();
    for (const auto& t : vocab::terms(l)) {
        auto to = jsonObject();
        to->set("code", std::string(t.code));
        to->set("label", std::string(t.label));
        to->set("extension", t.extension);
        terms->add(to);
    }
    o->set("terms", terms);
    return o;
}

} // namespace

const std::string_view kVocabHelp = R"~(Usage: lintas-cli vocab [LIST] [--json]

Without LIST: the controlled lists, with the HTCDS 2.0 field each follows.
With LIST (e.g. case-status, exploitation-type, service-type, identifier-type): its codes and
English labels. Options that take codes accept the code or the label, in any letter case.
Codes marked * are Lintas extensions to the HTCDS picklist.

Options:
  --json   the lists (and their terms) as JSON
)~";

int vocab(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption}; // --db is accepted and not needed
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 1, "");
    const bool json = args.flag("json");

    if (args.positionals().empty()) {
        if (json) {
            auto o = jsonObject();
            auto lists = jsonArray();
            for (const auto l : vocab::allLists())
                lists->add(listJson(l));
            o->set("lists", lists);
            printJson(inv.out, o);
            return 0;
        }
        Table t({"LIST", "HTCDS FIELD", "CODES"});
        for (const auto l : vocab::allLists()) {
            const auto htcds = vocab::htcdsField(l);
            t.addRow({std::string(vocab::listName(l)), htcds.empty() ? "(Lintas extension)" : std::string(htcds),
                      std::to_string(vocab::terms(l).size())});
        }
        t.print(inv.out);
        inv.out << "\nShow the codes of a list with: lintas-cli vocab LIST\n";
        return 0;
    }

    const std::string name = args.positionals().front();
    const auto list = findList(name);
    if (!list)
        throw CommandError("vocab", "not found: no list named '" + name + "'; 'lintas-cli vocab' lists them");
    if (json) {
        printJson(inv.out, listJson(*list));
        return 0;
    }
    Table t({"CODE", "LABEL"});
    // In a list that follows HTCDS, mark the values Lintas adds; a list of its own needs no marks.
    const bool mixed = !vocab::htcdsField(*list).empty();
    bool anyExtension = false;
    for (const auto& term : vocab::terms(*list)) {
        const bool mark = mixed && term.extension;
        t.addRow({std::string(term.code) + (mark ? " *" : ""), std::string(term.label)});
        anyExtension = anyExtension || mark;
    }
    t.print(inv.out);
    if (anyExtension)
        inv.out << "\n* Lintas extension to the HTCDS 2.0 picklist\n";
    return 0;
}

} // namespace lintas::cli::commands
