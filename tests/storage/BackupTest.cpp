#include "TestSupport.h"
#include "WorkspaceFixture.h"
#include "storage/AuditAnchor.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/KeyVault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <map>
#include <vector>

using namespace relais;
using core::ErrorCode;
using storage::Backup;
using storage::DataStore;
using storage::KeyVault;
using test::TempStore;
using test::WorkspaceFixture;

namespace {

// Row count and an order-independent SHA-256 of every row (each value's type and
// bytes), per table, sqlite_master included: two databases with equal digests
// hold the same data.
std::map<QString, std::pair<qint64, QByteArray>> tableDigests(storage::Database& db)
{
    std::map<QString, std::pair<qint64, QByteArray>> digests;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    REQUIRE(tables);
    QStringList names{QStringLiteral("sqlite_master")};
    while (*tables->step()) {
        names << tables->textAt(0);
    }
    for (const QString& table : names) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + '"';
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
        std::vector<QByteArray> rows;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int column = 0; column < sqlite3_column_count(stmt); ++column) {
                const int type = sqlite3_column_type(stmt, column);
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, column));
                const int size = sqlite3_column_bytes(stmt, column);
                row.addData(QByteArray(QByteArray::number(type) + ':' + QByteArray::number(size) + ':'));
                if (bytes) {
                    row.addData(QByteArrayView(bytes, size));
                }
            }
            rows.push_back(row.result());
        }
        sqlite3_finalize(stmt);
        std::sort(rows.begin(), rows.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray& row : rows) {
            all.addData(row);
        }
        digests[table] = {static_cast<qint64>(rows.size()), all.result().toHex()};
    }
    return digests;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

core::Person person(const QString& first, const QString& last)
{
    core::Person person;
    person.firstName = first;
    person.lastName = last;
    return person;
}

// A store with `rows` blobs of 4 KiB in a table of its own: a database of
// several megabytes, for progress and cancelling.
void fillWithBlobs(storage::Session& session, int rows)
{
    auto& db = session.db();
    REQUIRE(db.exec("CREATE TABLE filler (data BLOB)"));
    REQUIRE(db.exec("BEGIN IMMEDIATE"));
    for (int i = 0; i < rows; ++i) {
        REQUIRE(db.exec("INSERT INTO filler VALUES (randomblob(4096))"));
    }
    REQUIRE(db.exec("COMMIT"));
}

} // namespace

TEST_CASE("A backup restored to a new file holds the same rows in every table and opens with the same passwords",
          "[storage][backup]")
{
    WorkspaceFixture fixture(QStringLiteral("lea"));
    auto& workspace = *fixture.workspace;
    const auto lea = workspace.user();
    for (const auto& [first, last] : {std::pair{"Hélène", "Côté"}, std::pair{"Jean-Marc", "Gagné"}}) {
        auto created = workspace.people().createPerson(lea, person(QString::fromUtf8(first), QString::fromUtf8(last)));
        REQUIRE(created);
        REQUIRE(workspace.people().addNote(lea, created->person.id, QStringLiteral("Rencontré au parc"), false));
    }
    const auto before = tableDigests(workspace.session().db());

    QTemporaryDir backups;
    const QString out = backups.filePath(QStringLiteral("relais-2026-03-02.db"));
    auto info = Backup::create(workspace.session(), out, fixture.store.clock);
    REQUIRE(info);
    CHECK(info->generation == 1);
    CHECK(info->hasAnchor);
    CHECK(info->createdAt == fixture.store.clock.nowUtc());
    // Exactly the four files, nothing temporary left beside them.
    CHECK(filesIn(backups.path())
          == QStringList({QStringLiteral("relais-2026-03-02.db"), QStringLiteral("relais-2026-03-02.db.anchor"),
                          QStringLiteral("relais-2026-03-02.db.manifest"),
                          QStringLiteral("relais-2026-03-02.db.slots")}));
    CHECK_FALSE(storage::Database::fileLooksPlaintext(out));
    REQUIRE(Backup::verify(out));

    QTemporaryDir restored;
    const QString copy = restored.filePath(QStringLiteral("org.db"));
    auto restoredInfo = Backup::restore(out, copy);
    REQUIRE(restoredInfo);
    CHECK(restoredInfo->databaseUuid == info->databaseUuid);
    CHECK(filesIn(restored.path())
          == QStringList({QStringLiteral("org.db"), QStringLiteral("org.db.anchor"), QStringLiteral("org.db.slots")}));

    {
        auto session = DataStore::unlock(copy, QStringLiteral("lea"), WorkspaceFixture::kPassword, fixture.store.clock);
        REQUIRE(session);
        CHECK(tableDigests((*session)->db()) == before);
        // The trail and its anchor came along and still verify.
        auto opened = storage::Workspace::open(std::move(*session), fixture.store.clock);
        REQUIRE(opened);
        auto check = (*opened)->audit().verify();
        REQUIRE(check);
        CHECK(check->ok);
    }
    CHECK(DataStore::unlock(copy, QStringLiteral("admin"), test::kAdminPassword, fixture.store.clock));
    auto vault = KeyVault::load(KeyVault::slotsPathFor(copy));
    REQUIRE(vault);
    CHECK(vault->unlockWithRecoveryKey(fixture.store.recovery.text));
}

