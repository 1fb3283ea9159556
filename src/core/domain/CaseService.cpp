#include "CaseService.h"

#include "AccessPolicy.h"

namespace relais::core {

namespace {

Error notFound(const QString& what)
{
    return makeError(ErrorCode::NotFound, what, "record not found");
}

Error refused(const QStringList& missing)
{
    return makeError(ErrorCode::InputRejected, missing.join(QLatin1Char('\n')), "stage guard refused");
}

} // namespace

CaseService::CaseService(ServiceContext& context)
    : m_context(context)
    , m_audit(context)
{
}

Result<CaseService::Loaded> CaseService::load(const UserAccount& actor, qint64 caseId, bool forWriting)
{
    auto found = m_context.cases.findCase(caseId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return notFound(tr("This case no longer exists."));
    }
    Loaded loaded{std::move(**found), {}, {}, {}};
    auto person = m_context.people.findPerson(loaded.value.personId);
    if (!person) {
        return person.error();
    }
    if (!*person) {
        return notFound(tr("The person of this case no longer exists."));
    }
    loaded.person = std::move(**person);
    auto programme = m_context.reference.findProgramme(loaded.value.programmeId);
    if (!programme) {
        return programme.error();
    }
    if (!*programme) {
        return notFound(tr("The programme of this case no longer exists."));
    }
    loaded.programme = std::move(**programme);
    auto facts = m_context.people.accessFacts(loaded.person.id, actor.id);
    if (!facts) {
        return facts.error();
    }
    loaded.facts = *facts;
    // The case manager of the case always has access to it.
    if (loaded.value.caseManagerId == actor.id) {
        loaded.facts.isCaseManager = true;
    }
    const Status allowed = forWriting ? AccessPolicy::requireWriteFile(actor, loaded.facts)
                                      : AccessPolicy::requireReadFile(actor, loaded.facts);
    if (!allowed) {
        return allowed.error();
    }
    return loaded;
}

Result<Pipeline::Facts> CaseService::factsFor(const Case& value, const Person& person)
{
    Pipeline::Facts facts;
    facts.personIdentified = !person.isAnonymous();
    auto goals = m_context.cases.goalsOf(value.id);
    if (!goals) {
        return goals.error();
    }
    facts.goals = std::move(*goals);
    if (value.status == CaseStatus::Active && value.stage == Stage::Monitoring) {
        auto transitions = m_context.cases.transitionsOf(value.id);
        if (!transitions) {
            return transitions.error();
        }
        QDate since = value.openedOn;
        for (const StageTransition& transition : *transitions) {
            if (transition.toStage == Stage::Monitoring) {
                since = m_context.calendar.dayOf(transition.at);
            }
        }
        auto count = m_context.outreach.interventionCountSince(person.id, since);
        if (!count) {
            return count.error();
        }
        facts.interventionsSinceMonitoring = *count;
    }
    return facts;
}

Status CaseService::checkCap(qint64 caseManagerId, const Programme& programme, std::optional<qint64> ignoreCaseId)
{
    auto count = m_context.cases.activeCaseCount(caseManagerId, programme.id);
    if (!count) {
        return count.error();
    }
    int active = *count;
    if (ignoreCaseId) {
        auto ignored = m_context.cases.findCase(*ignoreCaseId);
        if (ignored && *ignored && (*ignored)->isAdmitted() && (*ignored)->caseManagerId == caseManagerId
            && (*ignored)->programmeId == programme.id) {
            --active;
        }
    }
    if (active < programme.caseloadCap) {
        return {};
    }
    auto manager = m_context.reference.findUser(caseManagerId);
    const QString name = manager && *manager ? (*manager)->displayName : QString::number(caseManagerId);
    return makeError(ErrorCode::CaseloadCapReached,
                     tr("%1 already follows %2 active cases in “%3”; the programme's cap is %4. The "
                        "candidate can go on the waiting list, or another case manager can take the case.")
                         .arg(name)
                         .arg(active)
                         .arg(programme.name)
                         .arg(programme.caseloadCap),
                     "caseload cap reached");
}

Status CaseService::saveCase(const UserAccount& actor, const Case& value, std::unique_ptr<UnitOfWork> unit,
                             const QString& action, const QStringList& fields)
{
    const QDateTime now = m_context.clock.nowUtc();
    if (auto status = m_context.cases.updateCase(value, actor.id, now); !status) {
        return status;
    }
    if (auto status = m_audit.record(actor, action, QStringLiteral("case"), value.uuid, fields); !status) {
        return status;
    }
    return unit->commit();
}

Result<Case> CaseService::saveTransition(const UserAccount& actor, Case value, std::optional<Stage> from,
                                         const QString& action, const QString& reason, std::unique_ptr<UnitOfWork> unit,
                                         const QStringList& fields)
{
    const QDateTime now = m_context.clock.nowUtc();
    if (auto status = m_context.cases.updateCase(value, actor.id, now); !status) {
        return status.error();
    }
    StageTransition transition;
    transition.caseId = value.id;
    transition.fromStage = from;
    transition.toStage = value.stage;
    transition.cycle = value.cycle;
    transition.action = action;
    transition.reason = reason;
    transition.byUserId = actor.id;
    transition.at = now;
    if (auto status = m_context.cases.insertTransition(transition); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("case.") + action, QStringLiteral("case"), value.uuid,
                                     fields);
        !status) {
        return status.error();
    }
    if (auto status = unit->commit(); !status) {
        return status.error();
    }
    return value;
}

