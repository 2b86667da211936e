#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class QComboBox;
class QLineEdit;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class FieldErrors;

/// "Link foreign case…": records that a case held by a partner agency (their agency code,
/// country and reference) relates to the open case, with our liaison contact.
class ForeignCaseLinkDialog : public QDialog {
    Q_OBJECT

public:
    ForeignCaseLinkDialog(Workspace& ws, QString caseUuid, QWidget* parent = nullptr);
    ~ForeignCaseLinkDialog() override;

    void accept() override;

private:
    Workspace& m_ws;
    QString m_caseUuid;
    QLineEdit* m_agency;
    QComboBox* m_country;
    QLineEdit* m_reference;
    QLineEdit* m_contact;
    QLineEdit* m_note;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
