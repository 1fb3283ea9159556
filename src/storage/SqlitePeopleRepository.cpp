#include "SqlitePeopleRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/domain/TextFolding.h"

#include <iterator>
#include <string>

namespace relais::storage {

using namespace relais::core;

namespace {

constexpr const char* kPersonColumns
    = "id, uuid, first_name, last_name, alias, description, birth_date, birth_year, age_min, age_max, gender, "
      "language, phone, territory_id, housing_situation, housing_since, residence_permit, consent_given_on, "
      "consent_scope, consent_expires_on, safety_alert, created_by, created_at, updated_at, anonymised_at";

QString searchTextOf(const Person& person)
{
    return foldForSearch(person.firstName + QLatin1Char(' ') + person.lastName + QLatin1Char(' ') + person.alias);
}

Person personAt(const Statement& row)
{
    Person person;
    person.id = row.int64At(0);
    person.uuid = row.textAt(1);
    person.firstName = row.textAt(2);
    person.lastName = row.textAt(3);
    person.alias = row.textAt(4);
    person.description = row.textAt(5);
    person.birthDate = dateAt(row, 6);
    person.birthYear = intOrNull(row, 7);
    person.ageBand.minAge = row.isNull(8) ? 0 : row.intAt(8);
    person.ageBand.maxAge = row.isNull(9) ? 0 : row.intAt(9);
    person.gender = fromCode<Gender>(row.textAt(10)).value_or(Gender::Unknown);
    if (!row.isNull(11)) {
        person.language = fromCode<Language>(row.textAt(11));
    }
    person.phone = row.textAt(12);
    person.territoryId = row.optionalInt64At(13);
    if (!row.isNull(14)) {
        person.housingSituation = fromCode<HousingSituation>(row.textAt(14));
    }
    person.housingSince = dateAt(row, 15);
    person.residencePermit = fromCode<ResidencePermit>(row.textAt(16)).value_or(ResidencePermit::Unknown);
    person.consent.givenOn = dateAt(row, 17);
    person.consent.scope = row.textAt(18);
    person.consent.expiresOn = dateAt(row, 19);
    person.safetyAlert = row.textAt(20);
    person.createdBy = row.int64At(21);
    person.createdAt = timeAt(row, 22);
    person.updatedAt = timeAt(row, 23);
    if (!row.isNull(24)) {
        person.anonymisedAt = timeAt(row, 24);
    }
    return person;
}

void bindPersonFields(Statement& stmt, const Person& person)
{
    stmt.bind(":first_name", person.firstName.trimmed())
        .bind(":last_name", person.lastName.trimmed())
        .bind(":alias", person.alias.trimmed())
        .bind(":description", person.description.trimmed())
        .bind(":search_text", searchTextOf(person))
        .bind(":birth_date", isoDate(person.birthDate))
        .bind(":birth_year", person.birthYear)
        .bind(":age_min", person.ageBand.isSet() ? std::optional<int>(person.ageBand.minAge) : std::nullopt)
        .bind(":age_max", person.ageBand.isSet() ? std::optional<int>(person.ageBand.maxAge) : std::nullopt)
        .bind(":gender", codeOf(person.gender))
        .bind(":language", optionalCode(person.language))
        .bind(":phone", person.phone.trimmed())
        .bind(":territory_id", person.territoryId)
        .bind(":housing_situation", optionalCode(person.housingSituation))
        .bind(":housing_since", isoDate(person.housingSince))
        .bind(":residence_permit", codeOf(person.residencePermit))
        .bind(":consent_given_on", isoDate(person.consent.givenOn))
        .bind(":consent_scope", person.consent.scope.trimmed())
        .bind(":consent_expires_on", isoDate(person.consent.expiresOn))
        .bind(":safety_alert", person.safetyAlert.trimmed());
}

} // namespace

SqlitePeopleRepository::SqlitePeopleRepository(Database& db)
    : m_db(db)
{
}

Status SqlitePeopleRepository::saveProblems(const Person& person)
{
    auto clear = m_db.prepare("DELETE FROM person_problem WHERE person_id = ?1");
    if (!clear) {
        return clear.error();
    }
    clear->bind(1, person.id);
    if (auto status = clear->run(); !status) {
        return status;
    }
    auto insert = m_db.prepare("INSERT OR IGNORE INTO person_problem (person_id, problem_id) VALUES (?1, ?2)");
    if (!insert) {
        return insert.error();
    }
    for (qint64 problemId : person.problemIds) {
        insert->reset();
        insert->bind(1, person.id).bind(2, problemId);
        if (auto status = insert->run(); !status) {
            return status;
        }
    }
    return {};
}

Status SqlitePeopleRepository::insertPerson(Person& person, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare(
        "INSERT INTO person (uuid, first_name, last_name, alias, description, search_text, birth_date, birth_year, "
        "age_min, age_max, gender, language, phone, territory_id, housing_situation, housing_since, "
        "residence_permit, consent_given_on, consent_scope, consent_expires_on, safety_alert, created_at, "
        "updated_at, created_by, updated_by) VALUES (:uuid, :first_name, :last_name, :alias, :description, "
        ":search_text, :birth_date, :birth_year, :age_min, :age_max, :gender, :language, :phone, :territory_id, "
        ":housing_situation, :housing_since, :residence_permit, :consent_given_on, :consent_scope, "
        ":consent_expires_on, :safety_alert, :now, :now, :actor, :actor)");
    if (!stmt) {
        return stmt.error();
    }
    person.uuid = person.uuid.isEmpty() ? newUuid() : person.uuid;
    stmt->bind(":uuid", person.uuid).bind(":now", isoTime(now)).bind(":actor", actorId);
    bindPersonFields(*stmt, person);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    person.id = m_db.lastInsertRowId();
    person.createdBy = actorId;
    person.createdAt = now;
    person.updatedAt = now;
    return saveProblems(person);
}

Status SqlitePeopleRepository::updatePerson(const Person& person, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare(
        "UPDATE person SET first_name = :first_name, last_name = :last_name, alias = :alias, description = "
        ":description, search_text = :search_text, birth_date = :birth_date, birth_year = :birth_year, age_min = "
        ":age_min, age_max = :age_max, gender = :gender, language = :language, phone = :phone, territory_id = "
        ":territory_id, housing_situation = :housing_situation, housing_since = :housing_since, residence_permit = "
        ":residence_permit, consent_given_on = :consent_given_on, consent_scope = :consent_scope, "
        "consent_expires_on = :consent_expires_on, safety_alert = :safety_alert, updated_at = :now, updated_by = "
        ":actor WHERE id = :id AND deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(":id", person.id).bind(":now", isoTime(now)).bind(":actor", actorId);
    bindPersonFields(*stmt, person);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    return saveProblems(person);
}

Result<std::vector<Person>> SqlitePeopleRepository::selectPeople(const char* where, const QString& argument)
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kPersonColumns + " FROM person WHERE " + where);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, argument);
    std::vector<Person> people;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        people.push_back(personAt(*stmt));
    }
    auto problems = m_db.prepare("SELECT problem_id FROM person_problem WHERE person_id = ?1 ORDER BY problem_id");
    if (!problems) {
        return problems.error();
    }
    for (Person& person : people) {
        problems->reset();
        problems->bind(1, person.id);
        for (;;) {
            auto row = problems->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            person.problemIds.push_back(problems->int64At(0));
        }
    }
    return people;
}

