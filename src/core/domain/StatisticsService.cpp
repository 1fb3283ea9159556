#include "StatisticsService.h"

#include "StatisticsRepository.h"
#include "TextFolding.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <limits>

namespace relais::core {

namespace {

// Which period a row counts in, as bit flags (persons, problems and partners can
// be in both).
constexpr quint8 kCurrent = 1;
constexpr quint8 kPrevious = 2;

// The scans report progress and look for a cancellation every so many rows.
constexpr qint64 kProgressRows = 50000;

constexpr int kBracketCount = static_cast<int>(AgeBracket::Unknown) + 1;
static_assert(std::size(kAgeBandCodes) == kBracketCount, "one code per age bracket");

// The stages whose stays end (exit is the last one: a reopened case is a new case).
constexpr std::array kStagesWithStays = {Stage::Intake, Stage::Assessment, Stage::Planning, Stage::Monitoring,
                                         Stage::Evaluation};
// The stages an admitted case can be in.
constexpr std::array kActiveStages = {Stage::Assessment, Stage::Planning, Stage::Monitoring, Stage::Evaluation};

constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 value, qint64 divisor)
{
    qint64 quotient = value / divisor;
    if ((value % divisor != 0) && ((value < 0) != (divisor < 0))) {
        --quotient;
    }
    return quotient;
}

qint64 julianDay(PackedDay day)
{
    return unpackDay(day).toJulianDay();
}

int monthNumber(PackedDay day)
{
    return (day / 10000) * 12 + (day / 100 % 100 - 1);
}

// Values by record id: a vector indexed by id for the small dense ids SQLite
// hands out (no hashing in the loops over a million rows), a hash for any other.
template <typename T>
class IdMap
{
public:
    static constexpr qint64 kDenseLimit = qint64(1) << 22;

    explicit IdMap(T absent = T{})
        : m_absent(absent)
    {
    }

    T value(qint64 id) const
    {
        if (id >= 0 && id < static_cast<qint64>(m_dense.size())) {
            return m_dense[static_cast<std::size_t>(id)];
        }
        return m_sparse.value(id, m_absent);
    }

    T& operator[](qint64 id)
    {
        if (id >= 0 && id < kDenseLimit) {
            const auto index = static_cast<std::size_t>(id);
            if (index >= m_dense.size()) {
                m_dense.resize(std::min(std::max(index + 1, m_dense.size() * 2), static_cast<std::size_t>(kDenseLimit)),
                               m_absent);
            }
            return m_dense[index];
        }
        auto found = m_sparse.find(id);
        if (found == m_sparse.end()) {
            found = m_sparse.insert(id, m_absent);
        }
        return *found;
    }

    // Calls visit(id, value) for every value set.
    template <typename Visit>
    void forEach(Visit visit) const
    {
        for (std::size_t id = 0; id < m_dense.size(); ++id) {
            if (m_dense[id] != m_absent) {
                visit(static_cast<qint64>(id), m_dense[id]);
            }
        }
        for (auto it = m_sparse.cbegin(); it != m_sparse.cend(); ++it) {
            if (it.value() != m_absent) {
                visit(it.key(), it.value());
            }
        }
    }

private:
    T m_absent;
    std::vector<T> m_dense;
    QHash<qint64, T> m_sparse;
};

// The organisation's day of UTC instants (stage transitions' `at`) without a
// QDateTime conversion per row: the zone's offset changes over the span are
// looked up once.
class OrganisationDays
{
public:
    OrganisationDays(const QTimeZone& zone, qint64 firstMsecs, qint64 lastMsecs)
    {
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(firstMsecs, Qt::UTC);
        m_offsets.push_back({std::numeric_limits<qint64>::min(), zone.offsetFromUtc(first)});
        if (zone.hasTransitions()) {
            const auto changes = zone.transitions(first, QDateTime::fromMSecsSinceEpoch(lastMsecs, Qt::UTC));
            for (const QTimeZone::OffsetData& change : changes) {
                m_offsets.push_back({change.atUtc.toMSecsSinceEpoch(), change.offsetFromUtc});
            }
        }
    }

    PackedDay dayOf(qint64 msecs) const
    {
        auto after = std::upper_bound(m_offsets.begin(), m_offsets.end(), msecs,
                                      [](qint64 value, const Offset& offset) { return value < offset.fromMsecs; });
        const qint64 localSeconds = floorDiv(msecs, 1000) + std::prev(after)->seconds;
        return packDay(QDate::fromJulianDay(floorDiv(localSeconds, 86400) + kJulianDayOfEpoch));
    }

private:
    struct Offset
    {
        qint64 fromMsecs;
        int seconds;
    };
    std::vector<Offset> m_offsets;
};

// Progress over the phases of the work; remembers a cancellation.
class ProgressMeter
{
public:
    explicit ProgressMeter(const StatisticsService::Progress& progress)
        : m_progress(progress)
    {
    }

    void beginPhase(int from, int to)
    {
        m_from = from;
        m_to = to;
    }