TEST_CASE("A backup records its time for the window and an entry in the audit trail", "[storage][backup]")
{
    WorkspaceFixture fixture(QStringLiteral("admin"));
    auto& db = fixture.workspace->session().db();
    CHECK_FALSE(Backup::lastBackupAt(db));

    QTemporaryDir backups;
    fixture.store.clock.advanceSeconds(3600);
    auto info = Backup::run(*fixture.workspace, backups.filePath(QStringLiteral("b.db")), fixture.store.clock);
    REQUIRE(info);
    CHECK(info->recorded);
    const auto last = Backup::lastBackupAt(db);
    REQUIRE(last);
    CHECK(*last == fixture.store.clock.nowUtc());
    CHECK(*db.queryInt("SELECT count(*) FROM audit_log WHERE action = 'database.backup' AND user_id = "
                       + std::to_string(fixture.workspace->user().id))
          == 1);
    auto check = fixture.workspace->audit().verify();
    REQUIRE(check);
    CHECK(check->ok);
}

TEST_CASE("A backup made while another connection writes holds the committed data and not the uncommitted",
          "[storage][backup][wal]")
{
    TempStore store;
    auto session = store.signIn();
    auto other = storage::Database::open(store.path, session->dataKey(), storage::Database::Mode::OpenExisting);
    REQUIRE(other);
    // Committed, still in the WAL: no checkpoint may move it into the file first.
    REQUIRE(other->exec("PRAGMA wal_autocheckpoint = 0"));
    REQUIRE(session->db().exec("PRAGMA wal_autocheckpoint = 0"));
    REQUIRE(other->exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('validée')"));
    REQUIRE(QFileInfo(store.path + QStringLiteral("-wal")).size() > 0);
    // And a write transaction left open.
    REQUIRE(other->exec("BEGIN IMMEDIATE; INSERT INTO note VALUES ('en cours')"));

    QTemporaryDir backups;
    const QString out = backups.filePath(QStringLiteral("b.db"));
    REQUIRE(Backup::create(*session, out, store.clock));
    REQUIRE(other->exec("ROLLBACK"));

    QTemporaryDir restored;
    const QString copy = restored.filePath(QStringLiteral("r.db"));
    REQUIRE(Backup::restore(out, copy));
    auto opened = DataStore::unlock(copy, QStringLiteral("admin"), test::kAdminPassword, store.clock);
    REQUIRE(opened);
    CHECK(*(*opened)->db().queryInt("SELECT count(*) FROM note") == 1);
    CHECK(*(*opened)->db().queryText("SELECT body FROM note") == QStringLiteral("validée"));
}

TEST_CASE("Restoring over an existing database is refused and changes nothing", "[storage][backup]")
{
    TempStore store;
    QTemporaryDir backups;
    const QString out = backups.filePath(QStringLiteral("b.db"));
    {
        auto session = store.signIn();
        REQUIRE(Backup::create(*session, out, store.clock));
    }
    const QByteArray database = test::fileHash(store.path);
    const QByteArray slotsHash = test::fileHash(KeyVault::slotsPathFor(store.path));

    auto over = Backup::restore(out, store.path);
    REQUIRE_FALSE(over);
    CHECK(over.error().code == ErrorCode::InputRejected);
    CHECK(over.error().userMessage.contains(QStringLiteral("already exists")));
    CHECK(test::fileHash(store.path) == database);
    CHECK(test::fileHash(KeyVault::slotsPathFor(store.path)) == slotsHash);

    // A stray slots file or WAL under the new name counts as a database too: the
    // WAL would be replayed into the restored file.
    QTemporaryDir target;
    for (const QString& suffix : {QStringLiteral(".slots"), QStringLiteral("-wal"), QStringLiteral(".anchor")}) {
        const QString stray = target.filePath(QStringLiteral("new.db")) + suffix;
        {
            QFile file(stray);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        auto refused = Backup::restore(out, target.filePath(QStringLiteral("new.db")));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InputRejected);
        CHECK(filesIn(target.path()) == QStringList{QFileInfo(stray).fileName()});
        QFile::remove(stray);
    }
    // Nor under a name SQLite would read as another database's WAL.
    auto asWal = Backup::restore(out, store.path + QStringLiteral("-wal"));
    REQUIRE_FALSE(asWal);
    CHECK(asWal.error().code == ErrorCode::InputRejected);
    CHECK(test::fileHash(store.path) == database);
}

TEST_CASE("A damaged or incomplete backup is refused as damaged and nothing is written", "[storage][backup][damaged]")
{
    TempStore store;
    QTemporaryDir backups;
    const QString out = backups.filePath(QStringLiteral("b.db"));
    {
        auto session = store.signIn();
        REQUIRE(session->db().exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('x')"));
        REQUIRE(Backup::create(*session, out, store.clock));
    }
    SECTION("bytes flipped in the database")
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096 + 100);
        file.write(QByteArray(16, '\x5a'));
    }
    SECTION("database cut short")
    {
        QFile file(out);
        REQUIRE(file.resize(file.size() - 4096));
    }
    SECTION("slots missing")
    {
        REQUIRE(QFile::remove(KeyVault::slotsPathFor(out)));
    }
    SECTION("slots altered")
    {
        QFile file(KeyVault::slotsPathFor(out));
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("#");
    }
    SECTION("anchor missing")
    {
        REQUIRE(QFile::remove(storage::AuditAnchor::pathFor(out)));
    }
    SECTION("manifest missing: an interrupted or partial copy")
    {
        REQUIRE(QFile::remove(Backup::manifestPathFor(out)));
    }
    auto verified = Backup::verify(out);
    REQUIRE_FALSE(verified);
    CHECK(verified.error().code == ErrorCode::Damaged);

    QTemporaryDir target;
    const QString copy = target.filePath(QStringLiteral("sub/r.db"));
    auto restored = Backup::restore(out, copy);
    REQUIRE_FALSE(restored);
    CHECK(restored.error().code == ErrorCode::Damaged);
    CHECK(restored.error().userMessage.contains(QStringLiteral("damaged")));
    CHECK(filesIn(target.path()).isEmpty());
    CHECK(filesIn(target.filePath(QStringLiteral("sub"))).isEmpty());
}

