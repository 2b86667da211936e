#pragma once

#include <QWidget>
#include <string>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QListWidget;
class QToolButton;

namespace lintas::ui {

/// An ordered choice of several codes from a list (citizenships, languages): a searchable
/// picker adds one, the list shows the choice in order (first = primary), and buttons remove or
/// move up the selected one.
class CodeListEditor : public QWidget {
    Q_OBJECT

public:
    /// `options` lists what can be picked; `codeRole` holds the stored code, DisplayRole the text.
    CodeListEditor(QAbstractItemModel* options, int codeRole, QWidget* parent = nullptr);

    void setCodes(const std::vector<std::string>& codes);
    [[nodiscard]] std::vector<std::string> codes() const;
    /// Adds `code` at the end unless it is chosen already; returns whether it was added.
    bool addCode(const QString& code);
    void setPlaceholderText(const QString& text);
    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QComboBox* picker() const { return m_picker; }

signals:
    /// The user changed the choice or its order.
    void edited();

private:
    void addPicked(int row);
    void removeSelected();
    void moveSelectedUp();
    void updateButtons();
    [[nodiscard]] QString textOf(const QString& code) const;

    QAbstractItemModel* m_options;
    int m_codeRole;
    QComboBox* m_picker;
    QListWidget* m_list;
    QToolButton* m_remove;
    QToolButton* m_up;
};

}  // namespace lintas::ui
