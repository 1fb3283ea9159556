#include "DomainChecks.h"
#include "DomainFixture.h"

#include <catch2/catch.hpp>

// Merging duplicates in the reference lists through ReferenceService over a real
// encrypted store: every record and link that pointed at a merged entry points at
// the one kept, link-table duplicates collapse, the merged entries are
// soft-deleted, nothing else is lost, and only team leads and administrators may.

using namespace relais;
using namespace relais::core;
using test::containsId;
using test::DomainFixture;

namespace {

template <typename T> T required(Result<T> result)
{
    REQUIRE_OK(result);
    return std::move(result).value();
}

qint64 count(DomainFixture& f, const std::string& sql)
{
    return required(f.session->db().queryInt(sql));
}

std::string idText(qint64 id)
{
    return std::to_string(id);
}

// Row counts of every table a merge touches, to prove that nothing was lost or duplicated.
std::vector<qint64> recordCounts(DomainFixture& f)
{
    std::vector<qint64> counts;
    for (const char* table : {"person", "intervention", "group_session", "partner", "referral", "case_file"}) {
        counts.push_back(count(f, std::string("SELECT count(*) FROM ") + table));
    }
    return counts;
}

Person personIn(DomainFixture& f, const QString& firstName, qint64 territoryId, std::vector<qint64> problemIds)
{
    Person person;
    person.firstName = firstName;
    person.lastName = QStringLiteral("Test");
    person.territoryId = territoryId;
    person.problemIds = std::move(problemIds);
    person.consent.givenOn = f.store.clock.nowUtc().date(); // referring to a partner needs it
    return required(f.people->createPerson(f.marie, person)).person;
}

Intervention contactIn(DomainFixture& f, qint64 personId, qint64 territoryId, std::vector<qint64> typeIds,
                       std::vector<qint64> problemIds)
{
    Intervention intervention;
    intervention.occurredAt = f.store.clock.nowUtc().addSecs(-3600);
    intervention.personId = personId;
    intervention.territoryId = territoryId;
    intervention.placeKind = PlaceKind::Park;
    intervention.typeIds = std::move(typeIds);
    intervention.problemIds = std::move(problemIds);
    return required(f.outreach->logIntervention(f.marie, intervention));
}

// The latest entry with `action`, pointing into `entries` (never a temporary).
const AuditEntry* lastEntry(const std::vector<AuditEntry>& entries, const QString& action)
{
    const AuditEntry* found = nullptr;
    for (const AuditEntry& entry : entries) {
        if (entry.action == action) {
            found = &entry;
        }
    }
    return found;
}
const AuditEntry* lastEntry(std::vector<AuditEntry>&& entries, const QString& action) = delete;

} // namespace

TEST_CASE("Merging two territories leaves every record on the one kept and hides the duplicate",
          "[domain][reference][merge]")
{
    DomainFixture f;
    const Territory kept = f.territory; // "Magog"
    const Territory duplicate = required(f.reference->territoryNamed(f.lea, QStringLiteral("Ville de Magog")));
    const qint64 helping = f.typeId("helping_relationship");

    const Person onKept = personIn(f, QStringLiteral("Alice"), kept.id, {});
    const Person onDuplicate = personIn(f, QStringLiteral("Bruno"), duplicate.id, {});
    contactIn(f, onKept.id, kept.id, {helping}, {});
    contactIn(f, onDuplicate.id, duplicate.id, {helping}, {});
    contactIn(f, onKept.id, duplicate.id, {helping}, {});
    GroupSession session;
    session.occurredAt = f.store.clock.nowUtc().addSecs(-7200);
    session.groupName = QStringLiteral("Café-rencontre");
    session.territoryId = duplicate.id;
    session.anonymousHeadCount = 4;
    required(f.outreach->logGroupSession(f.marie, session));
    PartnerOrganisation partner;
    partner.code = QStringLiteral("HALTE");
    partner.name = QStringLiteral("Halte du coin");
    partner.territoryId = duplicate.id;
    required(f.reference->savePartner(f.lea, partner));
    // marie's "my territory" for new contacts was the duplicate.
    REQUIRE_OK(f.preferences->setValue(f.marie, QStringLiteral("contact.territory"), duplicate.uuid));

    const std::vector<qint64> before = recordCounts(f);
    REQUIRE(count(f, "SELECT count(*) FROM intervention WHERE territory_id = " + idText(duplicate.id)) == 2);

    REQUIRE_OK(f.reference->mergeTerritories(f.lea, kept.id, {duplicate.id}));

    for (const char* table : {"person", "intervention", "group_session", "partner"}) {
        INFO(table);
        CHECK(count(f, std::string("SELECT count(*) FROM ") + table + " WHERE territory_id = " + idText(duplicate.id))
              == 0);
    }
    CHECK(count(f, "SELECT count(*) FROM intervention WHERE territory_id = " + idText(kept.id)) == 3);
    CHECK(count(f, "SELECT count(*) FROM person WHERE territory_id = " + idText(kept.id)) == 2);
    CHECK(count(f, "SELECT count(*) FROM group_session WHERE territory_id = " + idText(kept.id)) == 1);
    CHECK(count(f, "SELECT count(*) FROM partner WHERE territory_id = " + idText(kept.id)) == 1);
    CHECK(recordCounts(f) == before);

    const std::vector<Territory> territories = required(f.reference->territories());
    CHECK(containsId(territories, kept.id));
    CHECK_FALSE(containsId(territories, duplicate.id));
    CHECK(count(f, "SELECT count(*) FROM territory WHERE deleted_at IS NOT NULL AND id = " + idText(duplicate.id))
          == 1);
    CHECK(required(f.preferences->value(f.marie, QStringLiteral("contact.territory"))) == kept.uuid);

    // The trail names both entries by UUID, never by name.
    const std::vector<AuditEntry> trail = required(f.context->audit.entriesFor(kept.uuid));
    const AuditEntry* merge = lastEntry(trail, QStringLiteral("territory.merge"));
    REQUIRE(merge != nullptr);
    CHECK(merge->userId == f.lea.id);
    CHECK(merge->fields == QStringList {QStringLiteral("merged:") + duplicate.uuid});
    CHECK_FALSE(merge->fields.join(QLatin1Char(' ')).contains(QStringLiteral("Magog")));

    // The old name is free again, for a new entry of its own.
    const Territory again = required(f.reference->territoryNamed(f.lea, QStringLiteral("Ville de Magog")));
    CHECK(again.id != duplicate.id);
}