TEST_CASE("A backup altered behind its manifest is caught when restored with a password", "[storage][backup][damaged]")
{
    TempStore store;
    QTemporaryDir backups;
    const QString out = backups.filePath(QStringLiteral("b.db"));
    {
        auto session = store.signIn();
        REQUIRE(session->db().exec("CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('x')"));
        REQUIRE(Backup::create(*session, out, store.clock));
    }
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096 + 100);
        file.write(QByteArray(16, '\x5a'));
    }
    {
        // Someone fixes the manifest to match: only the key can tell now.
        QFile manifest(Backup::manifestPathFor(out));
        REQUIRE(manifest.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(manifest.readAll()).object();
        manifest.close();
        QJsonObject files = root.value(QStringLiteral("files")).toObject();
        QJsonObject database = files.value(QStringLiteral("database")).toObject();
        database.insert(QStringLiteral("sha256"), QString::fromLatin1(test::fileHash(out)));
        files.insert(QStringLiteral("database"), database);
        root.insert(QStringLiteral("files"), files);
        REQUIRE(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(QJsonDocument(root).toJson());
    }
    REQUIRE(Backup::verify(out));

    QTemporaryDir target;
    const QString copy = target.filePath(QStringLiteral("r.db"));
    auto wrong = Backup::restore(out, copy, Backup::Credentials{QStringLiteral("admin"), "not the password"});
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::AuthenticationFailed);
    CHECK(filesIn(target.path()).isEmpty());

    auto restored = Backup::restore(out, copy, Backup::Credentials{QStringLiteral("admin"), test::kAdminPassword});
    REQUIRE_FALSE(restored);
    CHECK(restored.error().code == ErrorCode::Damaged);
    CHECK(filesIn(target.path()).isEmpty());
}

TEST_CASE("A restore checked with a password opens and passes the integrity check", "[storage][backup]")
{
    TempStore store;
    QTemporaryDir backups;
    const QString out = backups.filePath(QStringLiteral("b.db"));
    {
        auto session = store.signIn();
        REQUIRE(Backup::create(*session, out, store.clock));
    }
    QTemporaryDir target;
    const QString copy = target.filePath(QStringLiteral("r.db"));
    REQUIRE(Backup::restore(out, copy, Backup::Credentials{QStringLiteral("admin"), test::kAdminPassword}));
    CHECK(filesIn(target.path())
          == QStringList({QStringLiteral("r.db"), QStringLiteral("r.db.anchor"), QStringLiteral("r.db.slots")}));
    CHECK(DataStore::unlock(copy, QStringLiteral("admin"), test::kAdminPassword, store.clock));
}

