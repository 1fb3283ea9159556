#include "SqliteCaseRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace relais::storage {

using namespace relais::core;

namespace {

constexpr const char* kCaseColumns =
    "id, uuid, person_id, programme_id, case_manager_id, stage, status, cycle, opened_on, admitted_on, closed_on, "
    "waiting_since, person_requested, eligibility_override_reason, decline_reason, assessment_summary, strengths, "
    "resources, satisfaction, exit_reason, exit_note, exit_housing, next_contact_due, previous_case_id, referral_id";

Case caseAt(const Statement& row)
{
    Case value;
    value.id = row.int64At(0);
    value.uuid = row.textAt(1);
    value.personId = row.int64At(2);
    value.programmeId = row.int64At(3);
    value.caseManagerId = row.optionalInt64At(4);
    value.stage = fromCode<Stage>(row.textAt(5)).value_or(Stage::Intake);
    value.status = fromCode<CaseStatus>(row.textAt(6)).value_or(CaseStatus::Intake);
    value.cycle = row.intAt(7);
    value.openedOn = dateAt(row, 8).value_or(QDate());
    value.admittedOn = dateAt(row, 9);
    value.closedOn = dateAt(row, 10);
    value.waitingSince = dateAt(row, 11);
    value.personRequested = row.intAt(12) != 0;
    value.eligibilityOverrideReason = row.textAt(13);
    value.declineReason = row.textAt(14);
    value.assessmentSummary = row.textAt(15);
    value.strengths = row.textAt(16);
    value.resources = row.textAt(17);
    value.satisfaction = intOrNull(row, 18);
    if (!row.isNull(19)) {
        value.exitReason = fromCode<ExitReason>(row.textAt(19));
    }
    value.exitNote = row.textAt(20);
    if (!row.isNull(21)) {
        value.exitHousing = fromCode<HousingSituation>(row.textAt(21));
    }
    value.nextContactDue = dateAt(row, 22);
    value.previousCaseId = row.optionalInt64At(23);
    value.referralId = row.optionalInt64At(24);
    return value;
}

void bindCaseFields(Statement& stmt, const Case& value)
{
    stmt.bind(":person_id", value.personId)
        .bind(":programme_id", value.programmeId)
        .bind(":case_manager_id", value.caseManagerId)
        .bind(":stage", codeOf(value.stage))
        .bind(":status", codeOf(value.status))
        .bind(":cycle", value.cycle)
        .bind(":opened_on", isoDate(value.openedOn))
        .bind(":admitted_on", isoDate(value.admittedOn))
        .bind(":closed_on", isoDate(value.closedOn))
        .bind(":waiting_since", isoDate(value.waitingSince))
        .bind(":person_requested", value.personRequested)
        .bind(":eligibility_override_reason", value.eligibilityOverrideReason)
        .bind(":decline_reason", value.declineReason)
        .bind(":assessment_summary", value.assessmentSummary)
        .bind(":strengths", value.strengths)
        .bind(":resources", value.resources)
        .bind(":satisfaction", value.satisfaction)
        .bind(":exit_reason", optionalCode(value.exitReason))
        .bind(":exit_note", value.exitNote)
        .bind(":exit_housing", optionalCode(value.exitHousing))
        .bind(":next_contact_due", isoDate(value.nextContactDue))
        .bind(":previous_case_id", value.previousCaseId)
        .bind(":referral_id", value.referralId);
}

} // namespace

SqliteCaseRepository::SqliteCaseRepository(Database& db)
    : m_db(db)
{
}

