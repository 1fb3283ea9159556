// relais backup and relais restore, in process and as the built binary.

#include "CliRunner.h"
#include "TestSupport.h"
#include "app/Cli.h"
#include "app/ExitCode.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/KeyVault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace relais;
using test::CliRun;
using test::runCli;
using app::Cli;
using storage::Backup;

namespace {

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// A database made with `relais init` (admin), a team lead (lea) and a case
// manager (marie), and folders for backups and restores.
struct BackupSetup
{
    QTemporaryDir dir;
    QString db;
    QString recoveryKey;
    QString backups;
    QString restored;

    BackupSetup()
    {
        db = dir.filePath(QStringLiteral("data/org.db"));
        backups = dir.filePath(QStringLiteral("backups"));
        restored = dir.filePath(QStringLiteral("restored"));
        const CliRun init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--org"),
                                    QStringLiteral("Han-Droits"), QStringLiteral("--admin"), QStringLiteral("admin")},
                                   {"admin-password"});
        REQUIRE(init.exitCode == 0);
        recoveryKey = init.out.trimmed();
        for (const auto& [user, role, password] :
             {std::tuple{"lea", "team_lead", "lea-password"}, std::tuple{"marie", "case_manager", "marie-password"}}) {
            REQUIRE(runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                            QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--user"),
                            QString::fromLatin1(user), QStringLiteral("--role"), QString::fromLatin1(role)},
                           {"admin-password", password})
                        .exitCode
                    == 0);
        }
    }

    CliRun backup(const char* user, const char* password, const QString& out) const
    {
        return runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                       QString::fromLatin1(user), QStringLiteral("--out"), out},
                      {password});
    }

    CliRun restore(const QString& from, const QString& target) const
    {
        return runCli({QStringLiteral("restore"), QStringLiteral("--from"), from, QStringLiteral("--db"), target});
    }

    CliRun check(const QString& database, const char* user, const char* password) const
    {
        return runCli({QStringLiteral("check"), QStringLiteral("--db"), database, QStringLiteral("--as"),
                       QString::fromLatin1(user)},
                      {password});
    }

    // The data key, through the recovery key, to look inside a copy as a test.
    storage::SecureBytes dataKey(const QString& database) const
    {
        auto vault = storage::KeyVault::load(storage::KeyVault::slotsPathFor(database));
        REQUIRE(vault);
        auto keys = vault->unlockWithRecoveryKey(recoveryKey);
        REQUIRE(keys);
        return std::move(keys->front().key);
    }
};

} // namespace

TEST_CASE("relais backup by a team lead and relais restore give a database the same passwords open",
          "[cli][backup]")
{
    BackupSetup setup;
    const QString out = setup.backups + QStringLiteral("/org-2026-03-02.db");
    const CliRun backup = setup.backup("lea", "lea-password", out);
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.contains(QStringLiteral("verified")));
    CHECK(backup.out.contains(QStringLiteral("org-2026-03-02.db.slots")));
    CHECK(backup.out.contains(QStringLiteral("encrypted or offline")));
    CHECK(filesIn(setup.backups).size() == 4);

    const QString target = setup.restored + QStringLiteral("/org.db");
    const CliRun restore = setup.restore(out, target);
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("Restored")));

    for (const auto& [user, password] : {std::pair{"lea", "lea-password"}, std::pair{"admin", "admin-password"},
                                         std::pair{"marie", "marie-password"}}) {
        const CliRun check = setup.check(target, user, password);
        CHECK(check.exitCode == 0);
        CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
        CHECK(check.out.contains(QStringLiteral("chain and anchor verified")));
    }

    // The original knows when it was last backed up, and who did it.
    auto db = storage::Database::open(setup.db, setup.dataKey(setup.db), storage::Database::Mode::OpenExisting);
    REQUIRE(db);
    CHECK(Backup::lastBackupAt(*db) == test::MockClock().nowUtc());
    CHECK(*db->queryInt("SELECT count(*) FROM audit_log a JOIN app_user u ON u.id = a.user_id "
                        "WHERE a.action = 'database.backup' AND u.user_name = 'lea'")
          == 1);
}

TEST_CASE("A case manager cannot make a backup: exit 5 and nothing written", "[cli][backup][access]")
{
    BackupSetup setup;
    const CliRun backup = setup.backup("marie", "marie-password", setup.backups + QStringLiteral("/b.db"));
    CHECK(backup.exitCode == app::kExitPermission);
    CHECK(backup.err.contains(QStringLiteral("team lead or an administrator")));
    CHECK(filesIn(setup.backups).isEmpty());
}

TEST_CASE("relais backup refuses to replace an existing backup: exit 3", "[cli][backup]")
{
    BackupSetup setup;
    const QString out = setup.backups + QStringLiteral("/b.db");
    REQUIRE(setup.backup("admin", "admin-password", out).exitCode == 0);
    const QByteArray before = test::fileHash(out);
    const CliRun again = setup.backup("admin", "admin-password", out);
    CHECK(again.exitCode == app::kExitRejected);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(test::fileHash(out) == before);
}

TEST_CASE("relais restore over an existing database exits 3 and changes nothing", "[cli][backup]")
{
    BackupSetup setup;
    const QString out = setup.backups + QStringLiteral("/b.db");
    REQUIRE(setup.backup("admin", "admin-password", out).exitCode == 0);
    const QByteArray database = test::fileHash(setup.db);
    const QByteArray slotsHash = test::fileHash(storage::KeyVault::slotsPathFor(setup.db));
    const QStringList files = filesIn(QFileInfo(setup.db).absolutePath());

    const CliRun restore = setup.restore(out, setup.db);
    CHECK(restore.exitCode == app::kExitRejected);
    CHECK(restore.err.contains(QStringLiteral("already exists")));
    CHECK(test::fileHash(setup.db) == database);
    CHECK(test::fileHash(storage::KeyVault::slotsPathFor(setup.db)) == slotsHash);
    CHECK(filesIn(QFileInfo(setup.db).absolutePath()) == files);
}

