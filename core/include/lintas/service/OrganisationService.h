#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Organisation.h"
#include "lintas/service/Context.h"

#include <vector>

namespace lintas {

class OrganisationService {
public:
    explicit OrganisationService(Context& ctx) : m_ctx(ctx) {}

    [[nodiscard]] Result<Organisation> create(Organisation o);
    [[nodiscard]] Result<Organisation> update(const Organisation& o);
    [[nodiscard]] Result<Organisation> get(const std::string& uuid);
    /// All organisations, optionally of one type, ordered by name.
    [[nodiscard]] Result<std::vector<Organisation>> list(const std::string& type = {}, int limit = 1000);

    [[nodiscard]] static Status validate(Organisation& o);

private:
    [[nodiscard]] Status writeChildren(std::int64_t orgId, const Organisation& o);
    [[nodiscard]] Result<Organisation> load(std::int64_t id);

    Context& m_ctx;
};

}  // namespace lintas
