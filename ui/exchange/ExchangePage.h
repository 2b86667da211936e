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

class ConflictsPanel;
class ExchangeLogPanel;
class IdentityPanel;
class PartnersPanel;

/// Exchange: the agency's signing identity, the trust store of partner certificates, the log of
/// bundles sent and received, and the conflicts left by imports. Exporting and importing bundles
/// themselves happen in their own dialogs, which the main window opens on exportRequested() and
/// importRequested().
class ExchangePage : public Page {
    Q_OBJECT

public:
    /// The page's tabs, in order.
    enum class Section { Identity, Partners, Log, Conflicts };

    ExchangePage(Workspace& workspace, QWidget* parent = nullptr);
    ~ExchangePage() override;

    void reload() override;
    void showSection(Section section);
    [[nodiscard]] Section currentSection() const;

    [[nodiscard]] IdentityPanel* identityPanel() const { return m_identity; }
    [[nodiscard]] PartnersPanel* partnersPanel() const { return m_partners; }
    [[nodiscard]] ExchangeLogPanel* logPanel() const { return m_log; }
    [[nodiscard]] ConflictsPanel* conflictsPanel() const { return m_conflicts; }

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
    void restoreSettings();
    void saveSettings() const;

    QTabWidget* m_tabs = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    IdentityPanel* m_identity = nullptr;
    PartnersPanel* m_partners = nullptr;
    ExchangeLogPanel* m_log = nullptr;
    ConflictsPanel* m_conflicts = nullptr;
};

}  // namespace lintas::ui
