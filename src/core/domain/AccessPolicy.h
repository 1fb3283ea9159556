#pragma once

#include "Repositories.h"
#include "core/Result.h"
#include "core/UserAccount.h"

#include <QCoreApplication>

namespace relais::core {

// Who may see and change what (issue 3, "Permissions"). Services call these
// before touching anything; the GUI only hides what they would refuse.
//  - case managers read and write the files of their own cases and of people they
//    met; of anyone else they see only the name or alias and the assigned worker;
//  - team leads read everything, assign, manage programmes, partners and lists;
//  - administrators manage accounts, programmes and lists, and by default do not
//    read notes;
//  - a private note is readable by its author only.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    static bool canReadFile(const UserAccount& user, const PersonAccessFacts& facts);
    static bool canWriteFile(const UserAccount& user, const PersonAccessFacts& facts);
    static bool canReadNotes(const UserAccount& user, const PersonAccessFacts& facts);
    static bool canReadNote(const UserAccount& user, const PersonAccessFacts& facts, const PersonNote& note);
    static bool canManageReferenceLists(const UserAccount& user);
    static bool canManageProgrammes(const UserAccount& user);
    static bool canManagePartners(const UserAccount& user);
    static bool canAssignCases(const UserAccount& user);
    static bool canOverrideEligibility(const UserAccount& user);
    static bool canSeeWaitingList(const UserAccount& user);
    static bool canLogContacts(const UserAccount& user);
    // Erasure on request is irreversible: the team lead (who reads every file and
    // answers the person's request) or the administrator, not one case manager alone.
    static bool canErasePeople(const UserAccount& user);

    enum class FileAccess { Read, Write };
    // Looks up what links `user` to the person and applies the rule: the opening
    // check of every service call on a client file.
    static Status requireFileAccess(PeopleRepository& people, const UserAccount& user, qint64 personId,
                                    FileAccess access);
    static Status requireReadFile(const UserAccount& user, const PersonAccessFacts& facts);
    static Status requireWriteFile(const UserAccount& user, const PersonAccessFacts& facts);
    static Status require(bool allowed, const QString& whyNot);
};

} // namespace relais::core