TEST_CASE("A case manager may not make a backup, and nothing is written", "[storage][backup][access]")
{
    WorkspaceFixture fixture(QStringLiteral("marie"));
    QTemporaryDir backups;
    auto refused = Backup::run(*fixture.workspace, backups.filePath(QStringLiteral("b.db")), fixture.store.clock);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(filesIn(backups.path()).isEmpty());
    CHECK_FALSE(Backup::lastBackupAt(fixture.workspace->session().db()));
    CHECK(Backup::mayBackUp(core::Role::TeamLead));
    CHECK(Backup::mayBackUp(core::Role::Admin));
    CHECK_FALSE(Backup::mayBackUp(core::Role::CaseManager));
}

TEST_CASE("No client text appears in any file a backup or a restore writes", "[storage][backup][security]")
{
    WorkspaceFixture fixture(QStringLiteral("lea"));
    auto& workspace = *fixture.workspace;
    const QString marker = QStringLiteral("Zoé-Marqueur-7f3a");
    auto created = workspace.people().createPerson(workspace.user(), person(marker, QStringLiteral("Tremblay")));
    REQUIRE(created);
    REQUIRE(workspace.people().addNote(workspace.user(), created->person.id, marker + QStringLiteral(" au parc"),
                                       false));

    QTemporaryDir backups;
    const QString out = backups.filePath(QStringLiteral("b.db"));
    REQUIRE(Backup::run(workspace, out, fixture.store.clock));
    QTemporaryDir restored;
    const QString copy = restored.filePath(QStringLiteral("r.db"));
    REQUIRE(Backup::restore(out, copy));

    for (const QString& folder : {backups.path(), restored.path()}) {
        CHECK(test::filesContaining(folder, marker).isEmpty());
        CHECK(test::filesContaining(folder, QStringLiteral("Tremblay")).isEmpty());
        CHECK(test::filesContaining(folder, QString::fromUtf8(test::kOrganisation)).isEmpty());
    }
    // The name is there all the same, under the key.
    auto session = DataStore::unlock(copy, QStringLiteral("lea"), WorkspaceFixture::kPassword, fixture.store.clock);
    REQUIRE(session);
    auto stmt = (*session)->db().prepare("SELECT count(*) FROM person WHERE first_name = ?1");
    REQUIRE(stmt);
    stmt->bind(1, marker);
    REQUIRE(*stmt->step());
    CHECK(stmt->int64At(0) == 1);
}

TEST_CASE("A backup never replaces an existing file of the same name", "[storage][backup]")
{
    TempStore store;
    auto session = store.signIn();
    QTemporaryDir backups;
    const QString out = backups.filePath(QStringLiteral("b.db"));
    REQUIRE(Backup::create(*session, out, store.clock));
    const QByteArray before = test::fileHash(out);
    auto again = Backup::create(*session, out, store.clock);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::InputRejected);
    CHECK(test::fileHash(out) == before);
    CHECK(filesIn(backups.path()).size() == 4);

    // Neither the database nor a name SQLite would take for its WAL is a backup target.
    const QStringList targets = {store.path, store.path + QStringLiteral("-wal"), out + QStringLiteral(".slots")};
    for (const QString& target : targets) {
        auto refused = Backup::create(*session, target, store.clock);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InputRejected);
    }
    CHECK_FALSE(QFileInfo::exists(store.path + QStringLiteral("-wal.manifest")));
}

TEST_CASE("A backup reports its progress, and a cancelled one leaves no file behind", "[storage][backup]")
{
    TempStore store;
    auto session = store.signIn();
    fillWithBlobs(*session, 600); // about 2.5 MiB: several steps of 1 MiB

    QTemporaryDir backups;
    std::vector<std::pair<qint64, qint64>> calls;
    auto info = Backup::create(*session, backups.filePath(QStringLiteral("b.db")), store.clock,
                               [&](qint64 done, qint64 total) {
                                   calls.emplace_back(done, total);
                                   return true;
                               });
    REQUIRE(info);
    REQUIRE(calls.size() >= 3);
    CHECK(calls.back() == std::pair<qint64, qint64>(info->pages, info->pages));
    CHECK(std::is_sorted(calls.begin(), calls.end()));

    QTemporaryDir cancelled;
    int steps = 0;
    auto stopped = Backup::create(*session, cancelled.filePath(QStringLiteral("b.db")), store.clock,
                                  [&](qint64, qint64) { return ++steps < 2; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().userMessage.contains(QStringLiteral("cancelled")));
    CHECK(filesIn(cancelled.path()).isEmpty());
}
