#pragma once

#include "SqliteAuditRepository.h"
#include "SqliteCaseRepository.h"
#include "SqliteOutreachRepository.h"
#include "SqlitePeopleRepository.h"
#include "SqlitePreferenceRepository.h"
#include "SqliteReferenceRepository.h"
#include "SqliteStatisticsRepository.h"
#include "SqliteTransactionSource.h"
#include "core/domain/ServiceContext.h"

#include <memory>

namespace relais::storage {

class Session;

// Every repository over one signed-in session's connection, and the
// ServiceContext that wires them into core's services.
class SqliteRepositories
{
public:
    explicit SqliteRepositories(Session& session);

    // The organisation's time zone: meta 'time_zone' (an IANA id) when set, else the system's.
    core::OrganisationCalendar calendar();
    core::ServiceContext context(const core::Clock& clock);

    SqliteTransactionSource transactions;
    SqlitePeopleRepository people;
    SqliteCaseRepository cases;
    SqliteOutreachRepository outreach;
    SqliteReferenceRepository reference;
    SqliteAuditRepository audit;
    SqlitePreferenceRepository preferences;
    // Not part of the ServiceContext: only StatisticsService reads it.
    SqliteStatisticsRepository statistics;

private:
    Session& m_session;
};

} // namespace relais::storage
