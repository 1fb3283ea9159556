#include "DomainChecks.h"
#include "DomainFixture.h"

#include "storage/Database.h"
#include "storage/Session.h"

#include <catch2/catch.hpp>

#include <string>

// The tamper-evident audit trail over a real encrypted store: a chain that
// verifies after ordinary work, and each kind of tampering (edited, deleted,
// reordered entries, a cut-off tail) caught by AuditService::verify(), naming the
// first bad entry. Tampering goes straight to the audit_log table, as someone
// holding the data key but not the anchor's history could.

using namespace relais;
using namespace relais::core;
using Catch::Matchers::Contains;
using test::containsId;
using test::DomainFixture;
using test::messageOf;

namespace {

// A morning's work by marie and lea, refused steps included; returns the person.
Person doOrdinaryWork(DomainFixture& f)
{
    auto created = f.people->createPerson(f.marie, [] {
        Person person;
        person.firstName = QStringLiteral("Hélène");
        person.lastName = QStringLiteral("Côté");
        person.housingSituation = HousingSituation::Street;
        person.housingSince = QDate(2026, 2, 1);
        person.residencePermit = ResidencePermit::Yes;
        return person;
    }());
    REQUIRE_OK(created);
    const Person person = created->person;
    f.logIntervention(f.marie, person.id);
    auto opened = f.cases->openCase(f.marie, person.id, f.programme.id, f.marie.id, false);
    REQUIRE_OK(opened);
    // Refused (no request yet): leaves nothing in the trail.
    REQUIRE_FALSE(f.cases->admit(f.marie, opened->id).ok());
    REQUIRE_OK(f.cases->recordRequest(f.marie, opened->id));
    REQUIRE_OK(f.cases->admit(f.lea, opened->id));
    REQUIRE_OK(f.people->addNote(f.marie, person.id, QStringLiteral("Rendez-vous jeudi"), false));
    REQUIRE_OK(f.people->openFile(f.lea, person.id));
    REQUIRE_FALSE(f.people->openFile(f.paul, person.id).ok());
    return person;
}

qint64 lastSequence(DomainFixture& f)
{
    auto last = f.session->db().queryInt("SELECT max(sequence) FROM audit_log");
    REQUIRE_OK(last);
    return *last;
}

qint64 entryCount(DomainFixture& f)
{
    auto count = f.session->db().queryInt("SELECT count(*) FROM audit_log");
    REQUIRE_OK(count);
    return *count;
}

void exec(DomainFixture& f, const std::string& sql)
{
    INFO(sql);
    REQUIRE_OK(f.session->db().exec(sql));
}

AuditCheck verified(DomainFixture& f)
{
    auto check = f.audit->verify();
    REQUIRE_OK(check);
    return *check;
}

} // namespace

TEST_CASE("The audit chain verifies after ordinary work, refused operations included", "[domain][audit]")
{
    DomainFixture f;
    doOrdinaryWork(f);
    const qint64 entries = entryCount(f);
    REQUIRE(entries >= 8);

    const AuditCheck check = verified(f);
    INFO("problem: " << check.problem.toStdString());
    CHECK(check.ok);
    CHECK(check.entries == entries);
    CHECK(check.firstBadSequence == 0);
    CHECK(lastSequence(f) == entries);
}

TEST_CASE("Each audited operation adds one entry naming the fields, never their values", "[domain][audit]")
{
    DomainFixture f;
    const qint64 before = entryCount(f);
    Person person;
    person.firstName = QStringLiteral("Hélène");
    person.lastName = QStringLiteral("Côté");
    person.phone = QStringLiteral("819-555-0142");
    auto created = f.people->createPerson(f.marie, person);
    REQUIRE_OK(created);
    CHECK(entryCount(f) == before + 1);
    REQUIRE_OK(f.people->openFile(f.lea, created->person.id));
    CHECK(entryCount(f) == before + 2);
    // A refused operation writes nothing.
    REQUIRE_FALSE(f.people->openFile(f.paul, created->person.id).ok());
    CHECK(entryCount(f) == before + 2);

    auto entries = f.context->audit.entriesFor(created->person.uuid);
    REQUIRE_OK(entries);
    REQUIRE(entries->size() == 2);
    CHECK((*entries)[0].action == QStringLiteral("person.create"));
    CHECK((*entries)[0].userId == f.marie.id);
    CHECK((*entries)[0].entityType == QStringLiteral("person"));
    CHECK((*entries)[0].fields.contains(QStringLiteral("first_name")));
    CHECK((*entries)[1].action == QStringLiteral("file.open"));
    CHECK((*entries)[1].userId == f.lea.id);
    CHECK((*entries)[1].at == f.store.clock.nowUtc());

    auto names = f.session->db().queryInt(
        "SELECT count(*) FROM audit_log WHERE fields LIKE '%Côté%' OR fields LIKE '%lène%' OR fields LIKE '%555%' "
        "OR action LIKE '%Côté%'");
    REQUIRE_OK(names);
    CHECK(*names == 0);
}

