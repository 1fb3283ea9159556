#include "ExchangeFixture.h"
#include "app/ExitCode.h"
#include "core/exchange/CsvReader.h"
#include "storage/SqliteExchangeRepository.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace relais;
using test::CliRun;
using test::ExchangeFixture;

namespace {

const QStringList kFiles = {QStringLiteral("partners.csv"), QStringLiteral("people.csv"),
                            QStringLiteral("interventions.csv"), QStringLiteral("cases.csv")};
const QStringList kKinds
    = {QStringLiteral("partners"), QStringLiteral("people"), QStringLiteral("interventions"), QStringLiteral("cases")};

// Records one person and one intervention through the services, as the window
// does: no import ref, so their UUIDs serve as their refs in an export.
void logInWindow(ExchangeFixture& f)
{
    f.fixture.signIn(QStringLiteral("marie"));
    storage::Workspace& workspace = *f.fixture.workspace;
    core::Person person;
    person.firstName = QString::fromUtf8("Noël");
    person.lastName = QStringLiteral("Dubé");
    person.birthDate = QDate(1949, 12, 25);
    auto created = workspace.people().createPerson(workspace.user(), person);
    REQUIRE(created);
    core::Intervention intervention;
    intervention.personId = created->person.id;
    intervention.occurredAt = QDateTime(QDate(2026, 2, 20), QTime(15, 42, 10), Qt::UTC);
    intervention.typeIds = {workspace.reference().interventionTypes()->front().id};
    intervention.note = QStringLiteral("Logged in the window");
    REQUIRE(workspace.outreach().logIntervention(workspace.user(), intervention));
    f.fixture.workspace.reset();
}

std::vector<QStringList> records(const QByteArray& bytes)
{
    std::vector<QStringList> rows;
    core::CsvReader reader(bytes);
    REQUIRE_FALSE(reader.read([&](const core::CsvRecord& record) {
        rows.push_back(record.fields);
        return true;
    }));
    return rows;
}

} // namespace

TEST_CASE("Export then import into a new database gives the same records", "[exchange][export]")
{
    ExchangeFixture first;
    first.importSamples();
    logInWindow(first);
    // How P13's closed case ended, and a refusal: only a closed case has an exit.
    const QString exits = first.writeFile(QStringLiteral("exits.csv"),
                                          "person_ref,opened_on,stage,exit_reason,exit_housing\n"
                                          "P13,2025-06-13,exit,Objectifs atteints,Logé\n");
    const CliRun exited = first.import(QStringLiteral("lea"), QStringLiteral("cases"), exits);
    INFO(exited.err.toStdString());
    REQUIRE(exited.exitCode == 0);
    CHECK(first.query("SELECT exit_reason || '/' || exit_housing FROM case_file WHERE exit_reason IS NOT NULL")
          == QStringLiteral("goals_met/housed"));
    const QString wrong = first.writeFile(QStringLiteral("wrong.csv"),
                                          "person_ref,opened_on,stage,exit_reason\n"
                                          "P01,2025-09-01,assessment,moved\n");
    const CliRun refused = first.import(QStringLiteral("lea"), QStringLiteral("cases"), wrong);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(QStringLiteral("wrong.csv:2: exit_reason: Only a closed case (stage exit) has an exit "
                                              "reason or destination.")));
    QTemporaryDir out;
    const QString firstExport = out.filePath(QStringLiteral("first"));
    const CliRun exported = first.exportTo(QStringLiteral("lea"), firstExport);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("3 partners, 15 people, 5 interventions, 13 cases")));
    CHECK(exported.err.contains(QStringLiteral("NOT encrypted")));

    ExchangeFixture second;
    for (qsizetype i = 0; i < kFiles.size(); ++i) {
        const CliRun imported
            = second.import(QStringLiteral("lea"), kKinds.at(i), QDir(firstExport).filePath(kFiles.at(i)));
        INFO(kFiles.at(i).toStdString() << imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    const QString secondExport = out.filePath(QStringLiteral("second"));
    REQUIRE(second.exportTo(QStringLiteral("lea"), secondExport).exitCode == 0);
    for (const QString& file : kFiles) {
        INFO(file.toStdString());
        const QByteArray a = ExchangeFixture::readFile(QDir(firstExport).filePath(file));
        const QByteArray b = ExchangeFixture::readFile(QDir(secondExport).filePath(file));
        CHECK(a.size() > 100);
        CHECK(a == b);
    }
    // The same people, interventions and cases, down to the UUIDs of records made in the window.
    CHECK(second.query("SELECT count(*) FROM person") == QStringLiteral("15"));
    CHECK(second.query("SELECT uuid FROM person WHERE last_name = 'Dubé'")
          == first.query("SELECT uuid FROM person WHERE last_name = 'Dubé'"));
    CHECK(second.query("SELECT occurred_at FROM intervention WHERE note = 'Logged in the window'")
          == QStringLiteral("2026-02-20T15:42:10.000Z"));
    CHECK(second.query("SELECT count(*) FROM referral") == first.query("SELECT count(*) FROM referral"));
    CHECK(second.query("SELECT group_concat(status) FROM (SELECT status FROM case_file ORDER BY id)")
          == first.query("SELECT group_concat(status) FROM (SELECT status FROM case_file ORDER BY id)"));
    CHECK(second.query("SELECT exit_reason || '/' || exit_housing FROM case_file WHERE exit_reason IS NOT NULL")
          == QStringLiteral("goals_met/housed"));

    // And importing the export into the database it came from changes nothing.
    const QStringList before = first.dump();
    for (qsizetype i = 0; i < kFiles.size(); ++i) {
        const CliRun again
            = first.import(QStringLiteral("lea"), kKinds.at(i), QDir(firstExport).filePath(kFiles.at(i)));
        INFO(again.err.toStdString());
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("(0 created, 0 updated")));
    }
    CHECK(first.dump() == before);
}

