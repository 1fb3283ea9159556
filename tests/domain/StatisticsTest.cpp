#include "DomainChecks.h"
#include "DomainFixture.h"
#include "core/domain/StatisticsService.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

// The activity statistics (docs/report-measures.md) over a small dataset built
// through the services, whose every figure is counted by hand below. The report
// is for 2025 (1 January to 31 December); the previous period of the same length
// (365 days) is 2 January to 31 December 2024. Encounters are logged at 17:00
// UTC, noon or 1 pm in Montreal (the fixture's time zone), so their day is the
// date written.

using namespace relais;
using namespace relais::core;
using test::DomainFixture;

namespace {

const ReportPeriod kYear{QDate(2025, 1, 1), QDate(2025, 12, 31)};

QDateTime noonIn(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(17, 0), Qt::UTC);
}

std::string text(const QString& value)
{
    return value.toStdString();
}

// Lists as "code=count" strings: Catch shows them when a comparison fails.
std::vector<std::string> describe(const std::vector<CodeCount>& list)
{
    std::vector<std::string> lines;
    for (const CodeCount& entry : list) {
        lines.push_back(text(entry.code) + "=" + std::to_string(entry.count));
    }
    return lines;
}

std::vector<std::string> describe(const std::vector<TerritoryCount>& list)
{
    std::vector<std::string> lines;
    for (const TerritoryCount& entry : list) {
        lines.push_back(text(entry.territory) + "=" + std::to_string(entry.count));
    }
    return lines;
}

std::vector<std::string> describe(const std::vector<TypeCount>& list)
{
    std::vector<std::string> lines;
    for (const TypeCount& entry : list) {
        lines.push_back(text(entry.code) + "=" + std::to_string(entry.count));
    }
    return lines;
}

std::vector<std::string> describe(const std::vector<MonthCount>& list)
{
    std::vector<std::string> lines;
    for (const MonthCount& entry : list) {
        lines.push_back(text(entry.month) + "=" + std::to_string(entry.count));
    }
    return lines;
}

std::vector<std::string> describe(const std::vector<ReferralCount>& list)
{
    std::vector<std::string> lines;
    for (const ReferralCount& entry : list) {
        lines.push_back(text(entry.partnerCode) + "/" + text(entry.status) + "=" + std::to_string(entry.count));
    }
    return lines;
}

std::vector<std::string> describe(const std::vector<CaseloadFigure>& list)
{
    std::vector<std::string> lines;
    for (const CaseloadFigure& entry : list) {
        lines.push_back(text(entry.caseManager) + "=" + std::to_string(entry.active) + "/"
                        + std::to_string(entry.cap));
    }
    return lines;
}

const StageMeanDays& meanOf(const CaseFigures& figures, const char* stage)
{
    for (const StageMeanDays& mean : figures.meanDaysInStage) {
        if (mean.stage == QLatin1String(stage)) {
            return mean;
        }
    }
    FAIL(std::string("no mean for stage ") + stage);
    return figures.meanDaysInStage.front();
}

// The dataset. People (P1..P7 identified, A1..A3 anonymous) and their encounters
// in 2025, numbered as in the comments of the tests:
//   #1  2025-06-14 P1 (born 1960-06-15: 64 the day before turning 65)  Magog
//   #2  2025-06-15 P1 (turns 65 that day)                              Magog
//   #3  2025-02-28 P2 (born 1960-02-29: 64, birthday on 1 March in 2025) Magog
//   #4  2025-03-01 P2 (65)                                             Magog
//   #5  2025-05-10 P3 (birth year 1959 alone: 2025-1959 = 66 -> 65+)   Sherbrooke
//   #6  2025-05-10 P4 (birth year 1960 alone: 65 -> unknown)           Sherbrooke
//   #7  2025-05-10 P5 (birth year 1961 alone: 64 -> under 65)          Orford
//   #8  2025-07-01 A1 (age band 70-80 -> 65+)                          Orford
//   #9  2025-07-01 A2 (age band 20-25 -> under 65), socialisation       no territory
//   #10 2025-07-01 A3 (age band 60-70, straddles 65 -> unknown)        Magog
//   #11 2025-01-01 P6 (born 1990-01-01: 35), first day, problem "Santé mentale"  Magog
//   #12 2025-12-31 P6, last day                                        Magog
//   #13 2025-09-01 P6, three types (helping relationship, socialisation,
//       information), problems "Santé mentale" and "Toxicomanie", referred to
//       the CLSC (a referral later refused)                            Magog
//   #14 2025-10-01 P7 (nothing known of the age), information, problem
//       "Logement", referred to the soup kitchen (accepted) and the CLSC  Magog
// Every other encounter is "helping relationship" only. Not counted in 2025:
//   2025-08-01 P6 in Orford, accompaniment, problem "Justice": soft-deleted;
//   2024-12-31 P6 Magog (the day before the period: in the previous one);
//   2026-01-01 P6 Magog (the day after).
// In the previous period: 2024-12-31 P6 Magog (34), 2024-06-01 P1 Sherbrooke (63),
// 2024-01-02 P3 Magog (its first day; 2024-1959 = 65 -> unknown); 2024-01-01 P2
// Magog lies the day before it.
//
// Cases (programme "Case management", the default, unless said otherwise):
//   C1 P1 marie: opened 2025-03-01, admitted 03-11, planning 04-10; after the
//      period, monitoring on 2026-01-15.
//   C2 P2 marie: opened 2025-05-01, declined 05-06.
//   C3 P3 paul: opened 2024-12-01, admitted 12-15, early exit (moved) 2025-06-01.
//   C4 P6 paul: opened 2025-01-10, admitted 01-20, planning 02-01 (two goals),
//      monitoring 02-15, evaluation 09-10 (goals achieved and partly), exit
//      2025-10-01 (goals met, housed).
//   C5 P4 paul: opened 2025-11-01, waiting list 11-05; admitted 2026-01-20.
//   C6 P7 marie, programme "Logement d'abord" (cap 8): opened 2025-09-15.
//   C7 P5 paul: opened 2024-12-20, declined at 2025-01-01 03:00 UTC, which is
//      22:00 on 31 December 2024 in Montreal.
// Group sessions: 2025-04-10 Magog (P1, P2 and 5 anonymous), 2025-11-20
// Sherbrooke (P1 and 3 anonymous), 2024-05-05 Magog (P6).
struct StatisticsFixture : DomainFixture
{
    Territory sherbrooke;
    Territory orford;
    Programme housingFirst;
    PartnerOrganisation clsc;
    PartnerOrganisation soup;
    PartnerOrganisation refuge;
    std::unique_ptr<StatisticsService> statistics;

