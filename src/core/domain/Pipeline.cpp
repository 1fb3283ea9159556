#include "Pipeline.h"

namespace relais::core {

namespace {

std::vector<Goal> goalsOfCycle(const std::vector<Goal>& goals, int cycle)
{
    std::vector<Goal> current;
    for (const Goal& goal : goals) {
        if (goal.cycle == cycle) {
            current.push_back(goal);
        }
    }
    return current;
}

bool isHomelessSituation(HousingSituation situation)
{
    return situation != HousingSituation::Housed;
}

} // namespace

std::optional<Stage> Pipeline::nextStage(Stage stage)
{
    switch (stage) {
    case Stage::Intake:
        return Stage::Assessment;
    case Stage::Assessment:
        return Stage::Planning;
    case Stage::Planning:
        return Stage::Monitoring;
    case Stage::Monitoring:
        return Stage::Evaluation;
    case Stage::Evaluation:
    case Stage::Exit:
        return std::nullopt;
    }
    return std::nullopt;
}

QStringList Pipeline::missingForAdmission(const Case& value, const Facts& facts)
{
    QStringList missing;
    if (value.status != CaseStatus::Intake && value.status != CaseStatus::WaitingList) {
        missing << tr("The case is not in intake.");
        return missing;
    }
    if (!value.personRequested) {
        missing << tr("Record the person's own request for support: admission needs a real request.");
    }
    if (!value.caseManagerId) {
        missing << tr("Choose the case manager who will follow the case.");
    }
    if (!facts.personIdentified) {
        missing << tr("Identify the person (first or last name) before admission.");
    }
    return missing;
}

QStringList Pipeline::missingForAdvance(const Case& value, const Facts& facts)
{
    QStringList missing;
    if (value.status != CaseStatus::Active) {
        missing << tr("The case is not active.");
        return missing;
    }
    switch (value.stage) {
    case Stage::Intake:
        missing << tr("Admit the case first.");
        break;
    case Stage::Assessment:
        if (value.assessmentSummary.trimmed().isEmpty()) {
            missing << tr("Write the assessment: the person's problems, weaknesses and the resources to rely on.");
        }
        break;
    case Stage::Planning: {
        bool hasPlannedGoal = false;
        for (const Goal& goal : goalsOfCycle(facts.goals, value.cycle)) {
            hasPlannedGoal = hasPlannedGoal || (!goal.description.trimmed().isEmpty() && !goal.means.trimmed().isEmpty());
        }
        if (!hasPlannedGoal) {
            missing << tr("Agree on at least one goal with its means with the person.");
        }
        break;
    }
    case Stage::Monitoring:
        if (facts.interventionsSinceMonitoring == 0) {
            missing << tr("Log at least one intervention carrying out the plan.");
        }
        break;
    case Stage::Evaluation:
        missing << tr("From evaluation the case goes to exit or to reassessment.");
        break;
    case Stage::Exit:
        missing << tr("The case is closed.");
        break;
    }
    return missing;
}

QStringList Pipeline::missingForEvaluationEnd(const Case& value, const Facts& facts)
{
    QStringList missing;
    if (value.status != CaseStatus::Active || value.stage != Stage::Evaluation) {
        missing << tr("The case is not at the evaluation stage.");
        return missing;
    }
    int withoutOutcome = 0;
    for (const Goal& goal : goalsOfCycle(facts.goals, value.cycle)) {
        if (!goal.outcome) {
            ++withoutOutcome;
        }
    }
    if (withoutOutcome > 0) {
        missing << tr("Record the result of %n goal(s) (achieved, partly or not).", nullptr, withoutOutcome);
    }
    if (!value.satisfaction) {
        missing << tr("Record the person's satisfaction.");
    }
    return missing;
}

QStringList Pipeline::missingForNextStep(const Case& value, const Facts& facts)
{
    if (value.status == CaseStatus::Intake || value.status == CaseStatus::WaitingList) {
        return missingForAdmission(value, facts);
    }
    if (value.status == CaseStatus::Active && value.stage == Stage::Evaluation) {
        return missingForEvaluationEnd(value, facts);
    }
    return missingForAdvance(value, facts);
}

QStringList Pipeline::eligibilityWarnings(const Person& person, const Programme& programme, const QDate& today)
{
    QStringList warnings;
    const EligibilityRules& rules = programme.eligibility;
    if (rules.maxMonthsHomeless > 0) {
        if (!person.housingSituation || !person.housingSince) {
            warnings << tr("The housing situation and since when are not recorded (the programme takes people on the "
                           "street for less than %n month(s)).",
                           nullptr, rules.maxMonthsHomeless);
        } else if (!isHomelessSituation(*person.housingSituation)) {
            warnings << tr("The person is housed; the programme is for people on the street.");
        } else if (person.housingSince->addMonths(rules.maxMonthsHomeless) <= today) {
            warnings << tr("The person has been on the street for %n month(s) or more; the programme takes people "
                           "on the street for less than that.",
                           nullptr, rules.maxMonthsHomeless);
        }
    }
    if (rules.requiresResidencePermit && person.residencePermit != ResidencePermit::Yes) {
        warnings << (person.residencePermit == ResidencePermit::No
                         ? tr("The person has no residence permit, which the programme requires.")
                         : tr("The residence permit is not recorded; the programme requires one."));
    }
    return warnings;
}

bool Pipeline::isEarlyExitReason(ExitReason reason)
{
    return reason == ExitReason::LostContact || reason == ExitReason::Moved || reason == ExitReason::Refused
           || reason == ExitReason::Deceased;
}

} // namespace relais::core
