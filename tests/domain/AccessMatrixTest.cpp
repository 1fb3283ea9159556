#include "DomainFixture.h"

#include "core/Permissions.h"
#include "core/domain/RetentionService.h"
#include "core/domain/StatisticsService.h"
#include "core/exchange/ExportService.h"
#include "core/exchange/ImportService.h"
#include "storage/DataStore.h"
#include "storage/SqliteExchangeRepository.h"
#include "storage/SqliteRetentionRepository.h"
#include "storage/SqliteStatisticsRepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

// Issue 8, item 4: every service operation tried as each role over a real
// encrypted store, against an explicit table of what each role may do. The table
// is written out here by hand — never computed from Permissions or AccessPolicy —
// so a change of the rules makes this test fail until the table (and the copy in
// docs/security.md, which the last test compares) is updated on purpose.
//
// Each attempt runs inside an outer unit of work that is rolled back, so every
// operation meets the same database: a person (A) whom marie met and whose case
// she manages, a candidate at intake (C), a person with no case (D), a partner
// organisation and a referral. "Allowed" means the operation succeeded;
// "denied" means PermissionDenied. Any other outcome fails the test, so each
// operation is set up to succeed when it is allowed.
//
// Regenerating the doc table: RELAIS_WRITE_ACCESS_MATRIX=1 relais_domain_tests "[access]"
// rewrites the table between the access-matrix markers of docs/security.md.

using namespace relais;
using namespace relais::core;

