#include "app/Application.h"

#include "common/Guard.h"

#include <QIcon>

namespace lintas::ui {

Application::Application(int& argc, char** argv) : QApplication(argc, argv) {
    setApplicationName(QStringLiteral("lintas"));
    setOrganizationName(QStringLiteral("Lintas"));
    setApplicationVersion(QStringLiteral(LINTAS_VERSION));
    setWindowIcon(QIcon(QStringLiteral(":/lintas/lintas.svg")));
}

bool Application::notify(QObject* receiver, QEvent* event) {
    bool handled = false;
    runGuarded(nullptr, [&] { handled = QApplication::notify(receiver, event); });
    return handled;
}

}  // namespace lintas::ui
