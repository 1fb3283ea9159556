#include "Role.h"

using namespace Qt::Literals::StringLiterals;

namespace relais::core {

QString roleCode(Role role)
{
    switch (role) {
    case Role::CaseManager:
        return u"case_manager"_s;
    case Role::TeamLead:
        return u"team_lead"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    for (Role role : {Role::CaseManager, Role::TeamLead, Role::Admin}) {
        if (roleCode(role) == c) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    return RoleText::label(role);
}

QString RoleText::label(Role role)
{
    switch (role) {
    case Role::CaseManager:
        return tr("Case manager");
    case Role::TeamLead:
        return tr("Team lead");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

} // namespace relais::core
