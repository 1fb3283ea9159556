#pragma once

#include "Statement.h"
#include "core/domain/Repositories.h"

#include <functional>
#include <string>

namespace relais::storage {

class Database;

// Cases (table case_file), goals and the stage history.
class SqliteCaseRepository final : public core::CaseRepository
{
public:
    explicit SqliteCaseRepository(Database& db);

    core::Status insertCase(core::Case& value, qint64 actorId, const QDateTime& now) override;
    core::Status updateCase(const core::Case& value, qint64 actorId, const QDateTime& now) override;
    core::Result<std::optional<core::Case>> findCase(qint64 id) override;
    core::Result<std::vector<core::Case>> casesOfPerson(qint64 personId) override;
    core::Result<int> activeCaseCount(qint64 caseManagerId, qint64 programmeId) override;
    core::Result<std::vector<core::Case>> casesManagedBy(qint64 caseManagerId) override;
    core::Result<std::vector<core::Case>> casesWithStatus(core::CaseStatus status) override;
    core::Result<std::vector<core::Case>> overdueCases(const QDate& today) override;
    core::Status insertTransition(core::StageTransition& transition) override;
    core::Result<std::vector<core::StageTransition>> transitionsOf(qint64 caseId) override;
    core::Status insertGoal(core::Goal& goal, qint64 actorId, const QDateTime& now) override;
    core::Status updateGoal(const core::Goal& goal, qint64 actorId, const QDateTime& now) override;
    core::Result<std::vector<core::Goal>> goalsOf(qint64 caseId) override;

private:
    core::Result<std::vector<core::Case>> selectCases(const std::string& where,
                                                      const std::function<void(Statement&)>& bind);

    Database& m_db;
};

} // namespace relais::storage
