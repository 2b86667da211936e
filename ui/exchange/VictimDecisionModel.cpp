#include "exchange/VictimDecisionModel.h"

#include "exchange/ExchangeText.h"

namespace lintas::ui {

VictimDecisionModel::VictimDecisionModel(QObject* parent) : QAbstractTableModel(parent) {}

void VictimDecisionModel::setDecisions(std::vector<exchange::VictimDecision> decisions, QHash<QString, QString> names) {
    beginResetModel();
    m_rows = std::move(decisions);
    m_names = std::move(names);
    endResetModel();
}

int VictimDecisionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VictimDecisionModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VictimDecisionModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const exchange::VictimDecision& d = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Case: return QString::fromStdString(d.caseReference);
        case Victim: {
            const QString uuid = QString::fromStdString(d.personUuid);
            return m_names.value(uuid, uuid);
        }
        case Decision: return ExchangeText::victimTreatment(d.treatment);
        // Only a pseudonymised victim leaves under a code; core derives one for the others too.
        case Pseudonym:
            return d.treatment == exchange::VictimTreatment::Pseudonymised ? QString::fromStdString(d.pseudonym)
                                                                            : QString();
        case Reason: return ExchangeText::victimReason(d.reason);
        default: return {};
        }
    case Qt::DecorationRole:
        return index.column() == Decision ? QVariant(ExchangeText::victimTreatmentIcon(d.treatment)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Reason ? QVariant(ExchangeText::victimReason(d.reason)) : QVariant();
    case TreatmentRole: return static_cast<int>(d.treatment);
    case ReasonCodeRole: return QString::fromStdString(d.reason);
    case PersonUuidRole: return QString::fromStdString(d.personUuid);
    default: return {};
    }
}

QVariant VictimDecisionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Case: return tr("Case");
    case Victim: return tr("Victim");
    //: Column: how the victim leaves (identifiable, pseudonymised, refused).
    case Decision: return tr("Leaves as");
    //: Column: the code that is sent instead of a pseudonymised victim's name.
    case Pseudonym: return tr("Code sent");
    case Reason: return tr("Why");
    default: return {};
    }
}

}  // namespace lintas::ui