Result<std::optional<Person>> SqlitePeopleRepository::findPerson(qint64 id)
{
    auto people = selectPeople("id = ?1 AND deleted_at IS NULL", QString::number(id));
    if (!people) {
        return people.error();
    }
    if (people->empty()) {
        return std::optional<Person>();
    }
    return std::optional<Person>(std::move(people->front()));
}

Result<std::vector<Person>> SqlitePeopleRepository::peopleBornOn(const QDate& birthDate)
{
    return selectPeople("birth_date = ?1 AND deleted_at IS NULL", birthDate.toString(Qt::ISODate));
}

Result<std::vector<PersonSummary>> SqlitePeopleRepository::selectSummaries(
    const std::string& whereAndOrder, const std::function<void(Statement&)>& bind)
{
    auto stmt = m_db.prepare(
        "SELECT p.id, p.uuid, p.first_name, p.last_name, p.alias, p.description, p.birth_date, "
        "(SELECT u.user_name FROM case_file c JOIN app_user u ON u.id = c.case_manager_id WHERE c.person_id = p.id "
        "AND c.status IN ('intake', 'waiting_list', 'active') AND c.deleted_at IS NULL ORDER BY c.id DESC LIMIT 1), "
        "p.safety_alert FROM person p WHERE p.deleted_at IS NULL AND "
        + whereAndOrder);
    if (!stmt) {
        return stmt.error();
    }
    bind(*stmt);
    return collect<PersonSummary>(*stmt, [](const Statement& row) {
        Person person;
        person.firstName = row.textAt(2);
        person.lastName = row.textAt(3);
        person.alias = row.textAt(4);
        person.description = row.textAt(5);
        PersonSummary summary;
        summary.id = row.int64At(0);
        summary.uuid = row.textAt(1);
        summary.displayName = person.displayName();
        summary.alias = person.alias;
        summary.birthDate = dateAt(row, 6);
        summary.anonymous = person.isAnonymous();
        summary.caseManagerUserName = row.textAt(7);
        summary.safetyAlert = row.textAt(8);
        return summary;
    });
}

