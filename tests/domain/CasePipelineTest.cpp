#include "DomainChecks.h"
#include "DomainFixture.h"

#include <catch2/catch.hpp>

// The six-stage circuit of seed 001 through CaseService over a real encrypted
// store: each legal step, each refused one (with what is missing, and nothing
// changed), eligibility overrides, reassessment, early exit, reopening, the
// caseload cap and overdue follow-ups.

using namespace relais;
using namespace relais::core;
using Catch::Matchers::Contains;
using test::containsId;
using test::DomainFixture;
using test::messageOf;

namespace {

const QDate kToday(2026, 3, 2); // the fixture's clock, in Montreal
constexpr qint64 kDay = 24 * 3600;

// What a refused step must leave as it was.
struct CaseState
{
    Stage stage = Stage::Intake;
    CaseStatus status = CaseStatus::Intake;
    int cycle = 0;
    std::optional<qint64> caseManagerId;
    std::size_t transitions = 0;
    std::size_t auditEntries = 0;
};

CaseState stateOf(DomainFixture& f, qint64 caseId)
{
    auto value = f.cases->caseById(f.lea, caseId);
    REQUIRE_OK(value);
    auto history = f.cases->history(f.lea, caseId);
    REQUIRE_OK(history);
    auto audit = f.context->audit.entriesFor(value->uuid);
    REQUIRE_OK(audit);
    return {value->stage, value->status, value->cycle, value->caseManagerId, history->size(), audit->size()};
}

void checkUnchanged(DomainFixture& f, qint64 caseId, const CaseState& before)
{
    const CaseState after = stateOf(f, caseId);
    CHECK(after.stage == before.stage);
    CHECK(after.status == before.status);
    CHECK(after.cycle == before.cycle);
    CHECK(after.caseManagerId == before.caseManagerId);
    CHECK(after.transitions == before.transitions);
    CHECK(after.auditEntries == before.auditEntries);
}

// One of marie's cases, admitted and taken to `stage` through the service with
// every guard met. Its goal (if planned) is returned through `goal`.
Case caseAt(DomainFixture& f, Stage stage, Goal* goal = nullptr)
{
    const Person person = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    Case value = f.admittedCase(f.marie, person.id);
    REQUIRE(value.stage == Stage::Assessment);
    if (stage == Stage::Assessment) {
        return value;
    }
    REQUIRE_OK(f.cases->recordAssessment(f.marie, value.id, QStringLiteral("Rupture familiale, perte d’emploi"),
                                         QStringLiteral("Motivée, débrouillarde"), QStringLiteral("Sa sœur")));
    auto planning = f.cases->advance(f.marie, value.id);
    REQUIRE_OK(planning);
    if (stage == Stage::Planning) {
        return *planning;
    }
    auto added = f.cases->addGoal(f.marie, value.id, QStringLiteral("Trouver un logement"),
                                  QStringLiteral("Demande de HLM, deux visites d’appartements"), QDate(2026, 6, 1));
    REQUIRE_OK(added);
    if (goal) {
        *goal = *added;
    }
    auto monitoring = f.cases->advance(f.marie, value.id);
    REQUIRE_OK(monitoring);
    if (stage == Stage::Monitoring) {
        return *monitoring;
    }
    f.store.clock.advanceSeconds(7 * kDay);
    f.logIntervention(f.marie, person.id);
    auto evaluation = f.cases->advance(f.marie, value.id);
    REQUIRE_OK(evaluation);
    REQUIRE(stage == Stage::Evaluation);
    return *evaluation;
}

// A case at evaluation with its goal's outcome and the person's satisfaction recorded.
Case evaluatedCase(DomainFixture& f)
{
    Goal goal;
    Case value = caseAt(f, Stage::Evaluation, &goal);
    REQUIRE_OK(f.cases->recordGoalOutcome(f.marie, value.id, goal.id, GoalOutcome::Partly));
    REQUIRE_OK(f.cases->recordSatisfaction(f.marie, value.id, 4));
    return value;
}

Case openFor(DomainFixture& f, const UserAccount& manager, const QString& lastName, bool requested = true)
{
    const Person person = f.addPerson(manager, QStringLiteral("Usager"), lastName);
    auto opened = f.cases->openCase(manager, person.id, f.programme.id, manager.id, requested);
    REQUIRE_OK(opened);
    return *opened;
}

int activeCount(DomainFixture& f, const UserAccount& manager)
{
    auto count = f.cases->activeCaseCount(f.lea, manager.id, f.programme.id);
    REQUIRE_OK(count);
    return *count;
}

} // namespace

