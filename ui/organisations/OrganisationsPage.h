#pragma once

#include "common/Page.h"

#include <memory>

namespace lintas::ui {

class EditPrompter;

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

    /// Replaces the questions asked of the user (message boxes by default); tests script them.
    void setPrompter(std::shared_ptr<EditPrompter> prompter);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace lintas::ui
