#include "CliRunner.h"
#include "TestSupport.h"
#include "app/Cli.h"
#include "app/ExitCode.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace relais;
using test::CliRun;
using test::runCli;
using app::Cli;

namespace {

struct InitedDatabase
{
    QTemporaryDir dir;
    QString path;
    QString recoveryKey;

    InitedDatabase()
    {
        path = dir.filePath(QStringLiteral("org.db"));
        const CliRun init = runCli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--org"),
                                    QStringLiteral("Han-Droits"), QStringLiteral("--admin"), QStringLiteral("admin")},
                                   {"admin-password"});
        REQUIRE(init.exitCode == 0);
        recoveryKey = init.out.trimmed();
    }

    QStringList args(std::initializer_list<const char*> words) const
    {
        QStringList list;
        for (const char* word : words) {
            list << QString::fromUtf8(word);
        }
        list << QStringLiteral("--db") << path;
        return list;
    }
};

} // namespace

TEST_CASE("relais init prints the recovery key on stdout and check reports a sound database", "[cli]")
{
    InitedDatabase db;
    CHECK(db.recoveryKey.count(QLatin1Char('-')) == 12);
    const CliRun check = runCli(db.args({"check", "--as", "admin"}), {"admin-password"});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("Organisation: Han-Droits")));
    CHECK(check.out.contains(QStringLiteral("SQLCipher")));
}

TEST_CASE("A wrong password exits 2 and leaves the database byte-identical", "[cli][auth]")
{
    InitedDatabase db;
    const QByteArray before = test::fileHash(db.path);
    const CliRun check = runCli(db.args({"check", "--as", "admin"}), {"not-the-password"});
    CHECK(check.exitCode == app::kExitAuthentication);
    CHECK(check.err.contains(QStringLiteral("user name or password is not correct")));
    CHECK(test::fileHash(db.path) == before);
}

TEST_CASE("user add: an administrator adds accounts, other roles get exit 5", "[cli][users]")
{
    InitedDatabase db;
    const CliRun added = runCli(db.args({"user", "add", "--as", "admin", "--user", "marie", "--role", "case_manager"}),
                                {"admin-password", "marie-password"});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("marie")));

    const CliRun denied = runCli(db.args({"user", "add", "--as", "marie", "--user", "paul", "--role", "admin"}),
                                 {"marie-password", "paul-password"});
    CHECK(denied.exitCode == app::kExitPermission);
    CHECK(denied.err.contains(QStringLiteral("administrator")));

    const CliRun duplicate = runCli(db.args({"user", "add", "--as", "admin", "--user", "Marie", "--role", "team_lead"}),
                                    {"admin-password", "other-password"});
    CHECK(duplicate.exitCode == app::kExitRejected);

    CHECK(runCli(db.args({"check", "--as", "marie"}), {"marie-password"}).exitCode == 0);
}

TEST_CASE("Usage errors exit 1 without touching anything", "[cli][usage]")
{
    InitedDatabase db;
    const QByteArray before = test::fileHash(db.path);
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == app::kExitUsage);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), db.path}).exitCode == app::kExitUsage);
    CHECK(runCli(db.args({"user", "add", "--as", "admin", "--user", "x1", "--role", "boss"}), {"admin-password", "p"})
              .exitCode
          == app::kExitUsage);
    CHECK(runCli(db.args({"check", "--as", "admin", "--bogus"}), {"admin-password"}).exitCode == app::kExitUsage);
    CHECK(runCli(db.args({"user", "rename"})).exitCode == app::kExitUsage);
    CHECK(test::fileHash(db.path) == before);
}

TEST_CASE("A missing database or missing password exits 3", "[cli]")
{
    QTemporaryDir dir;
    const CliRun missing = runCli({QStringLiteral("check"), QStringLiteral("--db"), dir.filePath(QStringLiteral("no.db")),
                                   QStringLiteral("--as"), QStringLiteral("admin")},
                                  {"whatever"});
    CHECK(missing.exitCode == app::kExitRejected);
    CHECK(missing.err.contains(QStringLiteral("no database")));

    InitedDatabase db;
    CHECK(runCli(db.args({"check", "--as", "admin"}), {}).exitCode == app::kExitRejected);
    CHECK(runCli({QStringLiteral("init"), QStringLiteral("--db"), dir.filePath(QStringLiteral("n.db")),
                  QStringLiteral("--org"), QStringLiteral("X"), QStringLiteral("--admin"), QStringLiteral("admin")},
                 {"short"})
              .exitCode
          == app::kExitRejected);
}

