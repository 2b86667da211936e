#pragma once

#include "lintas/service/Workspace.h"

namespace lintas::ui {

/// The options every Workspace the desktop application opens or creates is given.
class WorkspaceDefaults {
public:
    /// The system clock, random UUIDs and the standard Argon2id cost (about 1 s per key slot).
    /// With the environment variable LINTAS_KDF=fast — for tests and documentation scripts only,
    /// as for lintas-cli — new key slots use the cheapest cost, which is as weak as the password.
    [[nodiscard]] static Workspace::Options make();
    /// Whether LINTAS_KDF=fast is set.
    [[nodiscard]] static bool fastKdf();
};

}  // namespace lintas::ui
