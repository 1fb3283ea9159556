#pragma once

// What the activity statistics read from storage (StatisticsService,
// docs/report-measures.md). The large sets (interventions and the rows linked to
// them, people, referrals) are streamed once each to a visitor as small plain
// structs, so that a year's report over a million interventions costs one pass
// over the date-ordered covering index and no query per measure; the small ones
// come as vectors. Days are PackedDay (AgeRules.h). Soft-deleted rows of the
// scanned table are never handed out; rows pointing at a soft-deleted reference
// entry (territory, type, partner...) are: what happened stays counted.

#include "AgeRules.h"
#include "Codes.h"
#include "Entities.h"
#include "Repositories.h"
#include "core/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace relais::core {

// One intervention, from the date index alone.
struct EncounterFact
{
    qint64 interventionId = 0;
    qint64 personId = 0;
    qint64 territoryId = 0; // 0: no territory recorded
    PackedDay day = 0;      // occurred_on: the day in the organisation's time zone
};

// One row of a link table (intervention_type_link, intervention_problem).
struct InterventionLinkFact
{
    qint64 interventionId = 0;
    qint64 linkedId = 0; // the type or problem
};

// Intervention ids first..last (inclusive), all counted in one period.
struct InterventionIdRun
{
    qint64 first = 0;
    qint64 last = 0;
};

// The links of the interventions of one run, counted inside the database.
struct RunLinks
{
    std::vector<std::pair<qint64, qint64>> typeCounts; // (type id, links), types with at least one
    std::vector<qint64> problems; // problems linked at least once
};

// What the statistics need of a person: age facts, gender and language.
struct PersonFact
{
    qint64 id = 0;
    AgeFacts age;
    qint8 gender = 0;    // index into codedValues<Gender>() (an unknown code reads as Gender::Unknown)
    qint8 language = -1; // index into codedValues<Language>(); -1: not recorded or unknown code
};

// One outgoing referral.
struct ReferralFact
{
    qint64 personId = 0;
    qint64 partnerId = 0;
    qint64 interventionId = 0; // 0: made outside an intervention
    PackedDay referredOn = 0;
    qint8 status = 0; // index into codedValues<ReferralStatus>() (an unknown code reads as proposed)
};

struct GroupSessionFact
{
    qint64 id = 0;
    PackedDay day = 0;
    qint64 territoryId = 0; // 0: none
    qint64 anonymousHeadCount = 0;
};

struct AttendanceFact
{
    qint64 sessionId = 0;
    qint64 personId = 0;
};

struct CaseFact
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 programmeId = 0;
    qint64 caseManagerId = 0; // 0: not assigned
    Stage stage = Stage::Intake;
    CaseStatus status = CaseStatus::Intake;
    PackedDay openedOn = 0;
    PackedDay admittedOn = 0;
    PackedDay closedOn = 0;
    PackedDay waitingSince = 0;
    std::optional<ExitReason> exitReason;
    std::optional<HousingSituation> exitHousing;
};

// stage_transition.action (docs/data-dictionary.md, "Transition action").
enum class TransitionAction { Open, Admit, Decline, Wait, Advance, Reassess, Exit, EarlyExit, Other };

struct TransitionActionCode
{
    TransitionAction action;
    const char* code;
};

inline constexpr TransitionActionCode kTransitionActionCodes[] = {
    {TransitionAction::Open, "open"},         {TransitionAction::Admit, "admit"},
    {TransitionAction::Decline, "decline"},   {TransitionAction::Wait, "wait"},
    {TransitionAction::Advance, "advance"},   {TransitionAction::Reassess, "reassess"},
    {TransitionAction::Exit, "exit"},         {TransitionAction::EarlyExit, "early_exit"},
};

struct TransitionFact
{
    qint64 id = 0;
    qint64 caseId = 0;
    Stage toStage = Stage::Intake;
    TransitionAction action = TransitionAction::Other;
    qint64 atMsecs = 0; // `at`, UTC, milliseconds since the epoch
};

struct GoalOutcomeFact
{
    qint64 caseId = 0;
    GoalOutcome outcome = GoalOutcome::Achieved;
};

// The names the figures are reported under, soft-deleted entries included (an
// encounter in a territory since removed still happened there).
struct StatisticsNames
{
    std::vector<Territory> territories;
    std::vector<InterventionType> interventionTypes;
    std::vector<PartnerOrganisation> partners;
    std::vector<Programme> programmes; // live ones first
};

class StatisticsRepository
{
public:
    // Visitors return false to stop the scan early (the user cancelled); the scan
    // then ends without an error.
    template <typename Fact>
    using Visitor = std::function<bool(const Fact&)>;

    virtual ~StatisticsRepository() = default;

    // A read transaction without the write lock: every scan of one report sees
    // the same state of the database while others keep writing. Ends when
    // destroyed (inside an open transaction it does nothing).
    virtual Result<std::unique_ptr<UnitOfWork>> readSnapshot() = 0;

    // meta 'organisation_name'; empty when not set.
    virtual Result<QString> organisationName() = 0;
    virtual Result<StatisticsNames> names() = 0;

    // Live interventions with occurred_on in from..to (inclusive), in day order.
    virtual Status visitEncounters(PackedDay from, PackedDay to, const Visitor<EncounterFact>& visit) = 0;
    // Type and problem links of the interventions whose id is in
    // firstIntervention..lastIntervention, in id order. The caller keeps those it counted.
    virtual Status visitTypeLinks(qint64 firstIntervention, qint64 lastIntervention,
                                  const Visitor<InterventionLinkFact>& visit) = 0;
    virtual Status visitProblemLinks(qint64 firstIntervention, qint64 lastIntervention,
                                     const Visitor<InterventionLinkFact>& visit) = 0;
    // The same links, for the interventions of each run, counted by type and by
    // problem without bringing the rows out (one result per run, in order). For
    // periods whose interventions form few runs of consecutive ids.
    virtual Result<std::vector<RunLinks>> linksOfRuns(const std::vector<InterventionIdRun>& runs) = 0;
    // Every person, soft-deleted ones included (a merged record's interventions
    // have moved; any left behind still happened), in id order.
    virtual Status visitPeople(const Visitor<PersonFact>& visit) = 0;
    // Live outgoing referrals made from..to, or linked to an intervention whose id
    // is in firstIntervention..lastIntervention.
    virtual Status visitOutgoingReferrals(PackedDay from, PackedDay to, qint64 firstIntervention,
                                          qint64 lastIntervention, const Visitor<ReferralFact>& visit) = 0;

    // Live group sessions held from..to, and their attendance rows.
    virtual Result<std::vector<GroupSessionFact>> groupSessions(PackedDay from, PackedDay to) = 0;
    virtual Result<std::vector<AttendanceFact>> groupAttendance(PackedDay from, PackedDay to) = 0;

    // Every live case, by id.
    virtual Result<std::vector<CaseFact>> cases() = 0;
    // Every stage transition of a live case, by case, then time, then id.
    virtual Result<std::vector<TransitionFact>> transitions() = 0;
    // Live goals that have an outcome.
    virtual Result<std::vector<GoalOutcomeFact>> goalOutcomes() = 0;
};

} // namespace relais::core
