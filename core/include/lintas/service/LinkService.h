#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Links.h"
#include "lintas/service/Context.h"

#include <vector>

namespace lintas {

/// Cross-border links: journey legs, links to local or foreign cases, graded relationships.
///
/// Permissions (checked first; a refusal is Forbidden and audited): journeys and case links need
/// CaseRead / CaseWrite; relationships IntelligenceRead / IntelligenceWrite. Adding and removing
/// leaves a create / delete audit entry ("journey-leg", "case-link", "relationship") in the same
/// transaction.
class LinkService {
public:
    explicit LinkService(Context& ctx) : m_ctx(ctx) {}

    /// Adds a leg to a victim's journey in a case (the person must be a victim there).
    [[nodiscard]] Result<JourneyLeg> addJourneyLeg(JourneyLeg leg);
    /// Legs of a case (all victims, or one when `personUuid` is set), in journey order.
    [[nodiscard]] Result<std::vector<JourneyLeg>> journey(const std::string& caseUuid,
                                                          const std::string& personUuid = {});
    [[nodiscard]] Status removeJourneyLeg(const std::string& uuid);

    [[nodiscard]] Result<CaseLink> addCaseLink(CaseLink link);
    /// Links from and to the case.
    [[nodiscard]] Result<std::vector<CaseLink>> caseLinks(const std::string& caseUuid);

    [[nodiscard]] Result<Relationship> addRelationship(Relationship r);
    /// Relationships where the person or organisation with `uuid` is either end.
    [[nodiscard]] Result<std::vector<Relationship>> relationshipsOf(const std::string& uuid);
    [[nodiscard]] Result<std::vector<Relationship>> relationshipsInCase(const std::string& caseUuid);

    [[nodiscard]] static Status validate(const JourneyLeg& leg);
    [[nodiscard]] static Status validate(const CaseLink& link);
    [[nodiscard]] static Status validate(const Relationship& r);

private:
    Context& m_ctx;
};

}  // namespace lintas
