#pragma once

#include "Role.h"

#include <QString>

namespace relais::core {

// A Relais account as the services see it: who acts, with which role.
// Key material never travels with it.
struct UserAccount
{
    qint64 id = 0;
    QString uuid;
    QString userName;
    QString displayName;
    Role role = Role::CaseManager;
};

} // namespace relais::core
