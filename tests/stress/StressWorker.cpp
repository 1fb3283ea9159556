// relais-stress-worker: the process the stress harness (tests/stress, scripts/stress)
// kills, damages files under, or runs side by side. It works through the real
// storage and core services and prints one line to stdout, flushed, after each
// change that is COMMITTED, so the harness knows what must survive a SIGKILL.
//
//   relais-stress-worker setup --db FILE
//   relais-stress-worker run --db FILE --mode MODE --seed N [--seconds S] [--password P] [--out DIR]
//       MODE: ops (people, interventions, cases through their stages, merges),
//             backup, import, password, rekey (each with ops in between),
//             writer (ops for S seconds, then a clean exit), reader (searches,
//             client files, statistics for S seconds)
//   relais-stress-worker open --db FILE [--user U] [--password P]
//       the real open path (sign-in, workspace, integrity, audit, a search):
//       exit 0 ok, 2 authentication refused, 4 damaged, 6 in use, 3 other error
//
// Lines printed (one per committed change):
//   P <person uuid>                  a person created
//   I <intervention uuid> <types> <problems>
//   C <case uuid> <stage transitions recorded>
//   M <kept uuid> <merged uuid>      a merge
//   BK <backup path>                 a backup finished (verified by Backup::run)
//   IM <ref prefix> <rows>           an import of <rows> people committed
//   PWTRY <password> / PW <password> a password change started / saved
//   RKTRY / RK <generation>          a re-key started / finished
// Unexpected errors (damaged, I/O, busy, internal) go to stderr as FATAL and exit 3.
#include "core/Clock.h"
#include "core/exchange/ImportService.h"
#include "storage/Backup.h"
#include "storage/DataStore.h"
#include "storage/KeyVault.h"
#include "storage/SqliteAuditRepository.h"
#include "storage/SqliteError.h"
#include "storage/SqliteExchangeRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <map>
#include <random>
#include <set>

using namespace Qt::Literals::StringLiterals;
using namespace relais;
using namespace relais::core;

