#pragma once

#include "cases/CaseDocument.h"

#include "lintas/Result.h"
#include "lintas/domain/Vocabulary.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <map>
#include <vector>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class CountryListEdit;
class DateField;
class ProvenanceBanner;

/// What the user is told when saving finds that someone else saved the case in between.
struct ConflictInfo {
    QString reference;
    QStringList theirFields;  ///< translated names of the fields they changed
    QStringList myFields;     ///< translated names of the fields changed here
};

enum class ConflictChoice { ReloadTheirs, OverwriteMine, Cancel };

/// The Summary tab: every field of a case, edited through its CaseDocument (each change an undo
/// step), with core's verdict shown under the field it names as the user types. Save stays
/// disabled while core rejects the case.
class CaseEditor : public QWidget {
    Q_OBJECT

public:
    using ConflictChooser = std::function<ConflictChoice(const ConflictInfo&)>;

    CaseEditor(Workspace& workspace, QWidget* parent = nullptr);
    ~CaseEditor() override;

    /// Edits `document` (not owned; nullptr shows nothing).
    void setDocument(CaseDocument* document);
    [[nodiscard]] CaseDocument* document() const { return m_document; }

    /// Saves the case, asking what to do when someone else saved it in between. True when no
    /// unsaved edit is left (saved, or the user chose to reload theirs).
    bool save();
    /// Replaces the question asked on a concurrent change (tests answer without a dialog).
    void setConflictChooser(ConflictChooser chooser) { m_conflictChooser = std::move(chooser); }
    /// Re-reads the organisations offered in the referral fields.
    void reloadOrganisations();

    /// The widget editing `field`, and the label showing core's message for it.
    [[nodiscard]] QWidget* fieldWidget(CaseDocument::Field field) const;
    [[nodiscard]] QLabel* messageLabel(CaseDocument::Field field) const;
    /// The message about the whole case (errors not tied to a field), empty when none.
    [[nodiscard]] QString formMessage() const;
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    /// The strip saying where a received case came from (hidden for our own cases).
    [[nodiscard]] ProvenanceBanner* provenanceBanner() const { return m_provenance; }

signals:
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct FieldUi {
        QWidget* widget = nullptr;
        QWidget* messageRow = nullptr;
        QLabel* message = nullptr;
    };

    void buildForm();
    /// Two columns of groups when the editor is wide enough, one otherwise.
    void arrangeGroups(int columns);
    QWidget* addField(CaseDocument::Field field, QWidget* widget, const char* objectName);
    QLineEdit* lineEdit(CaseDocument::Field field, const char* objectName, int maxLength = 0);
    QPlainTextEdit* textEdit(CaseDocument::Field field, const char* objectName, int lines);
    QComboBox* codeCombo(CaseDocument::Field field, const char* objectName, vocab::List list, bool optional);
    DateField* dateField(CaseDocument::Field field, const char* objectName);
    QComboBox* organisationCombo(CaseDocument::Field field, const char* objectName);
    void watchForUndoKeys(QWidget* widget);

    void edit(CaseDocument::Field field, const QVariant& value, bool typing);
    void refreshField(CaseDocument::Field field);
    void refreshAll();
    void revalidate();
    void updateActions();
    void showProblem(const Error& error);
    void clearMessages();
    void setFormMessage(const QString& text);
    bool resolveConflict();
    ConflictChoice askConflict(const ConflictInfo& info);
    [[nodiscard]] QStringList fieldNames(const std::vector<CaseDocument::Field>& fields) const;

    Workspace& m_workspace;
    QPointer<CaseDocument> m_document;
    ConflictChooser m_conflictChooser;
    std::map<CaseDocument::Field, FieldUi> m_fields;
    bool m_updating = false;

    QPushButton* m_save = nullptr;
    QToolButton* m_undo = nullptr;
    QToolButton* m_redo = nullptr;
    QLabel* m_state = nullptr;
    ProvenanceBanner* m_provenance = nullptr;
    QGridLayout* m_grid = nullptr;
    std::vector<QGroupBox*> m_groups;  ///< Case, Markings, Summary, Scope, Incoming, Outgoing
    int m_columns = 0;
    QWidget* m_formMessageRow = nullptr;
    QLabel* m_formMessage = nullptr;
    QLineEdit* m_reference = nullptr;
    QListWidget* m_forms = nullptr;
    CountryListEdit* m_countries = nullptr;
    QComboBox* m_referringOrganisation = nullptr;
    QComboBox* m_referredOrganisation = nullptr;
};

}  // namespace lintas::ui
