#pragma once

#include "lintas/service/CaseQuery.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace lintas::ui {

class DateField;

/// The case list's filters: free text (searched by core's full-text index, applied after a
/// short pause in typing), status, TLP, form of exploitation, country, owner and the range of
/// opening dates. Produces a CaseQuery; knows nothing of how core applies it.
class CaseFilterBar : public QWidget {
    Q_OBJECT

public:
    static constexpr int kTypingDelayMs = 300;

    explicit CaseFilterBar(QWidget* parent = nullptr);

    /// The filters as set now (sort and paging left at their defaults).
    [[nodiscard]] CaseQuery query() const;
    /// Shows `query`'s filters (no signal).
    void setQuery(const CaseQuery& query);
    /// Clears every filter and announces the change at once.
    void clear();
    /// Announces the current filters now, without waiting for the typing pause.
    void applyNow();

    [[nodiscard]] QLineEdit* textField() const { return m_text; }

signals:
    /// The filters changed (typed text after a pause, choices at once).
    void queryChanged();

private:
    void changed();
    void changedAfterPause();
    void markDate(DateField* field, QAction* warning);
    void updateClearButton();

    QLineEdit* m_text = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tlp = nullptr;
    QComboBox* m_form = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_owner = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QAction* m_fromWarning = nullptr;
    QAction* m_toWarning = nullptr;
    QToolButton* m_clear = nullptr;
    QTimer* m_typing = nullptr;
    bool m_updating = false;
};

}  // namespace lintas::ui
