#include "ExchangeFixture.h"
#include "app/ExitCode.h"
#include "core/exchange/ImportService.h"
#include "storage/SqliteExchangeRepository.h"

#include <catch2/catch.hpp>

using namespace relais;
using test::CliRun;
using test::ExchangeFixture;

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("Each kind is imported from spreadsheets in both encodings and delimiters, columns in any order",
          "[exchange][import]")
{
    ExchangeFixture f;
    const CliRun partners = f.import(QStringLiteral("lea"), QStringLiteral("partners"), f.sample("partners.csv"));
    REQUIRE(partners.exitCode == 0);
    CHECK(partners.out.contains(
        text("rows: 3 (3 created, 0 updated, 0 unchanged); new territories: 2, new problems: 0. New territories: ")));

    // UTF-8 with a BOM, `;`, odd column order and a column Relais does not know.
    const CliRun people = f.import(QStringLiteral("lea"), QStringLiteral("people"), f.sample("people.csv"));
    INFO(people.err.toStdString());
    REQUIRE(people.exitCode == 0);
    CHECK(people.out.contains(text("rows: 14 (14 created")));
    CHECK(people.err.contains(text("people.csv:1: remarque: warning: unknown column, ignored")));

    // Windows-1252, `;`, CRLF, quoted notes over several lines.
    const CliRun interventions
        = f.import(QStringLiteral("lea"), QStringLiteral("interventions"), f.sample("interventions-1252.csv"));
    INFO(interventions.err.toStdString());
    REQUIRE(interventions.exitCode == 0);
    CHECK(interventions.out.contains(text("rows: 4 (4 created, 0 updated, 0 unchanged); new territories: 0, new "
                                          "problems: 3. New problems: ")));

    const CliRun cases = f.import(QStringLiteral("lea"), QStringLiteral("cases"), f.sample("cases.csv"));
    INFO(cases.err.toStdString());
    REQUIRE(cases.exitCode == 0);
    CHECK(cases.out.contains(text("rows: 13 (13 created")));

    // People: labels, spreadsheet spellings and both date forms resolved to codes.
    CHECK(
        f.query("SELECT first_name || '|' || gender || '|' || language || '|' || housing_situation || '|' || "
                "housing_since || '|' || residence_permit || '|' || birth_date FROM person WHERE external_ref = 'P01'")
        == text("Hélène|female|fr|street|2025-12-01|yes|1961-04-12"));
    CHECK(f.query("SELECT alias || '|' || first_name || last_name || '|' || gender FROM person WHERE external_ref = "
                  "'P03'")
          == text("Manteau rouge||non_binary"));
    CHECK(f.query("SELECT t.name FROM person p JOIN territory t ON t.id = p.territory_id WHERE p.external_ref = 'P02'")
          == text("Magog")); // "magog " is Magog
    CHECK(f.query("SELECT count(*) FROM territory") == text("4"));
    // Interventions: the Windows-1252 note kept whole, with its line break and typographic apostrophe.
    CHECK(f.query("SELECT note FROM intervention WHERE external_ref = 'I001'")
          == text("Rencontrée au parc.\r\nElle dit qu’elle dort au refuge; suivi à prévoir."));
    CHECK(f.query("SELECT note FROM intervention WHERE external_ref = 'I003'").contains(text("Œuvre")));
    // 22:15 in Montreal on 3 February is 03:15 UTC on the 4th; the day stays the 3rd.
    CHECK(f.query("SELECT occurred_on || ' ' || occurred_at FROM intervention WHERE external_ref = 'I002'")
          == text("2026-02-03 2026-02-04T03:15:00.000Z"));
    CHECK(f.query("SELECT occurred_at FROM intervention WHERE external_ref = 'I001'")
          == text("2026-02-03T17:00:00.000Z"));
    CHECK(
        f.query("SELECT group_concat(code) FROM (SELECT t.code FROM intervention_type_link l JOIN intervention_type t "
                "ON t.id = l.type_id JOIN intervention i ON i.id = l.intervention_id WHERE i.external_ref = 'I002' "
                "ORDER BY t.code)")
        == text("information,socialisation"));
    CHECK(f.query("SELECT group_concat(label, '|') FROM (SELECT label FROM problem ORDER BY label)")
          == text("Judiciarisation|Santé mentale|Toxicomanie"));
    CHECK(f.query("SELECT group_concat(code || ':' || status || ':' || referred_on) FROM (SELECT p.code, r.status, "
                  "r.referred_on FROM referral r JOIN partner p ON p.id = r.partner_id JOIN intervention i ON i.id = "
                  "r.intervention_id WHERE i.external_ref = 'I002' ORDER BY p.code)")
          == text("CLSC:proposed:2026-02-03,SOUPE:proposed:2026-02-03"));
    CHECK(f.query("SELECT place_kind FROM intervention WHERE external_ref = 'I003'") == text("cafe"));
    // Cases: placed at their stage as history, one "imported" step each.
    CHECK(f.query("SELECT count(*) FROM case_file WHERE status = 'active'") == text("10"));
    CHECK(f.query("SELECT stage || '|' || status || '|' || closed_on FROM case_file c JOIN person p ON p.id = "
                  "c.person_id WHERE p.external_ref = 'P13'")
          == text("exit|closed|2025-06-13"));
    CHECK(f.query("SELECT count(*) FROM stage_transition WHERE action = 'imported' AND from_stage IS NULL")
          == text("13"));
    // One audit entry per import, with counts and no values.
    const QStringList audit = f.auditActions();
    CHECK(audit.filter(QStringLiteral("import intervention rows=4,created=4")).size() == 1);
    CHECK(audit.filter(QStringLiteral("Hélène")).isEmpty());
}

