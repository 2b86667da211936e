#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace lintas {
class Workspace;
}

namespace lintas::ui {

class SearchResultsModel;

/// Global search (Ctrl+K): a popup with a line edit and the grouped results of core's full-text
/// search, updated as the user types. Up/Down move between hits (headers are skipped), Enter
/// opens the hit, Escape closes.
class SearchPopup : public QFrame {
    Q_OBJECT

public:
    /// How long typing must pause before a search runs.
    static constexpr int kDebounceMs = 150;
    /// Hits shown per group.
    static constexpr int kHitsPerGroup = 8;

    SearchPopup(Workspace& workspace, QWidget* parent);
    ~SearchPopup() override;

    /// Shows the popup near the top of `anchor` (the main window), with the previous text selected.
    void popup(QWidget* anchor);

    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }
    [[nodiscard]] QListView* resultsView() const { return m_view; }
    [[nodiscard]] SearchResultsModel* model() const { return m_model; }
    /// The visible row that Enter opens, or -1.
    [[nodiscard]] int currentRow() const;

    /// Runs a search for the current text now, if one is waiting.
    void searchNow();
    /// Opens the current hit: emits the matching request and closes.
    void openCurrent();
    /// Moves the current hit by `step` hits (negative: up), skipping headers.
    void moveCurrent(int step);

signals:
    void caseRequested(const QString& uuid);
    void personRequested(const QString& uuid);
    void organisationRequested(const QString& uuid);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextEdited();
    void runSearch();
    void open(int row);
    void updateStatus();
    void fitHeight();

    Workspace& m_ws;
    SearchResultsModel* m_model = nullptr;
    QLineEdit* m_edit = nullptr;
    QListView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_debounce = nullptr;
};

}  // namespace lintas::ui
