#pragma once

#include "lintas/exchange/BundleService.h"

#include <QAbstractTableModel>

#include <vector>

namespace lintas::ui {

/// The exchange log: every bundle sent or received, including those refused. Rejections stand
/// out with an icon and the word, never by colour alone.
class ExchangeLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Direction, Partner, Verdict, Signer, Profile, Purpose, Tlp, Handling, FileName, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole,  ///< qint64, the log row's id
        RejectedRole,                ///< bool
        SortRole,                    ///< what the column sorts by (the ISO timestamp for Time)
    };

    explicit ExchangeLogModel(QObject* parent = nullptr);

    void setEntries(std::vector<exchange::ExchangeLogEntry> entries);
    [[nodiscard]] const exchange::ExchangeLogEntry* entry(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Translated words for the log's codes, shared with the details pane.
    [[nodiscard]] static QString directionText(const std::string& direction);
    [[nodiscard]] static QString verdictText(const std::string& verdict);
    [[nodiscard]] static QString profileText(const std::string& profile);
    [[nodiscard]] static bool isRejected(const exchange::ExchangeLogEntry& entry) { return entry.verdict == "rejected"; }

private:
    std::vector<exchange::ExchangeLogEntry> m_rows;
};

}  // namespace lintas::ui
