#include "AuditAnchor.h"

#include "AtomicFile.h"
#include "Database.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace relais::storage {

namespace {

QByteArray macOf(const AuditAnchor::Head& head, const SecureBytes& dataKey)
{
    const QByteArray message = "relais-audit-anchor-v1|" + QByteArray::number(head.count) + '|' + head.hash.toHex();
    QByteArray mac(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), static_cast<std::size_t>(mac.size()),
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), dataKey.data(), dataKey.size());
    return mac;
}

core::Error damagedAnchor(const char* why)
{
    return core::makeError(core::ErrorCode::Damaged,
                           QCoreApplication::translate("relais::storage::AuditAnchor",
                                                       "The audit trail's anchor file is damaged or was altered."),
                           why);
}

} // namespace

QString AuditAnchor::pathFor(const QString& databasePath)
{
    return databasePath + u".anchor"_s;
}

core::Result<SecureBytes> AuditAnchor::macKey(Database& db)
{
    auto stored = db.queryText("SELECT value FROM meta WHERE key = 'audit_anchor_key'");
    if (!stored) {
        return stored.error();
    }
    if (stored->isEmpty()) {
        const SecureBytes fresh = SecureBytes::random(32);
        const SecureBytes hex = fresh.toHex();
        auto insert = db.prepare("INSERT INTO meta (key, value) VALUES ('audit_anchor_key', ?1)");
        if (!insert) {
            return insert.error();
        }
        insert->bind(1, QString::fromLatin1(hex.chars(), static_cast<qsizetype>(hex.size())));
        if (auto status = insert->run(); !status) {
            return status.error();
        }
        return SecureBytes::copyOf(fresh.data(), fresh.size());
    }
    const QByteArray bytes = QByteArray::fromHex(stored->toLatin1());
    if (bytes.size() != 32) {
        return damagedAnchor("audit anchor key malformed");
    }
    return SecureBytes::copyOf(reinterpret_cast<const unsigned char*>(bytes.constData()), 32);
}

core::Status AuditAnchor::ensureInitial(Database& db, const QString& databasePath)
{
    if (QFile::exists(pathFor(databasePath))) {
        return {};
    }
    auto entries = db.queryInt("SELECT count(*) FROM audit_log");
    if (!entries) {
        return entries.error();
    }
    if (*entries > 0) {
        return {}; // entries without an anchor: evidence, left for `relais check` to report
    }
    auto key = macKey(db);
    if (!key) {
        return key.error();
    }
    return write(databasePath, Head{0, QByteArray()}, *key);
}

core::Status AuditAnchor::write(const QString& databasePath, const Head& head, const SecureBytes& dataKey)
{
    if (!sodiumReady()) {
        return damagedAnchor("sodium unavailable");
    }
    QJsonObject root;
    root.insert("count"_L1, static_cast<double>(head.count));
    root.insert("head"_L1, QString::fromLatin1(head.hash.toHex()));
    root.insert("mac"_L1, QString::fromLatin1(macOf(head, dataKey).toHex()));
    return writeFileAtomically(pathFor(databasePath), QJsonDocument(root).toJson(QJsonDocument::Compact));
}

core::Result<std::optional<AuditAnchor::Head>> AuditAnchor::read(const QString& databasePath,
                                                                 const SecureBytes& dataKey)
{
    QFile file(pathFor(databasePath));
    if (!file.exists()) {
        return std::optional<Head>();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return damagedAnchor("anchor unreadable");
    }
    const QJsonObject root = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    Head head;
    head.count = static_cast<qint64>(root.value("count"_L1).toDouble(-1));
    head.hash = QByteArray::fromHex(root.value("head"_L1).toString().toLatin1());
    const QByteArray mac = QByteArray::fromHex(root.value("mac"_L1).toString().toLatin1());
    if (head.count < 0 || mac.size() != crypto_generichash_BYTES) {
        return damagedAnchor("anchor malformed");
    }
    const QByteArray expected = macOf(head, dataKey);
    if (sodium_memcmp(mac.constData(), expected.constData(), static_cast<std::size_t>(mac.size())) != 0) {
        return damagedAnchor("anchor MAC mismatch");
    }
    return std::optional<Head>(head);
}

} // namespace relais::storage
