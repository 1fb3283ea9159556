#include "Backup.h"

#include "AtomicFile.h"
#include "AuditAnchor.h"
#include "Database.h"
#include "KeyVault.h"
#include "Migrator.h"
#include "Session.h"
#include "SqlValues.h"
#include "SqliteError.h"
#include "Workspace.h"
#include "core/Log.h"
#include "core/Version.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

#include <sqlcipher/sqlite3.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace relais::storage {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr auto kManifestFormat = "relais-backup";
constexpr int kManifestVersion = 1;
constexpr qint64 kMaxManifestBytes = 64 * 1024;
// 1 MiB per step: the progress callback runs often enough to cancel promptly.
constexpr int kPagesPerStep = 256;

// The files of a backup besides its manifest. The backup is laid out like a
// database (OUT, OUT.slots, OUT.anchor), so restoring is copying.
enum class Part { Database, Slots, Anchor };
constexpr std::array kParts = {Part::Database, Part::Slots, Part::Anchor};

int indexOf(Part part)
{
    return static_cast<int>(part);
}

QLatin1StringView partName(Part part)
{
    switch (part) {
    case Part::Database:
        return "database"_L1;
    case Part::Slots:
        return "slots"_L1;
    case Part::Anchor:
        return "anchor"_L1;
    }
    return {};
}

QString partPath(const QString& base, Part part)
{
    switch (part) {
    case Part::Database:
        return base;
    case Part::Slots:
        return KeyVault::slotsPathFor(base);
    case Part::Anchor:
        return AuditAnchor::pathFor(base);
    }
    return base;
}

struct FileDigest
{
    qint64 size = 0;
    QByteArray sha256; // lower-case hex

    bool operator==(const FileDigest&) const = default;
};

// What OUT.manifest records. No client content: identifiers, counts and hashes.
struct Manifest
{
    QDateTime createdAt;
    QString databaseUuid;
    quint64 generation = 0;
    int schemaVersion = 0;
    qint64 pages = 0;
    std::array<std::optional<FileDigest>, kParts.size()> files;

    QByteArray toJson() const
    {
        QJsonObject fileObjects;
        for (Part part : kParts) {
            if (const auto& digest = file(part)) {
                QJsonObject entry;
                entry.insert("size"_L1, static_cast<double>(digest->size));
                entry.insert("sha256"_L1, QString::fromLatin1(digest->sha256));
                fileObjects.insert(partName(part), entry);
            }
        }
        QJsonObject root;
        root.insert("format"_L1, QLatin1StringView(kManifestFormat));
        root.insert("version"_L1, kManifestVersion);
        root.insert("created_at"_L1, isoTime(createdAt));
        root.insert("relais_version"_L1, QLatin1StringView(core::kVersion));
        root.insert("database_uuid"_L1, databaseUuid);
        root.insert("key_generation"_L1, static_cast<double>(generation));
        root.insert("schema_version"_L1, schemaVersion);
        root.insert("page_size"_L1, Database::kPageSize);
        root.insert("pages"_L1, static_cast<double>(pages));
        root.insert("files"_L1, fileObjects);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    static std::optional<Manifest> fromJson(const QByteArray& json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return std::nullopt;
        }
        const QJsonObject root = document.object();
        if (root.value("format"_L1).toString() != QLatin1StringView(kManifestFormat)
            || root.value("version"_L1).toInt() != kManifestVersion
            || root.value("page_size"_L1).toInt() != Database::kPageSize) {
            return std::nullopt;
        }
        Manifest manifest;
        manifest.createdAt = QDateTime::fromString(root.value("created_at"_L1).toString(), Qt::ISODateWithMs);
        manifest.databaseUuid = root.value("database_uuid"_L1).toString();
        const double generation = root.value("key_generation"_L1).toDouble(-1);
        manifest.schemaVersion = root.value("schema_version"_L1).toInt(-1);
        manifest.pages = static_cast<qint64>(root.value("pages"_L1).toDouble(-1));
        if (!manifest.createdAt.isValid() || manifest.databaseUuid.isEmpty() || generation < 1
            || manifest.schemaVersion < 0 || manifest.pages < 0) {
            return std::nullopt;
        }
        manifest.generation = static_cast<quint64>(generation);
        const QJsonObject fileObjects = root.value("files"_L1).toObject();
        for (Part part : kParts) {
            const QJsonValue value = fileObjects.value(partName(part));
            if (value.isUndefined()) {
                continue;
            }
            const QJsonObject entry = value.toObject();
            FileDigest digest;
            digest.size = static_cast<qint64>(entry.value("size"_L1).toDouble(-1));
            digest.sha256 = entry.value("sha256"_L1).toString().toLatin1();
            if (digest.size < 0 || digest.sha256.size() != 64) {
                return std::nullopt;
            }
            manifest.file(part) = digest;
        }
        // A backup always has its database and its slots; the anchor is optional
        // (a trail with entries and no anchor is kept so, as evidence).
        if (!manifest.file(Part::Database) || !manifest.file(Part::Slots)) {
            return std::nullopt;
        }
        return manifest;
    }

