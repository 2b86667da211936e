#pragma once

#include "lintas/domain/Vocabulary.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <vector>

namespace lintas::ui {

/// Groups the flat, filtered and sorted board under one heading row per state or per service
/// ("Requested (12)"), in the list's own order. Referral rows keep the source's order within a
/// group. A referral whose state changes moves to its new group (beginMoveRows), so the view
/// keeps its selection; nothing resets the model except a reset of the source.
class ReferralGroupProxy : public QAbstractProxyModel {
    Q_OBJECT

public:
    enum class GroupBy { State, Service };
    enum Role {
        /// On heading rows: the state or service code of the group.
        GroupKeyRole = Qt::UserRole + 100,
        /// true on heading rows.
        IsGroupRole,
    };

    explicit ReferralGroupProxy(QObject* parent = nullptr);

    void setGroupBy(GroupBy groupBy);
    [[nodiscard]] GroupBy groupBy() const { return m_groupBy; }
    void setSourceModel(QAbstractItemModel* source) override;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    [[nodiscard]] QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

private:
    struct Group {
        QString key;
        quintptr id = 0;        ///< stable identity: the internal id of the group's children
        std::vector<int> rows;  ///< source rows, in source order
    };
    struct Place {
        int group = -1;
        int position = -1;
    };

    [[nodiscard]] int keyRole() const;
    [[nodiscard]] vocab::List keyList() const;
    [[nodiscard]] QString keyOf(int sourceRow) const;
    /// Where a group with `key` belongs among the current groups (the list's order).
    [[nodiscard]] int insertionPoint(const QString& key) const;
    [[nodiscard]] int groupOf(const QString& key) const;
    [[nodiscard]] int groupWithId(quintptr id) const;
    [[nodiscard]] QModelIndex groupIndex(int group, int column = 0) const;
    void rebuild();
    void reindex();
    void emitGroupChanged(int group);

    void insertSourceRow(int sourceRow);
    void removeSourceRow(int sourceRow);
    void moveSourceRow(int sourceRow, const QString& key);

    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void onSourceRowsAboutToBeInserted(const QModelIndex& parent, int first, int last);
    void onSourceRowsInserted(const QModelIndex& parent, int first, int last);
    void onSourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onSourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();

    GroupBy m_groupBy = GroupBy::State;
    std::vector<Group> m_groups;
    std::vector<Place> m_places;  ///< by source row
    quintptr m_nextId = 1;
    bool m_resetting = false;  ///< a reset spans a source's about-to/done pair

    // Saved across a source layout change.
    QModelIndexList m_layoutProxy;
    std::vector<QPersistentModelIndex> m_layoutSource;
    std::vector<QString> m_layoutGroupKeys;
};

}  // namespace lintas::ui