TEST_CASE("A case goes from intake to exit when each stage's guard is met", "[domain][pipeline]")
{
    DomainFixture f;
    const Person person = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    const QDateTime opening = f.store.clock.nowUtc();

    auto opened = f.cases->openCase(f.marie, person.id, f.programme.id, f.marie.id, true);
    REQUIRE_OK(opened);
    CHECK(opened->stage == Stage::Intake);
    CHECK(opened->status == CaseStatus::Intake);
    CHECK(opened->openedOn == kToday);
    const qint64 id = opened->id;

    // The team lead admits: the history keeps who did each step.
    auto admitted = f.cases->admit(f.lea, id);
    REQUIRE_OK(admitted);
    CHECK(admitted->stage == Stage::Assessment);
    CHECK(admitted->status == CaseStatus::Active);
    CHECK(admitted->admittedOn == kToday);

    REQUIRE_OK(f.cases->recordAssessment(f.marie, id, QStringLiteral("Perte d’emploi, rupture familiale"),
                                         QStringLiteral("Motivée"), QStringLiteral("Sa sœur à Sherbrooke")));
    auto planning = f.cases->advance(f.marie, id);
    REQUIRE_OK(planning);
    CHECK(planning->stage == Stage::Planning);

    auto goal = f.cases->addGoal(f.marie, id, QStringLiteral("Trouver un logement"),
                                 QStringLiteral("Demande de HLM, visites accompagnées"), QDate(2026, 6, 1));
    REQUIRE_OK(goal);
    CHECK(goal->cycle == 1);
    auto monitoring = f.cases->advance(f.marie, id);
    REQUIRE_OK(monitoring);
    CHECK(monitoring->stage == Stage::Monitoring);

    f.store.clock.advanceSeconds(7 * kDay);
    const QDateTime aWeekLater = f.store.clock.nowUtc();
    f.logIntervention(f.marie, person.id);
    auto evaluation = f.cases->advance(f.marie, id);
    REQUIRE_OK(evaluation);
    CHECK(evaluation->stage == Stage::Evaluation);

    REQUIRE_OK(f.cases->recordGoalOutcome(f.marie, id, goal->id, GoalOutcome::Achieved));
    REQUIRE_OK(f.cases->recordSatisfaction(f.marie, id, 5));
    auto exited
        = f.cases->exitCase(f.marie, id, ExitReason::GoalsMet, HousingSituation::Housed, QStringLiteral("Bail signé"));
    REQUIRE_OK(exited);
    CHECK(exited->stage == Stage::Exit);
    CHECK(exited->status == CaseStatus::Closed);

    // What the file shows afterwards, read back from the store.
    auto stored = f.cases->caseById(f.lea, id);
    REQUIRE_OK(stored);
    CHECK(stored->stage == Stage::Exit);
    CHECK(stored->status == CaseStatus::Closed);
    CHECK(stored->exitReason == ExitReason::GoalsMet);
    CHECK(stored->exitHousing == HousingSituation::Housed);
    CHECK(stored->closedOn == kToday.addDays(7));
    CHECK(stored->satisfaction == 5);
    auto goals = f.cases->goals(f.lea, id);
    REQUIRE_OK(goals);
    REQUIRE(goals->size() == 1);
    CHECK(goals->front().outcome == GoalOutcome::Achieved);

    auto history = f.cases->history(f.lea, id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 6);
    struct Step
    {
        const char* action;
        std::optional<Stage> from;
        Stage to;
        qint64 by;
        QDateTime at;
    };
    const Step expected[] = {
        {"open", std::nullopt, Stage::Intake, f.marie.id, opening},
        {"admit", Stage::Intake, Stage::Assessment, f.lea.id, opening},
        {"advance", Stage::Assessment, Stage::Planning, f.marie.id, opening},
        {"advance", Stage::Planning, Stage::Monitoring, f.marie.id, opening},
        {"advance", Stage::Monitoring, Stage::Evaluation, f.marie.id, aWeekLater},
        {"exit", Stage::Evaluation, Stage::Exit, f.marie.id, aWeekLater},
    };
    for (std::size_t i = 0; i < history->size(); ++i) {
        const StageTransition& transition = (*history)[i];
        INFO("transition " << i);
        CHECK(transition.action.toStdString() == expected[i].action);
        CHECK(transition.fromStage == expected[i].from);
        CHECK(transition.toStage == expected[i].to);
        CHECK(transition.byUserId == expected[i].by);
        CHECK(transition.at == expected[i].at);
        CHECK(transition.cycle == 1);
    }
    CHECK(history->back().reason == QStringLiteral("goals_met"));
}

