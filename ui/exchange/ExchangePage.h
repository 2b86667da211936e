#pragma once

#include "common/Page.h"

#include "lintas/Result.h"

#include <QString>

#include <initializer_list>
#include <string>

class QPushButton;
class QTabWidget;
class QTableView;

namespace lintas::ui {

class ApprovalsPanel;
class ConflictsPanel;
class ExchangeLogPanel;
class IdentityPanel;
class PartnersPanel;

/// Exchange: the agency's signing identity, the trust store of partner certificates, the log of
/// bundles sent and received, the conflicts left by imports, and supervisors' approvals of
/// sensitive exports. Exporting and importing bundles themselves happen in their own dialogs,
/// which the main window opens on exportRequested() and importRequested().
///
/// The page shows only what the signed-in user's roles let them use (Context::can): the tabs
/// that read the exchange records need exchange-read, Approvals is there for whoever approves
/// or exports, and the buttons that change something appear only with the permission to do it.
/// Core checks every call again; this only keeps the screen free of actions that would fail.
class ExchangePage : public Page {
    Q_OBJECT

public:
    /// The page's tabs, in order.
    enum class Section { Identity, Partners, Log, Conflicts, Approvals };

    ExchangePage(Workspace& workspace, QWidget* parent = nullptr);
    ~ExchangePage() override;

    void reload() override;
    /// Shows `section` when the session may see it (otherwise nothing changes).
    void showSection(Section section);
    [[nodiscard]] Section currentSection() const;
    /// Whether the tab of `section` is shown to this session.
    [[nodiscard]] bool isSectionVisible(Section section) const;

    [[nodiscard]] IdentityPanel* identityPanel() const { return m_identity; }
    [[nodiscard]] PartnersPanel* partnersPanel() const { return m_partners; }
    [[nodiscard]] ExchangeLogPanel* logPanel() const { return m_log; }
    [[nodiscard]] ConflictsPanel* conflictsPanel() const { return m_conflicts; }
    [[nodiscard]] ApprovalsPanel* approvalsPanel() const { return m_approvals; }
    [[nodiscard]] QPushButton* exportButton() const { return m_export; }
    [[nodiscard]] QPushButton* importButton() const { return m_import; }

    // Wording shared by the exchange panels and dialogs.

    /// A translated sentence for a core error from the exchange services, naming the field.
    [[nodiscard]] static QString describeError(const Error& error);
    /// An SHA-256 fingerprint ("AB:CD:…") as 16 space-separated pairs per line, for reading aloud
    /// and comparing by eye.
    [[nodiscard]] static QString groupedFingerprint(const std::string& fingerprint);
    /// The first and last pairs of a fingerprint ("AB:CD:EF…12:34:56"), for a table cell.
    [[nodiscard]] static QString shortFingerprint(const std::string& fingerprint);
    /// A stored UTC timestamp ("2026-03-15T09:00:00Z") in local time, to the minute.
    [[nodiscard]] static QString localTime(const std::string& isoUtc);
    /// The date part of a stored UTC timestamp, in local time.
    [[nodiscard]] static QString localDate(const std::string& isoUtc);
    /// "Thailand (THA)", or the code alone when unknown.
    [[nodiscard]] static QString countryName(const std::string& alpha3);
    /// Makes `view` a read-only, row-selecting, sortable list like the other exchange tables,
    /// with its columns' first widths in average characters (the last column stretches).
    static void setUpTable(QTableView* view, std::initializer_list<int> widthsInCharacters);

signals:
    /// The user asked to export cases as a signed bundle (the export wizard opens).
    void exportRequested();
    /// The user asked to import a received bundle (the import dialog opens).
    void importRequested();

protected:
    // The export and import buttons stay disabled until something listens to their signals:
    // a button that does nothing would look broken.
    void connectNotify(const QMetaMethod& signal) override;
    void disconnectNotify(const QMetaMethod& signal) override;

private:
    void updateExchangeButtons();
    [[nodiscard]] QWidget* sectionWidget(Section section) const;
    void updateApprovalsTitle();
    void restoreSettings();
    void saveSettings() const;

    QTabWidget* m_tabs = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    IdentityPanel* m_identity = nullptr;
    PartnersPanel* m_partners = nullptr;
    ExchangeLogPanel* m_log = nullptr;
    ConflictsPanel* m_conflicts = nullptr;
    ApprovalsPanel* m_approvals = nullptr;
};

}  // namespace lintas::ui
