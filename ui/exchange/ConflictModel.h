#pragma once

#include "lintas/exchange/BundleImport.h"

#include <QAbstractTableModel>

#include <vector>

namespace lintas::ui {

/// Import conflicts: fields where a partner's update met a local edit, with both values.
class ConflictModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Record, Field, Ours, Theirs, State, Received, ColumnCount };
    enum Role {
        ConflictIdRole = Qt::UserRole,  ///< qint64
        OpenRole,                       ///< bool: still waiting for a decision
        SortRole,                       ///< what the column sorts by (the ISO timestamp for Received)
    };

    explicit ConflictModel(QObject* parent = nullptr);

    void setConflicts(std::vector<exchange::ImportConflict> conflicts);
    [[nodiscard]] const exchange::ImportConflict* conflict(int row) const;
    [[nodiscard]] int rowOf(std::int64_t id) const;
    /// Takes a resolved conflict out of the list (when only open ones are shown).
    void remove(std::int64_t id);
    /// Replaces one conflict's row (when resolved ones are shown too).
    void update(exchange::ImportConflict conflict);
    [[nodiscard]] int openCount() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A conflict's value (JSON text) as a person reads it: strings without quotes, lists joined,
    /// "(empty)" for null.
    [[nodiscard]] static QString readableValue(const std::string& json);
    [[nodiscard]] static QString kindText(const std::string& kind);

private:
    std::vector<exchange::ImportConflict> m_rows;
};

}  // namespace lintas::ui
