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
    std::string name;       ///< kMaskedName for a victim (see `masked`)
    std::string matchedOn;  ///< e.g. "Phone +66812345678" or "name"; only the identifier type for a victim
    bool masked = false;    ///< a victim: open with PersonService::reveal to see who it is
};

/// People. Every call checks the signed-in user's permission (security::Permission) first and
/// writes leave an audit entry in the same transaction.
///
/// Masking: a person who is a victim in any case is returned by get() in masked form
/// (maskIdentity(), Person::identityMasked); the full record comes only from reveal(), which
/// needs VictimIdentityRead and a reason and is audited as read-identity. Look-ups leave
/// victims out for a session without VictimIdentityRead and show them with a masked name to one
/// with it. Inside a Context::Delegation (bundle export/import) records are not masked.
class PersonService {
public:
    explicit PersonService(Context& ctx) : m_ctx(ctx) {}

    /// Validates, normalises identifiers and stores a new person. One transaction. PersonWrite.
    [[nodiscard]] Result<Person> create(Person p);
    /// Replaces the person (aliases, citizenships, languages and identifiers included); Conflict
    /// when `p.meta.version` is stale. PersonWrite, and VictimIdentityRead for a victim. A masked
    /// Person (identityMasked) is Refused: it would overwrite the identity with the mask. Returns
    /// the stored person, unmasked (the caller has just written every field). Audited as update
    /// with the names of the changed fields.
    [[nodiscard]] Result<Person> update(const Person& p);
    /// The person; masked when they are a victim in any case. PersonRead.
    [[nodiscard]] Result<Person> get(const std::string& uuid);
    /// The full, unmasked person, for a user who needs a victim's identity, contacts or
    /// whereabouts. VictimIdentityRead (Forbidden otherwise) and a non-empty `reason` (Validation
    /// error "reveal.reason" otherwise); audited as read-identity with the reason.
    [[nodiscard]] Result<Person> reveal(const std::string& uuid, const std::string& reason);
    /// Exact match on a normalised identifier; `type` empty matches any type. PersonRead; audited
    /// as search ("results=N").
    [[nodiscard]] Result<std::vector<PersonMatch>> findByIdentifier(const std::string& type, const std::string& value,
                                                                    const std::optional<std::string>& country = {});
    /// Name or alias search (full-text, prefix), best first. PersonRead; audited as search.
    [[nodiscard]] Result<std::vector<PersonMatch>> findByName(const std::string& text, int limit = 50);

    /// Field checks applied by create/update (identifiers normalised into `p`).
    [[nodiscard]] static Status validate(Person& p, const std::string& today);
    /// The masked form of `p`: given names kMaskedName; middle and family names, aliases,
    /// birth date, identifiers (phones, e-mail and other contacts included), street, city, state,
    /// postal code, mailing country and coordinates emptied; identityMasked set. Sex, gender,
    /// estimated age, citizenships, languages and the other non-identifying fields stay.
    [[nodiscard]] static Person maskIdentity(Person p);

private:
    /// Writes aliases, citizenships, languages and identifiers; `replacing` first removes the old ones.
    [[nodiscard]] Status writeChildren(std::int64_t personId, const Person& p, bool replacing);
    [[nodiscard]] Result<Person> load(std::int64_t id);
    /// Internal id of the person with `uuid`; NotFound when there is none.
    [[nodiscard]] Result<std::int64_t> existingId(const std::string& uuid) const;

    Context& m_ctx;
};

}  // namespace lintas
