#include "ReportTables.h"

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace relais::report {

using core::ActivityFigures;
using core::ActivityReport;
using core::CodeCount;
using core::LabelLanguage;

namespace {

template <typename E> QString codedLabel(const QString& code, LabelLanguage language)
{
    if (const auto value = core::fromCode<E>(code)) {
        return core::labelOf(*value, language);
    }
    if (code == u"unknown"_s || code.isEmpty()) {
        return ReportLabels::unknown();
    }
    return code; // a code this version does not know: better shown raw than dropped
}

template <typename E> QStringList codeOrder()
{
    QStringList codes;
    for (const auto& entry : core::codedValues<E>()) {
        codes << QString::fromLatin1(entry.code);
    }
    return codes;
}

// Current rows first in their order, then codes seen only in the previous period.
std::vector<CountRow> mergeCodeCounts(const std::vector<CodeCount>& current, const std::vector<CodeCount>& previous,
                                      const std::function<QString(const QString&)>& label)
{
    std::vector<CountRow> rows;
    auto rowFor = [&rows, &label](const QString& code) -> CountRow& {
        for (CountRow& row : rows) {
            if (row.code == code) {
                return row;
            }
        }
        rows.push_back(CountRow {code, label(code), 0, 0, {}, {}});
        return rows.back();
    };
    for (const CodeCount& entry : current) {
        rowFor(entry.code).current += entry.count;
    }
    for (const CodeCount& entry : previous) {
        rowFor(entry.code).previous += entry.count;
    }
    return rows;
}

// Puts the rows in `order`; codes not in it keep their relative order at the end.
void sortByOrder(std::vector<CountRow>& rows, const QStringList& order)
{
    std::stable_sort(rows.begin(), rows.end(), [&order](const CountRow& a, const CountRow& b) {
        const auto rank = [&order](const QString& code) {
            const qsizetype index = order.indexOf(code);
            return index < 0 ? order.size() : index;
        };
        return rank(a.code) < rank(b.code);
    });
}

template <typename E>
std::vector<CountRow> codedRows(const std::vector<CodeCount>& current, const std::vector<CodeCount>& previous,
                                LabelLanguage language, bool unknownLast = true)
{
    auto rows
        = mergeCodeCounts(current, previous, [language](const QString& code) { return codedLabel<E>(code, language); });
    QStringList order = codeOrder<E>();
    if (unknownLast && !order.contains(u"unknown"_s)) {
        order << u"unknown"_s;
    }
    sortByOrder(rows, order);
    return rows;
}

FigureRow count(const char* key, QString label, qint64 current, qint64 previous)
{
    FigureRow row;
    row.key = QString::fromLatin1(key);
    row.label = std::move(label);
    row.current = current;
    row.previous = previous;
    return row;
}

} // namespace

QString ReportLabels::ageBand(const QString& code)
{
    if (code == u"0_17"_s) {
        return tr("0 to 17");
    }
    if (code == u"18_29"_s) {
        return tr("18 to 29");
    }
    if (code == u"30_49"_s) {
        return tr("30 to 49");
    }
    if (code == u"50_64"_s) {
        return tr("50 to 64");
    }
    if (code == u"65_plus"_s) {
        return tr("65 and over");
    }
    if (code == u"unknown"_s) {
        return tr("Age unknown");
    }
    return code;
}

QString ReportLabels::gender(const QString& code, LabelLanguage language)
{
    return codedLabel<core::Gender>(code, language);
}

QString ReportLabels::language(const QString& code, LabelLanguage language)
{
    return codedLabel<core::Language>(code, language);
}

QString ReportLabels::stage(const QString& code, LabelLanguage language)
{
    return codedLabel<core::Stage>(code, language);
}

QString ReportLabels::exitReason(const QString& code, LabelLanguage language)
{
    return codedLabel<core::ExitReason>(code, language);
}

QString ReportLabels::housing(const QString& code, LabelLanguage language)
{
    return codedLabel<core::HousingSituation>(code, language);
}

QString ReportLabels::referralStatus(const QString& code, LabelLanguage language)
{
    return codedLabel<core::ReferralStatus>(code, language);
}

QString ReportLabels::territory(const QString& name)
{
    return name.isEmpty() ? tr("Not recorded") : name;
}

QString ReportLabels::unknown()
{
    return tr("Unknown");
}

std::vector<FigureRow> keyFigureRows(const ActivityReport& report)
{
    const ActivityFigures& now = report.current;
    const ActivityFigures& before = report.previous;
    std::vector<FigureRow> rows;
    rows.push_back(
        count("persons_reached", ReportLabels::tr("Persons reached"), now.personsReached, before.personsReached));
    rows.push_back(count("encounters", ReportLabels::tr("Encounters"), now.encounters, before.encounters));
    FigureRow share;
    share.key = u"encounters_65_plus_share"_s;
    share.label = ReportLabels::tr("Share of encounters with people 65 or over");
    share.isShare = true;
    share.currentShare = now.encounters65PlusShare;
    share.previousShare = before.encounters65PlusShare;
    rows.push_back(share);
    rows.push_back(count("encounters_65_plus", ReportLabels::tr("Encounters with people 65 or over"),
                         now.encounters65Plus, before.encounters65Plus));
    rows.push_back(count("encounters_age_known", ReportLabels::tr("Encounters with the age known"),
                         now.encountersAgeKnown, before.encountersAgeKnown));
    rows.push_back(count("encounters_age_unknown", ReportLabels::tr("Encounters with the age unknown"),
                         now.encountersAgeUnknown, before.encountersAgeUnknown));
    rows.push_back(count("distinct_problems", ReportLabels::tr("Distinct problems addressed"), now.distinctProblems,
                         before.distinctProblems));
    rows.push_back(count("distinct_partner_organisations",
                         ReportLabels::tr("Distinct partner organisations referred to"),
                         now.distinctPartnerOrganisations, before.distinctPartnerOrganisations));
    return rows;
}

std::vector<FigureRow> groupSessionRows(const ActivityReport& report)
{
    const core::GroupFigures& now = report.current.groups;
    const core::GroupFigures& before = report.previous.groups;
    return {
        count("sessions", ReportLabels::tr("Group sessions"), now.sessions, before.sessions),
        count("identified_attendances", ReportLabels::tr("Attendances of identified persons"),
              now.identifiedAttendances, before.identifiedAttendances),
        count("anonymous_head_count", ReportLabels::tr("Anonymous head-count"), now.anonymousHeadCount,
              before.anonymousHeadCount),
        count("distinct_attendees", ReportLabels::tr("Distinct identified attendees"), now.distinctAttendees,
              before.distinctAttendees),
    };
}

std::vector<FigureRow> caseSummaryRows(const ActivityReport& report)
{
    const core::CaseFigures& now = report.current.cases;
    const core::CaseFigures& before = report.previous.cases;
    return {
        count("opened", ReportLabels::tr("Cases opened"), now.opened, before.opened),
        count("admitted", ReportLabels::tr("Cases admitted"), now.admitted, before.admitted),
        count("declined", ReportLabels::tr("Candidates declined"), now.declined, before.declined),
        count("exits", ReportLabels::tr("Cases closed (exits)"), now.exits, before.exits),
        count("waiting_list", ReportLabels::tr("On the waiting list at the end of the period"), now.waitingList,
              before.waitingList),
    };
}

std::vector<CountRow> goalRows(const ActivityReport& report, LabelLanguage language)
{
    const core::CaseFigures& now = report.current.cases;
    const core::CaseFigures& before = report.previous.cases;
    auto row = [language](core::GoalOutcome outcome, qint64 current, qint64 previous) {
        return CountRow {core::codeOf(outcome), core::labelOf(outcome, language), current, previous, {}, {}};
    };
    return {
        row(core::GoalOutcome::Achieved, now.goalsAchieved, before.goalsAchieved),
        row(core::GoalOutcome::Partly, now.goalsPartly, before.goalsPartly),
        row(core::GoalOutcome::NotAchieved, now.goalsNotAchieved, before.goalsNotAchieved),
    };
}

std::vector<CountRow> territoryRows(const ActivityReport& report)
{
    std::vector<CountRow> rows;
    auto rowFor = [&rows](const QString& name) -> CountRow& {
        for (CountRow& row : rows) {
            if (row.code == name) {
                return row;
            }
        }
        rows.push_back(CountRow {name, ReportLabels::territory(name), 0, 0, {}, {}});
        return rows.back();
    };
    for (const core::TerritoryCount& entry : report.current.encountersByTerritory) {
        CountRow& row = rowFor(entry.territory);
        row.current = entry.count;
        row.currentShare = entry.share;
    }
    for (const core::TerritoryCount& entry : report.previous.encountersByTerritory) {
        CountRow& row = rowFor(entry.territory);
        row.previous = entry.count;
        row.previousShare = entry.share;
    }
    return rows;
}

std::vector<CountRow> interventionTypeRows(const ActivityReport& report, LabelLanguage language)
{
    std::vector<CountRow> rows;
    auto rowFor = [&rows, language](const core::TypeCount& type) -> CountRow& {
        for (CountRow& row : rows) {
            if (row.code == type.code) {
                return row;
            }
        }
        const QString label = language == LabelLanguage::French ? type.labelFr : type.labelEn;
        rows.push_back(CountRow {type.code, label.isEmpty() ? type.code : label, 0, 0, {}, {}});
        return rows.back();
    };
    for (const core::TypeCount& type : report.current.interventionTypes) {
        rowFor(type).current += type.count;
    }
    for (const core::TypeCount& type : report.previous.interventionTypes) {
        rowFor(type).previous += type.count;
    }
    return rows;
}

std::vector<CountRow> ageBandRows(const ActivityReport& report)
{
    std::vector<CountRow> rows;
    QStringList order;
    for (const char* code : core::kAgeBandCodes) {
        order << QString::fromLatin1(code);
        rows.push_back(CountRow {order.back(), ReportLabels::ageBand(order.back()), 0, 0, {}, {}});
    }
    auto merged = mergeCodeCounts(report.current.ageBands, report.previous.ageBands, &ReportLabels::ageBand);
    for (const CountRow& entry : merged) {
        auto found
            = std::find_if(rows.begin(), rows.end(), [&entry](const CountRow& row) { return row.code == entry.code; });
        if (found == rows.end()) {
            rows.push_back(entry);
        } else {
            found->current = entry.current;
            found->previous = entry.previous;
        }
    }
    sortByOrder(rows, order);
    return rows;
}

std::vector<CountRow> genderRows(const ActivityReport& report, LabelLanguage language)
{
    return codedRows<core::Gender>(report.current.gender, report.previous.gender, language);
}

std::vector<CountRow> languageRows(const ActivityReport& report, LabelLanguage language)
{
    return codedRows<core::Language>(report.current.language, report.previous.language, language);
}

std::vector<CountRow> activeByStageRows(const ActivityReport& report, LabelLanguage language)
{
    return codedRows<core::Stage>(report.current.cases.activeByStage, report.previous.cases.activeByStage, language);
}

std::vector<CountRow> exitReasonRows(const ActivityReport& report, LabelLanguage language)
{
    return codedRows<core::ExitReason>(report.current.cases.exitsByReason, report.previous.cases.exitsByReason,
                                       language);
}

std::vector<CountRow> exitDestinationRows(const ActivityReport& report, LabelLanguage language)
{
    return codedRows<core::HousingSituation>(report.current.cases.exitsByHousing, report.previous.cases.exitsByHousing,
                                             language);
}

std::vector<StageDaysRow> stageDaysRows(const ActivityReport& report, LabelLanguage language)
{
    std::vector<StageDaysRow> rows;
    auto rowFor = [&rows, language](const QString& stage) -> StageDaysRow& {
        for (StageDaysRow& row : rows) {
            if (row.stage == stage) {
                return row;
            }
        }
        StageDaysRow row;
        row.stage = stage;
        row.label = ReportLabels::stage(stage, language);
        rows.push_back(row);
        return rows.back();
    };
    for (const core::StageMeanDays& entry : report.current.cases.meanDaysInStage) {
        StageDaysRow& row = rowFor(entry.stage);
        row.currentDays = entry.days;
        row.currentStays = entry.stays;
    }
    for (const core::StageMeanDays& entry : report.previous.cases.meanDaysInStage) {
        StageDaysRow& row = rowFor(entry.stage);
        row.previousDays = entry.days;
        row.previousStays = entry.stays;
    }
    const QStringList order = codeOrder<core::Stage>();
    std::stable_sort(rows.begin(), rows.end(), [&order](const StageDaysRow& a, const StageDaysRow& b) {
        const auto rank = [&order](const QString& code) {
            const qsizetype index = order.indexOf(code);
            return index < 0 ? order.size() : index;
        };
        return rank(a.stage) < rank(b.stage);
    });
    return rows;
}

std::vector<CaseloadRow> caseloadRows(const ActivityReport& report)
{
    std::vector<CaseloadRow> rows;
    auto rowFor = [&rows](const QString& caseManager) -> CaseloadRow& {
        for (CaseloadRow& row : rows) {
            if (row.caseManager == caseManager) {
                return row;
            }
        }
        rows.push_back(CaseloadRow {caseManager, 0, 0, 0});
        return rows.back();
    };
    for (const core::CaseloadFigure& entry : report.current.cases.caseload) {
        CaseloadRow& row = rowFor(entry.caseManager);
        row.current = entry.active;
        row.cap = entry.cap;
    }
    for (const core::CaseloadFigure& entry : report.previous.cases.caseload) {
        CaseloadRow& row = rowFor(entry.caseManager);
        row.previous = entry.active;
        if (row.cap == 0) {
            row.cap = entry.cap;
        }
    }
    return rows;
}

std::vector<ReferralRow> referralRows(const ActivityReport& report, LabelLanguage language)
{
    std::vector<ReferralRow> rows;
    auto rowFor = [&rows, language](const core::ReferralCount& entry) -> ReferralRow& {
        for (ReferralRow& row : rows) {
            if (row.partnerCode == entry.partnerCode && row.partner == entry.partnerName
                && row.status == entry.status) {
                return row;
            }
        }
        rows.push_back(ReferralRow {entry.partnerCode, entry.partnerName, entry.status,
                                    ReportLabels::referralStatus(entry.status, language), 0, 0});
        return rows.back();
    };
    for (const core::ReferralCount& entry : report.current.referrals) {
        rowFor(entry).current += entry.count;
    }
    for (const core::ReferralCount& entry : report.previous.referrals) {
        rowFor(entry).previous += entry.count;
    }
    const QStringList statusOrder = codeOrder<core::ReferralStatus>();
    std::stable_sort(rows.begin(), rows.end(), [&statusOrder](const ReferralRow& a, const ReferralRow& b) {
        if (const int byName = QString::localeAwareCompare(a.partner, b.partner); byName != 0) {
            return byName < 0;
        }
        if (a.partnerCode != b.partnerCode) {
            return a.partnerCode < b.partnerCode;
        }
        return statusOrder.indexOf(a.status) < statusOrder.indexOf(b.status);
    });
    return rows;
}

} // namespace relais::report
