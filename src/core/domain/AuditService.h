#pragma once

#include "ServiceContext.h"

#include <QByteArray>

namespace relais::core {

// The tamper-evident trail: each entry carries the hash of the previous one; the
// head and count are also kept outside the database (the anchor), so an edited,
// removed, reordered or cut-off entry is detected. It records who did what to
// which record and which fields, never the values. Limit: someone holding the
// data key can rewrite both the chain and the anchor (docs/security.md).
class AuditService
{
public:
    explicit AuditService(ServiceContext& context);

    Status record(const UserAccount& actor, const QString& action, const QString& entityType = {},
                  const QString& entityUuid = {}, const QStringList& fields = {});
    // A successful sign-in, preceded by the failed attempts made since the last one
    // (counted outside the database while it was locked).
    struct FailedSignIn
    {
        QString userName;
        QDateTime at;
    };
    Status recordSignIn(const UserAccount& actor, const std::vector<FailedSignIn>& failedBefore);
    Result<AuditCheck> verify();
    // The trail of one record (a client file's history), for team leads and for
    // case managers who may read that person's file.
    Result<std::vector<AuditEntry>> historyOfPerson(const UserAccount& actor, qint64 personId);

    // SHA-256 over the previous hash and the entry's canonical text.
    static QByteArray entryHash(const QByteArray& previousHash, const AuditEntry& entry);

private:
    ServiceContext& m_context;
};

} // namespace relais::core
