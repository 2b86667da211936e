#pragma once

#include "common/Page.h"

#include <memory>

namespace lintas::ui {

class EditPrompter;
class RevealDialog;

/// People: search/list of persons and the person editor (names, aliases, identifiers with their
/// normalised form, citizenships, languages) with the person's roles across all cases.
class PersonsPage : public Page {
    Q_OBJECT

public:
    PersonsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~PersonsPage() override;

    void reload() override;
    [[nodiscard]] bool confirmLeave() override;
    void openPerson(const QString& uuid);
    void newPerson();
    /// For a masked victim on show: asks the reason (window-modal; returned so that tests can
    /// fill it in) and then shows the person as core reveals them. nullptr when no masked victim
    /// is on show or the user's roles do not include VictimIdentityRead.
    RevealDialog* revealIdentity();

    /// Replaces the questions asked of the user (message boxes by default); tests script them.
    void setPrompter(std::shared_ptr<EditPrompter> prompter);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace lintas::ui
