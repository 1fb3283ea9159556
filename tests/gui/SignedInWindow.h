#pragma once

// A main window over a WorkspaceFixture's store, shown and signed in: the start
// of the window-level GUI tests.

#include "WorkspaceFixture.h"
#include "gui/MainWindow.h"

#include <QTest>

#include <catch2/catch.hpp>

namespace relais::test {

// The window over the fixture's store, signed in as `user`.
struct SignedInWindow
{
    WorkspaceFixture fixture;
    gui::MainWindow window;

    explicit SignedInWindow(const QString& user)
        : fixture(user)
        , window(fixture.store.clock)
    {
        fixture.workspace.reset();
        window.setDatabasePath(fixture.store.path);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        const char* password = user == QStringLiteral("admin") ? kAdminPassword
                                                                : WorkspaceFixture::kPassword;
        REQUIRE(window.signIn(user, QString::fromLatin1(password)));
    }

    core::Person eligiblePerson(const QString& first, const QString& last)
    {
        storage::Workspace& workspace = *window.workspace();
        core::Person person;
        person.firstName = first;
        person.lastName = last;
        person.housingSituation = core::HousingSituation::Street;
        person.housingSince = QDate(2026, 2, 1);
        person.residencePermit = core::ResidencePermit::Yes;
        auto created = workspace.people().createPerson(workspace.user(), person);
        REQUIRE(created);
        return created->person;
    }
};

} // namespace relais::test
