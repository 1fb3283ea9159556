// relais report through the Cli class, over a real encrypted database filled
// through the services: exit codes, the JSON against StatisticsService's own
// figures, and a PDF that holds no one's name.

#include "CliRunner.h"
#include "WorkspaceFixture.h"
#include "app/Cli.h"
#include "app/ExitCode.h"
#include "report/ReportJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace relais;
using namespace Qt::Literals::StringLiterals;
using test::CliRun;

namespace {

// A database with a few encounters in January and February 2026, people with
// names and an alias that the report must never show.
struct ReportFixture
{
    test::WorkspaceFixture f {u"lea"_s};
    QTemporaryDir outDir;
    const QStringList personWords {u"Hélène"_s, u"Côté"_s, u"Jean-Guy"_s, u"Tremblay"_s, u"Tuque rouge"_s};

    ReportFixture()
    {
        const core::UserAccount marie = f.user(u"marie"_s);
        const core::Territory magog = f.territory();
        const core::PartnerOrganisation clsc = f.partner();
        auto types = f.workspace->reference().interventionTypes();
        REQUIRE(types);
        auto typeId = [&types](const char* code) {
            for (const core::InterventionType& type : *types) {
                if (type.code == QString::fromLatin1(code)) {
                    return type.id;
                }
            }
            FAIL("no intervention type " << code);
            return qint64(0);
        };

        core::Person helene;
        helene.firstName = u"Hélène"_s;
        helene.lastName = u"Côté"_s;
        helene.birthDate = QDate(1950, 6, 1); // 75: counts in the 65+ share
        core::Person jeanGuy;
        jeanGuy.firstName = u"Jean-Guy"_s;
        jeanGuy.lastName = u"Tremblay"_s;
        jeanGuy.birthYear = 1990;
        std::vector<qint64> people;
        for (const core::Person& person : {helene, jeanGuy}) {
            auto created = f.workspace->people().createPerson(marie, person);
            REQUIRE(created);
            people.push_back(created->person.id);
        }

        auto log = [&](qint64 personId, QDate day, std::vector<qint64> typeIds, bool refer) {
            core::Intervention intervention;
            intervention.occurredAt = QDateTime(day, QTime(15, 0), Qt::UTC);
            intervention.personId = personId;
            intervention.territoryId = magog.id;
            intervention.placeKind = core::PlaceKind::Park;
            intervention.typeIds = std::move(typeIds);
            if (refer) {
                intervention.referredPartnerIds = {clsc.id};
            }
            intervention.note = u"Parle de sa sœur Tremblay"_s;
            REQUIRE(f.workspace->outreach().logIntervention(marie, intervention));
        };
        log(people[0], QDate(2026, 1, 5), {typeId("helping_relationship"), typeId("information")}, true);
        log(people[0], QDate(2026, 1, 19), {typeId("socialisation")}, false);
        log(people[1], QDate(2026, 2, 2), {typeId("helping_relationship")}, false);
        log(people[1], QDate(2025, 12, 10), {typeId("referral")}, true); // the previous period

        core::Person anonymous;
        anonymous.alias = u"Tuque rouge"_s;
        anonymous.ageBand = {40, 50};
        core::Intervention contact;
        contact.occurredAt = QDateTime(QDate(2026, 2, 20), QTime(18, 0), Qt::UTC);
        contact.territoryId = magog.id;
        contact.typeIds = {typeId("socialisation")};
        REQUIRE(f.workspace->outreach().logAnonymousContact(marie, anonymous, contact));
    }

    CliRun run(const QStringList& arguments, const char* user = "lea")
    {
        test::ScriptedSecrets secrets {test::WorkspaceFixture::kPassword};
        return test::runCli(
            QStringList {u"report"_s, u"--db"_s, f.store.path, u"--as"_s, QString::fromLatin1(user)} + arguments,
            secrets, f.store.clock);
    }

