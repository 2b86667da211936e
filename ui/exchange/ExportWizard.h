#pragma once

#include "lintas/exchange/BundleService.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <optional>

class QThread;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

/// Sends cases to a trusted partner agency as a signed bundle, in five steps: what to send,
/// to whom and under which markings, core's consent and handling check, exactly what will leave,
/// and signing and saving the file. Every decision about consent, pseudonymisation and handling
/// codes is core's (previewExport / exportBundle); the wizard shows it.
///
/// Writing the bundle runs on a worker thread so that large attachments do not freeze the
/// window. The Workspace must not be used from two threads at once: open the wizard modally
/// (the main window does), and the wizard cannot be closed while the worker runs.
class ExportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { SelectionPageId, RecipientPageId, CheckPageId, PreviewPageId, SavePageId };

    /// Starts with the cases `caseUuids` selected (more can be added on the first page).
    ExportWizard(Workspace& workspace, const QStringList& caseUuids, QWidget* parent = nullptr);
    ~ExportWizard() override;

    /// The export as the pages describe it so far.
    [[nodiscard]] exchange::ExportRequest request() const;
    /// Core's answer for request(), once the check page has run.
    [[nodiscard]] const std::optional<exchange::ExportPreview>& preview() const { return m_preview; }
    /// The bundle written, once the last page has signed and saved it.
    [[nodiscard]] const std::optional<exchange::ExportResult>& result() const { return m_result; }
    /// True while the bundle is being written.
    [[nodiscard]] bool isExporting() const;

    void reject() override;

signals:
    /// A bundle was written (the exchange log has a new row).
    void exported(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    class SelectionPage;
    class RecipientPage;
    class CheckPage;
    class PreviewPage;
    class SavePage;

    /// Runs previewExport for request(); fills preview() or returns the error.
    std::optional<Error> runPreview();

    Workspace& m_workspace;
    SelectionPage* m_selectionPage = nullptr;
    RecipientPage* m_recipientPage = nullptr;
    CheckPage* m_checkPage = nullptr;
    PreviewPage* m_previewPage = nullptr;
    SavePage* m_savePage = nullptr;
    std::optional<exchange::ExportPreview> m_preview;
    std::optional<exchange::ExportResult> m_result;
    QPointer<QThread> m_worker;
};

}  // namespace lintas::ui
