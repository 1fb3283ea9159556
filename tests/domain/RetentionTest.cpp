// The retention rule, erasure on request, consent for sharing (issue 8, item 5),
// and the proof on an unencrypted test database that the erased bytes are gone.

#include "DomainChecks.h"
#include "DomainFixture.h"
#include "core/domain/RetentionService.h"
#include "core/domain/StatisticsService.h"
#include "storage/SqliteRetentionRepository.h"
#include "storage/testing/UnencryptedDatabases.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace relais;
using namespace relais::core;

namespace {

constexpr const char* kMarker = "zqxwvmarker"; // lower case: also found in the folded search_text

template <typename T>
T need(Result<T> result)
{
    if (!result) {
        FAIL(result.error().userMessage.toStdString() + " / " + result.error().detail);
    }
    return std::move(result).value();
}

// A DomainFixture with the retention service, and a cast spread over the years:
// "old" last seen in 2018, "followed" seen in 2018 but with a case still open,
// "recent" seen in 2025. Every free text carries kMarker.
struct RetentionWorld : test::DomainFixture
{
    std::unique_ptr<storage::SqliteRetentionRepository> repository;
    std::unique_ptr<RetentionService> retention;
    std::unique_ptr<StatisticsService> statistics;
    PartnerOrganisation partner;
    Person old;
    Person followed;
    Person recent;

    RetentionWorld()
    {
        repository = std::make_unique<storage::SqliteRetentionRepository>(session->db());
        retention = std::make_unique<RetentionService>(*context, *repository);
        statistics = std::make_unique<StatisticsService>(*context, repositories->statistics);
        const QDateTime now = store.clock.nowUtc();
        partner = addPartner("CLSC", QStringLiteral("CLSC de Magog"));

        at(QDate(2018, 5, 10));
        old = addPerson(marie, marker(u"Old"), marker(u"Person"), QDate(1950, 6, 15));
        withMarkers(old.id);
        followed = addPerson(marie, marker(u"Followed"), marker(u"Person"), QDate(1980, 1, 20));
        logIntervention(marie, followed.id);
        admittedCase(marie, followed.id);

        at(QDate(2025, 6, 1));
        recent = addPerson(marie, marker(u"Recent"), marker(u"Person"), QDate(1990, 3, 3));
        withMarkers(recent.id);
        store.clock.advanceSeconds(store.clock.nowUtc().secsTo(now));
    }

    static QString marker(const char16_t* prefix) { return QString::fromUtf16(prefix) + QLatin1String(kMarker); }

    void at(const QDate& day)
    {
        store.clock.advanceSeconds(store.clock.nowUtc().secsTo(QDateTime(day, QTime(15, 0), Qt::UTC)));
    }

    void withMarkers(qint64 personId)
    {
        Intervention intervention;
        intervention.occurredAt = store.clock.nowUtc().addSecs(-60);
        intervention.personId = personId;
        intervention.territoryId = territory.id;
        intervention.placeKind = PlaceKind::Park;
        intervention.typeIds = {typeId("helping_relationship")};
        intervention.note = QStringLiteral("Rencontre ") + QLatin1String(kMarker);
        need(outreach->logIntervention(marie, intervention));
        need(people->addNote(marie, personId, QStringLiteral("Note ") + QLatin1String(kMarker), false));
        need(outreach->referToPartner(marie, personId, partner.id, QStringLiteral("Santé ") + QLatin1String(kMarker)));
    }

    QDate today() const { return context->calendar.today(store.clock); }

    // The figures of a year's report, as text, to compare before and after.
    QString reportOf(int year)
    {
        const ActivityReport report = need(statistics->activityReport(lea, {QDate(year, 1, 1), QDate(year, 12, 31)}));
        const ActivityFigures& f = report.current;
        QString text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 |")
                           .arg(f.personsReached)
                           .arg(f.encounters)
                           .arg(f.encounters65Plus)
                           .arg(f.encountersAgeKnown)
                           .arg(f.encountersAgeUnknown)
                           .arg(f.distinctProblems)
                           .arg(f.distinctPartnerOrganisations);
        for (const auto* list : {&f.ageBands, &f.gender, &f.language}) {
            for (const CodeCount& count : *list) {
                text += QStringLiteral(" %1=%2").arg(count.code).arg(count.count);
            }
        }
        for (const ReferralCount& referral : f.referrals) {
            text += QStringLiteral(" r%1").arg(referral.count);
        }
        for (const TypeCount& type : f.interventionTypes) {
            text += QStringLiteral(" t%1").arg(type.count);
        }
        return text;
    }
};

bool listed(const std::vector<RetentionCandidate>& list, const QString& uuid)
{
    return std::any_of(list.begin(), list.end(), [&](const RetentionCandidate& c) { return c.uuid == uuid; });
}

} // namespace

