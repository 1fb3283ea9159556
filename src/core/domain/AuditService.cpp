#include "AuditService.h"

#include "AccessPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace relais::core {

AuditService::AuditService(ServiceContext& context)
    : m_context(context)
{
}

QByteArray AuditService::entryHash(const QByteArray& previousHash, const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    const QString canonical = QString::number(entry.sequence) + QLatin1Char('\x1f')
                              + entry.at.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char('\x1f')
                              + QString::number(entry.userId) + QLatin1Char('\x1f') + entry.action
                              + QLatin1Char('\x1f') + entry.entityType + QLatin1Char('\x1f') + entry.entityUuid
                              + QLatin1Char('\x1f') + entry.fields.join(QLatin1Char(','));
    hash.addData(canonical.toUtf8());
    return hash.result();
}

Status AuditService::record(const UserAccount& actor, const QString& action, const QString& entityType,
                            const QString& entityUuid, const QStringList& fields)
{
    AuditEntry entry;
    entry.at = m_context.clock.nowUtc();
    entry.userId = actor.id;
    entry.action = action;
    entry.entityType = entityType;
    entry.entityUuid = entityUuid;
    entry.fields = fields;
    auto appended = m_context.audit.append(std::move(entry));
    if (!appended) {
        return appended.error();
    }
    return {};
}

Status AuditService::recordSignIn(const UserAccount& actor, const std::vector<FailedSignIn>& failedBefore)
{
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    for (const FailedSignIn& failure : failedBefore) {
        AuditEntry entry;
        entry.at = failure.at;
        entry.userId = 0;
        entry.action = QStringLiteral("sign_in.failed");
        entry.entityType = QStringLiteral("user");
        entry.fields = {QStringLiteral("user_name=") + failure.userName};
        if (auto appended = m_context.audit.append(std::move(entry)); !appended) {
            return appended.error();
        }
    }
    if (auto status = record(actor, QStringLiteral("sign_in"), QStringLiteral("user"), actor.uuid); !status) {
        return status;
    }
    return (*unit)->commit();
}

Result<std::vector<AuditEntry>> AuditService::historyOfPerson(const UserAccount& actor, qint64 personId)
{
    if (auto allowed = AccessPolicy::requireFileAccess(m_context.people, actor, personId,
                                                       AccessPolicy::FileAccess::Read);
        !allowed) {
        return allowed.error();
    }
    auto person = m_context.people.findPerson(personId);
    if (!person) {
        return person.error();
    }
    if (!*person) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("relais::core::AuditService", "This person no longer exists."),
                         "person not found");
    }
    return m_context.audit.entriesFor((*person)->uuid);
}

Result<AuditCheck> AuditService::verify()
{
    return m_context.audit.verify();
}

} // namespace relais::core