    StatisticsFixture()
    {
        statistics = std::make_unique<StatisticsService>(*context, repositories->statistics);
        sherbrooke = require(reference->territoryNamed(lea, QStringLiteral("Sherbrooke")));
        orford = require(reference->territoryNamed(lea, QStringLiteral("Orford")));
        clsc = addPartner("CLSC", QStringLiteral("CLSC de Magog"));
        soup = addPartner("SOUPE", QStringLiteral("Soupe populaire"));
        refuge = addPartner("REFUGE", QStringLiteral("Refuge du Nord"));
        Programme programmeB;
        programmeB.name = QStringLiteral("Logement d’abord");
        programmeB.caseloadCap = 8;
        housingFirst = require(reference->saveProgramme(lea, programmeB));
        const qint64 mentalHealth = require(reference->problemNamed(lea, QStringLiteral("Santé mentale"))).id;
        const qint64 addiction = require(reference->problemNamed(lea, QStringLiteral("Toxicomanie"))).id;
        const qint64 housing = require(reference->problemNamed(lea, QStringLiteral("Logement"))).id;
        const qint64 justice = require(reference->problemNamed(lea, QStringLiteral("Justice"))).id;

        const qint64 p1 = identified("P1", Gender::Female, Language::French, QDate(1960, 6, 15));
        const qint64 p2 = identified("P2", Gender::Female, Language::French, QDate(1960, 2, 29));
        const qint64 p3 = identified("P3", Gender::Male, Language::French, std::nullopt, 1959);
        const qint64 p4 = identified("P4", Gender::Male, Language::French, std::nullopt, 1960);
        const qint64 p5 = identified("P5", Gender::NonBinary, Language::Other, std::nullopt, 1961);
        const qint64 p6 = identified("P6", Gender::Female, Language::French, QDate(1990, 1, 1));
        const qint64 p7 = identified("P7", Gender::Male, Language::English);

        encounter(p1, noonIn(2025, 6, 14), territory.id);
        encounter(p1, noonIn(2025, 6, 15), territory.id);
        encounter(p2, noonIn(2025, 2, 28), territory.id);
        encounter(p2, noonIn(2025, 3, 1), territory.id);
        encounter(p3, noonIn(2025, 5, 10), sherbrooke.id);
        encounter(p4, noonIn(2025, 5, 10), sherbrooke.id);
        encounter(p5, noonIn(2025, 5, 10), orford.id);
        anonymous("A1", Gender::Male, AgeBand{70, 80}, orford.id, {"helping_relationship"});
        anonymous("A2", Gender::Unknown, AgeBand{20, 25}, std::nullopt, {"socialisation"});
        anonymous("A3", Gender::Unknown, AgeBand{60, 70}, territory.id, {"helping_relationship"});
        encounter(p6, noonIn(2025, 1, 1), territory.id, {"helping_relationship"}, {mentalHealth});
        encounter(p6, noonIn(2025, 12, 31), territory.id);
        encounter(p6, noonIn(2025, 9, 1), territory.id, {"helping_relationship", "socialisation", "information"},
                  {mentalHealth, addiction}, {clsc.id});
        encounter(p7, noonIn(2025, 10, 1), territory.id, {"information"}, {housing}, {soup.id, clsc.id});

        const qint64 deleted = encounter(p6, noonIn(2025, 8, 1), orford.id, {"accompaniment"}, {justice});
        REQUIRE(session->db().exec("UPDATE intervention SET deleted_at = '2026-03-01T10:00:00.000Z' WHERE id = "
                                   + std::to_string(deleted)));
        encounter(p6, noonIn(2024, 12, 31), territory.id);
        encounter(p6, noonIn(2026, 1, 1), territory.id);
        encounter(p1, noonIn(2024, 6, 1), sherbrooke.id);
        encounter(p3, noonIn(2024, 1, 2), territory.id);
        encounter(p2, noonIn(2024, 1, 1), territory.id);

        // The CLSC referral of #13 is refused later; the soup kitchen accepts P7.
        for (const Referral& referral : require(outreach->referralsOf(lea, p6))) {
            REQUIRE_OK(outreach->setReferralStatus(lea, referral.id, ReferralStatus::Refused));
        }
        for (const Referral& referral : require(outreach->referralsOf(lea, p7))) {
            if (referral.partnerId == soup.id) {
                REQUIRE_OK(outreach->setReferralStatus(lea, referral.id, ReferralStatus::Accepted));
            }
        }

        groupSession(noonIn(2025, 4, 10), territory.id, {p1, p2}, 5);
        groupSession(noonIn(2025, 11, 20), sherbrooke.id, {p1}, 3);
        groupSession(noonIn(2024, 5, 5), territory.id, {p6}, 0);

        // From here on the clock goes back and forth to date each case step.
        at(2025, 11, 15);
        REQUIRE_OK(outreach->referToPartner(lea, p7, refuge.id, QStringLiteral("Hébergement d’urgence")));

        at(2024, 12, 1);
        const qint64 c3 = open(paul, p3, programme.id);
        at(2024, 12, 15);
        REQUIRE_OK(cases->admit(paul, c3));
        at(2024, 12, 20);
        const qint64 c7 = open(paul, p5, programme.id);
        setClock(QDateTime(QDate(2025, 1, 1), QTime(3, 0), Qt::UTC));
        REQUIRE_OK(cases->decline(paul, c7, QStringLiteral("Ne souhaite pas de suivi")));

        at(2025, 1, 10);
        const qint64 c4 = open(paul, p6, programme.id);
        at(2025, 1, 20);
        REQUIRE_OK(cases->admit(paul, c4));
        REQUIRE_OK(cases->recordAssessment(paul, c4, QStringLiteral("Rupture"), QStringLiteral("Motivée"),
                                           QStringLiteral("Sa sœur")));
        at(2025, 2, 1);
        REQUIRE_OK(cases->advance(paul, c4));
        const Goal first = require(cases->addGoal(paul, c4, QStringLiteral("Logement"), QStringLiteral("HLM"), {}));
        const Goal second = require(cases->addGoal(paul, c4, QStringLiteral("Revenu"), QStringLiteral("Aide"), {}));
        at(2025, 2, 15);
        REQUIRE_OK(cases->advance(paul, c4));

        at(2025, 3, 1);
        const qint64 c1 = open(marie, p1, programme.id);
        at(2025, 3, 11);
        REQUIRE_OK(cases->admit(marie, c1));
        REQUIRE_OK(cases->recordAssessment(marie, c1, QStringLiteral("Isolement"), QStringLiteral("Réseau"),
                                           QStringLiteral("Voisins")));
        at(2025, 4, 10);
        REQUIRE_OK(cases->advance(marie, c1));
        REQUIRE_OK(cases->addGoal(marie, c1, QStringLiteral("Soins"), QStringLiteral("Médecin de famille"), {}));

        at(2025, 5, 1);
        const qint64 c2 = open(marie, p2, programme.id);
        at(2025, 5, 6);
        REQUIRE_OK(cases->decline(marie, c2, QStringLiteral("Hors critères")));

        at(2025, 6, 1);
        REQUIRE_OK(cases->earlyExit(paul, c3, ExitReason::Moved));

        at(2025, 9, 10);
        REQUIRE_OK(cases->advance(paul, c4)); // evaluation: #13 and #12 were logged since monitoring began
        REQUIRE_OK(cases->recordGoalOutcome(paul, c4, first.id, GoalOutcome::Achieved));
        REQUIRE_OK(cases->recordGoalOutcome(paul, c4, second.id, GoalOutcome::Partly));
        REQUIRE_OK(cases->recordSatisfaction(paul, c4, 4));
        at(2025, 9, 15);
        open(marie, p7, housingFirst.id);
        at(2025, 10, 1);
        REQUIRE_OK(cases->exitCase(paul, c4, ExitReason::GoalsMet, HousingSituation::Housed));

        at(2025, 11, 1);
        const qint64 c5 = open(paul, p4, programme.id);
        at(2025, 11, 5);
        REQUIRE_OK(cases->placeOnWaitingList(paul, c5));

        // After the period: the figures for 2025 must not see these.
        at(2026, 1, 15);
        REQUIRE_OK(cases->advance(marie, c1));
        at(2026, 1, 20);
        REQUIRE_OK(cases->admit(paul, c5));
        at(2026, 3, 2);
    }

