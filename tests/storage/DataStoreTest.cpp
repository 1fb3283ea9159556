#include "TestSupport.h"
#include "core/Log.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/KeyVault.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace relais;
using core::ErrorCode;
using storage::DataStore;
using storage::KdfParams;
using storage::KeyVault;
using test::TempStore;

namespace {

const KdfParams kFast = KdfParams::fastForTests();

void addUser(TempStore& store, const char* name, core::Role role, const char* password)
{
    auto admin = store.signIn();
    auto user = DataStore::addUser(*admin, QString::fromLatin1(name), role, password, kFast, store.clock);
    if (!user) {
        FAIL(user.error().detail);
    }
}

QString slotsPath(const TempStore& store)
{
    return KeyVault::slotsPathFor(store.path);
}

} // namespace

TEST_CASE("A new store round-trips data through sign-out and sign-in", "[storage][store]")
{
    TempStore store;
    {
        auto session = store.signIn();
        CHECK(session->user().userName == QStringLiteral("admin"));
        CHECK(session->user().role == core::Role::Admin);
        CHECK(session->generation() == 1);
        auto& db = session->db();
        REQUIRE(db.exec("CREATE TABLE note (body TEXT)"));
        auto insert = db.prepare("INSERT INTO note VALUES (?1)");
        REQUIRE(insert);
        insert->bind(1, QStringLiteral("Rencontre au parc, café offert"));
        REQUIRE(insert->run());
    }
    auto session = store.signIn();
    CHECK(*session->db().queryText("SELECT body FROM note") == QStringLiteral("Rencontre au parc, café offert"));
    CHECK(*session->db().queryText("SELECT value FROM meta WHERE key = 'organisation_name'")
          == QString::fromUtf8(test::kOrganisation));
}

TEST_CASE("No marker written by the app appears in plaintext in any file of the data folder",
          "[storage][store][security]")
{
    TempStore store;
    const QString logs = store.dir.filePath(QStringLiteral("logs"));
    REQUIRE(core::initLogging(logs, QStringLiteral("trace")));
    const QString marker = QStringLiteral("MARQUEUR-Zoé-7f3a");
    auto session = store.signIn();
    auto& db = session->db();
    REQUIRE(db.exec("CREATE TABLE note (body TEXT)"));
    {
        auto tx = storage::Transaction::begin(db);
        REQUIRE(tx);
        auto insert = db.prepare("INSERT INTO note VALUES (?1)");
        REQUIRE(insert);
        for (int i = 0; i < 500; ++i) {
            insert->bind(1, marker + QString::number(i));
            REQUIRE(insert->run());
            insert->reset();
        }
        REQUIRE(tx->commit());
    }
    // While open, the rows sit in the WAL: it must be encrypted too.
    REQUIRE(QFileInfo(store.path + QStringLiteral("-wal")).size() > 0);
    CHECK(test::filesContaining(store.dir.path(), marker).isEmpty());
    session.reset();
    spdlog::shutdown();
    CHECK(test::filesContaining(store.dir.path(), marker).isEmpty());
    CHECK(test::filesContaining(store.dir.path(), QString::fromUtf8(test::kOrganisation)).isEmpty());
    // The data is really there, under the key.
    auto again = store.signIn();
    CHECK(*again->db().queryInt("SELECT count(*) FROM note WHERE body LIKE 'MARQUEUR%'") == 500);
}

TEST_CASE("The database file never starts with SQLite's plaintext header", "[storage][store][security]")
{
    TempStore store;
    QFile file(store.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(15) != QByteArray("SQLite format 3"));
    CHECK_FALSE(storage::Database::fileLooksPlaintext(store.path));
}

