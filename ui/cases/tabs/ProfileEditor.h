#pragma once

#include "lintas/Result.h"

#include <QString>
#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class FieldErrors;

/// The side panel that edits one person's per-case profile (victim or suspect). Subclasses build
/// the form and move values between it and core; this class holds the person, the dirty state,
/// Save/Revert and the placing of core's errors next to their fields.
class ProfileEditor : public QWidget {
    Q_OBJECT

public:
    ~ProfileEditor() override;

    /// Loads the profile of `personUuid` in `caseUuid` (discarding unsaved edits: ask first).
    void setTarget(const QString& caseUuid, const QString& personUuid, const QString& personName);
    [[nodiscard]] QString personUuid() const { return m_personUuid; }
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    /// Saves through core; on refusal shows why next to the field and returns false.
    bool save();
    /// Reloads the stored profile, dropping edits.
    void revert();

signals:
    void dirtyChanged(bool dirty);
    void saved();

protected:
    ProfileEditor(Workspace& ws, const QString& objectName, QWidget* parent);

    /// Fills the form from core; returns false (after showing the error) when loading failed.
    virtual bool load() = 0;
    /// Writes the form through core.
    [[nodiscard]] virtual Status store() = 0;
    /// The panel's heading for a person, e.g. "Victim profile: %1".
    [[nodiscard]] virtual QString heading(const QString& personName) const = 0;

    [[nodiscard]] Workspace& ws() const { return m_ws; }
    [[nodiscard]] const QString& caseUuid() const { return m_caseUuid; }
    [[nodiscard]] QFormLayout* form() const { return m_form; }
    [[nodiscard]] FieldErrors& errors() const { return *m_errors; }
    /// Adds a row for `field` to the form, with its error label.
    void addRow(const QString& label, const std::string& field, QWidget* input);
    /// Adds a section heading to the form.
    void addSection(const QString& title);
    /// Connect every input's change signal here.
    void markDirty();
    void setUpdatedAt(const std::string& isoUtc);

private:
    void setDirty(bool dirty);

    Workspace& m_ws;
    QString m_caseUuid;
    QString m_personUuid;
    bool m_dirty = false;
    bool m_loading = false;
    QLabel* m_heading;
    QLabel* m_updated;
    QFormLayout* m_form;
    QPushButton* m_save;
    QPushButton* m_revert;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
