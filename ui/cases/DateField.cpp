#include "cases/DateField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDate>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QWidgetAction>

namespace lintas::ui {
namespace {

const QString kIsoFormat = QStringLiteral("yyyy-MM-dd");

/// A small calendar sheet in the palette's text colour (Qt's styles have no calendar icon).
QIcon calendarIcon(const QPalette& palette) {
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal u = size / 16.0;
        const QColor ink = palette.color(QPalette::Text);
        painter.setPen(QPen(ink, u));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(1.5 * u, 2.5 * u, 13 * u, 12 * u), u, u);
        painter.fillRect(QRectF(1.5 * u, 2.5 * u, 13 * u, 3 * u), ink);
        for (int row = 0; row < 2; ++row)
            for (int col = 0; col < 3; ++col)
                painter.fillRect(QRectF((4 + 3 * col) * u, (8 + 3 * row) * u, 2 * u, 2 * u), ink);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace

DateField::DateField(QWidget* parent) : QLineEdit(parent) {
    //: Placeholder of a date field; keep the letters as the date pattern in your language's usual abbreviations.
    setPlaceholderText(tr("YYYY-MM-DD"));
    setMaxLength(10);
    setClearButtonEnabled(true);
    auto* pick = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Choose a date from the calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        // The clear button edits too; a cleared field is one step, not typing.
        emit dateEdited(text, !text.isEmpty());
    });
}

void DateField::showCalendar() {
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(true);
    const QDate current = QDate::fromString(text(), kIsoFormat);
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [this, &menu](QDate date) {
        const QString iso = date.toString(kIsoFormat);
        setText(iso);
        emit dateEdited(iso, false);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, calendar, &QCalendarWidget::activated);
    calendar->setFocus();
    menu.exec(mapToGlobal(QPoint(0, height())));
}

void DateField::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

}  // namespace lintas::ui
