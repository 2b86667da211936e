#pragma once

#include "common/Page.h"

#include <memory>

namespace lintas::ui {

/// Organisations: list and editor (type, identifiers, addresses, people linked).
class OrganisationsPage : public Page {
    Q_OBJECT

public:
    OrganisationsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~OrganisationsPage() override;

    void reload() override;
    [[nodiscard]] bool confirmLeave() override;
    void openOrganisation(const QString& uuid);
    void newOrganisation();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace lintas::ui