    const std::optional<FileDigest>& file(Part part) const { return files[static_cast<std::size_t>(indexOf(part))]; }
    std::optional<FileDigest>& file(Part part) { return files[static_cast<std::size_t>(indexOf(part))]; }

    Backup::Info info(const QString& path) const
    {
        Backup::Info result;
        result.path = path;
        result.createdAt = createdAt.toUTC();
        result.databaseUuid = databaseUuid;
        result.generation = generation;
        result.schemaVersion = schemaVersion;
        result.pages = pages;
        result.hasAnchor = file(Part::Anchor).has_value();
        return result;
    }
};

// What must be equal in a database and its copy: identity, generation, schema and
// the row count of every table (and of sqlite_master).
struct Snapshot
{
    QString databaseUuid;
    quint64 generation = 0;
    int schemaVersion = 0;
    std::vector<std::pair<QString, qint64>> rowCounts;

    bool operator==(const Snapshot&) const = default;
};

core::Result<QString> metaText(Database& db, const char* key)
{
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, QString::fromLatin1(key));
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::Damaged, StorageText::damaged(), std::string("meta key missing: ") + key);
    }
    return stmt->textAt(0);
}

core::Result<Snapshot> takeSnapshot(Database& db)
{
    Snapshot snapshot;
    auto uuid = metaText(db, "database_uuid");
    if (!uuid) {
        return uuid.error();
    }
    snapshot.databaseUuid = *uuid;
    auto generation = metaText(db, "key_generation");
    if (!generation) {
        return generation.error();
    }
    snapshot.generation = generation->toULongLong();
    auto schema = Migrator::currentVersion(db);
    if (!schema) {
        return schema.error();
    }
    snapshot.schemaVersion = *schema;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "ORDER BY name");
    if (!tables) {
        return tables.error();
    }
    auto names = collect<QString>(*tables, [](const Statement& row) { return row.textAt(0); });
    if (!names) {
        return names.error();
    }
    names->push_back(u"sqlite_master"_s);
    for (const QString& table : *names) {
        QString quoted = table;
        quoted.replace(u'"', u"\"\""_s);
        auto count = db.queryInt("SELECT count(*) FROM \"" + quoted.toStdString() + "\"");
        if (!count) {
            return count.error();
        }
        snapshot.rowCounts.emplace_back(table, *count);
    }
    return snapshot;
}

core::Error ioError(const QString& path, const char* what)
{
    const std::string detail = std::string(what) + ": " + std::strerror(errno);
    return makeError(ErrorCode::Io,
                     Backup::tr("Relais could not write %1 (is the disk full, or the folder read-only?). "
                                "Nothing was kept.")
                         .arg(path),
                     detail);
}

core::Error damagedBackup(const QString& backupPath, const QString& reason, const std::string& detail)
{
    return makeError(ErrorCode::Damaged,
                     Backup::tr("The backup %1 is damaged: %2 Nothing was restored. Use another backup, or copy this "
                                "one again from where it is kept, together with the files beside it (.slots, "
                                ".anchor, .manifest).")
                         .arg(backupPath, reason),
                     "backup damaged: " + detail);
}

std::optional<FileDigest> digestOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return std::nullopt;
    }
    return FileDigest{file.size(), hash.result().toHex()};
}