    // `done` is the share of the phase done, 0..1. False once cancelled.
    bool report(double done)
    {
        if (m_cancelled) {
            return false;
        }
        if (m_progress) {
            const double clamped = std::clamp(done, 0.0, 1.0);
            if (!m_progress(m_from + static_cast<int>((m_to - m_from) * clamped))) {
                m_cancelled = true;
            }
        }
        return !m_cancelled;
    }

    bool cancelled() const { return m_cancelled; }

private:
    const StatisticsService::Progress& m_progress;
    int m_from = 0;
    int m_to = 0;
    bool m_cancelled = false;
};

// A period and its days as the scans see them.
struct Frame
{
    ReportPeriod period;
    PackedDay from = 0;
    PackedDay to = 0;
    quint8 flag = kCurrent;
    int firstMonth = 0;
    int monthCount = 0;

    Frame(const ReportPeriod& value, quint8 periodFlag)
        : period(value)
        , from(packDay(value.from))
        , to(packDay(value.to))
        , flag(periodFlag)
        , firstMonth(monthNumber(from))
        , monthCount(monthNumber(to) - monthNumber(from) + 1)
    {
    }

    bool contains(PackedDay day) const { return day >= from && day <= to; }
};

// One period's counts while the rows stream by.
struct Tally
{
    qint64 encounters = 0;
    qint64 sixtyFivePlus = 0;
    qint64 ageKnown = 0;
    qint64 ageUnknown = 0;
    std::array<qint64, kBracketCount> brackets{};
    IdMap<qint64> territories; // id 0: no territory recorded
    std::vector<qint64> months;
    IdMap<qint64> types;
    QHash<qint64, qint64> referrals; // partner id * 8 + status index -> count
    qint64 personsReached = 0;
    std::vector<qint64> gender;
    std::vector<qint64> language; // codedValues<Language>() order, then "unknown"
    GroupFigures groups;
};

// Where a case stood at the end of a day.
enum class CaseState { NotOpen, Intake, Waiting, Active, Declined, Closed };

struct CaseStateAt
{
    CaseState state = CaseState::NotOpen;
    Stage stage = Stage::Intake;
};

struct TransitionDay
{
    PackedDay day = 0;
    Stage toStage = Stage::Intake;
    TransitionAction action = TransitionAction::Other;
};

struct CaseHistory
{
    CaseFact value;
    std::vector<TransitionDay> transitions; // in time order
};

// The state at the end of `day`: from the history when the case has one (the
// case row only tells where it is now), else from the case's dates.
CaseStateAt stateAt(const CaseHistory& history, PackedDay day)
{
    const CaseFact& value = history.value;
    if (!history.transitions.empty()) {
        const auto after = std::upper_bound(history.transitions.begin(), history.transitions.end(), day,
                                            [](PackedDay when, const TransitionDay& t) { return when < t.day; });
        if (after == history.transitions.begin()) {
            return {};
        }
        const TransitionDay& last = *std::prev(after);
        switch (last.action) {
        case TransitionAction::Open:
            return {CaseState::Intake, Stage::Intake};
        case TransitionAction::Wait:
            return {CaseState::Waiting, Stage::Intake};
        case TransitionAction::Decline:
            return {CaseState::Declined, Stage::Intake};
        case TransitionAction::Exit:
        case TransitionAction::EarlyExit:
            return {CaseState::Closed, Stage::Exit};
        case TransitionAction::Admit:
        case TransitionAction::Advance:
        case TransitionAction::Reassess:
            return {CaseState::Active, last.toStage};
        case TransitionAction::Other:
            break;
        }
        if (last.toStage == Stage::Intake) {
            return {CaseState::Intake, Stage::Intake};
        }
        if (last.toStage == Stage::Exit) {
            return {CaseState::Closed, Stage::Exit};
        }
        return {CaseState::Active, last.toStage};
    }
    if (value.openedOn == 0 || value.openedOn > day) {
        return {};
    }
    if (value.closedOn != 0 && value.closedOn <= day) {
        return {value.status == CaseStatus::Declined ? CaseState::Declined : CaseState::Closed,
                value.status == CaseStatus::Declined ? Stage::Intake : Stage::Exit};
    }
    if (value.admittedOn != 0 && value.admittedOn <= day) {
        // Without history the stage then is unknown: the current one while still
        // admitted, else the first stage after admission.
        return {CaseState::Active, value.status == CaseStatus::Active ? value.stage : Stage::Assessment};
    }
    if (value.status == CaseStatus::WaitingList && value.waitingSince != 0 && value.waitingSince <= day) {
        return {CaseState::Waiting, Stage::Intake};
    }
    return {CaseState::Intake, Stage::Intake};
}

template <typename E>
int indexOf(E value)
{
    const auto values = codedValues<E>();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].value == value) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

// Every code of E in display order with its count, then "unknown" (counts has one more entry).
template <typename E>
std::vector<CodeCount> codeCounts(const std::vector<qint64>& counts, bool withUnknown)
{
    std::vector<CodeCount> list;
    const auto values = codedValues<E>();
    for (std::size_t i = 0; i < values.size(); ++i) {
        list.push_back({QString::fromLatin1(values[i].code), counts[i]});
    }
    if (withUnknown) {
        list.push_back({QStringLiteral("unknown"), counts[values.size()]});
    }
    return list;
}

