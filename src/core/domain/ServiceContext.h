#pragma once

#include "OrganisationCalendar.h"
#include "Repositories.h"
#include "core/Clock.h"

namespace relais::core {

// What every domain service is built with: the storage behind the repository
// interfaces, the clock and the organisation's calendar. No singletons.
struct ServiceContext
{
    TransactionSource& transactions;
    PeopleRepository& people;
    CaseRepository& cases;
    OutreachRepository& outreach;
    ReferenceRepository& reference;
    AuditRepository& audit;
    PreferenceRepository& preferences;
    const Clock& clock;
    OrganisationCalendar calendar;
};

} // namespace relais::core
