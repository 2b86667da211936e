#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <chrono>

class QTimer;

namespace lintas::ui {

/// Notices when nobody has used the keyboard, mouse, wheel, touch or pen in any Lintas window
/// for a while. An application-wide event filter notes the time of each input event (cheaply:
/// mouse moves come by the hundred); a single timer then checks, at the earliest moment the
/// timeout could be over, whether it is.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    /// Installs itself as an event filter of the application.
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    /// How long without input counts as idle; zero means never.
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    /// Starts (counting from now) or stops watching.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }

signals:
    /// The timeout passed without input. Emitted once; watching stops until setActive(true).
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arm();
    void check();

    QTimer* m_timer = nullptr;
    QElapsedTimer m_sinceInput;
    std::chrono::milliseconds m_timeout{0};
    bool m_active = false;
};

}  // namespace lintas::ui