TEST_CASE("An export for a French organisation uses `;` and a BOM, so Excel opens it; English uses `,`",
          "[exchange][export]")
{
    ExchangeFixture f;
    f.importSamples();
    QTemporaryDir out;
    f.setLanguage("fr");
    REQUIRE(f.exportTo(QStringLiteral("lea"), out.filePath(QStringLiteral("fr"))).exitCode == 0);
    const QByteArray french = ExchangeFixture::readFile(out.filePath(QStringLiteral("fr/people.csv")));
    CHECK(french.startsWith("\xEF\xBB\xBFref;first_name;last_name;alias;birth_date;"));
    CHECK(french.contains("\r\nP01;H\xC3\xA9l\xC3\xA8ne;Tremblay;;1961-04-12;;female;fr;Magog;street;2025-12-01;yes;"));
    f.setLanguage("en");
    REQUIRE(f.exportTo(QStringLiteral("lea"), out.filePath(QStringLiteral("en"))).exitCode == 0);
    const QByteArray english = ExchangeFixture::readFile(out.filePath(QStringLiteral("en/interventions.csv")));
    CHECK(english.startsWith("\xEF\xBB\xBFref,person_ref,date,worker,territory,place,types,problems,referred_to,"
                             "duration_minutes,note,place_name\r\n"));
    const auto rows = records(english);
    REQUIRE(rows.size() == 5);
    CHECK(rows[2]
          == QStringList {QStringLiteral("I002"), QStringLiteral("P02"), QStringLiteral("2026-02-03 22:15"),
                          QStringLiteral("paul"), QStringLiteral("Magog"), QStringLiteral("street"),
                          QStringLiteral("information;socialisation"), QString::fromUtf8("Santé mentale;Toxicomanie"),
                          QStringLiteral("CLSC;SOUPE"), QStringLiteral("15"), QString(), QString()});
    CHECK(rows[1].at(2) == QStringLiteral("2026-02-03 12:00")); // a date alone was noon that day
}

TEST_CASE("A case manager's export holds only the files they may read; an administrator's has no notes",
          "[exchange][export][access]")
{
    ExchangeFixture f;
    f.importSamples();
    QTemporaryDir out;
    REQUIRE(f.exportTo(QStringLiteral("paul"), out.filePath(QStringLiteral("paul"))).exitCode == 0);
    // paul met P02 (I002) and follows P13's case; nothing else of anyone's.
    const auto people = records(ExchangeFixture::readFile(out.filePath(QStringLiteral("paul/people.csv"))));
    REQUIRE(people.size() == 3);
    CHECK(people[1].at(0) == QStringLiteral("P02"));
    CHECK(people[2].at(0) == QStringLiteral("P13"));
    const auto interventions
        = records(ExchangeFixture::readFile(out.filePath(QStringLiteral("paul/interventions.csv"))));
    CHECK(interventions.size() == 2);
    CHECK(records(ExchangeFixture::readFile(out.filePath(QStringLiteral("paul/cases.csv")))).size() == 3);

    REQUIRE(f.exportTo(QStringLiteral("admin"), out.filePath(QStringLiteral("admin"))).exitCode == 0);
    const auto all = records(ExchangeFixture::readFile(out.filePath(QStringLiteral("admin/interventions.csv"))));
    REQUIRE(all.size() == 5);
    for (std::size_t i = 1; i < all.size(); ++i) {
        CHECK(all[i].at(10).isEmpty());
    }
}