TEST_CASE("Leaving assessment without the written assessment is refused and changes nothing", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = caseAt(f, Stage::Assessment);
    const CaseState before = stateOf(f, value.id);

    auto advanced = f.cases->advance(f.marie, value.id);
    REQUIRE_REFUSED(advanced, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(advanced), Contains("assessment"));
    checkUnchanged(f, value.id, before);

    auto missing = f.cases->missingForNextStep(f.marie, value.id);
    REQUIRE_OK(missing);
    CHECK_THAT(missing->join(QLatin1Char('\n')).toStdString(), Contains("assessment"));
}

TEST_CASE("Planning does not lead to monitoring without a goal with its means", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = caseAt(f, Stage::Planning);
    const CaseState before = stateOf(f, value.id);

    auto withoutGoal = f.cases->advance(f.marie, value.id);
    REQUIRE_REFUSED(withoutGoal, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(withoutGoal), Contains("goal") && Contains("means"));
    checkUnchanged(f, value.id, before);

    // A goal without its means is not a plan yet.
    REQUIRE_OK(f.cases->addGoal(f.marie, value.id, QStringLiteral("Trouver un logement"), QString(), std::nullopt));
    const CaseState withBareGoal = stateOf(f, value.id);
    auto withoutMeans = f.cases->advance(f.marie, value.id);
    REQUIRE_REFUSED(withoutMeans, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(withoutMeans), Contains("means"));
    checkUnchanged(f, value.id, withBareGoal);

    REQUIRE_OK(f.cases->addGoal(f.marie, value.id, QStringLiteral("Ouvrir un compte bancaire"),
                                QStringLiteral("Accompagnement à la caisse populaire"), std::nullopt));
    auto advanced = f.cases->advance(f.marie, value.id);
    REQUIRE_OK(advanced);
    CHECK(advanced->stage == Stage::Monitoring);
}

TEST_CASE("Monitoring does not lead to evaluation without an intervention logged since monitoring began",
          "[domain][pipeline]")
{
    DomainFixture f;
    const Case planning = caseAt(f, Stage::Planning);
    REQUIRE_OK(f.cases->addGoal(f.marie, planning.id, QStringLiteral("Trouver un logement"),
                                QStringLiteral("Demande de HLM"), std::nullopt));
    // Met while the plan was being agreed, the day before monitoring began: does not count.
    f.logIntervention(f.marie, planning.personId);
    f.store.clock.advanceSeconds(kDay);
    auto monitoring = f.cases->advance(f.marie, planning.id);
    REQUIRE_OK(monitoring);
    REQUIRE(monitoring->stage == Stage::Monitoring);
    const CaseState before = stateOf(f, planning.id);

    auto advanced = f.cases->advance(f.marie, planning.id);
    REQUIRE_REFUSED(advanced, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(advanced), Contains("intervention"));
    checkUnchanged(f, planning.id, before);

    f.store.clock.advanceSeconds(3 * kDay);
    f.logIntervention(f.marie, planning.personId);
    auto evaluation = f.cases->advance(f.marie, planning.id);
    REQUIRE_OK(evaluation);
    CHECK(evaluation->stage == Stage::Evaluation);
}