TEST_CASE("A broken record at line 57 is refused whole: exit 3, the line named, every table but the audit trail "
          "unchanged",
          "[exchange][import]")
{
    ExchangeFixture f;
    f.importSamples();
    const QStringList before = f.dump();
    const CliRun broken
        = f.import(QStringLiteral("lea"), QStringLiteral("interventions"), f.sample("interventions-broken.csv"));
    CHECK(broken.exitCode == app::kExitRejected);
    CHECK(broken.err.contains(text("interventions-broken.csv:57: types: \u201cvisite à domicile\u201d is not an "
                                   "accepted value. Accepted: helping_relationship")));
    CHECK(broken.err.contains(text("(problems found: 1)")));
    CHECK(broken.err.contains(text("Nothing was changed")));
    CHECK(broken.out.isEmpty());
    CHECK(f.dump() == before);
    CHECK(f.auditActions().filter(QStringLiteral("import.refused intervention rows=48,problems=1")).size() == 1);
}

TEST_CASE("An 11th active case for one case manager in cases.csv is refused on its line, with the cap named",
          "[exchange][import][caseload]")
{
    ExchangeFixture f;
    REQUIRE(f.import(QStringLiteral("lea"), QStringLiteral("people"), f.sample("people.csv")).exitCode == 0);
    const QStringList before = f.dump();
    // cases.csv gives marie 10 active cases; line 15 would be her 11th.
    const QString file
        = f.writeFile(QStringLiteral("cases.csv"),
                      ExchangeFixture::readFile(f.sample("cases.csv")) + "P12,,marie,2025-09-12,suivi\n");
    const CliRun refused = f.import(QStringLiteral("lea"), QStringLiteral("cases"), file);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(QStringLiteral("cases.csv:15: case_manager: marie already follows 10 active cases in "
                                              "\u201cCase management\u201d; the programme's cap is 10.")));
    CHECK(f.dump() == before);
    // At intake (the waiting list) the same case is accepted: only active cases count.
    const QString waiting
        = f.writeFile(QStringLiteral("cases-waiting.csv"),
                      ExchangeFixture::readFile(f.sample("cases.csv")) + "P12,,marie,2025-09-12,intake\n");
    CHECK(f.import(QStringLiteral("lea"), QStringLiteral("cases"), waiting).exitCode == 0);
    CHECK(f.query("SELECT count(*) FROM case_file WHERE status = 'active' AND case_manager_id = (SELECT id FROM "
                  "app_user WHERE user_name = 'marie')")
          == QStringLiteral("10"));
}

