#include "SqliteStatisticsRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteError.h"
#include "Transaction.h"

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <tuple>
#include <utility>

namespace relais::storage {

using namespace relais::core;

namespace {

// A statement over the C API for the scans: Statement reads text through QString,
// which a million rows would pay for.
class Scan
{
public:
    static Result<Scan> prepare(Database& db, const char* sql)
    {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return sqliteError(rc, db.handle(), "prepare statistics scan");
        }
        return Scan(db.handle(), stmt);
    }

    ~Scan() { sqlite3_finalize(m_stmt); }
    Scan(Scan&& other) noexcept
        : m_db(other.m_db)
        , m_stmt(std::exchange(other.m_stmt, nullptr))
        , m_bindError(other.m_bindError)
    {
    }
    Scan& operator=(Scan&&) = delete;
    Scan(const Scan&) = delete;
    Scan& operator=(const Scan&) = delete;

    // Binds a day as the 'YYYY-MM-DD' text the tables hold.
    Scan& bindDay(int index, PackedDay day)
    {
        const int year = day / 10000;
        const int month = day / 100 % 100;
        const int dayOfMonth = day % 100;
        const std::array<char, 10> text = {
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-', digit(month / 10),
            digit(month),       '-',               digit(dayOfMonth / 10), digit(dayOfMonth)};
        return note(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    }

    Scan& bindInt64(int index, qint64 value) { return note(sqlite3_bind_int64(m_stmt, index, value)); }

    // Ready to run again with new bindings.
    Scan& reset()
    {
        sqlite3_reset(m_stmt);
        m_bindError = SQLITE_OK;
        return *this;
    }

    // Calls row(stmt) for each row until it returns false.
    template <typename Row>
    Status forEach(Row row)
    {
        if (m_bindError != SQLITE_OK) {
            return sqliteError(m_bindError, m_db, "bind statistics scan");
        }
        for (;;) {
            const int rc = sqlite3_step(m_stmt);
            if (rc == SQLITE_DONE) {
                return {};
            }
            if (rc != SQLITE_ROW) {
                return sqliteError(rc, m_db, "statistics scan");
            }
            if (!row(m_stmt)) {
                return {};
            }
        }
    }

    // Every row turned into a T by read(stmt).
    template <typename T, typename Read>
    Result<std::vector<T>> collect(Read read)
    {
        std::vector<T> rows;
        auto status = forEach([&](sqlite3_stmt* stmt) {
            rows.push_back(read(stmt));
            return true;
        });
        if (!status) {
            return status.error();
        }
        return rows;
    }

private:
    Scan(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }

    static char digit(int value) { return static_cast<char>('0' + value % 10); }

    Scan& note(int rc)
    {
        if (rc != SQLITE_OK && m_bindError == SQLITE_OK) {
            m_bindError = rc;
        }
        return *this;
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = SQLITE_OK;
};

const char* textAt(sqlite3_stmt* stmt, int column)
{
    return reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
}

// The decimal number in text[from, from + count), or -1 when a character is not a digit.
int digitsAt(const char* text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const int digit = text[i] - '0';
        if (digit < 0 || digit > 9) {
            return -1;
        }
        value = value * 10 + digit;
    }
    return value;
}

// The leading 'YYYY-MM-DD' of a column as yyyymmdd; 0 for NULL or anything else.
PackedDay dayAt(sqlite3_stmt* stmt, int column)
{
    const char* text = textAt(stmt, column);
    if (text == nullptr || sqlite3_column_bytes(stmt, column) < 10 || text[4] != '-' || text[7] != '-') {
        return 0;
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
        return 0;
    }
    return packDay(year, month, day);
}

// A UTC time as isoTime() writes it ('YYYY-MM-DDTHH:MM:SS.zzzZ'), read by hand;
// any other form through Qt.
qint64 msecsAt(sqlite3_stmt* stmt, int column)
{
    const char* text = textAt(stmt, column);
    const int length = sqlite3_column_bytes(stmt, column);
    if (text == nullptr) {
        return 0;
    }
    if (length == 24 && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z') {
        const PackedDay day = dayAt(stmt, column);
        const int hours = digitsAt(text, 11, 2);
        const int minutes = digitsAt(text, 14, 2);
        const int seconds = digitsAt(text, 17, 2);
        const int msecs = digitsAt(text, 20, 3);
        if (day != 0 && hours >= 0 && minutes >= 0 && seconds >= 0 && msecs >= 0) {
            constexpr qint64 kJulianDayOfEpoch = 2440588;
            const qint64 days = unpackDay(day).toJulianDay() - kJulianDayOfEpoch;
            return ((days * 24 + hours) * 60 + minutes) * 60000 + seconds * 1000 + msecs;
        }
    }
    return QDateTime::fromString(QString::fromUtf8(text, length), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// The index of a column's code in codedValues<E>(), or -1 (NULL, or not a code).
template <typename E>
int codeIndexAt(sqlite3_stmt* stmt, int column)
{
    const char* text = textAt(stmt, column);
    if (text == nullptr) {
        return -1;
    }
    const auto values = codedValues<E>();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::strcmp(text, values[i].code) == 0) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

template <typename E>
std::optional<E> codeAt(sqlite3_stmt* stmt, int column)
{
    const int index = codeIndexAt<E>(stmt, column);
    return index < 0 ? std::nullopt : std::optional<E>(codedValues<E>()[static_cast<std::size_t>(index)].value);
}

template <typename E>
int indexOfValue(E value)
{
    const auto values = codedValues<E>();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].value == value) {
            return static_cast<int>(i);
        }
    }
    return 0;
}

TransitionAction actionAt(sqlite3_stmt* stmt, int column)
{
    const char* text = textAt(stmt, column);
    if (text != nullptr) {
        for (const TransitionActionCode& entry : kTransitionActionCodes) {
            if (std::strcmp(text, entry.code) == 0) {
                return entry.action;
            }
        }
    }
    return TransitionAction::Other;
}

int intOr(sqlite3_stmt* stmt, int column, int absent)
{
    return sqlite3_column_type(stmt, column) == SQLITE_NULL ? absent : sqlite3_column_int(stmt, column);
}

// Links of the interventions in an id range, by the link table's primary key
// (intervention_id, linked id): one range scan, whatever the number of interventions.
Status visitLinks(Database& db, const char* sql, qint64 first, qint64 last,
                  const StatisticsRepository::Visitor<InterventionLinkFact>& visit)
{
    auto scan = Scan::prepare(db, sql);
    if (!scan) {
        return scan.error();
    }
    scan->bindInt64(1, first).bindInt64(2, last);
    InterventionLinkFact fact;
    return scan->forEach([&](sqlite3_stmt* stmt) {
        fact.interventionId = sqlite3_column_int64(stmt, 0);
        fact.linkedId = sqlite3_column_int64(stmt, 1);
        return visit(fact);
    });
}

// The report's snapshot: one read transaction (Transaction.h) over all its scans.
class ReadSnapshot final : public UnitOfWork
{
public:
    explicit ReadSnapshot(ReadTransaction read) : m_read(std::move(read)) { }

