#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace relais::storage {

// Replaces `path` with `data` so that a crash at any moment leaves either the old
// or the new content: a temporary file in the same folder, fsync, rename, fsync of
// the folder. Mode 0600: only this operating-system account reads it.
core::Status writeFileAtomically(const QString& path, const QByteArray& data);

// fsyncs a file or a folder (after a rename).
bool syncPath(const QString& path);

} // namespace relais::storage