Result<CaseService::Change> CaseService::beginChange(const UserAccount& actor, qint64 caseId)
{
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    auto loaded = load(actor, caseId, true);
    if (!loaded) {
        return loaded.error();
    }
    return Change{std::move(*unit), std::move(*loaded)};
}

Result<Case> CaseService::openCase(const UserAccount& actor, qint64 personId, qint64 programmeId,
                                   std::optional<qint64> caseManagerId, bool personRequested,
                                   std::optional<qint64> referralId)
{
    if (!AccessPolicy::canLogContacts(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only case managers and team leads open cases."),
                         "open case refused for role");
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    auto person = m_context.people.findPerson(personId);
    if (!person) {
        return person.error();
    }
    if (!*person) {
        return notFound(tr("This person no longer exists."));
    }
    auto programme = m_context.reference.findProgramme(programmeId);
    if (!programme) {
        return programme.error();
    }
    if (!*programme) {
        return notFound(tr("This programme no longer exists."));
    }
    if (caseManagerId && *caseManagerId != actor.id && !AccessPolicy::canAssignCases(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only a team lead assigns a case to another case manager."),
                         "assign refused");
    }
    if (caseManagerId) {
        auto manager = m_context.reference.findUser(*caseManagerId);
        if (!manager) {
            return manager.error();
        }
        if (!*manager || (*manager)->role == Role::Admin) {
            return makeError(ErrorCode::InputRejected, tr("Choose a case manager or team lead to follow the case."),
                             "bad case manager");
        }
    }
    auto existing = m_context.cases.casesOfPerson(personId);
    if (!existing) {
        return existing.error();
    }
    for (const Case& other : *existing) {
        if (other.programmeId == programmeId
            && (other.status == CaseStatus::Intake || other.status == CaseStatus::WaitingList
                || other.status == CaseStatus::Active)) {
            return makeError(ErrorCode::InputRejected,
                             tr("This person already has an open case in this programme."), "duplicate open case");
        }
    }
    Case value;
    value.personId = personId;
    value.programmeId = programmeId;
    value.caseManagerId = caseManagerId;
    value.stage = Stage::Intake;
    value.status = CaseStatus::Intake;
    value.openedOn = m_context.calendar.today(m_context.clock);
    value.personRequested = personRequested;
    value.referralId = referralId;
    const QDateTime now = m_context.clock.nowUtc();
    if (auto status = m_context.cases.insertCase(value, actor.id, now); !status) {
        return status.error();
    }
    StageTransition transition;
    transition.caseId = value.id;
    transition.toStage = Stage::Intake;
    transition.action = QStringLiteral("open");
    transition.byUserId = actor.id;
    transition.at = now;
    if (auto status = m_context.cases.insertTransition(transition); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("case.open"), QStringLiteral("case"), value.uuid,
                                     {QStringLiteral("person"), QStringLiteral("programme"),
                                      QStringLiteral("case_manager")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return value;
}

Status CaseService::recordRequest(const UserAccount& actor, qint64 caseId)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    loaded.value.personRequested = true;
    return saveCase(actor, loaded.value, std::move(unit), QStringLiteral("case.update"),
                    {QStringLiteral("person_requested")});
}

Result<Case> CaseService::admit(const UserAccount& actor, qint64 caseId, const QString& overrideReason)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    auto facts = factsFor(value, loaded.person);
    if (!facts) {
        return facts.error();
    }
    if (const QStringList missing = Pipeline::missingForAdmission(value, *facts); !missing.isEmpty()) {
        return refused(missing);
    }
    const QDate today = m_context.calendar.today(m_context.clock);
    const QStringList warnings = Pipeline::eligibilityWarnings(loaded.person, loaded.programme, today);
    if (!warnings.isEmpty()) {
        if (overrideReason.trimmed().isEmpty()) {
            return makeError(ErrorCode::InputRejected,
                             tr("The person does not meet the programme's eligibility rules:") + QLatin1Char('\n')
                                 + warnings.join(QLatin1Char('\n')) + QLatin1Char('\n')
                                 + tr("A team lead may admit anyway, giving a reason."),
                             "eligibility warnings without override");
        }
        if (!AccessPolicy::canOverrideEligibility(actor)) {
            return makeError(ErrorCode::PermissionDenied,
                             tr("Only a team lead may admit a person who does not meet the eligibility rules."),
                             "override refused for role");
        }
        value.eligibilityOverrideReason = overrideReason.trimmed();
    }
    if (auto cap = checkCap(*value.caseManagerId, loaded.programme); !cap) {
        return cap.error();
    }
    value.status = CaseStatus::Active;
    value.stage = Stage::Assessment;
    value.admittedOn = today;
    value.waitingSince.reset();
    QStringList fields{QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("admitted_on")};
    if (!value.eligibilityOverrideReason.isEmpty()) {
        fields << QStringLiteral("eligibility_override_reason");
    }
    return saveTransition(actor, value, Stage::Intake, QStringLiteral("admit"), value.eligibilityOverrideReason,
                          std::move(unit), fields);
}

Status CaseService::decline(const UserAccount& actor, qint64 caseId, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Give the reason why the candidate is not admitted."),
                         "decline without reason");
    }
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    if (value.status != CaseStatus::Intake && value.status != CaseStatus::WaitingList) {
        return refused({tr("Only a candidate in intake or on the waiting list can be declined.")});
    }
    value.status = CaseStatus::Declined;
    value.declineReason = reason.trimmed();
    value.closedOn = m_context.calendar.today(m_context.clock);
    value.waitingSince.reset();
    auto saved = saveTransition(actor, value, Stage::Intake, QStringLiteral("decline"), value.declineReason,
                                std::move(unit), {QStringLiteral("status"), QStringLiteral("decline_reason")});
    if (!saved) {
        return saved.error();
    }
    return {};
}