    Status commit() override { return m_read.end(); }

private:
    ReadTransaction m_read;
};

} // namespace

SqliteStatisticsRepository::SqliteStatisticsRepository(Database& db)
    : m_db(db)
{
}

Result<std::unique_ptr<UnitOfWork>> SqliteStatisticsRepository::readSnapshot()
{
    auto read = ReadTransaction::begin(m_db);
    if (!read) {
        return read.error();
    }
    return std::unique_ptr<UnitOfWork>(std::make_unique<ReadSnapshot>(std::move(*read)));
}

Result<QString> SqliteStatisticsRepository::organisationName()
{
    return m_db.queryText("SELECT value FROM meta WHERE key = 'organisation_name'");
}

Result<StatisticsNames> SqliteStatisticsRepository::names()
{
    StatisticsNames names;
    {
        auto stmt = m_db.prepare("SELECT id, uuid, name FROM territory ORDER BY id");
        if (!stmt) {
            return stmt.error();
        }
        auto rows = collect<Territory>(*stmt, [](const Statement& row) {
            return Territory{row.int64At(0), row.textAt(1), row.textAt(2)};
        });
        if (!rows) {
            return rows.error();
        }
        names.territories = std::move(*rows);
    }
    {
        auto stmt = m_db.prepare("SELECT id, code, label_fr, label_en, built_in, active FROM intervention_type "
                                 "ORDER BY id");
        if (!stmt) {
            return stmt.error();
        }
        auto rows = collect<InterventionType>(*stmt, [](const Statement& row) {
            return InterventionType{row.int64At(0), row.textAt(1), row.textAt(2), row.textAt(3), row.intAt(4) != 0,
                                    row.intAt(5) != 0};
        });
        if (!rows) {
            return rows.error();
        }
        names.interventionTypes = std::move(*rows);
    }
    {
        auto stmt = m_db.prepare("SELECT id, uuid, code, name FROM partner ORDER BY id");
        if (!stmt) {
            return stmt.error();
        }
        auto rows = collect<PartnerOrganisation>(*stmt, [](const Statement& row) {
            PartnerOrganisation partner;
            partner.id = row.int64At(0);
            partner.uuid = row.textAt(1);
            partner.code = row.textAt(2);
            partner.name = row.textAt(3);
            return partner;
        });
        if (!rows) {
            return rows.error();
        }
        names.partners = std::move(*rows);
    }
    {
        auto stmt = m_db.prepare("SELECT id, uuid, name, caseload_cap, max_months_homeless, requires_residence_permit, "
                                 "is_default FROM programme ORDER BY deleted_at IS NOT NULL, id");
        if (!stmt) {
            return stmt.error();
        }
        auto rows = collect<Programme>(*stmt, [](const Statement& row) {
            Programme programme;
            programme.id = row.int64At(0);
            programme.uuid = row.textAt(1);
            programme.name = row.textAt(2);
            programme.caseloadCap = row.intAt(3);
            programme.eligibility.maxMonthsHomeless = row.intAt(4);
            programme.eligibility.requiresResidencePermit = row.intAt(5) != 0;
            programme.isDefault = row.intAt(6) != 0;
            return programme;
        });
        if (!rows) {
            return rows.error();
        }
        names.programmes = std::move(*rows);
    }
    return names;
}

