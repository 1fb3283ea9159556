#pragma once

#include "Statistics.h"

namespace relais::core {

// The periods organisations report over: a calendar year, or a fiscal year from
// 1 April to 31 March (Quebec's and Canada's public funders), named by the year
// it starts in.
inline ReportPeriod calendarYear(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

inline ReportPeriod fiscalYear(int startYear)
{
    return {QDate(startYear, 4, 1), QDate(startYear + 1, 3, 31)};
}

} // namespace relais::core
