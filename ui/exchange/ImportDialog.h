#pragma once

#include "lintas/exchange/BundleService.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class ImportPreviewModel;
class TlpChip;

/// Checks a bundle received from a partner and imports it: choose the file, see core's verdict
/// (verified: who signed it, with which certificate, under which markings; or rejected: exactly
/// why), see what applying it would do record by record, grade it, link received cases to ours,
/// apply, and send a signed receipt back. Nothing is written before the user applies, and a
/// rejected bundle writes nothing but its line in the exchange log.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    enum class State { NoFile, Verified, Rejected, Applied };

    explicit ImportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Verifies the bundle at `path` and previews it. For an encrypted bundle the passphrase of
    /// our identity is asked first (the dialog is window-modal; verification follows when it
    /// unlocks).
    void openFile(const QString& path);
    /// Applies the verified bundle with the grading and case links chosen. True when imported.
    bool apply();
    /// Writes a signed receipt (acceptance after apply, rejection after a rejected bundle) to
    /// `path`, asking the passphrase of our identity first (window-modal).
    void saveReceipt(const QString& path);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] ImportPreviewModel* previewModel() const { return m_model; }
    [[nodiscard]] const std::optional<exchange::ImportPreview>& preview() const { return m_preview; }
    [[nodiscard]] const std::optional<exchange::ImportResult>& result() const { return m_result; }
    /// Links chosen so far: partner case UUID → local case UUID.
    void setCaseLink(const QString& partnerCase, const QString& localCase, const QString& localLabel);

signals:
    /// A bundle was imported: cases, people and organisations changed.
    void imported();

private:
    void chooseFile();
    void verifyWith(const exchange::Identity* identity);
    /// Asks for the passphrase of the local identity, then verifies the encrypted bundle with it.
    void askPassphraseThenVerify();
    void showVerified();
    void showRejected(const Error& error);
    void showStatistics(const exchange::StatisticsRecord& statistics);
    void fillCaseLinks();
    void pickLocalCase();
    void chooseReceiptFile();
    void setState(State state);
    [[nodiscard]] exchange::ImportOptions options() const;

    Workspace& m_workspace;
    State m_state = State::NoFile;
    QString m_path;
    std::optional<exchange::VerifiedBundle> m_bundle;
    std::optional<exchange::ImportPreview> m_preview;
    std::optional<exchange::ImportResult> m_result;
    std::optional<Error> m_rejection;
    std::string m_rejectedFileSha256;

    QLineEdit* m_file = nullptr;
    QPushButton* m_choose = nullptr;
    QLabel* m_intro = nullptr;
    QFrame* m_verdict = nullptr;
    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdictHeader = nullptr;
    QWidget* m_verifiedDetails = nullptr;
    QLabel* m_sender = nullptr;
    QLabel* m_fingerprint = nullptr;
    QLabel* m_profile = nullptr;
    QLabel* m_purpose = nullptr;
    TlpChip* m_tlp = nullptr;
    QLabel* m_handling = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_sequence = nullptr;
    QWidget* m_rejectedDetails = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_rejectionReceipt = nullptr;

    QStackedWidget* m_content = nullptr;
    QLabel* m_counts = nullptr;
    ImportPreviewModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_view = nullptr;
    QTreeWidget* m_statistics = nullptr;

    QGroupBox* m_options = nullptr;
    QComboBox* m_sourceGrade = nullptr;
    QComboBox* m_infoGrade = nullptr;
    QTreeWidget* m_caseLinks = nullptr;
    QPushButton* m_linkCase = nullptr;

    QLabel* m_status = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_acceptanceReceipt = nullptr;
    QPushButton* m_close = nullptr;
};

}  // namespace lintas::ui
