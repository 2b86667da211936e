#include "persons/LiveTextDelegate.h"

#include <QLineEdit>

namespace lintas::ui {

QWidget* LiveTextDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        connect(line, &QLineEdit::textEdited, this, [this, line] {
            // commitData is a signal and so not const; emitting it does not change the delegate.
            emit const_cast<LiveTextDelegate*>(this)->commitData(line);  // NOLINT(cppcoreguidelines-pro-type-const-cast)
        });
    }
    return editor;
}

}  // namespace lintas::ui