TEST_CASE("A second open case of one person in one file names the line of the first", "[exchange][import]")
{
    ExchangeFixture f;
    REQUIRE(f.import(QStringLiteral("lea"), QStringLiteral("people"), f.sample("people.csv")).exitCode == 0);
    const QStringList before = f.dump();
    const QString file = f.writeFile(QStringLiteral("cases.csv"),
                                     "person_ref,programme,case_manager,opened_on,stage\n"
                                     "P12,,lea,2025-10-01,intake\n"
                                     "P12,,lea,2025-10-02,planning\n");
    const CliRun refused = f.import(QStringLiteral("lea"), QStringLiteral("cases"), file);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(QStringLiteral("cases.csv:3: person_ref: This person already has an open case in "
                                              "this programme on line 2 (opened on 2025-10-01)")));
    CHECK(f.dump() == before);
}

TEST_CASE("A birth date or year in the future is refused on its line", "[exchange][import]")
{
    ExchangeFixture f; // today: 2026-03-02
    const QString file = f.writeFile(QStringLiteral("people.csv"),
                                     "ref,first_name,last_name,birth_date,birth_year\n"
                                     "P1,Ana,Silva,2030-01-01,\n"
                                     "P2,Luc,Roy,,2027\n"
                                     "P3,Zoé,Roy,02/03/2026,2026\n");
    const CliRun refused = f.import(QStringLiteral("lea"), QStringLiteral("people"), file);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(QStringLiteral("people.csv:2: birth_date: The birth date is in the future.")));
    CHECK(refused.err.contains(QStringLiteral("people.csv:3: birth_year: The birth year is in the future.")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("people.csv:4:")));
    CHECK(f.query("SELECT count(*) FROM person") == QStringLiteral("0"));
}

TEST_CASE("A ref twice in one file is refused, naming both lines", "[exchange][import]")
{
    ExchangeFixture f;
    const QString file = f.writeFile(QStringLiteral("people.csv"),
                                     "ref,first_name,last_name\n"
                                     "P1,Ana,Silva\n"
                                     "P2,Luc,Roy\n"
                                     "P1,Ana,Silva-Roy\n");
    const CliRun refused = f.import(QStringLiteral("admin"), QStringLiteral("people"), file);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(text("people.csv:4: ref: The ref \u201cP1\u201d is already on line 2.")));
    CHECK(f.query("SELECT count(*) FROM person") == QStringLiteral("0"));
}

TEST_CASE("Control characters from the file are shown escaped in messages, never sent to the terminal",
          "[exchange][import][security]")
{
    ExchangeFixture f;
    const QString file = f.writeFile(QStringLiteral("people.csv"),
                                     "ref,first_name,last_name,gender,\x01extra\x07\n"
                                     "P1,Ana,Silva,\x1b[31mred\x1b[0m,x\n");
    const CliRun refused = f.import(QStringLiteral("admin"), QStringLiteral("people"), file);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(QStringLiteral("\\x1b[31mred\\x1b[0m")));
    CHECK_FALSE(refused.err.contains(QChar(0x1b)));
    CHECK_FALSE(refused.out.contains(QChar(0x01)));
    CHECK_FALSE(refused.err.contains(QChar(0x01)));
    CHECK_FALSE(refused.err.contains(QChar(0x07)));
    CHECK(f.query("SELECT count(*) FROM person") == QStringLiteral("0"));
}

TEST_CASE("A partner code that does not exist is refused with the known codes", "[exchange][import]")
{
    ExchangeFixture f;
    REQUIRE(f.import(QStringLiteral("lea"), QStringLiteral("partners"), f.sample("partners.csv")).exitCode == 0);
    REQUIRE(f.import(QStringLiteral("lea"), QStringLiteral("people"), f.sample("people.csv")).exitCode == 0);
    const QString file = f.writeFile(QStringLiteral("interventions.csv"),
                                     "ref,person_ref,date,worker,types,referred_to\n"
                                     "I1,P01,2026-02-01,marie,information,CLSC\n"
                                     "I2,P02,2026-02-01,marie,information,\"CLSC;BANQUE\"\n");
    const CliRun refused = f.import(QStringLiteral("lea"), QStringLiteral("interventions"), file);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(text("interventions.csv:3: referred_to: No partner organisation has the code "
                                    "\u201cBANQUE\u201d. Known codes: CLSC, MHR, SOUPE.")));
    CHECK(f.query("SELECT count(*) FROM intervention") == QStringLiteral("0"));
    CHECK(f.query("SELECT count(*) FROM referral") == QStringLiteral("0"));
}

