#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string_view>

namespace relais::storage {

class Database;
class Session;
class Workspace;

// Encrypted, verified backups and their restore (docs/security.md, "Backups").
//
// A backup named OUT is four files side by side, laid out like a database so
// that it restores by copying:
//   OUT           the database, still encrypted with the same data key (so every
//                 password of that day and the recovery key open it);
//   OUT.slots     the key slots file of that moment;
//   OUT.anchor    the audit trail's anchor, when the database had one;
//   OUT.manifest  JSON: database UUID, key generation, schema version, and the
//                 size and SHA-256 of each file above. Written last, so it marks
//                 a complete backup, and lets a restore detect damage without a
//                 password. It holds no client content.
// The copy is made with SQLite's online backup API inside one read transaction
// of the signed-in connection (a WAL snapshot: other processes keep working,
// committed data in the WAL is included, uncommitted data is not). Every file is
// written under a temporary name beside its final one and renamed only once
// verified, so an interrupted backup or restore leaves at most temporary files
// ("OUT.partial-<pid>*", "NEW.restore-<pid>*"), never a half file under a final
// name. Nothing is ever written in plaintext.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // What a backup holds (from its manifest, or measured as it was made).
    struct Info
    {
        QString path;        // the backup's database file (OUT)
        QDateTime createdAt; // UTC
        QString databaseUuid;
        quint64 generation = 0;
        int schemaVersion = 0;
        qint64 pages = 0;
        bool hasAnchor = false;
        // run() only: false when the time and the audit entry could not be written
        // (the backup itself is complete).
        bool recorded = false;
    };

    // A user name and password to unlock a backup being restored, for the full check.
    struct Credentials
    {
        QString userName;
        std::string_view password;
    };

    // Pages copied so far and in all; return false to cancel (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The four files of the backup named `backupPath`, database first.
    static QStringList filesOf(const QString& backupPath);
    static QString manifestPathFor(const QString& backupPath);

    // A backup holds every client file: team leads and administrators only.
    static bool mayBackUp(core::Role role);

    // Copies the session's database, slots and anchor to `backupPath` and verifies
    // the copy (opens with the key, integrity_check ok, same schema version and row
    // count in every table as the snapshot). Refuses an existing backup name.
    // Writes nothing to the database itself.
    static core::Result<Info> create(Session& session, const QString& backupPath, const core::Clock& clock,
                                     const Progress& progress = {});

    // create(), then records the time ('last_backup_at' in meta) and a
    // 'database.backup' audit entry in one unit of work. What the CLI and the
    // window call.
    static core::Result<Info> run(Workspace& workspace, const QString& backupPath, const core::Clock& clock,
                                  const Progress& progress = {});

    // When this database was last backed up (UTC), if ever: for the window's
    // reminder on exit.
    static std::optional<QDateTime> lastBackupAt(Database& db);

    // Checks a backup without a password: manifest, sizes and SHA-256 of every
    // file, slots readable and matching the database's UUID and generation,
    // database header encrypted, schema not newer than this program. A damaged or
    // incomplete backup gives ErrorCode::Damaged; a missing one NotFound.
    static core::Result<Info> verify(const QString& backupPath);

    // Restores a backup to `databasePath`, which must not exist (nor its slots,
    // anchor, WAL or journal: InputRejected). verify() first; with credentials
    // the copy is also unlocked and integrity-checked. Database and slots are
    // copied under temporary names and renamed into place; nothing is left on
    // failure.
    static core::Result<Info> restore(const QString& backupPath, const QString& databasePath,
                                      const std::optional<Credentials>& credentials = std::nullopt);
};

} // namespace relais::storage
