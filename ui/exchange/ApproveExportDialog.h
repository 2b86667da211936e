#pragma once

#include "lintas/exchange/BundleService.h"

#include <QDialog>

#include <cstdint>
#include <optional>

namespace lintas {
class Workspace;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lintas::ui {

/// A supervisor approves one export: the cases, the recipient's certificate, the profile and the
/// markings of exactly the request a liaison officer will send, and a note. The dialog shows the
/// request digest as core computes it, for comparing with the one the exporter sees. Core decides
/// whether the approval may be given (ExportApprove) and whether an export may use it.
class ApproveExportDialog : public QDialog {
    Q_OBJECT

public:
    ApproveExportDialog(Workspace& workspace, QWidget* parent = nullptr);

    /// The request as the fields describe it (cases that could not be found are left out).
    [[nodiscard]] exchange::ExportRequest request() const;
    /// The approval stored by the last successful accept().
    [[nodiscard]] std::optional<std::int64_t> approvalId() const { return m_approvalId; }

    /// Stores the approval; stays open with the reason when core refuses it.
    void accept() override;

signals:
    /// An approval was stored.
    void approved(qint64 id);

private:
    void loadRecipients();
    void updateRequest();

    Workspace& m_ws;
    QLineEdit* m_cases = nullptr;
    QLabel* m_casesFound = nullptr;
    QComboBox* m_recipient = nullptr;
    QComboBox* m_profile = nullptr;
    QComboBox* m_tlp = nullptr;
    QComboBox* m_handling = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_digest = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_approve = nullptr;
    std::vector<std::string> m_caseUuids;
    bool m_casesComplete = false;
    std::optional<std::int64_t> m_approvalId;
};

}  // namespace lintas::ui