TEST_CASE("An unknown coded value is refused with the list of accepted values", "[exchange][import]")
{
    ExchangeFixture f;
    const QString file = f.writeFile(QStringLiteral("people.csv"),
                                     "ref;first_name;gender;housing_situation\n"
                                     "P1;Ana;Fem;rue\n"
                                     "P2;Luc;M;chateau\n");
    const CliRun refused = f.import(QStringLiteral("lea"), QStringLiteral("people"), file);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(text("people.csv:2: gender: \u201cFem\u201d is not an accepted value. Accepted: female "
                                    "(Femme / Woman), male (Homme / Man), non_binary (Non binaire / Non-binary), "
                                    "unknown (Non précisé / Not stated); also F, M, H, X.")));
    CHECK(refused.err.contains(text("people.csv:3: housing_situation: \u201cchateau\u201d is not an accepted value. "
                                    "Accepted: street (En rue / On the street)")));
    CHECK(refused.err.contains(text("(problems found: 2)")));
}

TEST_CASE("More than 50 problems: the first 50 are listed, then how many more", "[exchange][import]")
{
    ExchangeFixture f;
    QByteArray csv = "ref,first_name,birth_date\n";
    for (int i = 1; i <= 70; ++i) {
        csv += "P" + QByteArray::number(i) + ",Ana,31/02/1990\n";
    }
    const CliRun refused
        = f.import(QStringLiteral("lea"), QStringLiteral("people"), f.writeFile(QStringLiteral("people.csv"), csv));
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.count(QStringLiteral("is not a date")) == 50);
    CHECK(refused.err.contains(text("\u2026 and 20 more problems")));
    CHECK(refused.err.contains(text("people.csv:2: birth_date:")));
    CHECK_FALSE(refused.err.contains(text("people.csv:52:")));
}

TEST_CASE("A missing required column is refused before any row is read", "[exchange][import]")
{
    ExchangeFixture f;
    const QString file = f.writeFile(QStringLiteral("interventions.csv"),
                                     "ref,person_ref,worker,types\n"
                                     "I1,P01,marie,information\n");
    const CliRun refused = f.import(QStringLiteral("lea"), QStringLiteral("interventions"), file);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(text("interventions.csv:1: date: This required column is missing")));
}

TEST_CASE("Importing the same files again changes nothing", "[exchange][import]")
{
    ExchangeFixture f;
    f.importSamples();
    const QStringList before = f.dump();
    for (auto [kind, file, rows] :
         {std::tuple {"partners", "partners.csv", 3}, std::tuple {"people", "people.csv", 14},
          std::tuple {"interventions", "interventions-1252.csv", 4}, std::tuple {"cases", "cases.csv", 13}}) {
        const CliRun again = f.import(QStringLiteral("lea"), QString::fromLatin1(kind), f.sample(file));
        INFO(kind << again.err.toStdString());
        CHECK(again.exitCode == 0);
        CHECK(
            again.out.contains(QStringLiteral("rows: %1 (0 created, 0 updated, %1 unchanged); new territories: 0, new "
                                              "problems: 0")
                                   .arg(rows)));
    }
    CHECK(f.dump() == before);
}