TEST_CASE("A damaged or too-new database exits 4 and is not modified", "[cli][damaged]")
{
    InitedDatabase db;
    SECTION("damaged pages")
    {
        QFile file(db.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096 + 50);
        file.write(QByteArray(200, '\x01'));
    }
    SECTION("too new")
    {
        // Raise user_version with the real key, recovered through the recovery flow's vault.
        auto vault = storage::KeyVault::load(storage::KeyVault::slotsPathFor(db.path));
        REQUIRE(vault);
        auto keys = vault->unlockWithRecoveryKey(db.recoveryKey);
        REQUIRE(keys);
        auto opened = storage::Database::open(db.path, keys->front().key, storage::Database::Mode::OpenExisting);
        REQUIRE(opened);
        REQUIRE(opened->exec("PRAGMA user_version = 999"));
    }
    const QByteArray before = test::fileHash(db.path);
    const CliRun check = runCli(db.args({"check", "--as", "admin"}), {"admin-password"});
    CHECK(check.exitCode == app::kExitDamaged);
    CHECK_FALSE(check.err.isEmpty());
    CHECK(test::fileHash(db.path) == before);
}

TEST_CASE("Password change, recovery, removal and re-key from the command line", "[cli][users]")
{
    InitedDatabase db;
    REQUIRE(runCli(db.args({"user", "add", "--as", "admin", "--user", "lea", "--role", "team_lead"}),
                   {"admin-password", "lea-password"})
                .exitCode
            == 0);
    CHECK(runCli(db.args({"user", "passwd", "--user", "lea"}), {"lea-password", "lea-new-password"}).exitCode == 0);
    CHECK(runCli(db.args({"check", "--as", "lea"}), {"lea-new-password"}).exitCode == 0);

    const QByteArray key = db.recoveryKey.toUtf8();
    CHECK(runCli(db.args({"recover", "--user", "admin"}), {key.constData(), "admin-new-password"}).exitCode == 0);
    CHECK(runCli(db.args({"check", "--as", "admin"}), {"admin-new-password"}).exitCode == 0);

    CHECK(runCli(db.args({"user", "remove", "--as", "admin", "--user", "lea"}), {"admin-new-password"}).exitCode == 0);
    const CliRun rekey = runCli(db.args({"rekey", "--as", "admin"}), {"admin-new-password"});
    CHECK(rekey.exitCode == 0);
    CHECK(rekey.out.contains(QStringLiteral("generation 2")));
    const CliRun check = runCli(db.args({"check", "--as", "admin"}), {"admin-new-password"});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Key generation: 2")));
}

TEST_CASE("relais check exits 4 and names the first bad entry when the audit trail was edited", "[cli][audit]")
{
    InitedDatabase db;
    REQUIRE(runCli(db.args({"user", "add", "--as", "admin", "--user", "lea", "--role", "team_lead"}),
                   {"admin-password", "lea-password"})
                .exitCode
            == 0);
    REQUIRE(runCli(db.args({"check", "--as", "admin"}), {"admin-password"}).exitCode == 0);
    {
        // Someone with the key rewrites what user 2 did, without fixing the hashes.
        auto vault = storage::KeyVault::load(storage::KeyVault::slotsPathFor(db.path));
        REQUIRE(vault);
        auto keys = vault->unlockWithRecoveryKey(db.recoveryKey);
        REQUIRE(keys);
        auto opened = storage::Database::open(db.path, keys->front().key, storage::Database::Mode::OpenExisting);
        REQUIRE(opened);
        REQUIRE(opened->exec("UPDATE audit_log SET action = 'nothing' WHERE sequence = 2"));
    }
    const CliRun check = runCli(db.args({"check", "--as", "admin"}), {"admin-password"});
    CHECK(check.exitCode == app::kExitDamaged);
    CHECK(check.err.contains(QStringLiteral("#2")));
}

TEST_CASE("init --language sets the organisation's language, which export's spreadsheet format follows", "[cli][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fr.db"));
    const CliRun refused = runCli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--org"),
                                   QStringLiteral("Le Relais"), QStringLiteral("--admin"), QStringLiteral("admin"),
                                   QStringLiteral("--language"), QStringLiteral("de")},
                                  {"admin-password"});
    CHECK(refused.exitCode == app::kExitUsage);
    CHECK(refused.err.contains(QStringLiteral("use fr or en")));
    CHECK_FALSE(QFile::exists(path));

    for (const auto& [code, delimiter] : {std::pair{"fr", ';'}, std::pair{"en", ','}}) {
        const QString db = dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(code)));
        const CliRun init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--org"),
                                    QStringLiteral("Le Relais"), QStringLiteral("--admin"), QStringLiteral("admin"),
                                    QStringLiteral("--language"), QString::fromLatin1(code)},
                                   {"admin-password"});
        REQUIRE(init.exitCode == 0);
        const QString out = dir.filePath(QStringLiteral("export-%1").arg(QString::fromLatin1(code)));
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                                        QStringLiteral("admin"), QStringLiteral("--out"), out},
                                       {"admin-password"});
        REQUIRE(exported.exitCode == 0);
        QFile partners(out + QStringLiteral("/partners.csv"));
        REQUIRE(partners.open(QIODevice::ReadOnly));
        const QByteArray header = partners.readLine();
        CHECK(header.startsWith("\xEF\xBB\xBF"));
        CHECK(header.contains(QByteArray(QByteArray("code") + delimiter + "name")));
    }
}
