#include "ReportCsv.h"

#include "ReportFile.h"
#include "ReportTables.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace relais::report {

namespace {

// One CSV table being built: rows of already-formatted fields.
class CsvTable
{
public:
    CsvTable(QString name, QStringList header) : m_name(std::move(name)) { m_rows.push_back(std::move(header)); }
    void add(QStringList row) { m_rows.push_back(std::move(row)); }

    ReportCsv::File file(QChar delimiter) const
    {
        QString text;
        for (const QStringList& row : m_rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i > 0) {
                    text += delimiter;
                }
                text += ReportCsv::field(row.at(i), delimiter);
            }
            text += u"\r\n"_s;
        }
        return {m_name, QByteArray("\xEF\xBB\xBF") + text.toUtf8()};
    }

private:
    QString m_name;
    std::vector<QStringList> m_rows;
};

QString number(qint64 value)
{
    return QString::number(value);
}

// Shortest text that reads back as the same double: machine-readable, unrounded.
QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

class Cells
{
public:
    explicit Cells(const ReportOptions& options) : m_options(options) { }
    // A cross-table count: "< 5" when hidden.
    QString count(qint64 value) const
    {
        return m_options.hides(value) ? u"< %1"_s.arg(m_options.smallCountThreshold) : number(value);
    }
    // A share that goes with a cross-table count: empty when the count is hidden.
    QString share(const std::optional<double>& value, qint64 countBehind) const
    {
        return m_options.hides(countBehind) ? QString() : number(value);
    }

private:
    const ReportOptions& m_options;
};

CsvTable codeTable(const QString& name, const std::vector<CountRow>& rows, const Cells& cells)
{
    CsvTable table(name, {u"code"_s, u"label"_s, u"count"_s, u"previous_count"_s});
    for (const CountRow& row : rows) {
        table.add({row.code, row.label, cells.count(row.current), cells.count(row.previous)});
    }
    return table;
}

CsvTable figureTable(const QString& name, const std::vector<FigureRow>& rows)
{
    CsvTable table(name, {u"measure"_s, u"current"_s, u"previous"_s});
    for (const FigureRow& row : rows) {
        if (row.isShare) {
            table.add({row.key, number(row.currentShare), number(row.previousShare)});
        } else {
            table.add({row.key, number(row.current), number(row.previous)});
        }
    }
    return table;
}

} // namespace

QChar ReportCsv::delimiter(const ReportOptions& options)
{
    return options.language() == core::LabelLanguage::French ? QLatin1Char(';') : QLatin1Char(',');
}