// Names compare without accents or case first, so the order does not depend on
// the computer's locale.
bool nameBefore(const QString& a, const QString& b)
{
    const int folded = foldForSearch(a).compare(foldForSearch(b));
    return folded != 0 ? folded < 0 : a < b;
}

// Everything one report needs while it is being computed.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsService)
public:
    ReportBuilder(ServiceContext& context, StatisticsRepository& repository, const ReportPeriod& period,
                  const StatisticsFilter& filter, const StatisticsService::Progress& progress, bool withPrevious,
                  int maxLinkRuns)
        : m_context(context)
        , m_repository(repository)
        , m_filter(filter)
        // Without the previous period its frame is the current one: every row
        // then counts as current (tested first), the scans start at the
        // period's first day and the previous tally stays empty.
        , m_frames {Frame(period, kCurrent), Frame(withPrevious ? period.previous() : period, kPrevious)}
        , m_withPrevious(withPrevious)
        , m_maxLinkRuns(maxLinkRuns)
        , m_meter(progress)
        , m_programmePeople(0)
        , m_personSlots(-1)
        , m_counted(0)
        , m_problems(0)
        , m_partners(0)
    {
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            m_tally[i].months.assign(static_cast<std::size_t>(m_frames[i].monthCount), 0);
            m_tally[i].gender.assign(codedValues<Gender>().size(), 0);
            m_tally[i].language.assign(codedValues<Language>().size() + 1, 0);
        }
    }

    Result<ActivityReport> run();

private:
    Tally& tallyOf(quint8 flag) { return m_tally[flag == kCurrent ? 0 : 1]; }
    Error cancelled() const
    {
        return makeError(ErrorCode::InputRejected, tr("The statistics were cancelled."), "statistics cancelled");
    }

    Status describeFilter(ActivityReport& report);
    Status loadCases();
    Status loadPeople();
    Status scanEncounters();
    Status scanLinks();
    std::optional<std::vector<std::pair<InterventionIdRun, quint8>>> countedRuns() const;
    Status countLinksByRun(const std::vector<std::pair<InterventionIdRun, quint8>>& runs);
    Status scanReferrals();
    Status countGroups();
    int personSlot(qint64 personId);
    AgeClass ageClassOf(int slot, std::size_t frameIndex, PackedDay day);
    ActivityFigures figuresOf(std::size_t index);
    CaseFigures caseFiguresOf(const Frame& frame);

    ServiceContext& m_context;
    StatisticsRepository& m_repository;
    StatisticsFilter m_filter;
    std::array<Frame, 2> m_frames;
    bool m_withPrevious = true;
    int m_maxLinkRuns = 0;
    std::array<Tally, 2> m_tally;
    ProgressMeter m_meter;
    StatisticsNames m_names;
    std::vector<UserAccount> m_users;

    std::vector<CaseHistory> m_cases;
    std::vector<GoalOutcomeFact> m_goals;
    IdMap<quint8> m_programmePeople; // person id -> periods with a case open in the filter's programme

    std::vector<PersonFact> m_people;
    IdMap<int> m_personSlots; // person id -> index in m_people
    std::vector<quint8> m_reached; // by slot: periods in which the person was met
    // By frame, then slot: the person's age class over the whole frame, coded
    // (kAgeClassUnset, kAgeClassVaries, or 2 + side * 6 + bracket).
    std::array<std::vector<quint8>, 2> m_ageClasses;

    IdMap<quint8> m_counted; // intervention id -> the period it counted in
    qint64 m_firstCounted = std::numeric_limits<qint64>::max();
    qint64 m_lastCounted = -1;
    IdMap<quint8> m_problems; // problem id -> periods
    IdMap<quint8> m_partners; // partner id -> periods
};

Status ReportBuilder::describeFilter(ActivityReport& report)
{
    QStringList labels;
    if (m_filter.programmeId) {
        const auto found = std::find_if(m_names.programmes.begin(), m_names.programmes.end(),
                                        [&](const Programme& p) { return p.id == *m_filter.programmeId; });
        if (found == m_names.programmes.end()) {
            return makeError(ErrorCode::InputRejected, tr("The programme chosen for the statistics does not exist."),
                             "unknown programme filter");
        }
        labels << found->name;
    }
    if (m_filter.territoryId) {
        const auto found = std::find_if(m_names.territories.begin(), m_names.territories.end(),
                                        [&](const Territory& t) { return t.id == *m_filter.territoryId; });
        if (found == m_names.territories.end()) {
            return makeError(ErrorCode::InputRejected, tr("The territory chosen for the statistics does not exist."),
                             "unknown territory filter");
        }
        labels << found->name;
    }
    report.filterLabel = labels.join(QStringLiteral(" / "));
    return {};
}