TEST_CASE("A case at evaluation neither exits nor is reassessed without goal outcomes and satisfaction",
          "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = caseAt(f, Stage::Evaluation);
    const CaseState before = stateOf(f, value.id);

    auto exited = f.cases->exitCase(f.marie, value.id, ExitReason::GoalsMet, HousingSituation::Housed);
    REQUIRE_REFUSED(exited, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(exited), Contains("goal") && Contains("satisfaction"));
    checkUnchanged(f, value.id, before);

    auto reassessed = f.cases->reassess(f.marie, value.id);
    REQUIRE_REFUSED(reassessed, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(reassessed), Contains("goal") && Contains("satisfaction"));
    checkUnchanged(f, value.id, before);

    // Evaluation has no "next stage": it is exit or reassessment.
    auto advanced = f.cases->advance(f.marie, value.id);
    REQUIRE_REFUSED(advanced, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(advanced), Contains("exit") && Contains("reassessment"));
    checkUnchanged(f, value.id, before);
}

TEST_CASE("Exit without the housing the person leaves for is refused", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = evaluatedCase(f);
    const CaseState before = stateOf(f, value.id);

    auto exited = f.cases->exitCase(f.marie, value.id, ExitReason::GoalsMet, std::nullopt);
    REQUIRE_REFUSED(exited, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(exited), Contains("housing"));
    checkUnchanged(f, value.id, before);

    auto withDestination = f.cases->exitCase(f.marie, value.id, ExitReason::GoalsMet, HousingSituation::ThirdParty);
    REQUIRE_OK(withDestination);
    CHECK(withDestination->status == CaseStatus::Closed);
}

TEST_CASE("Admission without the person's own request is refused until the request is recorded", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = openFor(f, f.marie, QStringLiteral("Sans-Demande"), false);
    const CaseState before = stateOf(f, value.id);

    auto admitted = f.cases->admit(f.marie, value.id);
    REQUIRE_REFUSED(admitted, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(admitted), Contains("request"));
    checkUnchanged(f, value.id, before);

    REQUIRE_OK(f.cases->recordRequest(f.marie, value.id));
    auto afterRequest = f.cases->admit(f.marie, value.id);
    REQUIRE_OK(afterRequest);
    CHECK(afterRequest->status == CaseStatus::Active);
}

TEST_CASE("An early exit for a reason that is not an early one is refused", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = caseAt(f, Stage::Monitoring);
    const CaseState before = stateOf(f, value.id);

    for (ExitReason reason : {ExitReason::GoalsMet, ExitReason::Other}) {
        auto exited = f.cases->earlyExit(f.marie, value.id, reason);
        REQUIRE_REFUSED(exited, ErrorCode::InputRejected);
        CHECK_THAT(messageOf(exited), Contains("lost contact"));
        checkUnchanged(f, value.id, before);
    }
}

TEST_CASE("Declining a candidate needs a reason, which is kept", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = openFor(f, f.marie, QStringLiteral("Hors-Territoire"));
    const CaseState before = stateOf(f, value.id);

    auto withoutReason = f.cases->decline(f.marie, value.id, QStringLiteral("   "));
    REQUIRE_REFUSED(withoutReason, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(withoutReason), Contains("reason"));
    checkUnchanged(f, value.id, before);

    const QString reason = QStringLiteral("Vit hors du territoire desservi");
    REQUIRE_OK(f.cases->decline(f.marie, value.id, reason));
    auto declined = f.cases->caseById(f.lea, value.id);
    REQUIRE_OK(declined);
    CHECK(declined->status == CaseStatus::Declined);
    CHECK(declined->declineReason == reason);
    auto history = f.cases->history(f.lea, value.id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == before.transitions + 1);
    CHECK(history->back().action == QStringLiteral("decline"));
    CHECK(history->back().reason == reason);
    CHECK(history->back().byUserId == f.marie.id);
}