    template <typename T>
    T require(Result<T> result)
    {
        INFO("refused: " << test::messageOf(result));
        REQUIRE(result.ok());
        return std::move(result).value();
    }

    void setClock(const QDateTime& when) { store.clock.advanceSeconds(store.clock.nowUtc().secsTo(when)); }
    // 14:00 UTC: 9 or 10 am in Montreal, the same day.
    void at(int year, int month, int day) { setClock(QDateTime(QDate(year, month, day), QTime(14, 0), Qt::UTC)); }

    qint64 identified(const char* firstName, Gender gender, std::optional<Language> language,
                      std::optional<QDate> birthDate = std::nullopt, std::optional<int> birthYear = std::nullopt)
    {
        Person person;
        person.firstName = QString::fromLatin1(firstName);
        person.lastName = QStringLiteral("Usager");
        person.birthDate = birthDate;
        person.birthYear = birthYear;
        person.gender = gender;
        person.language = language;
        person.territoryId = territory.id;
        person.housingSituation = HousingSituation::Street;
        person.housingSince = QDate(2026, 2, 2);
        person.residencePermit = ResidencePermit::Yes;
        person.consent.givenOn = QDate(2024, 1, 1); // referring to a partner needs it
        return require(people->createPerson(lea, person)).person.id;
    }

