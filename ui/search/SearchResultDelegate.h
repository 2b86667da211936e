#pragma once

#include <QStyledItemDelegate>

namespace lintas::ui {

/// Draws search results: group headers as small captions with a rule above, hits as an icon, a
/// title and an optional second line whose matched words are bold.
class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace lintas::ui
