#pragma once

#include "lintas/domain/Person.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace lintas::ui {

/// The aliases of the person being edited: another name, its script (ISO 15924) and a Latin
/// transliteration. The script is filled in from the name when the user leaves it empty.
class AliasTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ScriptColumn,
        TransliterationColumn,
        ColumnCount,
    };
    enum Role {
        /// What core stores for the cell (the script code for the script column).
        CodeRole = Qt::UserRole,
        /// Why core refused the row on save ("" when it did not), translated.
        ProblemRole,
    };

    explicit AliasTableModel(QObject* parent = nullptr);

    void setAliases(const std::vector<Alias>& aliases);
    [[nodiscard]] std::vector<Alias> aliases() const;
    int appendAlias(const Alias& alias);
    void removeAlias(int row);
    void setRowProblem(int row, const QString& text);
    void clearRowProblems();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    struct Row {
        Alias alias;
        QString problem;
    };
    std::vector<Row> m_rows;
};

}  // namespace lintas::ui