    Intervention contact(const QDateTime& when, std::optional<qint64> territoryId,
                         const std::vector<const char*>& types)
    {
        Intervention intervention;
        intervention.occurredAt = when;
        intervention.territoryId = territoryId;
        intervention.placeKind = PlaceKind::Street;
        for (const char* code : types) {
            intervention.typeIds.push_back(typeId(code));
        }
        return intervention;
    }

    qint64 encounter(qint64 personId, const QDateTime& when, std::optional<qint64> territoryId,
                     const std::vector<const char*>& types = {"helping_relationship"},
                     const std::vector<qint64>& problemIds = {}, const std::vector<qint64>& partnerIds = {})
    {
        Intervention intervention = contact(when, territoryId, types);
        intervention.personId = personId;
        intervention.problemIds = problemIds;
        intervention.referredPartnerIds = partnerIds;
        return require(outreach->logIntervention(lea, intervention)).id;
    }

    // An anonymous contact on 2025-07-01.
    void anonymous(const char* alias, Gender gender, AgeBand band, std::optional<qint64> territoryId,
                   const std::vector<const char*>& types)
    {
        Person person;
        person.alias = QString::fromLatin1(alias);
        person.gender = gender;
        person.ageBand = band;
        require(outreach->logAnonymousContact(lea, person, contact(noonIn(2025, 7, 1), territoryId, types)));
    }

    void groupSession(const QDateTime& when, qint64 territoryId, std::vector<qint64> attendees, int headCount)
    {
        GroupSession group;
        group.occurredAt = when;
        group.groupName = QStringLiteral("Café-rencontre");
        group.territoryId = territoryId;
        group.attendeeIds = std::move(attendees);
        group.anonymousHeadCount = headCount;
        require(outreach->logGroupSession(lea, group));
    }

    qint64 open(const UserAccount& manager, qint64 personId, qint64 programmeId)
    {
        return require(cases->openCase(manager, personId, programmeId, manager.id, true)).id;
    }

    ActivityReport report(const StatisticsFilter& filter = {}, const ReportPeriod& period = kYear)
    {
        return require(statistics->activityReport(lea, period, filter));
    }
};

} // namespace

TEST_CASE("A year's encounter figures match the hand-counted dataset", "[domain][statistics]")
{
    StatisticsFixture f;
    const ActivityReport report = f.report();
    const ActivityFigures& year = report.current;

    CHECK(report.organisation == QString::fromUtf8(test::kOrganisation));
    CHECK(report.period.from == QDate(2025, 1, 1));
    CHECK(report.previousPeriod.from == QDate(2024, 1, 2)); // 365 days before
    CHECK(report.previousPeriod.to == QDate(2024, 12, 31));
    CHECK(report.filterLabel.isEmpty());

    // #1..#14: not the soft-deleted one, not 2024-12-31 nor 2026-01-01.
    CHECK(year.encounters == 14);
    // P1..P7 and A1..A3.
    CHECK(year.personsReached == 10);
    // 65+: #2 (65th birthday), #4 (1 March after a 29 February birth), #5 (year
    // 1959: 66), #8 (band 70-80). Unknown: #6 (year 1960: 65), #10 (band 60-70), #14.
    CHECK(year.encounters65Plus == 4);
    CHECK(year.encountersAgeKnown == 11);
    CHECK(year.encountersAgeUnknown == 3);
    REQUIRE(year.encounters65PlusShare);
    CHECK(*year.encounters65PlusShare == Approx(4.0 / 11.0));
    // 18-29: #9; 30-49: #11-#13 (P6, 35); 50-64: #1, #3, #7 (year 1961: 63 or 64);
    // 65+: as above (#5: 65 or 66).
    CHECK(describe(year.ageBands)
          == std::vector<std::string>{"0_17=0", "18_29=1", "30_49=3", "50_64=3", "65_plus=4", "unknown=3"});
    // "Santé mentale", "Toxicomanie", "Logement" (not the deleted encounter's "Justice").
    CHECK(year.distinctProblems == 3);
    // CLSC (#13, refused since, and #14) and the soup kitchen; the refuge's
    // referral was made outside an encounter.
    CHECK(year.distinctPartnerOrganisations == 2);
    // Magog #1-#4, #10-#14; Orford (#7, #8) ties with Sherbrooke (#5, #6) and
    // comes first by name; #9 has no territory.
    CHECK(describe(year.encountersByTerritory)
          == std::vector<std::string>{"Magog=9", "Orford=2", "Sherbrooke=2", "=1"});
    CHECK(year.encountersByTerritory.front().share == Approx(9.0 / 14.0));
    CHECK(year.encountersByTerritory.back().share == Approx(1.0 / 14.0));
    // #13 counts for each of its three types; information (#13, #14) ties with
    // socialisation (#9, #13) and comes first by code; the deleted accompaniment is not there.
    CHECK(describe(year.interventionTypes)
          == std::vector<std::string>{"helping_relationship=12", "information=2", "socialisation=2"});
    CHECK(year.interventionTypes.front().labelEn == QStringLiteral("Helping relationship"));
    CHECK(year.interventionTypes.front().labelFr == QStringLiteral("Relation d'aide"));
    // Women P1, P2, P6; men P3, P4, P7, A1; non-binary P5; not stated A2, A3.
    CHECK(describe(year.gender) == std::vector<std::string>{"female=3", "male=4", "non_binary=1", "unknown=2"});
    // The anonymous contacts have no language recorded.
    CHECK(describe(year.language) == std::vector<std::string>{"fr=5", "en=1", "other=1", "unknown=3"});
    CHECK(describe(year.encountersByMonth)
          == std::vector<std::string>{"2025-01=1", "2025-02=1", "2025-03=1", "2025-04=0", "2025-05=3", "2025-06=2",
                                      "2025-07=3", "2025-08=0", "2025-09=1", "2025-10=1", "2025-11=0",
                                      "2025-12=1"});
    // By partner name (CLSC de Magog, Refuge du Nord, Soupe populaire), then status order.
    CHECK(describe(year.referrals)
          == std::vector<std::string>{"CLSC/proposed=1", "CLSC/refused=1", "REFUGE/proposed=1", "SOUPE/accepted=1"});
    CHECK(year.referrals.front().partnerName == QStringLiteral("CLSC de Magog"));
    // 10 April (P1, P2, 5 anonymous) and 20 November (P1, 3 anonymous).
    CHECK(year.groups.sessions == 2);
    CHECK(year.groups.identifiedAttendances == 3);
    CHECK(year.groups.anonymousHeadCount == 8);
    CHECK(year.groups.distinctAttendees == 2);
}

