#pragma once

#include <QString>

namespace relais::storage {

// "SQLCipher 3.4.1 (SQLite 3.15.2), libsodium 1.0.18", for --version and `relais check`.
QString libraryVersions();

} // namespace relais::storage
