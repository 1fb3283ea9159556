#include "DomainChecks.h"
#include "DomainFixture.h"

#include <catch2/catch.hpp>

// People through PeopleService and OutreachService over a real encrypted store:
// accent-insensitive search, duplicate warnings, anonymous contacts merged into a
// known person, private notes, who may see and change what, per-user preferences.

using namespace relais;
using namespace relais::core;
using Catch::Matchers::Contains;
using test::containsId;
using test::DomainFixture;
using test::messageOf;

namespace {

Person named(const QString& firstName, const QString& lastName, std::optional<QDate> birthDate = std::nullopt)
{
    Person person;
    person.firstName = firstName;
    person.lastName = lastName;
    person.birthDate = birthDate;
    return person;
}

std::vector<PersonSummary> found(DomainFixture& f, const UserAccount& viewer, const QString& text)
{
    auto result = f.people->search(viewer, text);
    REQUIRE_OK(result);
    return *result;
}

const PersonSummary* summaryOf(const std::vector<PersonSummary>& summaries, qint64 id)
{
    for (const PersonSummary& summary : summaries) {
        if (summary.id == id) {
            return &summary;
        }
    }
    return nullptr;
}

QStringList bodiesOf(DomainFixture& f, const UserAccount& reader, qint64 personId)
{
    auto notes = f.people->notes(reader, personId);
    REQUIRE_OK(notes);
    QStringList bodies;
    for (const PersonNote& note : *notes) {
        bodies << note.body;
    }
    bodies.sort();
    return bodies;
}

Intervention contactAt(DomainFixture& f, const QDateTime& when, const char* typeCode)
{
    Intervention intervention;
    intervention.occurredAt = when;
    intervention.territoryId = f.territory.id;
    intervention.placeKind = PlaceKind::Park;
    intervention.placeName = QStringLiteral("Parc de la Pointe-Merry");
    intervention.typeIds = {f.typeId(typeCode)};
    return intervention;
}

} // namespace

TEST_CASE("Hélène Côté is found by helene, COTE and lène", "[domain][search]")
{
    DomainFixture f;
    const Person helene = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    const Person other = f.addPerson(f.marie, QStringLiteral("Jean"), QStringLiteral("Tremblay"));

    for (const char* query : {"helene", "COTE", "lène", "Helene Cote", "  hélène   côté "}) {
        INFO("query: " << query);
        const auto summaries = found(f, f.marie, QString::fromUtf8(query));
        const PersonSummary* summary = summaryOf(summaries, helene.id);
        REQUIRE(summary != nullptr);
        CHECK(summary->displayName == QStringLiteral("Hélène Côté"));
        CHECK_FALSE(containsId(summaries, other.id));
    }
    CHECK(found(f, f.marie, QStringLiteral("gagnon")).empty());
}

TEST_CASE("A person is found by an alias, whatever its accents and case", "[domain][search]")
{
    DomainFixture f;
    Person person = f.addPerson(f.marie, QStringLiteral("François"), QStringLiteral("Lévesque"));
    person.alias = QStringLiteral("Ti-Frère");
    REQUIRE_OK(f.people->updatePerson(f.marie, person));

    for (const char* query : {"ti-frere", "FRÈRE", "Ti-Frère"}) {
        INFO("query: " << query);
        const auto summaries = found(f, f.marie, QString::fromUtf8(query));
        const PersonSummary* summary = summaryOf(summaries, person.id);
        REQUIRE(summary != nullptr);
        CHECK(summary->alias == QStringLiteral("Ti-Frère"));
    }
}

TEST_CASE("An anonymous contact is found by its alias", "[domain][search]")
{
    DomainFixture f;
    Person anonymous;
    anonymous.alias = QStringLiteral("Manteau rouge");
    anonymous.ageBand = {40, 50};
    auto logged = f.outreach->logAnonymousContact(f.marie, anonymous,
                                                  contactAt(f, f.store.clock.nowUtc().addSecs(-3600), "socialisation"));
    REQUIRE_OK(logged);

    const auto summaries = found(f, f.paul, QStringLiteral("manteau"));
    const PersonSummary* summary = summaryOf(summaries, logged->personId);
    REQUIRE(summary != nullptr);
    CHECK(summary->anonymous);
    CHECK(summary->displayName == QStringLiteral("Manteau rouge"));
}

