#pragma once

#include "lintas/Result.h"
#include "lintas/security/AuditLog.h"

#include <QAbstractTableModel>
#include <functional>
#include <vector>

namespace lintas::ui {

/// Audit log entries matching a query, newest first, read a page at a time: the view asks for
/// more (canFetchMore/fetchMore) as the user scrolls, so a log of millions of entries opens with
/// one small query.
class AuditModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        RecordTypeColumn,
        RecordColumn,
        ReasonColumn,  ///< before Detail: for a victim's record it is what a supervisor reads first
        DetailColumn,
        ColumnCount
    };
    enum Roles {
        SeqRole = Qt::UserRole,  ///< qint64
        UserUuidRole,
        RecordUuidRole,
        ActionRole,  ///< machine name
        HashRole,
    };
    /// Reads one page of entries (core's permission-checked query).
    using Fetch = std::function<Result<std::vector<security::AuditEntry>>(const security::AuditQuery&)>;

    explicit AuditModel(QObject* parent = nullptr);

    /// Rows per read.
    static constexpr int kPageSize = 200;

    /// Clears the model and reads the first page of `query` through `fetch`. Returns the first
    /// page's error, if any (the model is then empty).
    Status setQuery(security::AuditQuery query, Fetch fetch);
    /// Marks the entry `seq` as the first that failed verification (0: none).
    void setBrokenSeq(qint64 seq);
    /// Empties the model (no query).
    void clear();
    /// The error of the last read, if it failed.
    [[nodiscard]] const std::optional<Error>& lastError() const { return m_lastError; }
    [[nodiscard]] const security::AuditEntry* entryAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /// A read failed (the rows read so far stay).
    void fetchFailed(const Error& error);

private:
    Result<std::vector<security::AuditEntry>> readPage(int offset);

    security::AuditQuery m_query;
    Fetch m_fetch;
    std::vector<security::AuditEntry> m_entries;
    bool m_more = false;
    qint64 m_brokenSeq = 0;
    std::optional<Error> m_lastError;
};

}  // namespace lintas::ui
