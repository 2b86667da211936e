#pragma once

#include "lintas/Result.h"

#include <QString>

#include <string>
#include <utility>
#include <vector>

class QLabel;
class QWidget;

namespace lintas::ui {

/// Places core's errors next to the input of the field they name. Each input registers the core
/// field it edits ("journey.country"); an error for that field (or one below it, such as
/// "person.identifiers[0].value" under "person.identifiers") appears in a label under the input,
/// which also takes the focus. Errors for fields no input edits go to the general label.
class FieldErrors {
public:
    /// `general` shows errors that name no registered field (owned by the caller's widget tree).
    explicit FieldErrors(QLabel* general);

    /// Wraps `input` with an error label below it for `field`; add the returned widget to a form.
    [[nodiscard]] QWidget* wrap(const std::string& field, QWidget* input);
    /// Uses an existing label (such as a live preview under the input) for `field`'s errors.
    void attach(const std::string& field, QWidget* input, QLabel* label);
    /// Shows errors for `field` where those for `shownAt` (a wrapped field) appear.
    void alias(std::string field, std::string shownAt);
    /// Shows `error` next to its field, or in the general label. Clears earlier errors first.
    void show(const Error& error);
    /// Shows a translated message in the general label.
    void showGeneral(const QString& text);
    void clear();

    /// A hidden, word-wrapped label styled for error text.
    [[nodiscard]] static QLabel* makeErrorLabel(QWidget* parent);
    /// Gives `label` the error text colour, or the normal one.
    static void setErrorStyle(QLabel* label, bool error);

private:
    static void growToFit(QWidget* shown);

    struct Slot {
        std::string field;
        QWidget* input;
        QLabel* label;
    };
    QLabel* m_general;
    std::vector<Slot> m_slots;
    std::vector<std::pair<std::string, std::string>> m_aliases;
};

}  // namespace lintas::ui
