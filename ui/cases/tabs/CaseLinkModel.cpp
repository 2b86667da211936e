#include "cases/tabs/CaseLinkModel.h"

#include "cases/tabs/TabText.h"
#include "common/CountryModel.h"

namespace lintas::ui {

CaseLinkModel::CaseLinkModel(QObject* parent) : RowTableModel<CaseLinkRow>(parent) {}

void CaseLinkModel::setLinks(std::vector<CaseLinkRow> links) { replaceRows(std::move(links)); }

std::string CaseLinkModel::rowKey(const CaseLinkRow& row) const { return row.link.uuid; }

int CaseLinkModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseLinkModel::data(const QModelIndex& index, int role) const {
    if (!validRow(index))
        return {};
    const CaseLinkRow& row = rowAt(index.row());
    const CaseLink& l = row.link;
    const bool local = l.linkedCaseUuid.has_value();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return local ? tr("Local case") : tr("Foreign case");
        case ReferenceColumn: return local ? qs(row.linkedReference) : qs(l.foreignReference.value_or(""));
        case TitleColumn: return local ? qs(row.linkedTitle) : QString();
        case AgencyColumn: return local ? QString() : qs(l.foreignAgencyCode.value_or(""));
        case CountryColumn: return local ? QString() : CountryModel::displayName(qs(l.foreignCountry.value_or("")));
        case ContactColumn: return qs(l.ourContact);
        case NoteColumn: return qs(l.note);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (local)
            return tr("Double-click to open the case");
        if (index.column() == NoteColumn && !l.note.empty())
            return qs(l.note);
        return {};
    case UuidRole: return qs(l.uuid);
    case LinkedCaseUuidRole: return local ? qs(*l.linkedCaseUuid) : QString();
    case IsLocalRole: return local;
    default: return {};
    }
}

QVariant CaseLinkModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case ReferenceColumn: return tr("Reference");
    case TitleColumn: return tr("Title");
    case AgencyColumn: return tr("Their agency");
    case CountryColumn: return tr("Their country");
    case ContactColumn: return tr("Our contact");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

QHash<int, QByteArray> CaseLinkModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(LinkedCaseUuidRole, "linkedCaseUuid");
    names.insert(IsLocalRole, "isLocal");
    return names;
}

}  // namespace lintas::ui
