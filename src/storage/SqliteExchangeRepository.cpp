#include "SqliteExchangeRepository.h"

#include "Database.h"
#include "Session.h"
#include "SqlValues.h"
#include "core/Log.h"
#include "core/domain/TextFolding.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <string>

namespace relais::storage {

using namespace relais::core;

namespace {

// How many merges a ref may be followed through (a chain longer than this is a loop).
constexpr int kMaxMergeHops = 32;

// The same folded text SqlitePeopleRepository writes, so that imported people are
// found by search like any other.
QString searchTextOf(const PersonValues& values)
{
    return foldForSearch(values.firstName + QLatin1Char(' ') + values.lastName + QLatin1Char(' ') + values.alias);
}

// The normalised UUID a ref stands for, or "" when the ref is not a UUID.
QString uuidOf(const QString& ref)
{
    if (ref.size() != 36) {
        return {};
    }
    const QUuid uuid(ref);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

std::vector<qint64> idList(const Statement& row, int column)
{
    std::vector<qint64> ids;
    const QString text = row.textAt(column);
    if (text.isEmpty()) {
        return ids;
    }
    for (const QStringView item : QStringView(text).split(QLatin1Char(','))) {
        ids.push_back(item.toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// The text SqlValues.h writes (isoTime: "2026-03-02T09:30:00.000Z", isoDate:
// "2026-03-02"), formatted by hand: Qt's toString took a fifth of an import's time.
void putNumber(char*& out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out += digits;
}

QString formatDay(const QDate& date)
{
    char buffer[10];
    char* out = buffer;
    putNumber(out, date.year(), 4);
    *out++ = '-';
    putNumber(out, date.month(), 2);
    *out++ = '-';
    putNumber(out, date.day(), 2);
    return QString::fromLatin1(buffer, sizeof buffer);
}

std::optional<QString> dayText(const std::optional<QDate>& date)
{
    if (!date || !date->isValid() || date->year() < 1000 || date->year() > 9999) {
        return isoDate(date);
    }
    return formatDay(*date);
}

QString utcText(const QDateTime& moment)
{
    const QDateTime utc = moment.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1000 || date.year() > 9999) {
        return isoTime(moment);
    }
    char buffer[24];
    char* out = buffer;
    putNumber(out, date.year(), 4);
    *out++ = '-';
    putNumber(out, date.month(), 2);
    *out++ = '-';
    putNumber(out, date.day(), 2);
    *out++ = 'T';
    putNumber(out, time.hour(), 2);
    *out++ = ':';
    putNumber(out, time.minute(), 2);
    *out++ = ':';
    putNumber(out, time.second(), 2);
    *out++ = '.';
    putNumber(out, time.msec(), 3);
    *out++ = 'Z';
    return QString::fromLatin1(buffer, sizeof buffer);
}

// Resets a statement on every way out, so that no read stays open.
struct ResetOnExit
{
    Statement* statement;
    ~ResetOnExit() { statement->reset(); }
};

constexpr const char* kPersonValueColumns
    = "first_name, last_name, alias, description, phone, birth_date, birth_year, age_min, age_max, gender, language, "
      "territory_id, housing_situation, housing_since, residence_permit";

PersonValues personValuesAt(const Statement& row, int first)
{
    PersonValues values;
    values.firstName = row.textAt(first);
    values.lastName = row.textAt(first + 1);
    values.alias = row.textAt(first + 2);
    values.description = row.textAt(first + 3);
    values.phone = row.textAt(first + 4);
    values.birthDate = dateAt(row, first + 5);
    values.birthYear = intOrNull(row, first + 6);
    values.ageMin = intOrNull(row, first + 7);
    values.ageMax = intOrNull(row, first + 8);
    values.gender = fromCode<Gender>(row.textAt(first + 9)).value_or(Gender::Unknown);
    values.language = row.isNull(first + 10) ? std::nullopt : fromCode<Language>(row.textAt(first + 10));
    values.territoryId = row.optionalInt64At(first + 11);
    values.housingSituation
        = row.isNull(first + 12) ? std::nullopt : fromCode<HousingSituation>(row.textAt(first + 12));
    values.housingSince = dateAt(row, first + 13);
    values.residencePermit = fromCode<ResidencePermit>(row.textAt(first + 14)).value_or(ResidencePermit::Unknown);
    return values;
}

void bindPersonValues(Statement& stmt, const PersonValues& values)
{
    stmt.bind(":first_name", values.firstName)
        .bind(":last_name", values.lastName)
        .bind(":alias", values.alias)
        .bind(":description", values.description)
        .bind(":phone", values.phone)
        .bind(":search_text", searchTextOf(values))
        .bind(":birth_date", dayText(values.birthDate))
        .bind(":birth_year", values.birthYear)
        .bind(":age_min", values.ageMin)
        .bind(":age_max", values.ageMax)
        .bind(":gender", codeOf(values.gender))
        .bind(":language", optionalCode(values.language))
        .bind(":territory_id", values.territoryId)
        .bind(":housing_situation", optionalCode(values.housingSituation))
        .bind(":housing_since", dayText(values.housingSince))
        .bind(":residence_permit", codeOf(values.residencePermit));
}

constexpr const char* kCaseColumns
    = "id, uuid, person_id, programme_id, case_manager_id, opened_on, stage, status, admitted_on, closed_on, "
      "exit_reason, exit_housing";

CaseRecord caseAt(const Statement& row)
{
    CaseRecord record;
    record.id = row.int64At(0);
    record.uuid = row.textAt(1);
    record.values.personId = row.int64At(2);
    record.values.programmeId = row.int64At(3);
    record.values.caseManagerId = row.optionalInt64At(4);
    record.values.openedOn = dateAt(row, 5).value_or(QDate());
    record.values.stage = fromCode<Stage>(row.textAt(6)).value_or(Stage::Intake);
    record.values.status = fromCode<CaseStatus>(row.textAt(7)).value_or(CaseStatus::Intake);
    record.values.admittedOn = dateAt(row, 8);
    record.values.closedOn = dateAt(row, 9);
    if (!row.isNull(10)) {
        record.values.exitReason = fromCode<ExitReason>(row.textAt(10));
    }
    if (!row.isNull(11)) {
        record.values.exitHousing = fromCode<HousingSituation>(row.textAt(11));
    }
    return record;
}

// The people a case manager may read (AccessPolicy::canReadFile): a case of theirs,
// an intervention they logged, or a record they created. `:me` is the user.
constexpr const char* kVisiblePeople
    = "SELECT p.id FROM person p WHERE p.deleted_at IS NULL AND (p.created_by = :me "
      "OR EXISTS (SELECT 1 FROM case_file c WHERE c.person_id = p.id AND c.case_manager_id = :me AND c.deleted_at IS "
      "NULL) "
      "OR EXISTS (SELECT 1 FROM intervention i WHERE i.person_id = p.id AND i.worker_id = :me AND i.deleted_at IS "
      "NULL))";

template <typename T, typename Read>
Status each(Database& db, const std::string& sql, const ExportScope& scope, Read read,
            const std::function<bool(const T&)>& onRecord)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    if (scope.caseManagerId) {
        stmt->bind(":me", *scope.caseManagerId);
    }
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row || !onRecord(read(*stmt))) {
            return {};
        }
    }
}

} // namespace

SqliteExchangeRepository::SqliteExchangeRepository(Session& session) : SqliteExchangeRepository(session.db()) { }

SqliteExchangeRepository::SqliteExchangeRepository(Database& db) : m_db(db)
{
    std::array<quint32, 8> seed;
    QRandomGenerator::system()->fillRange(seed.data(), seed.size());
    m_random = QRandomGenerator64(seed.data(), static_cast<qsizetype>(seed.size()));
}

QString SqliteExchangeRepository::nextUuid()
{
    // Version 7 (RFC 9562): the time in milliseconds, then 74 bits that start
    // random at each new millisecond and count up within one. UUIDs made in a row
    // sort in that order, so a million new rows append to the uuid indexes instead
    // of landing on a random page each (past the page cache, a read and a write).
    const auto now = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    if (now > m_uuidTime) {
        m_uuidTime = now;
        m_uuidCounterHigh = static_cast<quint16>(m_random.generate() & 0x07FF); // room to count up
        m_uuidCounterLow = m_random.generate64() & quint64(0x3FFFFFFFFFFFFFFF);
    } else if (++m_uuidCounterLow > quint64(0x3FFFFFFFFFFFFFFF)) {
        m_uuidCounterLow = 0;
        m_uuidCounterHigh = static_cast<quint16>((m_uuidCounterHigh + 1) & 0x0FFF);
    }
    const quint64 high = (m_uuidTime << 16) | 0x7000 | m_uuidCounterHigh;
    const quint64 low = quint64(0x8000000000000000) | m_uuidCounterLow;
    static constexpr char kHex[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    auto put = [&](quint64 bits, int from, int to) {
        for (int nibble = from; nibble < to; ++nibble) {
            text[at++] = kHex[(bits >> (60 - 4 * nibble)) & 0xF];
        }
    };
    put(high, 0, 8);
    text[at++] = '-';
    put(high, 8, 12);
    text[at++] = '-';
    put(high, 12, 16);
    text[at++] = '-';
    put(low, 0, 4);
    text[at++] = '-';
    put(low, 4, 16);
    return QString::fromLatin1(text, sizeof text);
}

Result<Statement*> SqliteExchangeRepository::reuse(std::optional<Statement>& slot, const char* sql)
{
    if (!slot) {
        auto prepared = m_db.prepare(sql);
        if (!prepared) {
            return prepared.error();
        }
        slot.emplace(std::move(*prepared));
    }
    slot->reset();
    return &*slot;
}

Result<std::optional<qint64>> SqliteExchangeRepository::idOf(std::optional<Statement>& slot, const char* sql,
                                                             const QString& key)
{
    auto stmt = reuse(slot, sql);
    if (!stmt) {
        return stmt.error();
    }
    const ResetOnExit done {*stmt};
    (*stmt)->bind(1, key);
    auto row = (*stmt)->step();
    if (!row) {
        return row.error();
    }
    return *row ? std::optional<qint64>((*stmt)->int64At(0)) : std::nullopt;
}

Result<bool> SqliteExchangeRepository::uuidTaken(std::optional<Statement>& slot, const char* sql, const QString& uuid)
{
    auto found = idOf(slot, sql, uuid);
    if (!found) {
        return found.error();
    }
    return found->has_value();
}

Result<std::optional<qint64>> SqliteExchangeRepository::findPersonByRef(const QString& ref)
{
    // (id, live, merged into) of the person the ref names, then of the ones it was merged into.
    auto stmt = reuse(m_personByRef, "SELECT id, deleted_at IS NULL, merged_into FROM person WHERE external_ref = ?1");
    if (!stmt) {
        return stmt.error();
    }
    auto read = [](Statement& s, const QString& key) -> Result<std::optional<std::pair<bool, std::optional<qint64>>>> {
        const ResetOnExit done {&s};
        s.bind(1, key);
        auto row = s.step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return std::optional<std::pair<bool, std::optional<qint64>>>();
        }
        // The id goes first in a pair with "live": a live person is returned as it is.
        const bool live = s.intAt(1) != 0;
        return std::optional<std::pair<bool, std::optional<qint64>>>(
            std::pair {live, live ? std::optional<qint64>(s.int64At(0)) : s.optionalInt64At(2)});
    };
    auto found = read(**stmt, ref);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        const QString uuid = uuidOf(ref);
        if (uuid.isEmpty()) {
            return std::optional<qint64>();
        }
        auto byUuid = reuse(m_personByUuid, "SELECT id, deleted_at IS NULL, merged_into FROM person WHERE uuid = ?1");
        if (!byUuid) {
            return byUuid.error();
        }
        found = read(**byUuid, uuid);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return std::optional<qint64>();
        }
    }
    auto [live, next] = **found;
    for (int hop = 0; !live && next && hop < kMaxMergeHops; ++hop) {
        auto byId = reuse(m_personById, "SELECT id, deleted_at IS NULL, merged_into FROM person WHERE id = ?1");
        if (!byId) {
            return byId.error();
        }
        const ResetOnExit done {*byId};
        (*byId)->bind(1, *next);
        auto row = (*byId)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return std::optional<qint64>();
        }
        live = (*byId)->intAt(1) != 0;
        next = live ? std::optional<qint64>((*byId)->int64At(0)) : (*byId)->optionalInt64At(2);
    }
    return live ? next : std::nullopt;
}

