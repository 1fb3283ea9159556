#pragma once

#include "BenchOptions.h"
#include "BenchStore.h"
#include "core/Clock.h"

#include <QString>
#include <QTextStream>

#include <optional>
#include <vector>

namespace relais::bench {

// One line of the results: a median figure, the baseline measured in the same
// run, their ratio (figure / baseline for times and memory, baseline / figure
// for a rate, so that above 1 always means "costs more than the baseline"), and
// the target, which applies to the figure or to the ratio.
struct Measure
{
    QString name;
    QString unit;
    double value = 0;
    double baseline = 0;
    QString baselineKind; // "unencrypted copy", "scan floor", ...
    std::optional<double> target;
    bool targetOnRatio = false;
    bool higherIsBetter = false;
    std::optional<double> ratioTarget; // a second target, on the ratio (encryption overhead)
    QString note;

    double ratio() const;
    std::optional<bool> met() const;
};

// Runs every measure of issue 9 over one BenchStore, each the median of repeated
// runs with its baseline, prints the table and writes the JSON.
class BenchRunner
{
public:
    BenchRunner(const BenchOptions& options, const core::Clock& clock, QTextStream& out, QTextStream& log,
                QString program);

    core::Status run();

    const std::vector<Measure>& measures() const { return m_measures; }

private:
    core::Status measureUnlock(const BenchStore& store);
    core::Status measureSearch(const BenchStore& store);
    core::Status measureClientFile(const BenchStore& store);
    core::Status measureDashboard(const BenchStore& store);
    core::Status measureReports(const BenchStore& store);
    core::Status measureScaling();
    core::Status measureImport(const BenchStore& store);
    core::Status measureGuiMemory(const BenchStore& store);

    void add(Measure measure);
    void printTable();
    core::Status writeJson() const;

    const BenchOptions& m_options;
    const core::Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_log;
    QString m_program;
    std::vector<Measure> m_measures;
};

} // namespace relais::bench
