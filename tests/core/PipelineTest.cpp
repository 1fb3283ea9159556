#include "core/domain/Pipeline.h"

#include <catch2/catch.hpp>

using namespace relais::core;
using Catch::Matchers::Contains;

// The guards of the six-stage circuit (seed 001), on hand-built cases: no database.

namespace {

const QDate kToday(2026, 3, 2);

std::string joined(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

Case candidate()
{
    Case value;
    value.id = 7;
    value.personId = 3;
    value.programmeId = 1;
    value.caseManagerId = 12;
    value.stage = Stage::Intake;
    value.status = CaseStatus::Intake;
    value.personRequested = true;
    value.openedOn = kToday;
    return value;
}

Case activeAt(Stage stage, int cycle = 1)
{
    Case value = candidate();
    value.status = CaseStatus::Active;
    value.stage = stage;
    value.cycle = cycle;
    value.admittedOn = kToday;
    return value;
}

Goal goal(int cycle, const char* description, const char* means, std::optional<GoalOutcome> outcome = {})
{
    Goal value;
    value.id = cycle * 100 + 1;
    value.caseId = 7;
    value.cycle = cycle;
    value.description = QString::fromUtf8(description);
    value.means = QString::fromUtf8(means);
    value.outcome = outcome;
    return value;
}

Pipeline::Facts identified()
{
    Pipeline::Facts facts;
    facts.personIdentified = true;
    return facts;
}

Programme defaultProgramme()
{
    Programme programme;
    programme.id = 1;
    programme.name = QStringLiteral("Héberge Toit");
    programme.caseloadCap = 10;
    programme.eligibility.maxMonthsHomeless = 6;
    programme.eligibility.requiresResidencePermit = true;
    programme.isDefault = true;
    return programme;
}

Person onTheStreetSince(QDate since, ResidencePermit permit = ResidencePermit::Yes)
{
    Person person;
    person.id = 3;
    person.firstName = QStringLiteral("Hélène");
    person.lastName = QStringLiteral("Côté");
    person.housingSituation = HousingSituation::Street;
    person.housingSince = since;
    person.residencePermit = permit;
    return person;
}

} // namespace

TEST_CASE("The normal flow goes intake, assessment, planning, monitoring, evaluation and stops there",
          "[core][pipeline]")
{
    CHECK(Pipeline::nextStage(Stage::Intake) == Stage::Assessment);
    CHECK(Pipeline::nextStage(Stage::Assessment) == Stage::Planning);
    CHECK(Pipeline::nextStage(Stage::Planning) == Stage::Monitoring);
    CHECK(Pipeline::nextStage(Stage::Monitoring) == Stage::Evaluation);
    // From evaluation the case exits or is reassessed: no automatic next stage.
    CHECK_FALSE(Pipeline::nextStage(Stage::Evaluation).has_value());
    CHECK_FALSE(Pipeline::nextStage(Stage::Exit).has_value());
}

TEST_CASE("A candidate who asked for support, identified and with a case manager may be admitted", "[core][pipeline]")
{
    CHECK(Pipeline::missingForAdmission(candidate(), identified()).isEmpty());

    Case waiting = candidate();
    waiting.status = CaseStatus::WaitingList;
    CHECK(Pipeline::missingForAdmission(waiting, identified()).isEmpty());
}

TEST_CASE("Admission without the person's own request says the request is missing", "[core][pipeline]")
{
    Case value = candidate();
    value.personRequested = false;
    const QStringList missing = Pipeline::missingForAdmission(value, identified());
    REQUIRE(missing.size() == 1);
    CHECK_THAT(joined(missing), Contains("request"));
}

TEST_CASE("Admission without a case manager asks to choose one", "[core][pipeline]")
{
    Case value = candidate();
    value.caseManagerId.reset();
    const QStringList missing = Pipeline::missingForAdmission(value, identified());
    REQUIRE(missing.size() == 1);
    CHECK_THAT(joined(missing), Contains("case manager"));
}

TEST_CASE("An anonymous contact must be identified before admission", "[core][pipeline]")
{
    Pipeline::Facts facts = identified();
    facts.personIdentified = false;
    const QStringList missing = Pipeline::missingForAdmission(candidate(), facts);
    REQUIRE(missing.size() == 1);
    CHECK_THAT(joined(missing), Contains("Identify"));
}

TEST_CASE("Admission lists every missing item at once", "[core][pipeline]")
{
    Case value = candidate();
    value.personRequested = false;
    value.caseManagerId.reset();
    Pipeline::Facts facts;
    facts.personIdentified = false;
    CHECK(Pipeline::missingForAdmission(value, facts).size() == 3);
}

TEST_CASE("A case already admitted, declined or closed cannot be admitted again", "[core][pipeline]")
{
    for (CaseStatus status : {CaseStatus::Active, CaseStatus::Declined, CaseStatus::Closed}) {
        Case value = candidate();
        value.status = status;
        const QStringList missing = Pipeline::missingForAdmission(value, identified());
        CHECK_THAT(joined(missing), Contains("not in intake"));
    }
}

TEST_CASE("Leaving assessment needs the written assessment", "[core][pipeline]")
{
    Case value = activeAt(Stage::Assessment);
    CHECK_THAT(joined(Pipeline::missingForAdvance(value, identified())), Contains("assessment"));

    value.assessmentSummary = QStringLiteral("   \n ");
    CHECK_THAT(joined(Pipeline::missingForAdvance(value, identified())), Contains("assessment"));

    value.assessmentSummary = QStringLiteral("Perte d’emploi, rupture familiale; soutien d’une sœur.");
    CHECK(Pipeline::missingForAdvance(value, identified()).isEmpty());
}

TEST_CASE("Leaving planning needs a goal of the current cycle with its means", "[core][pipeline]")
{
    const Case value = activeAt(Stage::Planning);
    Pipeline::Facts facts = identified();
    CHECK_THAT(joined(Pipeline::missingForAdvance(value, facts)), Contains("goal") && Contains("means"));

    facts.goals = {goal(1, "Trouver un logement", "")};
    CHECK_THAT(joined(Pipeline::missingForAdvance(value, facts)), Contains("means"));

    facts.goals = {goal(1, "Trouver un logement", "Dossier au CLSC, visite de deux appartements")};
    CHECK(Pipeline::missingForAdvance(value, facts).isEmpty());
}

TEST_CASE("A goal set in an earlier cycle does not open monitoring in a new cycle", "[core][pipeline]")
{
    const Case value = activeAt(Stage::Planning, 2);
    Pipeline::Facts facts = identified();
    facts.goals = {goal(1, "Trouver un logement", "Dossier au CLSC", GoalOutcome::Achieved)};
    CHECK_THAT(joined(Pipeline::missingForAdvance(value, facts)), Contains("goal"));

    facts.goals.push_back(goal(2, "Garder le logement", "Visite toutes les deux semaines"));
    CHECK(Pipeline::missingForAdvance(value, facts).isEmpty());
}

TEST_CASE("Leaving monitoring needs an intervention logged since monitoring began", "[core][pipeline]")
{
    const Case value = activeAt(Stage::Monitoring);
    Pipeline::Facts facts = identified();
    facts.goals = {goal(1, "Trouver un logement", "Dossier au CLSC")};
    facts.interventionsSinceMonitoring = 0;
    CHECK_THAT(joined(Pipeline::missingForAdvance(value, facts)), Contains("intervention"));

    facts.interventionsSinceMonitoring = 1;
    CHECK(Pipeline::missingForAdvance(value, facts).isEmpty());
}

TEST_CASE("Evaluation does not advance: the case exits or is reassessed", "[core][pipeline]")
{
    Pipeline::Facts facts = identified();
    facts.goals = {goal(1, "Trouver un logement", "Dossier au CLSC", GoalOutcome::Achieved)};
    Case value = activeAt(Stage::Evaluation);
    value.satisfaction = 4;
    const QStringList missing = Pipeline::missingForAdvance(value, facts);
    CHECK_THAT(joined(missing), Contains("exit") && Contains("reassessment"));
}

TEST_CASE("A case that is not active does not advance", "[core][pipeline]")
{
    Case closed = activeAt(Stage::Exit);
    closed.status = CaseStatus::Closed;
    CHECK_THAT(joined(Pipeline::missingForAdvance(closed, identified())), Contains("not active"));

    Case intake = candidate();
    CHECK_THAT(joined(Pipeline::missingForAdvance(intake, identified())), Contains("not active"));
}

TEST_CASE("Leaving evaluation needs every goal's outcome and the person's satisfaction", "[core][pipeline]")
{
    Case value = activeAt(Stage::Evaluation);
    Pipeline::Facts facts = identified();
    facts.goals
        = {goal(1, "Trouver un logement", "Dossier au CLSC"), goal(1, "Renouer avec sa sœur", "Appel accompagné")};
    facts.goals[1].id = 102;

    const QStringList missing = Pipeline::missingForEvaluationEnd(value, facts);
    CHECK(missing.size() == 2);
    CHECK_THAT(joined(missing), Contains("2 goal"));
    CHECK_THAT(joined(missing), Contains("satisfaction"));

    facts.goals[0].outcome = GoalOutcome::Achieved;
    value.satisfaction = 5;
    const QStringList stillMissing = Pipeline::missingForEvaluationEnd(value, facts);
    REQUIRE(stillMissing.size() == 1);
    CHECK_THAT(joined(stillMissing), Contains("1 goal"));

    facts.goals[1].outcome = GoalOutcome::NotAchieved;
    CHECK(Pipeline::missingForEvaluationEnd(value, facts).isEmpty());
}

TEST_CASE("Goals of an earlier cycle need no new outcome at the end of a later cycle", "[core][pipeline]")
{
    Case value = activeAt(Stage::Evaluation, 2);
    value.satisfaction = 3;
    Pipeline::Facts facts = identified();
    facts.goals = {goal(1, "Trouver un logement", "Dossier au CLSC"),
                   goal(2, "Garder le logement", "Visites", GoalOutcome::Partly)};
    CHECK(Pipeline::missingForEvaluationEnd(value, facts).isEmpty());
}

TEST_CASE("Only a case at evaluation can go to exit or reassessment", "[core][pipeline]")
{
    Case value = activeAt(Stage::Monitoring);
    value.satisfaction = 4;
    CHECK_THAT(joined(Pipeline::missingForEvaluationEnd(value, identified())), Contains("evaluation"));
}

TEST_CASE("The next step's checklist follows the case's stage", "[core][pipeline]")
{
    Case intake = candidate();
    intake.personRequested = false;
    CHECK_THAT(joined(Pipeline::missingForNextStep(intake, identified())), Contains("request"));

    const Case assessment = activeAt(Stage::Assessment);
    CHECK_THAT(joined(Pipeline::missingForNextStep(assessment, identified())), Contains("assessment"));

    const Case evaluation = activeAt(Stage::Evaluation);
    CHECK_THAT(joined(Pipeline::missingForNextStep(evaluation, identified())), Contains("satisfaction"));
}

TEST_CASE("A person on the street for 5 months with a residence permit is eligible", "[core][eligibility]")
{
    const Person person = onTheStreetSince(kToday.addMonths(-5));
    CHECK(Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday).isEmpty());
}

