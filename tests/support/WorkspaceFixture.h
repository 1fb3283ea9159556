#pragma once

#include "TestSupport.h"
#include "storage/Workspace.h"

#include <memory>

namespace relais::test {

// A temporary encrypted store (organisation time zone America/Montreal, clock at
// 2026-03-02 09:30 UTC) with accounts admin (administrator), lea (team lead),
// marie and paul (case managers), every password kPassword except admin's
// (kAdminPassword), and a Workspace signed in as one of them: what a GUI test
// hands to the widgets it drives.
struct WorkspaceFixture
{
    static constexpr const char* kPassword = "fixture-password";

    TempStore store;
    std::unique_ptr<storage::Workspace> workspace;

    explicit WorkspaceFixture(const QString& user = QStringLiteral("marie"));
    // Closes the current workspace (sign-out) and signs `user` in.
    void signIn(const QString& user);
    core::UserAccount user(const QString& userName);
    core::Territory territory();         // "Magog", created on first use
    core::PartnerOrganisation partner(); // "CLSC", created on first use
};

} // namespace relais::test