Result<std::vector<PersonSummary>> SqlitePeopleRepository::searchPeople(const QString& foldedQuery, int limit)
{
    // Prefix matches first, then infix matches, each by name. Both go through
    // person_by_search_text (migration 4), which holds the folded names alone: a
    // prefix is a range of it, an infix a scan of it that stops at the limit, and
    // only the rows returned are read from the table.
    const QString upper = foldedQuery + QChar(0xDBFF) + QChar(0xDFFF); // U+10FFFF: after any continuation
    auto found = selectSummaries("p.id IN (SELECT id FROM person WHERE deleted_at IS NULL AND search_text >= ?1 AND "
                                 "search_text < ?2 ORDER BY search_text, id LIMIT ?3) ORDER BY p.search_text, p.id",
                                 [&](Statement& stmt) { stmt.bind(1, foldedQuery).bind(2, upper).bind(3, limit); });
    if (!found || static_cast<int>(found->size()) >= limit) {
        return found;
    }
    auto infixes = selectSummaries("p.id IN (SELECT id FROM person WHERE deleted_at IS NULL AND instr(search_text, ?1) "
                                   "> 1 ORDER BY search_text, id LIMIT ?2) ORDER BY p.search_text, p.id",
                                   [&](Statement& stmt) {
                                       stmt.bind(1, foldedQuery).bind(2, limit - static_cast<int>(found->size()));
                                   });
    if (!infixes) {
        return infixes.error();
    }
    found->insert(found->end(), std::make_move_iterator(infixes->begin()), std::make_move_iterator(infixes->end()));
    return found;
}

Result<std::vector<PersonSummary>> SqlitePeopleRepository::listPeople(int offset, int limit)
{
    // A walk along person_by_search_text to the page, then its rows only.
    return selectSummaries("p.id IN (SELECT id FROM person WHERE deleted_at IS NULL ORDER BY search_text, id LIMIT ?1 "
                           "OFFSET ?2) ORDER BY p.search_text, p.id",
                           [&](Statement& stmt) { stmt.bind(1, limit).bind(2, offset); });
}

Result<int> SqlitePeopleRepository::countPeople()
{
    auto count = m_db.queryInt("SELECT count(*) FROM person WHERE deleted_at IS NULL");
    if (!count) {
        return count.error();
    }
    return static_cast<int>(*count);
}

Result<std::optional<PersonSummary>> SqlitePeopleRepository::summaryOf(qint64 personId)
{
    auto found = selectSummaries("p.id = ?1", [&](Statement& stmt) { stmt.bind(1, personId); });
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return std::optional<PersonSummary>();
    }
    return std::optional<PersonSummary>(found->front());
}