TEST_CASE("Creating a person with the same birth date and a similar name warns of a possible duplicate",
          "[domain][duplicates]")
{
    DomainFixture f;
    const QDate born(1980, 5, 14);
    auto first = f.people->createPerson(f.marie, named(QStringLiteral("Jean"), QStringLiteral("Tremblay"), born));
    REQUIRE_OK(first);
    CHECK(first->possibleDuplicates.empty());

    auto similar = f.people->createPerson(f.paul, named(QStringLiteral("Jean"), QStringLiteral("Tremblai"), born));
    REQUIRE_OK(similar);
    // Created all the same: the warning lets the worker merge or go on.
    CHECK(similar->person.id != 0);
    REQUIRE(similar->possibleDuplicates.size() == 1);
    CHECK(similar->possibleDuplicates.front().id == first->person.id);
    CHECK(similar->possibleDuplicates.front().displayName == QStringLiteral("Jean Tremblay"));

    SECTION("a different birth date gives no warning")
    {
        auto otherDay = f.people->createPerson(
            f.paul, named(QStringLiteral("Jean"), QStringLiteral("Tremblay"), QDate(1981, 5, 14)));
        REQUIRE_OK(otherDay);
        CHECK(otherDay->possibleDuplicates.empty());
    }
    SECTION("a different name on the same day gives no warning")
    {
        auto otherName
            = f.people->createPerson(f.paul, named(QStringLiteral("Louise"), QStringLiteral("Gagnon"), born));
        REQUIRE_OK(otherName);
        CHECK(otherName->possibleDuplicates.empty());
    }
    SECTION("the duplicate merged away is no longer found, its interventions move")
    {
        const Intervention metByPaul = f.logIntervention(f.paul, similar->person.id);
        auto merged = f.people->merge(f.lea, first->person.id, similar->person.id);
        REQUIRE_OK(merged);
        CHECK(merged->id == first->person.id);

        const auto summaries = found(f, f.lea, QStringLiteral("tremblai"));
        CHECK_FALSE(containsId(summaries, similar->person.id));
        CHECK(containsId(found(f, f.lea, QStringLiteral("Jean Tremblay")), first->person.id));
        auto interventions = f.outreach->interventionsOf(f.lea, first->person.id);
        REQUIRE_OK(interventions);
        CHECK(containsId(*interventions, metByPaul.id));
    }
}

