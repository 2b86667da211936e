#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Case.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QUndoStack;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

/// One case being edited, in the way Tiled's MapDocument wraps a map: it holds core's Case (a
/// plain value, no QObject), owns the QUndoStack every edit goes through as a command, and tells
/// views what changed. Saving, reloading and resolving a concurrent change go to CaseService;
/// the document decides nothing core decides (validation included).
class CaseDocument : public QObject {
    Q_OBJECT

public:
    /// The case's editable fields.
    enum class Field {
        Reference,
        Title,
        Status,
        ExploitationForms,
        Countries,
        Summary,
        OpenedOn,
        ClosedOn,
        ClosureReason,
        Owner,
        Tlp,
        HandlingCode,
        ReferringOrganisation,
        IncomingReferralDate,
        IncomingReferralReason,
        IncomingReferralDetails,
        ReferringCaseWorker,
        ReferredOrganisation,
        OutgoingReferralDate,
        OutgoingReferralReason,
        OutgoingReferralDetails,
        ReferredCaseWorker,
    };
    static constexpr int kFieldCount = 22;
    [[nodiscard]] static const std::array<Field, kFieldCount>& allFields();

    /// A new, unsaved case with core's defaults (status Reported, TLP AMBER, handling code H2).
    explicit CaseDocument(Workspace& workspace, QObject* parent = nullptr);
    /// Reads the case with `uuid` from the store.
    [[nodiscard]] static Result<std::unique_ptr<CaseDocument>> load(Workspace& workspace, const QString& uuid,
                                                                    QObject* parent = nullptr);
    ~CaseDocument() override;

    /// The case as edited now.
    [[nodiscard]] const Case& current() const { return m_case; }
    /// The case as last loaded or saved (what the store held then).
    [[nodiscard]] const Case& base() const { return m_base; }
    [[nodiscard]] QString uuid() const { return QString::fromStdString(m_case.meta.uuid); }
    /// Not stored yet.
    [[nodiscard]] bool isNew() const { return m_case.meta.version == 0; }
    /// Some field differs from what was loaded or saved.
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }

    /// A field's value: QString for text, dates and single codes (empty when not set),
    /// QStringList for the multi-select fields.
    [[nodiscard]] QVariant value(Field field) const { return read(m_case, field); }
    [[nodiscard]] static QVariant read(const Case& c, Field field);
    /// Changes a field through an undoable command (nothing happens when the value is the same).
    /// Consecutive typed changes to one field merge into one undo step until endTyping().
    void setValue(Field field, const QVariant& value, bool typing = false);
    /// Ends the current run of typing: the next typed change is a new undo step.
    void endTyping() { ++m_typingRun; }
    [[nodiscard]] int typingRun() const { return m_typingRun; }

    /// Core's verdict on the case as it is now (CaseService::validate with the workspace's today).
    [[nodiscard]] Status validate() const;
    /// Creates or updates the case. ErrorCode::Conflict when someone saved it after it was loaded.
    [[nodiscard]] Status save();
    /// Discards the edits and loads the stored case (the undo history goes with them).
    [[nodiscard]] Status reloadTheirs();
    /// Re-reads the stored case when nothing is edited here (after a change made elsewhere, such
    /// as a tab adding a person); keeps the undo history. Does nothing while there are edits.
    [[nodiscard]] Status refresh();
    /// Saves the fields as edited now over the stored case, whatever it holds now.
    [[nodiscard]] Status overwriteWithMine();
    /// The fields edited here since load or save.
    [[nodiscard]] std::vector<Field> myChanges() const;
    /// The fields someone else changed in the store since load or save.
    [[nodiscard]] Result<std::vector<Field>> theirChanges() const;

    /// Core's name of a field ("case.title"), as in Error::field.
    [[nodiscard]] static std::string coreName(Field field);
    [[nodiscard]] static std::optional<Field> fromCoreName(const std::string& name);

    /// Used by the undo commands only: sets the value and notifies.
    void applyValue(Field field, const QVariant& value);

signals:
    /// One field changed (by an edit, undo or redo).
    void fieldChanged(lintas::ui::CaseDocument::Field field);
    /// The whole case was replaced (saved, reloaded): every view re-reads it.
    void caseReset();
    void modifiedChanged(bool modified);
    /// The case was stored; `created` for the first save of a new case.
    void saved(const QString& uuid, bool created);

private:
    CaseDocument(Workspace& workspace, Case loaded, QObject* parent);
    static void write(Case& c, Field field, const QVariant& value);
    void adopt(Case stored);
    void updateModified();

    Workspace& m_workspace;
    Case m_case;
    Case m_base;
    QUndoStack* m_undoStack = nullptr;
    int m_typingRun = 0;
    bool m_modified = false;
};

}  // namespace lintas::ui