Status CaseService::placeOnWaitingList(const UserAccount& actor, qint64 caseId)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    if (value.status != CaseStatus::Intake) {
        return refused({tr("Only a candidate in intake can go on the waiting list.")});
    }
    value.status = CaseStatus::WaitingList;
    value.waitingSince = m_context.calendar.today(m_context.clock);
    auto saved = saveTransition(actor, value, Stage::Intake, QStringLiteral("wait"), {}, std::move(unit),
                                {QStringLiteral("status"), QStringLiteral("waiting_since")});
    if (!saved) {
        return saved.error();
    }
    return {};
}

Status CaseService::assign(const UserAccount& actor, qint64 caseId, qint64 caseManagerId)
{
    if (!AccessPolicy::canAssignCases(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only a team lead assigns and reassigns cases."),
                         "assign refused for role");
    }
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    auto manager = m_context.reference.findUser(caseManagerId);
    if (!manager) {
        return manager.error();
    }
    if (!*manager || (*manager)->role == Role::Admin) {
        return makeError(ErrorCode::InputRejected, tr("Choose a case manager or team lead to follow the case."),
                         "bad case manager");
    }
    Case value = loaded.value;
    if (value.status == CaseStatus::Closed || value.status == CaseStatus::Declined) {
        return refused({tr("A closed case cannot be reassigned; reopen it first.")});
    }
    if (value.isAdmitted() && value.caseManagerId != caseManagerId) {
        if (auto cap = checkCap(caseManagerId, loaded.programme); !cap) {
            return cap;
        }
    }
    value.caseManagerId = caseManagerId;
    return saveCase(actor, value, std::move(unit), QStringLiteral("case.assign"), {QStringLiteral("case_manager")});
}

