#pragma once

#include "AuditService.h"
#include "RetentionRepository.h"
#include "ServiceContext.h"

#include <QCoreApplication>

namespace relais::core {

// The retention rule and the right to erasure (Law 25, PIPEDA, GDPR). A person is
// due once they have no open case and nothing happened in their file for the
// retention period (meta 'retention_years', default 7). Anonymising removes names,
// alias, description, birth date (the birth year stays, for the age figures),
// phone, consent, safety alert, notes and every free text of their interventions,
// cases, goals and referrals; it keeps the interventions, cases, referrals and
// codes, so the statistics of past periods do not change. Then the freed pages
// are overwritten (checkpoint, VACUUM). docs/security.md, "Retention and erasure".
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    static constexpr int kDefaultYears = 7;
    static constexpr int kMinYears = 1;
    static constexpr int kMaxYears = 100;

    RetentionService(ServiceContext& context, RetentionRepository& repository);

    // The retention period in years (default 7).
    Result<int> retentionYears(const UserAccount& actor);
    // Administrators only; audited.
    Status setRetentionYears(const UserAccount& actor, int years);
    // The people the rule would anonymise today (administrators only: the dry run).
    // `years` previews another period without saving it.
    Result<std::vector<RetentionCandidate>> dueForRetention(const UserAccount& actor, const QDate& today,
                                                            std::optional<int> years = std::nullopt);
    // Anonymises every person due today, one transaction each, then reclaims the space.
    Result<std::vector<RetentionCandidate>> applyRetention(const UserAccount& actor, const QDate& today);
    // Erasure on the person's request, whatever the dates (team leads and
    // administrators; refused while a case is open).
    Result<ErasureCounts> erasePerson(const UserAccount& actor, const QString& personUuid);

private:
    Result<ErasureCounts> anonymiseOne(const UserAccount& actor, const RetentionCandidate& person,
                                       const QString& action);

    ServiceContext& m_context;
    RetentionRepository& m_repository;
    AuditService m_audit;
};

} // namespace relais::core
