#include "exchange/ImportPreviewModel.h"

#include "exchange/ExchangeText.h"

#include <QStringList>

namespace lintas::ui {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setItems(std::vector<exchange::ImportItem> items) {
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const exchange::ImportItem& item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Kind: return ExchangeText::recordKind(item.kind);
        case Record: {
            QString label = QString::fromStdString(item.label);
            //: Appended to a received victim's code: the partner sent no name.
            return item.pseudonymised ? tr("%1 (pseudonymised)").arg(label) : label;
        }
        case Action: return ExchangeText::importAction(item.action);
        case Fields: {
            QStringList fields;
            for (const std::string& f : item.conflictingFields)
                fields << QString::fromStdString(f);
            return fields.join(QStringLiteral(", "));
        }
        case Refusal: return ExchangeText::importRefusal(item.refusal);
        default: return {};
        }
    case Qt::DecorationRole:
        return index.column() == Action ? QVariant(ExchangeText::importActionIcon(item.action)) : QVariant();
    case ActionRole: return static_cast<int>(item.action);
    case KindCodeRole: return QString::fromStdString(item.kind);
    case UuidRole: return QString::fromStdString(item.uuid);
    case CaseUuidRole: return QString::fromStdString(item.caseUuid);
    default: return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Kind");
    case Record: return tr("Record");
    //: Column: what applying the bundle does to the record.
    case Action: return tr("Action");
    //: Column: fields changed both here and by the partner.
    case Fields: return tr("Conflicting fields");
    //: Column: why a record cannot be taken.
    case Refusal: return tr("Not taken because");
    default: return {};
    }
}

}  // namespace lintas::ui