Status CaseService::recordAssessment(const UserAccount& actor, qint64 caseId, const QString& summary,
                                     const QString& strengths, const QString& resources)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    if (value.status != CaseStatus::Active) {
        return refused({tr("The assessment is written once the case is admitted.")});
    }
    value.assessmentSummary = summary.trimmed();
    value.strengths = strengths.trimmed();
    value.resources = resources.trimmed();
    return saveCase(actor, value, std::move(unit), QStringLiteral("case.update"),
                    {QStringLiteral("assessment_summary"), QStringLiteral("strengths"), QStringLiteral("resources")});
}

Result<Goal> CaseService::addGoal(const UserAccount& actor, qint64 caseId, const QString& description,
                                  const QString& means, std::optional<QDate> targetDate)
{
    if (description.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Describe the goal."), "empty goal");
    }
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    const Case& value = loaded.value;
    if (value.status != CaseStatus::Active || value.stage == Stage::Intake) {
        return refused({tr("Goals are set once the case is admitted.")});
    }
    Goal goal;
    goal.caseId = caseId;
    goal.cycle = value.cycle;
    goal.description = description.trimmed();
    goal.means = means.trimmed();
    goal.targetDate = targetDate;
    if (auto status = m_context.cases.insertGoal(goal, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("goal.create"), QStringLiteral("goal"), goal.uuid,
                                     {QStringLiteral("description"), QStringLiteral("means"),
                                      QStringLiteral("target_date")});
        !status) {
        return status.error();
    }
    if (auto status = unit->commit(); !status) {
        return status.error();
    }
    return goal;
}

Status CaseService::recordGoalOutcome(const UserAccount& actor, qint64 caseId, qint64 goalId, GoalOutcome outcome)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    if (loaded.value.status != CaseStatus::Active || loaded.value.stage != Stage::Evaluation) {
        return refused({tr("Goal results are recorded at the evaluation stage.")});
    }
    auto goals = m_context.cases.goalsOf(caseId);
    if (!goals) {
        return goals.error();
    }
    for (Goal goal : *goals) {
        if (goal.id == goalId) {
            goal.outcome = outcome;
            if (auto status = m_context.cases.updateGoal(goal, actor.id, m_context.clock.nowUtc()); !status) {
                return status;
            }
            if (auto status = m_audit.record(actor, QStringLiteral("goal.update"), QStringLiteral("goal"), goal.uuid,
                                             {QStringLiteral("outcome")});
                !status) {
                return status;
            }
            return unit->commit();
        }
    }
    return notFound(tr("This goal is not part of the case."));
}

Status CaseService::recordSatisfaction(const UserAccount& actor, qint64 caseId, int satisfaction)
{
    if (satisfaction < 1 || satisfaction > 5) {
        return makeError(ErrorCode::InputRejected, tr("Satisfaction is a mark from 1 to 5."), "satisfaction range");
    }
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    if (value.status != CaseStatus::Active || value.stage != Stage::Evaluation) {
        return refused({tr("The person's satisfaction is recorded at the evaluation stage.")});
    }
    value.satisfaction = satisfaction;
    return saveCase(actor, value, std::move(unit), QStringLiteral("case.update"), {QStringLiteral("satisfaction")});
}

