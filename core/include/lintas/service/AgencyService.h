#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Agency.h"
#include "lintas/service/Context.h"

#include <optional>
#include <vector>

namespace lintas {

/// The local agency and the partner agencies this database knows.
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
