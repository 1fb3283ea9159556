#include "AtomicFile.h"

#include "SqliteError.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace relais::storage {

bool syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

core::Status writeFileAtomically(const QString& path, const QByteArray& data)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp-" + QByteArray::number(::getpid());
    auto failure = [&](const char* what) {
        const std::string detail = std::string(what) + ": " + std::strerror(errno);
        ::unlink(temp.constData());
        return core::makeError(core::ErrorCode::Io,
                               StorageText::tr("Relais could not write %1. Nothing was changed.")
                                   .arg(QFileInfo(path).fileName()),
                               detail);
    };
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        return failure("open temporary file");
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            ::close(fd);
            return failure("write");
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        return failure("fsync");
    }
    if (::close(fd) != 0) {
        return failure("close");
    }
    if (::rename(temp.constData(), target.constData()) != 0) {
        return failure("rename");
    }
    syncPath(QFileInfo(path).absolutePath());
    return {};
}

} // namespace relais::storage