Result<std::optional<qint64>> SqliteExchangeRepository::findInterventionByRef(const QString& ref)
{
    auto found
        = idOf(m_interventionByRef, "SELECT id FROM intervention WHERE external_ref = ?1 AND deleted_at IS NULL", ref);
    if (!found || *found) {
        return found;
    }
    const QString uuid = uuidOf(ref);
    if (uuid.isEmpty()) {
        return found;
    }
    return idOf(m_interventionByUuid, "SELECT id FROM intervention WHERE uuid = ?1 AND deleted_at IS NULL", uuid);
}

Result<PersonValues> SqliteExchangeRepository::personValues(qint64 personId)
{
    static const std::string sql = std::string("SELECT ") + kPersonValueColumns + " FROM person WHERE id = ?1";
    auto stmt = reuse(m_personValues, sql.c_str());
    if (!stmt) {
        return stmt.error();
    }
    const ResetOnExit done {*stmt};
    (*stmt)->bind(1, personId);
    auto row = (*stmt)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::NotFound, QString(), "person not found");
    }
    return personValuesAt(**stmt, 0);
}

Status SqliteExchangeRepository::insertPerson(PersonRecord& record, qint64 actorId, const QDateTime& now)
{
    if (!record.uuid.isEmpty()) {
        auto taken = uuidTaken(m_personUuidTaken, "SELECT id FROM person WHERE uuid = ?1", record.uuid);
        if (!taken) {
            return taken.error();
        }
        if (*taken) {
            record.uuid.clear();
        }
    }
    if (record.uuid.isEmpty()) {
        record.uuid = nextUuid();
    }
    const std::optional<QString> externalRef
        = record.ref == record.uuid ? std::nullopt : std::optional<QString>(record.ref);
    if (externalRef) {
        // A removed (not merged) person keeps its ref; a new person takes it over.
        auto release = reuse(m_releasePersonRef,
                             "UPDATE person SET external_ref = NULL WHERE external_ref = ?1 "
                             "AND deleted_at IS NOT NULL");
        if (!release) {
            return release.error();
        }
        (*release)->bind(1, *externalRef);
        if (auto status = (*release)->run(); !status) {
            return status;
        }
    }
    auto stmt
        = reuse(m_insertPerson,
                "INSERT INTO person (uuid, first_name, last_name, alias, description, phone, search_text, "
                "birth_date, birth_year, age_min, age_max, gender, language, territory_id, housing_situation, "
                "housing_since, residence_permit, external_ref, created_at, updated_at, created_by, updated_by) "
                "VALUES (:uuid, :first_name, :last_name, :alias, :description, :phone, :search_text, :birth_date, "
                ":birth_year, :age_min, :age_max, :gender, :language, :territory_id, :housing_situation, "
                ":housing_since, :residence_permit, :external_ref, :now, :now, :actor, :actor)");
    if (!stmt) {
        return stmt.error();
    }
    bindPersonValues(**stmt, record.values);
    (*stmt)
        ->bind(":uuid", record.uuid)
        .bind(":external_ref", externalRef)
        .bind(":now", utcText(now))
        .bind(":actor", actorId);
    if (auto status = (*stmt)->run(); !status) {
        return status;
    }
    record.id = m_db.lastInsertRowId();
    return {};
}

