#pragma once

#include "Result.h"
#include "Role.h"

#include <QCoreApplication>

namespace relais::core {

// Operations whose access depends on the role. The table lives in Permissions.cpp;
// services call requirePermission() before doing anything.
enum class Action {
    ManageUsers,     // add, remove, reset accounts
    RekeyDatabase,   // replace the data key after removing a user
    CheckDatabase,   // run the integrity check
};

bool isAllowed(Role role, Action action);

// Ok when allowed; otherwise a PermissionDenied error saying which role may do it.
Status requirePermission(Role role, Action action);

class PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(PermissionText)
public:
    static QString denied(Action action);
};

} // namespace relais::core
