#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <catch2/catch.hpp>

using namespace relais;
using storage::Database;
using storage::Migrator;
using storage::SecureBytes;

namespace {

SecureBytes keyFromHexFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray hex = file.readAll().trimmed();
    SecureBytes key(32);
    std::size_t length = 0;
    REQUIRE(sodium_hex2bin(key.data(), key.size(), hex.constData(), static_cast<std::size_t>(hex.size()), nullptr,
                           &length, nullptr)
            == 0);
    REQUIRE(length == 32);
    return key;
}

} // namespace

TEST_CASE("The embedded migrations are numbered without gaps from 1", "[storage][migration]")
{
    const Migrator migrator;
    REQUIRE_FALSE(migrator.migrations().empty());
    int expected = 1;
    for (const auto& migration : migrator.migrations()) {
        CHECK(migration.version == expected++);
    }
}

TEST_CASE("An empty database migrates to the latest schema, and a second run does nothing", "[storage][migration]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")), key, Database::Mode::CreateNew);
    REQUIRE(db);
    const Migrator migrator;
    auto applied = migrator.migrate(*db);
    REQUIRE(applied);
    CHECK(*applied == static_cast<int>(migrator.migrations().size()));
    CHECK(*Migrator::currentVersion(*db) == migrator.latestVersion());
    CHECK(*migrator.migrate(*db) == 0);
    CHECK(*db->integrityCheck() == QStringLiteral("ok"));
}

TEST_CASE("Every kept fixture of an earlier schema migrates to the latest with its data", "[storage][migration]")
{
    const QDir fixtures(QStringLiteral(RELAIS_TEST_DATA_DIR "/schemas"));
    const QStringList databases = fixtures.entryList({QStringLiteral("schema-*.db")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(databases.isEmpty());
    const Migrator migrator;
    for (const QString& name : databases) {
        INFO(name.toStdString());
        QTemporaryDir dir;
        const QString copy = dir.filePath(name);
        REQUIRE(QFile::copy(fixtures.filePath(name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const SecureBytes key = keyFromHexFile(fixtures.filePath(QString(name).replace(QStringLiteral(".db"),
                                                                                            QStringLiteral(".key"))));
        auto db = Database::open(copy, key, Database::Mode::OpenExisting);
        REQUIRE(db);
        const int before = *Migrator::currentVersion(*db);
        CHECK(before == name.mid(7, 4).toInt());
        REQUIRE(migrator.migrate(*db));
        CHECK(*Migrator::currentVersion(*db) == migrator.latestVersion());
        CHECK(*db->integrityCheck() == QStringLiteral("ok"));
        CHECK(*db->queryText("SELECT user_name FROM app_user") == QStringLiteral("fixture-admin"));
        CHECK(*db->queryText("SELECT value FROM meta WHERE key = 'organisation_name'") == QStringLiteral("Fixture"));
    }
}

TEST_CASE("A database from a newer Relais is refused with a clear message and left untouched",
          "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.db"));
    const SecureBytes key = SecureBytes::random(32);
    const Migrator migrator;
    {
        auto db = Database::open(path, key, Database::Mode::CreateNew);
        REQUIRE(db);
        REQUIRE(migrator.migrate(*db));
        REQUIRE(db->exec("PRAGMA user_version = " + std::to_string(migrator.latestVersion() + 1)));
    }
    const QByteArray before = test::fileHash(path);
    {
        auto db = Database::open(path, key, Database::Mode::OpenExisting);
        REQUIRE(db);
        auto result = migrator.migrate(*db);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == core::ErrorCode::TooNew);
        CHECK(result.error().userMessage.contains(QStringLiteral("newer version")));
    }
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("A migration that fails halfway is rolled back whole and the version stays", "[storage][migration]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    auto db = Database::open(dir.filePath(QStringLiteral("t.db")), key, Database::Mode::CreateNew);
    REQUIRE(db);
    const Migrator broken(QStringLiteral(RELAIS_TEST_DATA_DIR "/migrations-broken"));
    REQUIRE(broken.latestVersion() == 2);
    CHECK_FALSE(broken.migrate(*db).ok());
    CHECK(*Migrator::currentVersion(*db) == 1);
    CHECK(*db->queryText("SELECT label FROM first_table") == QStringLiteral("kept"));
    CHECK(*db->queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'second_table'") == 0);
}

TEST_CASE("A schema 2 database upgrades to import refs: its people and interventions keep their data, without a ref",
          "[storage][migration]")
{
    const QDir fixtures(QStringLiteral(RELAIS_TEST_DATA_DIR "/schemas"));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("schema-0002.db"));
    REQUIRE(QFile::copy(fixtures.filePath(QStringLiteral("schema-0002.db")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(copy, keyFromHexFile(fixtures.filePath(QStringLiteral("schema-0002.key"))),
                             Database::Mode::OpenExisting);
    REQUIRE(db);
    REQUIRE(*Migrator::currentVersion(*db) == 2);
    REQUIRE(db->exec(
        "INSERT INTO person (uuid, first_name, created_at, updated_at) VALUES "
        "('00000000-0000-4000-8000-000000000010', 'Ana', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');"
        "INSERT INTO intervention (uuid, occurred_at, occurred_on, worker_id, person_id, place_kind, created_at, "
        "updated_at) VALUES ('00000000-0000-4000-8000-000000000011', '2026-01-01T12:00:00.000Z', '2026-01-01', "
        "(SELECT id FROM app_user), (SELECT id FROM person), 'street', '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z');"));
    REQUIRE(Migrator().migrate(*db));
    CHECK(*db->queryText("SELECT first_name || ':' || (external_ref IS NULL) FROM person") == QStringLiteral("Ana:1"));
    CHECK(*db->queryText("SELECT uuid || ':' || (external_ref IS NULL) FROM intervention")
          == QStringLiteral("00000000-0000-4000-8000-000000000011:1"));
    // One person per imported ref; records without one are not constrained.
    REQUIRE(db->exec("UPDATE person SET external_ref = 'P1'"));
    CHECK_FALSE(db->exec("INSERT INTO person (uuid, external_ref, created_at, updated_at) VALUES ('u2', 'P1', 'x', 'x')"));
    CHECK(db->exec("INSERT INTO person (uuid, created_at, updated_at) VALUES ('u3', 'x', 'x');"
                   "INSERT INTO person (uuid, created_at, updated_at) VALUES ('u4', 'x', 'x')"));
    CHECK(*db->integrityCheck() == QStringLiteral("ok"));
}
