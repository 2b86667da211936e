#include "security/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>

namespace lintas::ui {
namespace {

bool isInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod: return true;
    default: return false;
    }
}

}  // namespace

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent) {
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_sinceInput.start();
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher() {
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout) {
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
    arm();
}

void IdleWatcher::setActive(bool active) {
    m_active = active;
    m_sinceInput.restart();
    arm();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    // One event reaches the filter once per receiver on its way up; restarting a clock is cheap.
    if (m_active && isInput(event->type()))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::arm() {
    if (!m_active || m_timeout.count() == 0) {
        m_timer->stop();
        return;
    }
    const auto left = m_timeout - std::chrono::milliseconds(m_sinceInput.elapsed());
    m_timer->start(std::max(left, std::chrono::milliseconds(0)));
}

void IdleWatcher::check() {
    if (!m_active || m_timeout.count() == 0)
        return;
    if (std::chrono::milliseconds(m_sinceInput.elapsed()) < m_timeout) {
        arm();  // there was input meanwhile: wait for the rest of the new period
        return;
    }
    m_active = false;
    emit idle();
}

}  // namespace lintas::ui