TEST_CASE("An edited audit entry is detected and named", "[domain][audit]")
{
    DomainFixture f;
    doOrdinaryWork(f);
    const qint64 target = lastSequence(f) / 2;
    REQUIRE(target >= 2);
    REQUIRE(verified(f).ok);

    SECTION("its action")
    {
        exec(f, "UPDATE audit_log SET action = 'tampered.action' WHERE sequence = " + std::to_string(target));
    }
    SECTION("its author")
    {
        exec(f, "UPDATE audit_log SET user_id = user_id + 1 WHERE sequence = " + std::to_string(target));
    }
    SECTION("its time")
    {
        exec(f, "UPDATE audit_log SET at = '2025-01-01T00:00:00.000Z' WHERE sequence = " + std::to_string(target));
    }
    SECTION("its fields")
    {
        exec(f, "UPDATE audit_log SET fields = fields || ',phone' WHERE sequence = " + std::to_string(target));
    }

    const AuditCheck check = verified(f);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSequence == target);
    CHECK_FALSE(check.problem.isEmpty());
}

TEST_CASE("A deleted audit entry in the middle of the trail is detected and named", "[domain][audit]")
{
    DomainFixture f;
    doOrdinaryWork(f);
    const qint64 target = lastSequence(f) / 2;
    REQUIRE(target >= 2);

    exec(f, "DELETE FROM audit_log WHERE sequence = " + std::to_string(target));

    const AuditCheck check = verified(f);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSequence == target);
    CHECK_THAT(check.problem.toStdString(), Contains("missing"));
}

TEST_CASE("Two audit entries swapped in order are detected at the first of them", "[domain][audit]")
{
    DomainFixture f;
    doOrdinaryWork(f);
    const qint64 first = lastSequence(f) / 2;
    REQUIRE(first >= 2);
    const std::string a = std::to_string(first);
    const std::string b = std::to_string(first + 1);

    SECTION("by swapping their sequence numbers")
    {
        exec(f, "UPDATE audit_log SET sequence = -1 WHERE sequence = " + a);
        exec(f, "UPDATE audit_log SET sequence = " + a + " WHERE sequence = " + b);
        exec(f, "UPDATE audit_log SET sequence = " + b + " WHERE sequence = -1");
    }
    SECTION("by swapping everything but their sequence numbers")
    {
        const std::string columns[]
            = {"at", "user_id", "action", "entity_type", "entity_uuid", "fields", "previous_hash", "hash"};
        std::string swapA = "UPDATE audit_log SET ";
        std::string swapB = "UPDATE audit_log SET ";
        for (const std::string& column : columns) {
            const std::string sep = column == columns[0] ? "" : ", ";
            swapA += sep + column + " = (SELECT " + column + " FROM audit_log WHERE sequence = " + b + ")";
            swapB += sep + column + " = (SELECT " + column + " FROM audit_log WHERE sequence = -1)";
        }
        exec(f,
             "INSERT INTO audit_log SELECT -1, at, user_id, action, entity_type, entity_uuid, fields, "
             "previous_hash, hash FROM audit_log WHERE sequence = "
                 + a);
        exec(f, swapA + " WHERE sequence = " + a);
        exec(f, swapB + " WHERE sequence = " + b);
        exec(f, "DELETE FROM audit_log WHERE sequence = -1");
    }
    REQUIRE(entryCount(f) == lastSequence(f));

    const AuditCheck check = verified(f);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSequence == first);
}

TEST_CASE("A cut-off tail of the audit trail is detected by the anchor outside the database", "[domain][audit]")
{
    DomainFixture f;
    doOrdinaryWork(f);
    const qint64 last = lastSequence(f);
    REQUIRE(verified(f).ok);

    // The chain that is left is consistent in itself: only the anchor tells.
    exec(f, "DELETE FROM audit_log WHERE sequence > " + std::to_string(last - 2));

    const AuditCheck check = verified(f);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSequence == last - 1);
    CHECK_THAT(check.problem.toStdString(), Contains("shorter"));
}

TEST_CASE("A rewritten last entry with a recomputed hash does not match the anchor", "[domain][audit]")
{
    DomainFixture f;
    doOrdinaryWork(f);
    const qint64 last = lastSequence(f);

    // Someone who knows the hashing rule rewrites the head so that the chain holds.
    auto read = f.session->db().prepare("SELECT sequence, at, user_id, action, entity_type, entity_uuid, fields, "
                                        "previous_hash FROM audit_log WHERE sequence = ?1");
    REQUIRE_OK(read);
    read->bind(1, last);
    auto row = read->step();
    REQUIRE_OK(row);
    REQUIRE(*row);
    AuditEntry forged;
    forged.sequence = read->int64At(0);
    forged.at = QDateTime::fromString(read->textAt(1), Qt::ISODateWithMs);
    forged.userId = read->int64At(2);
    forged.action = QStringLiteral("sign_out");
    forged.entityType = read->textAt(4);
    forged.entityUuid = read->textAt(5);
    forged.fields = read->textAt(6).isEmpty() ? QStringList() : read->textAt(6).split(QLatin1Char(','));
    forged.previousHash = read->blobAt(7);
    REQUIRE(forged.at.isValid());
    const QByteArray hash = AuditService::entryHash(forged.previousHash, forged);
    auto write = f.session->db().prepare("UPDATE audit_log SET action = ?1, hash = ?2 WHERE sequence = ?3");
    REQUIRE_OK(write);
    write->bind(1, forged.action).bind(2, hash).bind(3, last);
    REQUIRE_OK(write->run());

    const AuditCheck check = verified(f);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSequence == last);
    CHECK_THAT(check.problem.toStdString(), Contains("anchor"));
}