TEST_CASE("A candidate cannot skip admission or leave early before being admitted", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = openFor(f, f.marie, QStringLiteral("Candidat"));
    const CaseState before = stateOf(f, value.id);

    auto advanced = f.cases->advance(f.marie, value.id);
    REQUIRE_REFUSED(advanced, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(advanced), Contains("not active"));

    auto early = f.cases->earlyExit(f.marie, value.id, ExitReason::LostContact);
    REQUIRE_REFUSED(early, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(early), Contains("decline"));
    checkUnchanged(f, value.id, before);
}

TEST_CASE("Admitting a person on the street for 8 months needs a team lead's override with a reason",
          "[domain][eligibility]")
{
    DomainFixture f;
    Person person = f.addPerson(f.marie, QStringLiteral("Jean"), QStringLiteral("Tremblay"));
    person.housingSituation = HousingSituation::Street;
    person.housingSince = kToday.addMonths(-8);
    REQUIRE_OK(f.people->updatePerson(f.marie, person));
    auto opened = f.cases->openCase(f.marie, person.id, f.programme.id, f.marie.id, true);
    REQUIRE_OK(opened);
    const qint64 id = opened->id;
    const CaseState before = stateOf(f, id);

    auto warnings = f.cases->eligibilityWarnings(f.marie, id);
    REQUIRE_OK(warnings);
    REQUIRE(warnings->size() == 1);
    CHECK_THAT(warnings->front().toStdString(), Contains("6 month"));

    auto withoutReason = f.cases->admit(f.marie, id);
    REQUIRE_REFUSED(withoutReason, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(withoutReason), Contains("6 month") && Contains("team lead"));
    checkUnchanged(f, id, before);

    const QString reason = QStringLiteral("Sortie d’hôpital récente, logement en vue");
    auto byCaseManager = f.cases->admit(f.marie, id, reason);
    REQUIRE_REFUSED(byCaseManager, ErrorCode::PermissionDenied);
    CHECK_THAT(messageOf(byCaseManager), Contains("team lead"));
    checkUnchanged(f, id, before);

    auto byTeamLead = f.cases->admit(f.lea, id, reason);
    REQUIRE_OK(byTeamLead);
    CHECK(byTeamLead->status == CaseStatus::Active);

    auto stored = f.cases->caseById(f.marie, id);
    REQUIRE_OK(stored);
    CHECK(stored->eligibilityOverrideReason == reason);
    auto history = f.cases->history(f.marie, id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == before.transitions + 1);
    CHECK(history->back().action == QStringLiteral("admit"));
    CHECK(history->back().reason == reason);
    CHECK(history->back().byUserId == f.lea.id);
}

TEST_CASE("An override reason is refused when it is only spaces", "[domain][eligibility]")
{
    DomainFixture f;
    Person person = f.addPerson(f.marie, QStringLiteral("Jean"), QStringLiteral("Tremblay"));
    person.residencePermit = ResidencePermit::No;
    REQUIRE_OK(f.people->updatePerson(f.marie, person));
    auto opened = f.cases->openCase(f.marie, person.id, f.programme.id, f.marie.id, true);
    REQUIRE_OK(opened);
    const CaseState before = stateOf(f, opened->id);

    auto admitted = f.cases->admit(f.lea, opened->id, QStringLiteral("  "));
    REQUIRE_REFUSED(admitted, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(admitted), Contains("residence permit"));
    checkUnchanged(f, opened->id, before);
}

