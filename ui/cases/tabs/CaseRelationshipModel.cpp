#include "cases/tabs/CaseRelationshipModel.h"

#include "cases/tabs/TabText.h"

#include <QFontDatabase>

namespace lintas::ui {

CaseRelationshipModel::CaseRelationshipModel(QObject* parent) : RowTableModel<RelationshipRow>(parent) {}

void CaseRelationshipModel::setRelationships(std::vector<RelationshipRow> relationships) {
    replaceRows(std::move(relationships));
}

std::string CaseRelationshipModel::rowKey(const RelationshipRow& row) const { return row.relationship.uuid; }

int CaseRelationshipModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseRelationshipModel::data(const QModelIndex& index, int role) const {
    if (!validRow(index))
        return {};
    const RelationshipRow& row = rowAt(index.row());
    const Relationship& r = row.relationship;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FromColumn: return qs(row.fromName);
        case TypeColumn: return TabText::label(vocab::List::RelationshipType, r.type);
        case ToColumn: return qs(row.toName);
        case GradeColumn: return TabText::grade(r.sourceReliability, r.informationCredibility);
        case NoteColumn: return qs(r.note);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FromColumn:
        case ToColumn:
            return (index.column() == FromColumn ? r.fromKind : r.toKind) == PartyKind::Person
                       ? tr("Person — double-click to open")
                       : tr("Organisation — double-click to open");
        case GradeColumn: return TabText::gradeToolTip(r.sourceReliability, r.informationCredibility);
        case NoteColumn: return r.note.empty() ? QVariant() : QVariant(qs(r.note));
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == GradeColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == GradeColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case UuidRole: return qs(r.uuid);
    case FromUuidRole: return qs(r.fromUuid);
    case FromIsPersonRole: return r.fromKind == PartyKind::Person;
    case ToUuidRole: return qs(r.toUuid);
    case ToIsPersonRole: return r.toKind == PartyKind::Person;
    case GradeRole: return TabText::grade(r.sourceReliability, r.informationCredibility);
    default: return {};
    }
}

QVariant CaseRelationshipModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == GradeColumn)
        return tr("Source reliability (A, B, C, X) and information credibility (1–4)");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromColumn: return tr("From");
    case TypeColumn: return tr("Relationship");
    case ToColumn: return tr("To");
    case GradeColumn: return tr("Grade");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

QHash<int, QByteArray> CaseRelationshipModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(FromUuidRole, "fromUuid");
    names.insert(FromIsPersonRole, "fromIsPerson");
    names.insert(ToUuidRole, "toUuid");
    names.insert(ToIsPersonRole, "toIsPerson");
    names.insert(GradeRole, "grade");
    return names;
}

}  // namespace lintas::ui
