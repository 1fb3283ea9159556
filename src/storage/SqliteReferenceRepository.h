#pragma once

#include "core/domain/Repositories.h"

namespace relais::storage {

class Database;

// Territories, problems, intervention types, partner organisations, programmes, users.
class SqliteReferenceRepository final : public core::ReferenceRepository
{
public:
    explicit SqliteReferenceRepository(Database& db);

    core::Result<std::vector<core::Territory>> territories() override;
    core::Status insertTerritory(core::Territory& territory, qint64 actorId, const QDateTime& now) override;
    core::Result<std::vector<core::Problem>> problems() override;
    core::Status insertProblem(core::Problem& problem, qint64 actorId, const QDateTime& now) override;
    core::Result<std::vector<core::InterventionType>> interventionTypes() override;
    core::Status insertInterventionType(core::InterventionType& type, qint64 actorId, const QDateTime& now) override;
    core::Result<std::vector<core::PartnerOrganisation>> partners() override;
    core::Result<std::optional<core::PartnerOrganisation>> findPartner(qint64 id) override;
    core::Status insertPartner(core::PartnerOrganisation& partner, qint64 actorId, const QDateTime& now) override;
    core::Status updatePartner(const core::PartnerOrganisation& partner, qint64 actorId, const QDateTime& now) override;
    core::Result<std::vector<core::Programme>> programmes() override;
    core::Result<std::optional<core::Programme>> findProgramme(qint64 id) override;
    core::Status insertProgramme(core::Programme& programme, qint64 actorId, const QDateTime& now) override;
    core::Status updateProgramme(const core::Programme& programme, qint64 actorId, const QDateTime& now) override;
    core::Result<std::optional<core::UserAccount>> findUser(qint64 id) override;
    core::Result<std::vector<core::UserAccount>> users() override;
    core::Result<std::optional<QString>> liveEntryUuid(List list, qint64 id) override;
    core::Status renameTerritory(qint64 id, const QString& name, qint64 actorId, const QDateTime& now) override;
    core::Status renameProblem(qint64 id, const QString& label, qint64 actorId, const QDateTime& now) override;
    core::Status relabelInterventionType(qint64 id, const QString& labelFr, const QString& labelEn, qint64 actorId,
                                         const QDateTime& now) override;
    core::Status mergeEntries(List list, qint64 keptId, const std::vector<qint64>& mergedIds, qint64 actorId,
                              const QDateTime& now) override;

private:
    core::Result<std::vector<core::PartnerOrganisation>> selectPartners(const char* where, qint64 argument);
    core::Result<std::vector<core::Programme>> selectProgrammes(const char* where, qint64 argument);

    Database& m_db;
};

} // namespace relais::storage
