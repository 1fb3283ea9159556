#pragma once

#include "AuditService.h"
#include "Pipeline.h"
#include "ServiceContext.h"

#include <QCoreApplication>

namespace relais::core {

// Cases through the six stages, with the caseload cap. Every rule holds here,
// whatever the path (GUI, import, CLI): each call checks the actor's rights, the
// stage guard and the cap, then writes the change, its history row and its audit
// entry in one transaction, or nothing.
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    explicit CaseService(ServiceContext& context);

    // Opens a case at intake (a candidate, from a worker or an incoming referral).
    Result<Case> openCase(const UserAccount& actor, qint64 personId, qint64 programmeId,
                          std::optional<qint64> caseManagerId, bool personRequested = false,
                          std::optional<qint64> referralId = std::nullopt);
    // Records that the person asked for support themselves.
    Status recordRequest(const UserAccount& actor, qint64 caseId);
    // Intake -> assessment. Failing eligibility checks need `overrideReason` from a team lead.
    // The caseload cap refuses with ErrorCode::CaseloadCapReached.
    Result<Case> admit(const UserAccount& actor, qint64 caseId, const QString& overrideReason = {});
    Status decline(const UserAccount& actor, qint64 caseId, const QString& reason);
    // The candidate waits for a free place.
    Status placeOnWaitingList(const UserAccount& actor, qint64 caseId);
    // Team leads assign or reassign; the cap applies to admitted cases.
    Status assign(const UserAccount& actor, qint64 caseId, qint64 caseManagerId);

    Status recordAssessment(const UserAccount& actor, qint64 caseId, const QString& summary, const QString& strengths,
                            const QString& resources);
    Result<Goal> addGoal(const UserAccount& actor, qint64 caseId, const QString& description, const QString& means,
                         std::optional<QDate> targetDate);
    Status recordGoalOutcome(const UserAccount& actor, qint64 caseId, qint64 goalId, GoalOutcome outcome);
    Status recordSatisfaction(const UserAccount& actor, qint64 caseId, int satisfaction);
    Status setNextContactDue(const UserAccount& actor, qint64 caseId, std::optional<QDate> due);

    // assessment -> planning -> monitoring -> evaluation, each behind its guard.
    Result<Case> advance(const UserAccount& actor, qint64 caseId);
    // Evaluation -> assessment, a new cycle.
    Result<Case> reassess(const UserAccount& actor, qint64 caseId);
    // Evaluation -> exit, with the reason and the housing the person leaves for.
    Result<Case> exitCase(const UserAccount& actor, qint64 caseId, ExitReason reason,
                          std::optional<HousingSituation> destination, const QString& note = {});
    // From any stage after admission: lost contact, moved, refused, deceased.
    Result<Case> earlyExit(const UserAccount& actor, qint64 caseId, ExitReason reason, const QString& note = {});
    // A closed case starts again as a new case at intake, linked to the old one.
    Result<Case> reopen(const UserAccount& actor, qint64 caseId);

    Result<Case> caseById(const UserAccount& actor, qint64 caseId);
    // Every case of a person (any status), oldest first, if the actor may read the file.
    Result<std::vector<Case>> casesOfPerson(const UserAccount& actor, qint64 personId);
    Result<QStringList> missingForNextStep(const UserAccount& actor, qint64 caseId);
    Result<QStringList> eligibilityWarnings(const UserAccount& actor, qint64 caseId);
    Result<std::vector<StageTransition>> history(const UserAccount& actor, qint64 caseId);
    Result<std::vector<Goal>> goals(const UserAccount& actor, qint64 caseId);
    // The cases a case manager follows (team leads may ask for anyone's).
    Result<std::vector<Case>> caseload(const UserAccount& actor, qint64 caseManagerId);
    Result<int> activeCaseCount(const UserAccount& actor, qint64 caseManagerId, qint64 programmeId);
    Result<std::vector<Case>> waitingList(const UserAccount& actor);
    Result<std::vector<Case>> intakeQueue(const UserAccount& actor);
    Result<std::vector<Case>> overdueCases(const UserAccount& actor);

private:
    struct Loaded
    {
        Case value;
        Person person;
        Programme programme;
        PersonAccessFacts facts;
    };
    Result<Loaded> load(const UserAccount& actor, qint64 caseId, bool forWriting);
    // A unit of work and the case loaded for writing: how every change starts.
    struct Change
    {
        std::unique_ptr<UnitOfWork> unit;
        Loaded loaded;
    };
    Result<Change> beginChange(const UserAccount& actor, qint64 caseId);
    Result<Pipeline::Facts> factsFor(const Case& value, const Person& person);
    Status checkCap(qint64 caseManagerId, const Programme& programme, std::optional<qint64> ignoreCaseId = {});
    // Saves the case, its transition row and the audit entry; commits.
    Result<Case> saveTransition(const UserAccount& actor, Case value, std::optional<Stage> from, const QString& action,
                                const QString& reason, std::unique_ptr<UnitOfWork> unit, const QStringList& fields);
    Status saveCase(const UserAccount& actor, const Case& value, std::unique_ptr<UnitOfWork> unit,
                    const QString& action, const QStringList& fields);

    ServiceContext& m_context;
    AuditService m_audit;
};

} // namespace relais::core
