#pragma once

#include <QString>
#include <QStringList>

namespace relais::bench {

// What relais-bench was asked to do (see main.cpp's usage).
struct BenchOptions
{
    int people = 50'000;
    int interventions = 1'000'000;
    quint64 seed = 1;
    int runs = 5;       // repetitions of each measure; the median is reported
    int importRuns = 3; // repetitions of the import (the slowest measure)
    QString json;       // where to write the figures, if set
    QString cacheRoot;  // where generated databases are kept between runs
    bool scaling = false; // also time the report at 10% and 30% of the interventions
    QStringList only;     // when set, only these groups (unlock, search, file, dashboard, report, gui, import)
};

} // namespace relais::bench
