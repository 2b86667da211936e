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

/// Adds one leg to a victim's journey. Core validates it; a refusal is shown next to the field.
class JourneyLegDialog : public QDialog {
    Q_OBJECT

public:
    /// `victims`: (UUID, name) of the case's victims; `victim` preselects one.
    JourneyLegDialog(Workspace& ws, QString caseUuid, const QVector<QPair<QString, QString>>& victims,
                     const QString& victim, QWidget* parent = nullptr);
    ~JourneyLegDialog() override;

    [[nodiscard]] QString addedLegUuid() const { return m_added; }

    void accept() override;

private:
    Workspace& m_ws;
    QString m_caseUuid;
    QString m_added;
    QComboBox* m_victim;
    QComboBox* m_type;
    QComboBox* m_country;
    QLineEdit* m_state;
    QLineEdit* m_city;
    OptionalDateEdit* m_date;
    QComboBox* m_means;
    QLineEdit* m_border;
    QLineEdit* m_documents;
    QPlainTextEdit* m_description;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
