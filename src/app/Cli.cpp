#include "Cli.h"
#include "CliSupport.h"

#include "DemoGenerator.h"
#include "ExitCode.h"
#include "core/Log.h"
#include "core/Permissions.h"
#include "core/Version.h"
#include "storage/DataStore.h"
#include "storage/LibraryInfo.h"
#include "storage/Migrator.h"
#include "storage/SecureBytes.h"
#include "storage/SqliteAuditRepository.h"
#include "storage/Workspace.h"

#include <QFileInfo>
#include <QThread>

#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace relais::app {

using core::ErrorCode;
using storage::DataStore;
using storage::KdfParams;
using storage::wipe;

Cli::Cli(QTextStream& out, QTextStream& err, SecretInput& secrets, const core::Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_secrets(secrets)
    , m_clock(clock)
{
}

bool Cli::wants(const QStringList& arguments)
{
    static const QStringList kCommands = {u"init"_s,    u"user"_s,   u"check"_s,     u"recover"_s, u"rekey"_s,
                                          u"demo"_s,    u"report"_s,  u"import"_s,  u"export"_s,  u"backup"_s,
                                          u"restore"_s, u"version"_s, u"help"_s,     u"--version"_s, u"-v"_s,
                                          u"--help"_s,  u"-h"_s,      u"retention"_s, u"erase"_s};
    return !arguments.isEmpty() && kCommands.contains(arguments.first());
}

int Cli::printUsage(int exitCode)
{
    QTextStream& stream = exitCode == kExitOk ? m_out : m_err;
    stream << tr("Usage: relais [COMMAND] [OPTIONS]\n"
                 "Without a command, Relais opens its window.\n\n"
                 "Commands:\n"
                 "  init --db FILE --org NAME --admin USER [--language fr|en]\n"
                 "                                              create an encrypted database; prints the recovery key\n"
                 "  user add --db FILE --as ADMIN --user NAME --role ROLE\n"
                 "                                              add an account (case_manager, team_lead or admin)\n"
                 "  user passwd --db FILE --user NAME           change a password\n"
                 "  user remove --db FILE --as ADMIN --user NAME\n"
                 "                                              remove an account (then run rekey)\n"
                 "  recover --db FILE --user NAME               set a new password with the recovery key\n"
                 "  rekey --db FILE --as ADMIN                  replace the database key\n"
                 "  check --db FILE --as USER                   verify the database and print a summary\n"
                 "  report --db FILE --as USER --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--json FILE]\n"
                 "         [--csv DIR] [--lang fr|en] [--programme NAME | --territory NAME] [--suppress-small]\n"
                 "                                              activity report of a period (team lead or admin)\n"
                 "  backup --db FILE --as USER --out FILE       encrypted, verified copy (team lead or admin):\n"
                 "                                              FILE, FILE.slots, FILE.anchor, FILE.manifest\n"
                 "  restore --from FILE --db NEWFILE [--as USER]\n"
                 "                                              restore a backup to a new database file\n"
                 "  retention --db FILE --as ADMIN [--years N] [--dry-run]\n"
                 "                                              anonymise people inactive for the retention period\n"
                 "                                              (default 7 years); --dry-run lists them\n"
                 "  erase --db FILE --as USER --person UUID     erase one person's identity and notes on request\n"
                 "                                              (team lead or admin; no case open)\n"
                 "  demo --db FILE [--people N] [--interventions M] [--seed S]\n"
                 "                                              create a database of synthetic demo data\n"
                 "  import --db FILE --as USER KIND FILE.csv [--dry-run]\n"
                 "                                              import partners, people, interventions or cases, all\n"
                 "                                              or nothing (team lead or administrator)\n"
                 "  export --db FILE --as USER --out DIR        write what USER may see as CSV files (not encrypted)\n"
                 "  --version                                   print the version\n\n"
                 "Passwords are read from standard input, one per line, when it is not a terminal.\n"
                 "Exit codes: 0 ok, 1 usage, 2 authentication failed, 3 input rejected, 4 damaged or too new,\n"
                 "5 permission denied, 6 open on another computer.\n");
    stream.flush();
    return exitCode;
}

int Cli::usageError(const QString& message)
{
    m_err << tr("relais: %1").arg(message) << '\n' << tr("Run 'relais --help' for usage.") << '\n';
    m_err.flush();
    return kExitUsage;
}

int Cli::fail(const core::Error& error)
{
    m_err << tr("relais: %1").arg(error.userMessage) << '\n';
    m_err.flush();
    if (!error.detail.empty()) {
        core::logger(core::kLogApp)->warn("command failed: {}", error.detail);
    }
    return exitCodeFor(error.code);
}

int Cli::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return printUsage(kExitUsage);
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--version"_s || command == u"-v"_s || command == u"version"_s) {
        m_out << "relais " << core::kVersion << " (" << storage::libraryVersions() << ")\n";
        m_out.flush();
        return kExitOk;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        return printUsage(kExitOk);
    }
    if (command == u"init"_s) {
        return runInit(rest);
    }
    if (command == u"user"_s) {
        return runUser(rest);
    }
    if (command == u"recover"_s) {
        return runRecover(rest);
    }
    if (command == u"rekey"_s) {
        return runRekey(rest);
    }
    if (command == u"check"_s) {
        return runCheck(rest);
    }
    if (command == u"demo"_s) {
        return runDemo(rest);
    }
    if (command == u"report"_s) {
        return runReport(rest);
    }
    if (command == u"import"_s) {
        return runImport(rest);
    }
    if (command == u"export"_s) {
        return runExport(rest);
    }
    if (command == u"backup"_s) {
        return runBackup(rest);
    }
    if (command == u"restore"_s) {
        return runRestore(rest);
    }
    if (command == u"retention"_s) {
        return runRetention(rest);
    }
    if (command == u"erase"_s) {
        return runErase(rest);
    }
    return usageError(tr("Unknown command: %1").arg(command));
}