TEST_CASE("A damaged backup exits 4 with a damaged message and writes nothing", "[cli][backup][damaged]")
{
    BackupSetup setup;
    const QString out = setup.backups + QStringLiteral("/b.db");
    REQUIRE(setup.backup("admin", "admin-password", out).exitCode == 0);
    SECTION("bytes flipped")
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(2 * 4096 + 7);
        file.write(QByteArray(3, '\xff'));
    }
    SECTION("truncated")
    {
        QFile file(out);
        REQUIRE(file.resize(file.size() / 2));
    }
    SECTION("slots missing")
    {
        REQUIRE(QFile::remove(storage::KeyVault::slotsPathFor(out)));
    }
    const CliRun restore = setup.restore(out, setup.restored + QStringLiteral("/org.db"));
    CHECK(restore.exitCode == app::kExitDamaged);
    CHECK(restore.err.contains(QStringLiteral("damaged")));
    CHECK(restore.err.contains(QStringLiteral("another backup")));
    CHECK_FALSE(QFileInfo::exists(setup.restored));
}

TEST_CASE("relais restore --as checks the backup with a password, and a wrong one exits 2 and writes nothing",
          "[cli][backup][auth]")
{
    BackupSetup setup;
    const QString out = setup.backups + QStringLiteral("/b.db");
    REQUIRE(setup.backup("lea", "lea-password", out).exitCode == 0);
    const QString target = setup.restored + QStringLiteral("/org.db");
    const QStringList arguments = {QStringLiteral("restore"), QStringLiteral("--from"), out, QStringLiteral("--db"),
                                   target, QStringLiteral("--as"), QStringLiteral("lea")};
    const CliRun wrong = runCli(arguments, {"not-leas-password"});
    CHECK(wrong.exitCode == app::kExitAuthentication);
    CHECK(filesIn(setup.restored).isEmpty());
    const CliRun right = runCli(arguments, {"lea-password"});
    CHECK(right.exitCode == 0);
    CHECK(setup.check(target, "lea", "lea-password").exitCode == 0);
}

TEST_CASE("A backup killed at any moment leaves either a complete backup or only temporary files",
          "[cli][backup][crash]")
{
    BackupSetup setup;
    {
        // About 14 MB, so that the copy takes long enough to be interrupted (0.8 s here).
        auto db = storage::Database::open(setup.db, setup.dataKey(setup.db), storage::Database::Mode::OpenExisting);
        REQUIRE(db);
        REQUIRE(db->exec("CREATE TABLE filler (data BLOB)"));
        REQUIRE(db->exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                         "INSERT INTO filler SELECT randomblob(4096) FROM n"));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RELAIS_KDF"), QStringLiteral("fast"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    int killed = 0;
    int midway = 0;
    for (int delayMs : {0, 50, 100, 200, 300, 400, 500, 600, 700, 800, 1000, 1500, 3000}) {
        const QString name = QStringLiteral("k%1.db").arg(delayMs);
        const QString out = setup.backups + QLatin1Char('/') + name;
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RELAIS_BINARY), {QStringLiteral("backup"), QStringLiteral("--db"), setup.db,
                                                      QStringLiteral("--as"), QStringLiteral("admin"),
                                                      QStringLiteral("--out"), out});
        REQUIRE(process.waitForStarted());
        process.write("admin-password\n");
        REQUIRE(process.waitForBytesWritten(10000)); // QProcess writes only when asked to wait
        process.closeWriteChannel();
        QThread::msleep(static_cast<unsigned long>(delayMs));
        process.kill(); // SIGKILL
        REQUIRE(process.waitForFinished(60000));
        const bool finished = process.exitStatus() == QProcess::NormalExit;
        if (finished) {
            REQUIRE(process.exitCode() == 0);
        } else {
            ++killed;
        }
        INFO("killed after " << delayMs << " ms" << (finished ? " (had finished)" : ""));
        // Under the final names: nothing, or files that are whole.
        if (QFileInfo::exists(Backup::manifestPathFor(out))) {
            CHECK(Backup::verify(out));
        } else if (QFileInfo::exists(out)) {
            auto copy = storage::Database::open(out, setup.dataKey(setup.db), storage::Database::Mode::OpenExisting);
            REQUIRE(copy);
            CHECK(*copy->integrityCheck() == QStringLiteral("ok"));
            CHECK(Backup::verify(out).error().code == core::ErrorCode::Damaged); // incomplete: no manifest
        }
        bool leftTemporary = false;
        for (const QString& file : filesIn(setup.backups)) {
            if (file.startsWith(name)) {
                const QString rest = file.mid(name.size());
                const bool finalName = rest.isEmpty() || rest == QStringLiteral(".slots")
                                       || rest == QStringLiteral(".anchor") || rest == QStringLiteral(".manifest");
                leftTemporary = leftTemporary || rest.startsWith(QStringLiteral(".partial-"));
                CHECK((finalName || rest.startsWith(QStringLiteral(".partial-"))));
            }
        }
        midway += leftTemporary ? 1 : 0;
    }
    // How many kills landed during the copy depends on the machine's speed.
    WARN(killed << " of 13 backups killed before they finished, " << midway << " of them during the copy");
    // The database itself is unharmed.
    const CliRun check = setup.check(setup.db, "admin", "admin-password");
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
}
