#pragma once

#include "ReportOptions.h"
#include "core/Result.h"
#include "core/domain/Statistics.h"

#include <QJsonDocument>
#include <QString>

namespace relais::report {

// The report as JSON, for funders' spreadsheets and for checking figures by
// machine. Top level: `format`, `version`, `organisation`, `language`,
// `generated_on`, `period` and `previous_period` ({from, to}, "YYYY-MM-DD"),
// `filter` (null or {kind: "programme"|"territory", label}),
// `small_count_threshold` (null or the threshold), then every measure of the
// current period under the key names of core/domain/Statistics.h, and `previous`
// holding the same measures for the previous period. Counts and shares are
// unrounded numbers; with a small-count threshold, hidden cross-table counts
// (and their shares) are null.
class ReportJson
{
public:
    static QJsonDocument document(const core::ActivityReport& report, const ReportOptions& options);
    // Writes document() to `path` atomically.
    static core::Status write(const core::ActivityReport& report, const QString& path, const ReportOptions& options);
};

} // namespace relais::report
