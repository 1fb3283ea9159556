#include "CliRunner.h"
#include "TestSupport.h"
#include "app/Cli.h"
#include "app/ExitCode.h"
#include "storage/AuditAnchor.h"
#include "storage/Database.h"
#include "storage/KeyVault.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>

// Issue 8, item 4: each kind of tampering with the audit trail of a real encrypted
// database — an edited, deleted or reordered entry, a cut-off tail, a missing or
// forged anchor — makes `relais check` exit 4 naming the first bad entry by its
// sequence number, and the check leaves the tampered trail exactly as it found it.
// The tampering goes straight to the audit_log table with the data key, as an
// insider holding the recovery key could.

using namespace relais;
using test::CliRun;

namespace {

// A database made with `relais init`, an account added, and a few checks run: an
// audit trail of a dozen entries (sign-ins, sign-outs, user.add).
struct AuditedDatabase
{
    QTemporaryDir dir;
    QString path;
    QString recoveryKey;
    test::MockClock clock;

    AuditedDatabase()
    {
        path = dir.filePath(QStringLiteral("org.db"));
        const CliRun init = run({"init", "--org", "Han-Droits", "--admin", "admin"}, {"admin-password"});
        REQUIRE(init.exitCode == 0);
        recoveryKey = init.out.trimmed();
        REQUIRE(run({"user", "add", "--as", "admin", "--user", "lea", "--role", "team_lead"},
                    {"admin-password", "lea-password"})
                    .exitCode
                == 0);
        for (int i = 0; i < 4; ++i) {
            clock.advanceSeconds(60);
            REQUIRE(check().exitCode == app::kExitOk);
        }
        REQUIRE(entries() >= 10);
    }

    CliRun run(std::initializer_list<const char*> words, std::initializer_list<const char*> stdinLines)
    {
        QStringList arguments;
        for (const char* word : words) {
            arguments << QString::fromUtf8(word);
        }
        arguments << QStringLiteral("--db") << path;
        test::ScriptedSecrets secrets(stdinLines);
        return test::runCli(arguments, secrets, clock);
    }

    CliRun check() { return run({"check", "--as", "admin"}, {"admin-password"}); }

    // The database opened with the data key, outside Relais's services.
    storage::Database openRaw()
    {
        auto vault = storage::KeyVault::load(storage::KeyVault::slotsPathFor(path));
        REQUIRE(vault);
        auto keys = vault->unlockWithRecoveryKey(recoveryKey);
        REQUIRE(keys);
        auto opened = storage::Database::open(path, keys->front().key, storage::Database::Mode::OpenExisting);
        REQUIRE(opened);
        return std::move(*opened);
    }

    void tamper(const std::string& sql)
    {
        INFO(sql);
        storage::Database db = openRaw();
        REQUIRE(db.exec(sql));
        REQUIRE(db.close());
    }

    qint64 entries()
    {
        storage::Database db = openRaw();
        auto count = db.queryInt("SELECT count(*) FROM audit_log");
        REQUIRE(count);
        return *count;
    }

    QStringList trail()
    {
        storage::Database db = openRaw();
        auto rows = db.prepare("SELECT sequence, action, hex(hash) FROM audit_log ORDER BY rowid");
        REQUIRE(rows);
        QStringList lines;
        while (*rows->step()) {
            lines << rows->textAt(0) + QLatin1Char(' ') + rows->textAt(1) + QLatin1Char(' ') + rows->textAt(2);
        }
        return lines;
    }
};

void requireNamedAsTampered(AuditedDatabase& db, qint64 firstBad, const char* problemWords)
{
    const QStringList before = db.trail();
    const QByteArray anchorBefore = test::fileHash(storage::AuditAnchor::pathFor(db.path));
    const CliRun check = db.check();
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == app::kExitDamaged);
    CHECK(check.out.contains(QStringLiteral("NOT VERIFIED")));
    CHECK(check.err.contains(QStringLiteral("First bad entry: #%1.").arg(firstBad)));
    CHECK(check.err.contains(QString::fromUtf8(problemWords)));
    // Nothing appended, the anchor not moved: a second check names the same entry.
    CHECK(db.trail() == before);
    CHECK(test::fileHash(storage::AuditAnchor::pathFor(db.path)) == anchorBefore);
    const CliRun again = db.check();
    CHECK(again.exitCode == app::kExitDamaged);
    CHECK(again.err.contains(QStringLiteral("First bad entry: #%1.").arg(firstBad)));
}

} // namespace

