#pragma once

#include "AuditService.h"
#include "ServiceContext.h"

#include <QCoreApplication>

namespace relais::core {

class CaseService;

// Contacts and interventions (seed 000's "contact TM"), group sessions, and
// referrals both ways: outgoing to partner organisations, incoming from a service
// that orients a candidate to a programme (seed 001's "orientation").
class OutreachService
{
    Q_DECLARE_TR_FUNCTIONS(OutreachService)
public:
    OutreachService(ServiceContext& context, CaseService& cases);

    Result<Intervention> logIntervention(const UserAccount& actor, Intervention intervention);
    // An encounter before the person is known: creates the anonymous person too.
    Result<Intervention> logAnonymousContact(const UserAccount& actor, const Person& anonymousPerson,
                                             Intervention intervention);
    // The person's interventions; notes are blanked for administrators.
    Result<std::vector<Intervention>> interventionsOf(const UserAccount& actor, qint64 personId);

    // The latest contacts: a case manager's own, or everyone's for a team lead.
    Result<std::vector<Intervention>> recentInterventions(const UserAccount& actor, int limit = 200);

    // The encounters behind a dashboard figure, newest first, at most `limit`
    // (team leads only: the list names people).
    Result<std::vector<Intervention>> encounters(const UserAccount& actor, const EncounterSelection& selection,
                                                 int limit);

    Result<GroupSession> logGroupSession(const UserAccount& actor, GroupSession session);
    Result<std::vector<GroupSession>> recentGroupSessions(const UserAccount& actor, int limit = 200);

    Result<Referral> referToPartner(const UserAccount& actor, qint64 personId, qint64 partnerId, const QString& reason);
    Status setReferralStatus(const UserAccount& actor, qint64 referralId, ReferralStatus status);
    // A partner orients a candidate: the referral is recorded and the candidate
    // lands in the programme's intake queue.
    Result<Case> receiveReferral(const UserAccount& actor, qint64 personId, qint64 partnerId, qint64 programmeId,
                                 const QString& reason);
    Result<std::vector<Referral>> referralsOf(const UserAccount& actor, qint64 personId);

private:
    Status checkIntervention(const Intervention& intervention);

    ServiceContext& m_context;
    CaseService& m_cases;
    AuditService m_audit;
};

} // namespace relais::core