Status ReportBuilder::loadCases()
{
    auto cases = m_repository.cases();
    if (!cases) {
        return cases.error();
    }
    auto transitions = m_repository.transitions();
    if (!transitions) {
        return transitions.error();
    }
    auto goals = m_repository.goalOutcomes();
    if (!goals) {
        return goals.error();
    }
    m_goals = std::move(*goals);

    IdMap<int> caseIndex(-1);
    m_cases.reserve(cases->size());
    for (const CaseFact& value : *cases) {
        if (m_filter.programmeId && value.programmeId != *m_filter.programmeId) {
            continue;
        }
        caseIndex[value.id] = static_cast<int>(m_cases.size());
        m_cases.push_back({value, {}});
    }
    if (!transitions->empty()) {
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        for (const TransitionFact& transition : *transitions) {
            first = std::min(first, transition.atMsecs);
            last = std::max(last, transition.atMsecs);
        }
        const OrganisationDays days(m_context.calendar.zone(), first, last);
        for (const TransitionFact& transition : *transitions) {
            const int index = caseIndex.value(transition.caseId);
            if (index >= 0) {
                m_cases[static_cast<std::size_t>(index)].transitions.push_back(
                    {days.dayOf(transition.atMsecs), transition.toStage, transition.action});
            }
        }
    }

    if (m_filter.programmeId) {
        for (const CaseHistory& history : m_cases) {
            const CaseFact& value = history.value;
            for (const Frame& frame : m_frames) {
                if (value.openedOn != 0 && value.openedOn <= frame.to
                    && (value.closedOn == 0 || value.closedOn >= frame.from)) {
                    m_programmePeople[value.personId] |= frame.flag;
                }
            }
        }
    }
    return {};
}

Status ReportBuilder::loadPeople()
{
    qint64 rows = 0;
    auto status = m_repository.visitPeople([&](const PersonFact& person) {
        if (++rows % kProgressRows == 0 && !m_meter.report(0.5)) {
            return false;
        }
        m_personSlots[person.id] = static_cast<int>(m_people.size());
        m_people.push_back(person);
        return true;
    });
    m_reached.assign(m_people.size(), 0);
    return status;
}

int ReportBuilder::personSlot(qint64 personId)
{
    int slot = m_personSlots.value(personId);
    if (slot < 0) {
        // Not in the person table (a broken link): counted, with nothing known.
        slot = static_cast<int>(m_people.size());
        PersonFact unknown;
        unknown.id = personId;
        unknown.gender = static_cast<qint8>(indexOf(Gender::Unknown));
        m_people.push_back(unknown);
        m_reached.push_back(0);
        m_personSlots[personId] = slot;
    }
    return slot;
}

constexpr quint8 kAgeClassUnset = 0;
constexpr quint8 kAgeClassVaries = 1;

AgeClass ReportBuilder::ageClassOf(int slot, std::size_t frameIndex, PackedDay day)
{
    // Most people's class is the same all period long: found once, not per encounter.
    std::vector<quint8>& classes = m_ageClasses[frameIndex];
    const auto index = static_cast<std::size_t>(slot);
    if (index >= classes.size()) {
        classes.resize(m_people.size(), kAgeClassUnset);
    }
    const AgeFacts& facts = m_people[index].age;
    quint8& code = classes[index];
    if (code == kAgeClassUnset) {
        const Frame& frame = m_frames[frameIndex];
        const auto constant = AgeRules::classOver(facts, frame.from, frame.to);
        code = constant ? static_cast<quint8>(2 + static_cast<int>(constant->side) * kBracketCount
                                              + static_cast<int>(constant->bracket))
                        : kAgeClassVaries;
    }
    if (code == kAgeClassVaries) {
        return AgeRules::classify(facts, day);
    }
    return {static_cast<AgeSide>((code - 2) / kBracketCount), static_cast<AgeBracket>((code - 2) % kBracketCount)};
}

Status ReportBuilder::scanEncounters()
{
    const Frame& current = m_frames[0];
    const Frame& previous = m_frames[1];
    const qint64 firstJulian = julianDay(previous.from);
    const double spanDays = static_cast<double>(julianDay(current.to) - firstJulian + 1);
    qint64 rows = 0;
    return m_repository.visitEncounters(previous.from, current.to, [&](const EncounterFact& encounter) {
        if (++rows % kProgressRows == 0
            && !m_meter.report(static_cast<double>(julianDay(encounter.day) - firstJulian) / spanDays)) {
            return false;
        }
        const quint8 flag = current.contains(encounter.day) ? kCurrent
                                                            : (previous.contains(encounter.day) ? kPrevious : 0);
        if (flag == 0 || (m_filter.territoryId && encounter.territoryId != *m_filter.territoryId)
            || (m_filter.programmeId && (m_programmePeople.value(encounter.personId) & flag) == 0)) {
            return true;
        }
        const Frame& frame = flag == kCurrent ? current : previous;
        Tally& tally = tallyOf(flag);
        const int slot = personSlot(encounter.personId);
        m_reached[static_cast<std::size_t>(slot)] |= flag;
        ++tally.encounters;
        const AgeClass age = ageClassOf(slot, flag == kCurrent ? 0 : 1, encounter.day);
        if (age.side == AgeSide::Unknown) {
            ++tally.ageUnknown;
        } else {
            ++tally.ageKnown;
            if (age.side == AgeSide::SixtyFivePlus) {
                ++tally.sixtyFivePlus;
            }
        }
        ++tally.brackets[static_cast<std::size_t>(age.bracket)];
        ++tally.territories[encounter.territoryId];
        ++tally.months[static_cast<std::size_t>(monthNumber(encounter.day) - frame.firstMonth)];
        m_counted[encounter.interventionId] = flag;
        m_firstCounted = std::min(m_firstCounted, encounter.interventionId);
        m_lastCounted = std::max(m_lastCounted, encounter.interventionId);
        return true;
    });
}

