#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Referral.h"
#include "lintas/service/Context.h"

#include <optional>
#include <vector>

namespace lintas {

struct ReferralQuery {
    std::optional<std::string> status;
    std::optional<std::string> service;
    std::optional<std::string> providerUuid;
    std::optional<std::string> officer;
    std::optional<std::string> caseUuid;
    std::optional<std::string> victimUuid;
    bool overdueOnly = false;  ///< past due and not finished, as of today
    int limit = 1000;
};

/// Victim-support referrals and their lifecycle. Reads need VictimSupportRead, create and move
/// VictimSupportWrite (checked first; a refusal is Forbidden and audited). create leaves a create
/// entry, move an update entry ("fields=status,<timestamp>[,outcome]") in the same transaction.
/// Referral::victimName is kMaskedName: a referral's person is a victim (docs/security.md).
class ReferralService {
public:
    explicit ReferralService(Context& ctx) : m_ctx(ctx) {}

    /// Creates a referral in state Requested (the victim must be a victim in the case).
    [[nodiscard]] Result<Referral> create(Referral r, const std::string& byUser = {});
    /// Moves a referral to `toStatus`, stamping the transition time. An illegal move is refused
    /// with IllegalTransition and nothing changes. `outcome` is stored when given.
    [[nodiscard]] Result<Referral> move(const std::string& uuid, const std::string& toStatus,
                                        const std::string& byUser = {}, const std::string& note = {},
                                        const std::optional<std::string>& outcome = {});
    [[nodiscard]] Result<Referral> get(const std::string& uuid);
    [[nodiscard]] Result<std::vector<Referral>> list(const ReferralQuery& query);
    [[nodiscard]] Result<std::int64_t> countOverdue();
    [[nodiscard]] Result<std::vector<ReferralTransition>> history(const std::string& uuid);

    [[nodiscard]] static Status validate(const Referral& r);

private:
    [[nodiscard]] Result<Referral> load(const std::string& uuid);

    Context& m_ctx;
};

}  // namespace lintas
