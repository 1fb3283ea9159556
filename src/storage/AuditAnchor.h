#pragma once

#include "SecureBytes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace relais::storage {

class Database;

// The audit trail's outside anchor: "<database>.anchor" holds the count and head
// hash of the trail, with a MAC keyed by a random key kept inside the encrypted
// database (meta 'audit_anchor_key', so it survives re-keying unchanged), so a
// cut-off tail (or an older copy of the database put back) is detected and the
// anchor cannot be forged without opening the database. Someone holding the data
// key can rewrite both (documented).
class AuditAnchor
{
public:
    struct Head
    {
        qint64 count = 0;
        QByteArray hash;
    };

    static QString pathFor(const QString& databasePath);

    // The MAC key from the database, created on first use.
    static core::Result<SecureBytes> macKey(Database& db);
    // Writes a first anchor (no entries) when there is no anchor and no entry yet:
    // a new database, or one upgraded from before the audit trail existed.
    static core::Status ensureInitial(Database& db, const QString& databasePath);

    // Written atomically.
    static core::Status write(const QString& databasePath, const Head& head, const SecureBytes& dataKey);
    // nullopt when there is no anchor file; an error when it is damaged or its MAC is wrong.
    static core::Result<std::optional<Head>> read(const QString& databasePath, const SecureBytes& dataKey);
};

} // namespace relais::storage
