#include "CliError.h"
#include "Output.h"
#include "commands/Commands.h"

#include <array>

namespace lintas::cli::commands {
namespace {

struct GroupName {
    std::string_view kind;    ///< SearchGroup::kind
    std::string_view jsonKey; ///< key in the JSON output
    std::string_view heading; ///< heading in the human output
};

// Every group is always present, in this order, so scripts can rely on the keys.
constexpr std::array<GroupName, 5> kGroups{{
    {"case", "cases", "Cases"},
    {"person", "people", "People"},
    {"identifier", "identifiers", "Identifiers"},
    {"organisation", "organisations", "Organisations"},
    {"note", "notes", "Notes"},
}};

const SearchGroup* findGroup(const std::vector<SearchGroup>& groups, std::string_view kind) {
    for (const auto& g : groups)
        if (g.kind == kind)
            return &g;
    return nullptr;
}

} // namespace

const std::string_view kSearchHelp = R"~(Usage: lintas-cli search QUERY... --db PATH [--limit N] [--json]

Search everything at once: case references, titles and summaries; people's names and aliases;
identifiers (phone numbers and document numbers also in their normalised form); organisations;
and notes. Every word must match, as a word or the start of one. Results come in groups - cases,
people, identifiers, organisations, notes - best match first.

Options:
  --limit N   at most N results per group (default 20)
  --json      {"query", "cases", "people", "identifiers", "organisations", "notes"}, each a list of
              {"kind", "target", "label", "snippet", "score"}; "target" is the UUID to open (the
              person for an identifier or alias, the case for a note)

Examples:
  lintas-cli search --db cases.lintas sihanoukville
  lintas-cli search --db cases.lintas "dewi lest"
  lintas-cli search --db cases.lintas +6281234567890
)~";

int search(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"limit"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(1, SIZE_MAX, "QUERY (the words to search for)");
    const std::string query = join(args.positionals(), " ");
    const auto limit = args.integer("limit", 1, 1000).value_or(20);
    auto ws = openWorkspace(args);
    const auto groups = unwrap(ws->search.search(query, static_cast<int>(limit)));

    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("query", query);
        for (const auto& name : kGroups) {
            auto arr = jsonArray();
            if (const auto* g = findGroup(groups, name.kind)) {
                for (const auto& h : g->hits) {
                    auto ho = jsonObject();
                    ho->set("kind", h.kind);
                    ho->set("target", h.target);
                    ho->set("label", h.label);
                    ho->set("snippet", h.snippet);
                    ho->set("score", h.score);
                    arr->add(ho);
                }
            }
            o->set(std::string(name.jsonKey), arr);
        }
        printJson(inv.out, o);
        return 0;
    }

    std::size_t total = 0;
    bool first = true;
    for (const auto& name : kGroups) {
        const auto* g = findGroup(groups, name.kind);
        if (!g || g->hits.empty())
            continue;
        total += g->hits.size();
        if (!first)
            inv.out << '\n';
        first = false;
        inv.out << name.heading << " (" << g->hits.size() << ")\n";
        Table t({"MATCH", "OPEN WITH", "CONTEXT"});
        for (const auto& h : g->hits)
            t.addRow({ellipsize(h.label, 70), h.target, ellipsize(h.snippet, 70)});
        t.print(inv.out, "  ");
    }
    if (total == 0)
        inv.out << "Nothing found.\n";
    return 0;
}

} // namespace lintas::cli::commands