namespace {

enum class Actor { OwnCaseManager, OtherCaseManager, TeamLead, Admin };
constexpr Actor kActors[] = {Actor::OwnCaseManager, Actor::OtherCaseManager, Actor::TeamLead, Actor::Admin};
constexpr const char* kActorHeadings[]
    = {"Case manager (own file)", "Case manager (another's file)", "Team lead", "Administrator"};

// The expected table: one row per operation, one letter per actor in kActors
// order: A allowed, D denied.
struct Expected
{
    const char* area;
    const char* operation;
    const char* cells; // e.g. "AADA"
};

// clang-format off
constexpr Expected kExpected[] = {
    // People and client files
    {"People", "createPerson",          "AAAD"},
    {"People", "possibleDuplicates",    "AAAA"},
    {"People", "search",                "AAAA"},
    {"People", "summary",               "AAAA"},
    {"People", "listPeople",            "AAAA"},
    {"People", "countPeople",           "AAAA"},
    {"People", "accessFacts",           "AAAA"},
    {"People", "openFile",              "ADAA"},
    {"People", "updatePerson",          "ADAD"},
    {"People", "addNote",               "ADAD"},
    {"People", "notes",                 "AAAA"},
    {"People", "merge",                 "ADAD"},
    // Cases
    {"Cases", "openCase",               "ADAD"},
    {"Cases", "recordRequest",          "ADAD"},
    {"Cases", "admit",                  "ADAD"},
    {"Cases", "decline",                "ADAD"},
    {"Cases", "placeOnWaitingList",     "ADAD"},
    {"Cases", "assign",                 "DDAD"},
    {"Cases", "recordAssessment",       "ADAD"},
    {"Cases", "addGoal",                "ADAD"},
    {"Cases", "recordGoalOutcome",      "ADAD"},
    {"Cases", "recordSatisfaction",     "ADAD"},
    {"Cases", "setNextContactDue",      "ADAD"},
    {"Cases", "advance",                "ADAD"},
    {"Cases", "earlyExit",              "ADAD"},
    {"Cases", "reopen",                 "ADAD"},
    {"Cases", "caseById",               "ADAA"},
    {"Cases", "casesOfPerson",          "ADAA"},
    {"Cases", "missingForNextStep",     "ADAA"},
    {"Cases", "eligibilityWarnings",    "ADAA"},
    {"Cases", "history",                "ADAA"},
    {"Cases", "goals",                  "ADAA"},
    {"Cases", "caseload (own)",         "AAAA"},
    {"Cases", "caseload (marie's)",     "ADAD"},
    {"Cases", "activeCaseCount",        "AAAA"},
    {"Cases", "waitingList",            "AAAD"},
    {"Cases", "intakeQueue",            "AAAD"},
    {"Cases", "overdueCases",           "AAAA"},
    // Outreach
    {"Outreach", "logIntervention",     "AAAD"},
    {"Outreach", "logAnonymousContact", "AAAD"},
    {"Outreach", "interventionsOf",     "ADAA"},
    {"Outreach", "recentInterventions", "AAAD"},
    {"Outreach", "encounters",          "DDAD"},
    {"Outreach", "logGroupSession",     "AAAD"},
    {"Outreach", "recentGroupSessions", "AAAD"},
    {"Outreach", "referToPartner",      "ADAD"},
    {"Outreach", "setReferralStatus",   "ADAD"},
    {"Outreach", "receiveReferral",     "AAAD"},
    {"Outreach", "referralsOf",         "ADAA"},
    // Reference lists, partners, programmes
    {"Reference lists", "territoryNamed (new)",      "DDAA"},
    {"Reference lists", "problemNamed (new)",        "DDAA"},
    {"Reference lists", "addInterventionType",       "DDAA"},
    {"Reference lists", "savePartner",               "DDAA"},
    {"Reference lists", "saveProgramme",             "DDAA"},
    {"Reference lists", "renameTerritory",           "DDAA"},
    {"Reference lists", "renameProblem",             "DDAA"},
    {"Reference lists", "relabelInterventionType",   "DDAA"},
    {"Reference lists", "mergeTerritories",          "DDAA"},
    {"Reference lists", "mergeProblems",             "DDAA"},
    {"Reference lists", "mergeInterventionTypes",    "DDAA"},
    {"Reference lists", "mergePartners",             "DDAA"},
    // Other services
    {"Preferences", "value / setValue (own)",        "AAAA"},
    {"Statistics", "activityReport",                 "DDAA"},
    {"Retention", "retentionYears",                  "AAAA"},
    {"Retention", "setRetentionYears",               "DDDA"},
    {"Retention", "dueForRetention",                 "DDDA"},
    {"Retention", "applyRetention",                  "DDDA"},
    {"Retention", "erasePerson",                     "DDAA"},
    {"Audit", "historyOfPerson",                     "ADAA"},
    {"Exchange", "import (partners.csv)",            "DDAA"},
    {"Exchange", "export",                           "AAAA"},
    // Accounts and keys (core::Action)
    {"Accounts (Action)", "addUser (ManageUsers)",        "DDDA"},
    {"Accounts (Action)", "changeRole (ManageUsers)",     "DDDA"},
    {"Accounts (Action)", "removeUser (ManageUsers)",     "DDDA"},
    {"Accounts (Action)", "rekey (RekeyDatabase)",        "DDDA"},
    {"Accounts (Action)", "relais check (CheckDatabase)", "AAAA"},
};
// clang-format on

struct Outcome
{
    char cell = '?'; // A, D, or ? for any other failure
    std::string detail;
};

template <typename R> Outcome outcomeOf(const R& result)
{
    if (result.ok()) {
        return {'A', {}};
    }
    if (result.error().code == ErrorCode::PermissionDenied) {
        return {'D', {}};
    }
    return {'?', result.error().userMessage.toStdString() + " / " + result.error().detail};
}

// Stops at the first failed step of a set-up, as the outcome of the cell.
#define SETUP(expression)                                                                                              \
    do {                                                                                                               \
        if (auto setupResult = (expression); !setupResult.ok()) {                                                      \
            return Outcome {'?',                                                                                       \
                            "set-up failed: " + setupResult.error().userMessage.toStdString() + " / "                  \
                                + setupResult.error().detail};                                                         \
        }                                                                                                              \
    } while (false)

struct World : test::DomainFixture
{
    Person personA; // marie met A and manages A's case
    Case caseA; // admitted: assessment
    Person personC; // a candidate of marie's at intake
    Case caseC;
    Person personD; // created by marie, no case
    PartnerOrganisation partner;
    Referral referral;
    Territory sherbrooke;
    Problem toxicomanie;
    std::unique_ptr<StatisticsService> statistics;
    std::unique_ptr<storage::SqliteStatisticsRepository> statisticsRepository;
    std::unique_ptr<storage::SqliteExchangeRepository> exchange;
    std::unique_ptr<storage::SqliteRetentionRepository> retentionRepository;
    std::unique_ptr<RetentionService> retention;
    QTemporaryDir exportDir;

