#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace relais::storage {

// The "<database>.lock" file naming the computer and process that have the
// database open. SQLite's own locks do not work across a network share, so a
// second computer opening the same file is refused here. Several processes on the
// same computer may share the database (SQLite coordinates them); only the first
// owns the lock file. A lock left by a process that no longer runs is taken over.
class DatabaseLock
{
public:
    static core::Result<DatabaseLock> acquire(const QString& databasePath);
    static QString lockPathFor(const QString& databasePath);

    DatabaseLock() = default;
    ~DatabaseLock();
    DatabaseLock(DatabaseLock&& other) noexcept;
    DatabaseLock& operator=(DatabaseLock&& other) noexcept;
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    // True when another live holder on this computer (another process, or another
    // open in this one) has the database open: its WAL is in use, not left over.
    bool sharedWithLocalProcess() const { return m_shared; }
    // Human-readable warnings (network file system).
    const QStringList& warnings() const { return m_warnings; }
    void release();

private:
    QString m_path;
    bool m_owner = false;
    bool m_shared = false;
    QStringList m_warnings;
};

// True for folders on NFS, SMB/CIFS and similar shares, where file locking is unreliable.
bool isNetworkFileSystem(const QString& path);

} // namespace relais::storage
