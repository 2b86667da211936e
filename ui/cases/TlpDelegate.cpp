#include "cases/TlpDelegate.h"

#include "cases/TlpChip.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace lintas::ui {
namespace {
constexpr int kMargin = 4;
}

TlpDelegate::TlpDelegate(int codeRole, QObject* parent) : QStyledItemDelegate(parent), m_codeRole(codeRole) {}

void TlpDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The row's background and selection as the style draws them, then the chip instead of text.
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect area = opt.rect.adjusted(kMargin, 1, -kMargin, -1);
    TlpChip::paint(*painter, area, index.data(m_codeRole).toString(), text, opt.font);
}

QSize TlpDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QSize chip = TlpChip::chipSize(option.font, index.data(Qt::DisplayRole).toString());
    return {chip.width() + 2 * kMargin, std::max(base.height(), chip.height() + 2)};
}

}  // namespace lintas::ui
