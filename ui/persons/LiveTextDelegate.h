#pragma once

#include <QStyledItemDelegate>

namespace lintas::ui {

/// Edits text cells and hands every keystroke to the model, so that what depends on the cell
/// (the normalised preview of an identifier) follows the user's typing.
class LiveTextDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace lintas::ui