    World()
    {
        personA = addPerson(marie, QStringLiteral("Hélène"), QStringLiteral("Tremblay"), QDate(1961, 4, 12));
        logIntervention(marie, personA.id);
        caseA = admittedCase(marie, personA.id);
        personC = addPerson(marie, QStringLiteral("Jean"), QStringLiteral("Roy"));
        auto opened = cases->openCase(marie, personC.id, programme.id, marie.id, false);
        REQUIRE(opened);
        caseC = *opened;
        personD = addPerson(marie, QStringLiteral("Luc"), QStringLiteral("Côté"));
        partner = addPartner("CLSC", QStringLiteral("CLSC de Magog"));
        auto referred = outreach->referToPartner(marie, personA.id, partner.id, QStringLiteral("santé"));
        REQUIRE(referred);
        referral = *referred;
        auto namedTerritory = reference->territoryNamed(lea, QStringLiteral("Sherbrooke"));
        REQUIRE(namedTerritory);
        sherbrooke = *namedTerritory;
        auto problem = reference->problemNamed(lea, QStringLiteral("Toxicomanie"));
        REQUIRE(problem);
        toxicomanie = *problem;
        statisticsRepository = std::make_unique<storage::SqliteStatisticsRepository>(session->db());
        statistics = std::make_unique<StatisticsService>(*context, *statisticsRepository);
        exchange = std::make_unique<storage::SqliteExchangeRepository>(*session);
        retentionRepository = std::make_unique<storage::SqliteRetentionRepository>(session->db());
        retention = std::make_unique<RetentionService>(*context, *retentionRepository);
    }

    const UserAccount& account(Actor actor) const
    {
        switch (actor) {
        case Actor::OwnCaseManager:
            return marie;
        case Actor::OtherCaseManager:
            return paul;
        case Actor::TeamLead:
            return lea;
        case Actor::Admin:
            break;
        }
        return admin;
    }

    // Runs one attempt in a unit of work that is then rolled back.
    Outcome attempt(const std::function<Outcome()>& operation)
    {
        auto outer = context->transactions.begin();
        REQUIRE(outer);
        return operation();
    }

    // Case A taken by the team lead to the evaluation stage; returns its goal.
    Result<Goal> toEvaluation()
    {
        if (auto status = cases->recordAssessment(lea, caseA.id, QStringLiteral("Besoins"), QStringLiteral("Forces"),
                                                  QStringLiteral("Ressources"));
            !status) {
            return status.error();
        }
        auto goal
            = cases->addGoal(lea, caseA.id, QStringLiteral("Logement"), QStringLiteral("Visites"), QDate(2026, 6, 1));
        if (!goal) {
            return goal.error();
        }
        for (int step = 0; step < 3; ++step) { // planning, monitoring, evaluation
            if (step == 2) {
                logIntervention(lea, personA.id);
            }
            auto advanced = cases->advance(lea, caseA.id);
            if (!advanced) {
                return advanced.error();
            }
        }
        return goal;
    }

