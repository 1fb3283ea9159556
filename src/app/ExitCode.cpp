#include "ExitCode.h"

namespace relais::app {

int exitCodeFor(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::Usage:
        return kExitUsage;
    case ErrorCode::AuthenticationFailed:
        return kExitAuthentication;
    case ErrorCode::InputRejected:
    case ErrorCode::CaseloadCapReached:
    case ErrorCode::NotFound:
    case ErrorCode::Io:
        return kExitRejected;
    case ErrorCode::Damaged:
    case ErrorCode::TooNew:
        return kExitDamaged;
    case ErrorCode::PermissionDenied:
        return kExitPermission;
    case ErrorCode::InUse:
        return kExitInUse;
    case ErrorCode::Internal:
        return kExitInternal;
    }
    return kExitInternal;
}

} // namespace relais::app
