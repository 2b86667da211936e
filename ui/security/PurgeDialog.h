#pragma once

#include "lintas/security/RetentionService.h"

#include <QDialog>
#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lintas::ui {

/// Asks for explicit confirmation before records past their retention date are deleted for
/// good: it names them, says what goes with them, and deletes only once the user has ticked
/// "I understand" and pressed the destructive button. The caller's check deletes them through
/// core; a refusal keeps the dialog open with core's reason.
class PurgeDialog : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<QString()>;

    PurgeDialog(const std::vector<security::RetentionItem>& items, QWidget* parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }
    /// What core says the deletion will remove (RetentionService::preview), shown above the
    /// confirmation; or, when the preview failed, core's reason (and deleting stays impossible).
    void setPreview(const QString& summary, bool ok);
    void accept() override;

private:
    Check m_check;
    QLabel* m_preview = nullptr;
    bool m_previewOk = true;
    QCheckBox* m_understood = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace lintas::ui
