#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Consent.h"
#include "lintas/service/Context.h"

#include <vector>

namespace lintas {

/// A victim's consent to sharing. forPerson needs VictimSupportRead, record and withdraw
/// VictimSupportWrite (checked first; a refusal is Forbidden and audited); record leaves a create
/// entry, withdraw an update entry ("fields=withdrawnOn") in the same transaction.
class ConsentService {
public:
    explicit ConsentService(Context& ctx) : m_ctx(ctx) {}

    [[nodiscard]] Result<Consent> record(Consent c);
    [[nodiscard]] Status withdraw(const std::string& uuid, const std::string& onDate);
    [[nodiscard]] Result<std::vector<Consent>> forPerson(const std::string& personUuid);

    [[nodiscard]] static Status validate(const Consent& c);

private:
    Context& m_ctx;
};

}  // namespace lintas