namespace {

constexpr const char* kAdminPassword = "stress-admin-password";
constexpr const char* kPassword = "stress-user-password";

constexpr int kExitFatal = 3;

void report(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fatal(const Error& error, const char* what)
{
    std::fprintf(stderr, "FATAL %s: code %d: %s\n", what, static_cast<int>(error.code), error.detail.c_str());
    std::fflush(stderr);
    std::_Exit(kExitFatal);
}

// A refusal the services give for a rule (cap reached, wrong stage...) is part of
// random work; anything else means the store failed.
bool expectedRefusal(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InputRejected:
    case ErrorCode::CaseloadCapReached:
    case ErrorCode::NotFound:
    case ErrorCode::PermissionDenied:
        return true;
    default:
        return false;
    }
}

struct Arguments
{
    QString command;
    QString db;
    QString mode = u"ops"_s;
    QString password;
    QString out;
    QString user = u"admin"_s;
    quint64 seed = 1;
    double seconds = 0;
};

Arguments parse(const QStringList& args)
{
    Arguments parsed;
    parsed.command = args.value(1);
    for (int i = 2; i + 1 < args.size(); i += 2) {
        const QString& key = args[i];
        const QString& value = args[i + 1];
        if (key == u"--db"_s) {
            parsed.db = value;
        } else if (key == u"--mode"_s) {
            parsed.mode = value;
        } else if (key == u"--seed"_s) {
            parsed.seed = value.toULongLong();
        } else if (key == u"--seconds"_s) {
            parsed.seconds = value.toDouble();
        } else if (key == u"--password"_s) {
            parsed.password = value;
        } else if (key == u"--out"_s) {
            parsed.out = value;
        } else if (key == u"--user"_s) {
            parsed.user = value;
        }
    }
    return parsed;
}

int setup(const Arguments& args, const Clock& clock)
{
    storage::DataStore::NewStore spec;
    spec.path = args.db;
    spec.organisation = u"Stress"_s;
    spec.adminUserName = u"admin"_s;
    spec.adminPassword = kAdminPassword;
    spec.kdf = storage::KdfParams::fromEnvironment();
    if (auto created = storage::DataStore::create(spec, clock); !created) {
        fatal(created.error(), "create");
    }
    auto admin = storage::DataStore::unlock(args.db, u"admin"_s, kAdminPassword, clock);
    if (!admin) {
        fatal(admin.error(), "unlock");
    }
    if (auto status = (*admin)->db().exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('time_zone', "
                                          "'America/Montreal')");
        !status) {
        fatal(status.error(), "time zone");
    }
    const std::pair<const char*, Role> users[] = {
        {"lea", Role::TeamLead}, {"marie", Role::CaseManager}, {"paul", Role::CaseManager}};
    for (const auto& [name, role] : users) {
        if (auto user = storage::DataStore::addUser(**admin, QString::fromLatin1(name), role, kPassword, spec.kdf,
                                                    clock);
            !user) {
            fatal(user.error(), "add user");
        }
    }
    auto workspace = storage::Workspace::open(std::move(*admin), clock);
    if (!workspace) {
        fatal(workspace.error(), "workspace");
    }
    auto users_ = (*workspace)->reference().users();
    UserAccount lead;
    for (const UserAccount& user : *users_) {
        if (user.userName == u"lea"_s) {
            lead = user;
        }
    }
    for (const char* name : {"Magog", "Potton", "Stanstead"}) {
        if (auto territory = (*workspace)->reference().territoryNamed(lead, QString::fromLatin1(name)); !territory) {
            fatal(territory.error(), "territory");
        }
    }
    for (const char* label : {"Logement", "Isolement social", "Santé mentale", "Toxicomanie"}) {
        if (auto problem = (*workspace)->reference().problemNamed(lead, QString::fromUtf8(label)); !problem) {
            fatal(problem.error(), "problem");
        }
    }
    (*workspace)->close();
    report(u"SETUP"_s);
    return 0;
}

// Random real work through the services, one committed change at a time.
class Operations
{
public:
    Operations(storage::Workspace& workspace, quint64 seed, const QDateTime& now)
        : m_workspace(workspace)
        , m_rng(seed)
        , m_now(now)
    {
        auto users = require(workspace.reference().users(), "users");
        for (const UserAccount& user : users) {
            if (user.role == Role::CaseManager) {
                m_managers.push_back(user);
            } else if (user.role == Role::TeamLead) {
                m_lead = user;
            }
        }
        m_territories = require(workspace.reference().territories(), "territories");
        m_problems = require(workspace.reference().problems(), "problems");
        m_types = require(workspace.reference().interventionTypes(), "types");
        m_programme = require(workspace.reference().defaultProgramme(), "programme");
        // People and cases already there (from earlier runs) take part too.
        auto db = &workspace.session().db();
        auto people = require(db->prepare("SELECT id FROM person WHERE deleted_at IS NULL ORDER BY id"), "people");
        while (require(people.step(), "step")) {
            m_people.push_back(people.int64At(0));
        }
        auto cases = require(db->prepare("SELECT id FROM case_file WHERE deleted_at IS NULL ORDER BY id"), "cases");
        while (require(cases.step(), "step")) {
            m_cases.push_back(cases.int64At(0));
        }
    }

    const UserAccount& lead() const { return m_lead; }
    int refusals() const { return m_refusals; }
    int committed() const { return m_committed; }

    void step()
    {
        const int roll = uniform(0, 99);
        if (m_people.size() < 4 || roll < 25) {
            createPerson();
        } else if (roll < 60) {
            logIntervention();
        } else if (roll < 75) {
            openCase();
        } else if (roll < 95) {
            moveCase();
        } else {
            merge();
        }
    }

    template <typename T>
    T require(Result<T> result, const char* what)
    {
        if (!result) {
            fatal(result.error(), what);
        }
        return std::move(result).value();
    }

private:
    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    template <typename T>
    const T& any(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(uniform(0, static_cast<int>(items.size()) - 1))];
    }
    const UserAccount& manager() { return any(m_managers); }

