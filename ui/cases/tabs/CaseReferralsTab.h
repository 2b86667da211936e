#pragma once

#include <QMap>
#include <QPair>
#include <QString>
#include <QVector>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class CaseReferralModel;

/// Case workspace tab "Referrals": the support referrals of this case's victims, creating new
/// ones, and moving a referral through its lifecycle in one action. Only the moves core's
/// referral_rules allow from the current state are offered; core stamps the transition time.
class CaseReferralsTab : public QWidget {
    Q_OBJECT

public:
    explicit CaseReferralsTab(lintas::Workspace& ws, QWidget* parent = nullptr);
    ~CaseReferralsTab() override;

    void setCase(const QString& caseUuid);

signals:
    void personRequested(const QString& uuid);
    void caseRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    void changed();

private:
    void reload();
    void newReferral();
    void moveSelected(const QString& toStatus);
    void updateActions();
    void selectReferral(const QString& uuid);
    [[nodiscard]] QString selectedUuid() const;

    Workspace& m_ws;
    QString m_caseUuid;
    QVector<QPair<QString, QString>> m_victims;
    CaseReferralModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_loadError;
    QLabel* m_history;
    QLabel* m_movesLabel;
    QPushButton* m_new;
    QMap<QString, QAction*> m_moves;  ///< target status → action
};

}  // namespace lintas::ui
