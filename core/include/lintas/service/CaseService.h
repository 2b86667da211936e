#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Case.h"
#include "lintas/domain/CaseParty.h"
#include "lintas/service/CaseQuery.h"
#include "lintas/service/Context.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lintas {

/// Cases, the people in them and their per-case victim and suspect profiles.
///
/// Permissions (checked first in every call; a refusal is Forbidden and audited): cases, parties
/// and their lists need CaseRead / CaseWrite; victim profiles VictimSupportRead /
/// VictimProfileWrite; suspect profiles IntelligenceRead / IntelligenceWrite. Every write leaves an
/// audit entry (create / update with the changed field names / delete) in its transaction:
/// "case" by the case UUID; "case-party", "victim-profile" and "suspect-profile" by the case UUID
/// with detail "person=<uuid> …". parties() and rolesOf() show kMaskedName as the name of a
/// person who is a victim in any case (docs/security.md, "Masking").
class CaseService {
public:
    explicit CaseService(Context& ctx) : m_ctx(ctx) {}

    /// Validates and stores a new case. Assigns UUID, reference (when empty), timestamps and the
    /// local agency as origin. One transaction.
    [[nodiscard]] Result<Case> create(Case c);
    /// Replaces the stored fields of `c`. Fails with Conflict when `c.meta.version` is not the
    /// stored version (someone else saved in between). Returns the stored case.
    [[nodiscard]] Result<Case> update(const Case& c);
    [[nodiscard]] Result<Case> get(const std::string& uuid);
    [[nodiscard]] Result<Case> getByReference(const std::string& reference);
    /// Uuid or reference, whichever `key` is.
    [[nodiscard]] Result<Case> find(const std::string& key);
    [[nodiscard]] Result<std::vector<CaseSummary>> list(const CaseQuery& query);
    [[nodiscard]] Result<std::int64_t> count(const CaseQuery& query);

    /// Adds a person to a case in a role (victim, suspect, witness, other).
    [[nodiscard]] Status addParty(const std::string& caseUuid, const std::string& personUuid, const std::string& role,
                                  const std::string& roleDetails = {});
    [[nodiscard]] Status removeParty(const std::string& caseUuid, const std::string& personUuid,
                                     const std::string& role);
    [[nodiscard]] Result<std::vector<CaseParty>> parties(const std::string& caseUuid);
    /// Every case the person appears in, with the role.
    [[nodiscard]] Result<std::vector<CaseParty>> rolesOf(const std::string& personUuid);

    /// Creates or replaces the victim profile; the person must be a victim in the case.
    [[nodiscard]] Status setVictimProfile(const VictimProfile& profile);
    [[nodiscard]] Result<std::optional<VictimProfile>> victimProfile(const std::string& caseUuid,
                                                                     const std::string& personUuid);
    /// Creates or replaces the suspect profile; the person must be a suspect in the case.
    [[nodiscard]] Status setSuspectProfile(const SuspectProfile& profile);
    [[nodiscard]] Result<std::optional<SuspectProfile>> suspectProfile(const std::string& caseUuid,
                                                                       const std::string& personUuid);

    /// Field checks applied by create/update, for forms that validate as the user types.
    [[nodiscard]] static Status validate(const Case& c, const std::string& today);
    [[nodiscard]] static Status validate(const VictimProfile& p);
    [[nodiscard]] static Status validate(const SuspectProfile& p);

private:
    [[nodiscard]] Status writeChildren(std::int64_t caseId, const Case& c);
    [[nodiscard]] Result<std::string> nextReference(const std::string& openedOn);
    [[nodiscard]] Result<Case> load(std::int64_t id);
    [[nodiscard]] Result<Case> loadByUuid(const std::string& uuid);
    [[nodiscard]] Result<Case> loadByReference(const std::string& reference);
    [[nodiscard]] Result<std::optional<VictimProfile>> readVictimProfile(std::int64_t caseId, std::int64_t personId,
                                                                         const std::string& caseUuid,
                                                                         const std::string& personUuid);
    [[nodiscard]] Result<std::optional<SuspectProfile>> readSuspectProfile(std::int64_t caseId, std::int64_t personId,
                                                                           const std::string& caseUuid,
                                                                           const std::string& personUuid);
    [[nodiscard]] Status requireRole(std::int64_t caseId, std::int64_t personId, const char* role, const char* field);

    Context& m_ctx;
};

}  // namespace lintas