TEST_CASE("An anonymous contact merged into a known person brings its interventions, cases and referrals",
          "[domain][merge]")
{
    DomainFixture f;
    const PartnerOrganisation shelter = f.addPartner("MHR", QStringLiteral("Maison d’hébergement Le Relais"));
    const PartnerOrganisation clinic = f.addPartner("CLSC", QStringLiteral("CLSC de Magog"));

    // Met in the park before anyone knew his name, and referred to the shelter.
    Person anonymous;
    anonymous.alias = QStringLiteral("Manteau rouge");
    anonymous.description = QStringLiteral("Homme, manteau rouge, banc près de la fontaine");
    anonymous.ageBand = {40, 50};
    Intervention contact = contactAt(f, f.store.clock.nowUtc().addSecs(-2 * 3600), "referral");
    contact.referredPartnerIds = {shelter.id};
    auto logged = f.outreach->logAnonymousContact(f.marie, anonymous, contact);
    REQUIRE_OK(logged);
    const qint64 anonymousId = logged->personId;
    const auto beforeMerge = found(f, f.marie, QStringLiteral("manteau rouge"));
    const PersonSummary* anonymousSummary = summaryOf(beforeMerge, anonymousId);
    REQUIRE(anonymousSummary != nullptr);
    const QString anonymousUuid = anonymousSummary->uuid;
    auto anonymousCase = f.cases->openCase(f.marie, anonymousId, f.programme.id, f.marie.id);
    REQUIRE_OK(anonymousCase);

    // The same man, known by name at the office.
    const Person known = f.addPerson(f.marie, QStringLiteral("Jean"), QStringLiteral("Tremblay"));
    const Intervention atOffice = f.logIntervention(f.marie, known.id);
    auto knownCase = f.cases->openCase(f.marie, known.id, f.programme.id, f.marie.id, true);
    REQUIRE_OK(knownCase);
    REQUIRE_OK(f.cases->decline(f.marie, knownCase->id, QStringLiteral("Pas de demande pour l’instant")));
    auto toClinic = f.outreach->referToPartner(f.marie, known.id, clinic.id, QStringLiteral("Suivi infirmier"));
    REQUIRE_OK(toClinic);

    auto merged = f.people->merge(f.marie, known.id, anonymousId);
    REQUIRE_OK(merged);
    CHECK(merged->id == known.id);
    CHECK(merged->firstName == QStringLiteral("Jean"));
    CHECK(merged->alias == QStringLiteral("Manteau rouge")); // what the kept record lacked

    auto interventions = f.outreach->interventionsOf(f.marie, known.id);
    REQUIRE_OK(interventions);
    CHECK(test::idsOf(*interventions) == test::sorted({logged->id, atOffice.id}));

    for (qint64 caseId : {anonymousCase->id, knownCase->id}) {
        auto value = f.cases->caseById(f.lea, caseId);
        REQUIRE_OK(value);
        CHECK(value->personId == known.id);
    }

    auto referrals = f.outreach->referralsOf(f.marie, known.id);
    REQUIRE_OK(referrals);
    REQUIRE(referrals->size() == 2);
    std::vector<qint64> partners;
    for (const Referral& referral : *referrals) {
        partners.push_back(referral.partnerId);
        CHECK(referral.personId == known.id);
    }
    CHECK(test::sorted(partners) == test::sorted({shelter.id, clinic.id}));

    // The merged record is gone from search and from the files.
    const auto afterMerge = found(f, f.marie, QStringLiteral("manteau rouge"));
    CHECK_FALSE(containsId(afterMerge, anonymousId));
    CHECK(containsId(afterMerge, known.id));
    REQUIRE_REFUSED(f.people->openFile(f.lea, anonymousId), ErrorCode::NotFound);

    auto audit = f.context->audit.entriesFor(known.uuid);
    REQUIRE_OK(audit);
    bool mergeRecorded = false;
    for (const AuditEntry& entry : *audit) {
        if (entry.action == QStringLiteral("person.merge")) {
            mergeRecorded = true;
            CHECK(entry.userId == f.marie.id);
            CHECK(entry.entityType == QStringLiteral("person"));
            CHECK(entry.fields.join(QLatin1Char(',')).contains(anonymousUuid));
        }
    }
    CHECK(mergeRecorded);
}

TEST_CASE("Two records with open cases in the same programme are not merged", "[domain][merge]")
{
    DomainFixture f;
    const Person a = f.addPerson(f.marie, QStringLiteral("Jean"), QStringLiteral("Tremblay"));
    const Person b = f.addPerson(f.marie, QStringLiteral("Jean"), QStringLiteral("Tremblai"));
    REQUIRE_OK(f.cases->openCase(f.marie, a.id, f.programme.id, f.marie.id));
    REQUIRE_OK(f.cases->openCase(f.marie, b.id, f.programme.id, f.marie.id));

    auto merged = f.people->merge(f.marie, a.id, b.id);
    REQUIRE_REFUSED(merged, ErrorCode::InputRejected);
    CHECK_THAT(messageOf(merged), Contains("open case"));
    CHECK(containsId(found(f, f.marie, QStringLiteral("tremblai")), b.id));
}

