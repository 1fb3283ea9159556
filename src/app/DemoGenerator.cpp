#include "DemoGenerator.h"

#include "core/exchange/ImportService.h"
#include "storage/DataStore.h"
#include "storage/SqliteExchangeRepository.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <random>

using namespace Qt::Literals::StringLiterals;

namespace relais::app {

using namespace relais::core;

namespace {

// A clock the generator walks forward through the demo year, so records get
// realistic dates through the services' own clock seam.
class WalkingClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

const char* const kFirstNames[] = {"Hélène", "François", "Zoé", "Gaëtan", "Noémie", "Jérôme", "Chloé", "Benoît",
                                    "Josée", "Réjean", "Amélie", "Stéphane", "Mélanie", "André", "Léa", "Émile",
                                    "Geneviève", "Frédéric", "Maëlle", "Raphaël", "Sarah", "Kevin", "Jessica",
                                    "Michael", "Emily", "Patrick", "Ashley", "Ryan", "Fatima", "Youssef", "Aïcha",
                                    "Karim", "Nathalie", "Sébastien", "Valérie", "Ginette", "Jacques", "Ève"};
const char* const kLastNames[] = {"Côté", "Tremblay", "Gagnon", "Roy", "Bélanger", "Lévesque", "Bouchard", "Gauthier",
                                   "Ménard", "Pelletier", "Dubé", "Bérubé", "Lefèbvre", "Thériault", "Poirier",
                                   "Fortin", "Smith", "Johnson", "Brown", "Wilson", "O’Connor", "MacDonald",
                                   "Benali", "Haddad", "Nguyen", "De Taye", "Vandenberghe", "Dupont", "Lambert"};
const char* const kAliases[] = {"Ti-Jean", "le grand", "Manteau rouge", "la Chouette", "Mimi", "Bob du parc",
                                "Grand Louis", "Sunny", "la Belette", "Doc", "Capitaine", "Frisé"};
const char* const kDescriptions[] = {"homme, la cinquantaine, chien noir", "femme, sac à dos vert",
                                     "jeune homme, casquette", "homme âgé, canne", "femme, manteau beige"};
// Skewed shares, as in seed 002: more than half in Magog.
const std::pair<const char*, int> kTerritories[] = {
    {"Magog", 52}, {"Potton", 25}, {"Stanstead", 18}, {"Ayer’s Cliff", 3}, {"Orford", 2}};
const char* const kProblems[] = {"Santé mentale", "Toxicomanie", "Judiciarisation", "Itinérance", "Isolement social",
                                 "Logement", "Santé physique", "Violence conjugale", "Endettement", "Emploi",
                                 "Alcool", "Deuil", "Perte d’autonomie", "Décrochage scolaire"};
const std::pair<const char*, const char*> kPartners[] = {
    {"CIUSSS", "CIUSSS de l’Estrie – CHUS"}, {"LAUB", "Maison de Lauberivière"},
    {"CJE", "Carrefour Jeunesse emploi Memphrémagog"}, {"ELAN", "Centre l’Élan"},
    {"OMH", "Office municipal d’habitation de Magog"}, {"TOWN", "Association des Townshippers"},
    {"HAND", "Han-Droits"}, {"ZONE", "Zone libre Memphrémagog"}, {"BANQ", "Banque alimentaire"},
    {"CLSC", "CLSC de Magog"}};
const char* const kCaseManagers[] = {"marie", "jean", "sophie", "karim"};
// Seed 002's most common types first.
const std::pair<const char*, int> kTypeWeights[] = {{"helping_relationship", 30}, {"socialisation", 22},
                                                    {"information", 16}, {"referral", 12}, {"accompaniment", 10},
                                                    {"crisis_intervention", 4}, {"advocacy", 3}, {"material_help", 3}};

template <typename T, std::size_t N>
const T& pick(std::mt19937_64& rng, const T (&items)[N])
{
    return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

template <typename T, std::size_t N>
std::size_t pickWeighted(std::mt19937_64& rng, const std::pair<T, int> (&items)[N])
{
    int total = 0;
    for (const auto& item : items) {
        total += item.second;
    }
    int roll = std::uniform_int_distribution<int>(0, total - 1)(rng);
    for (std::size_t i = 0; i < N; ++i) {
        roll -= items[i].second;
        if (roll < 0) {
            return i;
        }
    }
    return N - 1;
}

template <typename T>
T require(Result<T> result, const char* what)
{
    if (!result) {
        throw std::runtime_error(std::string(what) + ": " + result.error().detail);
    }
    return std::move(result).value();
}

void require(const Status& status, const char* what)
{
    if (!status) {
        throw std::runtime_error(std::string(what) + ": " + status.error().detail);
    }
}

// A new demo store (time zone America/Montreal) with its administrator, the
// team lead and `managers` as case managers, all with the demo password.
Status createDemoStore(const QString& path, const QStringList& managers, const Clock& clock)
{
    storage::DataStore::NewStore spec;
    spec.path = path;
    spec.organisation = u"Équipe Ressources Relais (démo)"_s;
    spec.adminUserName = u"admin"_s;
    spec.adminPassword = DemoGenerator::kPassword;
    spec.kdf = storage::KdfParams::fromEnvironment();
    if (auto created = storage::DataStore::create(spec, clock); !created) {
        return created.error();
    }
    auto admin = storage::DataStore::unlock(path, u"admin"_s, DemoGenerator::kPassword, clock);
    if (!admin) {
        return admin.error();
    }
    if (auto status = (*admin)->db().exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('time_zone', "
                                          "'America/Montreal')");
        !status) {
        return status.error();
    }
    if (auto user = storage::DataStore::addUser(**admin, QString::fromLatin1(DemoGenerator::kTeamLead), Role::TeamLead,
                                                DemoGenerator::kPassword, spec.kdf, clock);
        !user) {
        return user.error();
    }
    for (const QString& name : managers) {
        if (auto user
            = storage::DataStore::addUser(**admin, name, Role::CaseManager, DemoGenerator::kPassword, spec.kdf, clock);
            !user) {
            return user.error();
        }
    }
    return {};
}

} // namespace

Result<DemoGenerator::Summary> DemoGenerator::generate(const Options& options, const Clock& clock,
                                                       const std::function<void(int)>& progress)
{
    if (options.bulk) {
        return generateBulk(options, clock, progress);
    }
    std::mt19937_64 rng(options.seed);
    const QDateTime end = clock.nowUtc();
    const QDateTime start = end.addDays(-options.days);
    WalkingClock walking;
    walking.set(start);

    QStringList managerNames;
    for (const char* name : kCaseManagers) {
        managerNames << QString::fromLatin1(name);
    }
    if (auto created = createDemoStore(options.path, managerNames, walking); !created) {
        return created.error();
    }

    Summary summary;
    try {
        auto leadSession = require(storage::DataStore::unlock(options.path, QString::fromLatin1(kTeamLead), kPassword,
                                                              walking),
                                   "sign in");
        auto workspace = require(storage::Workspace::open(std::move(leadSession), walking), "workspace");
        const UserAccount lead = workspace->user();
        ServiceContext& context = workspace->context();
        auto unit = require(context.transactions.begin(), "begin");

        std::vector<UserAccount> managers;
        for (const UserAccount& user : require(workspace->reference().users(), "users")) {
            if (user.role == Role::CaseManager) {
                managers.push_back(user);
            }
        }
        std::vector<Territory> territories;
        for (const auto& [name, share] : kTerritories) {
            territories.push_back(require(workspace->reference().territoryNamed(lead, QString::fromUtf8(name)), "t"));
        }
        std::vector<Problem> problems;
        for (const char* label : kProblems) {
            problems.push_back(require(workspace->reference().problemNamed(lead, QString::fromUtf8(label)), "p"));
        }
        std::vector<PartnerOrganisation> partners;
        for (const auto& [code, name] : kPartners) {
            PartnerOrganisation partner;
            partner.code = QString::fromLatin1(code);
            partner.name = QString::fromUtf8(name);
            partner.kind = u"communautaire"_s;
            partner.territoryId = territories.front().id;
            partners.push_back(require(workspace->reference().savePartner(lead, partner), "partner"));
        }
        std::map<QString, qint64> typeIds;
        for (const InterventionType& type : require(workspace->reference().interventionTypes(), "types")) {
            typeIds[type.code] = type.id;
        }
        const Programme programme = require(workspace->reference().defaultProgramme(), "programme");

        // People arrive through the year; interventions follow them.
        struct Planned
        {
            qint64 at;    // seconds after start
            int kind;     // 0 person, 1 intervention
        };
        const qint64 span = start.secsTo(end) - 3600;
        std::vector<Planned> plan;
        const int initialPeople = std::max(1, options.people / 3);
        for (int i = 0; i < options.people; ++i) {
            plan.push_back({i < initialPeople ? 0 : std::uniform_int_distribution<qint64>(0, span)(rng), 0});
        }
        for (int i = 0; i < options.interventions; ++i) {
            plan.push_back({std::uniform_int_distribution<qint64>(60, span)(rng), 1});
        }
        std::stable_sort(plan.begin(), plan.end(), [](const Planned& a, const Planned& b) {
            return a.at < b.at || (a.at == b.at && a.kind < b.kind);
        });

        std::vector<Person> people;
        std::map<qint64, qint64> workerOf; // person -> the worker who usually meets them
        int done = 0;
        for (const Planned& step : plan) {
            walking.set(start.addSecs(step.at));
            if (step.kind == 0) {
                Person person;
                const bool anonymous = std::uniform_int_distribution<int>(0, 99)(rng) < 30;
                const auto territory = territories[pickWeighted(rng, kTerritories)];
                person.territoryId = territory.id;
                if (anonymous) {
                    person.alias = QString::fromUtf8(pick(rng, kAliases));
                    person.description = QString::fromUtf8(pick(rng, kDescriptions));
                    const int low = std::uniform_int_distribution<int>(2, 7)(rng) * 10;
                    person.ageBand = {low, low + 10};
                } else {
                    person.firstName = QString::fromUtf8(pick(rng, kFirstNames));
                    person.lastName = QString::fromUtf8(pick(rng, kLastNames));
                    if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) {
                        person.alias = QString::fromUtf8(pick(rng, kAliases));
                    }
                    const int age = std::uniform_int_distribution<int>(18, 84)(rng);
                    const QDate today = walking.nowUtc().date();
                    if (std::uniform_int_distribution<int>(0, 4)(rng) == 0) {
                        person.birthYear = today.year() - age;
                    } else {
                        person.birthDate = today.addYears(-age).addDays(-std::uniform_int_distribution<int>(0, 364)(rng));
                    }
                    person.gender = std::uniform_int_distribution<int>(0, 9)(rng) < 6 ? Gender::Male : Gender::Female;
                    person.language = std::uniform_int_distribution<int>(0, 9)(rng) < 8 ? Language::French
                                                                                         : Language::English;
                    const int months = std::uniform_int_distribution<int>(0, 12)(rng);
                    person.housingSituation = months > 10 ? HousingSituation::Housed
                                                          : static_cast<HousingSituation>(
                                                                std::uniform_int_distribution<int>(0, 5)(rng));
                    person.housingSince = today.addMonths(-months).addDays(-3);
                    person.residencePermit = std::uniform_int_distribution<int>(0, 9)(rng) < 9 ? ResidencePermit::Yes
                                                                                               : ResidencePermit::No;
                    if (std::uniform_int_distribution<int>(0, 19)(rng) == 0) {
                        person.safetyAlert = u"Rencontrer à deux"_s;
                    }
                    const int problemCount = std::uniform_int_distribution<int>(0, 3)(rng);
                    for (int p = 0; p < problemCount; ++p) {
                        const qint64 id = problems[std::uniform_int_distribution<std::size_t>(0, problems.size() - 1)(
                                                       rng)]
                                              .id;
                        if (std::find(person.problemIds.begin(), person.problemIds.end(), id)
                            == person.problemIds.end()) {
                            person.problemIds.push_back(id);
                        }
                    }
                }
                const UserAccount& worker = managers[std::uniform_int_distribution<std::size_t>(0, managers.size() - 1)(
                    rng)];
                const Person created = require(workspace->people().createPerson(worker, person), "person").person;
                workerOf[created.id] = worker.id;
                people.push_back(created);
                ++summary.people;
            } else if (!people.empty()) {
                // Recent arrivals are met more often.
                const std::size_t index = std::min(
                    people.size() - 1,
                    static_cast<std::size_t>(std::sqrt(std::uniform_real_distribution<double>(0.0, 1.0)(rng))
                                             * static_cast<double>(people.size())));
                const Person& person = people[index];
                Intervention intervention;
                intervention.occurredAt = walking.nowUtc();
                intervention.personId = person.id;
                intervention.territoryId = territories[pickWeighted(rng, kTerritories)].id;
                intervention.placeKind = static_cast<PlaceKind>(std::uniform_int_distribution<int>(0, 8)(rng));
                const int typeCount = 1 + (std::uniform_int_distribution<int>(0, 9)(rng) < 3 ? 1 : 0);
                for (int t = 0; t < typeCount; ++t) {
                    const qint64 id = typeIds[QString::fromLatin1(kTypeWeights[pickWeighted(rng, kTypeWeights)].first)];
                    if (std::find(intervention.typeIds.begin(), intervention.typeIds.end(), id)
                        == intervention.typeIds.end()) {
                        intervention.typeIds.push_back(id);
                    }
                }
                if (!person.problemIds.empty() && std::uniform_int_distribution<int>(0, 1)(rng) == 0) {
                    intervention.problemIds.push_back(person.problemIds.front());
                } else if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) {
                    intervention.problemIds.push_back(
                        problems[std::uniform_int_distribution<std::size_t>(0, problems.size() - 1)(rng)].id);
                }
                if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) {
                    intervention.referredPartnerIds.push_back(
                        partners[std::uniform_int_distribution<std::size_t>(0, partners.size() - 1)(rng)].id);
                }
                intervention.durationMinutes = std::uniform_int_distribution<int>(1, 12)(rng) * 5;
                const qint64 workerId = workerOf[person.id];
                const auto worker = std::find_if(managers.begin(), managers.end(),
                                                 [&](const UserAccount& u) { return u.id == workerId; });
                require(workspace->outreach().logIntervention(*worker, intervention), "intervention");
                ++summary.interventions;
            }
            if (progress && (++done % 200 == 0)) {
                progress(static_cast<int>(90LL * done / static_cast<long long>(plan.size())));
            }
        }

