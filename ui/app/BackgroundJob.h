#pragma once

#include <QObject>

#include <functional>
#include <thread>

namespace lintas::ui {

/// Runs one piece of slow work (an Argon2id key derivation, an encryption pass) on a worker
/// thread so that the window keeps painting, then calls back in the thread that owns the job.
///
/// A Workspace is not thread-safe: the work may use one only while nothing else does, and the
/// caller hands it over by moving it into the work's captures (or back through the callback).
/// `work` must not throw (anything it throws is swallowed so that it cannot end the process);
/// it reports through the state it captures. The destructor waits for work still running, then
/// drops its callback.
class BackgroundJob : public QObject {
    Q_OBJECT

public:
    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    /// Starts `work` on a worker thread; `done` then runs in this object's thread, once the
    /// worker has ended. Returns false (and does nothing) while a job is still running.
    bool start(std::function<void()> work, std::function<void()> done);
    [[nodiscard]] bool isRunning() const { return m_thread.joinable(); }
    /// Blocks until the running job (if any) has ended, then runs its callback.
    void waitForFinished();

signals:
    /// After `done` ran.
    void finished();

private:
    void finish(quint64 generation);

    std::thread m_thread;
    quint64 m_generation = 0;  ///< of the job started last
    std::function<void()> m_done;
};

}  // namespace lintas::ui
