// The report's three renderings (JSON, CSV, PDF) of a hand-built ActivityReport
// whose figures are known: keys and values, languages, small-count suppression,
// and what a reader of the PDF sees (read back with pdftotext).

#include "report/ReportCsv.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>

using namespace relais;
using namespace Qt::Literals::StringLiterals;
using core::ActivityReport;
using core::CodeCount;
using report::ReportJson;
using report::ReportOptions;

namespace {

// Seed 002's figures for 2015-2016, and a few partners and territories: aggregates
// only, as the service produces them.
ActivityReport sampleReport()
{
    ActivityReport report;
    report.organisation = u"Équipe Ressources Relais"_s;
    report.period = {QDate(2025, 4, 1), QDate(2026, 3, 31)};
    report.previousPeriod = report.period.previous();

    core::ActivityFigures& now = report.current;
    now.personsReached = 1664;
    now.encounters = 5210;
    now.encounters65Plus = 1220;
    now.encountersAgeKnown = 4000;
    now.encountersAgeUnknown = 1210;
    now.encounters65PlusShare = 0.305;
    now.distinctProblems = 86;
    now.distinctPartnerOrganisations = 79;
    now.encountersByTerritory = {{u"Magog"_s, 2700, 2700.0 / 5210.0},
                                 {u"Potton"_s, 1300, 1300.0 / 5210.0},
                                 {u"Stanstead"_s, 1207, 1207.0 / 5210.0},
                                 {u"Austin"_s, 3, 3.0 / 5210.0}};
    now.interventionTypes = {{u"helping_relationship"_s, u"Relation d’aide"_s, u"Helping relationship"_s, 2100},
                             {u"socialisation"_s, u"Socialisation"_s, u"Socialising"_s, 1500},
                             {u"information"_s, u"Information"_s, u"Information"_s, 1200},
                             {u"accompaniment"_s, u"Accompagnement"_s, u"Accompaniment"_s, 2}};
    now.ageBands = {{u"0_17"_s, 2},    {u"18_29"_s, 700},    {u"30_49"_s, 1300},
                    {u"50_64"_s, 778}, {u"65_plus"_s, 1220}, {u"unknown"_s, 1210}};
    now.gender = {{u"female"_s, 800}, {u"male"_s, 860}, {u"non_binary"_s, 4}};
    now.language = {{u"fr"_s, 1200}, {u"en"_s, 460}, {u"other"_s, 4}};
    for (int month = 0; month < 12; ++month) {
        now.encountersByMonth.push_back({QDate(2025, 4, 1).addMonths(month).toString(u"yyyy-MM"_s), 400 + month * 10});
    }
    now.referrals = {{u"clsc"_s, u"CLSC de Memphrémagog"_s, u"proposed"_s, 40},
                     {u"clsc"_s, u"CLSC de Memphrémagog"_s, u"accepted"_s, 3},
                     {u"elan"_s, u"Centre l’Élan"_s, u"completed"_s, 12},
                     {u"soupe"_s, u"Soupe; \"Partage\""_s, u"refused"_s, 7}};
    now.groups = {24, 130, 85, 40};
    now.cases.opened = 14;
    now.cases.admitted = 10;
    now.cases.declined = 3;
    now.cases.exits = 6;
    now.cases.activeByStage = {{u"planning"_s, 2}, {u"monitoring"_s, 9}};
    now.cases.exitsByReason = {{u"goals_met"_s, 4}, {u"lost_contact"_s, 2}};
    now.cases.exitsByHousing = {{u"housed"_s, 4}, {u"unknown"_s, 2}};
    now.cases.goalsAchieved = 9;
    now.cases.goalsPartly = 3;
    now.cases.goalsNotAchieved = 2;
    now.cases.meanDaysInStage = {{u"assessment"_s, 12.5, 8}, {u"evaluation"_s, std::nullopt, 0}};
    now.cases.caseload = {{u"marie"_s, 8, 10}, {u"paul"_s, 11, 10}};
    now.cases.waitingList = 3;

    core::ActivityFigures& before = report.previous;
    before.personsReached = 1500;
    before.encounters = 4800;
    before.encountersAgeUnknown = 4800;
    before.encounters65PlusShare = std::nullopt; // no age known at all
    before.distinctProblems = 80;
    before.distinctPartnerOrganisations = 70;
    before.encountersByTerritory = {{u"Magog"_s, 4800, 1.0}};
    before.gender = {{u"female"_s, 700}, {u"male"_s, 800}};
    return report;
}

ReportOptions frenchOptions()
{
    ReportOptions options;
    options.locale = QLocale(QLocale::French, QLocale::Canada);
    options.generatedOn = QDate(2026, 4, 2);
    return options;
}

ReportOptions englishOptions()
{
    ReportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::Canada);
    options.generatedOn = QDate(2026, 4, 2);
    return options;
}

