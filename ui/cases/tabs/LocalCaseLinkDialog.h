#pragma once

#include <QDialog>
#include <QString>

#include <memory>

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

/// "Link local case…": finds another case of this database by reference (or words of its title)
/// as you type and links it to the open case.
class LocalCaseLinkDialog : public QDialog {
    Q_OBJECT

public:
    LocalCaseLinkDialog(Workspace& ws, QString caseUuid, QWidget* parent = nullptr);
    ~LocalCaseLinkDialog() override;

    /// Runs the look-up for the current text now (the dialog also does so shortly after typing).
    void search();
    void accept() override;

private:
    void updateOkButton();

    Workspace& m_ws;
    QString m_caseUuid;
    QLineEdit* m_text;
    QListWidget* m_results;
    QLabel* m_status;
    QLineEdit* m_contact;
    QLineEdit* m_note;
    QPushButton* m_ok;
    QTimer* m_debounce;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
