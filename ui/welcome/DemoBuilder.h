#pragma once

#include "lintas/Result.h"
#include "lintas/domain/Agency.h"
#include "lintas/service/DemoGenerator.h"
#include "lintas/service/Workspace.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <thread>

namespace lintas::ui {

/// Creates a demo database in a worker thread: a new encrypted file with its administrator,
/// filled by core's demo generator. The worker creates the Workspace and uses it alone; when it
/// has ended, the workspace — signed in as that account — passes to the builder's thread
/// (takeWorkspace), so that the caller does not have to sign in again. Signals arrive queued in
/// the thread that owns the builder.
class DemoBuilder : public QObject {
    Q_OBJECT

public:
    struct Request {
        QString path;
        Agency agency;
        /// The demo database's account (its administrator; the demo page gives it every role).
        FirstUser account;
        /// Defaults to WorkspaceDefaults::make().
        std::optional<Workspace::Options> options;
        int cases = 1000;
        std::uint64_t seed = 1;
    };

    /// How a run ended: `error` is set when the database could not be created or filled (a
    /// cancelled run is not an error: summary.cancelled says it stopped early).
    struct Outcome {
        QString path;
        int requestedCases = 0;
        DemoSummary summary;
        std::optional<Error> error;
    };

    explicit DemoBuilder(QObject* parent = nullptr);
    /// Cancels a run still going and waits for it to stop.
    ~DemoBuilder() override;

    /// Starts a run. Does nothing and returns false while another run is going.
    bool start(const Request& request);
    /// Asks the run to stop after the batch in progress; what was written stays, valid.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread.joinable(); }
    [[nodiscard]] bool isCancelling() const { return m_cancel.load(); }
    /// The workspace of the run that finished last (signed in as its account), once; empty when
    /// it failed or was already taken.
    [[nodiscard]] std::unique_ptr<Workspace> takeWorkspace();

signals:
    /// Cases written so far, of `total`.
    void progress(int done, int total);
    void finished(const lintas::ui::DemoBuilder::Outcome& outcome);

private:
    void deliverProgress(int done, int total);
    void deliverOutcome(const Outcome& outcome);

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    /// Written by the worker, read only after it has been joined.
    std::unique_ptr<Workspace> m_workspace;
};

}  // namespace lintas::ui
