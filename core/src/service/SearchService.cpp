#include "lintas/service/SearchService.h"

#include "Support.h"

#include "lintas/domain/Normalize.h"
#include "lintas/domain/Person.h"

#include <algorithm>
#include <array>

namespace lintas {
namespace {

bool isWordByte(unsigned char c) {
    // ASCII letters/digits, and every byte of a multi-byte UTF-8 sequence (names in Thai, Khmer,
    // Vietnamese… stay whole; the FTS tokenizer decides where their words break).
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// A victim's hit: the label and snippet would show a name, an alias or an identifier.
void mask(SearchHit& hit) {
    hit.label = kMaskedName;
    hit.snippet.clear();
    hit.masked = true;
}

struct KindQuery {
    const char* kind;
    const char* group;
};

// Display order of the groups; aliases are shown among people.
constexpr std::array<KindQuery, 6> kKinds{{
    {"case", "case"},
    {"person", "person"},
    {"alias", "person"},
    {"identifier", "identifier"},
    {"organisation", "organisation"},
    {"note", "note"},
}};

}  // namespace

std::string SearchService::toMatchExpression(const std::string& text) {
    if (!normalize::isCleanText(text))
        return {};
    std::string out;
    std::string token;
    auto flush = [&]() {
        if (token.empty())
            return;
        if (!out.empty())
            out += ' ';
        // Quoted so FTS5 syntax in user text (AND, NEAR, *, ^, :) is never interpreted; '*' makes
        // each word a prefix so results come as the user types.
        out += '"';
        out += token;
        out += "\"*";
        token.clear();
    };
    for (char ch : text) {
        if (isWordByte(static_cast<unsigned char>(ch)))
            token += ch;
        else
            flush();
    }
    flush();
    return out;
}

Result<std::vector<SearchGroup>> SearchService::search(const std::string& query, int perKind) {
    using security::Permission;
    LINTAS_TRY(m_ctx.require(Permission::Search));
    // What the session may see of each kind; the rest is left out in SQL, so `perKind` counts only
    // hits that are shown. A victim found by name, alias or identifier is shown (with a masked
    // label) only to a session that may reveal who it is: a masked hit would still tell anyone
    // else that the name they typed is a victim's.
    const bool plain = detail::unmasked(m_ctx);
    const bool cases = detail::holds(m_ctx, Permission::CaseRead);
    const bool persons = detail::holds(m_ctx, Permission::PersonRead);
    const bool victims = persons && detail::holds(m_ctx, Permission::VictimIdentityRead);
    const bool intelligence = detail::holds(m_ctx, Permission::IntelligenceRead);
    std::vector<SearchGroup> groups;
    auto groupFor = [&](const std::string& name) -> SearchGroup& {
        for (auto& g : groups)
            if (g.kind == name)
                return g;
        groups.push_back(SearchGroup{name, {}});
        return groups.back();
    };
    for (const char* name : {"case", "person", "identifier", "organisation", "note"})
        groupFor(name);

    // Exact identifier matches first: "+66 81-234-5678" finds "+66812345678" however it was typed.
    std::vector<std::string> forms;
    for (const auto& t : vocab::terms(vocab::List::IdentifierType)) {
        if (t.code == "Other" || t.code == "SocialMediaHandle")
            continue;
        auto norm = normalize::identifier(t.code, query, std::nullopt, "query");
        if (norm && norm->size() >= 4 && std::find(forms.begin(), forms.end(), *norm) == forms.end())
            forms.push_back(*norm);
    }
    auto& idGroup = groupFor("identifier");
    for (const auto& form : forms) {
        auto st = m_ctx.db().prepare(
            "SELECT coalesce(p.uuid, o.uuid), i.value, i.type, p.id IS NOT NULL AND " + detail::isVictimSql("p.id") +
            " FROM identifier i LEFT JOIN person p ON p.id = i.person_id "
            "LEFT JOIN organisation o ON o.id = i.organisation_id WHERE i.value_norm = ?1 "
            "AND CASE WHEN p.id IS NOT NULL THEN ?3 AND (?4 OR NOT " + detail::isVictimSql("p.id") + ") ELSE ?5 END "
            "LIMIT ?2");
        if (!st)
            return st.error();
        (*st)->bind(1, form).bind(2, perKind).bind(3, persons ? 1 : 0).bind(4, victims ? 1 : 0);
        (*st)->bind(5, intelligence ? 1 : 0);
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            SearchHit hit{"identifier", (*st)->text(0), (*st)->text(1), (*st)->text(2), 1000.0};
            if ((*st)->int64(3) != 0 && !plain)
                mask(hit);
            idGroup.hits.push_back(std::move(hit));
        }
    }

