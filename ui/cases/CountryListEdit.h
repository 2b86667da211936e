#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QListWidget;
class QToolButton;

namespace lintas::ui {

/// Picks several ISO 3166-1 countries: the chosen ones in a list, the rest in a searchable
/// drop-down (type a code or a name) to add from. Holds alpha-3 codes, as core does.
class CountryListEdit : public QWidget {
    Q_OBJECT

public:
    explicit CountryListEdit(QWidget* parent = nullptr);

    /// Shows `codes` (no signal).
    void setCodes(const QStringList& codes);
    [[nodiscard]] QStringList codes() const;
    /// Adds a country as if the user had picked it (no-op when already listed).
    void addCode(const QString& alpha3);
    /// Removes the selected countries.
    void removeSelected();

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QComboBox* picker() const { return m_picker; }

signals:
    /// The user added or removed a country.
    void codesEdited(const QStringList& codes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addPicked();
    void updateButtons();

    QListWidget* m_list = nullptr;
    QComboBox* m_picker = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
};

}  // namespace lintas::ui
