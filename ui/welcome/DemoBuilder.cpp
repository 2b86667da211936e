#include "welcome/DemoBuilder.h"

#include "app/WorkspaceDefaults.h"

#include "lintas/security/Keyring.h"

#include <QMetaObject>
#include <QPointer>

#include <exception>
#include <utility>

namespace lintas::ui {
namespace {

/// The work itself, on the worker thread. Never throws. Leaves the workspace in `ws` when the
/// database was created (also when filling it failed or stopped).
DemoBuilder::Outcome build(DemoBuilder::Request request, const std::function<bool(int, int)>& progress,
                           std::unique_ptr<Workspace>& ws) {
    DemoBuilder::Outcome outcome;
    outcome.path = request.path;
    outcome.requestedCases = request.cases;
    try {
        auto created = Workspace::create(request.path.toStdString(), request.agency, request.account,
                                         request.options ? std::move(*request.options) : WorkspaceDefaults::make());
        security::wipeString(request.account.password);
        if (!created) {
            outcome.error = created.error();
            return outcome;
        }
        ws = std::move(created).value();
        DemoOptions options;
        options.cases = request.cases;
        options.seed = request.seed;
        options.progress = progress;
        auto summary = generateDemo(*ws, options);
        if (!summary)
            outcome.error = summary.error();
        else
            outcome.summary = *summary;
    } catch (const std::exception& e) {
        outcome.error = Error{ErrorCode::Internal, {}, e.what()};
    } catch (...) {
        outcome.error = Error{ErrorCode::Internal, {}, "unknown exception"};
    }
    return outcome;
}

}  // namespace

DemoBuilder::DemoBuilder(QObject* parent) : QObject(parent) {}

DemoBuilder::~DemoBuilder() {
    // Events the worker posts after this point are dropped with this object.
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool DemoBuilder::start(const Request& request) {
    if (m_thread.joinable())
        return false;
    m_cancel = false;
    m_workspace.reset();
    // The worker reaches back only through events queued to this object, delivered in its
    // thread; the destructor joins the worker, so `this` outlives it.
    m_thread = std::thread([this, request]() mutable {
        auto progress = [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { deliverProgress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        };
        Outcome outcome = build(std::move(request), progress, m_workspace);
        QMetaObject::invokeMethod(
            this, [this, outcome = std::move(outcome)] { deliverOutcome(outcome); }, Qt::QueuedConnection);
    });
    return true;
}

void DemoBuilder::cancel() { m_cancel = true; }

std::unique_ptr<Workspace> DemoBuilder::takeWorkspace() {
    if (m_thread.joinable())
        return nullptr;  // still the worker's
    return std::move(m_workspace);
}

void DemoBuilder::deliverProgress(int done, int total) {
    if (m_thread.joinable())
        emit progress(done, total);
}

void DemoBuilder::deliverOutcome(const Outcome& outcome) {
    // The worker posted this as its last act; joining waits at most for it to return.
    if (m_thread.joinable())
        m_thread.join();
    emit finished(outcome);
}

}  // namespace lintas::ui
