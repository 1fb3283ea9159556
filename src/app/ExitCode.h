#pragma once

#include "core/Result.h"

namespace relais::app {

// The CLI's exit codes, stable for scripts (README, docs/user-guide.md).
enum ExitCode : int {
    kExitOk = 0,
    kExitUsage = 1,
    kExitAuthentication = 2,
    kExitRejected = 3,
    kExitDamaged = 4,
    kExitPermission = 5,
    kExitInUse = 6,
    kExitInternal = 70,
};

int exitCodeFor(core::ErrorCode code);

} // namespace relais::app