TEST_CASE("A private note is read by its author only", "[domain][notes]")
{
    DomainFixture f;
    const Person person = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    f.admittedCase(f.marie, person.id);
    f.logIntervention(f.paul, person.id); // paul met her: he may read her file

    const QString shared = QStringLiteral("Parle de sa sœur à Sherbrooke");
    const QString mariesPrivate = QStringLiteral("Impression : consomme de nouveau");
    const QString paulsPrivate = QStringLiteral("Semblait craintive au parc");
    REQUIRE_OK(f.people->addNote(f.marie, person.id, shared, false));
    REQUIRE_OK(f.people->addNote(f.marie, person.id, mariesPrivate, true));
    REQUIRE_OK(f.people->addNote(f.paul, person.id, paulsPrivate, true));

    CHECK(bodiesOf(f, f.marie, person.id) == QStringList({mariesPrivate, shared}));
    CHECK(bodiesOf(f, f.paul, person.id) == QStringList({shared, paulsPrivate}));
    CHECK(bodiesOf(f, f.lea, person.id) == QStringList({shared}));
    CHECK(bodiesOf(f, f.admin, person.id).isEmpty());
}

TEST_CASE("Administrators read neither notes nor intervention notes", "[domain][notes][permissions]")
{
    DomainFixture f;
    const Person person = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    Intervention contact = contactAt(f, f.store.clock.nowUtc().addSecs(-600), "helping_relationship");
    contact.personId = person.id;
    contact.note = QStringLiteral("A parlé de sa consommation");
    auto logged = f.outreach->logIntervention(f.marie, contact);
    REQUIRE_OK(logged);
    REQUIRE_OK(f.people->addNote(f.marie, person.id, QStringLiteral("Rendez-vous au CLSC jeudi"), false));

    CHECK(bodiesOf(f, f.admin, person.id).isEmpty());
    auto forAdmin = f.outreach->interventionsOf(f.admin, person.id);
    REQUIRE_OK(forAdmin);
    REQUIRE(forAdmin->size() == 1);
    CHECK(forAdmin->front().note.isEmpty());

    auto forLea = f.outreach->interventionsOf(f.lea, person.id);
    REQUIRE_OK(forLea);
    REQUIRE(forLea->size() == 1);
    CHECK(forLea->front().note == contact.note);
}

TEST_CASE("A case manager who never met a person sees only a summary until he meets her", "[domain][permissions]")
{
    DomainFixture f;
    const Person person = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    f.admittedCase(f.marie, person.id);
    Person changed = person;
    changed.phone = QStringLiteral("819-555-0199");

    auto opened = f.people->openFile(f.paul, person.id);
    REQUIRE_REFUSED(opened, ErrorCode::PermissionDenied);
    CHECK_THAT(messageOf(opened), Contains("another worker"));
    REQUIRE_REFUSED(f.people->updatePerson(f.paul, changed), ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.people->addNote(f.paul, person.id, QStringLiteral("Vue au parc"), false),
                    ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.outreach->interventionsOf(f.paul, person.id), ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.outreach->referralsOf(f.paul, person.id), ErrorCode::PermissionDenied);

    // Enough to avoid a duplicate: the name and who follows her.
    const auto summaries = found(f, f.paul, QStringLiteral("cote"));
    const PersonSummary* summary = summaryOf(summaries, person.id);
    REQUIRE(summary != nullptr);
    CHECK(summary->displayName == QStringLiteral("Hélène Côté"));
    CHECK(summary->caseManagerUserName == QStringLiteral("marie"));
    CHECK_FALSE(summary->canOpenFile);

    // The refused update changed nothing.
    auto unchanged = f.people->openFile(f.lea, person.id);
    REQUIRE_OK(unchanged);
    CHECK(unchanged->phone == person.phone);

    // Paul meets her in the street: now he may open and update her file.
    Intervention contact = contactAt(f, f.store.clock.nowUtc().addSecs(-600), "helping_relationship");
    contact.personId = person.id;
    REQUIRE_OK(f.outreach->logIntervention(f.paul, contact));
    REQUIRE_OK(f.people->openFile(f.paul, person.id));
    REQUIRE_OK(f.people->updatePerson(f.paul, changed));
    const std::vector<PersonSummary> seenByPaul = found(f, f.paul, QStringLiteral("cote"));
    const PersonSummary* afterMeeting = summaryOf(seenByPaul, person.id);
    REQUIRE(afterMeeting != nullptr);
    CHECK(afterMeeting->canOpenFile);
}

