#pragma once

#include "core/domain/Repositories.h"

namespace relais::storage {

class Database;

// Per-user preferences in the encrypted database (table user_preference).
class SqlitePreferenceRepository final : public core::PreferenceRepository
{
public:
    explicit SqlitePreferenceRepository(Database& db);
    core::Result<QString> preference(qint64 userId, const QString& key) override;
    core::Status setPreference(qint64 userId, const QString& key, const QString& value) override;

private:
    Database& m_db;
};

} // namespace relais::storage
