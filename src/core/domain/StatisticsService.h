#pragma once

#include "ServiceContext.h"
#include "Statistics.h"
#include "core/UserAccount.h"

#include <QCoreApplication>

#include <functional>

namespace relais::core {

class StatisticsRepository;

// Computes the activity statistics (Statistics.h, docs/report-measures.md) from
// the facts storage streams, in one pass over the period. Team leads and
// administrators only: a case manager gets PermissionDenied.
class StatisticsService
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsService)
public:
    // Called now and then with the work done so far (0..100); returning false cancels.
    using Progress = std::function<bool(int percent)>;

    StatisticsService(ServiceContext& context, StatisticsRepository& repository);

    // The period's figures and those of the previous period of the same length,
    // read in one snapshot. An invalid period (from after to) or an unknown
    // filter is InputRejected; so is a cancellation (detail "statistics cancelled").
    Result<ActivityReport> activityReport(const UserAccount& actor, const ReportPeriod& period,
                                          const StatisticsFilter& filter = {}, const Progress& progress = {});

    // The period's figures only, as the dashboard shows them: `previous` stays
    // empty and `previousPeriod` invalid, for about half the reading. Same
    // rules and refusals as activityReport.
    Result<ActivityReport> periodFigures(const UserAccount& actor, const ReportPeriod& period,
                                         const StatisticsFilter& filter = {});

    // The links (types, problems) of a period whose interventions form at most
    // this many runs of consecutive ids are counted inside the database, run by
    // run; past it (a filter scatters them) they are read row by row. Both give
    // the same figures; 0 always reads them (the tests compare the two).
    static constexpr int kDefaultMaxLinkRuns = 256;
    void setMaxLinkRuns(int runs) { m_maxLinkRuns = runs; }

private:
    Result<ActivityReport> compute(const UserAccount& actor, const ReportPeriod& period, const StatisticsFilter& filter,
                                   const Progress& progress, bool withPrevious);

    ServiceContext& m_context;
    StatisticsRepository& m_repository;
    int m_maxLinkRuns = kDefaultMaxLinkRuns;
};

} // namespace relais::core