int Cli::runInit(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"org", u"NAME"_s}, {"admin", u"USER"_s}});
    command.addOptional("language", u"fr|en"_s);
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    const QString language = command.value("language").trimmed().toLower();
    if (!language.isEmpty() && language != u"fr"_s && language != u"en"_s) {
        return usageError(tr("Unknown language %1: use fr or en.").arg(command.value("language")));
    }
    auto password = m_secrets.read(tr("Password for %1: ").arg(command.value("admin")));
    if (!password) {
        return fail(core::makeError(ErrorCode::InputRejected, tr("No password was given on standard input.")));
    }
    if (m_secrets.interactive()) {
        auto again = m_secrets.read(tr("Type the password again: "));
        if (!again || *again != *password) {
            wipe(*password);
            return fail(core::makeError(ErrorCode::InputRejected, tr("The two passwords differ. Nothing was created.")));
        }
        wipe(*again);
    }
    DataStore::NewStore spec;
    spec.path = databasePath(command);
    spec.organisation = command.value("org");
    spec.adminUserName = command.value("admin");
    spec.adminPassword = *password;
    spec.kdf = KdfParams::fromEnvironment();
    spec.language = language;
    auto recovery = DataStore::create(spec, m_clock);
    wipe(*password);
    if (!recovery) {
        return fail(recovery.error());
    }
    m_err << tr("Created the encrypted database %1 with its key file %2.")
                 .arg(spec.path, storage::KeyVault::slotsPathFor(spec.path))
          << '\n'
          << tr("Recovery key (shown only once; write it down and keep it in a safe place):") << '\n';
    m_err.flush();
    m_out << recovery->text << '\n';
    m_out.flush();
    return kExitOk;
}

int Cli::runUser(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return usageError(tr("Missing user sub-command (add, passwd or remove)."));
    }
    const QString sub = arguments.first();
    if (sub == u"add"_s) {
        return runUserAdd(arguments.mid(1));
    }
    if (sub == u"passwd"_s) {
        return runUserPasswd(arguments.mid(1));
    }
    if (sub == u"remove"_s) {
        return runUserRemove(arguments.mid(1));
    }
    return usageError(tr("Unknown user sub-command: %1").arg(sub));
}

int Cli::runUserAdd(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"ADMIN"_s}, {"user", u"NAME"_s}, {"role", u"ROLE"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    const auto role = core::roleFromCode(command.value("role"));
    if (!role) {
        return usageError(tr("Unknown role %1: use case_manager, team_lead or admin.").arg(command.value("role")));
    }
    auto session = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!session) {
        return fail(session.error());
    }
    if (auto allowed = core::requirePermission((*session)->user().role, core::Action::ManageUsers); !allowed) {
        return fail(allowed.error());
    }
    auto password = m_secrets.read(tr("Password for the new user %1: ").arg(command.value("user")));
    if (!password) {
        return fail(core::makeError(ErrorCode::InputRejected, tr("No password was given for the new user.")));
    }
    auto user = DataStore::addUser((*session)->session(), command.value("user"), *role, *password,
                                   KdfParams::fromEnvironment(), m_clock);
    wipe(*password);
    if (!user) {
        return fail(user.error());
    }
    (void)(*session)->audit().record((*session)->user(), u"user.add"_s, u"user"_s, user->uuid, {u"role"_s});
    m_out << tr("Added user %1 (%2).").arg(user->userName, core::roleLabel(user->role)) << '\n';
    m_out.flush();
    return kExitOk;
}

