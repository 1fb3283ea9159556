#pragma once

#include "Statement.h"
#include "core/exchange/ExchangeRepository.h"

#include <QRandomGenerator64>

#include <array>

#include <optional>
#include <string>
#include <vector>

namespace relais::storage {

class Database;
class Session;

// Core's ExchangeRepository over SQLCipher: the bulk reads and writes of imports
// and exports. Every statement is prepared once and reused, since an import runs
// the same few statements a million times inside one transaction. The imported
// `ref` lives in person.external_ref and intervention.external_ref (migration 3).
// Destroy it before the session's database closes (it holds prepared statements).
class SqliteExchangeRepository final : public core::ExchangeRepository
{
public:
    // The page cache during a bulk load (Database::kCacheKiB otherwise).
    static constexpr int kBulkLoadCacheKiB = 256 * 1024;

    explicit SqliteExchangeRepository(Session& session);
    explicit SqliteExchangeRepository(Database& db);

    core::Result<std::optional<qint64>> findPersonByRef(const QString& ref) override;
    core::Result<std::optional<qint64>> findInterventionByRef(const QString& ref) override;

    core::Result<core::PersonValues> personValues(qint64 personId) override;
    core::Status insertPerson(core::PersonRecord& record, qint64 actorId, const QDateTime& now) override;
    core::Status updatePerson(const core::PersonRecord& record, qint64 actorId, const QDateTime& now) override;

    core::Result<core::InterventionValues> interventionValues(qint64 interventionId) override;
    core::Status insertIntervention(core::InterventionRecord& record, qint64 actorId, const QDateTime& now) override;
    core::Status updateIntervention(const core::InterventionRecord& record, const core::InterventionValues& before,
                                    qint64 actorId, const QDateTime& now) override;

    core::Status beginBulkLoad() override;
    void endBulkLoad() override;
    core::Result<qint64> interventionCount() override;
    core::Status dropInterventionIndexes(bool withExternalRefs) override;
    core::Status rebuildIndexes() override;

    core::Result<std::vector<core::CaseRecord>> cases() override;
    core::Status insertCase(core::CaseRecord& record, const QString& action, qint64 actorId,
                            const QDateTime& now) override;
    core::Status updateCase(const core::CaseRecord& record, const core::CaseValues& before, const QString& action,
                            qint64 actorId, const QDateTime& now) override;

    core::Status eachPerson(const core::ExportScope& scope,
                            const std::function<bool(const core::PersonRecord&)>& onRecord) override;
    core::Status eachIntervention(const core::ExportScope& scope,
                                  const std::function<bool(const core::InterventionRecord&)>& onRecord) override;
    core::Status eachCase(const core::ExportScope& scope,
                          const std::function<bool(const core::CaseRecord&)>& onRecord) override;

    core::Result<std::vector<std::pair<qint64, QString>>> userNames() override;
    core::Result<QString> metaValue(const QString& key) override;

private:
    // Links are inserted up to this many per statement (one statement per
    // intervention for most): fewer statements, a faster bulk load.
    static constexpr std::size_t kLinkBatch = 4;

    // A new time-ordered (version 7) UUID, from a generator seeded once from the
    // system's: a million system calls would cost more than the rows.
    QString nextUuid();
    // The statement in `slot`, prepared on first use, reset for the next.
    core::Result<Statement*> reuse(std::optional<Statement>& slot, const char* sql);
    core::Result<std::optional<qint64>> idOf(std::optional<Statement>& slot, const char* sql, const QString& key);
    core::Result<bool> uuidTaken(std::optional<Statement>& slot, const char* sql, const QString& uuid);
    core::Status insertReferral(const core::InterventionRecord& record, qint64 partnerId, qint64 actorId,
                                const QString& now);
    core::Status insertLinks(qint64 interventionId, const core::InterventionValues& values);
    core::Status insertTransition(qint64 caseId, std::optional<core::Stage> from, core::Stage to, const QString& action,
                                  qint64 actorId, const QString& now);

    Database& m_db;
    QRandomGenerator64 m_random;
    quint64 m_uuidTime = 0;
    quint16 m_uuidCounterHigh = 0;
    quint64 m_uuidCounterLow = 0;
    std::vector<std::string> m_droppedIndexes; // their CREATE INDEX statements
    std::optional<Statement> m_personByRef;
    std::optional<Statement> m_personByUuid;
    std::optional<Statement> m_personById;
    std::optional<Statement> m_personUuidTaken;
    std::optional<Statement> m_releasePersonRef;
    std::optional<Statement> m_personValues;
    std::optional<Statement> m_insertPerson;
    std::optional<Statement> m_updatePerson;
    std::optional<Statement> m_interventionByRef;
    std::optional<Statement> m_interventionByUuid;
    std::optional<Statement> m_interventionUuidTaken;
    std::optional<Statement> m_interventionValues;
    std::optional<Statement> m_interventionTypes;
    std::optional<Statement> m_interventionProblems;
    std::optional<Statement> m_interventionPartners;
    std::optional<Statement> m_insertIntervention;
    std::optional<Statement> m_updateIntervention;
    std::array<std::optional<Statement>, kLinkBatch> m_insertTypeLinks;
    std::array<std::optional<Statement>, kLinkBatch> m_insertProblemLinks;
    std::optional<Statement> m_deleteTypeLinks;
    std::optional<Statement> m_deleteProblemLinks;
    std::optional<Statement> m_insertReferral;
    std::optional<Statement> m_dropReferral;
    std::optional<Statement> m_moveReferrals;
    std::optional<Statement> m_insertCase;
    std::optional<Statement> m_updateCase;
    std::optional<Statement> m_insertTransition;
};

} // namespace relais::storage
