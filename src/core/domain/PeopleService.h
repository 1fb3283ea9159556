#pragma once

#include "AuditService.h"
#include "ServiceContext.h"

#include <QCoreApplication>

namespace relais::core {

// People: identified or anonymous, their file, notes, search and merging.
class PeopleService
{
    Q_DECLARE_TR_FUNCTIONS(PeopleService)
public:
    explicit PeopleService(ServiceContext& context);

    struct Created
    {
        Person person;
        // Existing people with the same birth date and a similar name: shown as a
        // "possible duplicate" warning (the record is created all the same).
        std::vector<PersonSummary> possibleDuplicates;
    };

    Result<Created> createPerson(const UserAccount& actor, Person person);
    Result<std::vector<PersonSummary>> possibleDuplicates(const UserAccount& actor, const Person& person);
    Status updatePerson(const UserAccount& actor, const Person& person);
    // The full file; opening it is recorded in the audit trail.
    Result<Person> openFile(const UserAccount& actor, qint64 personId);
    // Accent- and case-insensitive search over names and aliases, visible to every
    // role as summaries (name or alias, assigned worker).
    Result<std::vector<PersonSummary>> search(const UserAccount& actor, const QString& text, int limit = 50);
    // Keeps `keptId`, moving everything of `mergedId` onto it.
    Result<Person> merge(const UserAccount& actor, qint64 keptId, qint64 mergedId);
    // What anyone may see of a person (name or alias, worker, safety alert), not audited.
    Result<PersonSummary> summary(const UserAccount& actor, qint64 personId);
    // A page of the people list, in name order.
    Result<std::vector<PersonSummary>> listPeople(const UserAccount& actor, int offset, int limit);
    Result<int> countPeople(const UserAccount& actor);

    Result<PersonNote> addNote(const UserAccount& actor, qint64 personId, const QString& body, bool isPrivate);
    // The notes this actor may read (private ones only for their author).
    Result<std::vector<PersonNote>> notes(const UserAccount& actor, qint64 personId);

    Result<PersonAccessFacts> accessFacts(const UserAccount& actor, qint64 personId);

    // The record's own rules; `today` in the organisation's zone (no birth after it).
    static Status validate(const Person& person, const QDate& today);
    // What is wrong with a birth date or year (1900 to today), or "" when nothing:
    // for validate() and the people import alike.
    static QString birthDateProblem(const QDate& birthDate, const QDate& today);
    static QString birthYearProblem(int birthYear, const QDate& today);

private:
    // Marks whether the actor may open the file, and hides the birth date if not.
    void showWhatMayBeSeen(const UserAccount& actor, PersonSummary& summary);

    ServiceContext& m_context;
    AuditService m_audit;
};

} // namespace relais::core
