#pragma once

#include "cases/tabs/RowTableModel.h"

#include "lintas/domain/Note.h"

#include <vector>

namespace lintas::ui {

/// The notes and events of a case timeline, oldest first (as core returns them). Views sort by
/// OccurredAtRole through a proxy for newest-first.
class CaseNoteModel : public RowTableModel<Note> {
    Q_OBJECT

public:
    enum Column { OccurredColumn, KindColumn, AuthorColumn, TextColumn, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole,  ///< QString
        KindCodeRole,             ///< QString, vocab::List::NoteKind
        OccurredAtRole,           ///< QString: the stored ISO 8601 UTC time (sorts chronologically)
        BodyRole,                 ///< QString: the whole text, line breaks kept
    };

    explicit CaseNoteModel(QObject* parent = nullptr);

    void setNotes(std::vector<Note> notes);

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

protected:
    [[nodiscard]] std::string rowKey(const Note& row) const override;
};

}  // namespace lintas::ui
