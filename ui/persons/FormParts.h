#pragma once

#include <QLabel>
#include <QString>
#include <QVBoxLayout>
#include <QWidget>

// Small building blocks shared by the People and Organisations editors.
namespace lintas::ui::formparts {

/// A hidden label for core's message about one field; shown in the error colour when set.
inline QLabel* errorLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

/// A field with its message underneath, as one cell of a form.
inline QWidget* withMessage(QWidget* field, QLabel* message) {
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return cell;
}

/// A row label whose mnemonic focuses `field` itself, not the cell holding it and its message.
inline QLabel* labelFor(QWidget* field, const QString& text) {
    auto* label = new QLabel(text);
    label->setBuddy(field);
    return label;
}

/// Sets or clears a message and tells assistive technology about it through the field.
inline void setMessage(QLabel* label, QWidget* field, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (field)
        field->setAccessibleDescription(text);
}

/// A bold heading above a part of the form.
inline QLabel* heading(const QString& text, const QString& objectName = {}) {
    auto* label = new QLabel(text);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace lintas::ui::formparts