Status CaseService::setNextContactDue(const UserAccount& actor, qint64 caseId, std::optional<QDate> due)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    value.nextContactDue = due;
    return saveCase(actor, value, std::move(unit), QStringLiteral("case.update"),
                    {QStringLiteral("next_contact_due")});
}

Result<Case> CaseService::advance(const UserAccount& actor, qint64 caseId)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    auto facts = factsFor(value, loaded.person);
    if (!facts) {
        return facts.error();
    }
    if (const QStringList missing = Pipeline::missingForAdvance(value, *facts); !missing.isEmpty()) {
        return refused(missing);
    }
    const Stage from = value.stage;
    value.stage = *Pipeline::nextStage(from);
    return saveTransition(actor, value, from, QStringLiteral("advance"), {}, std::move(unit),
                          {QStringLiteral("stage")});
}

Result<Case> CaseService::reassess(const UserAccount& actor, qint64 caseId)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    auto facts = factsFor(value, loaded.person);
    if (!facts) {
        return facts.error();
    }
    if (const QStringList missing = Pipeline::missingForEvaluationEnd(value, *facts); !missing.isEmpty()) {
        return refused(missing);
    }
    value.stage = Stage::Assessment;
    value.cycle += 1;
    value.satisfaction.reset();
    return saveTransition(actor, value, Stage::Evaluation, QStringLiteral("reassess"), {}, std::move(unit),
                          {QStringLiteral("stage"), QStringLiteral("cycle")});
}

Result<Case> CaseService::exitCase(const UserAccount& actor, qint64 caseId, ExitReason reason,
                                   std::optional<HousingSituation> destination, const QString& note)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    auto facts = factsFor(value, loaded.person);
    if (!facts) {
        return facts.error();
    }
    QStringList missing = Pipeline::missingForEvaluationEnd(value, *facts);
    if (!destination) {
        missing << tr("Record where the person lives on leaving (housing destination).");
    }
    if (!missing.isEmpty()) {
        return refused(missing);
    }
    value.stage = Stage::Exit;
    value.status = CaseStatus::Closed;
    value.exitReason = reason;
    value.exitHousing = destination;
    value.exitNote = note.trimmed();
    value.closedOn = m_context.calendar.today(m_context.clock);
    value.nextContactDue.reset();
    return saveTransition(actor, value, Stage::Evaluation, QStringLiteral("exit"), codeOf(reason), std::move(unit),
                          {QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("exit_reason"),
                           QStringLiteral("exit_housing"), QStringLiteral("closed_on")});
}

Result<Case> CaseService::earlyExit(const UserAccount& actor, qint64 caseId, ExitReason reason, const QString& note)
{
    if (!Pipeline::isEarlyExitReason(reason)) {
        return makeError(ErrorCode::InputRejected,
                         tr("An early exit is for lost contact, a move, a refusal or a death."), "bad early exit");
    }
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    Case value = loaded.value;
    if (value.status != CaseStatus::Active) {
        return refused({tr("Only an admitted case can exit; decline a candidate instead.")});
    }
    const Stage from = value.stage;
    value.stage = Stage::Exit;
    value.status = CaseStatus::Closed;
    value.exitReason = reason;
    value.exitNote = note.trimmed();
    value.closedOn = m_context.calendar.today(m_context.clock);
    value.nextContactDue.reset();
    return saveTransition(actor, value, from, QStringLiteral("early_exit"), codeOf(reason), std::move(unit),
                          {QStringLiteral("stage"), QStringLiteral("status"), QStringLiteral("exit_reason"),
                           QStringLiteral("closed_on")});
}

Result<Case> CaseService::reopen(const UserAccount& actor, qint64 caseId)
{
    auto change = beginChange(actor, caseId);
    if (!change) {
        return change.error();
    }
    auto& [unit, loaded] = *change;
    const Case& old = loaded.value;
    if (old.status != CaseStatus::Closed && old.status != CaseStatus::Declined) {
        return refused({tr("Only a closed case can be reopened.")});
    }
    auto opened = openCase(actor, old.personId, old.programmeId, old.caseManagerId, false);
    if (!opened) {
        return opened.error();
    }
    Case value = *opened;
    value.previousCaseId = old.id;
    if (auto status = m_context.cases.updateCase(value, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("case.reopen"), QStringLiteral("case"), value.uuid,
                                     {QStringLiteral("previous_case")});
        !status) {
        return status.error();
    }
    if (auto status = unit->commit(); !status) {
        return status.error();
    }
    return value;
}