TEST_CASE("A person on the street for exactly 6 months is no longer under 6 months", "[core][eligibility]")
{
    const Person person = onTheStreetSince(kToday.addMonths(-6));
    const QStringList warnings = Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(joined(warnings), Contains("6 month"));

    // One day less and the person is still within the programme's public.
    const Person dayBefore = onTheStreetSince(kToday.addMonths(-6).addDays(1));
    CHECK(Pipeline::eligibilityWarnings(dayBefore, defaultProgramme(), kToday).isEmpty());
}

TEST_CASE("Couch-surfing, shelters and squats count as being on the street", "[core][eligibility]")
{
    for (HousingSituation situation :
         {HousingSituation::CouchSurfing, HousingSituation::ThirdParty, HousingSituation::Shelter,
          HousingSituation::LeavingInstitution, HousingSituation::Squat}) {
        Person person = onTheStreetSince(kToday.addMonths(-2));
        person.housingSituation = situation;
        CHECK(Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday).isEmpty());

        person.housingSince = kToday.addMonths(-9);
        CHECK_THAT(joined(Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday)), Contains("6 month"));
    }
}

TEST_CASE("A housed person is outside a programme for people on the street", "[core][eligibility]")
{
    Person person = onTheStreetSince(kToday.addMonths(-1));
    person.housingSituation = HousingSituation::Housed;
    const QStringList warnings = Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(joined(warnings), Contains("housed"));
}

