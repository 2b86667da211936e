#pragma once

#include "lintas/Result.h"
#include "lintas/service/Context.h"

#include <string>
#include <vector>

namespace lintas {

struct SearchHit {
    std::string kind;    ///< case, person, alias, identifier, organisation, note
    std::string target;  ///< UUID of the record to open (the person for alias/identifier, the case for note)
    std::string label;   ///< what matched, for display
    std::string snippet; ///< context around the match (note/summary text), may be empty
    double score = 0;    ///< higher is better
    bool masked = false; ///< a victim's person or identifier hit: label kMaskedName, snippet empty
};

/// Hits of one kind, best first.
struct SearchGroup {
    std::string kind;
    std::vector<SearchHit> hits;
};

/// Full-text search over names, aliases, identifiers, case references, titles, summaries,
/// organisations and notes. Each word of the query must match (as a prefix); identifiers also
/// match by their normalised form.
///
/// Needs Search (checked first; a refusal is Forbidden and audited) and is audited as search with
/// "results=N", never the query. Hits the session may not read are left out: cases need CaseRead,
/// people PersonRead, organisations and notes IntelligenceRead (an identifier follows its owner).
/// Victims' hits are shown only with VictimIdentityRead, and then masked (SearchHit::masked).
class SearchService {
public:
    explicit SearchService(Context& ctx) : m_ctx(ctx) {}

    /// Groups in a fixed order (case, person, identifier, organisation, note); aliases are merged
    /// into people. At most `perKind` hits in each group.
    [[nodiscard]] Result<std::vector<SearchGroup>> search(const std::string& query, int perKind = 20);

    /// Turns user text into an FTS5 query (each token quoted, prefix-matched, ANDed). Empty when
    /// the text holds no searchable token.
    [[nodiscard]] static std::string toMatchExpression(const std::string& text);

private:
    /// Appends the search entry to the audit log and hands the groups back.
    [[nodiscard]] Result<std::vector<SearchGroup>> audited(std::vector<SearchGroup> groups);

    Context& m_ctx;
};

}  // namespace lintas
