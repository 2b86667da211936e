#pragma once

#include <QLineEdit>

namespace lintas::ui {

/// An optional ISO 8601 date (YYYY-MM-DD) typed or picked from a calendar. Empty means not set.
/// The text is not checked here: the form shows core's verdict on it.
class DateField : public QLineEdit {
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    /// Opens the calendar under the field (also on Alt+Down).
    void showCalendar();

signals:
    /// The user changed the date: `typing` for keystrokes, false for a date picked or cleared.
    void dateEdited(const QString& text, bool typing);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

}  // namespace lintas::ui
