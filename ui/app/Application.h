#pragma once

#include <QApplication>

namespace lintas::ui {

/// QApplication that stops any exception at the event loop: an event handler that throws is
/// reported (see runGuarded) instead of unwinding through Qt.
class Application : public QApplication {
    Q_OBJECT

public:
    /// Sets the application and organisation names ("lintas", "Lintas"), the version and the icon.
    Application(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;
};

}  // namespace lintas::ui
