#pragma once

#include "Entities.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace relais::core {

// The six-stage circuit of seed 001 and the guard of each step. Each guard lists,
// in words a case manager understands, what is still missing; empty means the step
// may be taken.
class Pipeline
{
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
public:
    // What the guards look at besides the case itself.
    struct Facts
    {
        std::vector<Goal> goals;               // of the case, all cycles
        int interventionsSinceMonitoring = 0;  // with the person, since the case entered monitoring
        bool personIdentified = false;
    };

    // The stage after `stage` in the normal flow (none after evaluation or exit:
    // evaluation leads to exit or reassessment).
    static std::optional<Stage> nextStage(Stage stage);

    // Missing before admission (intake -> assessment), eligibility apart.
    static QStringList missingForAdmission(const Case& value, const Facts& facts);
    // Missing before advance() from the case's current stage.
    static QStringList missingForAdvance(const Case& value, const Facts& facts);
    // Missing before leaving evaluation, towards exit or reassessment.
    static QStringList missingForEvaluationEnd(const Case& value, const Facts& facts);
    // Missing for the next step from the current stage, whatever it is.
    static QStringList missingForNextStep(const Case& value, const Facts& facts);

    // Eligibility warnings for admitting `person` to `programme` on `today`
    // (default programme: on the street for less than 6 months, residence permit).
    static QStringList eligibilityWarnings(const Person& person, const Programme& programme, const QDate& today);

    // Reasons accepted for an early exit from any stage.
    static bool isEarlyExitReason(ExitReason reason);
};

} // namespace relais::core