    // True to go on; false after a refusal (counted); exits on a failure.
    bool accept(const Status& status, const char* what)
    {
        if (status) {
            return true;
        }
        if (!expectedRefusal(status.error())) {
            fatal(status.error(), what);
        }
        ++m_refusals;
        return false;
    }
    template <typename T>
    bool accept(const Result<T>& result, const char* what)
    {
        if (result) {
            return true;
        }
        if (!expectedRefusal(result.error())) {
            fatal(result.error(), what);
        }
        ++m_refusals;
        return false;
    }

    void createPerson()
    {
        Person person;
        person.firstName = u"Prénom%1"_s.arg(uniform(0, 999));
        person.lastName = u"Stress%1"_s.arg(uniform(0, 99999));
        if (uniform(0, 3) == 0) {
            person.alias = u"Ti-%1"_s.arg(uniform(0, 99));
        }
        person.birthDate = QDate(1950 + uniform(0, 50), 1 + uniform(0, 11), 1 + uniform(0, 27));
        person.territoryId = any(m_territories).id;
        person.residencePermit = ResidencePermit::Yes;
        person.housingSituation = HousingSituation::Street;
        person.housingSince = m_now.date().addMonths(-uniform(0, 5));
        if (uniform(0, 1) == 0) {
            person.problemIds.push_back(any(m_problems).id);
        }
        auto created = m_workspace.people().createPerson(manager(), person);
        if (!accept(created, "create person")) {
            return;
        }
        m_people.push_back(created->person.id);
        ++m_committed;
        report(u"P "_s + created->person.uuid);
    }

    void logIntervention()
    {
        Intervention intervention;
        intervention.occurredAt = m_now.addSecs(-uniform(0, 86400 * 30));
        intervention.personId = any(m_people);
        intervention.territoryId = any(m_territories).id;
        intervention.placeKind = static_cast<PlaceKind>(uniform(0, 8));
        std::set<qint64> types{any(m_types).id};
        if (uniform(0, 2) == 0) {
            types.insert(any(m_types).id);
        }
        intervention.typeIds.assign(types.begin(), types.end());
        std::set<qint64> problems;
        for (int i = uniform(0, 2); i > 0; --i) {
            problems.insert(any(m_problems).id);
        }
        intervention.problemIds.assign(problems.begin(), problems.end());
        intervention.durationMinutes = 5 * uniform(1, 12);
        auto logged = m_workspace.outreach().logIntervention(manager(), intervention);
        if (!accept(logged, "log intervention")) {
            return;
        }
        ++m_committed;
        report(u"I %1 %2 %3"_s.arg(logged->uuid).arg(types.size()).arg(problems.size()));
    }

    void reportCase(const UserAccount& actor, qint64 caseId)
    {
        auto value = require(m_workspace.cases().caseById(actor, caseId), "case");
        auto history = require(m_workspace.cases().history(actor, caseId), "history");
        ++m_committed;
        report(u"C %1 %2"_s.arg(value.uuid).arg(history.size()));
    }

    void openCase()
    {
        const UserAccount& actor = manager();
        auto opened = m_workspace.cases().openCase(actor, any(m_people), m_programme.id, actor.id, true);
        if (!accept(opened, "open case")) {
            return;
        }
        m_cases.push_back(opened->id);
        reportCase(actor, opened->id);
    }