TEST_CASE("The previous period's figures come with the report", "[domain][statistics]")
{
    StatisticsFixture f;
    const ActivityFigures previous = f.report().previous;

    // 2024-12-31 P6, 2024-06-01 P1, 2024-01-02 P3 (its first day); not 2024-01-01.
    CHECK(previous.encounters == 3);
    CHECK(previous.personsReached == 3);
    // P6 34 and P1 63 known and under 65; P3 (year 1959 in 2024: 64 or 65) unknown.
    CHECK(previous.encounters65Plus == 0);
    CHECK(previous.encountersAgeKnown == 2);
    CHECK(previous.encountersAgeUnknown == 1);
    REQUIRE(previous.encounters65PlusShare); // 0 of 2: a share of 0, not "none known"
    CHECK(*previous.encounters65PlusShare == 0.0);
    CHECK(describe(previous.encountersByTerritory) == std::vector<std::string>{"Magog=2", "Sherbrooke=1"});
    CHECK(describe(previous.interventionTypes) == std::vector<std::string>{"helping_relationship=3"});
    CHECK(describe(previous.gender) == std::vector<std::string>{"female=2", "male=1", "non_binary=0", "unknown=0"});
    CHECK(previous.distinctProblems == 0);
    CHECK(previous.distinctPartnerOrganisations == 0);
    CHECK(previous.referrals.empty());
    REQUIRE(previous.encountersByMonth.size() == 12);
    CHECK(describe(previous.encountersByMonth).front() == "2024-01=1");
    CHECK(describe(previous.encountersByMonth)[5] == "2024-06=1");
    CHECK(describe(previous.encountersByMonth).back() == "2024-12=1");
    CHECK(previous.groups.sessions == 1);
    CHECK(previous.groups.distinctAttendees == 1);
}

