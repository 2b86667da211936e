#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Person.h"
#include "lintas/service/Context.h"

#include <optional>
#include <vector>

namespace lintas {

/// A hit of a person look-up.
struct PersonMatch {
    std::string uuid;
    std::string name;
    std::string matchedOn;  ///< e.g. "Phone +66812345678" or "name"
};

class PersonService {
public:
    explicit PersonService(Context& ctx) : m_ctx(ctx) {}

    /// Validates, normalises identifiers and stores a new person. One transaction.
    [[nodiscard]] Result<Person> create(Person p);
    /// Replaces the person (aliases, citizenships, languages and identifiers included); Conflict
    /// when `p.meta.version` is stale.
    [[nodiscard]] Result<Person> update(const Person& p);
    [[nodiscard]] Result<Person> get(const std::string& uuid);
    /// Exact match on a normalised identifier; `type` empty matches any type.
    [[nodiscard]] Result<std::vector<PersonMatch>> findByIdentifier(const std::string& type, const std::string& value,
                                                                    const std::optional<std::string>& country = {});
    /// Name or alias search (full-text, prefix), best first.
    [[nodiscard]] Result<std::vector<PersonMatch>> findByName(const std::string& text, int limit = 50);

    /// Field checks applied by create/update (identifiers normalised into `p`).
    [[nodiscard]] static Status validate(Person& p, const std::string& today);

private:
    /// Writes aliases, citizenships, languages and identifiers; `replacing` first removes the old ones.
    [[nodiscard]] Status writeChildren(std::int64_t personId, const Person& p, bool replacing);
    [[nodiscard]] Result<Person> load(std::int64_t id);

    Context& m_ctx;
};

}  // namespace lintas
