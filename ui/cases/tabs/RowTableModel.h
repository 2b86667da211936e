#pragma once

#include <QAbstractTableModel>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

namespace lintas::ui {

/// A table model over a vector of value rows, each with a stable key (usually a UUID). Reloading
/// from core replaces the rows with the smallest set of signals that keeps views in place: rows
/// that disappeared are removed, new ones inserted, the rest reported as changed. Only when core
/// reorders rows that stay does it fall back to a reset.
template <typename Row>
class RowTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }
    [[nodiscard]] const Row& rowAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    /// The row whose key is `key`, or -1.
    [[nodiscard]] int rowOfKey(const std::string& key) const {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (rowKey(m_rows[i]) == key)
                return static_cast<int>(i);
        return -1;
    }

protected:
    /// The stable identity of a row.
    [[nodiscard]] virtual std::string rowKey(const Row& row) const = 0;

    [[nodiscard]] bool validRow(const QModelIndex& index) const {
        return checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                     QAbstractItemModel::CheckIndexOption::ParentIsInvalid);
    }

    void replaceRows(std::vector<Row> fresh) {
        std::unordered_set<std::string> freshKeys;
        for (const Row& r : fresh)
            freshKeys.insert(rowKey(r));
        std::unordered_set<std::string> oldKeys;
        for (const Row& r : m_rows)
            oldKeys.insert(rowKey(r));
        if (freshKeys.size() != fresh.size() || oldKeys.size() != m_rows.size() || !sameOrderOfKept(fresh, oldKeys, freshKeys)) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
            if (freshKeys.count(rowKey(m_rows[static_cast<std::size_t>(i)])) != 0)
                continue;
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            if (oldKeys.count(rowKey(fresh[i])) != 0)
                continue;
            beginInsertRows({}, static_cast<int>(i), static_cast<int>(i));
            m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(i), fresh[i]);
            endInsertRows();
        }
        m_rows = std::move(fresh);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

private:
    bool sameOrderOfKept(const std::vector<Row>& fresh, const std::unordered_set<std::string>& oldKeys,
                         const std::unordered_set<std::string>& freshKeys) const {
        std::vector<std::string> a;
        std::vector<std::string> b;
        for (const Row& r : m_rows)
            if (freshKeys.count(rowKey(r)) != 0)
                a.push_back(rowKey(r));
        for (const Row& r : fresh)
            if (oldKeys.count(rowKey(r)) != 0)
                b.push_back(rowKey(r));
        return a == b;
    }

    std::vector<Row> m_rows;
};

}  // namespace lintas::ui