std::optional<std::vector<std::pair<InterventionIdRun, quint8>>> ReportBuilder::countedRuns() const
{
    // Maximal runs of consecutive ids counted in one period. An id not counted
    // (another period's, filtered out, deleted or never used) ends a run.
    // Ids spread far apart (never the case with SQLite's own rowids) are not
    // walked one by one: the rows are read instead.
    const qint64 counted = m_tally[0].encounters + m_tally[1].encounters;
    if (m_lastCounted - m_firstCounted > 64 * counted + 65536) {
        return std::nullopt;
    }
    std::vector<std::pair<InterventionIdRun, quint8>> runs;
    for (qint64 id = m_firstCounted; id <= m_lastCounted; ++id) {
        const quint8 flag = m_counted.value(id);
        if (flag == 0) {
            continue;
        }
        if (static_cast<int>(runs.size()) >= m_maxLinkRuns) {
            return std::nullopt;
        }
        qint64 last = id;
        while (last < m_lastCounted && m_counted.value(last + 1) == flag) {
            ++last;
        }
        runs.push_back({{id, last}, flag});
        id = last;
    }
    return runs;
}

Status ReportBuilder::countLinksByRun(const std::vector<std::pair<InterventionIdRun, quint8>>& runs)
{
    std::vector<InterventionIdRun> ranges;
    ranges.reserve(runs.size());
    for (const auto& [run, flag] : runs) {
        ranges.push_back(run);
    }
    m_meter.beginPhase(50, 85);
    if (!m_meter.report(0)) {
        return {};
    }
    auto links = m_repository.linksOfRuns(ranges);
    if (!links) {
        return links.error();
    }
    for (std::size_t index = 0; index < runs.size(); ++index) {
        const quint8 flag = runs[index].second;
        const RunLinks& counted = (*links)[index];
        for (const auto& [typeId, count] : counted.typeCounts) {
            tallyOf(flag).types[typeId] += count;
        }
        for (const qint64 problemId : counted.problems) {
            m_problems[problemId] |= flag;
        }
    }
    return {};
}

Status ReportBuilder::scanLinks()
{
    if (m_lastCounted < 0) {
        return {};
    }
    // Few runs of consecutive ids (the usual case: interventions are entered in
    // date order): the database counts each run's links without handing out
    // the rows, at about the cost of the report's floor.
    if (m_maxLinkRuns > 0) {
        if (const auto runs = countedRuns()) {
            return countLinksByRun(*runs);
        }
    }
    // Interventions were mostly entered in date order, so the ids of a period's
    // interventions form a narrow range: one range scan of each link table's
    // primary key, filtered here, instead of one lookup per intervention.
    const double span = static_cast<double>(m_lastCounted - m_firstCounted + 1);
    qint64 rows = 0;
    auto progressAt = [&](qint64 interventionId) {
        return ++rows % kProgressRows != 0
            || m_meter.report(static_cast<double>(interventionId - m_firstCounted) / span);
    };
    m_meter.beginPhase(50, 70);
    auto types = m_repository.visitTypeLinks(m_firstCounted, m_lastCounted, [&](const InterventionLinkFact& link) {
        if (!progressAt(link.interventionId)) {
            return false;
        }
        if (const quint8 flag = m_counted.value(link.interventionId)) {
            ++tallyOf(flag).types[link.linkedId];
        }
        return true;
    });
    if (!types || m_meter.cancelled()) {
        return types;
    }
    m_meter.beginPhase(70, 85);
    rows = 0;
    return m_repository.visitProblemLinks(m_firstCounted, m_lastCounted, [&](const InterventionLinkFact& link) {
        if (!progressAt(link.interventionId)) {
            return false;
        }
        if (const quint8 flag = m_counted.value(link.interventionId)) {
            m_problems[link.linkedId] |= flag;
        }
        return true;
    });
}

Status ReportBuilder::scanReferrals()
{
    const Frame& current = m_frames[0];
    const Frame& previous = m_frames[1];
    qint64 rows = 0;
    return m_repository.visitOutgoingReferrals(
        previous.from, current.to, m_lastCounted < 0 ? 0 : m_firstCounted, m_lastCounted,
        [&](const ReferralFact& referral) {
            if (++rows % kProgressRows == 0 && !m_meter.report(0.5)) {
                return false;
            }
            const quint8 linked = referral.interventionId > 0 ? m_counted.value(referral.interventionId) : 0;
            // Partners referred to: by the encounter the referral was made in.
            if (linked != 0) {
                m_partners[referral.partnerId] |= linked;
            }
            // The referrals table: by the day the referral was made.
            const quint8 flag = current.contains(referral.referredOn)
                ? kCurrent
                : (previous.contains(referral.referredOn) ? kPrevious : 0);
            if (flag == 0 || (m_filter.programmeId && (m_programmePeople.value(referral.personId) & flag) == 0)
                || (m_filter.territoryId && linked == 0)) {
                return true;
            }
            ++tallyOf(flag).referrals[referral.partnerId * 8 + referral.status];
            return true;
        });
}

