#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace lintas::ui {

/// The questions the record editors (People, Organisations) and the referrals board ask the
/// user. Pages use MessageBoxPrompter; tests inject scripted answers.
class EditPrompter {
public:
    enum class LeaveChoice { Save, Discard, Cancel };
    enum class ConflictChoice { Reload, Overwrite, Cancel };

    EditPrompter() = default;
    virtual ~EditPrompter() = default;
    EditPrompter(const EditPrompter&) = delete;
    EditPrompter& operator=(const EditPrompter&) = delete;

    /// Unsaved edits of `recordName` are about to be left: save them, discard them, or stay.
    [[nodiscard]] virtual LeaveChoice askLeave(QWidget* parent, const QString& recordName) = 0;
    /// Someone else saved `recordName` since it was opened: load theirs (losing these edits),
    /// save these edits over theirs, or go back to editing.
    [[nodiscard]] virtual ConflictChoice askConflict(QWidget* parent, const QString& recordName) = 0;
    /// The outcome to record when a referral is completed; nullopt when the user cancels the move.
    [[nodiscard]] virtual std::optional<QString> askOutcome(QWidget* parent, const QString& referralName) = 0;
};

/// Asks with modal message boxes and input dialogs.
class MessageBoxPrompter : public EditPrompter {
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompter)

public:
    [[nodiscard]] LeaveChoice askLeave(QWidget* parent, const QString& recordName) override;
    [[nodiscard]] ConflictChoice askConflict(QWidget* parent, const QString& recordName) override;
    [[nodiscard]] std::optional<QString> askOutcome(QWidget* parent, const QString& referralName) override;
};

}  // namespace lintas::ui
