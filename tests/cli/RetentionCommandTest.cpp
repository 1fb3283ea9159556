// relais retention and relais erase, in process.

#include "CliRunner.h"
#include "TestSupport.h"
#include "WorkspaceFixture.h"
#include "app/Cli.h"
#include "app/ExitCode.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

using namespace relais;
using test::runCli;

namespace {

// Every person's names, to show that a dry run changed nobody (the sign-in and
// sign-out it records in the audit trail are the only writes).
QString peopleNames(test::TempStore& store)
{
    auto session = store.signIn();
    REQUIRE(session);
    QString names;
    auto stmt = session->db().prepare("SELECT uuid, first_name, last_name, anonymised_at IS NULL FROM person ORDER BY id");
    REQUIRE(stmt);
    while (*stmt->step()) {
        names += stmt->textAt(0) + stmt->textAt(1) + stmt->textAt(2) + QString::number(stmt->intAt(3)) + u';';
    }
    return names;
}

} // namespace

TEST_CASE("relais retention --dry-run lists the people due and changes none of them", "[cli][retention]")
{
    test::WorkspaceFixture fixture(QStringLiteral("lea"));
    test::TempStore& store = fixture.store;
    QString uuid;
    {
        // A person created eight years ago by the team lead, never seen since.
        store.clock.advanceSeconds(-8LL * 366 * 24 * 3600);
        core::Person person;
        person.firstName = QStringLiteral("Ancien");
        person.lastName = QStringLiteral("Dossier");
        auto created = fixture.workspace->people().createPerson(fixture.workspace->user(), person);
        REQUIRE(created);
        uuid = created->person.uuid;
        store.clock.advanceSeconds(8LL * 366 * 24 * 3600);
        fixture.workspace.reset(); // signs out: the CLI opens the file next
    }
    const test::CliRun refused = runCli({QStringLiteral("retention"), QStringLiteral("--db"), store.path,
                                QStringLiteral("--as"), QStringLiteral("lea"), QStringLiteral("--years"),
                                QStringLiteral("3")},
                               {test::WorkspaceFixture::kPassword});
    CHECK(refused.exitCode == app::kExitPermission);
    const QString before = peopleNames(store);
    const test::CliRun dry = runCli({QStringLiteral("retention"), QStringLiteral("--db"), store.path, QStringLiteral("--as"),
                            QStringLiteral("admin"), QStringLiteral("--dry-run")},
                           {test::kAdminPassword});
    REQUIRE(dry.exitCode == app::kExitOk);
    CHECK(dry.out.contains(uuid));
    CHECK(dry.out.contains(QStringLiteral("Ancien Dossier")));
    CHECK(peopleNames(store) == before);

    const test::CliRun apply = runCli({QStringLiteral("retention"), QStringLiteral("--db"), store.path, QStringLiteral("--as"),
                              QStringLiteral("admin")},
                             {test::kAdminPassword});
    REQUIRE(apply.exitCode == app::kExitOk);
    CHECK(apply.out.contains(uuid));
    CHECK_FALSE(peopleNames(store).contains(QStringLiteral("Ancien")));

    const test::CliRun erase = runCli({QStringLiteral("erase"), QStringLiteral("--db"), store.path, QStringLiteral("--as"),
                              QStringLiteral("admin"), QStringLiteral("--person"), uuid},
                             {test::kAdminPassword});
    CHECK(erase.exitCode == app::kExitRejected); // already anonymised
}
