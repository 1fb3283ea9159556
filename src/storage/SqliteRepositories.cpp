#include "SqliteRepositories.h"

#include "Session.h"

#include <QTimeZone>

namespace relais::storage {

SqliteRepositories::SqliteRepositories(Session& session)
    : transactions(session.db())
    , people(session.db())
    , cases(session.db())
    , outreach(session.db())
    , reference(session.db())
    , audit(session.db(), session.path())
    , preferences(session.db())
    , statistics(session.db())
    , m_session(session)
{
    transactions.afterCommit = [this] { audit.refreshAnchor(); };
    transactions.afterRollback = [this] { audit.discardPending(); };
}

core::OrganisationCalendar SqliteRepositories::calendar()
{
    auto zone = m_session.db().queryText("SELECT value FROM meta WHERE key = 'time_zone'");
    if (zone && !zone->isEmpty()) {
        const QTimeZone timeZone(zone->toUtf8());
        if (timeZone.isValid()) {
            return core::OrganisationCalendar(timeZone);
        }
    }
    return core::OrganisationCalendar();
}

core::ServiceContext SqliteRepositories::context(const core::Clock& clock)
{
    return core::ServiceContext{transactions, people, cases, outreach, reference, audit, preferences, clock,
                                calendar()};
}

} // namespace relais::storage