TEST_CASE("A wrong password or unknown user gets one generic message and changes no byte", "[storage][store][auth]")
{
    TempStore store;
    const QByteArray dbBefore = test::fileHash(store.path);
    const QByteArray slotsBefore = test::fileHash(slotsPath(store));

    auto wrongPassword = DataStore::unlock(store.path, QStringLiteral("admin"), "not the password", store.clock);
    REQUIRE_FALSE(wrongPassword.ok());
    CHECK(wrongPassword.error().code == ErrorCode::AuthenticationFailed);

    auto unknownUser = DataStore::unlock(store.path, QStringLiteral("nobody"), test::kAdminPassword, store.clock);
    REQUIRE_FALSE(unknownUser.ok());
    CHECK(unknownUser.error().code == ErrorCode::AuthenticationFailed);
    CHECK(unknownUser.error().userMessage == wrongPassword.error().userMessage);

    CHECK(test::fileHash(store.path) == dbBefore);
    CHECK(test::fileHash(slotsPath(store)) == slotsBefore);
    CHECK_FALSE(QFile::exists(storage::DatabaseLock::lockPathFor(store.path)));
}

TEST_CASE("Repeated failed sign-ins slow down and are handed to the next successful sign-in",
          "[storage][store][auth]")
{
    TempStore store;
    for (int i = 0; i < 3; ++i) {
        CHECK_FALSE(DataStore::unlock(store.path, QStringLiteral("admin"), "guess", store.clock).ok());
    }
    CHECK(DataStore::signInWait(store.path, store.clock).count() == 1);
    // Even the right password waits its turn.
    auto tooSoon = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE_FALSE(tooSoon.ok());
    CHECK(tooSoon.error().userMessage.contains(QStringLiteral("wait")));

    store.clock.advanceSeconds(1);
    CHECK(DataStore::signInWait(store.path, store.clock).count() == 0);
    auto session = store.signIn();
    CHECK(session->failedSignIns.size() == 3);
    CHECK(session->failedSignIns.front().userName == QStringLiteral("admin"));
    CHECK(DataStore::signInWait(store.path, store.clock).count() == 0);
}

TEST_CASE("A damaged database file is reported as damaged, does not count as a failure, and is kept",
          "[storage][store][damaged]")
{
    TempStore store;
    QFile file(store.path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(100);
    file.write(QByteArray(64, '\x5a'));
    file.close();
    const QByteArray before = test::fileHash(store.path);

    auto session = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::Damaged);
    CHECK(session.error().userMessage.contains(QStringLiteral("backup")));
    CHECK(test::fileHash(store.path) == before);
    CHECK(DataStore::signInWait(store.path, store.clock).count() == 0);
}

TEST_CASE("A truncated database is reported as damaged and left as it is", "[storage][store][damaged]")
{
    TempStore store;
    QFile file(store.path);
    REQUIRE(file.resize(1000));
    const QByteArray before = test::fileHash(store.path);
    auto session = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::Damaged);
    CHECK(test::fileHash(store.path) == before);
}

