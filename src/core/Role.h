#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace relais::core {

// The three kinds of Relais account. Stored by code ("case_manager", ...) so the
// values stay stable across languages and versions.
enum class Role {
    CaseManager,
    TeamLead,
    Admin,
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
QString roleLabel(Role role);

class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    static QString label(Role role);
};

} // namespace relais::core
