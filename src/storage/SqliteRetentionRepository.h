#pragma once

#include "core/domain/RetentionRepository.h"

namespace relais::storage {

class Database;

// The retention rule and erasure over SQLCipher: who is due, the anonymisation
// itself (hard deletes and overwrites, never soft deletes), and the overwriting of
// freed pages afterwards (checkpoint, FTS optimize, VACUUM, checkpoint).
class SqliteRetentionRepository final : public core::RetentionRepository
{
public:
    explicit SqliteRetentionRepository(Database& db);

    core::Result<std::optional<int>> retentionYears() override;
    core::Status setRetentionYears(int years) override;
    core::Result<std::vector<core::RetentionCandidate>> peopleInactiveBefore(const QDate& cutoff) override;
    core::Result<std::optional<core::RetentionCandidate>> findByUuid(const QString& uuid) override;
    core::Result<core::ErasureCounts> anonymise(qint64 personId, qint64 actorId, const QDateTime& now) override;
    core::Status reclaimFreedSpace() override;

private:
    core::Result<std::vector<core::RetentionCandidate>> candidates(const char* condition,
                                                                   const QString& parameter);

    Database& m_db;
};

} // namespace relais::storage
