#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace relais;
using storage::Database;
using storage::SecureBytes;

namespace {

Database openNew(const QString& path, const SecureBytes& key)
{
    auto db = Database::open(path, key, Database::Mode::CreateNew);
    if (!db) {
        FAIL(db.error().detail);
    }
    return std::move(*db);
}

} // namespace

TEST_CASE("Every open applies the platform's settings and reads them back", "[storage][database]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Database db = openNew(dir.filePath(QStringLiteral("t.db")), key);
    CHECK(*db.queryText("PRAGMA cipher_page_size") == QStringLiteral("4096"));
    CHECK(*db.queryText("PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(*db.queryInt("PRAGMA foreign_keys") == 1);
    CHECK(*db.queryInt("PRAGMA temp_store") == 2); // MEMORY, never FILE
    CHECK(*db.queryInt("PRAGMA cache_size") == -Database::kCacheKiB);
    CHECK_FALSE(db.queryText("PRAGMA cipher_version")->isEmpty());
}

TEST_CASE("Statements bind and read back every supported type", "[storage][database]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Database db = openNew(dir.filePath(QStringLiteral("t.db")), key);
    REQUIRE(db.exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB, n TEXT)"));
    auto insert = db.prepare("INSERT INTO t VALUES (:i, :d, :s, :b, :n)");
    REQUIRE(insert);
    const QByteArray blob("\x00\x01\xff", 3);
    insert->bind(":i", qint64(1) << 40)
        .bind(":d", 2.5)
        .bind(":s", QStringLiteral("Hélène Côté"))
        .bind(":b", blob)
        .bind(":n", std::optional<QString>());
    REQUIRE(insert->run());

    auto select = db.prepare("SELECT i, d, s, b, n FROM t");
    REQUIRE(select);
    REQUIRE(*select->step());
    CHECK(select->int64At(0) == (qint64(1) << 40));
    CHECK(select->doubleAt(1) == 2.5);
    CHECK(select->textAt(2) == QStringLiteral("Hélène Côté"));
    CHECK(select->blobAt(3) == blob);
    CHECK(select->isNull(4));
    CHECK_FALSE(select->optionalTextAt(4).has_value());
    CHECK_FALSE(*select->step());
}

TEST_CASE("A bad parameter name is reported at step, not ignored", "[storage][database]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Database db = openNew(dir.filePath(QStringLiteral("t.db")), key);
    REQUIRE(db.exec("CREATE TABLE t (i INTEGER)"));
    auto insert = db.prepare("INSERT INTO t VALUES (:i)");
    REQUIRE(insert);
    insert->bind(":missing", 1);
    CHECK_FALSE(insert->run().ok());
}

TEST_CASE("A transaction not committed leaves nothing behind", "[storage][database]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Database db = openNew(dir.filePath(QStringLiteral("t.db")), key);
    REQUIRE(db.exec("CREATE TABLE t (i INTEGER NOT NULL)"));
    {
        auto tx = storage::Transaction::begin(db);
        REQUIRE(tx);
        REQUIRE(db.exec("INSERT INTO t VALUES (1)"));
        // a failing statement: the caller returns early, the transaction rolls back
        CHECK_FALSE(db.exec("INSERT INTO t VALUES (NULL)").ok());
    }
    CHECK(*db.queryInt("SELECT count(*) FROM t") == 0);
    {
        auto tx = storage::Transaction::begin(db);
        REQUIRE(tx);
        REQUIRE(db.exec("INSERT INTO t VALUES (2)"));
        REQUIRE(tx->commit());
    }
    CHECK(*db.queryInt("SELECT count(*) FROM t") == 1);
}

TEST_CASE("Opening with the wrong key is reported as damaged and changes nothing", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.db"));
    {
        const SecureBytes key = SecureBytes::random(32);
        Database db = openNew(path, key);
        REQUIRE(db.exec("CREATE TABLE t (i INTEGER); INSERT INTO t VALUES (42)"));
    }
    const QByteArray before = test::fileHash(path);
    const SecureBytes other = SecureBytes::random(32);
    auto db = Database::open(path, other, Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == core::ErrorCode::Damaged);
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("A plaintext SQLite file is refused without being opened", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray page(4096, '\0');
    page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    file.write(page);
    file.close();
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path, SecureBytes::random(32), Database::Mode::OpenExisting);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == core::ErrorCode::Damaged);
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("Closing checkpoints the WAL so nothing rests in it", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.db"));
    const SecureBytes key = SecureBytes::random(32);
    {
        Database db = openNew(path, key);
        REQUIRE(db.exec("CREATE TABLE t (s TEXT); INSERT INTO t VALUES (hex(randomblob(20000)))"));
        CHECK(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    }
    const QFileInfo wal(path + QStringLiteral("-wal"));
    CHECK((!wal.exists() || wal.size() == 0));
    auto reopened = Database::open(path, key, Database::Mode::OpenExisting);
    REQUIRE(reopened);
    CHECK(*reopened->queryInt("SELECT length(s) FROM t") == 40000);
}

TEST_CASE("An attached file gets its own key and the 4096-byte page size", "[storage][database]")
{
    QTemporaryDir dir;
    const SecureBytes mainKey = SecureBytes::random(32);
    const SecureBytes otherKey = SecureBytes::random(32);
    const QString otherPath = dir.filePath(QStringLiteral("other.db"));
    {
        Database other = openNew(otherPath, otherKey);
        REQUIRE(other.exec("CREATE TABLE o (v TEXT); INSERT INTO o VALUES ('x')"));
    }
    Database db = openNew(dir.filePath(QStringLiteral("main.db")), mainKey);
    REQUIRE(db.attach(otherPath, QStringLiteral("other"), otherKey));
    CHECK(*db.queryText("SELECT v FROM other.o") == QStringLiteral("x"));
    CHECK(*db.queryText("PRAGMA other.cipher_page_size") == QStringLiteral("4096"));
    REQUIRE(db.detach(QStringLiteral("other")));
    CHECK_FALSE(db.attach(otherPath, QStringLiteral("other"), mainKey).ok());
}
