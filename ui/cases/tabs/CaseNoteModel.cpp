#include "cases/tabs/CaseNoteModel.h"

#include "cases/tabs/TabText.h"

namespace lintas::ui {

CaseNoteModel::CaseNoteModel(QObject* parent) : RowTableModel<Note>(parent) {}

void CaseNoteModel::setNotes(std::vector<Note> notes) { replaceRows(std::move(notes)); }

std::string CaseNoteModel::rowKey(const Note& row) const { return row.uuid; }

int CaseNoteModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseNoteModel::data(const QModelIndex& index, int role) const {
    if (!validRow(index))
        return {};
    const Note& n = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OccurredColumn: return TabText::timestamp(n.occurredAt);
        case KindColumn: return TabText::label(vocab::List::NoteKind, n.kind);
        case AuthorColumn: return qs(n.author);
        // One line in the table; the detail pane shows the whole text.
        case TextColumn: return qs(n.body).simplified();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return qs(n.body);
        if (index.column() == OccurredColumn)
            //: %1 is the stored UTC timestamp.
            return tr("%1 (UTC)").arg(qs(n.occurredAt));
        return {};
    case UuidRole: return qs(n.uuid);
    case KindCodeRole: return qs(n.kind);
    case OccurredAtRole: return qs(n.occurredAt);
    case BodyRole: return qs(n.body);
    default: return {};
    }
}

QVariant CaseNoteModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OccurredColumn: return tr("When");
    case KindColumn: return tr("Kind");
    case AuthorColumn: return tr("Author");
    case TextColumn: return tr("Text");
    default: return {};
    }
}

QHash<int, QByteArray> CaseNoteModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(KindCodeRole, "kindCode");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(BodyRole, "body");
    return names;
}

}  // namespace lintas::ui