TEST_CASE("Reassessment starts cycle 2 at assessment, and cycle 2 needs its own goals", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = evaluatedCase(f);

    auto reassessed = f.cases->reassess(f.marie, value.id);
    REQUIRE_OK(reassessed);
    CHECK(reassessed->stage == Stage::Assessment);
    CHECK(reassessed->status == CaseStatus::Active);
    CHECK(reassessed->cycle == 2);
    CHECK_FALSE(reassessed->satisfaction.has_value());

    auto history = f.cases->history(f.marie, value.id);
    REQUIRE_OK(history);
    const StageTransition& last = history->back();
    CHECK(last.action == QStringLiteral("reassess"));
    CHECK(last.fromStage == Stage::Evaluation);
    CHECK(last.toStage == Stage::Assessment);
    CHECK(last.cycle == 2);
    CHECK(last.byUserId == f.marie.id);

    REQUIRE_OK(f.cases->recordAssessment(f.marie, value.id, QStringLiteral("Logée, isolement"), QString(), QString()));
    REQUIRE_OK(f.cases->advance(f.marie, value.id));
    // The goal of cycle 1 does not plan cycle 2.
    auto withOldGoal = f.cases->advance(f.marie, value.id);
    REQUIRE_REFUSED(withOldGoal, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(withOldGoal), Contains("goal"));

    auto goal = f.cases->addGoal(f.marie, value.id, QStringLiteral("Garder le logement"),
                                 QStringLiteral("Visite toutes les deux semaines"), std::nullopt);
    REQUIRE_OK(goal);
    CHECK(goal->cycle == 2);
    auto monitoring = f.cases->advance(f.marie, value.id);
    REQUIRE_OK(monitoring);
    CHECK(monitoring->stage == Stage::Monitoring);
    CHECK(monitoring->cycle == 2);
}

TEST_CASE("An early exit from monitoring for lost contact closes the case", "[domain][pipeline]")
{
    DomainFixture f;
    const Case value = caseAt(f, Stage::Monitoring);
    REQUIRE_OK(f.cases->setNextContactDue(f.marie, value.id, kToday.addDays(7)));
    const int activeBefore = activeCount(f, f.marie);
    const CaseState before = stateOf(f, value.id);

    auto exited = f.cases->earlyExit(f.marie, value.id, ExitReason::LostContact, QStringLiteral("Plus vue au parc"));
    REQUIRE_OK(exited);

    auto stored = f.cases->caseById(f.marie, value.id);
    REQUIRE_OK(stored);
    CHECK(stored->status == CaseStatus::Closed);
    CHECK(stored->stage == Stage::Exit);
    CHECK(stored->exitReason == ExitReason::LostContact);
    CHECK(stored->closedOn == kToday);
    CHECK_FALSE(stored->nextContactDue.has_value());
    CHECK(activeCount(f, f.marie) == activeBefore - 1);

    auto history = f.cases->history(f.marie, value.id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == before.transitions + 1);
    CHECK(history->back().action == QStringLiteral("early_exit"));
    CHECK(history->back().fromStage == Stage::Monitoring);
    CHECK(history->back().toStage == Stage::Exit);
    CHECK(history->back().reason == QStringLiteral("lost_contact"));
}

TEST_CASE("Reopening a closed case opens a new intake case linked to the old one", "[domain][pipeline]")
{
    DomainFixture f;
    const Case old = caseAt(f, Stage::Monitoring);

    auto whileActive = f.cases->reopen(f.marie, old.id);
    REQUIRE_REFUSED(whileActive, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(whileActive), Contains("closed"));

    REQUIRE_OK(f.cases->earlyExit(f.marie, old.id, ExitReason::Moved));
    f.store.clock.advanceSeconds(30 * kDay);
    auto reopened = f.cases->reopen(f.marie, old.id);
    REQUIRE_OK(reopened);
    CHECK(reopened->id != old.id);
    CHECK(reopened->personId == old.personId);
    CHECK(reopened->programmeId == old.programmeId);
    CHECK(reopened->caseManagerId == f.marie.id);
    CHECK(reopened->stage == Stage::Intake);
    CHECK(reopened->status == CaseStatus::Intake);
    CHECK(reopened->cycle == 1);
    CHECK(reopened->openedOn == kToday.addDays(30));
    CHECK(reopened->previousCaseId == old.id);

    auto stored = f.cases->caseById(f.lea, reopened->id);
    REQUIRE_OK(stored);
    CHECK(stored->previousCaseId == old.id);
    auto previous = f.cases->caseById(f.lea, old.id);
    REQUIRE_OK(previous);
    CHECK(previous->status == CaseStatus::Closed);

    auto history = f.cases->history(f.lea, reopened->id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->front().action == QStringLiteral("open"));

    // One open case per person and programme: the old one cannot be reopened twice.
    auto twice = f.cases->reopen(f.marie, old.id);
    REQUIRE_REFUSED(twice, ErrorCode::InputRejected);
}