    void moveCase()
    {
        if (m_cases.empty()) {
            return;
        }
        const qint64 caseId = any(m_cases);
        CaseService& cases = m_workspace.cases();
        auto value = cases.caseById(m_lead, caseId);
        if (!accept(value, "load case")) {
            return;
        }
        const UserAccount& actor = m_lead;
        bool moved = false;
        switch (value->status) {
        case CaseStatus::Intake:
        case CaseStatus::WaitingList:
            moved = accept(cases.admit(actor, caseId, u"Validé en équipe"_s), "admit");
            break;
        case CaseStatus::Declined:
        case CaseStatus::Closed:
            moved = accept(cases.reopen(actor, caseId), "reopen");
            break;
        case CaseStatus::Active:
            switch (value->stage) {
            case Stage::Assessment:
                if (accept(cases.recordAssessment(actor, caseId, u"Résumé"_s, u"Forces"_s, u"Ressources"_s),
                           "assessment")) {
                    moved = accept(cases.advance(actor, caseId), "advance");
                }
                break;
            case Stage::Planning:
                if (accept(cases.addGoal(actor, caseId, u"Logement"_s, u"Visites"_s, m_now.date().addMonths(2)),
                           "goal")) {
                    moved = accept(cases.advance(actor, caseId), "advance");
                }
                break;
            case Stage::Evaluation: {
                auto goals = require(cases.goals(actor, caseId), "goals");
                for (const Goal& goal : goals) {
                    (void)accept(cases.recordGoalOutcome(actor, caseId, goal.id, GoalOutcome::Partly), "outcome");
                }
                (void)accept(cases.recordSatisfaction(actor, caseId, 4), "satisfaction");
                moved = uniform(0, 1) == 0
                            ? accept(cases.exitCase(actor, caseId, ExitReason::GoalsMet, HousingSituation::Housed),
                                     "exit")
                            : accept(cases.reassess(actor, caseId), "reassess");
                break;
            }
            default:
                moved = accept(cases.advance(actor, caseId), "advance");
                break;
            }
            break;
        }
        if (moved) {
            reportCase(actor, caseId);
        }
    }

    void merge()
    {
        if (m_people.size() < 6) {
            return;
        }
        const qint64 kept = any(m_people);
        const qint64 merged = any(m_people);
        if (kept == merged) {
            return;
        }
        auto keptPerson = m_workspace.people().openFile(m_lead, kept);
        auto mergedPerson = m_workspace.people().openFile(m_lead, merged);
        if (!accept(keptPerson, "open kept") || !accept(mergedPerson, "open merged")) {
            return;
        }
        auto result = m_workspace.people().merge(m_lead, kept, merged);
        if (!accept(result, "merge")) {
            return;
        }
        std::erase(m_people, merged);
        ++m_committed;
        report(u"M %1 %2"_s.arg(keptPerson->uuid, mergedPerson->uuid));
    }

    storage::Workspace& m_workspace;
    std::mt19937_64 m_rng;
    QDateTime m_now;
    std::vector<UserAccount> m_managers;
    UserAccount m_lead;
    std::vector<Territory> m_territories;
    std::vector<Problem> m_problems;
    std::vector<InterventionType> m_types;
    Programme m_programme;
    std::vector<qint64> m_people;
    std::vector<qint64> m_cases;
    int m_refusals = 0;
    int m_committed = 0;
};

std::unique_ptr<storage::Workspace> signIn(const QString& db, const QString& user, const QString& password,
                                           const Clock& clock)
{
    const QByteArray secret = password.toUtf8();
    auto session = storage::DataStore::unlock(db, user, std::string_view(secret.constData(), secret.size()), clock);
    if (!session) {
        fatal(session.error(), "sign in");
    }
    auto workspace = storage::Workspace::open(std::move(*session), clock);
    if (!workspace) {
        fatal(workspace.error(), "workspace");
    }
    return std::move(*workspace);
}

QByteArray peopleCsv(const QString& prefix, int rows)
{
    QByteArray csv = "last_name;first_name;ref;gender;birth_date;language;territory;housing_situation\n";
    for (int i = 0; i < rows; ++i) {
        csv += u"Import%1;Prénom;%1-%2;F;1970-05-0%3;fr;Magog;En rue\n"_s.arg(prefix).arg(i).arg(1 + i % 9).toUtf8();
    }
    return csv;
}