    Intervention interventionWith(qint64 personId)
    {
        Intervention intervention;
        intervention.occurredAt = store.clock.nowUtc();
        intervention.personId = personId;
        intervention.territoryId = territory.id;
        intervention.placeKind = PlaceKind::Park;
        intervention.typeIds = {typeId("helping_relationship")};
        return intervention;
    }
};

using Operation = std::function<Outcome(World&, const UserAccount&)>;

std::map<std::string, Operation> serviceOperations()
{
    std::map<std::string, Operation> ops;
    // People
    ops["createPerson"] = [](World& w, const UserAccount& u) {
        Person person;
        person.alias = QStringLiteral("Manteau rouge");
        person.territoryId = w.territory.id;
        return outcomeOf(w.people->createPerson(u, person));
    };
    ops["possibleDuplicates"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.people->possibleDuplicates(u, w.personA)); };
    ops["search"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.people->search(u, QStringLiteral("trem"))); };
    ops["summary"] = [](World& w, const UserAccount& u) { return outcomeOf(w.people->summary(u, w.personA.id)); };
    ops["listPeople"] = [](World& w, const UserAccount& u) { return outcomeOf(w.people->listPeople(u, 0, 50)); };
    ops["countPeople"] = [](World& w, const UserAccount& u) { return outcomeOf(w.people->countPeople(u)); };
    ops["accessFacts"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.people->accessFacts(u, w.personA.id)); };
    ops["openFile"] = [](World& w, const UserAccount& u) { return outcomeOf(w.people->openFile(u, w.personA.id)); };
    ops["updatePerson"] = [](World& w, const UserAccount& u) {
        auto file = w.people->openFile(w.lea, w.personA.id);
        SETUP(file);
        Person person = *file;
        person.alias = QStringLiteral("Lili");
        return outcomeOf(w.people->updatePerson(u, person));
    };
    ops["addNote"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.people->addNote(u, w.personA.id, QStringLiteral("Rendez-vous jeudi"), false));
    };
    ops["notes"] = [](World& w, const UserAccount& u) { return outcomeOf(w.people->notes(u, w.personA.id)); };
    ops["merge"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.people->merge(u, w.personA.id, w.personD.id)); };
    // Cases
    ops["openCase"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.cases->openCase(u, w.personD.id, w.programme.id, w.marie.id, true));
    };
    ops["recordRequest"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->recordRequest(u, w.caseC.id)); };
    ops["admit"] = [](World& w, const UserAccount& u) {
        SETUP(w.cases->recordRequest(w.lea, w.caseC.id));
        return outcomeOf(w.cases->admit(u, w.caseC.id));
    };
    ops["decline"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.cases->decline(u, w.caseC.id, QStringLiteral("hors territoire")));
    };
    ops["placeOnWaitingList"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->placeOnWaitingList(u, w.caseC.id)); };
    ops["assign"] = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->assign(u, w.caseA.id, w.paul.id)); };
    ops["recordAssessment"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.cases->recordAssessment(u, w.caseA.id, QStringLiteral("Besoins"), QStringLiteral("Forces"),
                                                   QStringLiteral("Ressources")));
    };
    ops["addGoal"] = [](World& w, const UserAccount& u) {
        return outcomeOf(
            w.cases->addGoal(u, w.caseA.id, QStringLiteral("Logement"), QStringLiteral("Visites"), QDate(2026, 6, 1)));
    };
    ops["recordGoalOutcome"] = [](World& w, const UserAccount& u) {
        auto goal = w.toEvaluation();
        SETUP(goal);
        return outcomeOf(w.cases->recordGoalOutcome(u, w.caseA.id, goal->id, GoalOutcome::Partly));
    };
    ops["recordSatisfaction"] = [](World& w, const UserAccount& u) {
        SETUP(w.toEvaluation());
        return outcomeOf(w.cases->recordSatisfaction(u, w.caseA.id, 4));
    };
    ops["setNextContactDue"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.cases->setNextContactDue(u, w.caseA.id, QDate(2026, 3, 10)));
    };
    ops["advance"] = [](World& w, const UserAccount& u) {
        SETUP(w.cases->recordAssessment(w.lea, w.caseA.id, QStringLiteral("Besoins"), QStringLiteral("Forces"),
                                        QStringLiteral("Ressources")));
        return outcomeOf(w.cases->advance(u, w.caseA.id));
    };
    ops["earlyExit"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.cases->earlyExit(u, w.caseA.id, ExitReason::LostContact));
    };
    ops["reopen"] = [](World& w, const UserAccount& u) {
        SETUP(w.cases->earlyExit(w.lea, w.caseA.id, ExitReason::LostContact));
        return outcomeOf(w.cases->reopen(u, w.caseA.id));
    };
    ops["caseById"] = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->caseById(u, w.caseA.id)); };
    ops["casesOfPerson"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->casesOfPerson(u, w.personA.id)); };
    ops["missingForNextStep"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->missingForNextStep(u, w.caseA.id)); };
    ops["eligibilityWarnings"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->eligibilityWarnings(u, w.caseA.id)); };
    ops["history"] = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->history(u, w.caseA.id)); };
    ops["goals"] = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->goals(u, w.caseA.id)); };
    ops["caseload (own)"] = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->caseload(u, u.id)); };
    ops["caseload (marie's)"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->caseload(u, w.marie.id)); };
    ops["activeCaseCount"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->activeCaseCount(u, u.id, w.programme.id)); };
    ops["waitingList"] = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->waitingList(u)); };
    ops["intakeQueue"] = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->intakeQueue(u)); };
    ops["overdueCases"] = [](World& w, const UserAccount& u) { return outcomeOf(w.cases->overdueCases(u)); };
    // Outreach
    ops["logIntervention"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.outreach->logIntervention(u, w.interventionWith(w.personA.id)));
    };
    ops["logAnonymousContact"] = [](World& w, const UserAccount& u) {
        Person anonymous;
        anonymous.description = QStringLiteral("homme, manteau rouge");
        return outcomeOf(w.outreach->logAnonymousContact(u, anonymous, w.interventionWith(0)));
    };
    ops["interventionsOf"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.outreach->interventionsOf(u, w.personA.id)); };
    ops["recentInterventions"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.outreach->recentInterventions(u)); };
    ops["encounters"] = [](World& w, const UserAccount& u) {
        EncounterSelection selection;
        selection.from = QDate(2026, 1, 1);
        selection.to = QDate(2026, 12, 31);
        return outcomeOf(w.outreach->encounters(u, selection, 100));
    };
    ops["logGroupSession"] = [](World& w, const UserAccount& u) {
        GroupSession session;
        session.occurredAt = w.store.clock.nowUtc();
        session.groupName = QStringLiteral("Café-rencontre");
        session.territoryId = w.territory.id;
        session.anonymousHeadCount = 5;
        return outcomeOf(w.outreach->logGroupSession(u, session));
    };
    ops["recentGroupSessions"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.outreach->recentGroupSessions(u)); };
    ops["referToPartner"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.outreach->referToPartner(u, w.personA.id, w.partner.id, QStringLiteral("santé")));
    };
    ops["setReferralStatus"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.outreach->setReferralStatus(u, w.referral.id, ReferralStatus::Accepted));
    };
    ops["receiveReferral"] = [](World& w, const UserAccount& u) {
        return outcomeOf(
            w.outreach->receiveReferral(u, w.personD.id, w.partner.id, w.programme.id, QStringLiteral("orientation")));
    };
    ops["referralsOf"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.outreach->referralsOf(u, w.personA.id)); };
    // Reference lists
    ops["territoryNamed (new)"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.reference->territoryNamed(u, QStringLiteral("Stanstead")));
    };
    ops["problemNamed (new)"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.reference->problemNamed(u, QStringLiteral("Isolement social")));
    };
    ops["addInterventionType"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.reference->addInterventionType(u, QStringLiteral("laundry"), QStringLiteral("Buanderie"),
                                                          QStringLiteral("Laundry")));
    };
    ops["savePartner"] = [](World& w, const UserAccount& u) {
        PartnerOrganisation partner;
        partner.code = QStringLiteral("SOUPE");
        partner.name = QStringLiteral("Soupe populaire");
        return outcomeOf(w.reference->savePartner(u, partner));
    };
    ops["saveProgramme"] = [](World& w, const UserAccount& u) {
        Programme programme = w.programme;
        programme.caseloadCap = 12;
        return outcomeOf(w.reference->saveProgramme(u, programme));
    };
    ops["renameTerritory"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.reference->renameTerritory(u, w.sherbrooke.id, QStringLiteral("Sherbrooke (ville)")));
    };
    ops["renameProblem"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.reference->renameProblem(u, w.toxicomanie.id, QStringLiteral("Dépendances")));
    };
    ops["relabelInterventionType"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.reference->relabelInterventionType(u, w.typeId("helping_relationship"),
                                                              QStringLiteral("Relation d'aide"),
                                                              QStringLiteral("Helping relationship")));
    };
    ops["mergeTerritories"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.reference->mergeTerritories(u, w.territory.id, {w.sherbrooke.id}));
    };
    ops["mergeProblems"] = [](World& w, const UserAccount& u) {
        auto other = w.reference->problemNamed(w.lea, QStringLiteral("Drogues"));
        SETUP(other);
        return outcomeOf(w.reference->mergeProblems(u, w.toxicomanie.id, {other->id}));
    };
    ops["mergeInterventionTypes"] = [](World& w, const UserAccount& u) {
        auto added = w.reference->addInterventionType(w.lea, QStringLiteral("laundry"), QStringLiteral("Buanderie"),
                                                      QStringLiteral("Laundry"));
        SETUP(added);
        return outcomeOf(w.reference->mergeInterventionTypes(u, w.typeId("helping_relationship"), {added->id}));
    };
    ops["mergePartners"] = [](World& w, const UserAccount& u) {
        PartnerOrganisation twin;
        twin.code = QStringLiteral("CLSC2");
        twin.name = QStringLiteral("CLSC Magog");
        auto saved = w.reference->savePartner(w.lea, twin);
        SETUP(saved);
        return outcomeOf(w.reference->mergePartners(u, w.partner.id, {saved->id}));
    };
    // Other services
    ops["value / setValue (own)"] = [](World& w, const UserAccount& u) {
        SETUP(w.preferences->setValue(u, QStringLiteral("last_place"), QStringLiteral("park")));
        return outcomeOf(w.preferences->value(u, QStringLiteral("last_place")));
    };
    ops["activityReport"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.statistics->activityReport(u, ReportPeriod {QDate(2026, 1, 1), QDate(2026, 12, 31)}));
    };
    ops["retentionYears"] = [](World& w, const UserAccount& u) { return outcomeOf(w.retention->retentionYears(u)); };
    ops["setRetentionYears"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.retention->setRetentionYears(u, 5)); };
    ops["dueForRetention"] = [](World& w, const UserAccount& u) {
        return outcomeOf(w.retention->dueForRetention(u, w.context->calendar.today(w.store.clock)));
    };
    ops["applyRetention"] // nobody is due in this world: allowed means it ran and found no one
        = [](World& w, const UserAccount& u) {
              return outcomeOf(w.retention->applyRetention(u, w.context->calendar.today(w.store.clock)));
          };
    // Committed (erasure overwrites the freed pages, which a rolled-back unit cannot
    // hold): each attempt on a person of its own, with no case.
    ops["erasePerson"] = [](World& w, const UserAccount& u) {
        const Person person = w.addPerson(w.lea, QStringLiteral("Rita"), QStringLiteral("Efface"));
        return outcomeOf(w.retention->erasePerson(u, person.uuid));
    };
    ops["historyOfPerson"]
        = [](World& w, const UserAccount& u) { return outcomeOf(w.audit->historyOfPerson(u, w.personA.id)); };
    ops["import (partners.csv)"] = [](World& w, const UserAccount& u) {
        ImportService importer(*w.context, *w.exchange);
        return outcomeOf(
            importer.importData(u, ExchangeKind::Partners, QByteArrayView("code,name\nMHR,Maison d'hébergement\n")));
    };
    ops["export"] = [](World& w, const UserAccount& u) {
        ExportService exporter(*w.context, *w.exchange);
        QTemporaryDir folder;
        return outcomeOf(exporter.exportTo(u, folder.path()));
    };
    return ops;
}

