#pragma once

#include "core/domain/StatisticsRepository.h"

namespace relais::storage {

class Database;

// core::StatisticsRepository over SQLCipher. The large scans (interventions
// through the date-ordered covering index intervention_by_day, the link tables
// by their primary keys, people, referrals) read SQLite's column buffers
// directly through the C API: no QString or QDate per row, since a year's
// report streams hundreds of thousands of rows.
class SqliteStatisticsRepository final : public core::StatisticsRepository
{
public:
    explicit SqliteStatisticsRepository(Database& db);

    core::Result<std::unique_ptr<core::UnitOfWork>> readSnapshot() override;
    core::Result<QString> organisationName() override;
    core::Result<core::StatisticsNames> names() override;
    core::Status visitEncounters(core::PackedDay from, core::PackedDay to,
                                 const Visitor<core::EncounterFact>& visit) override;
    core::Status visitTypeLinks(qint64 firstIntervention, qint64 lastIntervention,
                                const Visitor<core::InterventionLinkFact>& visit) override;
    core::Result<std::vector<core::RunLinks>> linksOfRuns(const std::vector<core::InterventionIdRun>& runs) override;
    core::Status visitProblemLinks(qint64 firstIntervention, qint64 lastIntervention,
                                   const Visitor<core::InterventionLinkFact>& visit) override;
    core::Status visitPeople(const Visitor<core::PersonFact>& visit) override;
    core::Status visitOutgoingReferrals(core::PackedDay from, core::PackedDay to, qint64 firstIntervention,
                                        qint64 lastIntervention, const Visitor<core::ReferralFact>& visit) override;
    core::Result<std::vector<core::GroupSessionFact>> groupSessions(core::PackedDay from, core::PackedDay to) override;
    core::Result<std::vector<core::AttendanceFact>> groupAttendance(core::PackedDay from, core::PackedDay to) override;
    core::Result<std::vector<core::CaseFact>> cases() override;
    core::Result<std::vector<core::TransitionFact>> transitions() override;
    core::Result<std::vector<core::GoalOutcomeFact>> goalOutcomes() override;

private:
    Database& m_db;
};

} // namespace relais::storage
