#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class CasePartyModel;
class SuspectProfileEditor;
class VictimProfileEditor;

/// Case workspace tab "People": victims, suspects, witnesses and others with their roles; adding
/// someone on file or someone new; removing a role; and, beside the list, the victim or suspect
/// profile of the selected person in this case.
class PeopleTab : public QWidget {
    Q_OBJECT

public:
    explicit PeopleTab(lintas::Workspace& ws, QWidget* parent = nullptr);
    ~PeopleTab() override;

    void setCase(const QString& caseUuid);

signals:
    void personRequested(const QString& uuid);
    void caseRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    void changed();

private:
    void reload();
    void addExisting();
    void addNew();
    void removeSelected();
    void openSelected();
    void selectionChanged();
    void showProfileFor(int row);
    /// The model row of the person and role whose profile is shown, or -1.
    [[nodiscard]] int profileRow() const;
    /// Asks what to do with unsaved profile edits; false when the user wants to stay.
    bool resolveUnsavedProfile(bool allowCancel);
    void selectPerson(const QString& personUuid, const QString& role);

    Workspace& m_ws;
    QString m_caseUuid;
    CasePartyModel* m_model;
    QTableView* m_view;
    QLabel* m_loadError;
    QPushButton* m_remove;
    QPushButton* m_open;
    QStackedWidget* m_profiles;
    QLabel* m_noProfile;
    VictimProfileEditor* m_victim;
    SuspectProfileEditor* m_suspect;
    QString m_profilePerson;  ///< whose profile the panel shows (with m_profileRole), or empty
    QString m_profileRole;
    bool m_restoringSelection = false;
};

}  // namespace lintas::ui