int run(const Arguments& args, const Clock& clock)
{
    const QString mode = args.mode;
    const bool needsAdmin = mode == u"rekey"_s || mode == u"ops"_s || mode == u"writer"_s;
    const QString user = mode == u"password"_s ? u"admin"_s : (needsAdmin ? u"admin"_s : u"lea"_s);
    const QString password = user == u"admin"_s ? QString::fromLatin1(kAdminPassword) : QString::fromLatin1(kPassword);
    auto workspace = signIn(args.db, user, password, clock);
    Operations ops(*workspace, args.seed, clock.nowUtc());
    std::mt19937_64 rng(args.seed ^ 0x5eed);
    QElapsedTimer timer;
    timer.start();
    const auto timeUp = [&] { return args.seconds > 0 && timer.elapsed() >= static_cast<qint64>(args.seconds * 1000); };

    if (mode == u"reader"_s) {
        qint64 reads = 0;
        qint64 errors = 0;
        const UserAccount lead = ops.lead();
        const auto failed = [&](const Error& error, const char* what) {
            ++errors;
            std::fprintf(stderr, "READ-ERROR %s: code %d: %s\n", what, static_cast<int>(error.code),
                         error.detail.c_str());
        };
        const ReportPeriod period{clock.nowUtc().date().addYears(-1), clock.nowUtc().date()};
        while (!timeUp()) {
            const int roll = std::uniform_int_distribution<int>(0, 9)(rng);
            if (roll < 5) {
                auto found = workspace->people().search(
                    lead, u"stress%1"_s.arg(std::uniform_int_distribution<int>(0, 9)(rng)), 50);
                if (!found) {
                    failed(found.error(), "search");
                } else if (!found->empty()) {
                    const auto& summary = (*found)[static_cast<std::size_t>(
                        std::uniform_int_distribution<int>(0, static_cast<int>(found->size()) - 1)(rng))];
                    auto file = workspace->people().openFile(lead, summary.id);
                    auto contacts = workspace->outreach().interventionsOf(lead, summary.id);
                    auto cases = workspace->cases().casesOfPerson(lead, summary.id);
                    if (!file && !expectedRefusal(file.error())) {
                        failed(file.error(), "client file");
                    }
                    if (!contacts) {
                        failed(contacts.error(), "interventions");
                    }
                    if (!cases) {
                        failed(cases.error(), "cases");
                    }
                }
            } else if (roll < 8) {
                auto list = workspace->people().listPeople(lead, 0, 100);
                if (!list) {
                    failed(list.error(), "list");
                }
            } else {
                auto report = workspace->statistics().activityReport(lead, period);
                if (!report) {
                    failed(report.error(), "statistics");
                }
            }
            ++reads;
        }
        workspace->close();
        report(u"READS %1 %2"_s.arg(reads).arg(errors));
        return errors == 0 ? 0 : kExitFatal;
    }

    QString currentPassword = args.password.isEmpty() ? QString::fromLatin1(kPassword) : args.password;
    for (int round = 0; !timeUp(); ++round) {
        for (int i = std::uniform_int_distribution<int>(1, 4)(rng); i > 0; --i) {
            ops.step();
        }
        if (mode == u"backup"_s) {
            QDir().mkpath(args.out);
            const QString path = args.out + u"/b%1-%2.db"_s.arg(args.seed).arg(round);
            auto backup = storage::Backup::run(*workspace, path, clock);
            if (!backup) {
                fatal(backup.error(), "backup");
            }
            report(u"BK "_s + path);
        } else if (mode == u"import"_s) {
            const QString prefix = u"S%1x%2"_s.arg(args.seed).arg(round);
            const int rows = std::uniform_int_distribution<int>(5, 60)(rng);
            storage::SqliteExchangeRepository repository(workspace->session());
            ImportService importer(workspace->context(), repository);
            auto imported = importer.importData(ops.lead(), ExchangeKind::People, peopleCsv(prefix, rows));
            if (!imported) {
                fatal(imported.error(), "import");
            }
            if (!imported->accepted() || imported->created != rows) {
                std::fprintf(stderr, "FATAL import refused: %lld problems, %d created of %d; first: %s\n",
                             static_cast<long long>(imported->problemCount), imported->created, rows,
                             imported->problems.empty() ? "" : qPrintable(imported->problems.front().reason));
                return kExitFatal;
            }
            report(u"IM %1 %2"_s.arg(prefix).arg(rows));
        } else if (mode == u"password"_s) {
            const QString next = u"stress-pw-%1-%2"_s.arg(args.seed).arg(round);
            report(u"PWTRY "_s + next);
            const QByteArray oldSecret = currentPassword.toUtf8();
            const QByteArray newSecret = next.toUtf8();
            auto changed = storage::DataStore::changePassword(
                args.db, u"marie"_s, std::string_view(oldSecret.constData(), oldSecret.size()),
                std::string_view(newSecret.constData(), newSecret.size()), storage::KdfParams::fromEnvironment(),
                clock);
            if (!changed) {
                fatal(changed.error(), "change password");
            }
            currentPassword = next;
            report(u"PW "_s + next);
        } else if (mode == u"rekey"_s) {
            report(u"RKTRY"_s);
            if (auto status = storage::DataStore::rekey(workspace->session()); !status) {
                fatal(status.error(), "rekey");
            }
            report(u"RK %1"_s.arg(workspace->session().generation()));
        }
    }
    workspace->close();
    report(u"DONE %1 %2"_s.arg(ops.committed()).arg(ops.refusals()));
    return 0;
}