Status ReportBuilder::countGroups()
{
    const Frame& current = m_frames[0];
    const Frame& previous = m_frames[1];
    auto sessions = m_repository.groupSessions(previous.from, current.to);
    if (!sessions) {
        return sessions.error();
    }
    IdMap<quint8> sessionPeriods(0);
    for (const GroupSessionFact& session : *sessions) {
        const quint8 flag = current.contains(session.day) ? kCurrent : (previous.contains(session.day) ? kPrevious : 0);
        if (flag == 0 || (m_filter.territoryId && session.territoryId != *m_filter.territoryId)) {
            continue;
        }
        sessionPeriods[session.id] = flag;
        GroupFigures& groups = tallyOf(flag).groups;
        ++groups.sessions;
        groups.anonymousHeadCount += session.anonymousHeadCount;
    }
    auto attendance = m_repository.groupAttendance(previous.from, current.to);
    if (!attendance) {
        return attendance.error();
    }
    IdMap<quint8> attendees(0);
    for (const AttendanceFact& row : *attendance) {
        if (const quint8 flag = sessionPeriods.value(row.sessionId)) {
            ++tallyOf(flag).groups.identifiedAttendances;
            attendees[row.personId] |= flag;
        }
    }
    attendees.forEach([&](qint64, quint8 flags) {
        for (const Frame& frame : m_frames) {
            if (flags & frame.flag) {
                ++tallyOf(frame.flag).groups.distinctAttendees;
            }
        }
    });
    return {};
}

CaseFigures ReportBuilder::caseFiguresOf(const Frame& frame)
{
    CaseFigures figures;
    std::vector<qint64> activeByStage(codedValues<Stage>().size(), 0);
    std::vector<qint64> exitReasons(codedValues<ExitReason>().size() + 1, 0);
    std::vector<qint64> exitHousing(codedValues<HousingSituation>().size() + 1, 0);
    std::vector<qint64> stayDays(codedValues<Stage>().size(), 0);
    std::vector<qint64> stays(codedValues<Stage>().size(), 0);
    IdMap<qint64> caseload(0);
    IdMap<quint8> exited(0);

    for (const CaseHistory& history : m_cases) {
        const CaseFact& value = history.value;
        if (frame.contains(value.openedOn)) {
            ++figures.opened;
        }
        if (frame.contains(value.admittedOn)) {
            ++figures.admitted;
        }
        // A declined candidate also gets a closed_on: exits are the cases that
        // left the pipeline through exit or early exit.
        if (value.status == CaseStatus::Closed && frame.contains(value.closedOn)) {
            ++figures.exits;
            exitReasons[value.exitReason ? static_cast<std::size_t>(indexOf(*value.exitReason))
                                         : codedValues<ExitReason>().size()]++;
            exitHousing[value.exitHousing ? static_cast<std::size_t>(indexOf(*value.exitHousing))
                                          : codedValues<HousingSituation>().size()]++;
            exited[value.id] = 1;
        }
        if (history.transitions.empty()) {
            if (value.status == CaseStatus::Declined && frame.contains(value.closedOn)) {
                ++figures.declined;
            }
        }

        const CaseStateAt state = stateAt(history, frame.to);
        if (state.state == CaseState::Active) {
            ++activeByStage[static_cast<std::size_t>(indexOf(state.stage))];
            if (value.caseManagerId != 0) {
                ++caseload[value.caseManagerId];
            }
        } else if (state.state == CaseState::Waiting) {
            ++figures.waitingList;
        }

        // Stays: from entering a stage to leaving it (placing on the waiting list
        // keeps the case in intake; declining ends the intake stay).
        std::optional<Stage> stayStage;
        PackedDay stayStart = 0;
        for (const TransitionDay& transition : history.transitions) {
            if (transition.action == TransitionAction::Decline && frame.contains(transition.day)) {
                ++figures.declined;
            }
            const bool leaves = transition.action == TransitionAction::Decline || !stayStage
                || transition.toStage != *stayStage;
            if (!leaves) {
                continue;
            }
            if (stayStage && frame.contains(transition.day)) {
                const auto index = static_cast<std::size_t>(indexOf(*stayStage));
                stayDays[index] += julianDay(transition.day) - julianDay(stayStart);
                ++stays[index];
            }
            stayStage.reset();
            if (transition.action != TransitionAction::Decline && transition.toStage != Stage::Exit) {
                stayStage = transition.toStage;
                stayStart = transition.day;
            }
        }
    }

    for (Stage stage : kActiveStages) {
        figures.activeByStage.push_back({codeOf(stage), activeByStage[static_cast<std::size_t>(indexOf(stage))]});
    }
    figures.exitsByReason = codeCounts<ExitReason>(exitReasons, true);
    figures.exitsByHousing = codeCounts<HousingSituation>(exitHousing, true);
    for (const GoalOutcomeFact& goal : m_goals) {
        if (exited.value(goal.caseId) == 0) {
            continue;
        }
        switch (goal.outcome) {
        case GoalOutcome::Achieved:
            ++figures.goalsAchieved;
            break;
        case GoalOutcome::Partly:
            ++figures.goalsPartly;
            break;
        case GoalOutcome::NotAchieved:
            ++figures.goalsNotAchieved;
            break;
        }
    }
    for (Stage stage : kStagesWithStays) {
        const auto index = static_cast<std::size_t>(indexOf(stage));
        StageMeanDays mean;
        mean.stage = codeOf(stage);
        mean.stays = stays[index];
        if (stays[index] > 0) {
            mean.days = static_cast<double>(stayDays[index]) / static_cast<double>(stays[index]);
        }
        figures.meanDaysInStage.push_back(mean);
    }

    // The cap the counts are compared with: the filtered programme's, else the default one's.
    int cap = Programme().caseloadCap;
    for (const Programme& programme : m_names.programmes) {
        if (m_filter.programmeId ? programme.id == *m_filter.programmeId : programme.isDefault) {
            cap = programme.caseloadCap;
            break;
        }
    }
    for (const UserAccount& user : m_users) {
        if (user.role == Role::CaseManager) {
            figures.caseload.push_back({user.userName, caseload.value(user.id), cap});
        }
    }
    return figures;
}