Status SqliteStatisticsRepository::visitEncounters(PackedDay from, PackedDay to, const Visitor<EncounterFact>& visit)
{
    // Answered from intervention_by_day alone (occurred_on, person_id,
    // territory_id, deleted_at, and the rowid): no table row is read.
    auto scan = Scan::prepare(m_db, "SELECT id, person_id, territory_id, occurred_on FROM intervention "
                                    "WHERE occurred_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL ORDER BY occurred_on");
    if (!scan) {
        return scan.error();
    }
    scan->bindDay(1, from).bindDay(2, to);
    EncounterFact fact;
    return scan->forEach([&](sqlite3_stmt* stmt) {
        fact.interventionId = sqlite3_column_int64(stmt, 0);
        fact.personId = sqlite3_column_int64(stmt, 1);
        fact.territoryId = sqlite3_column_int64(stmt, 2); // NULL reads as 0
        fact.day = dayAt(stmt, 3);
        return visit(fact);
    });
}

Status SqliteStatisticsRepository::visitTypeLinks(qint64 firstIntervention, qint64 lastIntervention,
                                                  const Visitor<InterventionLinkFact>& visit)
{
    return visitLinks(m_db,
                      "SELECT intervention_id, type_id FROM intervention_type_link "
                      "WHERE intervention_id BETWEEN ?1 AND ?2",
                      firstIntervention, lastIntervention, visit);
}

Status SqliteStatisticsRepository::visitProblemLinks(qint64 firstIntervention, qint64 lastIntervention,
                                                     const Visitor<InterventionLinkFact>& visit)
{
    return visitLinks(m_db,
                      "SELECT intervention_id, problem_id FROM intervention_problem "
                      "WHERE intervention_id BETWEEN ?1 AND ?2",
                      firstIntervention, lastIntervention, visit);
}