TEST_CASE("A re-imported ref with changed values updates that record and nothing else", "[exchange][import]")
{
    ExchangeFixture f;
    f.importSamples();
    const QString file = f.writeFile(QStringLiteral("interventions.csv"),
                                     "ref,person_ref,date,worker,types,problems,referred_to,duration_minutes\n"
                                     "I004,P04,2026-02-11,lea,accompaniment,Judiciarisation,CLSC,90\n"
                                     "I003,P03,2026-02-10,marie,Aide matérielle,toxicomanie,,\n");
    const CliRun updated = f.import(QStringLiteral("lea"), QStringLiteral("interventions"), file);
    INFO(updated.err.toStdString());
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.out.contains(QStringLiteral("rows: 2 (0 created, 1 updated, 1 unchanged)")));
    CHECK(f.query("SELECT duration_minutes FROM intervention WHERE external_ref = 'I004'") == QStringLiteral("90"));
    // Columns the file leaves out (place, note...) keep their values.
    CHECK(f.query("SELECT note FROM intervention WHERE external_ref = 'I004'")
          == text("Accompagnée au palais de justice"));
    // The referral to MHR is withdrawn (soft-deleted), the one to the CLSC added.
    CHECK(f.query("SELECT group_concat(code || ':' || (deleted_at IS NULL)) FROM (SELECT p.code, r.deleted_at FROM "
                  "referral r JOIN partner p ON p.id = r.partner_id JOIN intervention i ON i.id = r.intervention_id "
                  "WHERE i.external_ref = 'I004' ORDER BY p.code)")
          == QStringLiteral("CLSC:1,MHR:0"));
    CHECK(f.query("SELECT count(*) FROM intervention") == QStringLiteral("4"));

    // A person's changed housing, and a case moved on a stage (history row added).
    const QString people = f.writeFile(QStringLiteral("people2.csv"), "ref,housing_situation\nP01,housed\n");
    CHECK(f.import(QStringLiteral("lea"), QStringLiteral("people"), people).out.contains(QStringLiteral("1 updated")));
    CHECK(f.query("SELECT housing_situation || first_name FROM person WHERE external_ref = 'P01'")
          == text("housedHélène"));
    const QString cases = f.writeFile(QStringLiteral("cases2.csv"),
                                      "person_ref,case_manager,opened_on,stage\nP01,marie,2025-09-01,planning\n");
    CHECK(f.import(QStringLiteral("lea"), QStringLiteral("cases"), cases).out.contains(QStringLiteral("1 updated")));
    CHECK(f.query("SELECT from_stage || '>' || to_stage FROM stage_transition WHERE action = 'imported' AND from_stage "
                  "IS NOT NULL")
          == QStringLiteral("assessment>planning"));
}

TEST_CASE("A dry run checks everything and changes nothing", "[exchange][import]")
{
    ExchangeFixture f;
    REQUIRE(f.import(QStringLiteral("lea"), QStringLiteral("partners"), f.sample("partners.csv")).exitCode == 0);
    const QStringList before = f.dump();
    const CliRun checked = f.import(QStringLiteral("lea"), QStringLiteral("people"), f.sample("people.csv"), true);
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("dry run, nothing was changed")));
    CHECK(checked.out.contains(QStringLiteral("rows: 14 (14 created")));
    CHECK(f.dump() == before);
    const CliRun refused
        = f.import(QStringLiteral("lea"), QStringLiteral("interventions"), f.sample("interventions-broken.csv"), true);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(QStringLiteral("No person has the ref")));
    CHECK(f.dump() == before);
}

TEST_CASE("Only team leads and administrators import: a case manager gets exit 5", "[exchange][import][access]")
{
    ExchangeFixture f;
    const CliRun denied = f.import(QStringLiteral("marie"), QStringLiteral("partners"), f.sample("partners.csv"));
    CHECK(denied.exitCode == app::kExitPermission);
    CHECK(denied.err.contains(QStringLiteral("team leads and administrators")));
    CHECK(f.query("SELECT count(*) FROM partner") == QStringLiteral("0"));
    CHECK(f.import(QStringLiteral("admin"), QStringLiteral("partners"), f.sample("partners.csv")).exitCode == 0);
}

TEST_CASE("Import usage errors: an unknown kind exits 1, a missing file exits 3", "[exchange][import]")
{
    ExchangeFixture f;
    CHECK(f.import(QStringLiteral("lea"), QStringLiteral("goals"), f.sample("partners.csv")).exitCode
          == app::kExitUsage);
    CHECK(f.import(QStringLiteral("lea"), QStringLiteral("partners"), QStringLiteral("/nonexistent/p.csv")).exitCode
          == app::kExitRejected);
}