TEST_CASE("Merging two problems collapses links that would be duplicated and keeps every person and contact",
          "[domain][reference][merge]")
{
    DomainFixture f;
    const Problem addiction = required(f.reference->problemNamed(f.lea, QStringLiteral("Toxicomanie")));
    const Problem drugs = required(f.reference->problemNamed(f.lea, QStringLiteral("Consommation de drogues")));
    const Problem housing = required(f.reference->problemNamed(f.lea, QStringLiteral("Logement")));
    const qint64 helping = f.typeId("helping_relationship");

    // Alice has both spellings (a link would collide), Bruno only the duplicate.
    const Person alice = personIn(f, QStringLiteral("Alice"), f.territory.id, {addiction.id, drugs.id, housing.id});
    const Person bruno = personIn(f, QStringLiteral("Bruno"), f.territory.id, {drugs.id});
    const Intervention both = contactIn(f, alice.id, f.territory.id, {helping}, {addiction.id, drugs.id});
    const Intervention onlyDuplicate = contactIn(f, bruno.id, f.territory.id, {helping}, {drugs.id, housing.id});
    const std::vector<qint64> before = recordCounts(f);
    REQUIRE(count(f, "SELECT count(*) FROM person_problem") == 4);
    REQUIRE(count(f, "SELECT count(*) FROM intervention_problem") == 4);

    REQUIRE_OK(f.reference->mergeProblems(f.admin, addiction.id, {drugs.id}));

    CHECK(count(f, "SELECT count(*) FROM person_problem WHERE problem_id = " + idText(drugs.id)) == 0);
    CHECK(count(f, "SELECT count(*) FROM intervention_problem WHERE problem_id = " + idText(drugs.id)) == 0);
    // Alice's two links became one; Bruno's moved; Logement untouched.
    CHECK(count(f, "SELECT count(*) FROM person_problem") == 3);
    CHECK(count(f, "SELECT count(*) FROM intervention_problem") == 3);
    const Person aliceNow = required(f.people->openFile(f.marie, alice.id));
    CHECK(test::sorted(aliceNow.problemIds) == test::sorted({addiction.id, housing.id}));
    const Person brunoNow = required(f.people->openFile(f.marie, bruno.id));
    CHECK(brunoNow.problemIds == std::vector<qint64> {addiction.id});
    for (const auto& [intervention, expected] : {std::pair {both, std::vector<qint64> {addiction.id}},
                                                 std::pair {onlyDuplicate, test::sorted({addiction.id, housing.id})}}) {
        CHECK(count(f, "SELECT count(*) FROM intervention_problem WHERE intervention_id = " + idText(intervention.id))
              == static_cast<qint64>(expected.size()));
        for (qint64 problemId : expected) {
            CHECK(count(f,
                        "SELECT count(*) FROM intervention_problem WHERE intervention_id = " + idText(intervention.id)
                            + " AND problem_id = " + idText(problemId))
                  == 1);
        }
    }
    CHECK(recordCounts(f) == before);
    const std::vector<Problem> problems = required(f.reference->problems());
    CHECK(containsId(problems, addiction.id));
    CHECK(containsId(problems, housing.id));
    CHECK_FALSE(containsId(problems, drugs.id));
    CHECK(count(f, "SELECT count(*) FROM problem WHERE deleted_at IS NOT NULL AND id = " + idText(drugs.id)) == 1);
    const std::vector<AuditEntry> trail = required(f.context->audit.entriesFor(addiction.uuid));
    const AuditEntry* merge = lastEntry(trail, QStringLiteral("problem.merge"));
    REQUIRE(merge != nullptr);
    CHECK(merge->fields == QStringList {QStringLiteral("merged:") + drugs.uuid});
}