Status SqliteExchangeRepository::updatePerson(const PersonRecord& record, qint64 actorId, const QDateTime& now)
{
    auto stmt
        = reuse(m_updatePerson,
                "UPDATE person SET first_name = :first_name, last_name = :last_name, alias = :alias, "
                "description = :description, phone = :phone, search_text = :search_text, birth_date = "
                ":birth_date, birth_year = :birth_year, age_min = :age_min, age_max = :age_max, gender = :gender, "
                "language = :language, territory_id = :territory_id, housing_situation = :housing_situation, "
                "housing_since = :housing_since, residence_permit = :residence_permit, updated_at = :now, "
                "updated_by = :actor WHERE id = :id");
    if (!stmt) {
        return stmt.error();
    }
    bindPersonValues(**stmt, record.values);
    (*stmt)->bind(":id", record.id).bind(":now", utcText(now)).bind(":actor", actorId);
    return (*stmt)->run();
}

Result<InterventionValues> SqliteExchangeRepository::interventionValues(qint64 interventionId)
{
    auto stmt = reuse(m_interventionValues,
                      "SELECT person_id, occurred_at, occurred_on, worker_id, territory_id, place_kind, place_name, "
                      "duration_minutes, note FROM intervention WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    InterventionValues values;
    {
        const ResetOnExit done {*stmt};
        (*stmt)->bind(1, interventionId);
        auto row = (*stmt)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return makeError(ErrorCode::NotFound, QString(), "intervention not found");
        }
        const Statement& s = **stmt;
        values.personId = s.int64At(0);
        values.occurredAt = timeAt(s, 1);
        values.occurredOn = dateAt(s, 2).value_or(QDate());
        values.workerId = s.int64At(3);
        values.territoryId = s.optionalInt64At(4);
        values.placeKind = fromCode<PlaceKind>(s.textAt(5)).value_or(PlaceKind::Other);
        values.placeName = s.textAt(6);
        values.durationMinutes = intOrNull(s, 7);
        values.note = s.textAt(8);
    }
    const std::pair<std::optional<Statement>*, const char*> lists[] = {
        {&m_interventionTypes, "SELECT type_id FROM intervention_type_link WHERE intervention_id = ?1"},
        {&m_interventionProblems, "SELECT problem_id FROM intervention_problem WHERE intervention_id = ?1"},
        {&m_interventionPartners,
         "SELECT partner_id FROM referral WHERE intervention_id = ?1 AND deleted_at IS NULL "
         "AND direction = 'outgoing'"},
    };
    std::vector<qint64>* targets[] = {&values.typeIds, &values.problemIds, &values.partnerIds};
    for (std::size_t i = 0; i < std::size(lists); ++i) {
        auto list = reuse(*lists[i].first, lists[i].second);
        if (!list) {
            return list.error();
        }
        const ResetOnExit done {*list};
        (*list)->bind(1, interventionId);
        auto ids = collect<qint64>(**list, [](const Statement& row) { return row.int64At(0); });
        if (!ids) {
            return ids.error();
        }
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
        *targets[i] = std::move(*ids);
    }
    return values;
}

