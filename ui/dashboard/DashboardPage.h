#pragma once

#include "common/Page.h"

#include <memory>

#include "lintas/service/CaseQuery.h"
#include "lintas/service/ReferralService.h"

namespace lintas::ui {

/// Charts over core aggregate queries; clicking a bar or slice asks for the matching list.
class DashboardPage : public Page {
    Q_OBJECT

public:
    DashboardPage(Workspace& workspace, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void reload() override;

signals:
    void casesRequested(const lintas::CaseQuery& query);
    void referralsRequested(const lintas::ReferralQuery& query);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace lintas::ui
