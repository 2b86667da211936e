#pragma once

#include <QDate>
#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;

namespace lintas::ui {

/// Asks until when to keep records that are due for deletion ("review again on"). The caller's
/// check postpones them through core; a refusal keeps the dialog open with core's reason.
class PostponeDialog : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<QString(const QDate& reviewOn)>;

    /// `count` records; `today` the workspace's date (the review date must come after it).
    PostponeDialog(int count, const QDate& today, QWidget* parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }
    [[nodiscard]] QDate reviewOn() const;
    void setReviewOn(const QDate& date);

    void accept() override;

private:
    Check m_check;
    QDateEdit* m_date = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace lintas::ui
