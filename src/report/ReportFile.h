#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSaveFile;

namespace relais::report {

// How report files reach the disk: through QSaveFile, so a failure or a cancel
// leaves no half-written file (and an older report under the same name intact),
// readable by this operating-system account only, since exports are not encrypted.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
public:
    // Writes `data` to `path` atomically.
    static core::Status write(const QString& path, const QByteArray& data);
    // Opens `file` for writing with owner-only permissions.
    static core::Status open(QSaveFile& file);
    // Commits `file`; an error names the path.
    static core::Status commit(QSaveFile& file);
};

} // namespace relais::report
