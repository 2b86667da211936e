#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class CaseLinkModel;
class CaseRelationshipModel;

/// Case workspace tab "Links": related local cases and cases held by foreign agencies, and the
/// graded relationships between people and organisations established in this case.
class LinksTab : public QWidget {
    Q_OBJECT

public:
    explicit LinksTab(lintas::Workspace& ws, QWidget* parent = nullptr);
    ~LinksTab() override;

    void setCase(const QString& caseUuid);

signals:
    void personRequested(const QString& uuid);
    void caseRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    void changed();

private:
    void reload();
    void reloadLinks();
    void reloadRelationships();
    void linkLocal();
    void linkForeign();
    void addRelationship();
    void openSelectedCase();
    void updateButtons();

    Workspace& m_ws;
    QString m_caseUuid;
    CaseLinkModel* m_links;
    CaseRelationshipModel* m_relationships;
    QTableView* m_linksView;
    QTableView* m_relationshipsView;
    QLabel* m_loadError;
    QPushButton* m_linkLocal;
    QPushButton* m_linkForeign;
    QPushButton* m_openCase;
    QPushButton* m_addRelationship;
};

}  // namespace lintas::ui
