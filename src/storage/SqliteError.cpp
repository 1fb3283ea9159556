#include "SqliteError.h"

#include <sqlcipher/sqlite3.h>

#include <string>

namespace relais::storage {

using core::ErrorCode;

core::Error sqliteError(int code, sqlite3* db, const char* what)
{
    const int primary = code & 0xff;
    std::string detail = std::string(what) + ": " + sqlite3_errstr(code) + " (" + std::to_string(code) + ")";
    if (db) {
        detail += ": ";
        detail += sqlite3_errmsg(db);
    }
    // SQLCipher 3.x reports a page that fails its HMAC (damaged bytes) as a bare
    // SQLITE_ERROR from the pager, without the specific message of an SQL mistake.
    const bool bareError = primary == SQLITE_ERROR && db
                           && std::string(sqlite3_errmsg(db)) == std::string(sqlite3_errstr(SQLITE_ERROR));
    switch (bareError ? SQLITE_CORRUPT : primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return core::makeError(ErrorCode::Damaged, StorageText::damaged(), detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return core::makeError(ErrorCode::InUse, StorageText::busy(), detail);
    case SQLITE_FULL:
        return core::makeError(ErrorCode::Io, StorageText::diskFull(), detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return core::makeError(ErrorCode::Io, StorageText::ioFailure(), detail);
    case SQLITE_CONSTRAINT:
        return core::makeError(ErrorCode::InputRejected, StorageText::constraint(), detail);
    default:
        return core::makeError(ErrorCode::Internal, StorageText::internal(), detail);
    }
}

QString StorageText::damaged()
{
    return tr("The database file is damaged or is not a Relais database. It has not been changed. "
              "Restore your latest backup or contact your administrator.");
}

QString StorageText::busy()
{
    return tr("The database is busy with another task. Please try again in a moment.");
}

QString StorageText::diskFull()
{
    return tr("The disk is full. Nothing was saved; free some space and try again.");
}

QString StorageText::ioFailure()
{
    return tr("The computer could not read or write the database file. Nothing was saved.");
}

QString StorageText::constraint()
{
    return tr("This change conflicts with data already recorded. Nothing was saved.");
}

QString StorageText::internal()
{
    return tr("An unexpected error occurred. Nothing was saved. Please report it to your administrator.");
}

} // namespace relais::storage