        // Cases at every stage, within each case manager's cap.
        walking.set(end.addSecs(-3600));
        CaseService& cases = workspace->cases();
        std::map<qint64, int> active;
        const Stage targets[] = {Stage::Intake,     Stage::Assessment, Stage::Planning, Stage::Monitoring,
                                 Stage::Evaluation, Stage::Exit,       Stage::Monitoring, Stage::Planning};
        int target = 0;
        for (const Person& person : people) {
            if (person.isAnonymous() || summary.cases >= static_cast<int>(managers.size()) * 9) {
                continue;
            }
            const qint64 managerId = workerOf[person.id];
            const UserAccount& manager = *std::find_if(managers.begin(), managers.end(),
                                                       [&](const UserAccount& u) { return u.id == managerId; });
            const Stage goal = targets[target++ % std::size(targets)];
            auto opened = cases.openCase(manager, person.id, programme.id, manager.id, goal != Stage::Intake);
            if (!opened) {
                continue;
            }
            ++summary.cases;
            if (goal == Stage::Intake) {
                continue;
            }
            if (active[managerId] >= programme.caseloadCap - 1) {
                require(cases.placeOnWaitingList(manager, opened->id), "waiting list");
                continue;
            }
            auto admitted = cases.admit(manager, opened->id);
            if (!admitted) {
                admitted = cases.admit(lead, opened->id, u"Situation urgente, validée en réunion d’équipe"_s);
            }
            if (!admitted) {
                require(cases.decline(lead, opened->id, u"Ne correspond pas au programme"_s), "decline");
                continue;
            }
            ++active[managerId];
            const qint64 id = opened->id;
            if (goal == Stage::Assessment) {
                continue;
            }
            require(cases.recordAssessment(manager, id, u"Perte de logement récente, isolement"_s,
                                           u"Motivation, liens familiaux"_s, u"Sœur à Sherbrooke"_s),
                    "assessment");
            require(cases.advance(manager, id), "to planning");
            if (goal == Stage::Planning) {
                continue;
            }
            require(cases.addGoal(manager, id, u"Trouver un logement stable"_s,
                                  u"Demande HLM, visites accompagnées"_s, end.date().addMonths(3)),
                    "goal");
            require(cases.addGoal(manager, id, u"Renouer avec le CLSC"_s, u"Accompagnement au premier rendez-vous"_s,
                                  end.date().addMonths(1)),
                    "goal");
            require(cases.advance(manager, id), "to monitoring");
            require(cases.setNextContactDue(manager, id,
                                            end.date().addDays(std::uniform_int_distribution<int>(-10, 14)(rng))),
                    "next contact");
            if (goal == Stage::Monitoring) {
                continue;
            }
            Intervention visit;
            visit.occurredAt = walking.nowUtc();
            visit.personId = person.id;
            visit.territoryId = person.territoryId;
            visit.placeKind = PlaceKind::Office;
            visit.typeIds = {typeIds[u"accompaniment"_s]};
            require(workspace->outreach().logIntervention(manager, visit), "visit");
            ++summary.interventions;
            require(cases.advance(manager, id), "to evaluation");
            if (goal == Stage::Evaluation) {
                continue;
            }
            for (const Goal& g : require(cases.goals(manager, id), "goals")) {
                require(cases.recordGoalOutcome(manager, id, g.id,
                                                static_cast<GoalOutcome>(std::uniform_int_distribution<int>(0, 2)(rng))),
                        "outcome");
            }
            require(cases.recordSatisfaction(manager, id, std::uniform_int_distribution<int>(3, 5)(rng)),
                    "satisfaction");
            require(cases.exitCase(manager, id, ExitReason::GoalsMet, HousingSituation::Housed), "exit");
            --active[managerId];
        }
        require((*unit).commit(), "commit");
        workspace->close();
    } catch (const std::runtime_error& failure) {
        return makeError(ErrorCode::Internal, u"The demo database could not be generated."_s, failure.what());
    }
    if (progress) {
        progress(100);
    }
    return summary;
}

