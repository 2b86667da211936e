#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class CaseNoteModel;

/// Case workspace tab "Timeline": the notes and events of the case in time order (oldest first,
/// or newest first), the selected entry in full below, and adding notes and events.
class TimelineTab : public QWidget {
    Q_OBJECT

public:
    explicit TimelineTab(lintas::Workspace& ws, QWidget* parent = nullptr);
    ~TimelineTab() override;

    void setCase(const QString& caseUuid);

signals:
    void personRequested(const QString& uuid);
    void caseRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    void changed();

private:
    void reload();
    void addNote();
    void applyOrder();
    void showSelected();

    Workspace& m_ws;
    QString m_caseUuid;
    CaseNoteModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QCheckBox* m_newestFirst;
    QLabel* m_loadError;
    QLabel* m_detailHeading;
    QPlainTextEdit* m_detail;
    QPushButton* m_add;
};

}  // namespace lintas::ui
