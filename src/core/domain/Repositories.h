#pragma once

// The storage interfaces the domain services need. core knows no SQL: storage
// implements these over SQLCipher (src/storage/Sqlite*Repository). Every call
// runs inside the unit of work the service opened.

#include "Entities.h"
#include "core/Result.h"
#include "core/UserAccount.h"

#include <QDate>
#include <QDateTime>

#include <memory>
#include <optional>
#include <vector>

namespace relais::core {

// An open transaction: rolled back when destroyed uncommitted, so a refused rule
// or an error leaves no partial write. Units nest (savepoints).
class UnitOfWork
{
public:
    virtual ~UnitOfWork() = default;
    virtual Status commit() = 0;
};

class TransactionSource
{
public:
    virtual ~TransactionSource() = default;
    virtual Result<std::unique_ptr<UnitOfWork>> begin() = 0;
};

// What links a user to a person's file, for the access rules.
struct PersonAccessFacts
{
    bool isCaseManager = false; // of one of the person's cases
    bool hasMet = false;        // logged an intervention with the person, or created the record
};

class PeopleRepository
{
public:
    virtual ~PeopleRepository() = default;
    virtual Status insertPerson(Person& person, qint64 actorId, const QDateTime& now) = 0;
    virtual Status updatePerson(const Person& person, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::optional<Person>> findPerson(qint64 id) = 0;
    // Summaries whose folded name or alias contains `foldedQuery` (already folded), best first.
    virtual Result<std::vector<PersonSummary>> searchPeople(const QString& foldedQuery, int limit) = 0;
    virtual Result<std::vector<Person>> peopleBornOn(const QDate& birthDate) = 0;
    // Summaries in name order, a page at a time (lists of tens of thousands).
    virtual Result<std::vector<PersonSummary>> listPeople(int offset, int limit) = 0;
    virtual Result<int> countPeople() = 0;
    virtual Result<std::optional<PersonSummary>> summaryOf(qint64 personId) = 0;
    virtual Result<PersonAccessFacts> accessFacts(qint64 personId, qint64 userId) = 0;
    // Moves every intervention, case, referral, note, attendance and problem of
    // `mergedId` to `keptId` and marks `mergedId` as merged (soft-deleted).
    virtual Status mergePeople(qint64 keptId, qint64 mergedId, qint64 actorId, const QDateTime& now) = 0;
    virtual Status insertNote(PersonNote& note) = 0;
    virtual Result<std::vector<PersonNote>> notesOf(qint64 personId) = 0;
};

class CaseRepository
{
public:
    virtual ~CaseRepository() = default;
    virtual Status insertCase(Case& value, qint64 actorId, const QDateTime& now) = 0;
    virtual Status updateCase(const Case& value, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::optional<Case>> findCase(qint64 id) = 0;
    virtual Result<std::vector<Case>> casesOfPerson(qint64 personId) = 0;
    // Admitted and not exited, for one case manager in one programme.
    virtual Result<int> activeCaseCount(qint64 caseManagerId, qint64 programmeId) = 0;
    virtual Result<std::vector<Case>> casesManagedBy(qint64 caseManagerId) = 0;
    virtual Result<std::vector<Case>> casesWithStatus(CaseStatus status) = 0;
    // Active cases whose next contact was due before `today`.
    virtual Result<std::vector<Case>> overdueCases(const QDate& today) = 0;
    virtual Status insertTransition(StageTransition& transition) = 0;
    virtual Result<std::vector<StageTransition>> transitionsOf(qint64 caseId) = 0;
    virtual Status insertGoal(Goal& goal, qint64 actorId, const QDateTime& now) = 0;
    virtual Status updateGoal(const Goal& goal, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::vector<Goal>> goalsOf(qint64 caseId) = 0;
};

class OutreachRepository
{
public:
    virtual ~OutreachRepository() = default;
    // Also inserts one outgoing referral per referred partner.
    virtual Status insertIntervention(Intervention& intervention, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::vector<Intervention>> interventionsOf(qint64 personId) = 0;
    virtual Result<int> interventionCountSince(qint64 personId, const QDate& since) = 0;
    // The latest interventions, of one worker or (no worker) of everyone.
    virtual Result<std::vector<Intervention>> recentInterventions(std::optional<qint64> workerId, int limit) = 0;
    // The latest `limit` encounters of a selection, newest first.
    virtual Result<std::vector<Intervention>> encounters(const EncounterSelection& selection, int limit) = 0;
    virtual Result<std::vector<GroupSession>> recentGroupSessions(int limit) = 0;
    virtual Status insertGroupSession(GroupSession& session, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::optional<GroupSession>> findGroupSession(qint64 id) = 0;
    virtual Status insertReferral(Referral& referral, qint64 actorId, const QDateTime& now) = 0;
    virtual Status updateReferral(const Referral& referral, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::optional<Referral>> findReferral(qint64 id) = 0;
    virtual Result<std::vector<Referral>> referralsOf(qint64 personId) = 0;
};

class ReferenceRepository
{
public:
    virtual ~ReferenceRepository() = default;
    virtual Result<std::vector<Territory>> territories() = 0;
    virtual Status insertTerritory(Territory& territory, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::vector<Problem>> problems() = 0;
    virtual Status insertProblem(Problem& problem, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::vector<InterventionType>> interventionTypes() = 0;
    virtual Status insertInterventionType(InterventionType& type, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::vector<PartnerOrganisation>> partners() = 0;
    virtual Result<std::optional<PartnerOrganisation>> findPartner(qint64 id) = 0;
    virtual Status insertPartner(PartnerOrganisation& partner, qint64 actorId, const QDateTime& now) = 0;
    virtual Status updatePartner(const PartnerOrganisation& partner, qint64 actorId, const QDateTime& now) = 0;
    virtual Result<std::vector<Programme>> programmes() = 0;
    virtual Result<std::optional<Programme>> findProgramme(qint64 id) = 0;
    virtual Status insertProgramme(Programme& programme, qint64 actorId, const QDateTime& now) = 0;
    virtual Status updateProgramme(const Programme& programme, qint64 actorId, const QDateTime& now) = 0;
    // A live account (removed accounts are not found).
    virtual Result<std::optional<UserAccount>> findUser(qint64 id) = 0;
    // Live accounts, by user name.
    virtual Result<std::vector<UserAccount>> users() = 0;

    // The lists whose duplicates can be merged.
    enum class List { Territory, Problem, InterventionType, Partner };
    // The UUID of a live entry of `list`; none when there is no such entry or it was deleted.
    virtual Result<std::optional<QString>> liveEntryUuid(List list, qint64 id) = 0;
    virtual Status renameTerritory(qint64 id, const QString& name, qint64 actorId, const QDateTime& now) = 0;
    virtual Status renameProblem(qint64 id, const QString& label, qint64 actorId, const QDateTime& now) = 0;
    virtual Status relabelInterventionType(qint64 id, const QString& labelFr, const QString& labelEn, qint64 actorId,
                                           const QDateTime& now) = 0;
    // Points every record and link that refers to one of `mergedIds` at `keptId`
    // instead (link-table duplicates collapse into one), then soft-deletes the
    // merged entries. Runs inside the caller's unit of work.
    virtual Status mergeEntries(List list, qint64 keptId, const std::vector<qint64>& mergedIds, qint64 actorId,
                                const QDateTime& now) = 0;
};

// Result of checking the audit chain.
struct AuditCheck
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSequence = 0; // 0 when ok
    QString problem;             // what is wrong, for the check report
};

class AuditRepository
{
public:
    virtual ~AuditRepository() = default;
    // Appends after the current head, filling sequence and hashes.
    virtual Result<AuditEntry> append(AuditEntry entry) = 0;
    virtual Result<std::vector<AuditEntry>> entriesFor(const QString& entityUuid) = 0;
    // Walks the whole chain and compares its end with the anchor kept outside the database.
    virtual Result<AuditCheck> verify() = 0;
};

class PreferenceRepository
{
public:
    virtual ~PreferenceRepository() = default;
    virtual Result<QString> preference(qint64 userId, const QString& key) = 0;
    virtual Status setPreference(qint64 userId, const QString& key, const QString& value) = 0;
};

} // namespace relais::core