TEST_CASE("The period's figures alone equal the report's, without the previous period", "[domain][statistics]")
{
    StatisticsFixture f;
    const ActivityReport full = f.report();
    const ActivityReport alone = f.require(f.statistics->periodFigures(f.lea, kYear));
    const ActivityFigures& year = alone.current;

    CHECK(alone.period.from == kYear.from);
    CHECK(alone.period.to == kYear.to);
    CHECK_FALSE(alone.previousPeriod.isValid());
    CHECK(alone.previous.encounters == 0);
    CHECK(alone.previous.personsReached == 0);
    CHECK(alone.previous.encountersByMonth.empty());
    CHECK(alone.previous.groups.sessions == 0);

    // The previous period's rows (2024-01-02 .. 2024-12-31) must not leak in.
    CHECK(year.encounters == full.current.encounters);
    CHECK(year.personsReached == full.current.personsReached);
    CHECK(year.encounters65Plus == full.current.encounters65Plus);
    CHECK(year.encountersAgeUnknown == full.current.encountersAgeUnknown);
    CHECK(describe(year.ageBands) == describe(full.current.ageBands));
    CHECK(year.distinctProblems == full.current.distinctProblems);
    CHECK(year.distinctPartnerOrganisations == full.current.distinctPartnerOrganisations);
    CHECK(describe(year.encountersByTerritory) == describe(full.current.encountersByTerritory));
    CHECK(describe(year.interventionTypes) == describe(full.current.interventionTypes));
    CHECK(describe(year.gender) == describe(full.current.gender));
    CHECK(describe(year.language) == describe(full.current.language));
    CHECK(describe(year.encountersByMonth) == describe(full.current.encountersByMonth));
    CHECK(describe(year.referrals) == describe(full.current.referrals));
    CHECK(year.groups.sessions == full.current.groups.sessions);
    CHECK(year.groups.distinctAttendees == full.current.groups.distinctAttendees);
    CHECK(year.cases.opened == full.current.cases.opened);
    CHECK(year.cases.exits == full.current.cases.exits);
    CHECK(describe(year.cases.activeByStage) == describe(full.current.cases.activeByStage));
    CHECK(year.cases.waitingList == full.current.cases.waitingList);

    auto refused = f.statistics->periodFigures(f.marie, kYear);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("Case figures are those at the end of the period even though cases moved since", "[domain][statistics]")
{
    StatisticsFixture f;
    const ActivityReport report = f.report();
    const CaseFigures& year = report.current.cases;

    // C1, C2, C4, C5, C6 (C3 and C7 opened in 2024).
    CHECK(year.opened == 5);
    // C1 and C4; C5 was admitted in 2026.
    CHECK(year.admitted == 2);
    // C2; C7's decline was on 31 December 2024 in Montreal although 1 January in UTC.
    CHECK(year.declined == 1);
    // C3 (early exit) and C4; C2's decline also closed it but is no exit.
    CHECK(year.exits == 2);
    CHECK(describe(year.exitsByReason)
          == std::vector<std::string>{"goals_met=1", "lost_contact=0", "moved=1", "refused=0", "deceased=0",
                                      "other=0", "unknown=0"});
    CHECK(describe(year.exitsByHousing)
          == std::vector<std::string>{"street=0", "couch_surfing=0", "third_party=0", "shelter=0",
                                      "leaving_institution=0", "squat=0", "housed=1", "other=0", "unknown=1"});
    CHECK(year.goalsAchieved == 1);
    CHECK(year.goalsPartly == 1);
    CHECK(year.goalsNotAchieved == 0);
    // At the end of 31 December 2025 C1 was in planning (monitoring only since
    // 2026-01-15) and C5 on the waiting list (admitted on 2026-01-20).
    CHECK(describe(year.activeByStage)
          == std::vector<std::string>{"assessment=0", "planning=1", "monitoring=0", "evaluation=0"});
    CHECK(year.waitingList == 1);
    // marie: C1 (C6 is a candidate); paul: nothing active then.
    CHECK(describe(year.caseload) == std::vector<std::string>{"marie=1/10", "paul=0/10"});
    // Stays ended in 2025: intake C1 10, C2 5 (declined), C4 10 days; assessment
    // C1 30, C3 168 (2024-12-15 to 2025-06-01), C4 12; planning C4 14;
    // monitoring C4 207; evaluation C4 21. C1's planning stay ended in 2026.
    CHECK(meanOf(year, "intake").stays == 3);
    CHECK(*meanOf(year, "intake").days == Approx(25.0 / 3.0));
    CHECK(meanOf(year, "assessment").stays == 3);
    CHECK(*meanOf(year, "assessment").days == Approx(70.0));
    CHECK(*meanOf(year, "planning").days == Approx(14.0));
    CHECK(meanOf(year, "planning").stays == 1);
    CHECK(*meanOf(year, "monitoring").days == Approx(207.0));
    CHECK(*meanOf(year, "evaluation").days == Approx(21.0));

    const CaseFigures& previous = report.previous.cases;
    CHECK(previous.opened == 2);   // C3, C7
    CHECK(previous.admitted == 1); // C3
    CHECK(previous.declined == 1); // C7, in Montreal's day
    CHECK(previous.exits == 0);
    CHECK(describe(previous.activeByStage)
          == std::vector<std::string>{"assessment=1", "planning=0", "monitoring=0", "evaluation=0"});
    CHECK(previous.waitingList == 0);
    CHECK(describe(previous.caseload) == std::vector<std::string>{"marie=0/10", "paul=1/10"});
    // Intake: C3 14 days, C7 11 days (to 31 December in Montreal).
    CHECK(meanOf(previous, "intake").stays == 2);
    CHECK(*meanOf(previous, "intake").days == Approx(12.5));
    CHECK_FALSE(meanOf(previous, "assessment").days);
    CHECK(meanOf(previous, "assessment").stays == 0);
}

TEST_CASE("A programme filter keeps the encounters of the programme's people and its cases only",
          "[domain][statistics]")
{
    StatisticsFixture f;
    StatisticsFilter filter;
    filter.programmeId = f.housingFirst.id;
    const ActivityReport report = f.report(filter);
    CHECK(report.filterLabel == QStringLiteral("Logement d’abord"));
    // P7's case C6 was open in 2025: #14 only.
    CHECK(report.current.encounters == 1);
    CHECK(report.current.personsReached == 1);
    CHECK(describe(report.current.interventionTypes) == std::vector<std::string>{"information=1"});
    CHECK(report.current.distinctProblems == 1);
    CHECK(report.current.distinctPartnerOrganisations == 2);
    // P7's referrals: #14's two and the refuge.
    CHECK(describe(report.current.referrals)
          == std::vector<std::string>{"CLSC/proposed=1", "REFUGE/proposed=1", "SOUPE/accepted=1"});
    CHECK(report.current.cases.opened == 1);
    CHECK(report.current.cases.admitted == 0);
    CHECK(report.current.cases.exits == 0);
    CHECK(describe(report.current.cases.caseload) == std::vector<std::string>{"marie=0/8", "paul=0/8"});
    // The programme filter does not apply to group sessions.
    CHECK(report.current.groups.sessions == 2);
    // C6 was opened after the previous period.
    CHECK(report.previous.encounters == 0);
    CHECK(report.previous.cases.opened == 0);

    // The default programme: P1, P2, P3, P4 and P6 had a case open in 2025 (C7's
    // P5 was declined on 2024-12-31): #1-#6, #11-#13.
    filter.programmeId = f.programme.id;
    const ActivityReport caseManagement = f.report(filter);
    CHECK(caseManagement.current.encounters == 9);
    CHECK(caseManagement.current.personsReached == 5);
    CHECK(caseManagement.current.cases.opened == 4); // C1, C2, C4, C5
    // In the previous period C3 (P3) and C7 (P5) were open: P3's 2024-01-02 encounter.
    CHECK(caseManagement.previous.encounters == 1);
}

TEST_CASE("A territory filter keeps the encounters and group sessions held there", "[domain][statistics]")
{
    StatisticsFixture f;
    StatisticsFilter filter;
    filter.territoryId = f.territory.id;
    const ActivityReport report = f.report(filter);
    CHECK(report.filterLabel == QStringLiteral("Magog"));
    // #1-#4, #10-#14.
    CHECK(report.current.encounters == 9);
    CHECK(report.current.personsReached == 5); // P1, P2, A3, P6, P7
    CHECK(report.current.encounters65Plus == 2);    // #2, #4
    CHECK(report.current.encountersAgeUnknown == 2); // #10, #14
    REQUIRE(report.current.encountersByTerritory.size() == 1);
    CHECK(report.current.encountersByTerritory.front().share == 1.0);
    // Referrals made in Magog's encounters; the refuge's, made outside any, is left out.
    CHECK(describe(report.current.referrals)
          == std::vector<std::string>{"CLSC/proposed=1", "CLSC/refused=1", "SOUPE/accepted=1"});
    CHECK(report.current.groups.sessions == 1);
    CHECK(report.current.groups.anonymousHeadCount == 5);
    CHECK(report.current.groups.distinctAttendees == 2);
    CHECK(report.previous.encounters == 2); // P3 2024-01-02, P6 2024-12-31
    // Case figures are not restricted by territory.
    CHECK(report.current.cases.opened == 5);
}

TEST_CASE("Only team leads and administrators get the statistics", "[domain][statistics]")
{
    StatisticsFixture f;
    const auto refused = f.statistics->activityReport(f.marie, kYear);
    REQUIRE_REFUSED(refused, ErrorCode::PermissionDenied);
    CHECK_FALSE(refused.error().userMessage.isEmpty());
    const auto forAdmin = f.statistics->activityReport(f.admin, kYear);
    REQUIRE_OK(forAdmin);
    CHECK(forAdmin->current.encounters == 14);
}

TEST_CASE("A period that ends before it starts, or an unknown filter, is refused", "[domain][statistics]")
{
    StatisticsFixture f;
    const ReportPeriod backwards{QDate(2025, 12, 31), QDate(2025, 1, 1)};
    REQUIRE_REFUSED(f.statistics->activityReport(f.lea, backwards), ErrorCode::InputRejected);
    const ReportPeriod noStart{QDate(), QDate(2025, 1, 1)};
    REQUIRE_REFUSED(f.statistics->activityReport(f.lea, noStart), ErrorCode::InputRejected);
    StatisticsFilter filter;
    filter.territoryId = 9999;
    REQUIRE_REFUSED(f.statistics->activityReport(f.lea, kYear, filter), ErrorCode::InputRejected);
}

TEST_CASE("A one-day period compares with the day before", "[domain][statistics]")
{
    StatisticsFixture f;
    // 2025-05-10: #5, #6, #7; the day before had none. Months: May only.
    const ActivityReport report = f.report({}, {QDate(2025, 5, 10), QDate(2025, 5, 10)});
    CHECK(report.previousPeriod.from == QDate(2025, 5, 9));
    CHECK(report.current.encounters == 3);
    CHECK(report.current.encounters65Plus == 1);
    CHECK(describe(report.current.encountersByMonth) == std::vector<std::string>{"2025-05=3"});
    CHECK(report.previous.encounters == 0);
    CHECK_FALSE(report.previous.encounters65PlusShare); // no age known: none, not 0
}

TEST_CASE("The statistics report their progress and stop when cancelled", "[domain][statistics]")
{
    StatisticsFixture f;
    std::vector<int> seen;
    const auto done = f.statistics->activityReport(f.lea, kYear, {}, [&](int percent) {
        seen.push_back(percent);
        return true;
    });
    REQUIRE_OK(done);
    REQUIRE_FALSE(seen.empty());
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 100);

    int calls = 0;
    const auto cancelled = f.statistics->activityReport(f.lea, kYear, {}, [&](int) { return ++calls < 3; });
    REQUIRE_REFUSED(cancelled, ErrorCode::InputRejected);
    CHECK(calls == 3);
}

