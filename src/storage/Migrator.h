#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace relais::storage {

class Database;

// Applies the numbered SQL files embedded from migrations/ (":/migrations/NNNN_*.sql"),
// each in its own transaction together with PRAGMA user_version = NNNN.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    Migrator();
    // Reads migrations from another resource folder (tests).
    explicit Migrator(const QString& resourceFolder);

    const std::vector<Migration>& migrations() const { return m_migrations; }
    int latestVersion() const;

    // The schema version recorded in the file.
    static core::Result<int> currentVersion(Database& db);

    // Brings the database to latestVersion() (or `targetVersion`, for building test
    // fixtures of older schemas); returns how many steps were applied. A database
    // newer than this program is refused (ErrorCode::TooNew) and left untouched.
    core::Result<int> migrate(Database& db, int targetVersion = -1) const;

private:
    std::vector<Migration> m_migrations;
};

} // namespace relais::storage
