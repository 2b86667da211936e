#pragma once

#include <QFile>
#include <QIcon>
#include <QString>
#include <QStyle>
#include <QWidget>

namespace lintas::ui {

/// The workbench's SVG icon `name` (resources/icons/<name>.svg), or the style's `fallback` when
/// lintas_ui was built without it.
inline QIcon caseIcon(const QWidget* widget, const char* name, QStyle::StandardPixmap fallback) {
    const QString path = QStringLiteral(":/lintas/icons/%1.svg").arg(QLatin1String(name));
    if (QFile::exists(path))
        return QIcon(path);
    return widget->style()->standardIcon(fallback);
}

}  // namespace lintas::ui
