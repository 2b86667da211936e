#pragma once

#include <QDate>
#include <QWidget>

#include <optional>
#include <string>

class QCheckBox;
class QDateEdit;

namespace lintas::ui {

/// A date that may be unknown: a check box ("known") and a calendar date edit. Values are ISO
/// dates as core stores them.
class OptionalDateEdit : public QWidget {
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    [[nodiscard]] std::optional<std::string> value() const;
    /// Sets the date, or clears it (the date edit then shows `fallback`, ready to be ticked).
    void setValue(const std::optional<std::string>& isoDate, const QDate& fallback = QDate::currentDate());

    /// The check box's text ("Known" unless told otherwise, e.g. "Set" for a due date).
    void setCheckText(const QString& text);

    [[nodiscard]] QCheckBox* knownBox() const { return m_known; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }

signals:
    void changed();

private:
    QCheckBox* m_known;
    QDateEdit* m_date;
};

}  // namespace lintas::ui