Status SqliteExchangeRepository::insertLinks(qint64 interventionId, const InterventionValues& values)
{
    const std::tuple<std::array<std::optional<Statement>, kLinkBatch>*, const char*, const std::vector<qint64>*> links[]
        = {
            {&m_insertTypeLinks, "INSERT OR IGNORE INTO intervention_type_link (intervention_id, type_id) VALUES ",
             &values.typeIds},
            {&m_insertProblemLinks, "INSERT OR IGNORE INTO intervention_problem (intervention_id, problem_id) VALUES ",
             &values.problemIds},
        };
    for (const auto& [statements, insert, ids] : links) {
        for (std::size_t first = 0; first < ids->size(); first += kLinkBatch) {
            const std::size_t count = std::min(kLinkBatch, ids->size() - first);
            // "VALUES (?1, ?2), (?1, ?3)...": the intervention once, then its ids.
            std::string sql = insert;
            for (std::size_t i = 0; i < count; ++i) {
                sql += (i ? ", (?1, ?" : "(?1, ?") + std::to_string(i + 2) + ")";
            }
            auto stmt = reuse((*statements)[count - 1], sql.c_str());
            if (!stmt) {
                return stmt.error();
            }
            (*stmt)->bind(1, interventionId);
            for (std::size_t i = 0; i < count; ++i) {
                (*stmt)->bind(static_cast<int>(i + 2), (*ids)[first + i]);
            }
            if (auto status = (*stmt)->run(); !status) {
                return status;
            }
        }
    }
    return {};
}

