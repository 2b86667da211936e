#include "app/WorkspaceDefaults.h"

#include <QString>
#include <QtGlobal>

namespace lintas::ui {

bool WorkspaceDefaults::fastKdf() { return qEnvironmentVariable("LINTAS_KDF") == QLatin1String("fast"); }

Workspace::Options WorkspaceDefaults::make() {
    Workspace::Options options;
    options.kdf = fastKdf() ? security::KdfParams::fastForTests() : security::KdfParams::standard();
    return options;
}

}  // namespace lintas::ui
