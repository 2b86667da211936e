#pragma once

#include "lintas/domain/Referral.h"

#include <QAbstractTableModel>
#include <vector>

namespace lintas::ui {

/// One victim's referral history as a timeline: every transition of every referral of the
/// victim, oldest first (when, which referral, from → to, by whom, note).
class ReferralTimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        ReferralColumn,
        ChangeColumn,
        ByColumn,
        NoteColumn,
        ColumnCount,
    };
    enum Role {
        ReferralUuidRole = Qt::UserRole,
        FromStatusRole,
        ToStatusRole,
        /// The stored UTC timestamp.
        AtRole,
    };

    /// One referral with its transitions, as core returns them.
    struct Entry {
        Referral referral;
        std::vector<ReferralTransition> transitions;
    };

    explicit ReferralTimelineModel(QObject* parent = nullptr);

    void setHistory(const std::vector<Entry>& entries);
    /// Shows the transitions of `referralUuid` in bold (the referral selected on the board).
    void setHighlighted(const QString& referralUuid);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        std::string referralUuid;
        std::string service;
        std::string providerName;
        ReferralTransition transition;
    };
    std::vector<Row> m_rows;
    int m_referralCount = 0;
    QString m_highlighted;
};

}  // namespace lintas::ui