Status SqliteExchangeRepository::insertReferral(const InterventionRecord& record, qint64 partnerId, qint64 actorId,
                                                const QString& now)
{
    auto stmt
        = reuse(m_insertReferral,
                "INSERT INTO referral (uuid, direction, person_id, partner_id, intervention_id, reason, status, "
                "referred_on, created_at, updated_at, created_by, updated_by) VALUES (?1, 'outgoing', ?2, ?3, ?4, "
                "'', 'proposed', ?5, ?6, ?6, ?7, ?7)");
    if (!stmt) {
        return stmt.error();
    }
    (*stmt)
        ->bind(1, nextUuid())
        .bind(2, record.values.personId)
        .bind(3, partnerId)
        .bind(4, record.id)
        .bind(5, dayText(record.values.occurredOn))
        .bind(6, now)
        .bind(7, actorId);
    return (*stmt)->run();
}

Status SqliteExchangeRepository::insertIntervention(InterventionRecord& record, qint64 actorId, const QDateTime& now)
{
    if (!record.uuid.isEmpty()) {
        auto taken = uuidTaken(m_interventionUuidTaken, "SELECT id FROM intervention WHERE uuid = ?1", record.uuid);
        if (!taken) {
            return taken.error();
        }
        if (*taken) {
            record.uuid.clear();
        }
    }
    if (record.uuid.isEmpty()) {
        record.uuid = nextUuid();
    }
    const InterventionValues& values = record.values;
    auto stmt
        = reuse(m_insertIntervention,
                "INSERT INTO intervention (uuid, occurred_at, occurred_on, worker_id, person_id, territory_id, "
                "place_kind, place_name, duration_minutes, note, external_ref, created_at, updated_at, created_by, "
                "updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, ?13)");
    if (!stmt) {
        return stmt.error();
    }
    const QString at = utcText(now);
    (*stmt)
        ->bind(1, record.uuid)
        .bind(2, utcText(values.occurredAt))
        .bind(3, dayText(values.occurredOn))
        .bind(4, values.workerId)
        .bind(5, values.personId)
        .bind(6, values.territoryId)
        .bind(7, codeOf(values.placeKind))
        .bind(8, values.placeName)
        .bind(9, values.durationMinutes)
        .bind(10, values.note)
        .bind(11, record.ref == record.uuid ? std::nullopt : std::optional<QString>(record.ref))
        .bind(12, at)
        .bind(13, actorId);
    if (auto status = (*stmt)->run(); !status) {
        return status;
    }
    record.id = m_db.lastInsertRowId();
    if (auto status = insertLinks(record.id, values); !status) {
        return status;
    }
    for (qint64 partnerId : values.partnerIds) {
        if (auto status = insertReferral(record, partnerId, actorId, at); !status) {
            return status;
        }
    }
    return {};
}

