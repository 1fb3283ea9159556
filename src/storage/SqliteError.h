#pragma once

#include "core/Result.h"

#include <QCoreApplication>

struct sqlite3;

namespace relais::storage {

// Turns an SQLite result code into a core Error with a message a social worker
// understands; the SQLite text goes into the detail for the logs only.
core::Error sqliteError(int code, sqlite3* db, const char* what);

class StorageText
{
    Q_DECLARE_TR_FUNCTIONS(StorageText)
public:
    static QString damaged();
    static QString busy();
    static QString diskFull();
    static QString ioFailure();
    static QString constraint();
    static QString internal();
};

} // namespace relais::storage
