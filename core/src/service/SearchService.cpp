#include "lintas/service/SearchService.h"

#include "Support.h"

#include "lintas/domain/Normalize.h"

#include <algorithm>
#include <array>

namespace lintas {
namespace {

bool isWordByte(unsigned char c) {
    // ASCII letters/digits, and every byte of a multi-byte UTF-8 sequence (names in Thai, Khmer,
    // Vietnamese… stay whole; the FTS tokenizer decides where their words break).
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
            "SELECT coalesce(p.uuid, o.uuid), i.value, i.type FROM identifier i LEFT JOIN person p ON p.id = i.person_id "
            "LEFT JOIN organisation o ON o.id = i.organisation_id WHERE i.value_norm = ? LIMIT ?");
        if (!st)
            return st.error();
        (*st)->bind(1, form).bind(2, perKind);
        while (true) {
            LINTAS_ASSIGN(row, (*st)->step());
            if (!row)
                break;
            idGroup.hits.push_back(SearchHit{"identifier", (*st)->text(0), (*st)->text(1), (*st)->text(2), 1000.0});
        }
    }

    const std::string match = toMatchExpression(query);
    if (match.empty())
        return groups;
    for (const auto& k : kKinds) {
        auto st = m_ctx.db().prepare(
            "SELECT s.target, s.label, snippet(search_index, 3, '[', ']', '…', 12), s.rank, "
            "CASE s.kind WHEN 'note' THEN (SELECT reference FROM case_file WHERE uuid = s.target) ELSE '' END "
            "FROM search_index s WHERE search_index MATCH ? AND s.kind = ? ORDER BY s.rank LIMIT ?");
        if (!st)
            return st.error();
        (*st)->bind(1, match).bind(2, k.kind).bind(3, perKind);
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
    return groups;
}

}  // namespace lintas
