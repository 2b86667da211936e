#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class FieldErrors;

/// "Add new person…": a compact form for someone not yet on file — names, sex, citizenship and
/// one optional identifier, with a live preview of how core normalises it (the E.164 form of a
/// phone number, or core's reason for refusing it) — and the role in the case.
class NewPersonDialog : public QDialog {
    Q_OBJECT

public:
    NewPersonDialog(Workspace& ws, QString caseUuid, QWidget* parent = nullptr);
    ~NewPersonDialog() override;

    /// The person created and added to the case (after the dialog was accepted).
    [[nodiscard]] QString addedPersonUuid() const { return m_created; }

    void accept() override;

private:
    void updatePreview();

    Workspace& m_ws;
    QString m_caseUuid;
    QString m_created;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QComboBox* m_sex;
    QComboBox* m_citizenship;
    QComboBox* m_idType;
    QLineEdit* m_idValue;
    QLabel* m_preview;
    QComboBox* m_role;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
