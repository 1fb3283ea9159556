#include "Workspace.h"

namespace relais::storage {

Workspace::Workspace(std::unique_ptr<Session> session, const core::Clock& clock)
    : m_session(std::move(session))
    , m_repositories(std::make_unique<SqliteRepositories>(*m_session))
    , m_context(std::make_unique<core::ServiceContext>(m_repositories->context(clock)))
    , m_audit(std::make_unique<core::AuditService>(*m_context))
    , m_people(std::make_unique<core::PeopleService>(*m_context))
    , m_cases(std::make_unique<core::CaseService>(*m_context))
    , m_outreach(std::make_unique<core::OutreachService>(*m_context, *m_cases))
    , m_reference(std::make_unique<core::ReferenceService>(*m_context))
    , m_preferences(std::make_unique<core::PreferenceService>(*m_context))
    , m_statistics(std::make_unique<core::StatisticsService>(*m_context, m_repositories->statistics))
    , m_retentionRepository(std::make_unique<SqliteRetentionRepository>(m_session->db()))
    , m_retention(std::make_unique<core::RetentionService>(*m_context, *m_retentionRepository))
{
}

core::Result<std::unique_ptr<Workspace>> Workspace::open(std::unique_ptr<Session> session, const core::Clock& clock)
{
    std::vector<core::AuditService::FailedSignIn> failures;
    for (const SignInAttempts::Failure& failure : session->failedSignIns) {
        failures.push_back({failure.userName, failure.at});
    }
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(session), clock));
    if (auto status = workspace->audit().recordSignIn(workspace->user(), failures); !status) {
        return status.error();
    }
    workspace->m_session->failedSignIns.clear();
    return workspace;
}

Workspace::~Workspace()
{
    close();
}

void Workspace::close()
{
    if (m_closed) {
        return;
    }
    m_closed = true;
    if (!m_session->isLocked()) {
        (void)m_audit->record(user(), QStringLiteral("sign_out"), QStringLiteral("user"), user().uuid);
        m_repositories->audit.refreshAnchor();
    }
    m_session->lock();
}

} // namespace relais::storage