int Cli::runUserPasswd(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"user", u"NAME"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    auto oldPassword = m_secrets.read(tr("Current password: "));
    auto newPassword = m_secrets.read(tr("New password: "));
    if (!oldPassword || !newPassword) {
        return fail(core::makeError(ErrorCode::InputRejected, tr("Give the current and the new password, one per line.")));
    }
    auto status = DataStore::changePassword(databasePath(command), command.value("user"), *oldPassword, *newPassword,
                                            KdfParams::fromEnvironment(), m_clock);
    wipe(*oldPassword);
    wipe(*newPassword);
    if (!status) {
        return fail(status.error());
    }
    m_out << tr("Password changed.") << '\n';
    m_out.flush();
    return kExitOk;
}

int Cli::runUserRemove(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"ADMIN"_s}, {"user", u"NAME"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    auto session = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!session) {
        return fail(session.error());
    }
    QString removedUuid;
    if (auto users = (*session)->reference().users()) {
        for (const core::UserAccount& user : *users) {
            if (user.userName.compare(command.value("user"), Qt::CaseInsensitive) == 0) {
                removedUuid = user.uuid;
            }
        }
    }
    if (auto status = DataStore::removeUser((*session)->session(), command.value("user"), m_clock); !status) {
        return fail(status.error());
    }
    (void)(*session)->audit().record((*session)->user(), u"user.remove"_s, u"user"_s, removedUuid, {u"deleted_at"_s});
    m_out << tr("Removed user %1. Run 'relais rekey' so that a key they may have kept no longer opens the database.")
                 .arg(command.value("user"))
          << '\n';
    m_out.flush();
    return kExitOk;
}

int Cli::runRecover(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"user", u"NAME"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    auto recoveryKey = m_secrets.read(tr("Recovery key: "));
    auto newPassword = m_secrets.read(tr("New password for %1: ").arg(command.value("user")));
    if (!recoveryKey || !newPassword) {
        return fail(core::makeError(ErrorCode::InputRejected,
                                    tr("Give the recovery key and the new password, one per line.")));
    }
    auto session = DataStore::recover(databasePath(command), QString::fromStdString(*recoveryKey),
                                      command.value("user"), *newPassword, KdfParams::fromEnvironment(), m_clock);
    wipe(*recoveryKey);
    wipe(*newPassword);
    if (!session) {
        return fail(session.error());
    }
    auto workspace = storage::Workspace::open(std::move(*session), m_clock);
    if (!workspace) {
        return fail(workspace.error());
    }
    (void)(*workspace)->audit().record((*workspace)->user(), u"user.recover"_s, u"user"_s, (*workspace)->user().uuid,
                                       {u"password"_s});
    m_out << tr("New password set for %1.").arg((*workspace)->user().userName) << '\n';
    m_out.flush();
    return kExitOk;
}

int Cli::runRekey(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"ADMIN"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    auto session = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!session) {
        return fail(session.error());
    }
    if (auto status = DataStore::rekey((*session)->session()); !status) {
        return fail(status.error());
    }
    (void)(*session)->audit().record((*session)->user(), u"database.rekey"_s);
    m_out << tr("The database now has a new key (generation %1).").arg((*session)->session().generation()) << '\n';
    m_out.flush();
    return kExitOk;
}

int Cli::runDemo(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}});
    for (const char* name : {"people", "interventions", "seed"}) {
        command.parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), u"N"_s));
    }
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    DemoGenerator::Options options;
    options.path = databasePath(command);
    bool ok = true;
    auto number = [&](const char* name, qint64 fallback, qint64 low, qint64 high) {
        if (!command.parser.isSet(QString::fromLatin1(name))) {
            return fallback;
        }
        bool parsed = false;
        const qint64 value = command.value(name).toLongLong(&parsed);
        if (!parsed || value < low || value > high) {
            ok = false;
        }
        return value;
    };
    options.people = static_cast<int>(number("people", options.people, 1, 10'000'000));
    options.interventions = static_cast<int>(number("interventions", options.interventions, 0, 100'000'000));
    options.seed = static_cast<quint64>(number("seed", static_cast<qint64>(options.seed), 0,
                                               std::numeric_limits<qint64>::max()));
    if (!ok) {
        return usageError(tr("--people, --interventions and --seed take whole numbers (at least 1 person)."));
    }
    // Past a small demo, the bulk path: spreadsheets loaded through the import,
    // eight years of history, one case manager per 500 people (docs/performance.md).
    options.bulk = options.people > 5000 || options.interventions > 20000;
    auto summary = DemoGenerator::generate(options, m_clock);
    if (!summary) {
        return fail(summary.error());
    }
    m_out << tr("Created the demo database %1: %2 people, %3 interventions, %4 cases.")
                 .arg(options.path)
                 .arg(summary->people)
                 .arg(summary->interventions)
                 .arg(summary->cases)
          << '\n'
          << tr("Accounts: admin, lea (team lead), marie, jean, sophie, karim (case managers); password: %1")
                 .arg(QString::fromLatin1(DemoGenerator::kPassword))
          << '\n';
    m_out.flush();
    return kExitOk;
}

