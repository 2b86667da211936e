#pragma once

#include "lintas/exchange/BundleImport.h"

#include <QWidget>

namespace lintas {
class Workspace;
}

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lintas::ui {

class ConflictModel;

/// "Conflicts": fields where a partner's update met a local edit. For each, the user keeps our
/// value or takes the partner's; decided conflicts leave the list unless "Show decided" is on.
class ConflictsPanel : public QWidget {
    Q_OBJECT

public:
    ConflictsPanel(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] ConflictModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    /// Open conflicts as last read: the page shows the number on its tab.
    [[nodiscard]] int openCount() const;

    /// Applies `choice` to every selected open conflict, one transaction each; stops at the first
    /// failure and says why. Returns how many were decided.
    int resolveSelected(exchange::ConflictChoice choice);

signals:
    /// Conflicts were decided: records changed, and the number of open conflicts.
    void conflictsChanged();
    /// Requests to open a record elsewhere in the main window.
    void caseRequested(const QString& uuid);
    void personRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);
    void statusMessage(const QString& text);

private:
    [[nodiscard]] std::vector<std::int64_t> selectedOpenIds() const;
    void openSelectedRecord();
    void updateButtons();
    void showContextMenu(const QPoint& pos);

    Workspace& m_ws;
    ConflictModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QCheckBox* m_showDecided = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_keepOurs = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    QPushButton* m_openRecord = nullptr;
};

}  // namespace lintas::ui