// The core::Action rows, on DataStore with a session of each role (committed: run
// after the service rows, administrator last since its attempts succeed).
std::map<std::string, Outcome> accountOutcomes(World& w, Actor actor)
{
    const UserAccount who = w.account(actor);
    w.statistics.reset();
    w.statisticsRepository.reset();
    w.retention.reset();
    w.retentionRepository.reset();
    w.exchange.reset();
    w.signInAgain(who.userName, actor == Actor::Admin ? test::kAdminPassword : "fixture-password");
    storage::Session& session = *w.session;
    std::map<std::string, Outcome> outcomes;
    const QString newcomer = QStringLiteral("newcomer");
    outcomes["addUser (ManageUsers)"] = outcomeOf(storage::DataStore::addUser(
        session, newcomer, Role::CaseManager, "newcomer-password", storage::KdfParams::fastForTests(), w.store.clock));
    const QString target = actor == Actor::Admin ? newcomer : QStringLiteral("paul");
    outcomes["changeRole (ManageUsers)"]
        = outcomeOf(storage::DataStore::changeRole(session, target, Role::TeamLead, w.store.clock));
    outcomes["removeUser (ManageUsers)"] = outcomeOf(storage::DataStore::removeUser(session, target, w.store.clock));
    outcomes["rekey (RekeyDatabase)"] = outcomeOf(storage::DataStore::rekey(session));
    outcomes["relais check (CheckDatabase)"] = outcomeOf(requirePermission(who.role, Action::CheckDatabase));
    return outcomes;
}