bool writeAll(int fd, const char* data, qint64 size)
{
    qint64 written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, data + written, static_cast<size_t>(size - written));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        written += n;
    }
    return true;
}

// Copies `from` into a new file `to` (which must not exist; mode 0600) and
// fsyncs it. Returns the digest of the bytes written.
core::Result<FileDigest> copyDurably(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, Backup::tr("Relais could not read %1.").arg(from), "open for copy failed");
    }
    const int fd = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return ioError(to, "create copy");
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    for (;;) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty()) {
            if (in.error() != QFileDevice::NoError) {
                ::close(fd);
                return makeError(ErrorCode::Io, Backup::tr("Relais could not read %1.").arg(from), "read failed");
            }
            break;
        }
        hash.addData(chunk);
        if (!writeAll(fd, chunk.constData(), chunk.size())) {
            auto error = ioError(to, "write copy");
            ::close(fd);
            return error;
        }
        size += chunk.size();
    }
    if (::fsync(fd) != 0) {
        auto error = ioError(to, "fsync copy");
        ::close(fd);
        return error;
    }
    if (::close(fd) != 0) {
        return ioError(to, "close copy");
    }
    return FileDigest{size, hash.result().toHex()};
}

// Writes `data` to a new file (mode 0600) and fsyncs it.
core::Status writeNewFile(const QString& path, const QByteArray& data)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return ioError(path, "create");
    }
    if (!writeAll(fd, data.constData(), data.size()) || ::fsync(fd) != 0) {
        auto error = ioError(path, "write");
        ::close(fd);
        return error;
    }
    if (::close(fd) != 0) {
        return ioError(path, "close");
    }
    return {};
}

// rename() that never replaces an existing file, so a backup or a database that
// appeared meanwhile is not overwritten. Falls back to a check and rename() on
// file systems without RENAME_NOREPLACE.
bool renameNoReplace(const QString& from, const QString& to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return false;
    }
    if (QFileInfo::exists(to)) {
        errno = EEXIST;
        return false;
    }
    return std::rename(source.constData(), target.constData()) == 0;
}

QStringList sqliteCompanions(const QString& base)
{
    return {base + u"-wal"_s, base + u"-shm"_s, base + u"-journal"_s};
}

// Every temporary file a backup or restore under `base` may have written.
void removeTemporaryFiles(const QString& base)
{
    for (Part part : kParts) {
        QFile::remove(partPath(base, part));
    }
    for (const QString& companion : sqliteCompanions(base)) {
        QFile::remove(companion);
    }
    QFile::remove(Backup::manifestPathFor(base));
}

std::optional<QString> firstExisting(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
            return path;
        }
    }
    return std::nullopt;
}

// Names SQLite and Relais give to the files beside a database. A backup or a
// restored database under such a name would be taken for one of them (a file
// named "org.db-wal" would be read as org.db's WAL).
bool isCompanionName(const QString& path)
{
    static const QStringList kSuffixes = {u"-wal"_s,    u"-shm"_s,    u"-journal"_s,   u".slots"_s,    u".anchor"_s,
                                          u".manifest"_s, u".lock"_s, u".attempts"_s, u".writelock"_s};
    for (const QString& suffix : kSuffixes) {
        if (path.endsWith(suffix)) {
            return true;
        }
    }
    return false;
}

core::Error companionNameRefused(const QString& path)
{
    return makeError(ErrorCode::InputRejected,
                     Backup::tr("%1 is a name Relais uses for the files beside a database. Choose another name, "
                                "for example org-2026-03-02.db.")
                         .arg(path),
                     "companion file name refused");
}

QString temporaryBase(const QString& finalPath, const char* tag)
{
    return finalPath + u'.' + QLatin1StringView(tag) + u'-' + QString::number(::getpid());
}

// Moves the finished temporary files into place in the order given (the file
// renamed last marks completion). On failure, the files already renamed are
// removed again: their names did not exist before.
core::Status moveIntoPlace(const std::vector<std::pair<QString, QString>>& moves)
{
    std::vector<QString> done;
    for (const auto& [from, to] : moves) {
        if (!renameNoReplace(from, to)) {
            auto error = ioError(to, "rename into place");
            for (const QString& placed : done) {
                QFile::remove(placed);
            }
            return error;
        }
        done.push_back(to);
    }
    if (!moves.empty()) {
        syncPath(QFileInfo(moves.front().second).absolutePath());
    }
    return {};
}