Status SqliteCaseRepository::insertCase(Case& value, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare(
        "INSERT INTO case_file (uuid, person_id, programme_id, case_manager_id, stage, status, cycle, opened_on, "
        "admitted_on, closed_on, waiting_since, person_requested, eligibility_override_reason, decline_reason, "
        "assessment_summary, strengths, resources, satisfaction, exit_reason, exit_note, exit_housing, "
        "next_contact_due, previous_case_id, referral_id, created_at, updated_at, created_by, updated_by) VALUES "
        "(:uuid, :person_id, :programme_id, :case_manager_id, :stage, :status, :cycle, :opened_on, :admitted_on, "
        ":closed_on, :waiting_since, :person_requested, :eligibility_override_reason, :decline_reason, "
        ":assessment_summary, :strengths, :resources, :satisfaction, :exit_reason, :exit_note, :exit_housing, "
        ":next_contact_due, :previous_case_id, :referral_id, :now, :now, :actor, :actor)");
    if (!stmt) {
        return stmt.error();
    }
    value.uuid = value.uuid.isEmpty() ? newUuid() : value.uuid;
    stmt->bind(":uuid", value.uuid).bind(":now", isoTime(now)).bind(":actor", actorId);
    bindCaseFields(*stmt, value);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    value.id = m_db.lastInsertRowId();
    return {};
}

Status SqliteCaseRepository::updateCase(const Case& value, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare(
        "UPDATE case_file SET person_id = :person_id, programme_id = :programme_id, case_manager_id = "
        ":case_manager_id, stage = :stage, status = :status, cycle = :cycle, opened_on = :opened_on, admitted_on = "
        ":admitted_on, closed_on = :closed_on, waiting_since = :waiting_since, person_requested = "
        ":person_requested, eligibility_override_reason = :eligibility_override_reason, decline_reason = "
        ":decline_reason, assessment_summary = :assessment_summary, strengths = :strengths, resources = :resources, "
        "satisfaction = :satisfaction, exit_reason = :exit_reason, exit_note = :exit_note, exit_housing = "
        ":exit_housing, next_contact_due = :next_contact_due, previous_case_id = :previous_case_id, referral_id = "
        ":referral_id, updated_at = :now, updated_by = :actor WHERE id = :id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(":id", value.id).bind(":now", isoTime(now)).bind(":actor", actorId);
    bindCaseFields(*stmt, value);
    return stmt->run();
}

Result<std::vector<Case>> SqliteCaseRepository::selectCases(const std::string& where,
                                                            const std::function<void(Statement&)>& bind)
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kCaseColumns + " FROM case_file WHERE deleted_at IS NULL AND "
                             + where);
    if (!stmt) {
        return stmt.error();
    }
    bind(*stmt);
    return collect<Case>(*stmt, caseAt);
}

Result<std::optional<Case>> SqliteCaseRepository::findCase(qint64 id)
{
    auto cases = selectCases("id = ?1", [&](Statement& stmt) { stmt.bind(1, id); });
    if (!cases) {
        return cases.error();
    }
    if (cases->empty()) {
        return std::optional<Case>();
    }
    return std::optional<Case>(cases->front());
}

Result<std::vector<Case>> SqliteCaseRepository::casesOfPerson(qint64 personId)
{
    return selectCases("person_id = ?1 ORDER BY opened_on, id", [&](Statement& stmt) { stmt.bind(1, personId); });
}

