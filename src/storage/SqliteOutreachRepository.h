#pragma once

#include "Statement.h"
#include "core/domain/Repositories.h"

#include <functional>
#include <string>

namespace relais::storage {

class Database;

// Interventions with their types, problems and referrals; group sessions; referrals.
class SqliteOutreachRepository final : public core::OutreachRepository
{
public:
    explicit SqliteOutreachRepository(Database& db);

    core::Status insertIntervention(core::Intervention& intervention, qint64 actorId, const QDateTime& now) override;
    core::Result<std::vector<core::Intervention>> interventionsOf(qint64 personId) override;
    core::Result<int> interventionCountSince(qint64 personId, const QDate& since) override;
    core::Result<std::vector<core::Intervention>> recentInterventions(std::optional<qint64> workerId,
                                                                      int limit) override;
    core::Result<std::vector<core::Intervention>> encounters(const core::EncounterSelection& selection,
                                                             int limit) override;
    core::Result<std::vector<core::GroupSession>> recentGroupSessions(int limit) override;
    core::Status insertGroupSession(core::GroupSession& session, qint64 actorId, const QDateTime& now) override;
    core::Result<std::optional<core::GroupSession>> findGroupSession(qint64 id) override;
    core::Status insertReferral(core::Referral& referral, qint64 actorId, const QDateTime& now) override;
    core::Status updateReferral(const core::Referral& referral, qint64 actorId, const QDateTime& now) override;
    core::Result<std::optional<core::Referral>> findReferral(qint64 id) override;
    core::Result<std::vector<core::Referral>> referralsOf(qint64 personId) override;

private:
    core::Status insertLinks(const char* sql, qint64 ownerId, const std::vector<qint64>& ids);
    core::Result<std::vector<qint64>> linkedIds(const char* sql, qint64 ownerId);
    core::Result<std::vector<core::Referral>> selectReferrals(const char* where, qint64 argument);
    core::Result<std::vector<core::Intervention>> selectInterventions(const std::string& whereAndOrder,
                                                                      const std::function<void(Statement&)>& bind);

    Database& m_db;
};

} // namespace relais::storage