namespace {

// A CSV value, quoted when it holds the delimiter, a quote or a line break.
void appendCsv(QByteArray& out, const char* text)
{
    const QByteArrayView value(text);
    if (value.contains(',') || value.contains('"') || value.contains('\n')) {
        out += '"';
        for (char c : value) {
            if (c == '"') {
                out += '"';
            }
            out += c;
        }
        out += '"';
    } else {
        out += value;
    }
}

void appendDay(QByteArray& out, const QDate& day)
{
    char text[11];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", day.year(), day.month(), day.day());
    out.append(text, 10);
}

const char* const kPlaceCodes[] = {"street", "park", "cafe", "shelter", "home", "office", "phone", "community_centre",
                                   "other"};
const char* const kHousingCodes[] = {"street", "couch_surfing", "third_party", "shelter", "leaving_institution",
                                     "squat", "housed", "other"};

// Cases of each case manager (bulk path): every stage, seven active, under the cap of 10.
const std::pair<const char*, const char*> kCaseMix[] = {
    {"intake", "intake"},         {"intake", "waiting_list"}, {"intake", "declined"},
    {"assessment", "active"},     {"planning", "active"},     {"planning", "active"},
    {"monitoring", "active"},     {"monitoring", "active"},   {"monitoring", "active"},
    {"evaluation", "active"},     {"exit", "closed"},         {"exit", "closed"}};

} // namespace

