#include "Migrator.h"

#include "Database.h"
#include "SqliteError.h"
#include "Transaction.h"
#include "core/Log.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace relais::storage {

using core::ErrorCode;

Migrator::Migrator()
    : Migrator(QStringLiteral(":/migrations"))
{
}

Migrator::Migrator(const QString& resourceFolder)
{
    initMigrationResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QStringList files = QDir(resourceFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        m_migrations.push_back({match.captured(1).toInt(), match.captured(2), resourceFolder + QLatin1Char('/') + file});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

core::Result<int> Migrator::currentVersion(Database& db)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version) {
        return version.error();
    }
    return static_cast<int>(*version);
}

core::Result<int> Migrator::migrate(Database& db, int targetVersion) const
{
    auto log = core::logger(core::kLogStorage);
    auto current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    const int latest = latestVersion();
    if (*current > latest) {
        return core::makeError(
            ErrorCode::TooNew,
            StorageText::tr("This database was saved by a newer version of Relais (data format %1; this version "
                            "reads up to %2). It has not been changed. Install the newer version of Relais to open it.")
                .arg(*current)
                .arg(latest),
            "schema " + std::to_string(*current) + " newer than " + std::to_string(latest));
    }
    int applied = 0;
    for (const Migration& migration : m_migrations) {
        if (migration.version <= *current) {
            continue;
        }
        if (targetVersion >= 0 && migration.version > targetVersion) {
            break;
        }
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return core::makeError(ErrorCode::Internal, StorageText::internal(),
                                   "migration resource missing: " + migration.resourcePath.toStdString());
        }
        const QByteArray sql = file.readAll();
        auto tx = Transaction::begin(db);
        if (!tx) {
            return tx.error();
        }
        if (auto status = db.exec(sql.toStdString()); !status) {
            log->error("migration {} failed: {}", migration.version, status.error().detail);
            return status.error();
        }
        if (auto status = db.exec("PRAGMA user_version = " + std::to_string(migration.version)); !status) {
            return status.error();
        }
        if (auto status = tx->commit(); !status) {
            return status.error();
        }
        log->info("schema migrated to version {} ({})", migration.version, migration.name.toStdString());
        ++applied;
    }
    return applied;
}

} // namespace relais::storage
