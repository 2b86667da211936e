#pragma once

#include <QPair>
#include <QString>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class JourneyLegModel;
class JourneyRouteDiagram;

/// Case workspace tab "Journey": the victims' journey legs in a table and as an origin → transit
/// → destination route diagram, for all victims or one; adding and removing legs.
class JourneyTab : public QWidget {
    Q_OBJECT

public:
    explicit JourneyTab(lintas::Workspace& ws, QWidget* parent = nullptr);
    ~JourneyTab() override;

    void setCase(const QString& caseUuid);

signals:
    void personRequested(const QString& uuid);
    void caseRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    void changed();

private:
    void reload();
    void reloadLegs();
    void addLeg();
    void removeSelected();
    void updateButtons();

    Workspace& m_ws;
    QString m_caseUuid;
    QVector<QPair<QString, QString>> m_victims;  ///< (UUID, name)
    JourneyLegModel* m_model;
    JourneyRouteDiagram* m_diagram;
    QComboBox* m_victimFilter;
    QTableView* m_view;
    QLabel* m_loadError;
    QPushButton* m_add;
    QPushButton* m_remove;
};

}  // namespace lintas::ui
