#pragma once

#include <QDialog>
#include <QPair>
#include <QString>
#include <QVector>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class FieldErrors;
class OptionalDateEdit;

/// "New referral…": refers one of the case's victims to a support service, optionally at a
/// provider organisation, with the responsible officer and a due date. Core starts it as Requested.
class NewReferralDialog : public QDialog {
    Q_OBJECT

public:
    /// `victims`: (UUID, name) of the case's victims.
    NewReferralDialog(Workspace& ws, QString caseUuid, const QVector<QPair<QString, QString>>& victims,
                      QWidget* parent = nullptr);
    ~NewReferralDialog() override;

    [[nodiscard]] QString createdUuid() const { return m_created; }

    void accept() override;

private:
    Workspace& m_ws;
    QString m_caseUuid;
    QString m_created;
    QComboBox* m_victim;
    QComboBox* m_service;
    QComboBox* m_provider;
    QLineEdit* m_officer;
    OptionalDateEdit* m_due;
    QPlainTextEdit* m_notes;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
