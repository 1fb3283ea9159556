#include "ReportFile.h"

#include <QSaveFile>

namespace relais::report {

core::Status ReportFile::open(QSaveFile& file)
{
    if (!file.open(QIODevice::WriteOnly)) {
        return core::makeError(core::ErrorCode::Io,
                               tr("Could not write %1: %2").arg(file.fileName(), file.errorString()),
                               "report file open failed: " + file.errorString().toStdString());
    }
    // QSaveFile's temporary file follows the umask (often world-readable); the
    // rename keeps the permissions set here.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

core::Status ReportFile::commit(QSaveFile& file)
{
    if (!file.commit()) {
        return core::makeError(core::ErrorCode::Io,
                               tr("Could not write %1: %2").arg(file.fileName(), file.errorString()),
                               "report file commit failed: " + file.errorString().toStdString());
    }
    return {};
}

core::Status ReportFile::write(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (auto opened = open(file); !opened) {
        return opened;
    }
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return core::makeError(core::ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString()),
                               "report file write failed: " + file.errorString().toStdString());
    }
    return commit(file);
}

} // namespace relais::report
