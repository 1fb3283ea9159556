#include "BenchRunner.h"

#include "GuiMemoryProbe.h"
#include "core/exchange/ImportService.h"
#include "gui/pages/PeopleListModel.h"
#include "report/ReportPdf.h"
#include "storage/DataStore.h"
#include "storage/SqliteExchangeRepository.h"
#include "storage/SqlitePeopleRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relais::bench {

using core::ErrorCode;
using core::makeError;
using core::Status;

namespace {

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// The nearest-rank percentile.
double percentile(std::vector<double> values, double percent)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(percent / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

// Runs `work` once to warm the caches, then `runs` times; the median in milliseconds.
template <typename Work>
core::Result<double> medianMs(int runs, Work work)
{
    std::vector<double> times;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (Status status = work(); !status) {
            return status.error();
        }
        if (i > 0) {
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    return median(times);
}

Status check(const Status& status)
{
    return status;
}

template <typename T>
Status check(const core::Result<T>& result)
{
    if (!result) {
        return result.error();
    }
    return {};
}

#define BENCH_TRY(expression)                                                                                        \
    if (Status status_ = check(expression); !status_) {                                                              \
        return status_.error();                                                                                      \
    }

struct Pair
{
    std::unique_ptr<storage::Workspace> encrypted;
    std::unique_ptr<storage::Workspace> plain;
};

core::Result<Pair> openBoth(const BenchStore& store, const core::Clock& clock)
{
    auto encrypted = store.open(true, clock);
    if (!encrypted) {
        return encrypted.error();
    }
    auto plain = store.open(false, clock);
    if (!plain) {
        return plain.error();
    }
    return Pair{std::move(*encrypted), std::move(*plain)};
}

core::Result<core::UserAccount> userNamed(storage::Workspace& workspace, const QString& name)
{
    auto users = workspace.reference().users();
    if (!users) {
        return users.error();
    }
    for (const core::UserAccount& user : *users) {
        if (user.userName.compare(name, Qt::CaseInsensitive) == 0) {
            return user;
        }
    }
    return makeError(ErrorCode::NotFound, u"no account %1"_s.arg(name), "bench: account missing");
}

// What the client file window loads when it opens (ClientFileWidget): the person,
// their cases with history, goals and what the next step needs, interventions,
// referrals and notes.
Status loadClientFile(storage::Workspace& workspace, const core::UserAccount& actor, qint64 personId,
                      std::size_t* interventionCount = nullptr)
{
    BENCH_TRY(workspace.people().openFile(actor, personId));
    auto cases = workspace.cases().casesOfPerson(actor, personId);
    BENCH_TRY(cases);
    for (const core::Case& value : *cases) {
        BENCH_TRY(workspace.cases().history(actor, value.id));
        BENCH_TRY(workspace.cases().goals(actor, value.id));
        BENCH_TRY(workspace.cases().missingForNextStep(actor, value.id));
        BENCH_TRY(workspace.cases().eligibilityWarnings(actor, value.id));
    }
    auto interventions = workspace.outreach().interventionsOf(actor, personId);
    BENCH_TRY(interventions);
    if (interventionCount) {
        *interventionCount = interventions->size();
    }
    BENCH_TRY(workspace.outreach().referralsOf(actor, personId));
    BENCH_TRY(workspace.people().notes(actor, personId));
    return {};
}

// What the dashboard reads on refresh (DashboardPage::refresh): the last twelve
// months' statistics (without the twelve before), every case manager's caseload,
// the overdue follow-ups and the waiting list.
Status loadDashboard(storage::Workspace& workspace)
{
    const core::UserAccount& actor = workspace.user();
    const QDate today = workspace.context().calendar.today(workspace.context().clock);
    const QDate firstOfMonth(today.year(), today.month(), 1);
    BENCH_TRY(workspace.statistics().periodFigures(actor, {firstOfMonth.addMonths(-11), today}));
    auto users = workspace.reference().users();
    BENCH_TRY(users);
    for (const core::UserAccount& user : *users) {
        if (user.role == core::Role::CaseManager) {
            BENCH_TRY(workspace.cases().caseload(actor, user.id));
        }
    }
    BENCH_TRY(workspace.cases().overdueCases(actor));
    BENCH_TRY(workspace.cases().waitingList(actor));
    return {};
}

// The floor of a report over `period`: plain count(*) queries over what the
// statistics read, through the same indexes (docs/performance.md writes them out).
// The report reads the period and the previous one of the same length.
struct FloorQueries
{
    QString from;
    QString to;
    qint64 firstId = 0;
    qint64 lastId = -1;
    qint64 interventions = 0;
};

core::Result<FloorQueries> floorRange(storage::Database& db, const core::ReportPeriod& period)
{
    FloorQueries floor;
    floor.from = period.previous().from.toString(Qt::ISODate);
    floor.to = period.to.toString(Qt::ISODate);
    auto stmt = db.prepare("SELECT min(id), max(id) FROM intervention INDEXED BY intervention_by_day "
                           "WHERE occurred_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL");
    BENCH_TRY(stmt);
    stmt->bind(1, floor.from).bind(2, floor.to);
    auto row = stmt->step();
    BENCH_TRY(row);
    if (*row && !stmt->isNull(0)) {
        floor.firstId = stmt->int64At(0);
        floor.lastId = stmt->int64At(1);
    }
    return floor;
}

core::Result<qint64> countOf(storage::Database& db, const char* sql, const std::function<void(storage::Statement&)>& bind)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return stmt->int64At(0);
}

const char* const kFloorInterventions = "SELECT count(*) FROM intervention INDEXED BY intervention_by_day "
                                        "WHERE occurred_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL";
const char* const kFloorTypes = "SELECT count(*) FROM intervention_type_link WHERE intervention_id BETWEEN ?1 AND ?2";
const char* const kFloorProblems = "SELECT count(*) FROM intervention_problem WHERE intervention_id BETWEEN ?1 AND ?2";
const char* const kFloorReferrals = "SELECT count(*) FROM referral WHERE direction = 'outgoing' AND deleted_at IS NULL "
                                    "AND (referred_on BETWEEN ?1 AND ?2 OR intervention_id BETWEEN ?3 AND ?4)";

Status runFloor(storage::Database& db, FloorQueries& floor)
{
    auto interventions = countOf(db, kFloorInterventions, [&](storage::Statement& stmt) {
        stmt.bind(1, floor.from).bind(2, floor.to);
    });
    BENCH_TRY(interventions);
    floor.interventions = *interventions;
    for (const char* sql : {kFloorTypes, kFloorProblems}) {
        BENCH_TRY(countOf(db, sql, [&](storage::Statement& stmt) { stmt.bind(1, floor.firstId).bind(2, floor.lastId); }));
    }
    BENCH_TRY(countOf(db, kFloorReferrals, [&](storage::Statement& stmt) {
        stmt.bind(1, floor.from).bind(2, floor.to).bind(3, floor.firstId).bind(4, floor.lastId);
    }));
    return {};
}

QString formatNumber(double value)
{
    if (value >= 1000) {
        return QString::number(value, 'f', 0);
    }
    if (value >= 10) {
        return QString::number(value, 'f', 1);
    }
    return QString::number(value, 'f', 2);
}

} // namespace

double Measure::ratio() const
{
    if (value <= 0 || baseline <= 0) {
        return 0;
    }
    return higherIsBetter ? baseline / value : value / baseline;
}

std::optional<bool> Measure::met() const
{
    if (!target && !ratioTarget) {
        return std::nullopt;
    }
    bool ok = true;
    if (target) {
        const double subject = targetOnRatio ? ratio() : value;
        ok = higherIsBetter && !targetOnRatio ? subject >= *target : subject <= *target;
    }
    if (ratioTarget) {
        ok = ok && ratio() <= *ratioTarget;
    }
    return ok;
}

BenchRunner::BenchRunner(const BenchOptions& options, const core::Clock& clock, QTextStream& out, QTextStream& log,
                         QString program)
    : m_options(options)
    , m_clock(clock)
    , m_out(out)
    , m_log(log)
    , m_program(std::move(program))
{
}

void BenchRunner::add(Measure measure)
{
    m_log << "  " << measure.name << ": " << formatNumber(measure.value) << ' ' << measure.unit << " (baseline "
          << formatNumber(measure.baseline) << ")" << Qt::endl;
    m_measures.push_back(std::move(measure));
}

Status BenchRunner::run()
{
    auto store = BenchStore::prepare(m_options, m_options.people, m_options.interventions, m_clock, m_log);
    BENCH_TRY(store);
    m_log << "Measuring (" << m_options.runs << " runs each, median) ..." << Qt::endl;
    auto wanted = [&](const char* group) {
        return m_options.only.isEmpty() || m_options.only.contains(QString::fromLatin1(group));
    };
    if (wanted("unlock")) {
        BENCH_TRY(measureUnlock(*store));
    }
    if (wanted("search")) {
        BENCH_TRY(measureSearch(*store));
    }
    if (wanted("file")) {
        BENCH_TRY(measureClientFile(*store));
    }
    if (wanted("dashboard")) {
        BENCH_TRY(measureDashboard(*store));
    }
    if (wanted("report")) {
        BENCH_TRY(measureReports(*store));
    }
    if (wanted("gui")) {
        BENCH_TRY(measureGuiMemory(*store));
    }
    if (wanted("import")) {
        BENCH_TRY(measureImport(*store));
    }
    if (m_options.scaling) {
        BENCH_TRY(measureScaling());
    }
    printTable();
    return writeJson();
}

Status BenchRunner::measureUnlock(const BenchStore& store)
{
    // Raw data key to the first page of the people list: what follows a sign-in
    // once the password hashing (Argon2id, timed apart in docs/security.md) is done.
    auto unlock = [&](bool encrypted) {
        return medianMs(m_options.runs, [&]() -> Status {
            auto db = encrypted ? storage::Database::open(store.encryptedPath, store.key,
                                                          storage::Database::Mode::OpenExisting)
                                : storage::Database::openPlaintextForBenchmark(store.plainPath);
            BENCH_TRY(db);
            storage::SqlitePeopleRepository people(*db);
            BENCH_TRY(people.listPeople(0, 200));
            return {};
        });
    };
    auto encrypted = unlock(true);
    BENCH_TRY(encrypted);
    auto plain = unlock(false);
    BENCH_TRY(plain);
    add({u"unlock_ms"_s, u"ms"_s, *encrypted, *plain, u"unencrypted copy"_s, std::nullopt, false, false,
         std::nullopt, u"raw key to the first page (200) of the people list"_s});
    return {};
}

Status BenchRunner::measureSearch(const BenchStore& store)
{
    auto pair = openBoth(store, m_clock);
    BENCH_TRY(pair);
    // Prefixes of first and last names as typed (accents or not) and infixes.
    const char* const words[] = {"tremblay", "hélène", "helene", "côté", "gagnon", "benoît", "ménard", "lefèbvre",
                                 "zoé", "ell", "ouch", "ier", "emi", "ève", "aud", "grand", "chou", "nguy"};
    auto keystrokes = [&](storage::Workspace& workspace) -> core::Result<std::vector<double>> {
        std::vector<double> samples;
        for (int run = 0; run <= m_options.runs; ++run) {
            for (const char* word : words) {
                const QString text = QString::fromUtf8(word);
                for (int length = 1; length <= std::min<qsizetype>(4, text.size()); ++length) {
                    QElapsedTimer timer;
                    timer.start();
                    // What the people list asks for at each keystroke (PeopleListModel::setFilter);
                    // the rest is read when the view scrolls.
                    auto found = workspace.people().search(workspace.user(), text.left(length),
                                                           gui::PeopleListModel::kSearchPageSize);
                    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                    if (!found) {
                        return found.error();
                    }
                    if (run > 0) {
                        samples.push_back(ms);
                        if (qEnvironmentVariableIsSet("RELAIS_BENCH_VERBOSE")) {
                            m_log << "    " << text.left(length) << ": " << ms << " ms, " << found->size()
                                  << " found" << Qt::endl;
                        }
                    }
                }
            }
        }
        return samples;
    };
    auto encrypted = keystrokes(*pair->encrypted);
    BENCH_TRY(encrypted);
    auto plain = keystrokes(*pair->plain);
    BENCH_TRY(plain);
    const QString note = u"%1 keystrokes (1-4 letters of %2 prefixes and infixes), %3 results at most"_s
                             .arg(encrypted->size() / static_cast<std::size_t>(std::max(1, m_options.runs)))
                             .arg(std::size(words))
                             .arg(gui::PeopleListModel::kSearchPageSize);
    add({u"search_p50_ms"_s, u"ms"_s, percentile(*encrypted, 50), percentile(*plain, 50), u"unencrypted copy"_s,
         std::nullopt, false, false, std::nullopt, note});
    add({u"search_p95_ms"_s, u"ms"_s, percentile(*encrypted, 95), percentile(*plain, 95), u"unencrypted copy"_s,
         10.0, false, false, std::nullopt, note});
    return {};
}

Status BenchRunner::measureClientFile(const BenchStore& store)
{
    auto pair = openBoth(store, m_clock);
    BENCH_TRY(pair);
    std::size_t interventions = 0;
    auto timeFile = [&](storage::Workspace& workspace) -> core::Result<double> {
        storage::SqliteExchangeRepository repository(workspace.session());
        auto person = repository.findPersonByRef(u"P1"_s);
        BENCH_TRY(person);
        if (!*person) {
            return makeError(ErrorCode::NotFound, u"person P1 missing"_s, "bench: P1 missing");
        }
        // The case manager who follows the person (the first one).
        auto manager = userNamed(workspace, u"marie"_s);
        BENCH_TRY(manager);
        return medianMs(m_options.runs,
                        [&]() { return loadClientFile(workspace, *manager, **person, &interventions); });
    };
    auto encrypted = timeFile(*pair->encrypted);
    BENCH_TRY(encrypted);
    auto plain = timeFile(*pair->plain);
    BENCH_TRY(plain);
    add({u"client_file_ms"_s, u"ms"_s, *encrypted, *plain, u"unencrypted copy"_s, 20.0, false, false, 1.3,
         u"person with %1 interventions, a case through four stages, goals, note"_s.arg(interventions)});
    return {};
}

Status BenchRunner::measureDashboard(const BenchStore& store)
{
    auto pair = openBoth(store, m_clock);
    BENCH_TRY(pair);
    auto encrypted = medianMs(m_options.runs, [&]() { return loadDashboard(*pair->encrypted); });
    BENCH_TRY(encrypted);
    auto plain = medianMs(m_options.runs, [&]() { return loadDashboard(*pair->plain); });
    BENCH_TRY(plain);
    auto managers = pair->encrypted->session().db().queryInt(
        "SELECT count(*) FROM app_user WHERE role = 'case_manager' AND deleted_at IS NULL");
    BENCH_TRY(managers);
    add({u"dashboard_ms"_s, u"ms"_s, *encrypted, *plain, u"unencrypted copy"_s, 100.0, false, false, 1.3,
         u"last 12 months' statistics and %1 case managers' caseloads"_s.arg(*managers)});
    return {};
}

Status BenchRunner::measureReports(const BenchStore& store)
{
    auto pair = openBoth(store, m_clock);
    BENCH_TRY(pair);
    storage::Workspace& encrypted = *pair->encrypted;
    const QDate today = encrypted.context().calendar.today(encrypted.context().clock);
    const core::ReportPeriod year{QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    auto first = encrypted.session().db().queryText("SELECT min(occurred_on) FROM intervention");
    BENCH_TRY(first);
    const QDate firstDay = first->isEmpty() ? year.from : QDate::fromString(*first, Qt::ISODate);
    const core::ReportPeriod allYears{firstDay, today};

    auto timeFloor = [&](storage::Workspace& workspace, const core::ReportPeriod& period,
                         qint64* count) -> core::Result<double> {
        auto floor = floorRange(workspace.session().db(), period);
        BENCH_TRY(floor);
        auto ms = medianMs(m_options.runs, [&]() { return runFloor(workspace.session().db(), *floor); });
        if (count) {
            *count = floor->interventions;
        }
        return ms;
    };
    auto timeReport = [&](storage::Workspace& workspace, const core::ReportPeriod& period,
                          std::optional<core::ActivityReport>* keep) {
        return medianMs(m_options.runs, [&]() -> Status {
            auto report = workspace.statistics().activityReport(workspace.user(), period);
            BENCH_TRY(report);
            if (keep) {
                *keep = std::move(*report);
            }
            return {};
        });
    };

    qint64 yearCount = 0;
    qint64 allCount = 0;
    auto floorYear = timeFloor(encrypted, year, &yearCount);
    BENCH_TRY(floorYear);
    auto floorYearPlain = timeFloor(*pair->plain, year, nullptr);
    BENCH_TRY(floorYearPlain);
    std::optional<core::ActivityReport> yearReport;
    auto reportYear = timeReport(encrypted, year, &yearReport);
    BENCH_TRY(reportYear);
    auto reportYearPlain = timeReport(*pair->plain, year, nullptr);
    BENCH_TRY(reportYearPlain);
    auto floorAll = timeFloor(encrypted, allYears, &allCount);
    BENCH_TRY(floorAll);
    auto reportAll = timeReport(encrypted, allYears, nullptr);
    BENCH_TRY(reportAll);
    auto reportAllPlain = timeReport(*pair->plain, allYears, nullptr);
    BENCH_TRY(reportAllPlain);

    const QString yearNote = u"%1 to %2 and the year before: %3 interventions"_s.arg(
        year.from.toString(Qt::ISODate), year.to.toString(Qt::ISODate)).arg(yearCount);
    add({u"report_floor_year_ms"_s, u"ms"_s, *floorYear, *floorYearPlain, u"unencrypted copy"_s, std::nullopt, false,
         false, std::nullopt, u"count(*) floor queries; "_s + yearNote});
    add({u"report_year_ms"_s, u"ms"_s, *reportYear, *floorYear, u"scan floor"_s, 3.0, true, false, std::nullopt,
         yearNote});
    add({u"report_year_encryption_ms"_s, u"ms"_s, *reportYear, *reportYearPlain, u"unencrypted copy"_s,
         std::nullopt, false, false, std::nullopt, yearNote});
    // Quoted, not a target of its own: the growth is checked with --scaling.
    add({u"report_all_years_ms"_s, u"ms"_s, *reportAll, *floorAll, u"scan floor"_s, std::nullopt, true, false,
         std::nullopt,
         u"%1 to %2: %3 interventions; unencrypted %4 ms"_s.arg(allYears.from.toString(Qt::ISODate),
                                                                  allYears.to.toString(Qt::ISODate))
             .arg(allCount)
             .arg(formatNumber(*reportAllPlain))});

    // The PDF of the year's report (rendering only: the figures are computed above).
    const QString pdf = QDir(store.folder).filePath(u"report.pdf"_s);
    report::ReportOptions options;
    options.locale = QLocale(QLocale::French, QLocale::Canada);
    options.generatedOn = today;
    auto render = medianMs(m_options.runs, [&]() { return report::ReportPdf::write(*yearReport, pdf, options); });
    BENCH_TRY(render);
    // Its baseline: the same report with the charts' and tables' figures of a
    // tiny period (what any PDF costs: fonts, pages).
    std::optional<core::ActivityReport> emptyReport;
    BENCH_TRY(timeReport(*pair->plain, {today, today}, &emptyReport));
    auto renderEmpty = medianMs(m_options.runs, [&]() { return report::ReportPdf::write(*emptyReport, pdf, options); });
    BENCH_TRY(renderEmpty);
    add({u"report_pdf_ms"_s, u"ms"_s, *render, *renderEmpty, u"PDF of a one-day report"_s, 1000.0, false, false,
         std::nullopt, u"the year's report, French, A4, %1 KB"_s.arg(QFileInfo(pdf).size() / 1024)});
    return {};
}

Status BenchRunner::measureScaling()
{
    // The same people, 10% and 30% of the interventions: the report's cost should
    // grow no faster than the interventions it reads.
    std::vector<std::pair<int, double>> points;
    for (const double share : {0.1, 0.3}) {
        const int interventions = static_cast<int>(m_options.interventions * share);
        auto smaller = BenchStore::prepare(m_options, m_options.people, interventions, m_clock, m_log);
        BENCH_TRY(smaller);
        auto workspace = smaller->open(true, m_clock);
        BENCH_TRY(workspace);
        const QDate today = (*workspace)->context().calendar.today((*workspace)->context().clock);
        const core::ReportPeriod allYears{today.addYears(-9), today};
        auto ms = medianMs(m_options.runs, [&]() -> Status {
            BENCH_TRY((*workspace)->statistics().activityReport((*workspace)->user(), allYears));
            return {};
        });
        BENCH_TRY(ms);
        points.emplace_back(interventions, *ms);
        add({u"report_all_years_ms_at_%1"_s.arg(interventions), u"ms"_s, *ms, 0, u"none"_s, std::nullopt, false,
             false, std::nullopt, u"scaling point"_s});
    }
    const auto full = std::find_if(m_measures.begin(), m_measures.end(),
                                   [](const Measure& m) { return m.name == u"report_all_years_ms"_s; });
    if (full != m_measures.end() && !points.empty() && points.front().second > 0) {
        // Cost per intervention at full scale against that at 10%: 1 is linear.
        const double perFull = full->value / m_options.interventions;
        const double perSmall = points.front().second / points.front().first;
        add({u"report_scaling_per_intervention"_s, u"ms/1k"_s, perFull * 1000, perSmall * 1000,
             u"same at 10% of the interventions"_s, 1.3, true, false, std::nullopt,
             u"all years' report, cost per 1,000 interventions at full scale / at 10%"_s});
    }
    return {};
}

Status BenchRunner::measureImport(const BenchStore& store)
{
    const QString csv = QDir(store.csvFolder).filePath(u"interventions.csv"_s);
    const int runs = std::max(1, m_options.importRuns);
    auto timeImport = [&](bool encrypted) -> core::Result<double> {
        std::vector<double> rates;
        for (int run = 0; run < runs; ++run) {
            const QString base = encrypted ? store.importBaseEncrypted : store.importBasePlain;
            const QString copy = QDir(store.folder).filePath(encrypted ? u"import-run.db"_s : u"import-run-plain.db"_s);
            for (const QString& suffix : {u""_s, u".slots"_s, u"-wal"_s, u"-shm"_s}) {
                QFile::remove(copy + suffix);
            }
            if (!QFile::copy(base, copy) || (encrypted && !QFile::copy(base + u".slots"_s, copy + u".slots"_s))) {
                return makeError(ErrorCode::Internal, u"cannot copy the import base"_s, "bench: copy failed");
            }
            std::unique_ptr<storage::Workspace> workspace;
            if (encrypted) {
                auto session = storage::DataStore::unlock(copy, u"lea"_s, "relais-demo", m_clock);
                BENCH_TRY(session);
                auto opened = storage::Workspace::open(std::move(*session), m_clock);
                BENCH_TRY(opened);
                workspace = std::move(*opened);
            } else {
                // The plain copy's accounts are those of the encrypted base; its key is unused.
                auto user = [&]() -> core::Result<core::UserAccount> {
                    auto session = storage::DataStore::unlock(store.importBaseEncrypted, u"lea"_s, "relais-demo",
                                                              m_clock);
                    BENCH_TRY(session);
                    core::UserAccount lead = (*session)->user();
                    (*session)->lock();
                    return lead;
                }();
                BENCH_TRY(user);
                auto opened = BenchStore::openFile(copy, false, store.key, 1, *user, m_clock);
                BENCH_TRY(opened);
                workspace = std::move(*opened);
            }
            storage::SqliteExchangeRepository repository(workspace->session());
            core::ImportService importer(workspace->context(), repository);
            QElapsedTimer timer;
            timer.start();
            auto report = importer.importFile(workspace->user(), core::ExchangeKind::Interventions, csv);
            const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            BENCH_TRY(report);
            if (!report->accepted()) {
                return makeError(ErrorCode::Internal, u"the interventions file was refused"_s,
                                 "bench: import refused: " + report->problems.front().reason.toStdString());
            }
            rates.push_back(report->created / seconds);
            workspace->close();
            for (const QString& suffix : {u""_s, u".slots"_s, u"-wal"_s, u"-shm"_s, u".lock"_s}) {
                QFile::remove(copy + suffix);
            }
        }
        return median(rates);
    };
    auto encrypted = timeImport(true);
    BENCH_TRY(encrypted);
    auto plain = timeImport(false);
    BENCH_TRY(plain);
    Measure measure{u"import_interventions_per_s"_s, u"/s"_s, *encrypted, *plain, u"unencrypted copy"_s, 50000.0,
                    false, true, std::nullopt,
                    u"%1 interventions with types, problems, referrals; median of %2"_s.arg(m_options.interventions)
                        .arg(runs)};
    add(std::move(measure));
    return {};
}

Status BenchRunner::measureGuiMemory(const BenchStore& store)
{
    auto encrypted = GuiMemoryProbe::measure(m_program, store, true, m_options.runs);
    BENCH_TRY(encrypted);
    auto plain = GuiMemoryProbe::measure(m_program, store, false, m_options.runs);
    BENCH_TRY(plain);
    add({u"gui_peak_resident_mb"_s, u"MB"_s, *encrypted, *plain, u"unencrypted copy"_s, 250.0, false, false,
         std::nullopt, u"VmHWM of a child process with the people list open and scrolled through all rows"_s});
    return {};
}

void BenchRunner::printTable()
{
    m_out << Qt::endl
          << u"relais-bench: %1 people, %2 interventions, seed %3, median of %4 runs (%5 cores)"_s
                 .arg(m_options.people)
                 .arg(m_options.interventions)
                 .arg(m_options.seed)
                 .arg(m_options.runs)
                 .arg(QThread::idealThreadCount())
          << Qt::endl;
    auto pad = [](const QString& text, int width) { return text.leftJustified(width); };
    m_out << pad(u"measure"_s, 36) << pad(u"value"_s, 14) << pad(u"baseline"_s, 34) << pad(u"ratio"_s, 8)
          << pad(u"target"_s, 24) << u"met"_s << Qt::endl;
    for (const Measure& m : m_measures) {
        QString target;
        if (m.target) {
            target = m.targetOnRatio ? u"ratio <= %1"_s.arg(*m.target)
                                     : (m.higherIsBetter ? u">= %1"_s : u"<= %1"_s).arg(*m.target);
        }
        if (m.ratioTarget) {
            target += u", ratio <= %1"_s.arg(*m.ratioTarget);
        }
        const auto met = m.met();
        m_out << pad(m.name, 36) << pad(formatNumber(m.value) + u" "_s + m.unit, 14)
              << pad(formatNumber(m.baseline) + u" ("_s + m.baselineKind + u")"_s, 34)
              << pad(QString::number(m.ratio(), 'f', 2), 8) << pad(target.isEmpty() ? u"-"_s : target, 24)
              << (met ? (*met ? u"yes"_s : u"NO"_s) : u"-"_s) << Qt::endl;
    }
    m_out.flush();
}

Status BenchRunner::writeJson() const
{
    if (m_options.json.isEmpty()) {
        return {};
    }
    QJsonObject root;
    for (const Measure& m : m_measures) {
        QJsonObject entry;
        entry[u"value"_s] = m.value;
        entry[u"unit"_s] = m.unit;
        entry[u"baseline"_s] = m.baseline;
        entry[u"baseline_kind"_s] = m.baselineKind;
        entry[u"ratio"_s] = m.ratio();
        entry[u"target"_s] = m.target ? QJsonValue(*m.target) : QJsonValue();
        entry[u"target_applies_to"_s] = m.targetOnRatio ? u"ratio"_s : u"value"_s;
        if (m.ratioTarget) {
            entry[u"ratio_target"_s] = *m.ratioTarget;
        }
        const auto met = m.met();
        entry[u"met"_s] = met ? QJsonValue(*met) : QJsonValue();
        entry[u"note"_s] = m.note;
        root[m.name] = entry;
    }
    QFile file(m_options.json);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0) {
        return makeError(ErrorCode::Internal, u"Cannot write %1."_s.arg(m_options.json), "bench: json not written");
    }
    return {};
}

} // namespace relais::bench
