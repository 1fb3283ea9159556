#include "core/Permissions.h"
#include "core/Role.h"

#include <catch2/catch.hpp>

using namespace relais::core;

TEST_CASE("Role codes round-trip and unknown codes are refused", "[core][role]")
{
    for (Role role : {Role::CaseManager, Role::TeamLead, Role::Admin}) {
        REQUIRE(roleFromCode(roleCode(role)) == role);
    }
    CHECK(roleFromCode(QStringLiteral(" Team_Lead ")) == Role::TeamLead);
    CHECK_FALSE(roleFromCode(QStringLiteral("superuser")).has_value());
    CHECK_FALSE(roleFromCode(QString()).has_value());
}

TEST_CASE("Only administrators manage accounts and re-key, every role may check", "[core][permissions]")
{
    CHECK(isAllowed(Role::Admin, Action::ManageUsers));
    CHECK_FALSE(isAllowed(Role::TeamLead, Action::ManageUsers));
    CHECK_FALSE(isAllowed(Role::CaseManager, Action::ManageUsers));
    CHECK(isAllowed(Role::Admin, Action::RekeyDatabase));
    CHECK_FALSE(isAllowed(Role::TeamLead, Action::RekeyDatabase));
    for (Role role : {Role::CaseManager, Role::TeamLead, Role::Admin}) {
        CHECK(isAllowed(role, Action::CheckDatabase));
    }
}

TEST_CASE("A refused operation says which role may do it", "[core][permissions]")
{
    const Status denied = requirePermission(Role::CaseManager, Action::ManageUsers);
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
    CHECK(denied.error().userMessage.contains(QStringLiteral("administrator")));
    CHECK(requirePermission(Role::Admin, Action::ManageUsers).ok());
}