// Checks a backup from its files alone (no key): what restore and verify rely on.
core::Result<Manifest> checkBackupFiles(const QString& backupPath)
{
    if (!QFileInfo(backupPath).isFile()) {
        return makeError(ErrorCode::NotFound, Backup::tr("There is no backup at %1.").arg(backupPath),
                         "backup file missing");
    }
    const QString manifestPath = Backup::manifestPathFor(backupPath);
    QFile manifestFile(manifestPath);
    if (!manifestFile.exists()) {
        return damagedBackup(backupPath,
                             Backup::tr("its manifest %1 is missing, so the backup is incomplete (interrupted, or "
                                        "copied without all its files).")
                                 .arg(QFileInfo(manifestPath).fileName()),
                             "manifest missing");
    }
    if (!manifestFile.open(QIODevice::ReadOnly) || manifestFile.size() > kMaxManifestBytes) {
        return damagedBackup(backupPath, Backup::tr("its manifest cannot be read."), "manifest unreadable");
    }
    const auto manifest = Manifest::fromJson(manifestFile.readAll());
    if (!manifest) {
        return damagedBackup(backupPath, Backup::tr("its manifest cannot be read."), "manifest malformed");
    }
    for (Part part : kParts) {
        const auto& expected = manifest->file(part);
        if (!expected) {
            continue;
        }
        const QString path = partPath(backupPath, part);
        const QString name = QFileInfo(path).fileName();
        if (!QFileInfo(path).isFile()) {
            return damagedBackup(backupPath, Backup::tr("the file %1 is missing.").arg(name),
                                 std::string(partName(part).data()) + " missing");
        }
        const auto actual = digestOf(path);
        if (!actual) {
            return damagedBackup(backupPath, Backup::tr("the file %1 cannot be read.").arg(name),
                                 std::string(partName(part).data()) + " unreadable");
        }
        if (actual->size != expected->size) {
            return damagedBackup(backupPath,
                                 Backup::tr("the file %1 does not have the size it had when the backup was made "
                                            "(cut short?).")
                                     .arg(name),
                                 std::string(partName(part).data()) + " size differs");
        }
        if (actual->sha256 != expected->sha256) {
            return damagedBackup(backupPath,
                                 Backup::tr("the content of the file %1 changed since the backup was made.").arg(name),
                                 std::string(partName(part).data()) + " hash differs");
        }
    }
    if (Database::fileLooksPlaintext(backupPath)) {
        return damagedBackup(backupPath, Backup::tr("its database file is not encrypted."), "plaintext header");
    }
    auto vault = KeyVault::load(KeyVault::slotsPathFor(backupPath));
    if (!vault) {
        return damagedBackup(backupPath, Backup::tr("its key file cannot be read."), vault.error().detail);
    }
    if (vault->databaseUuid() != manifest->databaseUuid || vault->generation() != manifest->generation
        || vault->previousGeneration()) {
        return damagedBackup(backupPath, Backup::tr("its key file belongs to another database or another day."),
                             "slots do not match the manifest");
    }
    if (manifest->schemaVersion > Migrator().latestVersion()) {
        return makeError(ErrorCode::TooNew,
                         Backup::tr("The backup %1 was made by a newer version of Relais. Nothing was restored; "
                                    "restore it with that version.")
                             .arg(backupPath),
                         "backup schema newer than this program");
    }
    return *manifest;
}