int Cli::runCheck(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"USER"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    const QString path = databasePath(command);
    // Signed in by hand rather than through signIn(): the audit trail is verified as
    // found, before this check's own sign-in is appended, so that the first bad
    // entry it names is the one that was tampered with (after a cut-off tail the
    // sign-in would otherwise take the place of the first missing entry).
    auto password = m_secrets.read(tr("Password for %1: ").arg(command.value("as")));
    if (!password) {
        return fail(core::makeError(ErrorCode::InputRejected, tr("No password was given on standard input.")));
    }
    if (const auto wait = DataStore::signInWait(path, m_clock); wait.count() > 0) {
        m_err << tr("Several failed attempts: waiting %n second(s) before checking the password.", nullptr,
                    static_cast<int>(wait.count()))
              << '\n';
        m_err.flush();
        QThread::sleep(static_cast<unsigned long>(wait.count()));
    }
    auto unlocked = DataStore::unlock(path, command.value("as"), *password, m_clock);
    wipe(*password);
    if (!unlocked) {
        return fail(unlocked.error());
    }
    std::unique_ptr<storage::Session> session = std::move(*unlocked);
    if (auto allowed = core::requirePermission(session->user().role, core::Action::CheckDatabase); !allowed) {
        // The refused attempt is on the record, as for any other command.
        (void)storage::Workspace::open(std::move(session), m_clock);
        return fail(allowed.error());
    }
    storage::Database& db = session->db();
    auto integrity = db.integrityCheck();
    if (!integrity) {
        return fail(integrity.error());
    }
    storage::SqliteAuditRepository trail(db, path);
    auto audit = trail.verify();
    if (!audit) {
        return fail(audit.error());
    }
    const quint64 generation = session->generation();
    const QStringList warnings = session->warnings();
    // A sound database records the check's sign-in and sign-out; a damaged one or a
    // tampered trail is left exactly as found, for whoever investigates.
    std::unique_ptr<storage::Workspace> workspace;
    if (*integrity == u"ok"_s && audit->ok) {
        auto opened = storage::Workspace::open(std::move(session), m_clock);
        if (!opened) {
            return fail(opened.error());
        }
        workspace = std::move(*opened);
    }
    storage::Database& checked = workspace ? workspace->session().db() : session->db();
    auto schema = storage::Migrator::currentVersion(checked);
    auto pages = checked.queryInt("PRAGMA page_count");
    auto accounts = checked.queryInt("SELECT count(*) FROM app_user WHERE deleted_at IS NULL");
    auto organisation = checked.queryText("SELECT value FROM meta WHERE key = 'organisation_name'");
    m_out << tr("Database: %1").arg(path) << '\n'
          << tr("Organisation: %1").arg(organisation ? *organisation : QString()) << '\n'
          << tr("Data format: %1 (this version of Relais: %2)")
                 .arg(schema ? *schema : -1)
                 .arg(storage::Migrator().latestVersion())
          << '\n'
          << tr("Key generation: %1").arg(generation) << '\n'
          << tr("Encryption: %1, page size %2 bytes, %3 pages")
                 .arg(storage::libraryVersions())
                 .arg(storage::Database::kPageSize)
                 .arg(pages ? *pages : -1)
          << '\n'
          << tr("Accounts: %1").arg(accounts ? *accounts : -1) << '\n'
          << tr("Integrity: %1").arg(*integrity) << '\n'
          << tr("Audit trail: %n entries, %1", nullptr, static_cast<int>(audit->entries))
                 .arg(audit->ok ? tr("chain and anchor verified") : tr("NOT VERIFIED"))
          << '\n';
    for (const QString& warning : warnings) {
        m_err << tr("Warning: %1").arg(warning) << '\n';
    }
    m_out.flush();
    m_err.flush();
    if (*integrity != u"ok"_s) {
        m_err << tr("relais: the database is damaged. Restore your latest backup.") << '\n';
        m_err.flush();
        return kExitDamaged;
    }
    if (!audit->ok) {
        // Damage (a bad leftover journal loses its last transactions) is likelier
        // than someone editing the file, and the check cannot tell them apart.
        m_err << tr("relais: the audit trail does not verify: %1 First bad entry: #%2. Either the file was damaged "
                    "(a damaged journal loses the latest changes) or someone altered it. Keep the files as they are "
                    "for whoever investigates, and restore your latest backup to go on working.")
                     .arg(audit->problem)
                     .arg(audit->firstBadSequence)
              << '\n';
        m_err.flush();
        return kExitDamaged;
    }
    return kExitOk;
}

} // namespace relais::app
