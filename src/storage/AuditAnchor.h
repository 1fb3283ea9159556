#pragma once

#include "SecureBytes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace relais::storage {

// The audit trail's outside anchor: "<database>.anchor" holds the count and head
// hash of the trail, with a MAC keyed by the data key, so a cut-off tail (or an
// older copy of the database put back) is detected and the anchor cannot be
// forged without the key. Someone holding the key can rewrite both (documented).
class AuditAnchor
{
public:
    struct Head
    {
        qint64 count = 0;
        QByteArray hash;
    };

    static QString pathFor(const QString& databasePath);

    // Written atomically.
    static core::Status write(const QString& databasePath, const Head& head, const SecureBytes& dataKey);
    // nullopt when there is no anchor file; an error when it is damaged or its MAC is wrong.
    static core::Result<std::optional<Head>> read(const QString& databasePath, const SecureBytes& dataKey);
};

} // namespace relais::storage