// The full check of a restored copy with a password: the slot opens, the database
// opens with that key, passes integrity_check, and is the one the manifest names.
core::Status checkWithKey(const QString& base, const QString& backupPath, const Manifest& manifest,
                          const Backup::Credentials& credentials)
{
    auto vault = KeyVault::load(KeyVault::slotsPathFor(base));
    if (!vault) {
        return damagedBackup(backupPath, Backup::tr("its key file cannot be read."), vault.error().detail);
    }
    auto candidates = vault->unlock(credentials.userName, credentials.password);
    if (!candidates) {
        return candidates.error();
    }
    const SecureBytes* key = nullptr;
    for (const DataKeyCandidate& candidate : *candidates) {
        if (candidate.generation == manifest.generation) {
            key = &candidate.key;
            break;
        }
    }
    if (!key) {
        return damagedBackup(backupPath, Backup::tr("its key file belongs to another database or another day."),
                             "no key of the manifest's generation");
    }
    auto db = Database::open(base, *key, Database::Mode::OpenExisting);
    if (!db) {
        if (db.error().code == ErrorCode::Damaged) {
            return damagedBackup(backupPath, Backup::tr("its database does not open with its own key file."),
                                 db.error().detail);
        }
        return db.error();
    }
    auto integrity = db->integrityCheck();
    if (!integrity || *integrity != u"ok"_s) {
        return damagedBackup(backupPath, Backup::tr("its database does not pass SQLite's integrity check."),
                             integrity ? "integrity_check failed" : integrity.error().detail);
    }
    auto snapshot = takeSnapshot(*db);
    if (!snapshot || snapshot->databaseUuid != manifest.databaseUuid || snapshot->generation != manifest.generation
        || snapshot->schemaVersion != manifest.schemaVersion) {
        return damagedBackup(backupPath, Backup::tr("its database is not the one its manifest describes."),
                             "database identity differs from the manifest");
    }
    // As at sign-in: the slot must belong to a live account with the same public key.
    const KeyVault::Account* slot = vault->findAccount(credentials.userName);
    auto stmt = db->prepare("SELECT public_key FROM app_user WHERE user_name = ?1 AND deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, credentials.userName.trimmed());
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row || !slot || stmt->blobAt(0) != slot->publicKey) {
        return makeError(ErrorCode::AuthenticationFailed, VaultText::wrongCredentials(), "slot/account mismatch");
    }
    stmt = Statement();
    if (auto closed = db->close(); !closed) {
        return closed;
    }
    for (const QString& companion : sqliteCompanions(base)) {
        QFile::remove(companion);
    }
    return {};
}

// Holds one read transaction on the signed-in connection: in WAL mode, a fixed
// snapshot that other processes' commits do not change, without blocking them.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
    {
    }
    ~ReadSnapshot() { end(); }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    core::Status begin()
    {
        if (sqlite3_get_autocommit(m_db.handle()) == 0) {
            return makeError(ErrorCode::InUse, StorageText::busy(), "backup requested inside a transaction");
        }
        if (auto status = m_db.exec("BEGIN DEFERRED"); !status) {
            return status;
        }
        m_open = true;
        return {};
    }
    void end()
    {
        if (m_open) {
            m_open = false;
            (void)m_db.exec("ROLLBACK"); // nothing was written: ending the read is all it does
        }
    }

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace

QStringList Backup::filesOf(const QString& backupPath)
{
    QStringList files;
    for (Part part : kParts) {
        files << partPath(backupPath, part);
    }
    files << manifestPathFor(backupPath);
    return files;
}

QString Backup::manifestPathFor(const QString& backupPath)
{
    return backupPath + u".manifest"_s;
}

bool Backup::mayBackUp(core::Role role)
{
    return role == core::Role::TeamLead || role == core::Role::Admin;
}