namespace {

// Forwards to the real repository and counts how the links were read.
class LinkReadingSpy final : public StatisticsRepository
{
public:
    explicit LinkReadingSpy(StatisticsRepository& real) : m_real(real) { }

    int runCalls = 0;
    std::size_t runsCounted = 0;
    int rowScans = 0;

    void clear()
    {
        runCalls = 0;
        runsCounted = 0;
        rowScans = 0;
    }

    Result<std::unique_ptr<UnitOfWork>> readSnapshot() override { return m_real.readSnapshot(); }
    Result<QString> organisationName() override { return m_real.organisationName(); }
    Result<StatisticsNames> names() override { return m_real.names(); }
    Status visitEncounters(PackedDay from, PackedDay to, const Visitor<EncounterFact>& visit) override
    {
        return m_real.visitEncounters(from, to, visit);
    }
    Status visitTypeLinks(qint64 first, qint64 last, const Visitor<InterventionLinkFact>& visit) override
    {
        ++rowScans;
        return m_real.visitTypeLinks(first, last, visit);
    }
    Status visitProblemLinks(qint64 first, qint64 last, const Visitor<InterventionLinkFact>& visit) override
    {
        ++rowScans;
        return m_real.visitProblemLinks(first, last, visit);
    }
    Result<std::vector<RunLinks>> linksOfRuns(const std::vector<InterventionIdRun>& runs) override
    {
        ++runCalls;
        runsCounted += runs.size();
        return m_real.linksOfRuns(runs);
    }
    Status visitPeople(const Visitor<PersonFact>& visit) override { return m_real.visitPeople(visit); }
    Status visitOutgoingReferrals(PackedDay from, PackedDay to, qint64 first, qint64 last,
                                  const Visitor<ReferralFact>& visit) override
    {
        return m_real.visitOutgoingReferrals(from, to, first, last, visit);
    }
    Result<std::vector<GroupSessionFact>> groupSessions(PackedDay from, PackedDay to) override
    {
        return m_real.groupSessions(from, to);
    }
    Result<std::vector<AttendanceFact>> groupAttendance(PackedDay from, PackedDay to) override
    {
        return m_real.groupAttendance(from, to);
    }
    Result<std::vector<CaseFact>> cases() override { return m_real.cases(); }
    Result<std::vector<TransitionFact>> transitions() override { return m_real.transitions(); }
    Result<std::vector<GoalOutcomeFact>> goalOutcomes() override { return m_real.goalOutcomes(); }

private:
    StatisticsRepository& m_real;
};

} // namespace

