#pragma once

#include "lintas/exchange/BundleService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

namespace lintas::ui {

/// The victims of an export preview and what core decided for each: identifiable, pseudonymised
/// or refused, with the reason. Read-only; replaced as a whole when the preview is run again.
class VictimDecisionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Case, Victim, Decision, Pseudonym, Reason, ColumnCount };
    enum Role {
        TreatmentRole = Qt::UserRole,  ///< exchange::VictimTreatment as int
        ReasonCodeRole,                ///< core's reason code
        PersonUuidRole,
    };

    explicit VictimDecisionModel(QObject* parent = nullptr);

    /// Shows `decisions`; `names` maps a person UUID to the name shown here. The screen is ours:
    /// the officer sees whom a decision concerns, and the Pseudonym column what leaves instead.
    void setDecisions(std::vector<exchange::VictimDecision> decisions, QHash<QString, QString> names);
    [[nodiscard]] const exchange::VictimDecision& decision(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<exchange::VictimDecision> m_rows;
    QHash<QString, QString> m_names;
};

}  // namespace lintas::ui