core::Result<Backup::Info> Backup::create(Session& session, const QString& backupPath, const core::Clock& clock,
                                          const Progress& progress)
{
    auto log = core::logger(core::kLogStorage);
    if (!mayBackUp(session.user().role)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only a team lead or an administrator can back up the database: a backup holds every "
                            "client file."),
                         "backup refused for role " + core::roleCode(session.user().role).toStdString());
    }
    if (session.isLocked()) {
        return makeError(ErrorCode::Internal, StorageText::internal(), "backup of a locked session");
    }
    if (backupPath.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Please name the backup file."), "empty backup path");
    }
    const QString out = QFileInfo(backupPath).absoluteFilePath();
    if (isCompanionName(out)) {
        return companionNameRefused(out);
    }
    if (auto existing = firstExisting(filesOf(out) + sqliteCompanions(out))) {
        return makeError(ErrorCode::InputRejected,
                         tr("%1 already exists. Relais never overwrites a backup or a database: choose another name, "
                            "for example with today's date.")
                             .arg(*existing),
                         "backup target exists");
    }
    if (!QDir().mkpath(QFileInfo(out).absolutePath())) {
        return ioError(QFileInfo(out).absolutePath(), "mkpath");
    }
    const QString base = temporaryBase(out, "partial");
    removeTemporaryFiles(base); // left by an earlier process that had the same id
    auto fail = [&](core::Error error) -> core::Error {
        removeTemporaryFiles(base);
        log->error("backup failed: {}", error.detail);
        return error;
    };

    Database& db = session.db();
    const SecureBytes& key = session.dataKey();
    const QString slotsPath = KeyVault::slotsPathFor(session.path());

    // The anchor is read before the snapshot begins: it is written after each
    // commit, so it can only lag behind the copied trail, never lead it (a lead
    // would read as a cut-off trail).
    std::optional<QByteArray> anchor;
    if (QFile anchorFile(AuditAnchor::pathFor(session.path())); anchorFile.exists()) {
        if (!anchorFile.open(QIODevice::ReadOnly)) {
            return fail(makeError(ErrorCode::Io, tr("Relais could not read %1.").arg(anchorFile.fileName()),
                                  "anchor unreadable"));
        }
        anchor = anchorFile.readAll();
    }

    // The slots file and the snapshot are taken under the slots write lock (the
    // same QLockFile as DataStore's SlotsWriteLock): adding, removing or recovering
    // an account saves the slots and commits the database while holding it, so the
    // copy never pairs a slot with a database that lacks its account.
    QLockFile slotsLock(slotsPath + u".writelock"_s);
    slotsLock.setStaleLockTime(60000);
    if (!slotsLock.tryLock(10000)) {
        return fail(makeError(ErrorCode::InUse,
                              tr("Another change to the accounts is in progress. Try again in a moment."),
                              "slots write lock busy"));
    }
    auto vault = KeyVault::load(slotsPath);
    if (!vault) {
        return fail(vault.error());
    }
    QByteArray slotsBytes;
    if (QFile slotsFile(slotsPath); slotsFile.open(QIODevice::ReadOnly)) {
        slotsBytes = slotsFile.readAll();
    }
    ReadSnapshot read(db);
    if (auto status = read.begin(); !status) {
        return fail(status.error());
    }
    auto snapshot = takeSnapshot(db);
    slotsLock.unlock();
    if (!snapshot) {
        return fail(snapshot.error());
    }
    if (vault->previousGeneration()) {
        return fail(makeError(ErrorCode::InUse,
                              tr("The database key is being replaced. Sign in again, then make the backup."),
                              "re-key in progress"));
    }
    if (vault->databaseUuid() != snapshot->databaseUuid || vault->generation() != snapshot->generation
        || session.generation() != snapshot->generation) {
        return fail(makeError(ErrorCode::InUse,
                              tr("The database key changed since you signed in. Sign in again, then make the backup."),
                              "slots, session and database generations differ"));
    }

    // Copy every page into a new file under the same key. The destination keeps
    // its rollback journal in memory: it is a private temporary file, deleted on
    // any failure, and no journal file is left by a crash.
    qint64 pages = 0;
    {
        auto copy = Database::open(base, key, Database::Mode::CreateNew);
        if (!copy) {
            return fail(copy.error());
        }
        QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto journal = copy->queryText("PRAGMA journal_mode = MEMORY");
        if (!journal) {
            return fail(journal.error());
        }
        log->debug("backup copy journal mode: {}", journal->toStdString());
        sqlite3_backup* backup = sqlite3_backup_init(copy->handle(), "main", db.handle(), "main");
        if (!backup) {
            return fail(sqliteError(sqlite3_errcode(copy->handle()), copy->handle(), "backup init"));
        }
        bool cancelled = false;
        int rc = SQLITE_OK;
        for (;;) {
            rc = sqlite3_backup_step(backup, kPagesPerStep);
            if (rc != SQLITE_OK) {
                break;
            }
            const qint64 total = sqlite3_backup_pagecount(backup);
            if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
                cancelled = true;
                break;
            }
        }
        pages = sqlite3_backup_pagecount(backup);
        const int finished = sqlite3_backup_finish(backup);
        if (cancelled) {
            return fail(makeError(ErrorCode::InputRejected, tr("The backup was cancelled. Nothing was kept."),
                                  "backup cancelled"));
        }
        if (rc != SQLITE_DONE) {
            return fail(sqliteError(rc, copy->handle(), "backup step"));
        }
        if (finished != SQLITE_OK) {
            return fail(sqliteError(finished, copy->handle(), "backup finish"));
        }
        if (progress) {
            (void)progress(pages, pages);
        }
        if (auto status = copy->close(); !status) {
            return fail(status.error());
        }
    }
    read.end();

    // Verify the copy as a user would need it: it opens with the key, is whole,
    // and holds what the snapshot held.
    if (Database::fileLooksPlaintext(base)) {
        return fail(makeError(ErrorCode::Internal, StorageText::internal(), "backup copy written in plaintext"));
    }
    {
        auto copy = Database::open(base, key, Database::Mode::OpenExisting);
        if (!copy) {
            return fail(copy.error());
        }
        auto integrity = copy->integrityCheck();
        if (!integrity) {
            return fail(integrity.error());
        }
        if (*integrity != u"ok"_s) {
            return fail(makeError(ErrorCode::Damaged,
                                  tr("The copy does not pass SQLite's integrity check, so the database itself may be "
                                     "damaged. Nothing was kept. Run 'relais check'."),
                                  "backup copy fails integrity_check"));
        }
        auto copied = takeSnapshot(*copy);
        if (!copied) {
            return fail(copied.error());
        }
        if (!(*copied == *snapshot)) {
            return fail(makeError(ErrorCode::Internal, StorageText::internal(), "backup copy differs from snapshot"));
        }
        if (auto status = copy->close(); !status) {
            return fail(status.error());
        }
    }
    for (const QString& companion : sqliteCompanions(base)) {
        QFile::remove(companion);
    }
    if (!syncPath(base)) {
        return fail(ioError(base, "fsync"));
    }

    Manifest manifest;
    manifest.createdAt = clock.nowUtc();
    manifest.databaseUuid = snapshot->databaseUuid;
    manifest.generation = snapshot->generation;
    manifest.schemaVersion = snapshot->schemaVersion;
    manifest.pages = pages;
    manifest.file(Part::Database) = digestOf(base);
    if (!manifest.file(Part::Database)) {
        return fail(makeError(ErrorCode::Io, tr("Relais could not read %1.").arg(base), "hash of the copy failed"));
    }
    if (auto status = writeNewFile(partPath(base, Part::Slots), slotsBytes); !status) {
        return fail(status.error());
    }
    manifest.file(Part::Slots) = digestOf(partPath(base, Part::Slots));
    if (anchor) {
        if (auto status = writeNewFile(partPath(base, Part::Anchor), *anchor); !status) {
            return fail(status.error());
        }
        manifest.file(Part::Anchor) = digestOf(partPath(base, Part::Anchor));
    }
    if (!manifest.file(Part::Slots) || (anchor && !manifest.file(Part::Anchor))) {
        return fail(makeError(ErrorCode::Io, tr("Relais could not read %1.").arg(base), "hash of a copy failed"));
    }
    if (auto status = writeNewFile(manifestPathFor(base), manifest.toJson()); !status) {
        return fail(status.error());
    }

    // The manifest goes last: until it is in place, the backup reads as incomplete.
    std::vector<std::pair<QString, QString>> moves;
    for (Part part : {Part::Slots, Part::Anchor, Part::Database}) {
        if (manifest.file(part)) {
            moves.emplace_back(partPath(base, part), partPath(out, part));
        }
    }
    moves.emplace_back(manifestPathFor(base), manifestPathFor(out));
    if (auto status = moveIntoPlace(moves); !status) {
        return fail(status.error());
    }
    log->info("backup written: {} pages, generation {}, schema {}", pages, manifest.generation,
              manifest.schemaVersion);
    return manifest.info(out);
}

