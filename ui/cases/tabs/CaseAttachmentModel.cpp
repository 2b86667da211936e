#include "cases/tabs/CaseAttachmentModel.h"

#include "cases/tabs/TabText.h"

#include <QFontDatabase>

namespace lintas::ui {

CaseAttachmentModel::CaseAttachmentModel(QObject* parent) : RowTableModel<Attachment>(parent) {}

void CaseAttachmentModel::setAttachments(std::vector<Attachment> attachments) {
    replaceRows(std::move(attachments));
}

std::string CaseAttachmentModel::rowKey(const Attachment& row) const { return row.uuid; }

int CaseAttachmentModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseAttachmentModel::data(const QModelIndex& index, int role) const {
    if (!validRow(index))
        return {};
    const Attachment& a = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return qs(a.name);
        case TypeColumn: return qs(a.mediaType);
        case SizeColumn: return TabText::fileSize(a.size);
        case AddedColumn: return TabText::timestamp(a.addedAt);
        case AddedByColumn: return qs(a.addedBy);
        case Sha256Column: return qs(a.sha256);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SizeColumn)
            return TabText::exactSize(a.size);
        if (index.column() == Sha256Column)
            return tr("SHA-256 of the content; compare with sha256sum");
        return {};
    case Qt::FontRole:
        if (index.column() == Sha256Column)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UuidRole: return qs(a.uuid);
    case Sha256Role: return qs(a.sha256);
    case SizeBytesRole: return static_cast<qlonglong>(a.size);
    case FileNameRole: return qs(a.name);
    default: return {};
    }
}

QVariant CaseAttachmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Media type");
    case SizeColumn: return tr("Size");
    case AddedColumn: return tr("Added");
    case AddedByColumn: return tr("Added by");
    case Sha256Column: return tr("SHA-256");
    default: return {};
    }
}

QHash<int, QByteArray> CaseAttachmentModel::roleNames() const {
    auto names = QAbstractTableModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(Sha256Role, "sha256");
    names.insert(SizeBytesRole, "sizeBytes");
    names.insert(FileNameRole, "fileName");
    return names;
}

}  // namespace lintas::ui