ActivityFigures ReportBuilder::figuresOf(std::size_t index)
{
    const Frame& frame = m_frames[index];
    Tally& tally = m_tally[index];
    ActivityFigures figures;
    figures.personsReached = tally.personsReached;
    figures.encounters = tally.encounters;
    figures.encounters65Plus = tally.sixtyFivePlus;
    figures.encountersAgeKnown = tally.ageKnown;
    figures.encountersAgeUnknown = tally.ageUnknown;
    if (tally.ageKnown > 0) {
        figures.encounters65PlusShare = static_cast<double>(tally.sixtyFivePlus) / static_cast<double>(tally.ageKnown);
    }
    m_problems.forEach([&](qint64, quint8 flags) {
        if (flags & frame.flag) {
            ++figures.distinctProblems;
        }
    });
    m_partners.forEach([&](qint64, quint8 flags) {
        if (flags & frame.flag) {
            ++figures.distinctPartnerOrganisations;
        }
    });

    // Territories under their names (two records of one name count as one).
    QHash<qint64, QString> territoryNames;
    for (const Territory& territory : m_names.territories) {
        territoryNames.insert(territory.id, territory.name);
    }
    QHash<QString, qint64> byTerritory;
    tally.territories.forEach([&](qint64 id, qint64 count) { byTerritory[territoryNames.value(id)] += count; });
    for (auto it = byTerritory.cbegin(); it != byTerritory.cend(); ++it) {
        figures.encountersByTerritory.push_back(
            {it.key(), it.value(), static_cast<double>(it.value()) / static_cast<double>(tally.encounters)});
    }
    std::sort(figures.encountersByTerritory.begin(), figures.encountersByTerritory.end(),
              [](const TerritoryCount& a, const TerritoryCount& b) {
                  return a.count != b.count ? a.count > b.count : nameBefore(a.territory, b.territory);
              });

    QHash<qint64, const InterventionType*> types;
    for (const InterventionType& type : m_names.interventionTypes) {
        types.insert(type.id, &type);
    }
    tally.types.forEach([&](qint64 id, qint64 count) {
        const InterventionType* type = types.value(id);
        figures.interventionTypes.push_back(type ? TypeCount{type->code, type->labelFr, type->labelEn, count}
                                                 : TypeCount{QString::number(id), {}, {}, count});
    });
    std::sort(figures.interventionTypes.begin(), figures.interventionTypes.end(),
              [](const TypeCount& a, const TypeCount& b) { return a.count != b.count ? a.count > b.count : a.code < b.code; });

    for (int i = 0; i < kBracketCount; ++i) {
        figures.ageBands.push_back({QString::fromLatin1(kAgeBandCodes[i]), tally.brackets[static_cast<std::size_t>(i)]});
    }
    figures.gender = codeCounts<Gender>(tally.gender, false);
    figures.language = codeCounts<Language>(tally.language, true);
    for (int i = 0; i < frame.monthCount; ++i) {
        const int month = frame.firstMonth + i;
        figures.encountersByMonth.push_back({QStringLiteral("%1-%2").arg(month / 12, 4, 10, QLatin1Char('0')).arg(
                                                 month % 12 + 1, 2, 10, QLatin1Char('0')),
                                             tally.months[static_cast<std::size_t>(i)]});
    }

    QHash<qint64, const PartnerOrganisation*> partners;
    for (const PartnerOrganisation& partner : m_names.partners) {
        partners.insert(partner.id, &partner);
    }
    const auto statuses = codedValues<ReferralStatus>();
    for (auto it = tally.referrals.cbegin(); it != tally.referrals.cend(); ++it) {
        const qint64 partnerId = it.key() / 8;
        const auto status = static_cast<std::size_t>(it.key() % 8);
        const PartnerOrganisation* partner = partners.value(partnerId);
        figures.referrals.push_back({partner ? partner->code : QString::number(partnerId),
                                     partner ? partner->name : QString(),
                                     QString::fromLatin1(statuses[std::min(status, statuses.size() - 1)].code),
                                     it.value()});
    }
    std::sort(figures.referrals.begin(), figures.referrals.end(), [](const ReferralCount& a, const ReferralCount& b) {
        if (a.partnerName != b.partnerName) {
            return nameBefore(a.partnerName, b.partnerName);
        }
        if (a.partnerCode != b.partnerCode) {
            return a.partnerCode < b.partnerCode;
        }
        return indexOf(fromCode<ReferralStatus>(a.status).value_or(ReferralStatus::Proposed))
            < indexOf(fromCode<ReferralStatus>(b.status).value_or(ReferralStatus::Proposed));
    });

    figures.groups = tally.groups;
    figures.cases = caseFiguresOf(frame);
    return figures;
}