Result<PersonAccessFacts> SqlitePeopleRepository::accessFacts(qint64 personId, qint64 userId)
{
    auto stmt = m_db.prepare(
        "SELECT EXISTS (SELECT 1 FROM case_file WHERE person_id = ?1 AND case_manager_id = ?2 AND deleted_at IS NULL), "
        "EXISTS (SELECT 1 FROM intervention WHERE worker_id = ?2 AND person_id = ?1 AND deleted_at IS NULL) "
        "OR EXISTS (SELECT 1 FROM person WHERE id = ?1 AND created_by = ?2)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, personId).bind(2, userId);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    PersonAccessFacts facts;
    facts.isCaseManager = stmt->intAt(0) != 0;
    facts.hasMet = stmt->intAt(1) != 0;
    return facts;
}

Status SqlitePeopleRepository::mergePeople(qint64 keptId, qint64 mergedId, qint64 actorId, const QDateTime& now)
{
    const std::string statements[] = {
        "UPDATE intervention SET person_id = :kept, updated_at = :now, updated_by = :actor WHERE person_id = :merged",
        "UPDATE case_file SET person_id = :kept, updated_at = :now, updated_by = :actor WHERE person_id = :merged",
        "UPDATE referral SET person_id = :kept, updated_at = :now, updated_by = :actor WHERE person_id = :merged",
        "UPDATE person_note SET person_id = :kept, updated_at = :now WHERE person_id = :merged",
        "INSERT OR IGNORE INTO group_attendance (session_id, person_id) "
        "SELECT session_id, :kept FROM group_attendance WHERE person_id = :merged",
        "DELETE FROM group_attendance WHERE person_id = :merged",
        "INSERT OR IGNORE INTO person_problem (person_id, problem_id) "
        "SELECT :kept, problem_id FROM person_problem WHERE person_id = :merged",
        "DELETE FROM person_problem WHERE person_id = :merged",
        "UPDATE person SET merged_into = :kept, deleted_at = :now, updated_at = :now, updated_by = :actor "
        "WHERE id = :merged",
    };
    for (const std::string& sql : statements) {
        auto stmt = m_db.prepare(sql);
        if (!stmt) {
            return stmt.error();
        }
        auto uses = [&sql](const char* name) { return sql.find(name) != std::string::npos; };
        stmt->bind(":merged", mergedId);
        if (uses(":kept")) {
            stmt->bind(":kept", keptId);
        }
        if (uses(":now")) {
            stmt->bind(":now", isoTime(now));
        }
        if (uses(":actor")) {
            stmt->bind(":actor", actorId);
        }
        if (auto status = stmt->run(); !status) {
            return status;
        }
    }
    return {};
}

Status SqlitePeopleRepository::insertNote(PersonNote& note)
{
    auto stmt = m_db.prepare("INSERT INTO person_note (uuid, person_id, author_id, body, is_private, created_at, "
                             "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    if (!stmt) {
        return stmt.error();
    }
    note.uuid = newUuid();
    stmt->bind(1, note.uuid)
        .bind(2, note.personId)
        .bind(3, note.authorId)
        .bind(4, note.body)
        .bind(5, note.isPrivate)
        .bind(6, isoTime(note.createdAt));
    if (auto status = stmt->run(); !status) {
        return status;
    }
    note.id = m_db.lastInsertRowId();
    return {};
}

Result<std::vector<PersonNote>> SqlitePeopleRepository::notesOf(qint64 personId)
{
    auto stmt = m_db.prepare("SELECT id, uuid, person_id, author_id, body, is_private, created_at FROM person_note "
                             "WHERE person_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, personId);
    std::vector<PersonNote> notes;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        PersonNote note;
        note.id = stmt->int64At(0);
        note.uuid = stmt->textAt(1);
        note.personId = stmt->int64At(2);
        note.authorId = stmt->int64At(3);
        note.body = stmt->textAt(4);
        note.isPrivate = stmt->intAt(5) != 0;
        note.createdAt = timeAt(*stmt, 6);
        notes.push_back(std::move(note));
    }
    return notes;
}

} // namespace relais::storage