QJsonObject findByKey(const QJsonArray& array, const QString& key, const QString& value)
{
    for (const QJsonValue& entry : array) {
        if (entry.toObject().value(key).toString() == value) {
            return entry.toObject();
        }
    }
    return {};
}

QString csvText(const std::vector<report::ReportCsv::File>& files, const QString& name)
{
    for (const auto& file : files) {
        if (file.name == name) {
            return QString::fromUtf8(file.bytes);
        }
    }
    FAIL("no CSV file " << name.toStdString());
    return {};
}

QByteArray csvBytes(const std::vector<report::ReportCsv::File>& files, const QString& name)
{
    for (const auto& file : files) {
        if (file.name == name) {
            return file.bytes;
        }
    }
    return {};
}

// pdftotext's reading of the PDF, every kind of space (the French thousands
// separator is a no-break space) made one plain space.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression spaces(u"[ \\t\\x{00a0}\\x{202f}\\x{2009}\\x{2007}]+"_s);
    text.replace(spaces, u" "_s);
    return text;
}

QString pdfTool(const QString& tool, const QString& path)
{
    QProcess process;
    process.start(tool, {path});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    const auto match = pages.match(pdfTool(u"pdfinfo"_s, path));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// "< 5" as pdftotext reads it back (it may drop the narrow space after "<").
bool showsSuppressed(const QString& line)
{
    static const QRegularExpression lessThanFive(u"<\\s?5"_s);
    return line.contains(lessThanFive);
}

// The line of the text holding `needle`.
QString lineWith(const QString& text, const QString& needle)
{
    for (const QString& line : text.split(u'\n')) {
        if (line.contains(needle)) {
            return line;
        }
    }
    return {};
}

} // namespace

