#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class FieldErrors;

/// "Add existing person…": finds people by name or alias (full-text, as you type) and by an exact
/// identifier (phone, passport, …, normalised by core), and adds the chosen one to the case in a
/// role. Stays open with the reason next to the field when core refuses.
class PersonSearchDialog : public QDialog {
    Q_OBJECT

public:
    PersonSearchDialog(Workspace& ws, QString caseUuid, QWidget* parent = nullptr);
    ~PersonSearchDialog() override;

    /// Runs the search for the current text now (the dialog also does so shortly after typing).
    void search();
    /// The person added to the case (after the dialog was accepted).
    [[nodiscard]] QString addedPersonUuid() const { return m_added; }

    void accept() override;

private:
    void updateOkButton();

    Workspace& m_ws;
    QString m_caseUuid;
    QString m_added;
    QLineEdit* m_text;
    QListWidget* m_results;
    QLabel* m_status;
    QComboBox* m_role;
    QLineEdit* m_details;
    QPushButton* m_ok;
    QTimer* m_debounce;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
