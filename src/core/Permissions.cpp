#include "Permissions.h"

namespace relais::core {

bool isAllowed(Role role, Action action)
{
    switch (action) {
    case Action::ManageUsers:
    case Action::RekeyDatabase:
        return role == Role::Admin;
    case Action::CheckDatabase:
        return true;
    }
    return false;
}

Status requirePermission(Role role, Action action)
{
    if (isAllowed(role, action)) {
        return {};
    }
    return makeError(ErrorCode::PermissionDenied, PermissionText::denied(action),
                     "permission denied for role " + roleCode(role).toStdString());
}

QString PermissionText::denied(Action action)
{
    switch (action) {
    case Action::ManageUsers:
        return tr("Only an administrator can manage user accounts.");
    case Action::RekeyDatabase:
        return tr("Only an administrator can change the database key.");
    case Action::CheckDatabase:
        break;
    }
    return tr("Your role does not allow this operation.");
}

} // namespace relais::core