TEST_CASE("A case manager cannot merge reference entries and nothing changes", "[domain][reference][merge]")
{
    DomainFixture f;
    const Territory duplicate = required(f.reference->territoryNamed(f.lea, QStringLiteral("Magog centre")));
    const Person person = personIn(f, QStringLiteral("Alice"), duplicate.id, {});

    REQUIRE_REFUSED(f.reference->mergeTerritories(f.marie, f.territory.id, {duplicate.id}),
                    ErrorCode::PermissionDenied);

    CHECK(containsId(required(f.reference->territories()), duplicate.id));
    CHECK(count(f, "SELECT territory_id FROM person WHERE id = " + idText(person.id)) == duplicate.id);
}

TEST_CASE("A built-in intervention type can be kept in a merge but never merged away", "[domain][reference][merge]")
{
    DomainFixture f;
    const qint64 builtIn = f.typeId("accompaniment");
    const InterventionType custom = required(f.reference->addInterventionType(
        f.lea, QStringLiteral("escort"), QStringLiteral("Accompagnement physique"), QStringLiteral("Escort")));
    const Person person = personIn(f, QStringLiteral("Alice"), f.territory.id, {});
    const Intervention both = contactIn(f, person.id, f.territory.id, {builtIn, custom.id}, {});
    contactIn(f, person.id, f.territory.id, {custom.id}, {});

    REQUIRE_REFUSED(f.reference->mergeInterventionTypes(f.lea, custom.id, {builtIn}), ErrorCode::InputRejected);
    CHECK(count(f, "SELECT count(*) FROM intervention_type_link WHERE type_id = " + idText(builtIn)) == 1);
    CHECK(count(f, "SELECT count(*) FROM intervention_type WHERE deleted_at IS NULL AND id = " + idText(builtIn)) == 1);

    REQUIRE_OK(f.reference->mergeInterventionTypes(f.lea, builtIn, {custom.id}));
    CHECK(count(f, "SELECT count(*) FROM intervention_type_link WHERE type_id = " + idText(custom.id)) == 0);
    // The contact that had both types keeps one link; the other moved.
    CHECK(count(f, "SELECT count(*) FROM intervention_type_link WHERE intervention_id = " + idText(both.id)) == 1);
    CHECK(count(f, "SELECT count(*) FROM intervention_type_link WHERE type_id = " + idText(builtIn)) == 2);
    const std::vector<InterventionType> types = required(f.reference->interventionTypes());
    CHECK(containsId(types, builtIn));
    CHECK_FALSE(containsId(types, custom.id));
}

TEST_CASE("Merging partner organisations moves their referrals to the one kept", "[domain][reference][merge]")
{
    DomainFixture f;
    const PartnerOrganisation kept = f.addPartner("CLSC", QStringLiteral("CLSC de Magog"));
    const PartnerOrganisation duplicate = f.addPartner("CLSC-M", QStringLiteral("C.L.S.C. Magog"));
    const Person person = personIn(f, QStringLiteral("Alice"), f.territory.id, {});
    required(f.outreach->referToPartner(f.marie, person.id, duplicate.id, QStringLiteral("santé")));
    required(f.outreach->referToPartner(f.marie, person.id, kept.id, QStringLiteral("logement")));

    REQUIRE_REFUSED(f.reference->mergePartners(f.lea, kept.id, {kept.id}), ErrorCode::InputRejected);
    REQUIRE_OK(f.reference->mergePartners(f.lea, kept.id, {duplicate.id}));

    CHECK(count(f, "SELECT count(*) FROM referral WHERE partner_id = " + idText(duplicate.id)) == 0);
    CHECK(count(f, "SELECT count(*) FROM referral WHERE partner_id = " + idText(kept.id)) == 2);
    CHECK_FALSE(containsId(required(f.reference->partners()), duplicate.id));
    // Its code is free again for a new organisation.
    CHECK(f.addPartner("CLSC-M", QStringLiteral("Another")).id != duplicate.id);
}

TEST_CASE("Renaming a territory to a name already used is refused with a hint to merge", "[domain][reference][merge]")
{
    DomainFixture f;
    const Territory other = required(f.reference->territoryNamed(f.lea, QStringLiteral("Orford")));
    auto refused = f.reference->renameTerritory(f.lea, other.id, QStringLiteral("  magog "));
    REQUIRE_REFUSED(refused, ErrorCode::InputRejected);
    CHECK(refused.error().userMessage.contains(QStringLiteral("merge")));
    const Territory renamed
        = required(f.reference->renameTerritory(f.lea, other.id, QStringLiteral("Canton d'Orford")));
    CHECK(renamed.name == QStringLiteral("Canton d'Orford"));
    CHECK(required(f.reference->territoryNamed(f.lea, QStringLiteral("canton d'orford"))).id == other.id);
}
