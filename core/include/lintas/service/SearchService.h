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
};

/// Hits of one kind, best first.
struct SearchGroup {
    std::string kind;
    std::vector<SearchHit> hits;
};

/// Full-text search over names, aliases, identifiers, case references, titles, summaries,
/// organisations and notes. Each word of the query must match (as a prefix); identifiers also
/// match by their normalised form.
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
    Context& m_ctx;
};

}  // namespace lintas
