#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

namespace relais::test {

TempStore::TempStore()
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("relais.db"));
    storage::DataStore::NewStore spec;
    spec.path = path;
    spec.organisation = QString::fromUtf8(kOrganisation);
    spec.adminUserName = QStringLiteral("admin");
    spec.adminPassword = kAdminPassword;
    spec.kdf = storage::KdfParams::fastForTests();
    auto created = storage::DataStore::create(spec, clock);
    if (!created) {
        FAIL(created.error().detail);
    }
    recovery = *created;
}

std::unique_ptr<storage::Session> TempStore::signIn(const QString& user, const char* password)
{
    auto session = storage::DataStore::unlock(path, user, password, clock);
    if (!session) {
        FAIL(session.error().detail);
    }
    return std::move(*session);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList filesContaining(const QString& folder, const QString& marker)
{
    const QByteArray utf8 = marker.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2);
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16)) {
            hits << file;
        }
    }
    return hits;
}

} // namespace relais::test