TEST_CASE("An unrecorded housing situation is a warning, not a silent pass", "[core][eligibility]")
{
    Person person = onTheStreetSince(kToday.addMonths(-1));
    person.housingSince.reset();
    CHECK_THAT(joined(Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday)), Contains("not recorded"));

    person = onTheStreetSince(kToday.addMonths(-1));
    person.housingSituation.reset();
    CHECK_THAT(joined(Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday)), Contains("not recorded"));
}

TEST_CASE("A person without a residence permit gets a warning naming the permit", "[core][eligibility]")
{
    const Person person = onTheStreetSince(kToday.addMonths(-1), ResidencePermit::No);
    const QStringList warnings = Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(joined(warnings), Contains("no residence permit"));
}

TEST_CASE("An unknown residence permit gets a warning asking to record it", "[core][eligibility]")
{
    const Person person = onTheStreetSince(kToday.addMonths(-1), ResidencePermit::Unknown);
    const QStringList warnings = Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(joined(warnings), Contains("residence permit") && Contains("not recorded"));
}

TEST_CASE("Eight months on the street without a permit gives both warnings", "[core][eligibility]")
{
    const Person person = onTheStreetSince(kToday.addMonths(-8), ResidencePermit::No);
    CHECK(Pipeline::eligibilityWarnings(person, defaultProgramme(), kToday).size() == 2);
}

TEST_CASE("A programme without eligibility rules warns about nothing", "[core][eligibility]")
{
    Programme open = defaultProgramme();
    open.eligibility = EligibilityRules {};
    Person person = onTheStreetSince(kToday.addYears(-3), ResidencePermit::No);
    CHECK(Pipeline::eligibilityWarnings(person, open, kToday).isEmpty());
    person.housingSituation = HousingSituation::Housed;
    CHECK(Pipeline::eligibilityWarnings(person, open, kToday).isEmpty());
}

TEST_CASE("Early exit is for lost contact, a move, a refusal or a death", "[core][pipeline]")
{
    CHECK(Pipeline::isEarlyExitReason(ExitReason::LostContact));
    CHECK(Pipeline::isEarlyExitReason(ExitReason::Moved));
    CHECK(Pipeline::isEarlyExitReason(ExitReason::Refused));
    CHECK(Pipeline::isEarlyExitReason(ExitReason::Deceased));
    CHECK_FALSE(Pipeline::isEarlyExitReason(ExitReason::GoalsMet));
    CHECK_FALSE(Pipeline::isEarlyExitReason(ExitReason::Other));
}