TEST_CASE("An administrator opens a file but neither changes it nor writes notes", "[domain][permissions]")
{
    DomainFixture f;
    const Person person = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    Person changed = person;
    changed.safetyAlert = QStringLiteral("Rencontrer à deux");

    auto opened = f.people->openFile(f.admin, person.id);
    REQUIRE_OK(opened);
    CHECK(opened->lastName == QStringLiteral("Côté"));
    auto updated = f.people->updatePerson(f.admin, changed);
    REQUIRE_REFUSED(updated, ErrorCode::PermissionDenied);
    CHECK_THAT(messageOf(updated), Contains("Administrators"));
    REQUIRE_REFUSED(f.people->addNote(f.admin, person.id, QStringLiteral("Note"), false), ErrorCode::PermissionDenied);
    REQUIRE_REFUSED(f.people->createPerson(f.admin, named(QStringLiteral("Louise"), QStringLiteral("Gagnon"))),
                    ErrorCode::PermissionDenied);
    Intervention contact = contactAt(f, f.store.clock.nowUtc().addSecs(-600), "information");
    contact.personId = person.id;
    REQUIRE_REFUSED(f.outreach->logIntervention(f.admin, contact), ErrorCode::PermissionDenied);

    auto after = f.people->openFile(f.lea, person.id);
    REQUIRE_OK(after);
    CHECK(after->safetyAlert.isEmpty());
}

