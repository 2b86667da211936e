#include "app/BackgroundJob.h"

#include <QMetaObject>

#include <utility>

namespace lintas::ui {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    // The callback would touch a half-destroyed owner: drop it. Events the worker posted are
    // dropped with this object.
    m_done = nullptr;
    if (m_thread.joinable())
        m_thread.join();
}

bool BackgroundJob::start(std::function<void()> work, std::function<void()> done) {
    if (m_thread.joinable())
        return false;
    m_done = std::move(done);
    // The worker reaches back only through an event queued to this object; the destructor joins
    // the worker, so `this` outlives it.
    const quint64 generation = ++m_generation;
    m_thread = std::thread([this, generation, work = std::move(work)] {
        try {
            work();
        } catch (...) {  // NOLINT(bugprone-empty-catch): nothing may escape a thread
        }
        QMetaObject::invokeMethod(
            this, [this, generation] { finish(generation); }, Qt::QueuedConnection);
    });
    return true;
}

void BackgroundJob::waitForFinished() {
    if (m_thread.joinable())
        finish(m_generation);
}

void BackgroundJob::finish(quint64 generation) {
    // Posted by the worker as its last act (or called by waitForFinished): joining waits at most
    // for it to return. The event of a job that waitForFinished already ended finds nothing to do.
    if (generation != m_generation || !m_thread.joinable())
        return;
    m_thread.join();
    auto done = std::exchange(m_done, nullptr);
    if (done)
        done();
    emit finished();
}

}  // namespace lintas::ui
