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

private:
    Result<ActivityReport> compute(const UserAccount& actor, const ReportPeriod& period, const StatisticsFilter& filter,
                                   const Progress& progress, bool withPrevious);

    ServiceContext& m_context;
    StatisticsRepository& m_repository;
};

} // namespace relais::core