TEST_CASE("A cut-off tail is detected when its last entries were additions to the reference lists", "[domain][audit]")
{
    DomainFixture f;
    doOrdinaryWork(f);
    REQUIRE_OK(f.reference->problemNamed(f.lea, QStringLiteral("Toxicomanie")));
    REQUIRE_OK(f.reference->territoryNamed(f.lea, QStringLiteral("Sherbrooke")));
    const qint64 last = lastSequence(f);
    REQUIRE(verified(f).ok);

    exec(f, "DELETE FROM audit_log WHERE sequence > " + std::to_string(last - 2));

    const AuditCheck check = verified(f);
    CHECK_FALSE(check.ok);
    CHECK(check.firstBadSequence == last - 1);
}

TEST_CASE("An intervention with three types and a referral later refused reads back intact", "[domain][outreach]")
{
    DomainFixture f;
    const PartnerOrganisation partner = f.addPartner("CRD", QStringLiteral("Centre de réadaptation en dépendance"));
    auto problem = f.reference->problemNamed(f.lea, QStringLiteral("Toxicomanie"));
    REQUIRE_OK(problem);
    const Person person = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));

    Intervention contact;
    // 22:00 on 1 March in Montreal: the day counted is the organisation's, not UTC's.
    contact.occurredAt = QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC);
    contact.personId = person.id;
    contact.territoryId = f.territory.id;
    contact.placeKind = PlaceKind::Park;
    contact.placeName = QStringLiteral("Parc de la Pointe-Merry");
    contact.typeIds = {f.typeId("helping_relationship"), f.typeId("information"), f.typeId("referral")};
    contact.problemIds = {problem->id};
    contact.referredPartnerIds = {partner.id};
    contact.durationMinutes = 25;
    contact.note = QStringLiteral("Café offert; parle de sa sœur");
    auto logged = f.outreach->logIntervention(f.marie, contact);
    REQUIRE_OK(logged);
    CHECK(logged->workerId == f.marie.id);
    CHECK(logged->occurredOn == QDate(2026, 3, 1));

    auto referrals = f.outreach->referralsOf(f.marie, person.id);
    REQUIRE_OK(referrals);
    REQUIRE(referrals->size() == 1);
    const Referral referral = referrals->front();
    CHECK(referral.direction == ReferralDirection::Outgoing);
    CHECK(referral.partnerId == partner.id);
    CHECK(referral.interventionId == logged->id);
    CHECK(referral.status == ReferralStatus::Proposed);

    f.store.clock.advanceSeconds(3 * 24 * 3600);
    REQUIRE_OK(f.outreach->setReferralStatus(f.marie, referral.id, ReferralStatus::Refused));

    auto interventions = f.outreach->interventionsOf(f.marie, person.id);
    REQUIRE_OK(interventions);
    REQUIRE(interventions->size() == 1);
    const Intervention& stored = interventions->front();
    CHECK(stored.id == logged->id);
    CHECK(stored.occurredAt == contact.occurredAt);
    CHECK(stored.occurredOn == QDate(2026, 3, 1));
    CHECK(stored.workerId == f.marie.id);
    CHECK(stored.territoryId == f.territory.id);
    CHECK(stored.placeKind == PlaceKind::Park);
    CHECK(stored.placeName == contact.placeName);
    CHECK(test::sorted(stored.typeIds) == test::sorted(contact.typeIds));
    CHECK(stored.problemIds == contact.problemIds);
    CHECK(stored.referredPartnerIds == contact.referredPartnerIds);
    CHECK(stored.durationMinutes == 25);
    CHECK(stored.note == contact.note);

    auto after = f.outreach->referralsOf(f.marie, person.id);
    REQUIRE_OK(after);
    REQUIRE(after->size() == 1);
    CHECK(after->front().id == referral.id);
    CHECK(after->front().status == ReferralStatus::Refused);
    CHECK(after->front().interventionId == logged->id);
    CHECK(after->front().partnerId == partner.id);

    auto audit = f.context->audit.entriesFor(referral.uuid);
    REQUIRE_OK(audit);
    REQUIRE_FALSE(audit->empty());
    CHECK(audit->back().action == QStringLiteral("referral.update"));
    CHECK(audit->back().fields == QStringList {QStringLiteral("status")});
    CHECK(verified(f).ok);
}