TEST_CASE("The JSON holds every measure under its key, and the previous period under previous", "[report][json]")
{
    const ActivityReport report = sampleReport();
    const QJsonDocument document = ReportJson::document(report, frenchOptions());
    // Parsed back from its bytes, as a funder's script would.
    const QJsonObject root = QJsonDocument::fromJson(document.toJson()).object();

    for (const char* key : {"organisation",
                            "period",
                            "previous_period",
                            "filter",
                            "persons_reached",
                            "encounters",
                            "encounters_65_plus_share",
                            "encounters_age_unknown",
                            "distinct_problems",
                            "distinct_partner_organisations",
                            "encounters_by_territory",
                            "intervention_types",
                            "age_bands",
                            "gender",
                            "language",
                            "encounters_by_month",
                            "referrals",
                            "group_sessions",
                            "case_management",
                            "previous"}) {
        INFO(key);
        CHECK(root.contains(QString::fromLatin1(key)));
    }
    CHECK(root.value(u"organisation"_s).toString() == u"Équipe Ressources Relais"_s);
    CHECK(root.value(u"period"_s).toObject() == QJsonObject {{u"from"_s, u"2025-04-01"_s}, {u"to"_s, u"2026-03-31"_s}});
    CHECK(root.value(u"previous_period"_s).toObject()
          == QJsonObject {{u"from"_s, u"2024-04-01"_s}, {u"to"_s, u"2025-03-31"_s}});
    CHECK(root.value(u"filter"_s).isNull());
    CHECK(root.value(u"persons_reached"_s).toInteger() == 1664);
    CHECK(root.value(u"encounters"_s).toInteger() == 5210);
    CHECK(root.value(u"encounters_65_plus_share"_s).toDouble() == 0.305); // unrounded, exact
    CHECK(root.value(u"encounters_age_unknown"_s).toInteger() == 1210);
    CHECK(root.value(u"distinct_problems"_s).toInteger() == 86);
    CHECK(root.value(u"distinct_partner_organisations"_s).toInteger() == 79);

    const QJsonArray territories = root.value(u"encounters_by_territory"_s).toArray();
    REQUIRE(territories.size() == 4);
    CHECK(territories.at(0).toObject().value(u"territory"_s).toString() == u"Magog"_s);
    CHECK(territories.at(0).toObject().value(u"count"_s).toInteger() == 2700);
    CHECK(territories.at(0).toObject().value(u"share"_s).toDouble() == 2700.0 / 5210.0);
    CHECK(territories.at(3).toObject().value(u"count"_s).toInteger() == 3); // nothing hidden by default

    const QJsonArray types = root.value(u"intervention_types"_s).toArray();
    REQUIRE(types.size() == 4);
    CHECK(types.at(0).toObject()
          == QJsonObject {
              {u"code"_s, u"helping_relationship"_s}, {u"label"_s, u"Relation d’aide"_s}, {u"count"_s, 2100}});
    CHECK(findByKey(root.value(u"age_bands"_s).toArray(), u"code"_s, u"65_plus"_s).value(u"count"_s).toInteger()
          == 1220);
    CHECK(findByKey(root.value(u"gender"_s).toArray(), u"code"_s, u"non_binary"_s).value(u"count"_s).toInteger() == 4);
    CHECK(root.value(u"encounters_by_month"_s).toArray().size() == 12);
    CHECK(root.value(u"encounters_by_month"_s).toArray().at(0).toObject()
          == QJsonObject {{u"month"_s, u"2025-04"_s}, {u"count"_s, 400}});
    const QJsonObject refused = findByKey(root.value(u"referrals"_s).toArray(), u"status"_s, u"refused"_s);
    CHECK(refused
          == QJsonObject {{u"partner_code"_s, u"soupe"_s},
                          {u"partner"_s, u"Soupe; \"Partage\""_s},
                          {u"status"_s, u"refused"_s},
                          {u"count"_s, 7}});
    CHECK(root.value(u"group_sessions"_s).toObject()
          == QJsonObject {{u"sessions"_s, 24},
                          {u"identified_attendances"_s, 130},
                          {u"anonymous_head_count"_s, 85},
                          {u"distinct_attendees"_s, 40}});

    const QJsonObject cases = root.value(u"case_management"_s).toObject();
    CHECK(cases.value(u"opened"_s).toInteger() == 14);
    CHECK(cases.value(u"admitted"_s).toInteger() == 10);
    CHECK(cases.value(u"declined"_s).toInteger() == 3);
    CHECK(cases.value(u"exits"_s).toInteger() == 6);
    CHECK(cases.value(u"waiting_list"_s).toInteger() == 3);
    CHECK(cases.value(u"goals"_s).toObject()
          == QJsonObject {{u"achieved"_s, 9}, {u"partly"_s, 3}, {u"not_achieved"_s, 2}});
    CHECK(
        findByKey(cases.value(u"active_by_stage"_s).toArray(), u"code"_s, u"monitoring"_s).value(u"count"_s).toInteger()
        == 9);
    CHECK(findByKey(cases.value(u"exits_by_destination"_s).toArray(), u"code"_s, u"unknown"_s)
              .value(u"count"_s)
              .toInteger()
          == 2);
    const QJsonArray meanDays = cases.value(u"mean_days_in_stage"_s).toArray();
    CHECK(meanDays.at(0).toObject() == QJsonObject {{u"stage"_s, u"assessment"_s}, {u"days"_s, 12.5}, {u"stays"_s, 8}});
    CHECK(meanDays.at(1).toObject().value(u"days"_s).isNull());
    CHECK(cases.value(u"caseload"_s).toArray().at(1).toObject()
          == QJsonObject {{u"case_manager"_s, u"paul"_s}, {u"active"_s, 11}, {u"cap"_s, 10}});

    const QJsonObject previous = root.value(u"previous"_s).toObject();
    CHECK(previous.value(u"persons_reached"_s).toInteger() == 1500);
    CHECK(previous.value(u"encounters"_s).toInteger() == 4800);
    CHECK(previous.contains(u"case_management"_s));
    CHECK_FALSE(previous.contains(u"previous"_s));
}

