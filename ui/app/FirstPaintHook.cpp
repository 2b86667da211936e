#include "app/FirstPaintHook.h"

#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace lintas::ui {

FirstPaintHook::FirstPaintHook(QWidget* window, QString screenshotPath, QObject* parent)
    : QObject(parent), m_window(window), m_screenshotPath(std::move(screenshotPath)) {
    window->installEventFilter(this);
}

bool FirstPaintHook::eventFilter(QObject* watched, QEvent* event) {
    if (!m_seen && watched == m_window && event->type() == QEvent::Paint) {
        m_seen = true;
        m_window->removeEventFilter(this);
        // Queued: the paint in progress completes and reaches the screen first.
        QTimer::singleShot(0, this, &FirstPaintHook::finish);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintHook::finish() {
    bool ok = true;
    if (!m_screenshotPath.isEmpty() && m_window) {
        QWidget* front = QApplication::activeModalWidget();
        QWidget* target = front ? front : m_window->window();
        ok = target->grab().save(m_screenshotPath, "PNG");
        if (!ok)
            std::fprintf(stderr, "lintas: cannot write the screenshot %s\n", qPrintable(m_screenshotPath));
    }
    emit done(ok);
}

}  // namespace lintas::ui
