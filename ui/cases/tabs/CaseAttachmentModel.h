#pragma once

#include "cases/tabs/RowTableModel.h"

#include "lintas/domain/Note.h"

#include <vector>

namespace lintas::ui {

/// The files attached to a case. The SHA-256 column shows the full hash in a fixed-width font, so
/// it can be compared with `sha256sum` character by character.
class CaseAttachmentModel : public RowTableModel<Attachment> {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, SizeColumn, AddedColumn, AddedByColumn, Sha256Column, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole,  ///< QString
        Sha256Role,               ///< QString: lower-case hex
        SizeBytesRole,            ///< qint64
        FileNameRole,             ///< QString
    };

    explicit CaseAttachmentModel(QObject* parent = nullptr);

    void setAttachments(std::vector<Attachment> attachments);

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] std::string rowKey(const Attachment& row) const override;
};

}  // namespace lintas::ui