TEST_CASE("Another case manager can neither read nor move a case he does not follow", "[domain][permissions]")
{
    DomainFixture f;
    const Case value = caseAt(f, Stage::Assessment);
    REQUIRE_OK(f.cases->recordAssessment(f.marie, value.id, QStringLiteral("Isolement"), QString(), QString()));
    const CaseState before = stateOf(f, value.id);

    REQUIRE_REFUSED(f.cases->caseById(f.paul, value.id), ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.cases->history(f.paul, value.id), ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.cases->advance(f.paul, value.id), ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.cases->earlyExit(f.paul, value.id, ExitReason::LostContact), ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.cases->caseload(f.paul, f.marie.id), ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.cases->advance(f.admin, value.id), ErrorCode::PermissionDenied);
    checkUnchanged(f, value.id, before);
}

TEST_CASE("The 11th active case of a case manager is refused with her name and the cap, another can take it",
          "[domain][caseload]")
{
    DomainFixture f;
    for (int i = 1; i <= 10; ++i) {
        const Person person = f.addPerson(f.marie, QStringLiteral("Usager"), QStringLiteral("Numéro %1").arg(i));
        f.admittedCase(f.marie, person.id);
    }
    REQUIRE(activeCount(f, f.marie) == 10);

    const Case eleventh = openFor(f, f.marie, QStringLiteral("Onzième"));
    const CaseState before = stateOf(f, eleventh.id);
    auto refused = f.cases->admit(f.marie, eleventh.id);
    REQUIRE_REFUSED(refused, ErrorCode::CaseloadCapReached);
    CHECK_THAT(messageOf(refused), Contains("marie") && Contains("10"));
    CHECK_THAT(messageOf(refused), Contains("waiting list"));
    checkUnchanged(f, eleventh.id, before);
    // The rule holds whoever acts.
    REQUIRE_REFUSED(f.cases->admit(f.lea, eleventh.id), ErrorCode::CaseloadCapReached);
    CHECK(activeCount(f, f.marie) == 10);

    REQUIRE_OK(f.cases->placeOnWaitingList(f.marie, eleventh.id));
    auto waiting = f.cases->waitingList(f.lea);
    REQUIRE_OK(waiting);
    REQUIRE(containsId(*waiting, eleventh.id));
    CHECK(waiting->size() == 1);
    CHECK(waiting->front().status == CaseStatus::WaitingList);
    CHECK(waiting->front().waitingSince == kToday);

    // Only a team lead assigns; paul takes the 11th.
    REQUIRE_REFUSED(f.cases->assign(f.marie, eleventh.id, f.paul.id), ErrorCode::PermissionDenied);
    REQUIRE_OK(f.cases->assign(f.lea, eleventh.id, f.paul.id));
    auto admittedByPaul = f.cases->admit(f.paul, eleventh.id);
    REQUIRE_OK(admittedByPaul);
    CHECK(admittedByPaul->caseManagerId == f.paul.id);
    CHECK(admittedByPaul->status == CaseStatus::Active);
    auto waitingAfter = f.cases->waitingList(f.lea);
    REQUIRE_OK(waitingAfter);
    CHECK_FALSE(containsId(*waitingAfter, eleventh.id));

    // The 12th candidate: refused for marie too, admitted by paul.
    const Case twelfth = openFor(f, f.marie, QStringLiteral("Douzième"));
    REQUIRE_REFUSED(f.cases->admit(f.marie, twelfth.id), ErrorCode::CaseloadCapReached);
    REQUIRE_OK(f.cases->assign(f.lea, twelfth.id, f.paul.id));
    REQUIRE_OK(f.cases->admit(f.paul, twelfth.id));

    CHECK(activeCount(f, f.marie) == 10);
    CHECK(activeCount(f, f.paul) == 2);
}

