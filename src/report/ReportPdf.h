#pragma once

#include "ReportOptions.h"
#include "core/Result.h"
#include "core/domain/Statistics.h"

#include <QCoreApplication>
#include <QString>

namespace relais::report {

// The report as an A4 PDF for funders and authorities: a cover (organisation,
// period, filter, date, the headline figures), the key figures against the
// previous period, charts (territory, intervention types, age bands, encounters
// per month), persons reached by gender and language, group sessions, case
// management, and the referrals by partner and status. Drawn page by page with
// QPainter through QPdfWriter, in DejaVu Sans embedded in the file.
//
// Needs a QGuiApplication (QPdfWriter's fonts); with no display, create it on the
// offscreen platform (QT_QPA_PLATFORM=offscreen). Without one, write() fails
// cleanly rather than crash.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    // Writes the PDF to `path` atomically. `progress` is called after each page;
    // when it returns false, nothing is written and the error says it was cancelled.
    static core::Status write(const core::ActivityReport& report, const QString& path, const ReportOptions& options,
                              const Progress& progress = {});

    // The font family the PDF uses (registered from fonts-dejavu-core on first use).
    static QString fontFamily();
};

} // namespace relais::report
