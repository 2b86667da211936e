#include "cases/tabs/FieldErrors.h"

#include "cases/tabs/TabText.h"
#include "common/ErrorText.h"

#include <QDialog>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace lintas::ui {
namespace {

bool names(const std::string& errorField, const std::string& field) {
    if (errorField == field)
        return true;
    if (errorField.size() <= field.size() || errorField.compare(0, field.size(), field) != 0)
        return false;
    const char next = errorField[field.size()];
    return next == '.' || next == '[';
}

}  // namespace

FieldErrors::FieldErrors(QLabel* general) : m_general(general) {}

QLabel* FieldErrors::makeErrorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorStyle(label, true);
    label->hide();
    return label;
}

void FieldErrors::setErrorStyle(QLabel* label, bool error) {
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : QPalette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
}

QWidget* FieldErrors::wrap(const std::string& field, QWidget* input) {
    auto* box = new QWidget(input->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(box);
    layout->addWidget(input);
    QLabel* label = makeErrorLabel(box);
    label->setObjectName(QStringLiteral("error:") + qs(field));
    layout->addWidget(label);
    box->setFocusProxy(input);
    m_slots.push_back(Slot{field, input, label});
    return box;
}

void FieldErrors::attach(const std::string& field, QWidget* input, QLabel* label) {
    m_slots.push_back(Slot{field, input, label});
}

void FieldErrors::alias(std::string field, std::string shownAt) {
    m_aliases.emplace_back(std::move(field), std::move(shownAt));
}

void FieldErrors::show(const Error& error) {
    clear();
    std::string field = error.field;
    for (const auto& [from, to] : m_aliases)
        if (names(field, from))
            field = to;
    const Slot* best = nullptr;
    for (const Slot& slot : m_slots)
        if (names(field, slot.field) && (!best || slot.field.size() > best->field.size()))
            best = &slot;
    if (!best) {
        const QString detail = ErrorText::technicalDetail(error);
        showGeneral(detail.isEmpty() ? TabText::errorSentence(error)
                                     : TabText::errorSentence(error) + QLatin1Char('\n') + detail);
        return;
    }
    best->label->setText(TabText::inlineError(error));
    setErrorStyle(best->label, true);
    best->label->show();
    best->input->setFocus(Qt::OtherFocusReason);
    growToFit(best->label);
}

void FieldErrors::showGeneral(const QString& text) {
    if (!m_general)
        return;
    m_general->setText(text);
    m_general->show();
    growToFit(m_general);
}

void FieldErrors::growToFit(QWidget* shown) {
    // A dialog keeps its size when a message appears in it; let it grow so the message is read
    // in full (word-wrapped labels need the height for the current width).
    auto* window = qobject_cast<QDialog*>(shown->window());
    if (!window || !window->layout())
        return;
    window->layout()->activate();
    const int needed = window->layout()->hasHeightForWidth()
                           ? window->layout()->totalHeightForWidth(window->width())
                           : window->layout()->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void FieldErrors::clear() {
    for (const Slot& slot : m_slots) {
        slot.label->clear();
        slot.label->hide();
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

}  // namespace lintas::ui
