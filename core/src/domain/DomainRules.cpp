#include "lintas/domain/Consent.h"
#include "lintas/domain/Person.h"
#include "lintas/domain/Referral.h"

#include <algorithm>
#include <array>

namespace lintas {

std::string Person::displayName() const {
    std::string out;
    for (const std::string* part : {&givenNames, &middleName, &familyName}) {
        if (part->empty())
            continue;
        if (!out.empty())
            out += ' ';
        out += *part;
    }
    return out;
}

bool Consent::activeOn(const std::string& date) const {
    return givenOn <= date && (!withdrawnOn || *withdrawnOn > date);
}

namespace referral_rules {
namespace {

struct Move {
    const char* from;
    const char* to;
};

// The whole lifecycle in one table: requested → accepted → in progress → completed, with
// declined (by the provider, before work starts) and cancelled (by us, any time before the end).
constexpr std::array<Move, 7> kMoves{{
    {"Requested", "Accepted"},
    {"Requested", "Declined"},
    {"Requested", "Cancelled"},
    {"Accepted", "InProgress"},
    {"Accepted", "Cancelled"},
    {"InProgress", "Completed"},
    {"InProgress", "Cancelled"},
}};

}  // namespace

bool canMove(const std::string& from, const std::string& to) {
    return std::any_of(kMoves.begin(), kMoves.end(), [&](const Move& m) { return from == m.from && to == m.to; });
}

std::vector<std::string> nextStates(const std::string& from) {
    std::vector<std::string> out;
    for (const auto& m : kMoves)
        if (from == m.from)
            out.emplace_back(m.to);
    return out;
}

bool isTerminal(const std::string& status) {
    return status == "Completed" || status == "Declined" || status == "Cancelled";
}

bool isOverdue(const Referral& r, const std::string& today) {
    return r.dueDate && *r.dueDate < today && !isTerminal(r.status);
}

}  // namespace referral_rules
}  // namespace lintas
