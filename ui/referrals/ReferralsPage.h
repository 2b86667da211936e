#pragma once

#include "common/Page.h"

#include <memory>

#include "lintas/service/ReferralService.h"

namespace lintas::ui {

class EditPrompter;

/// The referrals board for victim-support officers: every referral, filtered or grouped by
/// state, service, provider and officer; overdue ones stand out; one action moves a referral.
class ReferralsPage : public Page {
    Q_OBJECT

public:
    ReferralsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ReferralsPage() override;

    void reload() override;
    /// Replaces the board's filters (used by dashboard drill-down).
    void applyFilter(const ReferralQuery& query);

    /// Replaces the questions asked of the user (message boxes by default); tests script them.
    void setPrompter(std::shared_ptr<EditPrompter> prompter);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace lintas::ui