TEST_CASE("A damaged or missing key slots file is reported as damaged", "[storage][store][damaged]")
{
    TempStore store;
    const QByteArray dbBefore = test::fileHash(store.path);
    SECTION("garbage")
    {
        QFile slotsFile(slotsPath(store));
        REQUIRE(slotsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        slotsFile.write("{ not json");
    }
    SECTION("missing")
    {
        REQUIRE(QFile::remove(slotsPath(store)));
    }
    SECTION("a field of the wrong size")
    {
        QFile slotsFile(slotsPath(store));
        REQUIRE(slotsFile.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(slotsFile.readAll()).object();
        slotsFile.close();
        QJsonObject recovery = root.value(QStringLiteral("recovery")).toObject();
        recovery.insert(QStringLiteral("publicKey"), QStringLiteral("AAAA"));
        root.insert(QStringLiteral("recovery"), recovery);
        REQUIRE(slotsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        slotsFile.write(QJsonDocument(root).toJson());
    }
    auto session = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::Damaged);
    CHECK(test::fileHash(store.path) == dbBefore);
}

TEST_CASE("Accounts are added, change password and are removed through their slots", "[storage][store][slots]")
{
    TempStore store;
    addUser(store, "marie", core::Role::CaseManager, "marie-password");
    {
        auto marie = DataStore::unlock(store.path, QStringLiteral("Marie"), "marie-password", store.clock);
        REQUIRE(marie);
        CHECK((*marie)->user().role == core::Role::CaseManager);
        // A case manager cannot add accounts.
        auto refused = DataStore::addUser(**marie, QStringLiteral("paul"), core::Role::Admin, "paul-password", kFast,
                                          store.clock);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }

    REQUIRE(DataStore::changePassword(store.path, QStringLiteral("marie"), "marie-password", "nouveau-mot-de-passe",
                                      kFast, store.clock));
    CHECK_FALSE(DataStore::unlock(store.path, QStringLiteral("marie"), "marie-password", store.clock).ok());
    REQUIRE(DataStore::unlock(store.path, QStringLiteral("marie"), "nouveau-mot-de-passe", store.clock));

    CHECK(DataStore::changePassword(store.path, QStringLiteral("marie"), "wrong-old", "whatever-new", kFast, store.clock)
              .error()
              .code
          == ErrorCode::AuthenticationFailed);
    CHECK(DataStore::changePassword(store.path, QStringLiteral("marie"), "nouveau-mot-de-passe", "short", kFast, store.clock)
              .error()
              .code
          == ErrorCode::InputRejected);

    {
        auto admin = store.signIn();
        auto duplicate = DataStore::addUser(*admin, QStringLiteral("MARIE"), core::Role::TeamLead, "another-pass",
                                            kFast, store.clock);
        REQUIRE_FALSE(duplicate.ok());
        CHECK(duplicate.error().code == ErrorCode::InputRejected);
        REQUIRE(DataStore::removeUser(*admin, QStringLiteral("marie"), store.clock));
        CHECK(DataStore::removeUser(*admin, QStringLiteral("admin"), store.clock).error().code
              == ErrorCode::InputRejected);
    }
    CHECK_FALSE(DataStore::unlock(store.path, QStringLiteral("marie"), "nouveau-mot-de-passe", store.clock).ok());
    auto loaded = KeyVault::load(slotsPath(store));
    REQUIRE(loaded);
    CHECK(loaded->findAccount(QStringLiteral("marie")) == nullptr);
}

TEST_CASE("A slot renamed to another user's name does not sign in as that user", "[storage][store][security]")
{
    TempStore store;
    addUser(store, "paul", core::Role::CaseManager, "paul-password");
    // Paul edits the slots file: his slot now claims to be "admin".
    QFile slotsFile(slotsPath(store));
    REQUIRE(slotsFile.open(QIODevice::ReadOnly));
    QByteArray text = slotsFile.readAll();
    slotsFile.close();
    text.replace("\"userName\": \"admin\"", "\"userName\": \"old-admin\"");
    text.replace("\"userName\": \"paul\"", "\"userName\": \"admin\"");
    REQUIRE(slotsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    slotsFile.write(text);
    slotsFile.close();

    auto session = DataStore::unlock(store.path, QStringLiteral("admin"), "paul-password", store.clock);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::AuthenticationFailed);
}

TEST_CASE("The recovery key sets a new password when the old one is forgotten", "[storage][store][recovery]")
{
    TempStore store;
    CHECK(store.recovery.text.count(QLatin1Char('-')) == 12);

    auto wrong = DataStore::recover(store.path, QStringLiteral("AAAA-BBBB"), QStringLiteral("admin"), "new-password-1",
                                    kFast, store.clock);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::AuthenticationFailed);

    {
        // Lower case and spaces are forgiven when typed back.
        const QString typed = store.recovery.text.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        auto session = DataStore::recover(store.path, typed, QStringLiteral("admin"), "new-password-1", kFast,
                                          store.clock);
        REQUIRE(session);
        CHECK((*session)->user().userName == QStringLiteral("admin"));
    }
    CHECK_FALSE(DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock).ok());
    store.clock.advanceSeconds(60);
    REQUIRE(DataStore::unlock(store.path, QStringLiteral("admin"), "new-password-1", store.clock));
}

