#include "DatabaseLock.h"

#include "SqliteError.h"
#include "core/Log.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace relais::storage {

namespace {

QString thisHost()
{
    return QSysInfo::machineHostName();
}

bool processAlive(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool createExclusively(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return false;
    }
    QJsonObject object;
    object.insert("host"_L1, thisHost());
    object.insert("pid"_L1, static_cast<double>(::getpid()));
    object.insert("since"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QByteArray content = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const bool ok = ::write(fd, content.constData(), static_cast<size_t>(content.size())) == content.size();
    ::fsync(fd);
    ::close(fd);
    return ok;
}

} // namespace

bool isNetworkFileSystem(const QString& path)
{
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    static const char* const kNetworkTypes[] = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "fuse.sshfs",
                                                "9p", "afs", "ceph", "glusterfs", "fuse.glusterfs", "davfs", "ncpfs"};
    for (const char* network : kNetworkTypes) {
        if (type == network) {
            return true;
        }
    }
    return false;
}

QString DatabaseLock::lockPathFor(const QString& databasePath)
{
    return databasePath + u".lock"_s;
}

core::Result<DatabaseLock> DatabaseLock::acquire(const QString& databasePath)
{
    DatabaseLock lock;
    lock.m_path = lockPathFor(databasePath);
    if (isNetworkFileSystem(databasePath)) {
        lock.m_warnings << StorageText::tr("The database is in a network folder. Relais is safest with its database "
                                           "on this computer's own disk: a network folder can lose or damage data "
                                           "if two computers write at once.");
        core::logger(core::kLogStorage)->warn("database folder is on a network file system");
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (createExclusively(lock.m_path)) {
            lock.m_owner = true;
            return lock;
        }
        QFile file(lock.m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (!file.exists()) {
                continue; // released between our two calls
            }
            return core::makeError(core::ErrorCode::Io,
                                   StorageText::tr("Relais could not read the lock file %1.").arg(lock.m_path),
                                   "lock file unreadable");
        }
        const QJsonObject holder = QJsonDocument::fromJson(file.readAll()).object();
        const QString host = holder.value("host"_L1).toString();
        const qint64 pid = static_cast<qint64>(holder.value("pid"_L1).toDouble());
        if (!host.isEmpty() && host != thisHost()) {
            const QString since =
                QDateTime::fromString(holder.value("since"_L1).toString(), Qt::ISODate).toLocalTime().toString(
                    u"yyyy-MM-dd HH:mm"_s);
            return core::makeError(
                core::ErrorCode::InUse,
                StorageText::tr("This database is open on the computer “%1” (since %2). Close Relais there "
                                "first. If that computer is switched off or has crashed, delete the file %3 and try "
                                "again.")
                    .arg(host, since, lock.m_path),
                "lock held by another host");
        }
        if (pid == ::getpid() || processAlive(pid)) {
            lock.m_shared = true;
            return lock;
        }
        // Stale: left by a process of this computer that is gone.
        core::logger(core::kLogStorage)->info("taking over a stale lock file (pid {})", pid);
        file.close();
        QFile::remove(lock.m_path);
    }
    return core::makeError(core::ErrorCode::Io,
                           StorageText::tr("Relais could not create the lock file %1.").arg(lock.m_path),
                           "lock file not creatable");
}

DatabaseLock::~DatabaseLock()
{
    release();
}

DatabaseLock::DatabaseLock(DatabaseLock&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_owner(std::exchange(other.m_owner, false))
    , m_shared(other.m_shared)
    , m_warnings(std::move(other.m_warnings))
{
}

DatabaseLock& DatabaseLock::operator=(DatabaseLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_owner = std::exchange(other.m_owner, false);
        m_shared = other.m_shared;
        m_warnings = std::move(other.m_warnings);
    }
    return *this;
}

void DatabaseLock::release()
{
    if (m_owner) {
        QFile::remove(m_path);
        m_owner = false;
    }
}

} // namespace relais::storage
