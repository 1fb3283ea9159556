#include "LibraryInfo.h"

#include "Database.h"

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace relais::storage {

QString libraryVersions()
{
    // cipher_version needs a keyed connection: ask an in-memory one.
    QString cipher = QStringLiteral("?");
    sqlite3* db = nullptr;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0)) {
            cipher = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return QStringLiteral("SQLCipher %1 (SQLite %2), libsodium %3")
        .arg(cipher, QString::fromLatin1(sqlite3_libversion()), QString::fromLatin1(sodium_version_string()));
}

} // namespace relais::storage
