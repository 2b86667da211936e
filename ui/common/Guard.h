#pragma once

#include <QCoreApplication>

#include <exception>
#include <utility>

class QWidget;

namespace lintas::ui {

/// Tells the user (and stderr) that an action failed unexpectedly. Never throws.
class UnexpectedError {
    Q_DECLARE_TR_FUNCTIONS(UnexpectedError)

public:
    static void report(QWidget* parent, const char* what) noexcept;
};

/// Runs `action` so that no exception from it reaches Qt's event loop: core reports expected
/// failures as values, so anything thrown here is a bug or resource exhaustion, reported and
/// swallowed. Returns whether `action` completed.
template <typename Action>
bool runGuarded(QWidget* parent, Action&& action) noexcept {
    try {
        std::forward<Action>(action)();
        return true;
    } catch (const std::exception& e) {
        UnexpectedError::report(parent, e.what());
    } catch (...) {
        UnexpectedError::report(parent, nullptr);
    }
    return false;
}

}  // namespace lintas::ui
