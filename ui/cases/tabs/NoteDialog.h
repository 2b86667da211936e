#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class FieldErrors;

/// Adds a note or an event (interview, operation, court hearing…) to the case timeline. The time
/// is entered in local time and stored in UTC.
class NoteDialog : public QDialog {
    Q_OBJECT

public:
    NoteDialog(Workspace& ws, QString caseUuid, QWidget* parent = nullptr);
    ~NoteDialog() override;

    [[nodiscard]] QString addedUuid() const { return m_added; }

    void accept() override;

private:
    Workspace& m_ws;
    QString m_caseUuid;
    QString m_added;
    QComboBox* m_kind;
    QDateTimeEdit* m_occurred;
    QLineEdit* m_author;
    QPlainTextEdit* m_body;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
