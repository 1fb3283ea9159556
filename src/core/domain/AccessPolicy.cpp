#include "AccessPolicy.h"

namespace relais::core {

bool AccessPolicy::canReadFile(const UserAccount& user, const PersonAccessFacts& facts)
{
    switch (user.role) {
    case Role::TeamLead:
    case Role::Admin:
        return true;
    case Role::CaseManager:
        return facts.isCaseManager || facts.hasMet;
    }
    return false;
}

bool AccessPolicy::canWriteFile(const UserAccount& user, const PersonAccessFacts& facts)
{
    switch (user.role) {
    case Role::TeamLead:
        return true;
    case Role::Admin:
        return false;
    case Role::CaseManager:
        return facts.isCaseManager || facts.hasMet;
    }
    return false;
}

bool AccessPolicy::canReadNotes(const UserAccount& user, const PersonAccessFacts& facts)
{
    return user.role != Role::Admin && canReadFile(user, facts);
}

bool AccessPolicy::canReadNote(const UserAccount& user, const PersonAccessFacts& facts, const PersonNote& note)
{
    if (note.isPrivate) {
        return note.authorId == user.id;
    }
    return canReadNotes(user, facts);
}

bool AccessPolicy::canManageReferenceLists(const UserAccount& user)
{
    return user.role == Role::TeamLead || user.role == Role::Admin;
}

bool AccessPolicy::canManageProgrammes(const UserAccount& user)
{
    return user.role == Role::TeamLead || user.role == Role::Admin;
}

bool AccessPolicy::canManagePartners(const UserAccount& user)
{
    return user.role == Role::TeamLead || user.role == Role::Admin;
}

bool AccessPolicy::canAssignCases(const UserAccount& user)
{
    return user.role == Role::TeamLead;
}

bool AccessPolicy::canOverrideEligibility(const UserAccount& user)
{
    return user.role == Role::TeamLead;
}

bool AccessPolicy::canSeeWaitingList(const UserAccount& user)
{
    return user.role == Role::TeamLead || user.role == Role::CaseManager;
}

bool AccessPolicy::canLogContacts(const UserAccount& user)
{
    return user.role == Role::TeamLead || user.role == Role::CaseManager;
}

bool AccessPolicy::canErasePeople(const UserAccount& user)
{
    return user.role == Role::TeamLead || user.role == Role::Admin;
}

Status AccessPolicy::require(bool allowed, const QString& whyNot)
{
    if (allowed) {
        return {};
    }
    return makeError(ErrorCode::PermissionDenied, whyNot, "access policy refused");
}

Status AccessPolicy::requireFileAccess(PeopleRepository& people, const UserAccount& user, qint64 personId,
                                       FileAccess access)
{
    auto facts = people.accessFacts(personId, user.id);
    if (!facts) {
        return facts.error();
    }
    return access == FileAccess::Read ? requireReadFile(user, *facts) : requireWriteFile(user, *facts);
}

Status AccessPolicy::requireReadFile(const UserAccount& user, const PersonAccessFacts& facts)
{
    return require(canReadFile(user, facts),
                   tr("This file belongs to another worker's caseload. You can see the name and the assigned worker "
                      "only; ask a team lead if you need access."));
}

Status AccessPolicy::requireWriteFile(const UserAccount& user, const PersonAccessFacts& facts)
{
    if (user.role == Role::Admin) {
        return require(false, tr("Administrators manage accounts and lists; they do not change client files."));
    }
    return require(canWriteFile(user, facts),
                   tr("You can change only the files of your own cases and of people you have met."));
}

} // namespace relais::core
