#include "OutreachService.h"

#include "AccessPolicy.h"
#include "CaseService.h"
#include "PeopleService.h"

#include <QLocale>

namespace relais::core {

OutreachService::OutreachService(ServiceContext& context, CaseService& cases)
    : m_context(context)
    , m_cases(cases)
    , m_audit(context)
{
}

Status OutreachService::checkIntervention(const Intervention& intervention)
{
    if (!intervention.occurredAt.isValid()) {
        return makeError(ErrorCode::InputRejected, tr("Give the date and time of the intervention."), "no date");
    }
    if (intervention.occurredAt > m_context.clock.nowUtc().addSecs(3600)) {
        return makeError(ErrorCode::InputRejected, tr("The intervention is dated in the future."), "future date");
    }
    if (intervention.typeIds.empty()) {
        return makeError(ErrorCode::InputRejected, tr("Choose at least one type of intervention."), "no type");
    }
    if (intervention.durationMinutes && (*intervention.durationMinutes < 0 || *intervention.durationMinutes > 24 * 60)) {
        return makeError(ErrorCode::InputRejected, tr("The duration must be between 0 and 24 hours."), "duration");
    }
    return {};
}

Result<Intervention> OutreachService::logIntervention(const UserAccount& actor, Intervention intervention)
{
    if (!AccessPolicy::canLogContacts(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only case managers and team leads log interventions."),
                         "log intervention refused for role");
    }
    if (auto valid = checkIntervention(intervention); !valid) {
        return valid.error();
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    auto person = m_context.people.findPerson(intervention.personId);
    if (!person) {
        return person.error();
    }
    if (!*person) {
        return makeError(ErrorCode::NotFound, tr("This person no longer exists."), "person not found");
    }
    for (qint64 partnerId : intervention.referredPartnerIds) {
        auto partner = m_context.reference.findPartner(partnerId);
        if (!partner) {
            return partner.error();
        }
        if (!*partner) {
            return makeError(ErrorCode::InputRejected, tr("A partner organisation referred to no longer exists."),
                             "unknown partner");
        }
    }
    // Meeting someone gives access to their file: logging is allowed for anyone
    // a worker meets, even in another worker's caseload (the encounter happened).
    intervention.workerId = intervention.workerId ? intervention.workerId : actor.id;
    if (intervention.workerId != actor.id && actor.role != Role::TeamLead) {
        return makeError(ErrorCode::PermissionDenied, tr("You can log only your own interventions."),
                         "log for another worker refused");
    }
    intervention.occurredOn = m_context.calendar.dayOf(intervention.occurredAt);
    if (auto status = m_context.outreach.insertIntervention(intervention, actor.id, m_context.clock.nowUtc());
        !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("intervention.create"), QStringLiteral("intervention"),
                                     intervention.uuid,
                                     {QStringLiteral("person"), QStringLiteral("types"), QStringLiteral("problems"),
                                      QStringLiteral("referrals"), QStringLiteral("note")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return intervention;
}

Result<Intervention> OutreachService::logAnonymousContact(const UserAccount& actor, const Person& anonymousPerson,
                                                          Intervention intervention)
{
    if (!AccessPolicy::canLogContacts(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only case managers and team leads log interventions."),
                         "log contact refused for role");
    }
    if (!anonymousPerson.isAnonymous()) {
        return makeError(ErrorCode::InputRejected, tr("An anonymous contact has no name; use the person's file."),
                         "named anonymous contact");
    }
    if (auto valid = checkIntervention(intervention); !valid) {
        return valid.error();
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    Person person = anonymousPerson;
    if (person.alias.trimmed().isEmpty() && person.description.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Give an alias or a short description of the person met."),
                         "anonymous without alias");
    }
    if (auto valid = PeopleService::validate(person, m_context.calendar.today(m_context.clock)); !valid) {
        return valid.error();
    }
    if (!person.territoryId) {
        person.territoryId = intervention.territoryId;
    }
    if (auto status = m_context.people.insertPerson(person, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("person.create"), QStringLiteral("person"), person.uuid,
                                     {QStringLiteral("alias"), QStringLiteral("age_band")});
        !status) {
        return status.error();
    }
    intervention.personId = person.id;
    auto logged = logIntervention(actor, intervention);
    if (!logged) {
        return logged.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return logged;
}

Result<std::vector<Intervention>> OutreachService::interventionsOf(const UserAccount& actor, qint64 personId)
{
    auto facts = m_context.people.accessFacts(personId, actor.id);
    if (!facts) {
        return facts.error();
    }
    if (auto allowed = AccessPolicy::requireReadFile(actor, *facts); !allowed) {
        return allowed.error();
    }
    auto list = m_context.outreach.interventionsOf(personId);
    if (!list) {
        return list.error();
    }
    if (!AccessPolicy::canReadNotes(actor, *facts)) {
        for (Intervention& intervention : *list) {
            intervention.note.clear();
        }
    }
    return list;
}

Result<std::vector<Intervention>> OutreachService::recentInterventions(const UserAccount& actor, int limit)
{
    if (!AccessPolicy::canLogContacts(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Contacts are for case managers and team leads."),
                         "recent contacts refused for role");
    }
    auto list = m_context.outreach.recentInterventions(
        actor.role == Role::TeamLead ? std::nullopt : std::optional<qint64>(actor.id), limit);
    return list;
}

Result<std::vector<Intervention>> OutreachService::encounters(const UserAccount& actor,
                                                             const EncounterSelection& selection, int limit)
{
    if (actor.role != Role::TeamLead) {
        return makeError(ErrorCode::PermissionDenied, tr("The encounters behind the dashboard are for team leads."),
                         "encounter list refused for role");
    }
    if (!selection.from.isValid() || !selection.to.isValid() || selection.from > selection.to) {
        return makeError(ErrorCode::InputRejected, tr("Choose a valid period."), "encounter list: bad period");
    }
    return m_context.outreach.encounters(selection, limit);
}

Result<std::vector<GroupSession>> OutreachService::recentGroupSessions(const UserAccount& actor, int limit)
{
    if (!AccessPolicy::canLogContacts(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Group sessions are for case managers and team leads."),
                         "group sessions refused for role");
    }
    return m_context.outreach.recentGroupSessions(limit);
}

Result<GroupSession> OutreachService::logGroupSession(const UserAccount& actor, GroupSession session)
{
    if (!AccessPolicy::canLogContacts(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only case managers and team leads log group sessions."),
                         "group session refused for role");
    }
    if (session.groupName.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Name the group."), "group without name");
    }
    if (!session.occurredAt.isValid()) {
        return makeError(ErrorCode::InputRejected, tr("Give the date and time of the session."), "no date");
    }
    if (session.anonymousHeadCount < 0) {
        return makeError(ErrorCode::InputRejected, tr("The head-count cannot be negative."), "negative head-count");
    }
    if (session.attendeeIds.empty() && session.anonymousHeadCount == 0) {
        return makeError(ErrorCode::InputRejected, tr("Add the attendees or the number of people present."),
                         "empty session");
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    session.workerId = actor.id;
    session.occurredOn = m_context.calendar.dayOf(session.occurredAt);
    if (auto status = m_context.outreach.insertGroupSession(session, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("group_session.create"), QStringLiteral("group_session"),
                                     session.uuid, {QStringLiteral("attendees"), QStringLiteral("head_count")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return session;
}

Result<Referral> OutreachService::referToPartner(const UserAccount& actor, qint64 personId, qint64 partnerId,
                                                 const QString& reason)
{
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto allowed = AccessPolicy::requireFileAccess(m_context.people, actor, personId,
                                                       AccessPolicy::FileAccess::Write);
        !allowed) {
        return allowed.error();
    }
    auto partner = m_context.reference.findPartner(partnerId);
    if (!partner) {
        return partner.error();
    }
    if (!*partner) {
        return makeError(ErrorCode::InputRejected, tr("This partner organisation no longer exists."),
                         "unknown partner");
    }
    // Referring shares the person's information with another organisation: only
    // with a consent valid today, for every role (no override). Referrals noted
    // inside an intervention record where the person was oriented, and imports
    // record history: neither is checked here.
    auto person = m_context.people.findPerson(personId);
    if (!person) {
        return person.error();
    }
    if (!*person) {
        return makeError(ErrorCode::NotFound, tr("This person no longer exists."), "person not found");
    }
    const QDate today = m_context.calendar.today(m_context.clock);
    const Consent& consent = (*person)->consent;
    if (!consent.givenOn) {
        return makeError(ErrorCode::InputRejected,
                         tr("This person has not consented to sharing their information. Record their consent in "
                            "their file before referring them to a partner organisation."),
                         "referral refused: no consent");
    }
    if (!consent.isValidOn(today)) {
        return makeError(ErrorCode::InputRejected,
                         tr("This person's consent expired on %1. Record a renewed consent in their file before "
                            "referring them to a partner organisation.")
                             .arg(QLocale().toString(*consent.expiresOn, QLocale::ShortFormat)),
                         "referral refused: consent expired");
    }
    Referral referral;
    referral.direction = ReferralDirection::Outgoing;
    referral.personId = personId;
    referral.partnerId = partnerId;
    referral.reason = reason.trimmed();
    referral.referredOn = m_context.calendar.today(m_context.clock);
    referral.createdBy = actor.id;
    if (auto status = m_context.outreach.insertReferral(referral, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("referral.create"), QStringLiteral("referral"),
                                     referral.uuid, {QStringLiteral("partner"), QStringLiteral("reason")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return referral;
}

Status OutreachService::setReferralStatus(const UserAccount& actor, qint64 referralId, ReferralStatus status)
{
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    auto referral = m_context.outreach.findReferral(referralId);
    if (!referral) {
        return referral.error();
    }
    if (!*referral) {
        return makeError(ErrorCode::NotFound, tr("This referral no longer exists."), "referral not found");
    }
    if (auto allowed = AccessPolicy::requireFileAccess(m_context.people, actor, (*referral)->personId,
                                                       AccessPolicy::FileAccess::Write);
        !allowed) {
        return allowed;
    }
    Referral updated = **referral;
    updated.status = status;
    if (auto saved = m_context.outreach.updateReferral(updated, actor.id, m_context.clock.nowUtc()); !saved) {
        return saved;
    }
    if (auto saved = m_audit.record(actor, QStringLiteral("referral.update"), QStringLiteral("referral"),
                                    updated.uuid, {QStringLiteral("status")});
        !saved) {
        return saved;
    }
    return (*unit)->commit();
}

Result<Case> OutreachService::receiveReferral(const UserAccount& actor, qint64 personId, qint64 partnerId,
                                              qint64 programmeId, const QString& reason)
{
    if (!AccessPolicy::canLogContacts(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only case managers and team leads record referrals."),
                         "incoming referral refused for role");
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    auto partner = m_context.reference.findPartner(partnerId);
    if (!partner) {
        return partner.error();
    }
    if (!*partner) {
        return makeError(ErrorCode::InputRejected, tr("This partner organisation no longer exists."),
                         "unknown partner");
    }
    Referral referral;
    referral.direction = ReferralDirection::Incoming;
    referral.personId = personId;
    referral.partnerId = partnerId;
    referral.programmeId = programmeId;
    referral.reason = reason.trimmed();
    referral.referredOn = m_context.calendar.today(m_context.clock);
    referral.createdBy = actor.id;
    if (auto status = m_context.outreach.insertReferral(referral, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("referral.receive"), QStringLiteral("referral"),
                                     referral.uuid, {QStringLiteral("partner"), QStringLiteral("programme")});
        !status) {
        return status.error();
    }
    auto opened = m_cases.openCase(actor, personId, programmeId, std::nullopt, false, referral.id);
    if (!opened) {
        return opened.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return opened;
}

Result<std::vector<Referral>> OutreachService::referralsOf(const UserAccount& actor, qint64 personId)
{
    if (auto allowed = AccessPolicy::requireFileAccess(m_context.people, actor, personId,
                                                       AccessPolicy::FileAccess::Read);
        !allowed) {
        return allowed.error();
    }
    return m_context.outreach.referralsOf(personId);
}

} // namespace relais::core
