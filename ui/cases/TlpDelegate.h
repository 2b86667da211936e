#pragma once

#include <QStyledItemDelegate>

namespace lintas::ui {

/// Draws a list cell's TLP as a chip (TlpChip): the label's colour on black, always with its
/// text. Reads the text from Qt::DisplayRole and the code from `codeRole`.
class TlpDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    TlpDelegate(int codeRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_codeRole;
};

}  // namespace lintas::ui