TEST_CASE("A team lead reads and changes any file and its notes", "[domain][permissions]")
{
    DomainFixture f;
    const Person person = f.addPerson(f.marie, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    f.admittedCase(f.marie, person.id);
    Person changed = person;
    changed.safetyAlert = QStringLiteral("Rencontrer à deux");

    REQUIRE_OK(f.people->openFile(f.lea, person.id));
    REQUIRE_OK(f.people->updatePerson(f.lea, changed));
    REQUIRE_OK(f.people->addNote(f.lea, person.id, QStringLiteral("Appel du refuge"), false));
    CHECK(bodiesOf(f, f.lea, person.id) == QStringList({QStringLiteral("Appel du refuge")}));
    CHECK(bodiesOf(f, f.marie, person.id) == QStringList({QStringLiteral("Appel du refuge")}));
    REQUIRE_OK(f.outreach->interventionsOf(f.lea, person.id));

    auto reopened = f.people->openFile(f.marie, person.id);
    REQUIRE_OK(reopened);
    CHECK(reopened->safetyAlert == QStringLiteral("Rencontrer à deux"));
    const std::vector<PersonSummary> seenByLea = found(f, f.lea, QStringLiteral("helene"));
    const PersonSummary* summary = summaryOf(seenByLea, person.id);
    REQUIRE(summary != nullptr);
    CHECK(summary->canOpenFile);
}

TEST_CASE("Case managers cannot change partners, programmes or intervention types, while admins and team leads can",
          "[domain][permissions][reference]")
{
    DomainFixture f;
    PartnerOrganisation partner;
    partner.code = QStringLiteral("SOUPE");
    partner.name = QStringLiteral("Soupe populaire de Magog");
    partner.kind = QStringLiteral("soup kitchen");
    Programme programme;
    programme.name = QStringLiteral("Accompagnement jeunesse");
    programme.caseloadCap = 6;

    for (const UserAccount* caseManager : {&f.marie, &f.paul}) {
        auto savedPartner = f.reference->savePartner(*caseManager, partner);
        REQUIRE_REFUSED(savedPartner, ErrorCode::PermissionDenied);
        CHECK_THAT(messageOf(savedPartner), Contains("team leads"));
        REQUIRE_REFUSED(f.reference->saveProgramme(*caseManager, programme), ErrorCode::PermissionDenied);
        REQUIRE_REFUSED(f.reference->addInterventionType(*caseManager, QStringLiteral("peer_support"),
                                                         QStringLiteral("Pair-aidance"),
                                                         QStringLiteral("Peer support")),
                        ErrorCode::PermissionDenied);
    }
    auto partners = f.reference->partners();
    REQUIRE_OK(partners);
    for (const PartnerOrganisation& existing : *partners) {
        CHECK(existing.code != partner.code);
    }

    auto byAdmin = f.reference->savePartner(f.admin, partner);
    REQUIRE_OK(byAdmin);
    auto type = f.reference->addInterventionType(f.admin, QStringLiteral("peer_support"),
                                                 QStringLiteral("Pair-aidance"), QStringLiteral("Peer support"));
    REQUIRE_OK(type);
    auto byLea = f.reference->saveProgramme(f.lea, programme);
    REQUIRE_OK(byLea);
    auto byLeaType
        = f.reference->addInterventionType(f.lea, QStringLiteral("harm_reduction"),
                                           QStringLiteral("Réduction des méfaits"), QStringLiteral("Harm reduction"));
    REQUIRE_OK(byLeaType);

    auto types = f.reference->interventionTypes();
    REQUIRE_OK(types);
    int added = 0;
    for (const InterventionType& existing : *types) {
        if (existing.code == QStringLiteral("peer_support") || existing.code == QStringLiteral("harm_reduction")) {
            ++added;
            CHECK_FALSE(existing.builtIn);
        }
    }
    CHECK(added == 2);
    auto programmes = f.reference->programmes();
    REQUIRE_OK(programmes);
    bool foundProgramme = false;
    for (const Programme& existing : *programmes) {
        if (existing.name == programme.name) {
            foundProgramme = true;
            CHECK(existing.caseloadCap == 6);
        }
    }
    CHECK(foundProgramme);
    auto partnersAfter = f.reference->partners();
    REQUIRE_OK(partnersAfter);
    CHECK(containsId(*partnersAfter, byAdmin->id));
}

TEST_CASE("Preferences belong to one Relais user and stay in the database", "[domain][preferences]")
{
    DomainFixture f;
    const QString key = QStringLiteral("last_place");
    REQUIRE_OK(f.preferences->setValue(f.marie, key, QStringLiteral("Parc Jacques-Cartier")));

    auto forPaul = f.preferences->value(f.paul, key);
    REQUIRE_OK(forPaul);
    CHECK(forPaul->isEmpty());

    REQUIRE_OK(f.preferences->setValue(f.paul, key, QStringLiteral("Café Le Relais")));
    auto forMarie = f.preferences->value(f.marie, key);
    REQUIRE_OK(forMarie);
    CHECK(*forMarie == QStringLiteral("Parc Jacques-Cartier"));

    // Read back over a fresh connection: stored, not cached.
    f.signInAgain();
    auto afterSignIn = f.preferences->value(f.marie, key);
    REQUIRE_OK(afterSignIn);
    CHECK(*afterSignIn == QStringLiteral("Parc Jacques-Cartier"));
    auto paulsAfterSignIn = f.preferences->value(f.paul, key);
    REQUIRE_OK(paulsAfterSignIn);
    CHECK(*paulsAfterSignIn == QStringLiteral("Café Le Relais"));
}

TEST_CASE("A birth date or year after today is refused, today itself is not", "[domain][people]")
{
    DomainFixture f; // today: 2026-03-02
    auto tomorrow
        = f.people->createPerson(f.marie, named(QStringLiteral("Léa"), QStringLiteral("Futur"), QDate(2026, 3, 3)));
    REQUIRE_FALSE(tomorrow);
    CHECK(tomorrow.error().code == ErrorCode::InputRejected);
    CHECK(tomorrow.error().userMessage == QStringLiteral("The birth date is in the future."));
    Person nextYear = named(QStringLiteral("Léo"), QStringLiteral("Futur"), std::nullopt);
    nextYear.birthYear = 2027;
    auto refused = f.people->createPerson(f.marie, nextYear);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().userMessage == QStringLiteral("The birth year is in the future."));
    CHECK(f.people->search(f.marie, QStringLiteral("futur"))->empty());

    REQUIRE_OK(
        f.people->createPerson(f.marie, named(QStringLiteral("Né"), QStringLiteral("Aujourdhui"), QDate(2026, 3, 2))));
    nextYear.birthYear = 2026;
    REQUIRE_OK(f.people->createPerson(f.marie, nextYear));
}
