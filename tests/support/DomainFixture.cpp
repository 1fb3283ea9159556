#include "DomainFixture.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace relais::test {

namespace {

template <typename T>
T require(core::Result<T> result)
{
    if (!result) {
        FAIL(result.error().userMessage.toStdString() + " / " + result.error().detail);
    }
    return std::move(result).value();
}

core::UserAccount addAccount(storage::Session& admin, const char* name, core::Role role, MockClock& clock)
{
    return require(storage::DataStore::addUser(admin, QString::fromLatin1(name), role, "fixture-password",
                                               storage::KdfParams::fastForTests(), clock));
}

} // namespace

DomainFixture::DomainFixture()
{
    session = store.signIn();
    REQUIRE(session->db().exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('time_zone', 'America/Montreal')"));
    admin = session->user();
    lea = addAccount(*session, "lea", core::Role::TeamLead, store.clock);
    marie = addAccount(*session, "marie", core::Role::CaseManager, store.clock);
    paul = addAccount(*session, "paul", core::Role::CaseManager, store.clock);
    signInAgain();
    programme = require(reference->defaultProgramme());
    territory = require(reference->territoryNamed(lea, QStringLiteral("Magog")));
}

DomainFixture::~DomainFixture() = default;

void DomainFixture::signInAgain(const QString& user, const char* password)
{
    preferences.reset();
    reference.reset();
    outreach.reset();
    cases.reset();
    people.reset();
    audit.reset();
    context.reset();
    repositories.reset();
    session.reset();
    session = store.signIn(user, password);
    repositories = std::make_unique<storage::SqliteRepositories>(*session);
    context = std::make_unique<core::ServiceContext>(repositories->context(store.clock));
    REQUIRE(context->calendar.zone() == QTimeZone("America/Montreal"));
    audit = std::make_unique<core::AuditService>(*context);
    people = std::make_unique<core::PeopleService>(*context);
    cases = std::make_unique<core::CaseService>(*context);
    outreach = std::make_unique<core::OutreachService>(*context, *cases);
    reference = std::make_unique<core::ReferenceService>(*context);
    preferences = std::make_unique<core::PreferenceService>(*context);
}

qint64 DomainFixture::typeId(const char* code)
{
    for (const core::InterventionType& type : require(reference->interventionTypes())) {
        if (type.code == QLatin1String(code)) {
            return type.id;
        }
    }
    FAIL(std::string("no intervention type ") + code);
    return 0;
}

core::PartnerOrganisation DomainFixture::addPartner(const char* code, const QString& name)
{
    core::PartnerOrganisation partner;
    partner.code = QString::fromLatin1(code);
    partner.name = name;
    partner.territoryId = territory.id;
    return require(reference->savePartner(lea, partner));
}

core::Person DomainFixture::addPerson(const core::UserAccount& by, const QString& firstName, const QString& lastName,
                                      std::optional<QDate> birthDate)
{
    core::Person person;
    person.firstName = firstName;
    person.lastName = lastName;
    person.birthDate = birthDate;
    person.gender = core::Gender::Unknown;
    person.language = core::Language::French;
    person.territoryId = territory.id;
    person.housingSituation = core::HousingSituation::Street;
    person.housingSince = store.clock.nowUtc().date().addMonths(-1);
    person.residencePermit = core::ResidencePermit::Yes;
    person.consent.givenOn = store.clock.nowUtc().date().addMonths(-1); // referring to a partner needs it
    return require(people->createPerson(by, person)).person;
}

core::Intervention DomainFixture::logIntervention(const core::UserAccount& worker, qint64 personId,
                                                  std::optional<QDateTime> when)
{
    core::Intervention intervention;
    intervention.occurredAt = when.value_or(store.clock.nowUtc());
    intervention.personId = personId;
    intervention.territoryId = territory.id;
    intervention.placeKind = core::PlaceKind::Park;
    intervention.typeIds = {typeId("helping_relationship")};
    return require(outreach->logIntervention(worker, intervention));
}

core::Case DomainFixture::admittedCase(const core::UserAccount& manager, qint64 personId)
{
    const core::Case opened = require(cases->openCase(manager, personId, programme.id, manager.id, true));
    return require(cases->admit(manager, opened.id));
}

} // namespace relais::test
