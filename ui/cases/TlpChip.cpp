#include "cases/TlpChip.h"

#include "cases/CaseText.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPixmap>

namespace lintas::ui {
namespace {

constexpr int kPadX = 6;
constexpr int kPadY = 2;

QFont chipFont(const QFont& base) {
    QFont font = base;
    font.setBold(true);
    return font;
}

}  // namespace

TlpChip::TlpChip(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void TlpChip::setTlp(const QString& code) {
    if (code == m_code)
        return;
    m_code = code;
    setAccessibleName(text());
    setToolTip(text());
    updateGeometry();
    update();
}

QString TlpChip::text() const { return m_code.isEmpty() ? QString() : CaseText::tlp(m_code.toStdString()); }

QSize TlpChip::sizeHint() const { return chipSize(font(), text().isEmpty() ? QStringLiteral("TLP:CLEAR") : text()); }

QSize TlpChip::chipSize(const QFont& font, const QString& text) {
    const QFontMetrics metrics(chipFont(font));
    return {metrics.horizontalAdvance(text) + 2 * kPadX, metrics.height() + 2 * kPadY};
}

void TlpChip::paint(QPainter& painter, const QRect& rect, const QString& code, const QString& text,
                    const QFont& font) {
    if (text.isEmpty())
        return;
    const QSize size = chipSize(font, text).boundedTo(rect.size());
    const QRect chip(rect.left(), rect.top() + (rect.height() - size.height()) / 2, size.width(), size.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(Qt::black));
    painter.drawRoundedRect(chip, 3, 3);
    painter.setFont(chipFont(font));
    painter.setPen(CaseText::tlpColor(code.toStdString()));
    painter.drawText(chip, Qt::AlignCenter, text);
    painter.restore();
}

QIcon TlpChip::swatch(const QString& code) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(Qt::black));
    painter.drawRoundedRect(QRectF(0, 0, 16, 16), 3, 3);
    painter.setBrush(CaseText::tlpColor(code.toStdString()));
    painter.drawEllipse(QRectF(4, 4, 8, 8));
    painter.end();
    return QIcon(pixmap);
}

void TlpChip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, rect(), m_code, text(), font());
}

}  // namespace lintas::ui