Result<std::vector<RunLinks>> SqliteStatisticsRepository::linksOfRuns(const std::vector<InterventionIdRun>& runs)
{
    // Per reference entry, a count or an EXISTS over the (entry, intervention) index
    // range of the run: the work stays inside SQLite, as in the report's floor.
    auto types = Scan::prepare(m_db,
                               "SELECT t.id, (SELECT count(*) FROM intervention_type_link l "
                               "  WHERE l.type_id = t.id AND l.intervention_id BETWEEN ?1 AND ?2) "
                               "FROM intervention_type t");
    if (!types) {
        return types.error();
    }
    auto problems = Scan::prepare(m_db,
                                  "SELECT p.id FROM problem p WHERE EXISTS (SELECT 1 FROM intervention_problem l "
                                  "  WHERE l.problem_id = p.id AND l.intervention_id BETWEEN ?1 AND ?2)");
    if (!problems) {
        return problems.error();
    }
    std::vector<RunLinks> result(runs.size());
    for (std::size_t index = 0; index < runs.size(); ++index) {
        const InterventionIdRun& run = runs[index];
        RunLinks& links = result[index];
        auto counted = types->reset().bindInt64(1, run.first).bindInt64(2, run.last).forEach([&](sqlite3_stmt* stmt) {
            if (const qint64 count = sqlite3_column_int64(stmt, 1); count > 0) {
                links.typeCounts.emplace_back(sqlite3_column_int64(stmt, 0), count);
            }
            return true;
        });
        if (!counted) {
            return counted.error();
        }
        auto found = problems->reset().bindInt64(1, run.first).bindInt64(2, run.last).forEach([&](sqlite3_stmt* stmt) {
            links.problems.push_back(sqlite3_column_int64(stmt, 0));
            return true;
        });
        if (!found) {
            return found.error();
        }
    }
    return result;
}

Status SqliteStatisticsRepository::visitPeople(const Visitor<PersonFact>& visit)
{
    auto scan = Scan::prepare(m_db, "SELECT id, birth_date, birth_year, age_min, age_max, gender, language "
                                    "FROM person ORDER BY id");
    if (!scan) {
        return scan.error();
    }
    const auto unknownGender = static_cast<qint8>(indexOfValue(Gender::Unknown));
    PersonFact fact;
    return scan->forEach([&](sqlite3_stmt* stmt) {
        fact.id = sqlite3_column_int64(stmt, 0);
        fact.age.birthDate = dayAt(stmt, 1);
        fact.age.birthYear = intOr(stmt, 2, 0);
        fact.age.ageMin = intOr(stmt, 3, -1);
        fact.age.ageMax = intOr(stmt, 4, -1);
        const int gender = codeIndexAt<Gender>(stmt, 5);
        fact.gender = gender < 0 ? unknownGender : static_cast<qint8>(gender);
        fact.language = static_cast<qint8>(codeIndexAt<Language>(stmt, 6));
        return visit(fact);
    });
}

Status SqliteStatisticsRepository::visitOutgoingReferrals(PackedDay from, PackedDay to, qint64 firstIntervention,
                                                          qint64 lastIntervention,
                                                          const Visitor<ReferralFact>& visit)
{
    // No index on referred_on: one pass over the referral table serves both the
    // referrals made in the periods and the partners of the periods' encounters
    // (cheaper than a lookup per intervention plus that pass).
    auto scan = Scan::prepare(m_db, "SELECT person_id, partner_id, intervention_id, referred_on, status FROM referral "
                                    "WHERE direction = 'outgoing' AND deleted_at IS NULL "
                                    "AND (referred_on BETWEEN ?1 AND ?2 OR intervention_id BETWEEN ?3 AND ?4)");
    if (!scan) {
        return scan.error();
    }
    scan->bindDay(1, from).bindDay(2, to).bindInt64(3, firstIntervention).bindInt64(4, lastIntervention);
    ReferralFact fact;
    return scan->forEach([&](sqlite3_stmt* stmt) {
        fact.personId = sqlite3_column_int64(stmt, 0);
        fact.partnerId = sqlite3_column_int64(stmt, 1);
        fact.interventionId = sqlite3_column_int64(stmt, 2);
        fact.referredOn = dayAt(stmt, 3);
        const int status = codeIndexAt<ReferralStatus>(stmt, 4);
        fact.status = static_cast<qint8>(status < 0 ? 0 : status);
        return visit(fact);
    });
}

Result<std::vector<GroupSessionFact>> SqliteStatisticsRepository::groupSessions(PackedDay from, PackedDay to)
{
    auto scan = Scan::prepare(m_db, "SELECT id, occurred_on, territory_id, anonymous_head_count FROM group_session "
                                    "WHERE occurred_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL");
    if (!scan) {
        return scan.error();
    }
    scan->bindDay(1, from).bindDay(2, to);
    return scan->collect<GroupSessionFact>([](sqlite3_stmt* stmt) {
        return GroupSessionFact{sqlite3_column_int64(stmt, 0), dayAt(stmt, 1), sqlite3_column_int64(stmt, 2),
                                sqlite3_column_int64(stmt, 3)};
    });
}