TEST_CASE("Re-keying replaces the data key: every account still signs in, the old key opens nothing",
          "[storage][store][rekey]")
{
    TempStore store;
    addUser(store, "lea", core::Role::TeamLead, "lea-password");
    storage::SecureBytes oldKey;
    {
        auto admin = store.signIn();
        oldKey = storage::SecureBytes::copyOf(admin->dataKey().data(), admin->dataKey().size());
        REQUIRE(admin->db().exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('gardé')"));
        REQUIRE(DataStore::rekey(*admin));
        CHECK(admin->generation() == 2);
        CHECK_FALSE(admin->dataKey().equals(oldKey));
        CHECK(*admin->db().queryText("SELECT body FROM note") == QStringLiteral("gardé"));
    }
    auto oldOpen = storage::Database::open(store.path, oldKey, storage::Database::Mode::OpenExisting);
    REQUIRE_FALSE(oldOpen.ok());
    CHECK(oldOpen.error().code == ErrorCode::Damaged);

    auto lea = DataStore::unlock(store.path, QStringLiteral("lea"), "lea-password", store.clock);
    REQUIRE(lea);
    CHECK((*lea)->generation() == 2);
    CHECK(*(*lea)->db().queryText("SELECT value FROM meta WHERE key = 'key_generation'") == QStringLiteral("2"));
    CHECK(*(*lea)->db().queryText("SELECT body FROM note") == QStringLiteral("gardé"));
    CHECK(*(*lea)->db().integrityCheck() == QStringLiteral("ok"));
    lea->reset();

    auto vault = KeyVault::load(slotsPath(store));
    REQUIRE(vault);
    CHECK(vault->generation() == 2);
    CHECK_FALSE(vault->previousGeneration().has_value());
    REQUIRE(DataStore::recover(store.path, store.recovery.text, QStringLiteral("admin"), "after-rekey-pw", kFast,
                               store.clock));
    CHECK_FALSE(QFile::exists(store.path + QStringLiteral(".rekey-new")));
}

TEST_CASE("Only an administrator can re-key", "[storage][store][rekey]")
{
    TempStore store;
    addUser(store, "lea", core::Role::TeamLead, "lea-password");
    auto lea = DataStore::unlock(store.path, QStringLiteral("lea"), "lea-password", store.clock);
    REQUIRE(lea);
    CHECK(DataStore::rekey(**lea).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("A re-key interrupted before the database swap is undone at the next sign-in", "[storage][store][rekey]")
{
    TempStore store;
    storage::SecureBytes currentKey;
    {
        auto admin = store.signIn();
        currentKey = storage::SecureBytes::copyOf(admin->dataKey().data(), admin->dataKey().size());
    }
    // Crash right after phase 1: slots carry generation 2 and the old generation 1.
    auto vault = KeyVault::load(slotsPath(store));
    REQUIRE(vault);
    REQUIRE(vault->beginRekey(currentKey, storage::SecureBytes::random(32)));
    REQUIRE(vault->save(slotsPath(store)));

    auto session = store.signIn();
    CHECK(session->generation() == 1);
    auto after = KeyVault::load(slotsPath(store));
    REQUIRE(after);
    CHECK(after->generation() == 1);
    CHECK_FALSE(after->previousGeneration().has_value());
}

TEST_CASE("A re-key interrupted after the database swap is finished at the next sign-in", "[storage][store][rekey]")
{
    TempStore store;
    const QString savedSlots = store.dir.filePath(QStringLiteral("slots-generation-1"));
    REQUIRE(QFile::copy(slotsPath(store), savedSlots));
    storage::SecureBytes oldKey;
    storage::SecureBytes newKey;
    {
        auto admin = store.signIn();
        oldKey = storage::SecureBytes::copyOf(admin->dataKey().data(), 32);
        REQUIRE(DataStore::rekey(*admin));
        newKey = storage::SecureBytes::copyOf(admin->dataKey().data(), 32);
    }
    // Crash right after the swap: slots still hold both generations.
    auto vault = KeyVault::load(savedSlots);
    REQUIRE(vault);
    REQUIRE(vault->beginRekey(oldKey, newKey));
    REQUIRE(QFile::remove(slotsPath(store)));
    REQUIRE(vault->save(slotsPath(store)));

    auto session = store.signIn();
    CHECK(session->generation() == 2);
    auto after = KeyVault::load(slotsPath(store));
    REQUIRE(after);
    CHECK(after->generation() == 2);
    CHECK_FALSE(after->previousGeneration().has_value());
}

TEST_CASE("Slots from another copy of the database are refused as not matching", "[storage][store][damaged]")
{
    TempStore first;
    TempStore second;
    REQUIRE(QFile::remove(slotsPath(second)));
    REQUIRE(QFile::copy(slotsPath(first), slotsPath(second)));
    const QByteArray before = test::fileHash(second.path);
    auto session = DataStore::unlock(second.path, QStringLiteral("admin"), test::kAdminPassword, second.clock);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::Damaged);
    CHECK(test::fileHash(second.path) == before);
}

TEST_CASE("Creating a store refuses bad names, short passwords and existing files", "[storage][store]")
{
    QTemporaryDir dir;
    test::MockClock clock;
    DataStore::NewStore spec;
    spec.path = dir.filePath(QStringLiteral("new.db"));
    spec.organisation = QStringLiteral("Pech");
    spec.adminUserName = QStringLiteral("admin");
    spec.adminPassword = "short";
    spec.kdf = kFast;
    CHECK(DataStore::create(spec, clock).error().code == ErrorCode::InputRejected);
    spec.adminPassword = "long enough password";
    spec.adminUserName = QStringLiteral("two words");
    CHECK(DataStore::create(spec, clock).error().code == ErrorCode::InputRejected);
    spec.adminUserName = QStringLiteral("admin");
    spec.organisation = QStringLiteral("  ");
    CHECK(DataStore::create(spec, clock).error().code == ErrorCode::InputRejected);
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    spec.organisation = QStringLiteral("Pech");
    REQUIRE(DataStore::create(spec, clock));
    const QByteArray before = test::fileHash(spec.path);
    CHECK(DataStore::create(spec, clock).error().code == ErrorCode::InputRejected);
    CHECK(test::fileHash(spec.path) == before);
}

TEST_CASE("A database open on another computer is refused, naming that computer", "[storage][store][lock]")
{
    TempStore store;
    QFile lock(storage::DatabaseLock::lockPathFor(store.path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write(R"({"host":"poste-accueil-2","pid":4242,"since":"2026-03-02T08:00:00Z"})");
    lock.close();
    auto session = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::InUse);
    CHECK(session.error().userMessage.contains(QStringLiteral("poste-accueil-2")));
}

TEST_CASE("A lock left by a process that has ended is taken over, a live local one is shared",
          "[storage][store][lock]")
{
    TempStore store;
    const QString lockPath = storage::DatabaseLock::lockPathFor(store.path);
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly));
        // pid 0 never names a running process
        lock.write(QStringLiteral(R"({"host":"%1","pid":0,"since":"2026-03-02T08:00:00Z"})")
                       .arg(QSysInfo::machineHostName())
                       .toUtf8());
    }
    {
        auto session = store.signIn();
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::ReadOnly));
        CHECK(QJsonDocument::fromJson(lock.readAll()).object().value(QStringLiteral("pid")).toInt() == ::getpid());
        // A second open of this computer shares it and does not remove it when done.
        {
            auto second = storage::DatabaseLock::acquire(store.path);
            REQUIRE(second);
            CHECK(second->sharedWithLocalProcess());
        }
        CHECK(QFile::exists(lockPath));
    }
    CHECK_FALSE(QFile::exists(lockPath));

    // Held by another live process of this computer: shared, not taken over.
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    REQUIRE(sleeper.waitForStarted());
    {
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write(QStringLiteral(R"({"host":"%1","pid":%2,"since":"2026-03-02T08:00:00Z"})")
                       .arg(QSysInfo::machineHostName())
                       .arg(sleeper.processId())
                       .toUtf8());
    }
    {
        auto session = store.signIn();
        QFile lock(lockPath);
        REQUIRE(lock.open(QIODevice::ReadOnly));
        CHECK(QJsonDocument::fromJson(lock.readAll()).object().value(QStringLiteral("pid")).toInteger()
              == sleeper.processId());
    }
    CHECK(QFile::exists(lockPath));
    sleeper.kill();
    sleeper.waitForFinished();
}

