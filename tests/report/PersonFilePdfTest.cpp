// A person's complete file as PDF (right of access), from a hand-built
// PersonFile: what a reader of the PDF sees (read back with pdftotext).

#include "report/PersonFilePdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace relais;
using namespace Qt::Literals::StringLiterals;

namespace {

report::PersonFile sampleFile(int interventions)
{
    report::PersonFile file;
    core::Person& person = file.person;
    person.id = 7;
    person.uuid = u"0190aaaa-bbbb-7ccc-8ddd-eeeeffff0001"_s;
    person.firstName = u"Hélène"_s;
    person.lastName = u"Tremblay"_s;
    person.alias = u"Lili"_s;
    person.birthDate = QDate(1961, 4, 12);
    person.gender = core::Gender::Female;
    person.housingSituation = core::HousingSituation::Street;
    person.housingSince = QDate(2025, 12, 1);
    person.territoryId = 1;
    person.consent.givenOn = QDate(2026, 1, 5);
    person.consent.scope = u"Échange avec le CLSC"_s;
    core::Territory magog;
    magog.id = 1;
    magog.name = u"Magog"_s;
    file.territories = {magog};
    core::Problem health;
    health.id = 3;
    health.label = u"Santé mentale"_s;
    file.problems = {health};
    core::InterventionType helping;
    helping.id = 5;
    helping.code = u"helping_relationship"_s;
    helping.labelFr = u"Relation d'aide"_s;
    helping.labelEn = u"Helping relationship"_s;
    file.interventionTypes = {helping};
    core::PartnerOrganisation clsc;
    clsc.id = 9;
    clsc.code = u"CLSC"_s;
    clsc.name = u"CLSC de Magog"_s;
    file.partners = {clsc};
    core::Programme programme;
    programme.id = 2;
    programme.name = u"Case management"_s;
    file.programmes = {programme};
    core::UserAccount marie;
    marie.id = 4;
    marie.userName = u"marie"_s;
    marie.displayName = u"Marie Gagnon"_s;
    file.users = {marie};

    report::PersonFile::CaseFile followed;
    followed.value.id = 11;
    followed.value.personId = 7;
    followed.value.programmeId = 2;
    followed.value.caseManagerId = 4;
    followed.value.stage = core::Stage::Planning;
    followed.value.status = core::CaseStatus::Active;
    followed.value.openedOn = QDate(2026, 1, 10);
    followed.value.admittedOn = QDate(2026, 1, 12);
    followed.value.assessmentSummary = u"Dort dehors depuis décembre."_s;
    core::StageTransition admitted;
    admitted.fromStage = core::Stage::Intake;
    admitted.toStage = core::Stage::Assessment;
    admitted.action = u"admit"_s;
    admitted.byUserId = 4;
    admitted.at = QDateTime(QDate(2026, 1, 12), QTime(15, 0), Qt::UTC);
    followed.history = {admitted};
    core::Goal goal;
    goal.description = u"Trouver un logement stable"_s;
    goal.means = u"Demande HLM"_s;
    followed.goals = {goal};
    file.cases = {followed};

    for (int index = 0; index < interventions; ++index) {
        core::Intervention intervention;
        intervention.occurredAt = QDateTime(QDate(2026, 1, 1).addDays(index % 60), QTime(14, 0), Qt::UTC);
        intervention.workerId = 4;
        intervention.personId = 7;
        intervention.territoryId = 1;
        intervention.placeKind = core::PlaceKind::Park;
        intervention.typeIds = {5};
        intervention.problemIds = {3};
        intervention.referredPartnerIds = {9};
        intervention.note = u"Rencontre numéro %1 au parc.\nSuivi à prévoir."_s.arg(index + 1);
        file.interventions.push_back(intervention);
    }
    core::Referral referral;
    referral.partnerId = 9;
    referral.reason = u"Évaluation infirmière"_s;
    referral.referredOn = QDate(2026, 1, 15);
    file.referrals = {referral};
    core::PersonNote note;
    note.authorId = 4;
    note.body = u"Préfère être appelée Lili."_s;
    note.createdAt = QDateTime(QDate(2026, 1, 20), QTime(16, 0), Qt::UTC);
    file.notes = {note};
    return file;
}

// pdftotext's reading of the PDF, every run of spaces and line breaks made one space.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QRegularExpression(u"[\\x{00a0}\\x{202f}\\x{2009}]"_s), u" "_s);
    // Table cells wrap: read them as one line.
    return text.simplified();
}

} // namespace

TEST_CASE("A person's file as PDF holds the identity, the case, the interventions, the referrals and the notes",
          "[report][person]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(u"file.pdf"_s);
    report::ReportOptions options;
    options.generatedOn = QDate(2026, 3, 2);
    REQUIRE(report::PersonFilePdf::write(sampleFile(3), path, options));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK_FALSE(file.readAll().contains("Tremblay")); // drawn as glyphs; no name in the metadata either

    const QString text = pdfText(path);
    if (text.isEmpty()) {
        WARN("pdftotext is not available: the PDF's text is not checked");
        return;
    }
    CHECK(text.contains(u"Hélène Tremblay (Lili)"_s));
    CHECK(text.contains(u"12 April 1961"_s));
    CHECK(text.contains(u"Échange avec le CLSC"_s));
    CHECK(text.contains(u"Case management"_s));
    CHECK(text.contains(u"Trouver un logement stable"_s));
    CHECK(text.contains(u"Helping relationship"_s));
    CHECK(text.contains(u"Santé mentale"_s));
    CHECK(text.contains(u"CLSC de Magog"_s));
    CHECK(text.contains(u"Rencontre numéro 3 au parc."_s));
    CHECK(text.contains(u"Évaluation infirmière"_s));
    CHECK(text.contains(u"Préfère être appelée Lili."_s));
    CHECK(text.contains(u"not encrypted"_s));
}

TEST_CASE("A long person's file runs over several numbered pages", "[report][person]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(u"long.pdf"_s);
    int calls = 0;
    REQUIRE(report::PersonFilePdf::write(sampleFile(300), path, {}, [&calls](int) {
        ++calls;
        return true;
    }));
    CHECK(calls > 3);
    const QString text = pdfText(path);
    if (!text.isEmpty()) {
        CHECK(text.contains(u"Rencontre numéro 300 au parc."_s));
        CHECK(text.contains(u"Page 1 of %1"_s.arg(calls)));
    }
}

TEST_CASE("Cancelling a person's file writes nothing", "[report][person]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(u"cancelled.pdf"_s);
    const core::Status written = report::PersonFilePdf::write(sampleFile(300), path, {}, [](int) { return false; });
    CHECK_FALSE(written);
    CHECK_FALSE(QFile::exists(path));
}
