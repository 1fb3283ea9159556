#pragma once

#include "Session.h"
#include "SqliteRepositories.h"
#include "SqliteRetentionRepository.h"
#include "core/domain/AuditService.h"
#include "core/domain/CaseService.h"
#include "core/domain/OutreachService.h"
#include "core/domain/PeopleService.h"
#include "core/domain/ReferenceService.h"
#include "core/domain/RetentionService.h"
#include "core/domain/StatisticsService.h"

#include <memory>

namespace relais::storage {

// A signed-in session with core's domain services wired over its repositories:
// what the GUI and the CLI work with after unlocking. Opening it records the
// sign-in (and the failed attempts before it) in the audit trail; close()
// records the sign-out and locks.
class Workspace
{
public:
    static core::Result<std::unique_ptr<Workspace>> open(std::unique_ptr<Session> session, const core::Clock& clock);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    Session& session() { return *m_session; }
    const core::UserAccount& user() const { return m_session->user(); }
    core::ServiceContext& context() { return *m_context; }
    core::AuditService& audit() { return *m_audit; }
    core::PeopleService& people() { return *m_people; }
    core::CaseService& cases() { return *m_cases; }
    core::OutreachService& outreach() { return *m_outreach; }
    core::ReferenceService& reference() { return *m_reference; }
    core::PreferenceService& preferences() { return *m_preferences; }
    core::StatisticsService& statistics() { return *m_statistics; }
    core::RetentionService& retention() { return *m_retention; }

    // Records the sign-out, closes the database and wipes the key.
    void close();

private:
    Workspace(std::unique_ptr<Session> session, const core::Clock& clock);

    std::unique_ptr<Session> m_session;
    std::unique_ptr<SqliteRepositories> m_repositories;
    std::unique_ptr<core::ServiceContext> m_context;
    std::unique_ptr<core::AuditService> m_audit;
    std::unique_ptr<core::PeopleService> m_people;
    std::unique_ptr<core::CaseService> m_cases;
    std::unique_ptr<core::OutreachService> m_outreach;
    std::unique_ptr<core::ReferenceService> m_reference;
    std::unique_ptr<core::PreferenceService> m_preferences;
    std::unique_ptr<core::StatisticsService> m_statistics;
    std::unique_ptr<SqliteRetentionRepository> m_retentionRepository;
    std::unique_ptr<core::RetentionService> m_retention;
    bool m_closed = false;
};

} // namespace relais::storage