    QString path(const QString& name) const { return outDir.filePath(name); }
};

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression spaces(u"[ \\t\\x{00a0}\\x{202f}]+"_s);
    text.replace(spaces, u" "_s);
    return text;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TEST_CASE("relais report writes the PDF, JSON and CSV with the service's figures and no one's name", "[cli][report]")
{
    ReportFixture fixture;
    const CliRun run = fixture.run({u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02-28"_s, u"--out"_s,
                                    fixture.path(u"report.pdf"_s), u"--json"_s, fixture.path(u"report.json"_s),
                                    u"--csv"_s, fixture.path(u"csv"_s), u"--lang"_s, u"fr"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == app::kExitOk);
    CHECK(run.err.contains(u"Exported files are not encrypted: keep them safe"_s));
    CHECK(run.out.contains(fixture.path(u"report.pdf"_s)));
    CHECK(run.out.contains(fixture.path(u"report.json"_s)));
    CHECK(run.out.contains(QDir(fixture.path(u"csv"_s)).filePath(u"key_figures.csv"_s)));

    // The JSON says exactly what StatisticsService says for the same period.
    auto expected = fixture.f.workspace->statistics().activityReport(
        fixture.f.workspace->user(), core::ReportPeriod {QDate(2026, 1, 1), QDate(2026, 2, 28)});
    REQUIRE(expected);
    CHECK(expected->current.encounters == 4);
    CHECK(expected->current.personsReached == 3);
    report::ReportOptions options;
    options.locale = QLocale(QLocale::French, QLocale::Canada);
    QJsonObject want = report::ReportJson::document(*expected, options).object();
    QJsonObject got = readJson(fixture.path(u"report.json"_s));
    CHECK(got.value(u"generated_on"_s).toString() == u"2026-03-02"_s);
    want.remove(u"generated_on"_s);
    got.remove(u"generated_on"_s);
    CHECK(got == want);
    CHECK(got.value(u"persons_reached"_s).toInteger() == 3);
    CHECK(got.value(u"encounters"_s).toInteger() == 4);
    CHECK(got.value(u"previous"_s).toObject().value(u"encounters"_s).toInteger() == 1);

    // Aggregates only: no name, alias or note of anyone in the database.
    const QString text = pdfText(fixture.path(u"report.pdf"_s));
    CHECK(text.contains(QString::fromUtf8(test::kOrganisation)));
    CHECK(text.contains(u"1 janvier 2026"_s));
    CHECK(text.contains(u"CLSC de Magog"_s));
    for (const QString& word : fixture.personWords) {
        INFO(word.toStdString());
        CHECK_FALSE(text.contains(word, Qt::CaseInsensitive));
        CHECK(test::filesContaining(fixture.outDir.path(), word).isEmpty());
    }
    CHECK(test::filesContaining(fixture.outDir.path(), u"sœur"_s).isEmpty());
}

TEST_CASE("relais report: a case manager gets exit 5 and no file", "[cli][report]")
{
    ReportFixture fixture;
    const CliRun run = fixture.run(
        {u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02-28"_s, u"--out"_s, fixture.path(u"report.pdf"_s)}, "marie");
    CHECK(run.exitCode == app::kExitPermission);
    CHECK_FALSE(QFileInfo::exists(fixture.path(u"report.pdf"_s)));
}

TEST_CASE("relais report: malformed or reversed dates are usage errors that name the problem", "[cli][report]")
{
    ReportFixture fixture;
    const QString out = fixture.path(u"report.pdf"_s);
    CliRun run = fixture.run({u"--from"_s, u"2026-13-01"_s, u"--to"_s, u"2026-12-31"_s, u"--out"_s, out});
    CHECK(run.exitCode == app::kExitUsage);
    CHECK(run.err.contains(u"--from"_s));
    CHECK(run.err.contains(u"YYYY-MM-DD"_s));

    run = fixture.run({u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"31/12/2026"_s, u"--out"_s, out});
    CHECK(run.exitCode == app::kExitUsage);
    CHECK(run.err.contains(u"--to"_s));

    run = fixture.run({u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-02-01"_s, u"--out"_s, out});
    CHECK(run.exitCode == app::kExitUsage);
    CHECK(run.err.contains(u"starts after it ends"_s));

    run = fixture.run(
        {u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-02-01"_s, u"--out"_s, out, u"--lang"_s, u"de"_s});
    CHECK(run.exitCode == app::kExitUsage);
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("relais report: an unknown programme or territory exits 3 naming the known ones", "[cli][report]")
{
    ReportFixture fixture;
    const QStringList period {u"--from"_s,     u"2026-01-01"_s, u"--to"_s,
                              u"2026-02-28"_s, u"--out"_s,      fixture.path(u"report.pdf"_s)};
    CliRun run = fixture.run(period + QStringList {u"--programme"_s, u"Hébergement"_s});
    CHECK(run.exitCode == app::kExitRejected);
    CHECK(run.err.contains(u"Hébergement"_s));
    CHECK(run.err.contains(u"Case management"_s));

    run = fixture.run(period + QStringList {u"--territory"_s, u"Austin"_s});
    CHECK(run.exitCode == app::kExitRejected);
    CHECK(run.err.contains(u"Magog"_s));
    CHECK_FALSE(QFileInfo::exists(fixture.path(u"report.pdf"_s)));

    // Names match as search does: case and accents aside.
    run = fixture.run(period + QStringList {u"--territory"_s, u"MAGOG"_s, u"--json"_s, fixture.path(u"t.json"_s)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == app::kExitOk);
    const QJsonObject json = readJson(fixture.path(u"t.json"_s));
    CHECK(json.value(u"filter"_s).toObject().value(u"kind"_s).toString() == u"territory"_s);
    CHECK(json.value(u"filter"_s).toObject().value(u"label"_s).toString().contains(u"Magog"_s));
    CHECK(json.value(u"encounters"_s).toInteger() == 4);
}
