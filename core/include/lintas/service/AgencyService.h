#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Agency.h"
#include "lintas/service/Context.h"

#include <optional>
#include <vector>

namespace lintas {

/// The local agency and the partner agencies this database knows. Look-ups are open to every
/// signed-in user (Forbidden without a session); add needs AgencyWrite and is audited (create,
/// "agency"). Workspace::create adds the local agency of a new database under a
/// Context::Delegation, before any user exists.
class AgencyService {
public:
    explicit AgencyService(Context& ctx) : m_ctx(ctx) {}

    /// Validates and stores an agency (code, ISO alpha-3 country, name). Returns it with its UUID.
    [[nodiscard]] Result<Agency> add(Agency agency);
    [[nodiscard]] Result<Agency> local();
    [[nodiscard]] Result<std::vector<Agency>> list();
    [[nodiscard]] Result<std::optional<Agency>> find(const std::string& country, const std::string& code);

    /// The field-level checks `add` applies, exposed for forms.
    [[nodiscard]] static Status validate(const Agency& agency);

private:
    Context& m_ctx;
};

}  // namespace lintas