core::Result<Backup::Info> Backup::run(Workspace& workspace, const QString& backupPath, const core::Clock& clock,
                                       const Progress& progress)
{
    auto info = create(workspace.session(), backupPath, clock, progress);
    if (!info) {
        return info;
    }
    // The time and the audit entry together, after the copy: a failure here (the
    // database busy for long) leaves a complete backup, reported as not recorded.
    auto record = [&]() -> core::Status {
        auto unit = workspace.context().transactions.begin();
        if (!unit) {
            return unit.error();
        }
        auto stmt = workspace.session().db().prepare(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_backup_at', ?1)");
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, isoTime(info->createdAt));
        if (auto status = stmt->run(); !status) {
            return status;
        }
        if (auto status = workspace.audit().record(workspace.user(), u"database.backup"_s, u"database"_s,
                                                   info->databaseUuid, {u"last_backup_at"_s});
            !status) {
            return status;
        }
        return (*unit)->commit();
    };
    const core::Status recorded = record();
    info->recorded = recorded.ok();
    if (!recorded) {
        core::logger(core::kLogStorage)->warn("backup made but not recorded: {}", recorded.error().detail);
    }
    return info;
}

std::optional<QDateTime> Backup::lastBackupAt(Database& db)
{
    auto value = db.queryText("SELECT value FROM meta WHERE key = 'last_backup_at'");
    if (!value || value->isEmpty()) {
        return std::nullopt;
    }
    const QDateTime at = QDateTime::fromString(*value, Qt::ISODateWithMs);
    if (!at.isValid()) {
        return std::nullopt;
    }
    return at.toUTC();
}