TEST_CASE("A WAL left by a crash is copied aside before it is replayed, and its data kept",
          "[storage][store][wal]")
{
    TempStore store;
    const QString crashed = store.dir.filePath(QStringLiteral("crashed"));
    REQUIRE(QDir().mkpath(crashed));
    {
        auto session = store.signIn();
        auto& db = session->db();
        REQUIRE(db.exec("PRAGMA wal_autocheckpoint = 0"));
        REQUIRE(db.exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('dans le WAL')"));
        // Snapshot the files as a power cut would leave them.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral(".slots")}) {
            REQUIRE(QFile::copy(store.path + suffix, crashed + QStringLiteral("/relais.db") + suffix));
        }
    }
    const QString copy = crashed + QStringLiteral("/relais.db");
    const QByteArray walBefore = test::fileHash(copy + QStringLiteral("-wal"));
    auto session = DataStore::unlock(copy, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE(session);
    CHECK(*(*session)->db().queryText("SELECT body FROM note") == QStringLiteral("dans le WAL"));
    const QStringList saved = QDir(crashed).entryList({QStringLiteral("relais.db-wal.saved-*")}, QDir::Files);
    REQUIRE(saved.size() == 1);
    CHECK(test::fileHash(crashed + QLatin1Char('/') + saved.first()) == walBefore);
}

TEST_CASE("Copies of leftover WALs are removed at a sign-in once older than 30 days, and nothing else is",
          "[storage][store][wal]")
{
    TempStore store;
    store.signIn().reset();
    const QString folder = QFileInfo(store.path).absolutePath();
    const QString base = QFileInfo(store.path).fileName();
    auto touch = [&](const QString& name) {
        QFile file(folder + QLatin1Char('/') + name);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("saved");
    };
    // The store's clock says 2026-03-02 09:30 UTC.
    const QString old = base + QStringLiteral("-wal.saved-20260129T093000Z"); // 32 days
    const QString oldTwin = base + QStringLiteral("-wal.saved-20260129T093000Z-2"); // same second, second copy
    const QString recent = base + QStringLiteral("-wal.saved-20260131T100000Z"); // 29 days
    const QString notOurs = base + QStringLiteral("-wal.saved-by-hand.txt");
    const QString otherDatabase = QStringLiteral("other.db-wal.saved-20250101T000000Z");
    for (const QString& name : {old, oldTwin, recent, notOurs, otherDatabase}) {
        touch(name);
    }
    REQUIRE(store.signIn());
    CHECK_FALSE(QFile::exists(folder + QLatin1Char('/') + old));
    CHECK_FALSE(QFile::exists(folder + QLatin1Char('/') + oldTwin));
    CHECK(QFile::exists(folder + QLatin1Char('/') + recent));
    CHECK(QFile::exists(folder + QLatin1Char('/') + notOurs));
    CHECK(QFile::exists(folder + QLatin1Char('/') + otherDatabase));

    store.clock.advanceSeconds(qint64(2) * 24 * 3600);
    REQUIRE(store.signIn());
    CHECK_FALSE(QFile::exists(folder + QLatin1Char('/') + recent));
}