TEST_CASE("People inactive past the retention period and with no open case are due, others are not",
          "[domain][retention]")
{
    RetentionWorld w;
    CHECK(need(w.retention->retentionYears(w.admin)) == RetentionService::kDefaultYears);
    const auto due = need(w.retention->dueForRetention(w.admin, w.today()));
    CHECK(listed(due, w.old.uuid));
    CHECK_FALSE(listed(due, w.followed.uuid)); // case still open
    CHECK_FALSE(listed(due, w.recent.uuid));
    const auto entry = std::find_if(due.begin(), due.end(), [&](const auto& c) { return c.uuid == w.old.uuid; });
    CHECK(entry->displayName.contains(QLatin1String(kMarker)));
    CHECK(entry->lastActivity == QDate(2018, 5, 10));

    // A shorter period reaches the recent person only once set; only an admin sets it.
    auto refused = w.retention->setRetentionYears(w.lea, 1);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(w.retention->dueForRetention(w.lea, w.today()));
    CHECK(w.retention->setRetentionYears(w.admin, 0).error().code == ErrorCode::InputRejected);
    REQUIRE(w.retention->setRetentionYears(w.admin, 1));
    CHECK_FALSE(listed(need(w.retention->dueForRetention(w.admin, w.today())), w.recent.uuid)); // seen 2025-06-01
    CHECK(listed(need(w.retention->dueForRetention(w.admin, QDate(2026, 6, 2))), w.recent.uuid));
    CHECK(listed(need(w.retention->dueForRetention(w.admin, w.today(), 7)), w.old.uuid)); // a preview, not saved
    CHECK(need(w.retention->retentionYears(w.admin)) == 1);
}

TEST_CASE("Applying retention anonymises the due people and leaves the year's statistics unchanged",
          "[domain][retention]")
{
    RetentionWorld w;
    const QString before2018 = w.reportOf(2018);
    const QString before2025 = w.reportOf(2025);

    const auto done = need(w.retention->applyRetention(w.admin, w.today()));
    REQUIRE(done.size() == 1);
    CHECK(done.front().uuid == w.old.uuid);

    CHECK(w.reportOf(2018) == before2018);
    CHECK(w.reportOf(2025) == before2025);

    const Person anonymised = *need(w.context->people.findPerson(w.old.id));
    CHECK(anonymised.firstName.isEmpty());
    CHECK(anonymised.lastName.isEmpty());
    CHECK_FALSE(anonymised.birthDate.has_value());
    CHECK(anonymised.birthYear == 1950); // kept for the age figures
    CHECK(need(w.context->people.notesOf(w.old.id)).empty());
    const auto interventions = need(w.context->outreach.interventionsOf(w.old.id));
    REQUIRE(interventions.size() == 1); // kept for the statistics
    CHECK(interventions.front().note.isEmpty());
    CHECK(need(w.context->outreach.referralsOf(w.old.id)).front().reason.isEmpty());

    const auto trail = need(w.context->audit.entriesFor(w.old.uuid));
    REQUIRE_FALSE(trail.empty());
    CHECK(trail.back().action == QLatin1String("person.anonymise_retention"));
    CHECK(trail.back().fields.contains(QStringLiteral("person_notes=1")));

    // Done once: nobody is due again.
    CHECK(need(w.retention->dueForRetention(w.admin, w.today())).empty());
}

