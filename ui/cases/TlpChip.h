#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

class QFont;
class QPainter;

namespace lintas::ui {

/// A TLP 2.0 label drawn as FIRST specifies: the text "TLP:RED" in the label's colour on black.
/// The text is always there, so the marking never depends on colour alone.
class TlpChip : public QWidget {
    Q_OBJECT

public:
    explicit TlpChip(QWidget* parent = nullptr);

    /// A TLP code as core stores it ("RED", "AMBER+STRICT"…); empty shows nothing.
    void setTlp(const QString& code);
    [[nodiscard]] const QString& tlp() const { return m_code; }
    /// What the chip reads, e.g. "TLP:RED".
    [[nodiscard]] QString text() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

    /// Draws a chip for `code` reading `text`, vertically centred and left-aligned in `rect`.
    static void paint(QPainter& painter, const QRect& rect, const QString& code, const QString& text,
                      const QFont& font);
    /// The size paint() needs for `text` in `font`.
    [[nodiscard]] static QSize chipSize(const QFont& font, const QString& text);
    /// A small coloured square for list and combo-box items (the item's text names the label).
    [[nodiscard]] static QIcon swatch(const QString& code);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_code;
};

}  // namespace lintas::ui
