#pragma once

// The tables of an activity report as rows: the current and the previous period
// side by side, with labels in the report's language. The CSV and PDF writers both
// read these, so a figure has one name, one label and one order everywhere.

#include "ReportOptions.h"
#include "core/domain/Statistics.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace relais::report {

// Labels of measures and coded values. Coded values use core's bilingual tables
// (the report's language, whatever the interface's); the rest goes through tr().
class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)
public:
    static QString ageBand(const QString& code);
    static QString gender(const QString& code, core::LabelLanguage language);
    static QString language(const QString& code, core::LabelLanguage language);
    static QString stage(const QString& code, core::LabelLanguage language);
    static QString exitReason(const QString& code, core::LabelLanguage language);
    static QString housing(const QString& code, core::LabelLanguage language);
    static QString referralStatus(const QString& code, core::LabelLanguage language);
    static QString territory(const QString& name); // "" is "Not recorded"
    static QString unknown();
};

// One line of the key figures, group sessions or case-management summary.
struct FigureRow
{
    QString key; // the JSON key, also the CSV `measure`
    QString label; // tr()
    bool isShare = false;
    qint64 current = 0;
    qint64 previous = 0;
    std::optional<double> currentShare; // when isShare (none: no age known)
    std::optional<double> previousShare;
};

// One line of a cross-table (a category and its count in each period).
struct CountRow
{
    QString code; // stable code, or the territory's name
    QString label; // in the report's language
    qint64 current = 0;
    qint64 previous = 0;
    std::optional<double> currentShare; // territories only
    std::optional<double> previousShare;
};

struct ReferralRow
{
    QString partnerCode;
    QString partner;
    QString status;
    QString statusLabel;
    qint64 current = 0;
    qint64 previous = 0;
};

struct StageDaysRow
{
    QString stage;
    QString label;
    std::optional<double> currentDays;
    qint64 currentStays = 0;
    std::optional<double> previousDays;
    qint64 previousStays = 0;
};

struct CaseloadRow
{
    QString caseManager; // staff user name, not a client
    qint64 current = 0;
    qint64 previous = 0;
    int cap = 0;
};

// The headline figures (never hidden as small counts).
std::vector<FigureRow> keyFigureRows(const core::ActivityReport& report);
std::vector<FigureRow> groupSessionRows(const core::ActivityReport& report);
// Cases opened, admitted, declined, exits and the waiting list.
std::vector<FigureRow> caseSummaryRows(const core::ActivityReport& report);
// Goals of the cases exited, by outcome (codes achieved, partly, not_achieved).
std::vector<CountRow> goalRows(const core::ActivityReport& report, core::LabelLanguage language);

// Current order first (the service's: largest first), then categories seen only
// in the previous period.
std::vector<CountRow> territoryRows(const core::ActivityReport& report);
std::vector<CountRow> interventionTypeRows(const core::ActivityReport& report, core::LabelLanguage language);
// Every age band, in kAgeBandCodes order, even when empty.
std::vector<CountRow> ageBandRows(const core::ActivityReport& report);
// In the order of core's coded values, then any other code.
std::vector<CountRow> genderRows(const core::ActivityReport& report, core::LabelLanguage language);
std::vector<CountRow> languageRows(const core::ActivityReport& report, core::LabelLanguage language);
std::vector<CountRow> activeByStageRows(const core::ActivityReport& report, core::LabelLanguage language);
std::vector<CountRow> exitReasonRows(const core::ActivityReport& report, core::LabelLanguage language);
std::vector<CountRow> exitDestinationRows(const core::ActivityReport& report, core::LabelLanguage language);
std::vector<StageDaysRow> stageDaysRows(const core::ActivityReport& report, core::LabelLanguage language);
std::vector<CaseloadRow> caseloadRows(const core::ActivityReport& report);
// By partner name, then status in its coded order.
std::vector<ReferralRow> referralRows(const core::ActivityReport& report, core::LabelLanguage language);

} // namespace relais::report
