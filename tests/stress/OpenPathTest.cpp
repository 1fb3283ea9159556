// Regression tests for what the stress runs found in the open path (issue 8).
#include "TestSupport.h"

#include "storage/DataStore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace relais;
using namespace relais::storage;
using core::ErrorCode;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("An empty database file is refused as damaged and never turned into a new database",
          "[stress][open][damaged]")
{
    test::TempStore store;
    REQUIRE(QFile(store.path).resize(0));
    auto session = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::Damaged);
    CHECK(session.error().userMessage.contains(QStringLiteral("backup")));
    CHECK(QFileInfo(store.path).size() == 0);
    CHECK_FALSE(QFileInfo::exists(store.path + QStringLiteral("-wal")));
}

TEST_CASE("Damaged pages after the first are reported as damaged, not as a wrong password or a bug",
          "[stress][open][damaged]")
{
    test::TempStore store;
    {
        QFile file(store.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        for (qint64 offset = 4096 + 100; offset < file.size(); offset += 4096) {
            file.seek(offset);
            file.putChar('\x5a');
        }
    }
    const QByteArray before = test::fileHash(store.path);
    auto session = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE_FALSE(session.ok());
    CHECK(session.error().code == ErrorCode::Damaged);
    CHECK(test::fileHash(store.path) == before);
    CHECK(DataStore::signInWait(store.path, store.clock).count() == 0);
}

TEST_CASE("Two crashes within one second each keep their own copy of the leftover WAL, and the user is told",
          "[stress][open][wal]")
{
    test::TempStore store; // its clock does not move: both opens fall in the same second
    QStringList warnings;
    for (const char* content : {"first journal", "second journal"}) {
        // A WAL SQLite cannot use (bad header) is ignored by SQLite, but still kept.
        writeFile(store.path + QStringLiteral("-wal"), QByteArray(content).repeated(100));
        auto session = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
        REQUIRE(session);
        warnings << (*session)->warnings();
        (*session)->lock();
    }
    const QStringList saved
        = QDir(store.dir.path()).entryList({QFileInfo(store.path).fileName() + QStringLiteral("-wal.saved-*")},
                                           QDir::Files, QDir::Name);
    REQUIRE(saved.size() == 2);
    QStringList contents;
    for (const QString& name : saved) {
        QFile file(store.dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        contents << QString::fromLatin1(file.read(12));
    }
    contents.sort();
    CHECK(contents == QStringList{QStringLiteral("first journa"), QStringLiteral("second journ")});
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).contains(saved.at(0)));
    CHECK(warnings.at(1).contains(saved.at(1)));
    CHECK(warnings.at(0).contains(QStringLiteral("backup")));
}

TEST_CASE("The half copy of a re-key killed while copying is removed at the next sign-in", "[stress][open][rekey]")
{
    test::TempStore store;
    const QString half = store.path + QStringLiteral(".rekey-new");
    writeFile(half, QByteArray(8192, '\x17'));
    auto session = DataStore::unlock(store.path, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE(session);
    CHECK_FALSE(QFileInfo::exists(half));
}