Result<Case> CaseService::caseById(const UserAccount& actor, qint64 caseId)
{
    auto loaded = load(actor, caseId, false);
    if (!loaded) {
        return loaded.error();
    }
    return loaded->value;
}

Result<std::vector<Case>> CaseService::casesOfPerson(const UserAccount& actor, qint64 personId)
{
    if (auto allowed = AccessPolicy::requireFileAccess(m_context.people, actor, personId,
                                                       AccessPolicy::FileAccess::Read);
        !allowed) {
        return allowed.error();
    }
    return m_context.cases.casesOfPerson(personId);
}

Result<QStringList> CaseService::missingForNextStep(const UserAccount& actor, qint64 caseId)
{
    auto loaded = load(actor, caseId, false);
    if (!loaded) {
        return loaded.error();
    }
    auto facts = factsFor(loaded->value, loaded->person);
    if (!facts) {
        return facts.error();
    }
    return Pipeline::missingForNextStep(loaded->value, *facts);
}

Result<QStringList> CaseService::eligibilityWarnings(const UserAccount& actor, qint64 caseId)
{
    auto loaded = load(actor, caseId, false);
    if (!loaded) {
        return loaded.error();
    }
    return Pipeline::eligibilityWarnings(loaded->person, loaded->programme, m_context.calendar.today(m_context.clock));
}

Result<std::vector<StageTransition>> CaseService::history(const UserAccount& actor, qint64 caseId)
{
    auto loaded = load(actor, caseId, false);
    if (!loaded) {
        return loaded.error();
    }
    return m_context.cases.transitionsOf(caseId);
}

Result<std::vector<Goal>> CaseService::goals(const UserAccount& actor, qint64 caseId)
{
    auto loaded = load(actor, caseId, false);
    if (!loaded) {
        return loaded.error();
    }
    return m_context.cases.goalsOf(caseId);
}

Result<std::vector<Case>> CaseService::caseload(const UserAccount& actor, qint64 caseManagerId)
{
    if (caseManagerId != actor.id && actor.role != Role::TeamLead) {
        return makeError(ErrorCode::PermissionDenied, tr("Only a team lead sees another worker's caseload."),
                         "caseload of another refused");
    }
    return m_context.cases.casesManagedBy(caseManagerId);
}

Result<int> CaseService::activeCaseCount(const UserAccount& actor, qint64 caseManagerId, qint64 programmeId)
{
    if (caseManagerId != actor.id && actor.role != Role::TeamLead) {
        return makeError(ErrorCode::PermissionDenied, tr("Only a team lead sees another worker's caseload."),
                         "caseload of another refused");
    }
    return m_context.cases.activeCaseCount(caseManagerId, programmeId);
}

Result<std::vector<Case>> CaseService::waitingList(const UserAccount& actor)
{
    if (!AccessPolicy::canSeeWaitingList(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("The waiting list is for case managers and team leads."),
                         "waiting list refused");
    }
    return m_context.cases.casesWithStatus(CaseStatus::WaitingList);
}

Result<std::vector<Case>> CaseService::intakeQueue(const UserAccount& actor)
{
    if (!AccessPolicy::canSeeWaitingList(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("The intake queue is for case managers and team leads."),
                         "intake queue refused");
    }
    return m_context.cases.casesWithStatus(CaseStatus::Intake);
}

Result<std::vector<Case>> CaseService::overdueCases(const UserAccount& actor)
{
    auto overdue = m_context.cases.overdueCases(m_context.calendar.today(m_context.clock));
    if (!overdue || actor.role == Role::TeamLead) {
        return overdue;
    }
    std::vector<Case> mine;
    for (const Case& value : *overdue) {
        if (value.caseManagerId == actor.id) {
            mine.push_back(value);
        }
    }
    return mine;
}

} // namespace relais::core
