#include "TestSupport.h"
#include "app/DemoGenerator.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace relais;
using app::DemoGenerator;

namespace {

// A fingerprint of the content a person would see: names, dates, stages.
QStringList contentOf(const QString& path, const core::Clock& clock)
{
    auto session = storage::DataStore::unlock(path, QString::fromLatin1(DemoGenerator::kTeamLead),
                                              DemoGenerator::kPassword, clock);
    REQUIRE(session);
    QStringList rows;
    for (const char* sql :
         {"SELECT first_name || ' ' || last_name || '|' || alias || '|' || coalesce(birth_date, '') FROM person "
          "ORDER BY id",
          "SELECT occurred_at || '|' || person_id || '|' || territory_id FROM intervention ORDER BY id",
          "SELECT person_id || '|' || stage || '|' || status FROM case_file ORDER BY id"}) {
        auto stmt = (*session)->db().prepare(sql);
        REQUIRE(stmt);
        while (*stmt->step()) {
            rows << stmt->textAt(0);
        }
    }
    return rows;
}

} // namespace

TEST_CASE("The demo generator gives the same content for the same seed and other content for another",
          "[cli][demo]")
{
    QTemporaryDir dir;
    test::MockClock clock;
    DemoGenerator::Options options;
    options.people = 40;
    options.interventions = 200;
    options.seed = 7;
    options.path = dir.filePath(QStringLiteral("a.db"));
    auto first = DemoGenerator::generate(options, clock);
    REQUIRE(first);
    options.path = dir.filePath(QStringLiteral("b.db"));
    auto second = DemoGenerator::generate(options, clock);
    REQUIRE(second);
    options.seed = 8;
    options.path = dir.filePath(QStringLiteral("c.db"));
    REQUIRE(DemoGenerator::generate(options, clock));

    CHECK(first->people == 40);
    CHECK(first->interventions >= 200);
    CHECK(first->cases > 0);
    const QStringList a = contentOf(dir.filePath(QStringLiteral("a.db")), clock);
    CHECK(a == contentOf(dir.filePath(QStringLiteral("b.db")), clock));
    CHECK(a != contentOf(dir.filePath(QStringLiteral("c.db")), clock));
}

TEST_CASE("Demo data has cases at every stage, within the cap, and a chain that verifies", "[cli][demo]")
{
    QTemporaryDir dir;
    test::MockClock clock;
    DemoGenerator::Options options;
    options.path = dir.filePath(QStringLiteral("demo.db"));
    options.people = 150;
    options.interventions = 600;
    REQUIRE(DemoGenerator::generate(options, clock));

    auto session = storage::DataStore::unlock(options.path, QStringLiteral("lea"), DemoGenerator::kPassword, clock);
    REQUIRE(session);
    auto workspace = storage::Workspace::open(std::move(*session), clock);
    REQUIRE(workspace);
    storage::Database& db = (*workspace)->session().db();
    for (const char* stage : {"intake", "assessment", "planning", "monitoring", "evaluation", "exit"}) {
        auto stmt = db.prepare("SELECT count(*) FROM case_file WHERE stage = ?1");
        REQUIRE(stmt);
        stmt->bind(1, QString::fromLatin1(stage));
        REQUIRE(*stmt->step());
        INFO(stage);
        CHECK(stmt->intAt(0) > 0);
    }
    CHECK(*db.queryInt("SELECT max(n) FROM (SELECT count(*) AS n FROM case_file WHERE status = 'active' "
                       "GROUP BY case_manager_id, programme_id)")
          <= 10);
    CHECK(*db.queryInt("SELECT count(*) FROM person WHERE first_name = '' AND alias <> ''") > 0);
    auto audit = (*workspace)->audit().verify();
    REQUIRE(audit);
    CHECK(audit->ok);
}