Status SqliteExchangeRepository::updateIntervention(const InterventionRecord& record, const InterventionValues& before,
                                                    qint64 actorId, const QDateTime& now)
{
    const InterventionValues& values = record.values;
    const QString at = utcText(now);
    auto stmt = reuse(m_updateIntervention,
                      "UPDATE intervention SET occurred_at = ?2, occurred_on = ?3, worker_id = ?4, person_id = ?5, "
                      "territory_id = ?6, place_kind = ?7, place_name = ?8, duration_minutes = ?9, note = ?10, "
                      "updated_at = ?11, updated_by = ?12 WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    (*stmt)
        ->bind(1, record.id)
        .bind(2, utcText(values.occurredAt))
        .bind(3, dayText(values.occurredOn))
        .bind(4, values.workerId)
        .bind(5, values.personId)
        .bind(6, values.territoryId)
        .bind(7, codeOf(values.placeKind))
        .bind(8, values.placeName)
        .bind(9, values.durationMinutes)
        .bind(10, values.note)
        .bind(11, at)
        .bind(12, actorId);
    if (auto status = (*stmt)->run(); !status) {
        return status;
    }
    for (const auto& [slot, sql] : {std::pair {&m_deleteTypeLinks,
                                               "DELETE FROM intervention_type_link WHERE "
                                               "intervention_id = ?1"},
                                    std::pair {&m_deleteProblemLinks,
                                               "DELETE FROM intervention_problem WHERE "
                                               "intervention_id = ?1"}}) {
        auto clear = reuse(*slot, sql);
        if (!clear) {
            return clear.error();
        }
        (*clear)->bind(1, record.id);
        if (auto status = (*clear)->run(); !status) {
            return status;
        }
    }
    if (auto status = insertLinks(record.id, values); !status) {
        return status;
    }
    // Referrals kept follow the intervention's person and day; their status stays.
    if (values.personId != before.personId || values.occurredOn != before.occurredOn) {
        auto move = reuse(m_moveReferrals,
                          "UPDATE referral SET person_id = ?2, referred_on = ?3, updated_at = ?4, "
                          "updated_by = ?5 WHERE intervention_id = ?1 AND deleted_at IS NULL");
        if (!move) {
            return move.error();
        }
        (*move)
            ->bind(1, record.id)
            .bind(2, values.personId)
            .bind(3, dayText(values.occurredOn))
            .bind(4, at)
            .bind(5, actorId);
        if (auto status = (*move)->run(); !status) {
            return status;
        }
    }
    for (qint64 partnerId : before.partnerIds) {
        if (std::binary_search(values.partnerIds.begin(), values.partnerIds.end(), partnerId)) {
            continue;
        }
        auto drop = reuse(m_dropReferral,
                          "UPDATE referral SET deleted_at = ?3, updated_at = ?3, updated_by = ?4 WHERE "
                          "intervention_id = ?1 AND partner_id = ?2 AND deleted_at IS NULL AND "
                          "direction = 'outgoing'");
        if (!drop) {
            return drop.error();
        }
        (*drop)->bind(1, record.id).bind(2, partnerId).bind(3, at).bind(4, actorId);
        if (auto status = (*drop)->run(); !status) {
            return status;
        }
    }
    for (qint64 partnerId : values.partnerIds) {
        if (!std::binary_search(before.partnerIds.begin(), before.partnerIds.end(), partnerId)) {
            if (auto status = insertReferral(record, partnerId, actorId, at); !status) {
                return status;
            }
        }
    }
    return {};
}

Status SqliteExchangeRepository::beginBulkLoad()
{
    // A no-op inside a transaction (SQLite's rule), hence before the import's unit.
    if (auto status = m_db.exec("PRAGMA foreign_keys = OFF"); !status) {
        return status;
    }
    // A larger page cache while the load lasts: the whole load is one transaction,
    // and every page that spills to the WAL before the commit is encrypted and
    // written, then read back and decrypted when the load touches it again.
    return m_db.exec("PRAGMA cache_size = " + std::to_string(-kBulkLoadCacheKiB));
}

void SqliteExchangeRepository::endBulkLoad()
{
    if (!m_db.exec("PRAGMA foreign_keys = ON")) {
        core::logger(core::kLogStorage)->error("foreign keys could not be turned on again after an import");
    }
    (void)m_db.exec("PRAGMA cache_size = " + std::to_string(-Database::kCacheKiB));
}

Result<qint64> SqliteExchangeRepository::interventionCount()
{
    return m_db.queryInt("SELECT count(*) FROM intervention");
}

Status SqliteExchangeRepository::dropInterventionIndexes(bool withExternalRefs)
{
    // The indexes a load fills in random order (by day, person and worker, a
    // referral's person): each insert lands on a different page, and past the page
    // cache every one is a read and a write; and the refs' index when the import
    // does not look refs up (an empty table), since a file's refs need not be in
    // order. The others (primary keys, the UNIQUE constraints' indexes with
    // time-ordered UUIDs, a link by type, a referral by intervention) grow at
    // their end and stay. Their SQL is read back from the schema, so they are
    // rebuilt exactly as the migrations made them.
    auto list = m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name "
                             "IN ('intervention_by_day', 'intervention_by_person', 'intervention_by_worker', "
                             "'referral_by_person', ?1) ORDER BY name");
    if (!list) {
        return list.error();
    }
    list->bind(1, withExternalRefs ? QStringLiteral("intervention_external_ref") : QString());
    auto indexes = collect<std::pair<QString, QString>>(*list, [](const Statement& row) {
        return std::pair {row.textAt(0), row.textAt(1)};
    });
    if (!indexes) {
        return indexes.error();
    }
    m_droppedIndexes.clear(); // a rolled-back import brought back the ones listed before
    for (const auto& [name, sql] : *indexes) {
        if (auto status = m_db.exec("DROP INDEX \"" + name.toStdString() + "\""); !status) {
            return status;
        }
        m_droppedIndexes.push_back(sql.toStdString());
    }
    return {};
}