QString ReportCsv::field(const QString& text, QChar delimiter)
{
    const bool needsQuotes = text.contains(delimiter) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

std::vector<ReportCsv::File> ReportCsv::files(const core::ActivityReport& report, const ReportOptions& options)
{
    const core::LabelLanguage language = options.language();
    const Cells cells(options);
    std::vector<CsvTable> tables;

    CsvTable about(u"about.csv"_s, {u"field"_s, u"value"_s});
    about.add({u"organisation"_s, report.organisation});
    about.add({u"period_from"_s, report.period.from.toString(Qt::ISODate)});
    about.add({u"period_to"_s, report.period.to.toString(Qt::ISODate)});
    about.add({u"previous_period_from"_s, report.previousPeriod.from.toString(Qt::ISODate)});
    about.add({u"previous_period_to"_s, report.previousPeriod.to.toString(Qt::ISODate)});
    about.add({u"filter_kind"_s,
               report.filter.programmeId       ? u"programme"_s
                   : report.filter.territoryId ? u"territory"_s
                                               : QString()});
    about.add({u"filter_label"_s, report.filterLabel});
    about.add({u"language"_s, language == core::LabelLanguage::French ? u"fr"_s : u"en"_s});
    about.add({u"generated_on"_s, options.generatedOn.toString(Qt::ISODate)});
    about.add({u"small_count_threshold"_s,
               options.smallCountThreshold > 0 ? QString::number(options.smallCountThreshold) : QString()});
    tables.push_back(std::move(about));

    tables.push_back(figureTable(u"key_figures.csv"_s, keyFigureRows(report)));

    CsvTable territories(u"territories.csv"_s,
                         {u"territory"_s, u"count"_s, u"share"_s, u"previous_count"_s, u"previous_share"_s});
    for (const CountRow& row : territoryRows(report)) {
        territories.add({row.label, cells.count(row.current), cells.share(row.currentShare, row.current),
                         cells.count(row.previous), cells.share(row.previousShare, row.previous)});
    }
    tables.push_back(std::move(territories));

    tables.push_back(codeTable(u"intervention_types.csv"_s, interventionTypeRows(report, language), cells));
    tables.push_back(codeTable(u"age_bands.csv"_s, ageBandRows(report), cells));
    tables.push_back(codeTable(u"gender.csv"_s, genderRows(report, language), cells));
    tables.push_back(codeTable(u"language.csv"_s, languageRows(report, language), cells));

    // Months are not a cross-table of people: never hidden.
    CsvTable months(u"months.csv"_s, {u"period"_s, u"month"_s, u"count"_s});
    for (const core::MonthCount& month : report.previous.encountersByMonth) {
        months.add({u"previous"_s, month.month, number(month.count)});
    }
    for (const core::MonthCount& month : report.current.encountersByMonth) {
        months.add({u"current"_s, month.month, number(month.count)});
    }
    tables.push_back(std::move(months));

    CsvTable referrals(
        u"referrals.csv"_s,
        {u"partner_code"_s, u"partner"_s, u"status"_s, u"status_label"_s, u"count"_s, u"previous_count"_s});
    for (const ReferralRow& row : referralRows(report, language)) {
        referrals.add({row.partnerCode, row.partner, row.status, row.statusLabel, cells.count(row.current),
                       cells.count(row.previous)});
    }
    tables.push_back(std::move(referrals));

    tables.push_back(figureTable(u"group_sessions.csv"_s, groupSessionRows(report)));

    CsvTable cases = figureTable(u"case_management.csv"_s, caseSummaryRows(report));
    for (const CountRow& row : goalRows(report, language)) {
        cases.add({u"goals_"_s + row.code, cells.count(row.current), cells.count(row.previous)});
    }
    tables.push_back(std::move(cases));

    tables.push_back(codeTable(u"cases_by_stage.csv"_s, activeByStageRows(report, language), cells));
    tables.push_back(codeTable(u"case_exits_by_reason.csv"_s, exitReasonRows(report, language), cells));
    tables.push_back(codeTable(u"case_exits_by_destination.csv"_s, exitDestinationRows(report, language), cells));

    CsvTable stageDays(
        u"case_mean_days_in_stage.csv"_s,
        {u"stage"_s, u"label"_s, u"mean_days"_s, u"stays"_s, u"previous_mean_days"_s, u"previous_stays"_s});
    for (const StageDaysRow& row : stageDaysRows(report, language)) {
        stageDays.add({row.stage, row.label, number(row.currentDays), cells.count(row.currentStays),
                       number(row.previousDays), cells.count(row.previousStays)});
    }
    tables.push_back(std::move(stageDays));

    CsvTable caseload(u"caseload.csv"_s, {u"case_manager"_s, u"active"_s, u"cap"_s, u"previous_active"_s});
    for (const CaseloadRow& row : caseloadRows(report)) {
        caseload.add({row.caseManager, cells.count(row.current), number(row.cap), cells.count(row.previous)});
    }
    tables.push_back(std::move(caseload));

    std::vector<File> result;
    const QChar separator = delimiter(options);
    for (const CsvTable& table : tables) {
        result.push_back(table.file(separator));
    }
    return result;
}

core::Result<QStringList> ReportCsv::write(const core::ActivityReport& report, const QString& folder,
                                           const ReportOptions& options)
{
    QDir dir(folder);
    if (!dir.mkpath(u"."_s)) {
        return core::makeError(core::ErrorCode::Io, ReportFile::tr("Could not create the folder %1.").arg(folder),
                               "report CSV folder could not be created");
    }
    QStringList written;
    for (const File& file : files(report, options)) {
        const QString path = dir.filePath(file.name);
        if (auto status = ReportFile::write(path, file.bytes); !status) {
            return status.error();
        }
        written << path;
    }
    return written;
}

} // namespace relais::report
