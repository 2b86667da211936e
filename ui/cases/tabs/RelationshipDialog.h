#pragma once

#include <QDialog>
#include <QString>
#include <QVector>

#include <memory>

class QComboBox;
class QLineEdit;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class FieldErrors;

/// "Add relationship…": who relates to whom in this case (people of the case and organisations
/// on file), how, and how reliable the source and the information are (4×4 grading).
class RelationshipDialog : public QDialog {
    Q_OBJECT

public:
    /// A person of the case offered as either end.
    struct PersonChoice {
        QString uuid;
        QString name;
        QString role;  ///< translated role in the case, shown beside the name
    };

    RelationshipDialog(Workspace& ws, QString caseUuid, const QVector<PersonChoice>& people,
                       QWidget* parent = nullptr);
    ~RelationshipDialog() override;

    void accept() override;

private:
    void fillParties(QComboBox* combo, const QVector<PersonChoice>& people);

    Workspace& m_ws;
    QString m_caseUuid;
    QComboBox* m_from;
    QComboBox* m_type;
    QComboBox* m_to;
    QComboBox* m_source;
    QComboBox* m_information;
    QLineEdit* m_note;
    std::unique_ptr<FieldErrors> m_errors;
};

}  // namespace lintas::ui
