#pragma once

#include "core/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace relais::core {

// Days as the organisation counts them: a report's "1 January" and an
// encounter's day are days in the organisation's time zone (a setting, by default
// the system's), whatever time zone the computer is in.
class OrganisationCalendar
{
public:
    explicit OrganisationCalendar(QTimeZone zone = QTimeZone::systemTimeZone())
        : m_zone(std::move(zone))
    {
    }
    const QTimeZone& zone() const { return m_zone; }
    QDate dayOf(const QDateTime& moment) const { return moment.toTimeZone(m_zone).date(); }
    QDate today(const Clock& clock) const { return dayOf(clock.nowUtc()); }

private:
    QTimeZone m_zone;
};

} // namespace relais::core
