#pragma once

// TESTS ONLY. Never include this from application code: no command-line option,
// environment variable or setting leads here.

#include "storage/Database.h"

namespace relais::storage::testing {

// While one exists, Database opens and creates files without the SQLCipher key:
// plain SQLite, so a test can search the file's raw bytes for a marker and prove
// that retention and erasure left none behind (issue 8, item 5). Restores
// encryption when destroyed. Not thread-safe: create it before any database opens.
class UnencryptedDatabases
{
public:
    UnencryptedDatabases() { Database::s_unencryptedForTests = true; }
    ~UnencryptedDatabases() { Database::s_unencryptedForTests = false; }
    UnencryptedDatabases(const UnencryptedDatabases&) = delete;
    UnencryptedDatabases& operator=(const UnencryptedDatabases&) = delete;
};

} // namespace relais::storage::testing
