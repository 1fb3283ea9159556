#include "BenchStore.h"

#include "app/DemoGenerator.h"
#include "core/exchange/ImportService.h"
#include "storage/AuditAnchor.h"
#include "storage/DataStore.h"
#include "storage/DatabaseLock.h"
#include "storage/Migrator.h"
#include "storage/SqliteExchangeRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace relais::bench {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr const char* kCompleteMarker = "complete";

core::Status failed(const QString& what)
{
    return makeError(ErrorCode::Internal, what, what.toStdString());
}

// The unlock of the generated files: their accounts use the minimal KDF cost
// (RELAIS_KDF=fast), since the benchmark times the raw-key unlock.
core::Result<std::unique_ptr<storage::Session>> signIn(const QString& path, const core::Clock& clock)
{
    return storage::DataStore::unlock(path, QString::fromLatin1(app::DemoGenerator::kTeamLead),
                                      app::DemoGenerator::kPassword, clock);
}

// The accounts, partners and people of the generated database, without any
// intervention: the starting point of each timed import.
core::Status makeImportBase(const BenchStore& store, const QStringList& managers, const core::Clock& clock)
{
    storage::DataStore::NewStore spec;
    spec.path = store.importBaseEncrypted;
    spec.organisation = u"Import benchmark"_s;
    spec.adminUserName = u"admin"_s;
    spec.adminPassword = app::DemoGenerator::kPassword;
    spec.kdf = storage::KdfParams::fastForTests();
    if (auto created = storage::DataStore::create(spec, clock); !created) {
        return created.error();
    }
    {
        auto admin = storage::DataStore::unlock(spec.path, u"admin"_s, app::DemoGenerator::kPassword, clock);
        if (!admin) {
            return admin.error();
        }
        if (auto status = (*admin)->db().exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('time_zone', "
                                              "'America/Montreal')");
            !status) {
            return status;
        }
        if (auto user = storage::DataStore::addUser(**admin, QString::fromLatin1(app::DemoGenerator::kTeamLead),
                                                    core::Role::TeamLead, app::DemoGenerator::kPassword, spec.kdf,
                                                    clock);
            !user) {
            return user.error();
        }
        for (const QString& name : managers) {
            if (auto user = storage::DataStore::addUser(**admin, name, core::Role::CaseManager,
                                                        app::DemoGenerator::kPassword, spec.kdf, clock);
                !user) {
                return user.error();
            }
        }
    }
    auto session = signIn(spec.path, clock);
    if (!session) {
        return session.error();
    }
    auto workspace = storage::Workspace::open(std::move(*session), clock);
    if (!workspace) {
        return workspace.error();
    }
    storage::SqliteExchangeRepository repository((*workspace)->session());
    core::ImportService importer((*workspace)->context(), repository);
    for (const auto& [kind, name] : {std::pair{core::ExchangeKind::Partners, "partners.csv"},
                                     std::pair{core::ExchangeKind::People, "people.csv"}}) {
        auto report = importer.importFile((*workspace)->user(), kind,
                                          QDir(store.csvFolder).filePath(QString::fromLatin1(name)));
        if (!report) {
            return report.error();
        }
        if (!report->accepted()) {
            return failed(u"import base: %1 refused"_s.arg(QString::fromLatin1(name)));
        }
    }
    auto exported = BenchStore::exportPlaintext((*workspace)->session().db(), store.importBasePlain);
    (*workspace)->close();
    return exported;
}

} // namespace

core::Status BenchStore::exportPlaintext(storage::Database& db, const QString& target)
{
    QFile::remove(target);
    {
        // An empty file: the connection was opened without SQLITE_OPEN_CREATE,
        // which ATTACH inherits, and SQLite takes an empty file for a new database.
        QFile empty(target);
        if (!empty.open(QIODevice::WriteOnly)) {
            return failed(u"cannot create %1"_s.arg(target));
        }
    }
    const QString quoted = QString(target).replace(u"'"_s, u"''"_s);
    // KEY '' attaches a plaintext file: test and benchmark use only.
    if (auto status = db.exec(u"ATTACH DATABASE '%1' AS plaintext KEY ''"_s.arg(quoted).toStdString()); !status) {
        return status;
    }
    auto status = db.exec("SELECT sqlcipher_export('plaintext')");
    if (status) {
        // sqlcipher_export (3.4) leaves the schema version behind: the migrations need it.
        auto version = db.queryInt("PRAGMA main.user_version");
        status = version ? db.exec("PRAGMA plaintext.user_version = " + std::to_string(*version)) : version.error();
    }
    (void)db.exec("DETACH DATABASE plaintext");
    if (!status) {
        return status;
    }
    if (!storage::Database::fileLooksPlaintext(target)) {
        return failed(u"the unencrypted copy %1 has no plaintext header"_s.arg(target));
    }
    // The audit trail's anchor too, so that the copy does the same work: every
    // audited action (opening a file, a sign-in) then moves its anchor forward
    // (a small file written and synced) as the real store does.
    const QString anchor = storage::AuditAnchor::pathFor(target);
    QFile::remove(anchor);
    if (!QFile::copy(storage::AuditAnchor::pathFor(db.path()), anchor)) {
        return failed(u"cannot copy the audit anchor to %1"_s.arg(anchor));
    }
    return {};
}