Status SqliteExchangeRepository::rebuildIndexes()
{
    for (const std::string& sql : m_droppedIndexes) {
        if (auto status = m_db.exec(sql); !status) {
            return status;
        }
    }
    m_droppedIndexes.clear();
    return {};
}

Result<std::vector<CaseRecord>> SqliteExchangeRepository::cases()
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kCaseColumns
                             + " FROM case_file WHERE deleted_at IS NULL "
                               "ORDER BY id");
    if (!stmt) {
        return stmt.error();
    }
    return collect<CaseRecord>(*stmt, caseAt);
}

Status SqliteExchangeRepository::insertTransition(qint64 caseId, std::optional<Stage> from, Stage to,
                                                  const QString& action, qint64 actorId, const QString& now)
{
    auto stmt = reuse(m_insertTransition,
                      "INSERT INTO stage_transition (uuid, case_id, from_stage, to_stage, cycle, action, reason, "
                      "by_user_id, at) VALUES (?1, ?2, ?3, ?4, (SELECT cycle FROM case_file WHERE id = ?2), ?5, '', "
                      "?6, ?7)");
    if (!stmt) {
        return stmt.error();
    }
    (*stmt)
        ->bind(1, nextUuid())
        .bind(2, caseId)
        .bind(3, optionalCode(from))
        .bind(4, codeOf(to))
        .bind(5, action)
        .bind(6, actorId)
        .bind(7, now);
    return (*stmt)->run();
}

Status SqliteExchangeRepository::insertCase(CaseRecord& record, const QString& action, qint64 actorId,
                                            const QDateTime& now)
{
    const CaseValues& values = record.values;
    auto stmt = reuse(m_insertCase,
                      "INSERT INTO case_file (uuid, person_id, programme_id, case_manager_id, stage, status, cycle, "
                      "opened_on, admitted_on, closed_on, waiting_since, person_requested, created_at, updated_at, "
                      "created_by, updated_by, exit_reason, exit_housing) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, "
                      "?9, ?10, ?11, ?12, ?12, ?13, ?13, ?14, ?15)");
    if (!stmt) {
        return stmt.error();
    }
    record.uuid = nextUuid();
    const QString at = utcText(now);
    const bool waiting = values.status == CaseStatus::WaitingList;
    (*stmt)
        ->bind(1, record.uuid)
        .bind(2, values.personId)
        .bind(3, values.programmeId)
        .bind(4, values.caseManagerId)
        .bind(5, codeOf(values.stage))
        .bind(6, codeOf(values.status))
        .bind(7, dayText(values.openedOn))
        .bind(8, dayText(values.admittedOn))
        .bind(9, dayText(values.closedOn))
        .bind(10, waiting ? dayText(values.openedOn) : std::nullopt)
        // An admitted case was asked for: admission needs the person's own request.
        .bind(11, values.stage != Stage::Intake)
        .bind(12, at)
        .bind(13, actorId)
        .bind(14, values.exitReason ? std::optional<QString>(codeOf(*values.exitReason)) : std::nullopt)
        .bind(15, values.exitHousing ? std::optional<QString>(codeOf(*values.exitHousing)) : std::nullopt);
    if (auto status = (*stmt)->run(); !status) {
        return status;
    }
    record.id = m_db.lastInsertRowId();
    return insertTransition(record.id, std::nullopt, values.stage, action, actorId, at);
}