    const std::string match = toMatchExpression(query);
    if (match.empty())
        return audited(std::move(groups));
    // The person a person, alias or identifier entry names, when it names a person.
    const std::string personOf = "(SELECT id FROM person WHERE uuid = s.target)";
    for (const auto& k : kKinds) {
        const std::string kind = k.kind;
        const bool personKind = kind == "person" || kind == "alias" || kind == "identifier";
        bool allowed = false;
        if (kind == "case")
            allowed = cases;
        else if (kind == "person" || kind == "alias")
            allowed = persons;
        else if (kind == "identifier")
            allowed = persons || intelligence;
        else
            allowed = intelligence;  // organisations and notes are intelligence
        if (!allowed)
            continue;
        std::string filter;
        if (kind == "identifier")
            filter = " AND CASE WHEN " + personOf + " IS NOT NULL THEN ?4 AND (?5 OR NOT " +
                     detail::isVictimSql(personOf) + ") ELSE ?6 END";
        else if (personKind)
            filter = " AND (?5 OR NOT " + detail::isVictimSql(personOf) + ")";
        auto st = m_ctx.db().prepare(
            "SELECT s.target, s.label, snippet(search_index, 3, '[', ']', '…', 12), s.rank, "
            "CASE s.kind WHEN 'note' THEN (SELECT reference FROM case_file WHERE uuid = s.target) ELSE '' END, " +
            (personKind ? detail::isVictimSql(personOf) : std::string("0")) +
            " FROM search_index s WHERE search_index MATCH ?1 AND s.kind = ?2" + filter + " ORDER BY s.rank LIMIT ?3");
        if (!st)
            return st.error();
        (*st)->bind(1, match).bind(2, k.kind).bind(3, perKind);
        if (kind == "identifier")
            (*st)->bind(4, persons ? 1 : 0).bind(5, victims ? 1 : 0).bind(6, intelligence ? 1 : 0);
        else if (personKind)
            (*st)->bind(5, victims ? 1 : 0);
        auto& group = groupFor(k.group);
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            SearchHit hit;
            hit.kind = k.kind;
            hit.target = (*st)->text(0);
            hit.label = std::string(k.kind) == "note" ? (*st)->text(4) : (*st)->text(1);
            hit.snippet = (*st)->text(2);
            hit.score = -(*st)->real(3);
            if ((*st)->int64(5) != 0 && !plain)
                mask(hit);
            const bool seen = std::any_of(group.hits.begin(), group.hits.end(), [&](const SearchHit& h) {
                return h.target == hit.target && (h.kind == hit.kind || group.kind == "person" || group.kind == "identifier");
            });
            if (!seen)
                group.hits.push_back(std::move(hit));
        }
    }
    for (auto& g : groups) {
        std::stable_sort(g.hits.begin(), g.hits.end(),
                         [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
        if (g.hits.size() > static_cast<std::size_t>(perKind))
            g.hits.resize(static_cast<std::size_t>(perKind));
    }
    return audited(std::move(groups));
}

Result<std::vector<SearchGroup>> SearchService::audited(std::vector<SearchGroup> groups) {
    std::size_t n = 0;
    for (const auto& g : groups)
        n += g.hits.size();
    // The count only: the query may itself be a name, a phone number or a passport number.
    LINTAS_TRY(m_ctx.record(security::audit::kSearch, {}, {}, "results=" + std::to_string(n)));
    return groups;
}

}  // namespace lintas
