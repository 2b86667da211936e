#include "search/SearchResultDelegate.h"

#include "search/SearchResultsModel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QIcon>
#include <QPainter>

#include <algorithm>

namespace lintas::ui {
namespace {

constexpr int kMargin = 8;
constexpr int kIconSize = 20;
constexpr int kLineGap = 2;

QFont headerFont(const QFont& base) {
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    return font;
}

QFont titleFont(const QFont& base) {
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

/// Draws `marked` (matches between '[' and ']') on one line from `x`, matches in bold, elided at
/// `right`.
void drawHighlighted(QPainter* painter, const QFont& base, int x, int baseline, int right, const QString& marked) {
    QFont bold = base;
    bold.setBold(true);
    QString run;
    bool inMatch = false;
    auto flush = [&](bool match) {
        if (run.isEmpty() || x >= right)
            return;
        painter->setFont(match ? bold : base);
        const QFontMetrics fm(painter->font());
        const QString shown = fm.elidedText(run, Qt::ElideRight, right - x);
        painter->drawText(x, baseline, shown);
        x += fm.horizontalAdvance(shown);
        run.clear();
    };
    for (const QChar ch : marked) {
        if (ch == u'[' && !inMatch) {
            flush(false);
            inMatch = true;
        } else if (ch == u']' && inMatch) {
            flush(true);
            inMatch = false;
        } else {
            run += ch;
        }
    }
    flush(inMatch);
}

}  // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QFontMetrics fm(option.font);
    if (index.data(SearchResultsModel::IsHeaderRole).toBool())
        return {200, QFontMetrics(headerFont(option.font)).height() + kMargin + 6};
    const bool twoLines = !index.data(SearchResultsModel::DetailRole).toString().isEmpty();
    const int text = fm.height() * (twoLines ? 2 : 1) + (twoLines ? kLineGap : 0);
    return {200, std::max(text, kIconSize) + kMargin + 2};
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette& pal = opt.palette;
    const QRect r = opt.rect;
    painter->save();

    if (index.data(SearchResultsModel::IsHeaderRole).toBool()) {
        if (index.row() > 0) {
            painter->setPen(pal.color(QPalette::Mid));
            painter->drawLine(r.left() + kMargin, r.top() + 2, r.right() - kMargin, r.top() + 2);
        }
        painter->setFont(headerFont(opt.font));
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(r.adjusted(kMargin, 4, -kMargin, 0), Qt::AlignLeft | Qt::AlignVCenter, opt.text);
        painter->restore();
        return;
    }

    // Background (selection, hover) as the style draws it, without the default text and icon.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor detailColor = selected ? textColor : pal.color(QPalette::PlaceholderText);

    const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(r.left() + kMargin + 6, r.top() + (r.height() - kIconSize) / 2, kIconSize, kIconSize);
    icon.paint(painter, iconRect);

    const int x = iconRect.right() + 1 + kMargin;
    const int right = r.right() - kMargin;
    const QString detail = index.data(SearchResultsModel::HighlightedDetailRole).toString();
    const QFontMetrics fm(opt.font);
    const int textHeight = fm.height() * (detail.isEmpty() ? 1 : 2) + (detail.isEmpty() ? 0 : kLineGap);
    int top = r.top() + (r.height() - textHeight) / 2;

    painter->setFont(titleFont(opt.font));
    painter->setPen(textColor);
    const QFontMetrics titleMetrics(painter->font());
    painter->drawText(x, top + titleMetrics.ascent(),
                      titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, right - x));
    if (!detail.isEmpty()) {
        top += fm.height() + kLineGap;
        painter->setPen(detailColor);
        drawHighlighted(painter, opt.font, x, top + fm.ascent(), right, detail);
    }
    painter->restore();
}

}  // namespace lintas::ui