core::Result<Backup::Info> Backup::verify(const QString& backupPath)
{
    const QString path = QFileInfo(backupPath).absoluteFilePath();
    auto manifest = checkBackupFiles(path);
    if (!manifest) {
        return manifest.error();
    }
    return manifest->info(path);
}

core::Result<Backup::Info> Backup::restore(const QString& backupPath, const QString& databasePath,
                                           const std::optional<Credentials>& credentials)
{
    auto log = core::logger(core::kLogStorage);
    if (backupPath.trimmed().isEmpty() || databasePath.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Please name the backup and the new database file."),
                         "empty path");
    }
    const QString from = QFileInfo(backupPath).absoluteFilePath();
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    // A leftover WAL or journal under the new name would be replayed into the
    // restored database by SQLite: refused like the database itself.
    QStringList taken = {target};
    taken << sqliteCompanions(target) << KeyVault::slotsPathFor(target) << AuditAnchor::pathFor(target);
    if (isCompanionName(target)) {
        return companionNameRefused(target);
    }
    if (auto existing = firstExisting(taken)) {
        return makeError(ErrorCode::InputRejected,
                         tr("%1 already exists. Relais never restores over an existing database: choose a new file "
                            "name, or move the existing files aside first.")
                             .arg(*existing),
                         "restore target exists");
    }
    auto manifest = checkBackupFiles(from);
    if (!manifest) {
        return manifest.error();
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return ioError(QFileInfo(target).absolutePath(), "mkpath");
    }
    const QString base = temporaryBase(target, "restore");
    removeTemporaryFiles(base);
    auto fail = [&](core::Error error) -> core::Error {
        removeTemporaryFiles(base);
        log->error("restore failed: {}", error.detail);
        return error;
    };
    for (Part part : kParts) {
        const auto& expected = manifest->file(part);
        if (!expected) {
            continue;
        }
        auto copied = copyDurably(partPath(from, part), partPath(base, part));
        if (!copied) {
            return fail(copied.error());
        }
        if (!(*copied == *expected)) {
            return fail(damagedBackup(
                from,
                tr("the file %1 changed while it was being copied.").arg(QFileInfo(partPath(from, part)).fileName()),
                "copy differs from the manifest"));
        }
    }
    if (credentials) {
        if (auto status = checkWithKey(base, from, *manifest, *credentials); !status) {
            return fail(status.error());
        }
    }
    // The database goes last: once it exists under its name, the restore is complete.
    std::vector<std::pair<QString, QString>> moves;
    for (Part part : {Part::Slots, Part::Anchor, Part::Database}) {
        if (manifest->file(part)) {
            moves.emplace_back(partPath(base, part), partPath(target, part));
        }
    }
    if (auto status = moveIntoPlace(moves); !status) {
        return fail(status.error());
    }
    log->info("backup restored: generation {}, schema {}", manifest->generation, manifest->schemaVersion);
    return manifest->info(from);
}

} // namespace relais::storage
