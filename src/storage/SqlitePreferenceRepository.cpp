#include "SqlitePreferenceRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace relais::storage {

SqlitePreferenceRepository::SqlitePreferenceRepository(Database& db)
    : m_db(db)
{
}

core::Result<QString> SqlitePreferenceRepository::preference(qint64 userId, const QString& key)
{
    auto stmt = m_db.prepare("SELECT value FROM user_preference WHERE user_id = ?1 AND key = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, userId).bind(2, key);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return *row ? stmt->textAt(0) : QString();
}

core::Status SqlitePreferenceRepository::setPreference(qint64 userId, const QString& key, const QString& value)
{
    // INSERT OR REPLACE: SQLite 3.15 has no UPSERT.
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO user_preference (user_id, key, value, updated_at) VALUES (?1, ?2, "
                             "?3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, userId).bind(2, key).bind(3, value);
    return stmt->run();
}

} // namespace relais::storage