TEST_CASE("Erasure on request is for team leads and administrators, and waits for the case to close",
          "[domain][retention]")
{
    RetentionWorld w;
    auto byCaseManager = w.retention->erasePerson(w.marie, w.recent.uuid);
    REQUIRE_FALSE(byCaseManager);
    CHECK(byCaseManager.error().code == ErrorCode::PermissionDenied);

    auto withOpenCase = w.retention->erasePerson(w.lea, w.followed.uuid);
    REQUIRE_FALSE(withOpenCase);
    CHECK(withOpenCase.error().code == ErrorCode::InputRejected);
    CHECK(need(w.context->people.findPerson(w.followed.id))->firstName.contains(QLatin1String(kMarker)));

    auto unknown = w.retention->erasePerson(w.lea, QStringLiteral("no-such-uuid"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);

    const ErasureCounts counts = need(w.retention->erasePerson(w.lea, w.recent.uuid));
    CHECK(counts.people == 1);
    CHECK(counts.personNotes == 1);
    CHECK(counts.interventionNotes == 1);
    CHECK(need(w.context->people.findPerson(w.recent.id))->firstName.isEmpty());
    CHECK(need(w.context->audit.entriesFor(w.recent.uuid)).back().action == QLatin1String("person.erase_on_request"));

    auto again = w.retention->erasePerson(w.admin, w.recent.uuid);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::InputRejected);
}

TEST_CASE("Referring to a partner is refused without a consent valid today, for every role",
          "[domain][retention][consent]")
{
    test::DomainFixture f;
    const PartnerOrganisation partner = f.addPartner("CLSC", QStringLiteral("CLSC de Magog"));
    Person person = f.addPerson(f.marie, QStringLiteral("Jean"), QStringLiteral("Roy"));
    person.consent = {};
    REQUIRE(f.people->updatePerson(f.marie, person));

    auto none = f.outreach->referToPartner(f.lea, person.id, partner.id, QStringLiteral("santé"));
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::InputRejected);
    CHECK(none.error().userMessage.contains(QStringLiteral("consent")));

    person = *need(f.context->people.findPerson(person.id));
    person.consent.givenOn = QDate(2025, 1, 1);
    person.consent.expiresOn = QDate(2026, 1, 1);
    REQUIRE(f.people->updatePerson(f.marie, person));
    auto expired = f.outreach->referToPartner(f.marie, person.id, partner.id, QStringLiteral("santé"));
    REQUIRE_FALSE(expired);
    CHECK(expired.error().userMessage.contains(QStringLiteral("expired")));
    CHECK(need(f.outreach->referralsOf(f.lea, person.id)).empty());

    // An orientation noted in an intervention records what happened; it is not checked.
    Intervention intervention;
    intervention.occurredAt = f.store.clock.nowUtc();
    intervention.personId = person.id;
    intervention.placeKind = PlaceKind::Park;
    intervention.typeIds = {f.typeId("referral")};
    intervention.referredPartnerIds = {partner.id};
    CHECK(f.outreach->logIntervention(f.marie, intervention));

    person = *need(f.context->people.findPerson(person.id));
    person.consent.expiresOn = QDate(2027, 1, 1);
    REQUIRE(f.people->updatePerson(f.marie, person));
    CHECK(f.outreach->referToPartner(f.marie, person.id, partner.id, QStringLiteral("santé")));
}

namespace {

// The guard comes first: the fixture's database is created without the key.
struct PlaintextRetentionWorld
{
    storage::testing::UnencryptedDatabases plaintext;
    RetentionWorld world;
};

} // namespace

TEST_CASE("After retention and erasure the marker is in no byte of the database, its WAL or its shm",
          "[domain][retention][bytes]")
{
    PlaintextRetentionWorld p;
    RetentionWorld& w = p.world;
    const QString folder = w.store.dir.path();
    QFile db(w.store.path);
    REQUIRE(db.open(QIODevice::ReadOnly));
    REQUIRE(db.read(15) == QByteArray("SQLite format 3")); // really plaintext: the search below means something
    db.close();
    REQUIRE_FALSE(test::filesContaining(folder, QLatin1String(kMarker)).isEmpty());

    need(w.retention->applyRetention(w.admin, w.today()));
    // "followed" still has an open case; "recent" asks to be erased; then close the case and erase.
    need(w.retention->erasePerson(w.lea, w.recent.uuid));
    const Case open = need(w.context->cases.casesOfPerson(w.followed.id)).front();
    Case closed = open;
    closed.status = CaseStatus::Closed;
    closed.closedOn = w.today();
    REQUIRE(w.context->cases.updateCase(closed, w.admin.id, w.store.clock.nowUtc()));
    need(w.retention->erasePerson(w.admin, w.followed.uuid));

    CHECK(test::filesContaining(folder, QLatin1String(kMarker)).isEmpty());
    CHECK(need(w.session->db().integrityCheck()) == QLatin1String("ok"));
}
