#pragma once

#include <QWidget>

namespace lintas {
class Workspace;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace lintas::ui {

class ExchangeLogModel;

/// "Exchange log": what was sent to and received from whom, with the verdict on each received
/// bundle; filtered by direction and free text, with the selected entry's details below.
class ExchangeLogPanel : public QWidget {
    Q_OBJECT

public:
    ExchangeLogPanel(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] ExchangeLogModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }

signals:
    void statusMessage(const QString& text);

private:
    void applyTextFilter();
    void showDetails();
    void updateCount();

    Workspace& m_ws;
    QComboBox* m_direction = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_count = nullptr;
    ExchangeLogModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_details = nullptr;
    QSplitter* m_splitter = nullptr;
};

}  // namespace lintas::ui
