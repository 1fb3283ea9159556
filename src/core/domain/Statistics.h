#pragma once

// The activity statistics: one implementation (StatisticsService) serves the
// annual report, its JSON and CSV, and the team lead's dashboard. Every measure
// is defined in docs/report-measures.md; the names of the JSON keys are given
// beside each field. Only aggregates: no name, alias, note or record id.

#include "Codes.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace relais::core {

// Days in the organisation's time zone, both inclusive.
struct ReportPeriod
{
    QDate from;
    QDate to;

    qint64 days() const { return from.daysTo(to) + 1; }
    // The period of the same length that ends the day before `from`.
    ReportPeriod previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    bool contains(const QDate& day) const { return day >= from && day <= to; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

// Optional restriction of a report.
struct StatisticsFilter
{
    // Encounters with people who had a case in this programme open at some time in the period.
    std::optional<qint64> programmeId;
    // Encounters in this territory (and group sessions held there).
    std::optional<qint64> territoryId;
};

struct TerritoryCount // encounters_by_territory[]
{
    QString territory; // its name; "" for encounters with no territory recorded
    qint64 count = 0;
    double share = 0; // of all encounters in the period, 0..1
};

struct TypeCount // intervention_types[]
{
    QString code;
    QString labelFr;
    QString labelEn;
    qint64 count = 0;
};

struct CodeCount // gender[], language[], age_bands[], ...
{
    QString code;
    qint64 count = 0;
};

struct MonthCount // encounters_by_month[]
{
    QString month; // "YYYY-MM"
    qint64 count = 0;
};

struct ReferralCount // referrals[]
{
    QString partnerCode;
    QString partnerName;
    QString status; // ReferralStatus code
    qint64 count = 0;
};

struct GroupFigures // group_sessions
{
    qint64 sessions = 0;             // sessions
    qint64 identifiedAttendances = 0; // identified_attendances: attendance rows
    qint64 anonymousHeadCount = 0;    // anonymous_head_count: sum of head-counts
    qint64 distinctAttendees = 0;     // distinct_attendees: distinct identified persons
};

struct StageMeanDays // case_management.mean_days_in_stage[]
{
    QString stage;            // Stage code
    std::optional<double> days; // mean over stays in that stage that ended in the period; none if none ended
    qint64 stays = 0;
};

struct CaseloadFigure // case_management.caseload[]
{
    QString caseManager; // user name (staff, not clients)
    qint64 active = 0;   // active cases at the end of the last day, all programmes (the filter's programme only)
    int cap = 0;         // the cap of the default programme (of the filter's programme)
};

struct CaseFigures // case_management
{
    qint64 opened = 0;   // opened: cases whose opened_on is in the period
    qint64 admitted = 0; // admitted: admitted_on in the period
    qint64 declined = 0; // declined: declined (by its history) in the period
    qint64 exits = 0;    // exits: closed (exit or early exit) with closed_on in the period; declines are not exits
    // active_by_stage: active at the end of the last day, by Stage code: assessment, planning, monitoring, evaluation
    std::vector<CodeCount> activeByStage;
    std::vector<CodeCount> exitsByReason;  // exits_by_reason: every ExitReason code, then "unknown"
    std::vector<CodeCount> exitsByHousing; // exits_by_destination: every HousingSituation code, then "unknown"
    qint64 goalsAchieved = 0;    // goals.achieved   (goals of cases exited in the period)
    qint64 goalsPartly = 0;      // goals.partly
    qint64 goalsNotAchieved = 0; // goals.not_achieved
    std::vector<StageMeanDays> meanDaysInStage; // mean_days_in_stage: intake .. evaluation (exit never ends)
    std::vector<CaseloadFigure> caseload;       // caseload: every live case manager account, by user name
    qint64 waitingList = 0; // waiting_list: on the waiting list at the end of the last day
};

// Every measure for one period.
struct ActivityFigures
{
    qint64 personsReached = 0;       // persons_reached
    qint64 encounters = 0;           // encounters
    qint64 encounters65Plus = 0;     // encounters_65_plus
    qint64 encountersAgeKnown = 0;   // encounters_age_known
    qint64 encountersAgeUnknown = 0; // encounters_age_unknown
    std::optional<double> encounters65PlusShare; // encounters_65_plus_share (null when no age known)
    qint64 distinctProblems = 0;                 // distinct_problems
    qint64 distinctPartnerOrganisations = 0;     // distinct_partner_organisations
    std::vector<TerritoryCount> encountersByTerritory; // largest first, ties by name
    std::vector<TypeCount> interventionTypes;          // most frequent first, ties by code
    std::vector<CodeCount> ageBands;                   // age_bands: encounters by age band on their day
    std::vector<CodeCount> gender;                     // gender: persons reached, by Gender code
    std::vector<CodeCount> language;                   // language: persons reached, by Language code or "unknown"
    std::vector<MonthCount> encountersByMonth;         // encounters_by_month: every month of the period, in order
    std::vector<ReferralCount> referrals;              // referrals: outgoing referrals made in the period
    GroupFigures groups;                               // group_sessions
    CaseFigures cases;                                 // case_management
};

// The age bands, in order (codes used in JSON and CSV).
inline constexpr const char* kAgeBandCodes[] = {"0_17", "18_29", "30_49", "50_64", "65_plus", "unknown"};

struct ActivityReport
{
    QString organisation;
    ReportPeriod period;
    ReportPeriod previousPeriod;
    StatisticsFilter filter;
    QString filterLabel; // e.g. the programme's or territory's name; empty when none
    ActivityFigures current;
    ActivityFigures previous;
};

} // namespace relais::core
