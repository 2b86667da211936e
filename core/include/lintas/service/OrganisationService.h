#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Organisation.h"
#include "lintas/service/Context.h"

#include <vector>

namespace lintas {

namespace store {
class Statement;
}

/// Organisations (recruitment agencies, employers, compounds, providers…): intelligence. Every call
/// but serviceProviders() needs IntelligenceRead / IntelligenceWrite (checked first; a refusal is
/// Forbidden and audited); create and update leave an audit entry ("organisation"; update with
/// the changed field names) in their transaction.
class OrganisationService {
public:
    explicit OrganisationService(Context& ctx) : m_ctx(ctx) {}

    [[nodiscard]] Result<Organisation> create(Organisation o);
    [[nodiscard]] Result<Organisation> update(const Organisation& o);
    [[nodiscard]] Result<Organisation> get(const std::string& uuid);
    /// All organisations, optionally of one type, ordered by name.
    [[nodiscard]] Result<std::vector<Organisation>> list(const std::string& type = {}, int limit = 1000);
    /// The organisations a victim can be referred to (types for which isServiceProviderType()),
    /// ordered by name: what a victim-support officer picks a referral's provider from. Needs
    /// VictimSupportRead, not IntelligenceRead.
    [[nodiscard]] Result<std::vector<Organisation>> serviceProviders(int limit = 1000);

    [[nodiscard]] static Status validate(Organisation& o);
    /// NGO, health, legal, service provider, shelter, international organisation, local or central
    /// government, school or college.
    [[nodiscard]] static bool isServiceProviderType(const std::string& type);

private:
    [[nodiscard]] Status writeChildren(std::int64_t orgId, const Organisation& o);
    [[nodiscard]] Result<Organisation> load(std::int64_t id);
    /// Loads the organisations whose ids `st` yields.
    [[nodiscard]] Result<std::vector<Organisation>> loadAll(store::Statement& st);

    Context& m_ctx;
};

}  // namespace lintas
