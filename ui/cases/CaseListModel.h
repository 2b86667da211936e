#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Case.h"
#include "lintas/service/CaseQuery.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lintas {
class Workspace;
}

namespace lintas::ui {

/// The case list as a table over CaseService::list/count. Rows arrive a page at a time through
/// canFetchMore/fetchMore, so a database of 100,000 cases opens with one small query and a view
/// only asks for more as it scrolls. Sorting is done by core (CaseQuery::Sort); a changed filter
/// is a new query and resets the model, a changed case moves or updates just its row.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Reference, Title, Status, Tlp, Handling, Owner, Opened, Updated, Victims, Suspects, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole,
        ReferenceRole,
        StatusCodeRole,
        TlpCodeRole,
        HandlingCodeRole,
    };

    static constexpr int kPageSize = 200;

    /// Reads the first page of all cases in the given order (columns core cannot sort by fall
    /// back to the most recently updated first).
    explicit CaseListModel(Workspace& workspace, int sortColumn = Updated, Qt::SortOrder order = Qt::DescendingOrder,
                           QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Asks core for the list in this order. Columns core cannot sort by (isSortable) are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Whether core can order the list by `column`. Handling code and the victim and suspect
    /// counts have no CaseQuery::Sort, so they cannot.
    [[nodiscard]] static bool isSortable(int column);
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// The filters of the list (its order and paging are the model's own). Resets the model.
    void setQuery(const CaseQuery& query);
    [[nodiscard]] const CaseQuery& query() const { return m_query; }
    /// How many cases match the filters, loaded or not.
    [[nodiscard]] std::int64_t totalCount() const { return m_total; }

    /// Runs the query again, fetching as many rows as are loaded now (so a view can keep its
    /// place). Resets the model.
    void refresh();
    /// Brings one case up to date after it was created or changed: updates its row, moves it to
    /// where the order now puts it, inserts it, or removes it when it no longer matches. Resets
    /// only when other rows changed too.
    void caseChanged(const QString& uuid);

    /// The row of the case with `uuid` among the loaded rows, or -1.
    [[nodiscard]] int rowOf(const QString& uuid) const;
    [[nodiscard]] QString uuidAt(int row) const;
    /// The last error of a query (cleared by a successful one), for the page to show.
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_error; }

signals:
    /// The total number of matching cases changed.
    void totalCountChanged(qint64 total);
    /// A query failed; the list keeps what it had.
    void queryFailed(const lintas::Error& error);

private:
    [[nodiscard]] CaseQuery pageQuery(std::int64_t offset, std::int64_t limit) const;
    [[nodiscard]] std::optional<std::vector<CaseSummary>> fetch(std::int64_t offset, std::int64_t limit);
    void reloadAll(std::int64_t rows);
    void updateTotal();
    [[nodiscard]] QVariant display(const CaseSummary& c, int column) const;

    Workspace& m_workspace;
    CaseQuery m_query;
    int m_sortColumn = Updated;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::vector<CaseSummary> m_rows;
    std::int64_t m_total = 0;
    std::optional<Error> m_error;
};

}  // namespace lintas::ui
