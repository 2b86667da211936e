#pragma once

#include "cases/CaseDocument.h"

#include <QPointer>
#include <QUndoStack>
#include <QString>
#include <QWidget>

#include <array>
#include <functional>

class QFrame;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class CaseEditor;
class TlpChip;

/// What to do with unsaved edits before the open case is left.
enum class LeaveChoice { Save, Discard, Cancel };

/// The open case: a banner with its reference, title, status, TLP and handling code, and the
/// tabs Summary (the case editor), People, Journey, Links, Referrals, Timeline and Attachments.
/// Owns the CaseDocument of the case; opening another case or a new one asks about unsaved
/// edits first.
class CaseWorkspace : public QWidget {
    Q_OBJECT

public:
    /// Gets the label of the case ("IDN-…-000042 Online job scam"); answers the question.
    using LeavePrompt = std::function<LeaveChoice(const QString& caseLabel)>;

    /// The tabs, in order.
    enum TabIndex { Summary, People, Journey, Links, Referrals, Timeline, Attachments, TabCount };

    explicit CaseWorkspace(Workspace& workspace, QWidget* parent = nullptr);
    ~CaseWorkspace() override;

    /// Shows the case with `uuid`. False when the user chose to stay with unsaved edits, or the
    /// case could not be read (the reason goes to statusMessage and the banner).
    bool openCase(const QString& uuid);
    /// Starts a new case in the editor (after asking about unsaved edits).
    bool newCase();
    /// Asks about unsaved edits when there are any. False: stay.
    [[nodiscard]] bool confirmLeave();
    /// Re-reads the case from the store unless it has unsaved edits, and refreshes the tabs.
    void reload();

    [[nodiscard]] CaseDocument* document() const { return m_document; }
    [[nodiscard]] CaseEditor* editor() const { return m_editor; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QUndoStack* undoStack() const;
    /// The UUID of the open case; empty for none or a new one.
    [[nodiscard]] QString caseUuid() const;

    /// Replaces the Save / Discard / Cancel question (tests answer without a dialog).
    void setLeavePrompt(LeavePrompt prompt) { m_leavePrompt = std::move(prompt); }

signals:
    /// The document (and with it the undo stack) changed; nullptr when no case is open.
    void undoStackChanged(QUndoStack* stack);
    /// The case was saved (`created` on its first save).
    void caseSaved(const QString& uuid, bool created);
    /// A tab changed what is stored about the case (people, legs, links, notes…).
    void caseDataChanged(const QString& uuid);
    /// Another case is shown (empty: a new case or none).
    void currentCaseChanged(const QString& uuid);
    void personRequested(const QString& uuid);
    void caseRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    void statusMessage(const QString& text);

private:
    void adopt(CaseDocument* document);
    void updateBanner();
    void updateTabs();
    void showCurrentTab();
    void onTabChanged();
    [[nodiscard]] QString caseLabel() const;
    LeaveChoice askLeave(const QString& caseLabel);
    void onTabDataChanged();
    void discardEdits();

    Workspace& m_workspace;
    QPointer<CaseDocument> m_document;
    LeavePrompt m_leavePrompt;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerReference = nullptr;
    QLabel* m_bannerTitle = nullptr;
    QLabel* m_bannerStatus = nullptr;
    QLabel* m_bannerModified = nullptr;
    TlpChip* m_bannerTlp = nullptr;
    QLabel* m_bannerHandling = nullptr;
    QTabWidget* m_tabs = nullptr;
    CaseEditor* m_editor = nullptr;
    std::array<QWidget*, TabCount> m_tabWidgets{};
    std::array<std::function<void(const QString&)>, TabCount> m_setCase{};
    std::array<QString, TabCount> m_tabCase{};  ///< the case each tab was last given
};

}  // namespace lintas::ui
