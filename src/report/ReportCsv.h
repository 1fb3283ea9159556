#pragma once

#include "ReportOptions.h"
#include "core/Result.h"
#include "core/domain/Statistics.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace relais::report {

// The report as a folder of CSV files, one per table (about.csv, key_figures.csv,
// territories.csv, intervention_types.csv, age_bands.csv, gender.csv,
// language.csv, months.csv, referrals.csv, group_sessions.csv,
// case_management.csv, cases_by_stage.csv, case_exits_by_reason.csv,
// case_exits_by_destination.csv, case_mean_days_in_stage.csv, caseload.csv).
// For spreadsheets: UTF-8 with a byte-order mark (Excel needs it to read
// accents), ';' between fields in French (',' is the decimal comma there) and ','
// in English, RFC 4180 quoting and CRLF line ends. Column names and codes are
// stable English identifiers; labels are in the report's language; numbers are
// unformatted ("0.305", "1664") so they stay machine-readable.
class ReportCsv
{
public:
    struct File
    {
        QString name; // "key_figures.csv"
        QByteArray bytes;
    };

    static std::vector<File> files(const core::ActivityReport& report, const ReportOptions& options);
    // Writes files() into `folder` (created if missing), each atomically; returns their paths.
    static core::Result<QStringList> write(const core::ActivityReport& report, const QString& folder,
                                           const ReportOptions& options);

    static QChar delimiter(const ReportOptions& options);
    // One field, quoted per RFC 4180 when it holds the delimiter, a quote or a line break.
    static QString field(const QString& text, QChar delimiter);
};

} // namespace relais::report