core::Result<BenchStore> BenchStore::prepare(const BenchOptions& options, int people, int interventions,
                                             const core::Clock& clock, QTextStream& log)
{
    BenchStore store;
    store.folder = QDir(options.cacheRoot)
                       .filePath(u"p%1-i%2-s%3"_s.arg(people).arg(interventions).arg(options.seed));
    store.encryptedPath = QDir(store.folder).filePath(u"relais.db"_s);
    store.plainPath = QDir(store.folder).filePath(u"relais-plain.db"_s);
    store.csvFolder = QDir(store.folder).filePath(u"csv"_s);
    store.importBaseEncrypted = QDir(store.folder).filePath(u"import-base.db"_s);
    store.importBasePlain = QDir(store.folder).filePath(u"import-base-plain.db"_s);

    const QString marker = QDir(store.folder).filePath(QString::fromLatin1(kCompleteMarker));
    if (!QFile::exists(marker)) {
        log << "Generating " << people << " people and " << interventions << " interventions (seed "
            << options.seed << ") in " << store.folder << " ..." << Qt::endl;
        QDir(store.folder).removeRecursively();
        QDir().mkpath(store.folder);
        QElapsedTimer timer;
        timer.start();
        app::DemoGenerator::Options demo;
        demo.path = store.encryptedPath;
        demo.people = people;
        demo.interventions = interventions;
        demo.seed = options.seed;
        demo.bulk = true;
        demo.csvDir = store.csvFolder;
        auto summary = app::DemoGenerator::generate(demo, clock);
        if (!summary) {
            return summary.error();
        }
        log << "  generated " << summary->people << " people, " << summary->interventions << " interventions, "
            << summary->cases << " cases in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
        auto session = signIn(store.encryptedPath, clock);
        if (!session) {
            return session.error();
        }
        if (auto status = exportPlaintext((*session)->db(), store.plainPath); !status) {
            return status.error();
        }
        QStringList managers;
        {
            auto stmt = (*session)->db().prepare("SELECT user_name FROM app_user WHERE role = 'case_manager' "
                                                 "ORDER BY id");
            if (!stmt) {
                return stmt.error();
            }
            for (;;) {
                auto row = stmt->step();
                if (!row) {
                    return row.error();
                }
                if (!*row) {
                    break;
                }
                managers << stmt->textAt(0);
            }
        }
        (*session)->lock();
        if (auto status = makeImportBase(store, managers, clock); !status) {
            return status.error();
        }
        QFile file(marker);
        if (!file.open(QIODevice::WriteOnly)) {
            return failed(u"cannot write %1"_s.arg(marker)).error();
        }
        log << "  ready in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    } else {
        log << "Reusing " << store.folder << Qt::endl;
    }
    auto session = signIn(store.encryptedPath, clock);
    if (!session) {
        return session.error();
    }
    store.key = storage::SecureBytes::copyOf((*session)->dataKey().data(), (*session)->dataKey().size());
    store.generation = (*session)->generation();
    store.lead = (*session)->user();
    (*session)->lock();
    // The sign-in above brought the encrypted file to the latest schema; this the copy.
    auto plain = openFile(store.plainPath, false, store.key, store.generation, store.lead, clock);
    if (!plain) {
        return plain.error();
    }
    (*plain)->close();
    return store;
}

core::Result<std::unique_ptr<storage::Workspace>> BenchStore::open(bool encrypted, const core::Clock& clock) const
{
    return openFile(encrypted ? encryptedPath : plainPath, encrypted, key, generation, lead, clock);
}

core::Result<std::unique_ptr<storage::Workspace>> BenchStore::openFile(const QString& path, bool encrypted,
                                                                       const storage::SecureBytes& key,
                                                                       quint64 generation,
                                                                       const core::UserAccount& user,
                                                                       const core::Clock& clock)
{
    auto lock = storage::DatabaseLock::acquire(path);
    if (!lock) {
        return lock.error();
    }
    auto db = encrypted ? storage::Database::open(path, key, storage::Database::Mode::OpenExisting)
                        : storage::Database::openPlaintextForBenchmark(path);
    if (!db) {
        return db.error();
    }
    // A copy made before a schema change catches up, as a sign-in would.
    if (auto migrated = storage::Migrator().migrate(*db); !migrated) {
        return migrated.error();
    }
    auto session = std::make_unique<storage::Session>(path, std::move(*lock), std::move(*db),
                                                      storage::SecureBytes::copyOf(key.data(), key.size()),
                                                      generation, user);
    return storage::Workspace::open(std::move(session), clock);
}

} // namespace relais::bench