TEST_CASE("A large interventions file is loaded in bulk: refused whole or written whole, every index back",
          "[exchange][import][bulk]")
{
    ExchangeFixture f;
    f.importSamples();
    const QString indexesBefore = f.query("SELECT group_concat(name || ':' || sql, '|') FROM (SELECT name, sql FROM "
                                          "sqlite_master WHERE type = 'index' ORDER BY name)");
    // Over 500 KB: the bulk path (foreign-key checks off, random-order indexes rebuilt at the end).
    QByteArray csv = "ref,person_ref,date,worker,territory,place,types,problems,referred_to,duration_minutes,note\n";
    for (int i = 0; i < 6000; ++i) {
        csv += "L" + QByteArray::number(i) + ",P" + QByteArray::number(1 + i % 14).rightJustified(2, '0') + ",2025-"
            + QByteArray::number(1 + i % 12) + "-" + QByteArray::number(1 + i % 28)
            + ",marie,Magog,park,\"information;socialisation\",Isolement,CLSC,20,"
              "\"Une note assez longue pour que le fichier compte comme un chargement en bloc.\"\n";
    }
    REQUIRE(csv.size() > 600 * 1024);
    const QStringList before = f.dump();
    const QString broken
        = f.writeFile(QStringLiteral("bulk-broken.csv"), csv + "L-last,P99,2025-01-01,marie,,,information,,,,\n");
    const CliRun refused = f.import(QStringLiteral("lea"), QStringLiteral("interventions"), broken);
    CHECK(refused.exitCode == app::kExitRejected);
    CHECK(refused.err.contains(
        QStringLiteral("bulk-broken.csv:6002: person_ref: No person has the ref \u201cP99\u201d")));
    CHECK(f.dump() == before);
    CHECK(f.query("SELECT group_concat(name || ':' || sql, '|') FROM (SELECT name, sql FROM sqlite_master WHERE type = "
                  "'index' ORDER BY name)")
          == indexesBefore);

    const CliRun loaded = f.import(QStringLiteral("lea"), QStringLiteral("interventions"),
                                   f.writeFile(QStringLiteral("bulk.csv"), csv));
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);
    CHECK(loaded.out.contains(QStringLiteral("rows: 6000 (6000 created")));
    CHECK(f.query("SELECT group_concat(name || ':' || sql, '|') FROM (SELECT name, sql FROM sqlite_master WHERE type = "
                  "'index' ORDER BY name)")
          == indexesBefore);
    CHECK(f.query("SELECT count(*) FROM intervention") == QStringLiteral("6004"));
    CHECK(f.query("SELECT count(*) FROM referral WHERE intervention_id IS NOT NULL") == QStringLiteral("6004"));
    CHECK(f.query("SELECT count(*) FROM intervention_type_link") == QStringLiteral("12005"));
    CHECK(f.query("PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(f.query("SELECT count(*) FROM intervention i JOIN person p ON p.id = i.person_id WHERE p.external_ref = "
                  "'P03' AND i.occurred_on >= '2025-01-01'")
          == QStringLiteral("430")); // 429 from the file, 1 from the samples
    // Time-ordered UUIDs, all distinct, version 7.
    CHECK(f.query("SELECT count(DISTINCT uuid) FROM intervention WHERE external_ref LIKE 'L%'")
          == QStringLiteral("6000"));
    CHECK(f.query("SELECT count(*) FROM intervention WHERE external_ref LIKE 'L%' AND substr(uuid, 15, 1) = '7'")
          == QStringLiteral("6000"));

    // The same again: every ref known, nothing changes; the connection keeps its foreign-key checks.
    f.fixture.signIn(QStringLiteral("lea"));
    storage::Workspace& workspace = *f.fixture.workspace;
    {
        storage::SqliteExchangeRepository repository(workspace.session());
        core::ImportService importer(workspace.context(), repository);
        auto again = importer.importData(workspace.user(), core::ExchangeKind::Interventions, csv);
        REQUIRE(again);
        CHECK(again->accepted());
        CHECK(again->unchanged == 6000);
    }
    CHECK(*workspace.session().db().queryInt("PRAGMA foreign_keys") == 1);
    f.fixture.workspace.reset();
}