Result<ActivityReport> ReportBuilder::run()
{
    ActivityReport report;
    report.period = m_frames[0].period;
    if (m_withPrevious) {
        report.previousPeriod = m_frames[1].period;
    }
    report.filter = m_filter;

    auto snapshot = m_repository.readSnapshot();
    if (!snapshot) {
        return snapshot.error();
    }
    m_meter.beginPhase(0, 5);
    if (!m_meter.report(0)) {
        return cancelled();
    }
    auto organisation = m_repository.organisationName();
    if (!organisation) {
        return organisation.error();
    }
    report.organisation = *organisation;
    auto names = m_repository.names();
    if (!names) {
        return names.error();
    }
    m_names = std::move(*names);
    if (auto status = describeFilter(report); !status) {
        return status.error();
    }
    auto users = m_context.reference.users();
    if (!users) {
        return users.error();
    }
    m_users = std::move(*users);

    // Each step: its share of the progress bar, roughly its share of the time.
    const std::array<std::pair<Status (ReportBuilder::*)(), std::pair<int, int>>, 6> steps = {{
        {&ReportBuilder::loadCases, {0, 5}},
        {&ReportBuilder::loadPeople, {5, 15}},
        {&ReportBuilder::scanEncounters, {15, 50}},
        {&ReportBuilder::scanLinks, {50, 85}},
        {&ReportBuilder::scanReferrals, {85, 95}},
        {&ReportBuilder::countGroups, {95, 100}},
    }};
    for (const auto& [step, share] : steps) {
        m_meter.beginPhase(share.first, share.second);
        if (!m_meter.report(0)) {
            return cancelled();
        }
        if (auto status = (this->*step)(); !status) {
            return status.error();
        }
        if (m_meter.cancelled()) {
            return cancelled();
        }
    }

    for (std::size_t slot = 0; slot < m_people.size(); ++slot) {
        const quint8 flags = m_reached[slot];
        if (flags == 0) {
            continue;
        }
        const PersonFact& person = m_people[slot];
        for (const Frame& frame : m_frames) {
            if (flags & frame.flag) {
                Tally& tally = tallyOf(frame.flag);
                ++tally.personsReached;
                ++tally.gender[static_cast<std::size_t>(person.gender)];
                ++tally.language[person.language >= 0 ? static_cast<std::size_t>(person.language)
                                                      : codedValues<Language>().size()];
            }
        }
    }
    report.current = figuresOf(0);
    if (m_withPrevious) {
        report.previous = figuresOf(1);
    }
    m_meter.beginPhase(100, 100);
    (void)m_meter.report(1);
    return report;
}

} // namespace

StatisticsService::StatisticsService(ServiceContext& context, StatisticsRepository& repository)
    : m_context(context)
    , m_repository(repository)
{
}

Result<ActivityReport> StatisticsService::activityReport(const UserAccount& actor, const ReportPeriod& period,
                                                         const StatisticsFilter& filter, const Progress& progress)
{
    return compute(actor, period, filter, progress, true);
}

Result<ActivityReport> StatisticsService::periodFigures(const UserAccount& actor, const ReportPeriod& period,
                                                        const StatisticsFilter& filter)
{
    return compute(actor, period, filter, {}, false);
}

Result<ActivityReport> StatisticsService::compute(const UserAccount& actor, const ReportPeriod& period,
                                                  const StatisticsFilter& filter, const Progress& progress,
                                                  bool withPrevious)
{
    if (actor.role != Role::TeamLead && actor.role != Role::Admin) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only team leads and administrators can see the activity statistics."),
                         "statistics refused for role");
    }
    if (!period.from.isValid() || !period.to.isValid()) {
        return makeError(ErrorCode::InputRejected, tr("Choose the first and the last day of the period."),
                         "invalid period dates");
    }
    if (period.from > period.to) {
        return makeError(ErrorCode::InputRejected, tr("The period must end on or after its first day."),
                         "period ends before it starts");
    }
    // Days are handled as 'YYYY-MM-DD' text and yyyymmdd integers: four-digit years only.
    if (period.previous().from.year() < 1000 || period.to.year() > 9999) {
        return makeError(ErrorCode::InputRejected, tr("The period must lie between the years 1000 and 9999."),
                         "period out of range");
    }
    ReportBuilder builder(m_context, m_repository, period, filter, progress, withPrevious, m_maxLinkRuns);
    return builder.run();
}

} // namespace relais::core
