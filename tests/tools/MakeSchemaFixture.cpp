// Freezes a database at a given schema version as a test fixture, so every later
// migration is tested from it (tests/storage/MigrationTest.cpp). Run it before adding
// migration N+1:  make-schema-fixture tests/data/schemas N
// It writes schema-NNNN.db (encrypted with the key in schema-NNNN.key) holding a
// little of every table that version has.

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace relais::storage;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make-schema-fixture FOLDER VERSION\n");
        return 1;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    const int version = QString::fromLatin1(argv[2]).toInt();
    const QString base = QDir(folder).filePath(QStringLiteral("schema-%1").arg(version, 4, 10, QLatin1Char('0')));
    QFile::remove(base + QStringLiteral(".db"));
    const SecureBytes key = SecureBytes::random(32);
    auto db = Database::open(base + QStringLiteral(".db"), key, Database::Mode::CreateNew);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 1;
    }
    if (auto migrated = Migrator().migrate(*db, version); !migrated) {
        std::fprintf(stderr, "%s\n", migrated.error().detail.c_str());
        return 1;
    }
    // Sample rows for the tables of schema 1.
    const char* sample = "INSERT INTO meta VALUES ('database_uuid', '00000000-0000-4000-8000-000000000001');"
                         "INSERT INTO meta VALUES ('organisation_name', 'Fixture');"
                         "INSERT INTO meta VALUES ('key_generation', '1');"
                         "INSERT INTO app_user (uuid, user_name, role, public_key, created_at, updated_at) VALUES "
                         "('00000000-0000-4000-8000-000000000002', 'fixture-admin', 'admin', zeroblob(32), "
                         "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');";
    if (auto status = db->exec(sample); !status) {
        std::fprintf(stderr, "%s\n", status.error().detail.c_str());
        return 1;
    }
    if (auto status = db->close(); !status) {
        return 1;
    }
    QFile keyFile(base + QStringLiteral(".key"));
    if (!keyFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return 1;
    }
    const SecureBytes hex = key.toHex();
    keyFile.write(hex.chars(), static_cast<qint64>(hex.size()));
    keyFile.write("\n");
    std::printf("wrote %s.db\n", qPrintable(base));
    return 0;
}