Result<int> SqliteCaseRepository::activeCaseCount(qint64 caseManagerId, qint64 programmeId)
{
    auto stmt = m_db.prepare("SELECT count(*) FROM case_file WHERE case_manager_id = ?1 AND programme_id = ?2 AND "
                             "status = 'active' AND deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseManagerId).bind(2, programmeId);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return stmt->intAt(0);
}

Result<std::vector<Case>> SqliteCaseRepository::casesManagedBy(qint64 caseManagerId)
{
    return selectCases("case_manager_id = ?1 AND status IN ('intake', 'waiting_list', 'active') "
                       "ORDER BY next_contact_due IS NULL, next_contact_due, id",
                       [&](Statement& stmt) { stmt.bind(1, caseManagerId); });
}

Result<std::vector<Case>> SqliteCaseRepository::casesWithStatus(CaseStatus status)
{
    return selectCases("status = ?1 ORDER BY coalesce(waiting_since, opened_on), id",
                       [&](Statement& stmt) { stmt.bind(1, codeOf(status)); });
}

Result<std::vector<Case>> SqliteCaseRepository::overdueCases(const QDate& today)
{
    return selectCases("status = 'active' AND next_contact_due < ?1 ORDER BY next_contact_due, id",
                       [&](Statement& stmt) { stmt.bind(1, isoDate(today)); });
}

Status SqliteCaseRepository::insertTransition(StageTransition& transition)
{
    auto stmt = m_db.prepare("INSERT INTO stage_transition (uuid, case_id, from_stage, to_stage, cycle, action, "
                             "reason, by_user_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, newUuid())
        .bind(2, transition.caseId)
        .bind(3, optionalCode(transition.fromStage))
        .bind(4, codeOf(transition.toStage))
        .bind(5, transition.cycle)
        .bind(6, transition.action)
        .bind(7, transition.reason)
        .bind(8, transition.byUserId)
        .bind(9, isoTime(transition.at));
    if (auto status = stmt->run(); !status) {
        return status;
    }
    transition.id = m_db.lastInsertRowId();
    return {};
}

Result<std::vector<StageTransition>> SqliteCaseRepository::transitionsOf(qint64 caseId)
{
    auto stmt = m_db.prepare("SELECT id, case_id, from_stage, to_stage, cycle, action, reason, by_user_id, at FROM "
                             "stage_transition WHERE case_id = ?1 ORDER BY id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId);
    return collect<StageTransition>(*stmt, [](const Statement& row) {
        StageTransition transition;
        transition.id = row.int64At(0);
        transition.caseId = row.int64At(1);
        if (!row.isNull(2)) {
            transition.fromStage = fromCode<Stage>(row.textAt(2));
        }
        transition.toStage = fromCode<Stage>(row.textAt(3)).value_or(Stage::Intake);
        transition.cycle = row.intAt(4);
        transition.action = row.textAt(5);
        transition.reason = row.textAt(6);
        transition.byUserId = row.int64At(7);
        transition.at = timeAt(row, 8);
        return transition;
    });
}

Status SqliteCaseRepository::insertGoal(Goal& goal, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("INSERT INTO goal (uuid, case_id, cycle, description, means, target_date, outcome, "
                             "created_at, updated_at, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                             "?8, ?9, ?9)");
    if (!stmt) {
        return stmt.error();
    }
    goal.uuid = newUuid();
    stmt->bind(1, goal.uuid)
        .bind(2, goal.caseId)
        .bind(3, goal.cycle)
        .bind(4, goal.description)
        .bind(5, goal.means)
        .bind(6, isoDate(goal.targetDate))
        .bind(7, optionalCode(goal.outcome))
        .bind(8, isoTime(now))
        .bind(9, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    goal.id = m_db.lastInsertRowId();
    return {};
}

Status SqliteCaseRepository::updateGoal(const Goal& goal, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("UPDATE goal SET description = ?2, means = ?3, target_date = ?4, outcome = ?5, "
                             "updated_at = ?6, updated_by = ?7 WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, goal.id)
        .bind(2, goal.description)
        .bind(3, goal.means)
        .bind(4, isoDate(goal.targetDate))
        .bind(5, optionalCode(goal.outcome))
        .bind(6, isoTime(now))
        .bind(7, actorId);
    return stmt->run();
}

Result<std::vector<Goal>> SqliteCaseRepository::goalsOf(qint64 caseId)
{
    auto stmt = m_db.prepare("SELECT id, uuid, case_id, cycle, description, means, target_date, outcome FROM goal "
                             "WHERE case_id = ?1 AND deleted_at IS NULL ORDER BY cycle, id");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId);
    return collect<Goal>(*stmt, [](const Statement& row) {
        Goal goal;
        goal.id = row.int64At(0);
        goal.uuid = row.textAt(1);
        goal.caseId = row.int64At(2);
        goal.cycle = row.intAt(3);
        goal.description = row.textAt(4);
        goal.means = row.textAt(5);
        goal.targetDate = dateAt(row, 6);
        if (!row.isNull(7)) {
            goal.outcome = fromCode<GoalOutcome>(row.textAt(7));
        }
        return goal;
    });
}

} // namespace relais::storage
