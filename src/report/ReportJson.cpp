#include "ReportJson.h"

#include "ReportFile.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relais::report {

using core::ActivityFigures;
using core::CodeCount;

namespace {

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// A count of a cross-table: null when the options hide it.
QJsonValue crossCount(qint64 count, const ReportOptions& options)
{
    return options.hides(count) ? QJsonValue(QJsonValue::Null) : QJsonValue(count);
}

QJsonArray codeCounts(const std::vector<CodeCount>& counts, const ReportOptions& options)
{
    QJsonArray array;
    for (const CodeCount& entry : counts) {
        array.append(QJsonObject {{u"code"_s, entry.code}, {u"count"_s, crossCount(entry.count, options)}});
    }
    return array;
}

QJsonObject periodJson(const core::ReportPeriod& period)
{
    return QJsonObject {{u"from"_s, period.from.toString(Qt::ISODate)}, {u"to"_s, period.to.toString(Qt::ISODate)}};
}

QJsonObject caseManagementJson(const core::CaseFigures& cases, const ReportOptions& options)
{
    QJsonArray meanDays;
    for (const core::StageMeanDays& entry : cases.meanDaysInStage) {
        meanDays.append(QJsonObject {{u"stage"_s, entry.stage},
                                     {u"days"_s, optionalNumber(entry.days)},
                                     {u"stays"_s, crossCount(entry.stays, options)}});
    }
    QJsonArray caseload;
    for (const core::CaseloadFigure& entry : cases.caseload) {
        caseload.append(QJsonObject {{u"case_manager"_s, entry.caseManager},
                                     {u"active"_s, crossCount(entry.active, options)},
                                     {u"cap"_s, entry.cap}});
    }
    return QJsonObject {
        {u"opened"_s, cases.opened},
        {u"admitted"_s, cases.admitted},
        {u"declined"_s, cases.declined},
        {u"exits"_s, cases.exits},
        {u"active_by_stage"_s, codeCounts(cases.activeByStage, options)},
        {u"exits_by_reason"_s, codeCounts(cases.exitsByReason, options)},
        {u"exits_by_destination"_s, codeCounts(cases.exitsByHousing, options)},
        {u"goals"_s,
         QJsonObject {{u"achieved"_s, crossCount(cases.goalsAchieved, options)},
                      {u"partly"_s, crossCount(cases.goalsPartly, options)},
                      {u"not_achieved"_s, crossCount(cases.goalsNotAchieved, options)}}},
        {u"mean_days_in_stage"_s, meanDays},
        {u"caseload"_s, caseload},
        {u"waiting_list"_s, cases.waitingList},
    };
}

// Every measure of one period, under the key names of Statistics.h.
QJsonObject figuresJson(const ActivityFigures& figures, const ReportOptions& options)
{
    QJsonArray territories;
    for (const core::TerritoryCount& entry : figures.encountersByTerritory) {
        const bool hidden = options.hides(entry.count);
        territories.append(QJsonObject {{u"territory"_s, entry.territory},
                                        {u"count"_s, crossCount(entry.count, options)},
                                        {u"share"_s, hidden ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.share)}});
    }
    const bool french = options.language() == core::LabelLanguage::French;
    QJsonArray types;
    for (const core::TypeCount& entry : figures.interventionTypes) {
        const QString label = french ? entry.labelFr : entry.labelEn;
        types.append(QJsonObject {{u"code"_s, entry.code},
                                  {u"label"_s, label.isEmpty() ? entry.code : label},
                                  {u"count"_s, crossCount(entry.count, options)}});
    }
    QJsonArray months;
    for (const core::MonthCount& entry : figures.encountersByMonth) {
        months.append(QJsonObject {{u"month"_s, entry.month}, {u"count"_s, entry.count}});
    }
    QJsonArray referrals;
    for (const core::ReferralCount& entry : figures.referrals) {
        referrals.append(QJsonObject {{u"partner_code"_s, entry.partnerCode},
                                      {u"partner"_s, entry.partnerName},
                                      {u"status"_s, entry.status},
                                      {u"count"_s, crossCount(entry.count, options)}});
    }
    const core::GroupFigures& groups = figures.groups;
    return QJsonObject {
        {u"persons_reached"_s, figures.personsReached},
        {u"encounters"_s, figures.encounters},
        {u"encounters_65_plus"_s, figures.encounters65Plus},
        {u"encounters_age_known"_s, figures.encountersAgeKnown},
        {u"encounters_age_unknown"_s, figures.encountersAgeUnknown},
        {u"encounters_65_plus_share"_s, optionalNumber(figures.encounters65PlusShare)},
        {u"distinct_problems"_s, figures.distinctProblems},
        {u"distinct_partner_organisations"_s, figures.distinctPartnerOrganisations},
        {u"encounters_by_territory"_s, territories},
        {u"intervention_types"_s, types},
        {u"age_bands"_s, codeCounts(figures.ageBands, options)},
        {u"gender"_s, codeCounts(figures.gender, options)},
        {u"language"_s, codeCounts(figures.language, options)},
        {u"encounters_by_month"_s, months},
        {u"referrals"_s, referrals},
        {u"group_sessions"_s,
         QJsonObject {{u"sessions"_s, groups.sessions},
                      {u"identified_attendances"_s, groups.identifiedAttendances},
                      {u"anonymous_head_count"_s, groups.anonymousHeadCount},
                      {u"distinct_attendees"_s, groups.distinctAttendees}}},
        {u"case_management"_s, caseManagementJson(figures.cases, options)},
    };
}

} // namespace

QJsonDocument ReportJson::document(const core::ActivityReport& report, const ReportOptions& options)
{
    QJsonObject root = figuresJson(report.current, options);
    root.insert(u"format"_s, u"relais-activity-report"_s);
    root.insert(u"version"_s, 1);
    root.insert(u"organisation"_s, report.organisation);
    root.insert(u"language"_s, options.language() == core::LabelLanguage::French ? u"fr"_s : u"en"_s);
    root.insert(u"generated_on"_s,
                options.generatedOn.isValid() ? QJsonValue(options.generatedOn.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null));
    root.insert(u"period"_s, periodJson(report.period));
    root.insert(u"previous_period"_s, periodJson(report.previousPeriod));
    QJsonValue filter(QJsonValue::Null);
    if (report.filter.programmeId) {
        filter = QJsonObject {{u"kind"_s, u"programme"_s}, {u"label"_s, report.filterLabel}};
    } else if (report.filter.territoryId) {
        filter = QJsonObject {{u"kind"_s, u"territory"_s}, {u"label"_s, report.filterLabel}};
    }
    root.insert(u"filter"_s, filter);
    root.insert(u"small_count_threshold"_s,
                options.smallCountThreshold > 0 ? QJsonValue(options.smallCountThreshold)
                                                : QJsonValue(QJsonValue::Null));
    root.insert(u"previous"_s, figuresJson(report.previous, options));
    return QJsonDocument(root);
}

core::Status ReportJson::write(const core::ActivityReport& report, const QString& path, const ReportOptions& options)
{
    return ReportFile::write(path, document(report, options).toJson(QJsonDocument::Indented));
}

} // namespace relais::report