Result<std::vector<AttendanceFact>> SqliteStatisticsRepository::groupAttendance(PackedDay from, PackedDay to)
{
    auto scan = Scan::prepare(m_db, "SELECT a.session_id, a.person_id FROM group_session s "
                                    "JOIN group_attendance a ON a.session_id = s.id "
                                    "WHERE s.occurred_on BETWEEN ?1 AND ?2 AND s.deleted_at IS NULL");
    if (!scan) {
        return scan.error();
    }
    scan->bindDay(1, from).bindDay(2, to);
    return scan->collect<AttendanceFact>([](sqlite3_stmt* stmt) {
        return AttendanceFact{sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1)};
    });
}

Result<std::vector<CaseFact>> SqliteStatisticsRepository::cases()
{
    auto scan = Scan::prepare(m_db, "SELECT id, person_id, programme_id, case_manager_id, stage, status, opened_on, "
                                    "admitted_on, closed_on, waiting_since, exit_reason, exit_housing FROM case_file "
                                    "WHERE deleted_at IS NULL ORDER BY id");
    if (!scan) {
        return scan.error();
    }
    return scan->collect<CaseFact>([](sqlite3_stmt* stmt) {
        CaseFact value;
        value.id = sqlite3_column_int64(stmt, 0);
        value.personId = sqlite3_column_int64(stmt, 1);
        value.programmeId = sqlite3_column_int64(stmt, 2);
        value.caseManagerId = sqlite3_column_int64(stmt, 3);
        value.stage = codeAt<Stage>(stmt, 4).value_or(Stage::Intake);
        value.status = codeAt<CaseStatus>(stmt, 5).value_or(CaseStatus::Intake);
        value.openedOn = dayAt(stmt, 6);
        value.admittedOn = dayAt(stmt, 7);
        value.closedOn = dayAt(stmt, 8);
        value.waitingSince = dayAt(stmt, 9);
        value.exitReason = codeAt<ExitReason>(stmt, 10);
        value.exitHousing = codeAt<HousingSituation>(stmt, 11);
        return value;
    });
}

Result<std::vector<TransitionFact>> SqliteStatisticsRepository::transitions()
{
    // A plain pass over the table, sorted here: ORDER BY would read it through
    // stage_transition_by_case, one table lookup per row.
    auto scan = Scan::prepare(m_db, "SELECT t.id, t.case_id, t.to_stage, t.action, t.at FROM stage_transition t "
                                    "JOIN case_file c ON c.id = t.case_id WHERE c.deleted_at IS NULL");
    if (!scan) {
        return scan.error();
    }
    auto rows = scan->collect<TransitionFact>([](sqlite3_stmt* stmt) {
        TransitionFact transition;
        transition.id = sqlite3_column_int64(stmt, 0);
        transition.caseId = sqlite3_column_int64(stmt, 1);
        transition.toStage = codeAt<Stage>(stmt, 2).value_or(Stage::Intake);
        transition.action = actionAt(stmt, 3);
        transition.atMsecs = msecsAt(stmt, 4);
        return transition;
    });
    if (rows) {
        std::sort(rows->begin(), rows->end(), [](const TransitionFact& a, const TransitionFact& b) {
            return std::tie(a.caseId, a.atMsecs, a.id) < std::tie(b.caseId, b.atMsecs, b.id);
        });
    }
    return rows;
}

Result<std::vector<GoalOutcomeFact>> SqliteStatisticsRepository::goalOutcomes()
{
    auto scan = Scan::prepare(m_db, "SELECT g.case_id, g.outcome FROM goal g JOIN case_file c ON c.id = g.case_id "
                                    "WHERE g.deleted_at IS NULL AND c.deleted_at IS NULL AND g.outcome IS NOT NULL");
    if (!scan) {
        return scan.error();
    }
    std::vector<GoalOutcomeFact> goals;
    auto status = scan->forEach([&](sqlite3_stmt* stmt) {
        if (const auto outcome = codeAt<GoalOutcome>(stmt, 1)) {
            goals.push_back({sqlite3_column_int64(stmt, 0), *outcome});
        }
        return true;
    });
    if (!status) {
        return status.error();
    }
    return goals;
}

} // namespace relais::storage