Status SqliteExchangeRepository::updateCase(const CaseRecord& record, const CaseValues& before, const QString& action,
                                            qint64 actorId, const QDateTime& now)
{
    const CaseValues& values = record.values;
    auto stmt = reuse(m_updateCase,
                      "UPDATE case_file SET case_manager_id = ?2, stage = ?3, status = ?4, admitted_on = ?5, "
                      "closed_on = ?6, waiting_since = CASE WHEN ?4 = 'waiting_list' THEN coalesce(waiting_since, ?7) "
                      "END, person_requested = max(person_requested, ?8), updated_at = ?9, updated_by = ?10, "
                      "exit_reason = ?11, exit_housing = ?12 WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    const QString at = utcText(now);
    (*stmt)
        ->bind(1, record.id)
        .bind(2, values.caseManagerId)
        .bind(3, codeOf(values.stage))
        .bind(4, codeOf(values.status))
        .bind(5, dayText(values.admittedOn))
        .bind(6, dayText(values.closedOn))
        .bind(7, dayText(values.openedOn))
        .bind(8, values.stage != Stage::Intake)
        .bind(9, at)
        .bind(10, actorId)
        .bind(11, values.exitReason ? std::optional<QString>(codeOf(*values.exitReason)) : std::nullopt)
        .bind(12, values.exitHousing ? std::optional<QString>(codeOf(*values.exitHousing)) : std::nullopt);
    if (auto status = (*stmt)->run(); !status) {
        return status;
    }
    if (values.stage == before.stage) {
        return {};
    }
    return insertTransition(record.id, before.stage, values.stage, action, actorId, at);
}

Status SqliteExchangeRepository::eachPerson(const ExportScope& scope,
                                            const std::function<bool(const PersonRecord&)>& onRecord)
{
    std::string sql = std::string("SELECT id, uuid, coalesce(external_ref, uuid), ") + kPersonValueColumns
        + " FROM person WHERE deleted_at IS NULL";
    if (scope.caseManagerId) {
        sql += std::string(" AND id IN (") + kVisiblePeople + ")";
    }
    sql += " ORDER BY id";
    return each<PersonRecord>(
        m_db, sql, scope,
        [](const Statement& row) {
            return PersonRecord {row.int64At(0), row.textAt(1), row.textAt(2), personValuesAt(row, 3)};
        },
        onRecord);
}

Status SqliteExchangeRepository::eachIntervention(const ExportScope& scope,
                                                  const std::function<bool(const InterventionRecord&)>& onRecord)
{
    std::string sql
        = "SELECT i.id, i.uuid, coalesce(i.external_ref, i.uuid), i.person_id, i.occurred_at, i.occurred_on, "
          "i.worker_id, "
          "i.territory_id, i.place_kind, i.place_name, i.duration_minutes, i.note, "
          "(SELECT group_concat(type_id) FROM intervention_type_link WHERE intervention_id = i.id), "
          "(SELECT group_concat(problem_id) FROM intervention_problem WHERE intervention_id = i.id), "
          "(SELECT group_concat(partner_id) FROM referral WHERE intervention_id = i.id AND deleted_at IS NULL AND "
          "direction = 'outgoing') "
          "FROM intervention i WHERE i.deleted_at IS NULL";
    if (scope.caseManagerId) {
        sql += std::string(" AND i.person_id IN (") + kVisiblePeople + ")";
    }
    sql += " ORDER BY i.id";
    return each<InterventionRecord>(
        m_db, sql, scope,
        [](const Statement& row) {
            InterventionRecord record;
            record.id = row.int64At(0);
            record.uuid = row.textAt(1);
            record.ref = row.textAt(2);
            InterventionValues& values = record.values;
            values.personId = row.int64At(3);
            values.occurredAt = timeAt(row, 4);
            values.occurredOn = dateAt(row, 5).value_or(QDate());
            values.workerId = row.int64At(6);
            values.territoryId = row.optionalInt64At(7);
            values.placeKind = fromCode<PlaceKind>(row.textAt(8)).value_or(PlaceKind::Other);
            values.placeName = row.textAt(9);
            values.durationMinutes = intOrNull(row, 10);
            values.note = row.textAt(11);
            values.typeIds = idList(row, 12);
            values.problemIds = idList(row, 13);
            values.partnerIds = idList(row, 14);
            return record;
        },
        onRecord);
}

Status SqliteExchangeRepository::eachCase(const ExportScope& scope,
                                          const std::function<bool(const CaseRecord&)>& onRecord)
{
    std::string sql = std::string("SELECT ") + kCaseColumns + " FROM case_file WHERE deleted_at IS NULL";
    if (scope.caseManagerId) {
        sql += std::string(" AND person_id IN (") + kVisiblePeople + ")";
    }
    sql += " ORDER BY id";
    return each<CaseRecord>(m_db, sql, scope, caseAt, onRecord);
}

Result<std::vector<std::pair<qint64, QString>>> SqliteExchangeRepository::userNames()
{
    auto stmt = m_db.prepare("SELECT id, user_name FROM app_user ORDER BY id");
    if (!stmt) {
        return stmt.error();
    }
    return collect<std::pair<qint64, QString>>(*stmt, [](const Statement& row) {
        return std::pair {row.int64At(0), row.textAt(1)};
    });
}

Result<QString> SqliteExchangeRepository::metaValue(const QString& key)
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return *row ? stmt->textAt(0) : QString();
}

} // namespace relais::storage