TEST_CASE("The 65-plus share is null in the JSON when no encounter has a known age", "[report][json]")
{
    const QJsonObject root = ReportJson::document(sampleReport(), englishOptions()).object();
    const QJsonValue share = root.value(u"previous"_s).toObject().value(u"encounters_65_plus_share"_s);
    CHECK(share.isNull());
    CHECK_FALSE(share.isUndefined());
}

TEST_CASE("The JSON names a programme or territory filter and gives labels in the report's language", "[report][json]")
{
    ActivityReport report = sampleReport();
    report.filter.programmeId = 3;
    report.filterLabel = u"Accompagnement"_s;
    QJsonObject root = ReportJson::document(report, englishOptions()).object();
    CHECK(root.value(u"filter"_s).toObject()
          == QJsonObject {{u"kind"_s, u"programme"_s}, {u"label"_s, u"Accompagnement"_s}});
    CHECK(root.value(u"intervention_types"_s).toArray().at(0).toObject().value(u"label"_s).toString()
          == u"Helping relationship"_s);
    CHECK(root.value(u"language"_s).toString() == u"en"_s);

    report.filter = {};
    report.filter.territoryId = 7;
    report.filterLabel = u"Potton"_s;
    root = ReportJson::document(report, frenchOptions()).object();
    CHECK(root.value(u"filter"_s).toObject() == QJsonObject {{u"kind"_s, u"territory"_s}, {u"label"_s, u"Potton"_s}});
}

TEST_CASE("With a small-count threshold the JSON nulls small cross-table counts but keeps every total",
          "[report][json][suppression]")
{
    ReportOptions options = frenchOptions();
    options.smallCountThreshold = report::kDefaultSmallCountThreshold;
    const QJsonObject root = ReportJson::document(sampleReport(), options).object();
    CHECK(root.value(u"small_count_threshold"_s).toInt() == 5);
    const QJsonObject austin
        = findByKey(root.value(u"encounters_by_territory"_s).toArray(), u"territory"_s, u"Austin"_s);
    CHECK(austin.value(u"count"_s).isNull());
    CHECK(austin.value(u"share"_s).isNull()); // a share would give the count back
    CHECK(findByKey(root.value(u"gender"_s).toArray(), u"code"_s, u"non_binary"_s).value(u"count"_s).isNull());
    CHECK(findByKey(root.value(u"gender"_s).toArray(), u"code"_s, u"male"_s).value(u"count"_s).toInteger() == 860);
    // Totals are never hidden, however small.
    CHECK(root.value(u"case_management"_s).toObject().value(u"declined"_s).toInteger() == 3);
    CHECK(root.value(u"case_management"_s).toObject().value(u"waiting_list"_s).toInteger() == 3);
    CHECK(root.value(u"persons_reached"_s).toInteger() == 1664);
}