TEST_CASE("relais check verifies an untouched audit trail and records its own sign-in", "[cli][audit]")
{
    AuditedDatabase db;
    const qint64 before = db.entries();
    const CliRun check = db.check();
    CHECK(check.exitCode == app::kExitOk);
    CHECK(check.out.contains(QStringLiteral("chain and anchor verified")));
    CHECK(db.entries() == before + 2); // sign_in and sign_out
    CHECK(db.check().exitCode == app::kExitOk);
}

TEST_CASE("relais check exits 4 naming an edited audit entry", "[cli][audit]")
{
    AuditedDatabase db;
    SECTION("its action")
    {
        db.tamper("UPDATE audit_log SET action = 'nothing' WHERE sequence = 5");
    }
    SECTION("its author")
    {
        db.tamper("UPDATE audit_log SET user_id = user_id + 1 WHERE sequence = 5");
    }
    SECTION("its time")
    {
        db.tamper("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE sequence = 5");
    }
    SECTION("its fields")
    {
        db.tamper("UPDATE audit_log SET fields = 'role' WHERE sequence = 5");
    }
    requireNamedAsTampered(db, 5, "altered");
}

TEST_CASE("relais check exits 4 naming a deleted audit entry", "[cli][audit]")
{
    AuditedDatabase db;
    db.tamper("DELETE FROM audit_log WHERE sequence = 4");
    requireNamedAsTampered(db, 4, "missing");
}

TEST_CASE("relais check exits 4 naming the first of two reordered audit entries", "[cli][audit]")
{
    AuditedDatabase db;
    SECTION("their sequence numbers swapped")
    {
        db.tamper("UPDATE audit_log SET sequence = -1 WHERE sequence = 6; "
                  "UPDATE audit_log SET sequence = 6 WHERE sequence = 7; "
                  "UPDATE audit_log SET sequence = 7 WHERE sequence = -1");
    }
    SECTION("their contents swapped, sequence numbers kept")
    {
        std::string sql = "CREATE TEMP TABLE saved AS SELECT * FROM audit_log WHERE sequence IN (6, 7);";
        for (const char* column :
             {"at", "user_id", "action", "entity_type", "entity_uuid", "fields", "previous_hash", "hash"}) {
            sql += std::string("UPDATE audit_log SET ") + column + " = (SELECT " + column
                + " FROM saved WHERE saved.sequence = 13 - audit_log.sequence) WHERE sequence IN (6, 7);";
        }
        db.tamper(sql);
    }
    requireNamedAsTampered(db, 6, "");
}

TEST_CASE("relais check exits 4 naming the first entry of a cut-off tail", "[cli][audit]")
{
    AuditedDatabase db;
    const qint64 last = db.entries();
    SECTION("the last entry")
    {
        db.tamper("DELETE FROM audit_log WHERE sequence = " + std::to_string(last));
        requireNamedAsTampered(db, last, "shorter");
    }
    SECTION("the last three entries")
    {
        db.tamper("DELETE FROM audit_log WHERE sequence > " + std::to_string(last - 3));
        requireNamedAsTampered(db, last - 2, "shorter");
    }
    SECTION("everything")
    {
        db.tamper("DELETE FROM audit_log");
        requireNamedAsTampered(db, 1, "shorter");
    }
}

TEST_CASE("relais check exits 4 when the audit anchor is missing or forged", "[cli][audit]")
{
    AuditedDatabase db;
    const QString anchor = storage::AuditAnchor::pathFor(db.path);
    SECTION("missing")
    {
        REQUIRE(QFile::remove(anchor));
        const CliRun check = db.check();
        CHECK(check.exitCode == app::kExitDamaged);
        CHECK(check.err.contains(QStringLiteral("First bad entry: #1.")));
        CHECK(check.err.contains(QStringLiteral("anchor")));
        CHECK_FALSE(QFile::exists(anchor));
    }
    SECTION("its count edited without the MAC key")
    {
        QFile file(anchor);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        const qsizetype at = text.indexOf("\"count\":") + 8;
        REQUIRE(at > 8);
        text.insert(at, "1"); // 12 entries become 112
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        const CliRun check = db.check();
        CHECK(check.exitCode == app::kExitDamaged);
        CHECK(check.err.contains(QStringLiteral("anchor")));
    }
}