TEST_CASE("Type and problem figures are the same whether the links are counted run by run or read row by row",
          "[domain][statistics]")
{
    StatisticsFixture f;
    LinkReadingSpy spy(f.repositories->statistics);
    StatisticsService byRun(*f.context, spy);
    StatisticsService byRow(*f.context, spy);
    byRow.setMaxLinkRuns(0);
    StatisticsService overLimit(*f.context, spy);
    overLimit.setMaxLinkRuns(1);

    const ReportPeriod allYears {QDate(2020, 1, 1), QDate(2026, 12, 31)};
    const std::vector<StatisticsFilter> filters = {StatisticsFilter {}, StatisticsFilter {std::nullopt, f.territory.id},
                                                   StatisticsFilter {f.housingFirst.id, std::nullopt}};
    for (const ReportPeriod& period : {kYear, allYears}) {
        for (const StatisticsFilter& filter : filters) {
            spy.clear();
            const ActivityReport counted = f.require(byRun.activityReport(f.lea, period, filter));
            CHECK(spy.runCalls == 1);
            CHECK(spy.rowScans == 0);
            const std::size_t runs = spy.runsCounted;
            CHECK(runs >= 1);

            spy.clear();
            const ActivityReport read = f.require(byRow.activityReport(f.lea, period, filter));
            CHECK(spy.runCalls == 0);
            CHECK(spy.rowScans == 2);
            // Past the limit, the rows are read instead.
            spy.clear();
            const ActivityReport fallback = f.require(overLimit.activityReport(f.lea, period, filter));
            CHECK(spy.runCalls == (runs <= 1 ? 1 : 0));
            CHECK(spy.rowScans == (runs <= 1 ? 0 : 2));

            for (const ActivityReport* other : {&read, &fallback}) {
                for (const auto& [a, b] :
                     {std::pair {&counted.current, &other->current}, std::pair {&counted.previous, &other->previous}}) {
                    CHECK(describe(a->interventionTypes) == describe(b->interventionTypes));
                    CHECK(a->distinctProblems == b->distinctProblems);
                    CHECK(a->encounters == b->encounters);
                }
            }
        }
    }
    // The hand-counted year (see the first test) by rows too.
    const ActivityFigures year = f.require(byRow.activityReport(f.lea, kYear)).current;
    CHECK(describe(year.interventionTypes)
          == std::vector<std::string> {"helping_relationship=12", "information=2", "socialisation=2"});
    CHECK(year.distinctProblems == 3);
}
