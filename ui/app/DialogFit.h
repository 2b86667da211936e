#pragma once

#include <QLayout>
#include <QWidget>

namespace lintas::ui {

/// Makes `window` tall enough for its content at its current width. A window's minimum size
/// ignores word-wrapped labels' extra lines, so when a message appears in a dialog holding some,
/// Qt squeezes the fields instead of growing: dialogs call this on QEvent::LayoutRequest.
inline void growToFitContents(QWidget* window) {
    QLayout* layout = window->layout();
    if (!layout || !layout->hasHeightForWidth() || !window->isVisible())
        return;
    const int needed = layout->totalHeightForWidth(window->width());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

}  // namespace lintas::ui