QString markdownTable()
{
    QString table = QStringLiteral("| Area | Operation |");
    for (const char* heading : kActorHeadings) {
        table += QLatin1Char(' ') + QString::fromUtf8(heading) + QStringLiteral(" |");
    }
    table += QStringLiteral("\n|---|---|");
    for (std::size_t i = 0; i < std::size(kActors); ++i) {
        table += QStringLiteral(":-:|");
    }
    table += QLatin1Char('\n');
    for (const Expected& row : kExpected) {
        table += QStringLiteral("| %1 | `%2` |").arg(QString::fromUtf8(row.area), QString::fromUtf8(row.operation));
        for (std::size_t i = 0; i < std::size(kActors); ++i) {
            table += row.cells[i] == 'A' ? QStringLiteral(" allowed |") : QStringLiteral(" **denied** |");
        }
        table += QLatin1Char('\n');
    }
    table += QStringLiteral("| Accounts | sign in with a removed account | — | — | — | **denied** (any role) |\n");
    return table;
}

const QString kBeginMarker
    = QStringLiteral("<!-- access-matrix:begin (generated by tests/domain/AccessMatrixTest.cpp) -->\n");
const QString kEndMarker = QStringLiteral("<!-- access-matrix:end -->");

} // namespace

TEST_CASE("Every service operation is allowed or denied to each role as the access table says", "[domain][access]")
{
    World w;
    const auto operations = serviceOperations();
    std::size_t services = 0;
    std::size_t mismatches = 0;
    for (const Expected& row : kExpected) {
        const auto op = operations.find(row.operation);
        if (op == operations.end()) {
            continue; // an account row, below
        }
        ++services;
        for (std::size_t i = 0; i < std::size(kActors); ++i) {
            const bool committed = std::string_view(row.operation) == "erasePerson";
            const Outcome outcome = committed ? op->second(w, w.account(kActors[i]))
                                              : w.attempt([&] { return op->second(w, w.account(kActors[i])); });
            INFO(row.operation << " as " << kActorHeadings[i] << ": expected " << row.cells[i] << ", got "
                               << outcome.cell << ' ' << outcome.detail);
            CHECK(outcome.cell == row.cells[i]);
            mismatches += outcome.cell != row.cells[i];
        }
    }
    // Every operation named in the table exists here, and only those.
    CHECK(services + 5 == std::size(kExpected));
    CHECK(operations.size() == services);

    for (const Actor actor : kActors) {
        if (actor == Actor::OtherCaseManager) {
            continue; // same role as the own-file case manager: the same answers
        }
        const auto outcomes = accountOutcomes(w, actor);
        for (const Expected& row : kExpected) {
            const auto found = outcomes.find(row.operation);
            if (found == outcomes.end()) {
                continue;
            }
            const std::size_t i = static_cast<std::size_t>(actor);
            INFO(row.operation << " as " << kActorHeadings[i] << ": expected " << row.cells[i] << ", got "
                               << found->second.cell << ' ' << found->second.detail);
            CHECK(found->second.cell == row.cells[i]);
            CHECK(row.cells[1] == row.cells[0]);
        }
    }
}