Result<DemoGenerator::Summary> DemoGenerator::generateBulk(const Options& options, const Clock& clock,
                                                           const std::function<void(int)>& progress)
{
    auto report = [&](int percent) {
        if (progress) {
            progress(percent);
        }
    };
    std::mt19937_64 rng(options.seed);
    auto roll = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
    const int peopleCount = std::max(1, options.people);
    const int years = std::max(1, options.years);
    // Yesterday at the latest, whatever the time zone: nothing lands in the future.
    const QDate lastDay = clock.nowUtc().date().addDays(-1);
    const QDate firstDay = lastDay.addYears(-years).addDays(1);
    const int spanDays = static_cast<int>(firstDay.daysTo(lastDay)) + 1;
    const int managerCount =
        options.caseManagers > 0 ? options.caseManagers : std::clamp(peopleCount / 500, 4, 100);

    QStringList managerNames;
    for (int i = 0; i < managerCount; ++i) {
        managerNames << (i < static_cast<int>(std::size(kCaseManagers))
                             ? QString::fromLatin1(kCaseManagers[i])
                             : u"intervenant%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')));
    }

    // The spreadsheets, all drawn from the seed before anything touches the database.
    QByteArray partnersCsv = "code,name,kind,territory\n";
    for (const auto& [code, name] : kPartners) {
        partnersCsv += code;
        partnersCsv += ',';
        appendCsv(partnersCsv, name);
        partnersCsv += ",communautaire,Magog\n";
    }

    std::vector<char> anonymous(static_cast<std::size_t>(peopleCount), 0);
    QByteArray peopleCsv = "ref,first_name,last_name,alias,description,birth_date,birth_year,age_min,age_max,gender,"
                           "language,territory,housing_situation,housing_since,residence_permit\n";
    peopleCsv.reserve(peopleCount * 110);
    for (int i = 0; i < peopleCount; ++i) {
        const bool isAnonymous = i > 0 && roll(0, 99) < 30;
        anonymous[static_cast<std::size_t>(i)] = isAnonymous ? 1 : 0;
        peopleCsv += 'P';
        peopleCsv += QByteArray::number(i + 1);
        peopleCsv += ',';
        const char* territory = kTerritories[pickWeighted(rng, kTerritories)].first;
        if (isAnonymous) {
            const int low = roll(2, 7) * 10;
            peopleCsv += ",,";
            appendCsv(peopleCsv, pick(rng, kAliases));
            peopleCsv += ',';
            appendCsv(peopleCsv, pick(rng, kDescriptions));
            peopleCsv += ",,," + QByteArray::number(low) + ',' + QByteArray::number(low + 10) + ",unknown,,";
            appendCsv(peopleCsv, territory);
            peopleCsv += ",,,unknown\n";
            continue;
        }
        appendCsv(peopleCsv, pick(rng, kFirstNames));
        peopleCsv += ',';
        appendCsv(peopleCsv, pick(rng, kLastNames));
        peopleCsv += ',';
        if (roll(0, 3) == 0) {
            appendCsv(peopleCsv, pick(rng, kAliases));
        }
        peopleCsv += ",,";
        const int age = roll(18, 84);
        if (roll(0, 4) == 0) {
            peopleCsv += ',' + QByteArray::number(lastDay.year() - age);
        } else {
            appendDay(peopleCsv, lastDay.addYears(-age).addDays(-roll(0, 364)));
            peopleCsv += ',';
        }
        peopleCsv += ",,,";
        peopleCsv += roll(0, 9) < 6 ? "male," : "female,";
        peopleCsv += roll(0, 9) < 8 ? "fr," : "en,";
        appendCsv(peopleCsv, territory);
        peopleCsv += ',';
        // The first person is the one followed closely (200 interventions, a full case).
        const int months = i == 0 ? 2 : roll(0, 12);
        peopleCsv += months > 10 ? "housed" : (i == 0 ? "street" : pick(rng, kHousingCodes));
        peopleCsv += ',';
        appendDay(peopleCsv, lastDay.addMonths(-months).addDays(-3));
        peopleCsv += i == 0 || roll(0, 9) < 9 ? ",yes\n" : ",no\n";
    }
    report(5);

    // Interventions in date order (the statistics read the link tables by id range),
    // between 8:00 and 20:00. Half go to a tenth of the people (the regulars); the
    // first person gets 200, spread over the years.
    const int interventionCount = std::max(0, options.interventions);
    std::vector<qint64> minutes(static_cast<std::size_t>(interventionCount));
    for (qint64& minute : minutes) {
        minute = std::uniform_int_distribution<qint64>(0, static_cast<qint64>(spanDays) * 720 - 1)(rng);
    }
    std::sort(minutes.begin(), minutes.end());
    const int heavyEvery = interventionCount >= 400 ? interventionCount / 200 : 0;
    int heavyCount = 0;
    QByteArray interventionsCsv = "ref,person_ref,date,worker,territory,place,types,problems,referred_to,"
                                  "duration_minutes\n";
    interventionsCsv.reserve(static_cast<qsizetype>(interventionCount) * 120);
    const QByteArrayList managerBytes = [&] {
        QByteArrayList list;
        for (const QString& name : managerNames) {
            list << name.toLatin1();
        }
        return list;
    }();
    const int regulars = std::max(1, peopleCount / 10);
    for (int k = 0; k < interventionCount; ++k) {
        int person = 0;
        if (heavyEvery > 0 && k % heavyEvery == 0 && heavyCount < 200) {
            ++heavyCount;
        } else if (peopleCount > 1) {
            person = roll(0, 1) == 0 ? roll(1, peopleCount - 1) : roll(1, std::max(1, regulars));
        }
        const qint64 minute = minutes[static_cast<std::size_t>(k)];
        const QDate day = firstDay.addDays(minute / 720);
        const int minuteOfDay = 480 + static_cast<int>(minute % 720);
        interventionsCsv += 'I';
        interventionsCsv += QByteArray::number(k + 1);
        interventionsCsv += ",P";
        interventionsCsv += QByteArray::number(person + 1);
        interventionsCsv += ',';
        appendDay(interventionsCsv, day);
        char time[8];
        std::snprintf(time, sizeof time, " %02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
        interventionsCsv += time;
        interventionsCsv += ',';
        interventionsCsv += managerBytes[person % managerCount];
        interventionsCsv += ',';
        appendCsv(interventionsCsv, kTerritories[pickWeighted(rng, kTerritories)].first);
        interventionsCsv += ',';
        interventionsCsv += pick(rng, kPlaceCodes);
        interventionsCsv += ',';
        const std::size_t firstType = pickWeighted(rng, kTypeWeights);
        interventionsCsv += kTypeWeights[firstType].first;
        if (roll(0, 9) < 3) {
            const std::size_t secondType = pickWeighted(rng, kTypeWeights);
            if (secondType != firstType) {
                interventionsCsv += ';';
                interventionsCsv += kTypeWeights[secondType].first;
            }
        }
        interventionsCsv += ',';
        if (roll(0, 1) == 0) {
            appendCsv(interventionsCsv, pick(rng, kProblems));
            if (roll(0, 4) == 0) {
                interventionsCsv += ';';
                appendCsv(interventionsCsv, pick(rng, kProblems));
            }
        }
        interventionsCsv += ',';
        if (roll(0, 9) == 0) {
            interventionsCsv += pick(rng, kPartners).first;
        }
        interventionsCsv += ',';
        interventionsCsv += QByteArray::number(roll(1, 12) * 5);
        interventionsCsv += '\n';
    }
    std::vector<int> ownPeople; // named people per case manager, for the cases file
    QByteArray casesCsv = "person_ref,case_manager,opened_on,stage,status\n";
    for (int m = 0; m < managerCount; ++m) {
        std::size_t next = 0;
        for (int i = m; i < peopleCount && next < std::size(kCaseMix); i += managerCount) {
            if (i == 0 || anonymous[static_cast<std::size_t>(i)]) {
                continue;
            }
            const auto& [stage, status] = kCaseMix[next++];
            casesCsv += 'P' + QByteArray::number(i + 1) + ',' + managerBytes[m] + ',';
            appendDay(casesCsv, lastDay.addDays(-roll(7, 360)));
            casesCsv += ',';
            casesCsv += stage;
            casesCsv += ',';
            casesCsv += status;
            casesCsv += '\n';
        }
    }
    report(10);

    if (!options.csvDir.isEmpty()) {
        QDir().mkpath(options.csvDir);
        const std::pair<const char*, const QByteArray*> files[] = {{"partners.csv", &partnersCsv},
                                                                    {"people.csv", &peopleCsv},
                                                                    {"interventions.csv", &interventionsCsv},
                                                                    {"cases.csv", &casesCsv}};
        for (const auto& [name, bytes] : files) {
            QFile file(QDir(options.csvDir).filePath(QString::fromLatin1(name)));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*bytes) != bytes->size()) {
                return makeError(ErrorCode::Internal, u"The demo spreadsheets could not be written."_s,
                                 "cannot write demo csv");
            }
        }
    }

    if (auto created = createDemoStore(options.path, managerNames, clock); !created) {
        return created.error();
    }
    report(15);

    Summary summary;
    try {
        auto leadSession = require(
            storage::DataStore::unlock(options.path, QString::fromLatin1(kTeamLead), kPassword, clock), "sign in");
        auto workspace = require(storage::Workspace::open(std::move(leadSession), clock), "workspace");
        const UserAccount lead = workspace->user();
        storage::SqliteExchangeRepository repository(workspace->session());
        ImportService importer(workspace->context(), repository);
        auto load = [&](ExchangeKind kind, const QByteArray& bytes, int from, int to) {
            ImportOptions importOptions;
            importOptions.progress = [&](qint64 done, qint64 total) {
                report(from + static_cast<int>((to - from) * done / std::max<qint64>(1, total)));
                return true;
            };
            const ImportReport result = require(importer.importData(lead, kind, bytes, importOptions), "import");
            if (!result.accepted()) {
                const ImportProblem& problem = result.problems.front();
                throw std::runtime_error("demo import refused at line " + std::to_string(problem.line) + ": "
                                         + problem.column.toStdString() + ": " + problem.reason.toStdString());
            }
            return result;
        };
        load(ExchangeKind::Partners, partnersCsv, 15, 16);
        summary.people = load(ExchangeKind::People, peopleCsv, 16, 25).created;
        peopleCsv.clear();
        summary.interventions = load(ExchangeKind::Interventions, interventionsCsv, 25, 90).created;
        interventionsCsv.clear();
        summary.cases = load(ExchangeKind::Cases, casesCsv, 90, 95).created;

        // Overdue and upcoming follow-ups for the cases under monitoring.
        CaseService& cases = workspace->cases();
        std::vector<UserAccount> managers;
        for (const UserAccount& user : require(workspace->reference().users(), "users")) {
            if (user.role == Role::CaseManager) {
                managers.push_back(user);
            }
        }
        for (const UserAccount& manager : managers) {
            for (const Case& value : require(cases.caseload(manager, manager.id), "caseload")) {
                if (value.stage == Stage::Monitoring) {
                    require(cases.setNextContactDue(manager, value.id, lastDay.addDays(roll(-10, 14))),
                            "next contact");
                }
            }
        }

        // The closely followed person: a case taken through every step in the window.
        const auto firstManager = std::find_if(managers.begin(), managers.end(), [&](const UserAccount& user) {
            return user.userName.compare(managerNames.front(), Qt::CaseInsensitive) == 0;
        });
        const auto heavy = require(repository.findPersonByRef(u"P1"_s), "first person");
        if (heavy && firstManager != managers.end()) {
            const UserAccount& manager = *firstManager;
            const Programme programme = require(workspace->reference().defaultProgramme(), "programme");
            const Case opened = require(cases.openCase(manager, *heavy, programme.id, manager.id, true), "open case");
            auto admitted = cases.admit(manager, opened.id);
            if (!admitted) {
                require(cases.admit(lead, opened.id, u"Situation urgente, validée en réunion d’équipe"_s), "admit");
            }
            require(cases.recordAssessment(manager, opened.id, u"Perte de logement récente, isolement"_s,
                                           u"Motivation, liens familiaux"_s, u"Sœur à Sherbrooke"_s),
                    "assessment");
            require(cases.advance(manager, opened.id), "to planning");
            require(cases.addGoal(manager, opened.id, u"Trouver un logement stable"_s,
                                  u"Demande HLM, visites accompagnées"_s, lastDay.addMonths(3)),
                    "goal");
            require(cases.addGoal(manager, opened.id, u"Renouer avec le CLSC"_s,
                                  u"Accompagnement au premier rendez-vous"_s, lastDay.addMonths(1)),
                    "goal");
            require(cases.advance(manager, opened.id), "to monitoring");
            require(cases.setNextContactDue(manager, opened.id, lastDay.addDays(7)), "next contact");
            Intervention visit;
            visit.occurredAt = clock.nowUtc().addSecs(-3600);
            visit.personId = *heavy;
            visit.placeKind = PlaceKind::Office;
            for (const InterventionType& type : require(workspace->reference().interventionTypes(), "types")) {
                if (type.code == u"accompaniment"_s) {
                    visit.typeIds.push_back(type.id);
                }
            }
            require(workspace->outreach().logIntervention(manager, visit), "visit");
            ++summary.interventions;
            require(cases.advance(manager, opened.id), "to evaluation");
            require(workspace->people().addNote(manager, *heavy, u"Rencontré au parc, demande un suivi"_s, false),
                    "note");
            ++summary.cases;
        }
        workspace->close();
    } catch (const std::runtime_error& failure) {
        return makeError(ErrorCode::Internal, u"The demo database could not be generated."_s, failure.what());
    }
    report(100);
    return summary;
}

} // namespace relais::app
