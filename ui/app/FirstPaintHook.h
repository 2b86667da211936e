#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace lintas::ui {

/// Waits for the first paint of a widget, then optionally saves a PNG of what the user sees (the
/// widget's window, or the modal dialog in front of it) and emits done(). Serves --quit-after-load (start-up
/// benchmarks) and --screenshot (documentation).
class FirstPaintHook : public QObject {
    Q_OBJECT

public:
    /// Watches `window`; `screenshotPath` may be empty for no image.
    FirstPaintHook(QWidget* window, QString screenshotPath, QObject* parent = nullptr);

signals:
    /// Emitted once; `ok` is false when the screenshot could not be written.
    void done(bool ok);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finish();

    QPointer<QWidget> m_window;
    QString m_screenshotPath;
    bool m_seen = false;
};

}  // namespace lintas::ui
