#pragma once

#include "TestSupport.h"
#include "core/domain/AuditService.h"
#include "core/domain/CaseService.h"
#include "core/domain/OutreachService.h"
#include "core/domain/PeopleService.h"
#include "core/domain/ReferenceService.h"
#include "storage/SqliteRepositories.h"

#include <memory>

namespace relais::test {

// A temporary encrypted store with the domain services wired over it, and a
// small cast of users: admin (administrator), lea (team lead), marie and paul
// (case managers). The clock is a MockClock at 2026-03-02 09:30 UTC; the
// organisation's time zone is America/Montreal.
struct DomainFixture
{
    TempStore store;
    std::unique_ptr<storage::Session> session;
    std::unique_ptr<storage::SqliteRepositories> repositories;
    std::unique_ptr<core::ServiceContext> context;
    std::unique_ptr<core::AuditService> audit;
    std::unique_ptr<core::PeopleService> people;
    std::unique_ptr<core::CaseService> cases;
    std::unique_ptr<core::OutreachService> outreach;
    std::unique_ptr<core::ReferenceService> reference;
    std::unique_ptr<core::PreferenceService> preferences;

    core::UserAccount admin;
    core::UserAccount lea;   // team lead
    core::UserAccount marie; // case manager
    core::UserAccount paul;  // case manager
    core::Programme programme; // the default programme: cap 10, < 6 months on the street, residence permit
    core::Territory territory; // "Magog"

    DomainFixture();
    ~DomainFixture();

    // The id of a built-in intervention type by code ("helping_relationship", "referral", ...).
    qint64 typeId(const char* code);
    // A partner organisation created by lea.
    core::PartnerOrganisation addPartner(const char* code, const QString& name);
    // An identified, eligible person (on the street for a month, residence permit,
    // consent given a month ago: referring to a partner needs it),
    // created by `by`.
    core::Person addPerson(const core::UserAccount& by, const QString& firstName, const QString& lastName,
                           std::optional<QDate> birthDate = std::nullopt);
    // An intervention by `worker` with `personId` at `when` (default: now), one type.
    core::Intervention logIntervention(const core::UserAccount& worker, qint64 personId,
                                       std::optional<QDateTime> when = std::nullopt);
    // A case opened for `manager` with the person's request recorded, and admitted.
    core::Case admittedCase(const core::UserAccount& manager, qint64 personId);
    // Reopens the services over a fresh connection (after a sign-out, say).
    void signInAgain(const QString& user = QStringLiteral("admin"), const char* password = kAdminPassword);
};

} // namespace relais::test