// The real open path on a file the harness may have damaged.
int open(const Arguments& args, const Clock& clock)
{
    const QString password = args.password.isEmpty() ? QString::fromLatin1(kAdminPassword) : args.password;
    const QByteArray secret = password.toUtf8();
    auto session = storage::DataStore::unlock(args.db, args.user, std::string_view(secret.constData(), secret.size()),
                                              clock);
    const auto refused = [](const Error& error) {
        report(u"REFUSED %1 "_s.arg(static_cast<int>(error.code)) + error.userMessage);
        std::fprintf(stderr, "detail: %s\n", error.detail.c_str());
        switch (error.code) {
        case ErrorCode::AuthenticationFailed:
            return 2;
        case ErrorCode::Damaged:
            return 4;
        case ErrorCode::InUse:
            return 6;
        default:
            return kExitFatal;
        }
    };
    if (!session) {
        return refused(session.error());
    }
    for (const QString& warning : (*session)->warnings()) {
        report(u"WARNING "_s + warning);
    }
    // As `relais check` does: the whole file and the trail are checked before the
    // sign-in is recorded, so that a damaged store is left exactly as found.
    storage::Database& db = (*session)->db();
    auto integrity = db.integrityCheck();
    if (!integrity) {
        return refused(integrity.error());
    }
    if (*integrity != u"ok"_s) {
        report(u"REFUSED integrity "_s + storage::StorageText::damaged());
        return 4;
    }
    auto audit = storage::SqliteAuditRepository(db, args.db).verify();
    if (!audit) {
        return refused(audit.error());
    }
    if (!audit->ok) {
        report(u"REFUSED audit "_s + audit->problem);
        return 4;
    }
    auto workspace = storage::Workspace::open(std::move(*session), clock);
    if (!workspace) {
        return refused(workspace.error());
    }
    UserAccount lead;
    auto users = (*workspace)->reference().users(); // kept alive: a range-for over *temporary would dangle
    if (!users) {
        return refused(users.error());
    }
    for (const UserAccount& user : *users) {
        if (user.role == Role::TeamLead) {
            lead = user;
        }
    }
    if (auto found = (*workspace)->people().search(lead, u"stress"_s, 20); !found) {
        return refused(found.error());
    }
    (*workspace)->close();
    report(u"OPENED"_s);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Arguments args = parse(app.arguments());
    const SystemClock clock;
    if (args.db.isEmpty()) {
        std::fprintf(stderr, "usage: relais-stress-worker setup|run|open --db FILE [...]\n");
        return 1;
    }
    if (args.command == u"setup"_s) {
        return setup(args, clock);
    }
    if (args.command == u"run"_s) {
        return run(args, clock);
    }
    if (args.command == u"open"_s) {
        return open(args, clock);
    }
    std::fprintf(stderr, "unknown command\n");
    return 1;
}