TEST_CASE("Reassigning an admitted case to a full caseload is refused", "[domain][caseload]")
{
    DomainFixture f;
    for (int i = 1; i <= 10; ++i) {
        const Person person = f.addPerson(f.marie, QStringLiteral("Usager"), QStringLiteral("Numéro %1").arg(i));
        f.admittedCase(f.marie, person.id);
    }
    const Person person = f.addPerson(f.paul, QStringLiteral("Jean"), QStringLiteral("Tremblay"));
    const Case paulsCase = f.admittedCase(f.paul, person.id);
    const CaseState before = stateOf(f, paulsCase.id);

    auto assigned = f.cases->assign(f.lea, paulsCase.id, f.marie.id);
    REQUIRE_REFUSED(assigned, ErrorCode::CaseloadCapReached);
    CHECK_THAT(messageOf(assigned), Contains("marie") && Contains("10"));
    checkUnchanged(f, paulsCase.id, before);
    CHECK(activeCount(f, f.marie) == 10);
    CHECK(activeCount(f, f.paul) == 1);
}

TEST_CASE("An exited case frees a place in the caseload", "[domain][caseload]")
{
    DomainFixture f;
    std::vector<Case> admitted;
    for (int i = 1; i <= 10; ++i) {
        const Person person = f.addPerson(f.marie, QStringLiteral("Usager"), QStringLiteral("Numéro %1").arg(i));
        admitted.push_back(f.admittedCase(f.marie, person.id));
    }
    const Case candidate = openFor(f, f.marie, QStringLiteral("Onzième"));
    REQUIRE_REFUSED(f.cases->admit(f.marie, candidate.id), ErrorCode::CaseloadCapReached);

    REQUIRE_OK(f.cases->earlyExit(f.marie, admitted.front().id, ExitReason::Moved));
    CHECK(activeCount(f, f.marie) == 9);
    auto admittedNow = f.cases->admit(f.marie, candidate.id);
    REQUIRE_OK(admittedNow);
    CHECK(activeCount(f, f.marie) == 10);
}

TEST_CASE("An overdue follow-up shows for the team lead and its case manager, not for another case manager",
          "[domain][followup]")
{
    DomainFixture f;
    const Case overdue
        = f.admittedCase(f.marie, f.addPerson(f.marie, QStringLiteral("Jean"), QStringLiteral("Retard")).id);
    const Case dueToday
        = f.admittedCase(f.marie, f.addPerson(f.marie, QStringLiteral("Lise"), QStringLiteral("Aujourd’hui")).id);
    const Case dueNextWeek
        = f.admittedCase(f.marie, f.addPerson(f.marie, QStringLiteral("Marc"), QStringLiteral("Plus-Tard")).id);
    const Case paulsOverdue
        = f.admittedCase(f.paul, f.addPerson(f.paul, QStringLiteral("Paule"), QStringLiteral("Oubliée")).id);
    REQUIRE_OK(f.cases->setNextContactDue(f.marie, overdue.id, kToday.addDays(-3)));
    REQUIRE_OK(f.cases->setNextContactDue(f.marie, dueToday.id, kToday));
    REQUIRE_OK(f.cases->setNextContactDue(f.marie, dueNextWeek.id, kToday.addDays(7)));
    REQUIRE_OK(f.cases->setNextContactDue(f.paul, paulsOverdue.id, kToday.addDays(-1)));

    auto forLea = f.cases->overdueCases(f.lea);
    REQUIRE_OK(forLea);
    CHECK(test::idsOf(*forLea) == test::sorted({overdue.id, paulsOverdue.id}));

    auto forMarie = f.cases->overdueCases(f.marie);
    REQUIRE_OK(forMarie);
    CHECK(test::idsOf(*forMarie) == std::vector<qint64> {overdue.id});

    auto forPaul = f.cases->overdueCases(f.paul);
    REQUIRE_OK(forPaul);
    CHECK(test::idsOf(*forPaul) == std::vector<qint64> {paulsOverdue.id});

    // Ten days later the other two are overdue as well.
    f.store.clock.advanceSeconds(10 * kDay);
    auto later = f.cases->overdueCases(f.marie);
    REQUIRE_OK(later);
    CHECK(test::idsOf(*later) == test::sorted({overdue.id, dueToday.id, dueNextWeek.id}));
}