TEST_CASE("The JSON file is written whole and readable by its owner only", "[report][json]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.json"_s);
    REQUIRE(ReportJson::write(sampleReport(), path, englishOptions()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(file.readAll(), &error);
    CHECK(error.error == QJsonParseError::NoError);
    CHECK(parsed.object().value(u"persons_reached"_s).toInteger() == 1664);
    CHECK(QFileInfo(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const auto failed
        = ReportJson::write(sampleReport(), dir.filePath(u"missing/folder/report.json"_s), englishOptions());
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == core::ErrorCode::Io);
    CHECK(failed.error().userMessage.contains(u"missing/folder/report.json"_s));
}

TEST_CASE("French CSV files have a byte-order mark, semicolons and French labels", "[report][csv]")
{
    const auto files = report::ReportCsv::files(sampleReport(), frenchOptions());
    const QByteArray keyFigures = csvBytes(files, u"key_figures.csv"_s);
    CHECK(keyFigures.startsWith("\xEF\xBB\xBFmeasure;current;previous\r\n"));
    const QString text = csvText(files, u"key_figures.csv"_s);
    CHECK(text.contains(u"\r\npersons_reached;1664;1500\r\n"_s));
    CHECK(text.contains(u"\r\nencounters_65_plus_share;0.305;\r\n"_s)); // unformatted; empty when unknown
    CHECK(text.contains(u"\r\ndistinct_partner_organisations;79;70\r\n"_s));

    CHECK(csvText(files, u"gender.csv"_s).contains(u"\r\nfemale;Femme;800;700\r\n"_s));
    CHECK(
        csvText(files, u"intervention_types.csv"_s).contains(u"\r\nhelping_relationship;Relation d’aide;2100;0\r\n"_s));
    CHECK(csvText(files, u"age_bands.csv"_s).contains(u"\r\n65_plus;"_s));
    // RFC 4180: a field holding the delimiter or a quote is quoted, quotes doubled.
    CHECK(
        csvText(files, u"referrals.csv"_s).contains(u"\r\nsoupe;\"Soupe; \"\"Partage\"\"\";refused;Refusée;7;0\r\n"_s));
    CHECK(csvText(files, u"territories.csv"_s).contains(u"\r\nMagog;2700;"_s));
    CHECK(csvText(files, u"months.csv"_s).contains(u"\r\ncurrent;2025-04;400\r\n"_s));
    CHECK(csvText(files, u"case_management.csv"_s).contains(u"\r\ngoals_achieved;9;0\r\n"_s));
    CHECK(csvText(files, u"caseload.csv"_s).contains(u"\r\npaul;11;10;0\r\n"_s));
    CHECK(csvText(files, u"about.csv"_s).contains(u"\r\norganisation;Équipe Ressources Relais\r\n"_s));
}

TEST_CASE("English CSV files use commas and English labels", "[report][csv]")
{
    const auto files = report::ReportCsv::files(sampleReport(), englishOptions());
    CHECK(csvBytes(files, u"gender.csv"_s).startsWith("\xEF\xBB\xBF"));
    CHECK(csvText(files, u"key_figures.csv"_s).contains(u"\r\npersons_reached,1664,1500\r\n"_s));
    CHECK(csvText(files, u"gender.csv"_s).contains(u"\r\nfemale,Woman,800,700\r\n"_s));
    CHECK(
        csvText(files, u"referrals.csv"_s).contains(u"\r\nsoupe,\"Soupe; \"\"Partage\"\"\",refused,Refused,7,0\r\n"_s));
    CHECK(csvText(files, u"referrals.csv"_s).contains(u"\r\nclsc,CLSC de Memphrémagog,accepted,Accepted,3,0\r\n"_s));
    CHECK(report::ReportCsv::field(u"a,b"_s, QLatin1Char(',')) == u"\"a,b\""_s);
    CHECK(report::ReportCsv::field(u"a;b"_s, QLatin1Char(',')) == u"a;b"_s);
    CHECK(report::ReportCsv::field(u"two\nlines"_s, QLatin1Char(',')) == u"\"two\nlines\""_s);
}

TEST_CASE("CSV cross-tables show small counts as < 5 but totals stay exact", "[report][csv][suppression]")
{
    ReportOptions options = englishOptions();
    options.smallCountThreshold = report::kDefaultSmallCountThreshold;
    const auto files = report::ReportCsv::files(sampleReport(), options);
    CHECK(csvText(files, u"gender.csv"_s).contains(u"\r\nnon_binary,Non-binary,< 5,0\r\n"_s));
    CHECK(csvText(files, u"territories.csv"_s).contains(u"\r\nAustin,< 5,,0,\r\n"_s));
    CHECK(csvText(files, u"referrals.csv"_s).contains(u"\r\nclsc,CLSC de Memphrémagog,accepted,Accepted,< 5,0\r\n"_s));
    CHECK(csvText(files, u"age_bands.csv"_s).contains(u"\r\n0_17,0 to 17,< 5,0\r\n"_s));
    // Headline totals are never hidden, even when small.
    CHECK(csvText(files, u"case_management.csv"_s).contains(u"\r\ndeclined,3,0\r\n"_s));
    CHECK(csvText(files, u"case_management.csv"_s).contains(u"\r\nwaiting_list,3,0\r\n"_s));
}

TEST_CASE("The CSV folder is created and every table written into it", "[report][csv]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"csv/2025"_s);
    const auto written = report::ReportCsv::write(sampleReport(), folder, frenchOptions());
    REQUIRE(written);
    CHECK(written->size() >= 10);
    for (const char* name :
         {"key_figures.csv", "territories.csv", "intervention_types.csv", "age_bands.csv", "gender.csv", "language.csv",
          "months.csv", "referrals.csv", "group_sessions.csv", "case_management.csv"}) {
        INFO(name);
        CHECK(written->contains(QDir(folder).filePath(QString::fromLatin1(name))));
        CHECK(QFileInfo::exists(QDir(folder).filePath(QString::fromLatin1(name))));
    }
}

TEST_CASE("The French PDF shows the organisation, the period and the figures written the French way", "[report][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"rapport.pdf"_s);
    std::vector<int> progress;
    const auto written = report::ReportPdf::write(sampleReport(), path, frenchOptions(), [&progress](int percent) {
        progress.push_back(percent);
        return true;
    });
    REQUIRE(written);
    const QString text = pdfText(path);
    CHECK(text.contains(u"Équipe Ressources Relais"_s));
    CHECK(text.contains(u"1 avril 2025"_s));
    CHECK(text.contains(u"31 mars 2026"_s));
    CHECK(text.contains(u"1 664"_s)); // persons reached
    CHECK(text.contains(u"5 210"_s)); // encounters
    CHECK(text.contains(u"30,5 %"_s)); // share of encounters with people 65+
    CHECK(text.contains(u"Relation d’aide"_s));
    CHECK(text.contains(u"CLSC de Memphrémagog"_s));
    CHECK(text.contains(u"Magog"_s));
    CHECK(text.contains(u"Femme"_s));
    CHECK_FALSE(text.contains(u"1,664"_s));

    const int pages = pdfPages(path);
    CHECK(pages >= 4);
    CHECK(pages <= 10);
    // One call per page, ending at 100 %.
    CHECK(static_cast<int>(progress.size()) == pages);
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.back() == 100);
    // The font travels with the file.
    const QString fonts = pdfTool(u"pdffonts"_s, path);
    CHECK(fonts.contains(u"DejaVuSans"_s));
    static const QRegularExpression fontLine(u"^(\\S+).*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s,
                                             QRegularExpression::MultilineOption);
    int fontCount = 0;
    for (auto match = fontLine.globalMatch(fonts); match.hasNext();) {
        const auto font = match.next();
        INFO(font.captured(1).toStdString());
        CHECK(font.captured(2) == u"yes"_s); // embedded
        ++fontCount;
    }
    CHECK(fontCount >= 1);
}

TEST_CASE("The English PDF writes figures the English way and compares with the previous period", "[report][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    REQUIRE(report::ReportPdf::write(sampleReport(), path, englishOptions()));
    const QString text = pdfText(path);
    CHECK(text.contains(u"1,664"_s));
    CHECK(text.contains(u"30.5%"_s));
    CHECK(text.contains(u"1 April 2025"_s));
    // Persons reached against the previous period: 1,664 vs 1,500, +164 (+10.9%).
    const QString persons = lineWith(text, u"Persons reached"_s);
    CHECK(persons.contains(u"1,500"_s));
    CHECK(persons.contains(u"+164 (+10.9%)"_s));
    CHECK(text.contains(u"Helping relationship"_s));
    CHECK(text.contains(u"Page 2 of"_s));
}

TEST_CASE("The PDF shows small counts as < 5 in cross-tables but never in the headline totals",
          "[report][pdf][suppression]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    ReportOptions options = englishOptions();
    options.smallCountThreshold = report::kDefaultSmallCountThreshold;
    REQUIRE(report::ReportPdf::write(sampleReport(), path, options));
    const QString text = pdfText(path);
    CHECK(showsSuppressed(lineWith(text, u"Austin"_s)));
    CHECK(showsSuppressed(lineWith(text, u"Non-binary"_s)));
    CHECK(showsSuppressed(lineWith(text, u"CLSC de Memphrémagog"_s))); // 3 accepted referrals
    CHECK(showsSuppressed(lineWith(text, u"Accompaniment"_s)));
    CHECK(lineWith(text, u"Candidates declined"_s).contains(u" 3 "_s)); // a total: exact
    CHECK_FALSE(showsSuppressed(lineWith(text, u"Candidates declined"_s)));
    CHECK_FALSE(showsSuppressed(lineWith(text, u"On the waiting list"_s)));

    // Without the option the same counts are written out.
    REQUIRE(report::ReportPdf::write(sampleReport(), path, englishOptions()));
    const QString plain = pdfText(path);
    CHECK_FALSE(showsSuppressed(plain));
    CHECK(lineWith(plain, u"Non-binary"_s).contains(u" 4 "_s));
}

TEST_CASE("Cancelling the PDF from the progress callback writes nothing and keeps an older file", "[report][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    int calls = 0;
    auto result = report::ReportPdf::write(sampleReport(), path, englishOptions(), [&calls](int) {
        ++calls;
        return calls < 2; // cancel on the second page
    });
    REQUIRE_FALSE(result);
    CHECK(result.error().userMessage.contains(u"cancelled"_s));
    CHECK(calls == 2);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no temporary left behind

    {
        QFile older(path);
        REQUIRE(older.open(QIODevice::WriteOnly));
        older.write("older report");
    }
    result = report::ReportPdf::write(sampleReport(), path, englishOptions(), [](int) { return false; });
    REQUIRE_FALSE(result);
    QFile older(path);
    REQUIRE(older.open(QIODevice::ReadOnly));
    CHECK(older.readAll() == "older report");
}

TEST_CASE("Hundreds of referral rows continue over pages under a repeated header", "[report][pdf]")
{
    ActivityReport report = sampleReport();
    report.current.referrals.clear();
    for (int i = 0; i < 600; ++i) {
        const QString code = u"p%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        report.current.referrals.push_back({code, u"Partenaire %1"_s.arg(code), u"proposed"_s, 1000 - i});
        report.current.referrals.push_back({code, u"Partenaire %1"_s.arg(code), u"completed"_s, 10});
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(report::ReportPdf::write(report, path, englishOptions()));
    // Measured, not asserted (GUIDE: timings belong to the benchmark program).
    WARN("600 referral rows rendered in " << timer.elapsed() << " ms");
    const QString text = pdfText(path);
    CHECK(text.contains(u"Partenaire p000"_s));
    CHECK(text.contains(u"Partenaire p599"_s));
    CHECK(text.count(u"Referrals by partner and status (continued)"_s) >= 10);
    // Every page of the table repeats its column header.
    CHECK(text.count(u"Partner organisation"_s) == text.count(u"Referrals by partner and status"_s));
    // Most referred to first.
    CHECK(text.indexOf(u"Partenaire p000"_s) < text.indexOf(u"Partenaire p001"_s));
    CHECK(lineWith(text, u"Partenaire p000"_s).contains(u"1,010"_s));
    CHECK(pdfPages(path) > 12);
}