TEST_CASE("A removed account can no longer sign in, whatever its role was", "[domain][access]")
{
    test::DomainFixture f;
    REQUIRE(storage::DataStore::removeUser(*f.session, QStringLiteral("lea"), f.store.clock));
    auto signIn = storage::DataStore::unlock(f.store.path, QStringLiteral("lea"), "fixture-password", f.store.clock);
    REQUIRE_FALSE(signIn);
    CHECK(signIn.error().code == ErrorCode::AuthenticationFailed);
}

TEST_CASE("The access matrix in docs/security.md is the table this test checks", "[domain][access]")
{
    const QString path = QStringLiteral(RELAIS_SOURCE_DIR "/docs/security.md");
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString doc = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype begin = doc.indexOf(kBeginMarker);
    const qsizetype end = doc.indexOf(kEndMarker);
    REQUIRE(begin >= 0);
    REQUIRE(end > begin);
    const qsizetype tableStart = begin + kBeginMarker.size();
    const QString table = markdownTable();
    if (qEnvironmentVariableIsSet("RELAIS_WRITE_ACCESS_MATRIX")) {
        doc.replace(tableStart, end - tableStart, table);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(doc.toUtf8());
        return;
    }
    INFO("Regenerate with RELAIS_WRITE_ACCESS_MATRIX=1 relais_domain_tests \"[access]\"");
    CHECK(doc.mid(tableStart, end - tableStart).toStdString() == table.toStdString());
}
