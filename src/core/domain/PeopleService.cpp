#include "PeopleService.h"

#include "AccessPolicy.h"
#include "TextFolding.h"

namespace relais::core {

namespace {

QStringList identityFields()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("alias"),
            QStringLiteral("birth_date"), QStringLiteral("gender"), QStringLiteral("housing_situation")};
}

bool namesSimilar(const Person& a, const Person& b)
{
    const QString lastA = foldForSearch(a.lastName);
    const QString lastB = foldForSearch(b.lastName);
    const QString fullA = foldForSearch(a.firstName + QLatin1Char(' ') + a.lastName);
    const QString fullB = foldForSearch(b.firstName + QLatin1Char(' ') + b.lastName);
    if (!lastA.isEmpty() && lastA == lastB) {
        return true;
    }
    if (!fullA.isEmpty() && editDistance(fullA, fullB) <= 2) {
        return true;
    }
    const QString aliasA = foldForSearch(a.alias);
    return !aliasA.isEmpty() && (aliasA == foldForSearch(b.alias) || aliasA == foldForSearch(b.firstName));
}

} // namespace

QString Person::displayName() const
{
    const QString full = QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
    if (!full.isEmpty()) {
        return alias.trimmed().isEmpty() ? full : full + QStringLiteral(" (") + alias.trimmed() + QLatin1Char(')');
    }
    if (!alias.trimmed().isEmpty()) {
        return alias.trimmed();
    }
    return description.trimmed();
}

PeopleService::PeopleService(ServiceContext& context)
    : m_context(context)
    , m_audit(context)
{
}

QString PeopleService::birthDateProblem(const QDate& birthDate, const QDate& today)
{
    if (birthDate.year() < 1900) {
        return tr("The birth date is not plausible.");
    }
    if (birthDate > today) {
        return tr("The birth date is in the future.");
    }
    return {};
}

QString PeopleService::birthYearProblem(int birthYear, const QDate& today)
{
    if (birthYear < 1900) {
        return tr("The birth year is not plausible.");
    }
    if (birthYear > today.year()) {
        return tr("The birth year is in the future.");
    }
    return {};
}

Status PeopleService::validate(const Person& person, const QDate& today)
{
    if (person.isAnonymous() && person.alias.trimmed().isEmpty() && person.description.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected,
                         tr("Give a name, or for an anonymous contact an alias or a short description."),
                         "person without any identification");
    }
    if (person.birthDate) {
        if (const QString problem = birthDateProblem(*person.birthDate, today); !problem.isEmpty()) {
            return makeError(ErrorCode::InputRejected, problem, "birth date range");
        }
    }
    if (person.birthYear) {
        if (const QString problem = birthYearProblem(*person.birthYear, today); !problem.isEmpty()) {
            return makeError(ErrorCode::InputRejected, problem, "birth year range");
        }
    }
    if (person.ageBand.isSet() && (person.ageBand.minAge < 0 || person.ageBand.minAge > person.ageBand.maxAge
                                   || person.ageBand.maxAge > 120)) {
        return makeError(ErrorCode::InputRejected, tr("The age band is not plausible."), "age band range");
    }
    if (person.consent.givenOn && person.consent.expiresOn && *person.consent.expiresOn < *person.consent.givenOn) {
        return makeError(ErrorCode::InputRejected, tr("The consent expires before it was given."), "consent dates");
    }
    return {};
}

Result<std::vector<PersonSummary>> PeopleService::possibleDuplicates(const UserAccount&, const Person& person)
{
    std::vector<PersonSummary> duplicates;
    if (!person.birthDate) {
        return duplicates;
    }
    auto sameDay = m_context.people.peopleBornOn(*person.birthDate);
    if (!sameDay) {
        return sameDay.error();
    }
    for (const Person& other : *sameDay) {
        if (other.id != person.id && namesSimilar(person, other)) {
            PersonSummary summary;
            summary.id = other.id;
            summary.uuid = other.uuid;
            summary.displayName = other.displayName();
            summary.alias = other.alias;
            summary.birthDate = other.birthDate;
            summary.anonymous = other.isAnonymous();
            duplicates.push_back(summary);
        }
    }
    return duplicates;
}

Result<PeopleService::Created> PeopleService::createPerson(const UserAccount& actor, Person person)
{
    if (!AccessPolicy::canLogContacts(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only case managers and team leads record people."),
                         "create person refused for role");
    }
    if (auto valid = validate(person, m_context.calendar.today(m_context.clock)); !valid) {
        return valid.error();
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    Created created;
    auto duplicates = possibleDuplicates(actor, person);
    if (!duplicates) {
        return duplicates.error();
    }
    created.possibleDuplicates = std::move(*duplicates);
    if (auto status = m_context.people.insertPerson(person, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("person.create"), QStringLiteral("person"), person.uuid,
                                     identityFields());
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    created.person = std::move(person);
    return created;
}

Result<PersonAccessFacts> PeopleService::accessFacts(const UserAccount& actor, qint64 personId)
{
    return m_context.people.accessFacts(personId, actor.id);
}

Status PeopleService::updatePerson(const UserAccount& actor, const Person& person)
{
    if (auto valid = validate(person, m_context.calendar.today(m_context.clock)); !valid) {
        return valid;
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto allowed = AccessPolicy::requireFileAccess(m_context.people, actor, person.id,
                                                       AccessPolicy::FileAccess::Write);
        !allowed) {
        return allowed;
    }
    auto before = m_context.people.findPerson(person.id);
    if (!before) {
        return before.error();
    }
    if (!*before) {
        return makeError(ErrorCode::NotFound, tr("This person no longer exists."), "person not found");
    }
    QStringList changed;
    const Person& old = **before;
    auto note = [&](bool differs, const char* field) {
        if (differs) {
            changed << QString::fromLatin1(field);
        }
    };
    note(old.firstName != person.firstName, "first_name");
    note(old.lastName != person.lastName, "last_name");
    note(old.alias != person.alias, "alias");
    note(old.description != person.description, "description");
    note(old.birthDate != person.birthDate, "birth_date");
    note(old.birthYear != person.birthYear, "birth_year");
    note(old.ageBand.minAge != person.ageBand.minAge || old.ageBand.maxAge != person.ageBand.maxAge, "age_band");
    note(old.gender != person.gender, "gender");
    note(old.language != person.language, "language");
    note(old.phone != person.phone, "phone");
    note(old.territoryId != person.territoryId, "territory");
    note(old.housingSituation != person.housingSituation, "housing_situation");
    note(old.housingSince != person.housingSince, "housing_since");
    note(old.residencePermit != person.residencePermit, "residence_permit");
    note(old.consent.givenOn != person.consent.givenOn || old.consent.scope != person.consent.scope
             || old.consent.expiresOn != person.consent.expiresOn,
         "consent");
    note(old.safetyAlert != person.safetyAlert, "safety_alert");
    note(old.problemIds != person.problemIds, "problems");
    if (changed.isEmpty()) {
        return {};
    }
    Person updated = person;
    updated.uuid = old.uuid;
    if (auto status = m_context.people.updatePerson(updated, actor.id, m_context.clock.nowUtc()); !status) {
        return status;
    }
    if (auto status = m_audit.record(actor, QStringLiteral("person.update"), QStringLiteral("person"), old.uuid,
                                     changed);
        !status) {
        return status;
    }
    return (*unit)->commit();
}

Result<Person> PeopleService::openFile(const UserAccount& actor, qint64 personId)
{
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto allowed = AccessPolicy::requireFileAccess(m_context.people, actor, personId,
                                                       AccessPolicy::FileAccess::Read);
        !allowed) {
        return allowed.error();
    }
    auto person = m_context.people.findPerson(personId);
    if (!person) {
        return person.error();
    }
    if (!*person) {
        return makeError(ErrorCode::NotFound, tr("This person no longer exists."), "person not found");
    }
    if (auto status = m_audit.record(actor, QStringLiteral("file.open"), QStringLiteral("person"), (*person)->uuid);
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return std::move(**person);
}

Result<PersonSummary> PeopleService::summary(const UserAccount& actor, qint64 personId)
{
    auto found = m_context.people.summaryOf(personId);
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(ErrorCode::NotFound, tr("This person no longer exists."), "person not found");
    }
    PersonSummary summary = **found;
    showWhatMayBeSeen(actor, summary);
    return summary;
}

void PeopleService::showWhatMayBeSeen(const UserAccount& actor, PersonSummary& summary)
{
    if (actor.role == Role::CaseManager) {
        auto facts = m_context.people.accessFacts(summary.id, actor.id);
        summary.canOpenFile = facts && AccessPolicy::canReadFile(actor, *facts);
    } else {
        summary.canOpenFile = true;
    }
    if (!summary.canOpenFile) {
        summary.birthDate.reset(); // others see the name or alias and the worker only
    }
}

Result<std::vector<PersonSummary>> PeopleService::listPeople(const UserAccount& actor, int offset, int limit)
{
    auto page = m_context.people.listPeople(offset, limit);
    if (!page) {
        return page.error();
    }
    for (PersonSummary& summary : *page) {
        showWhatMayBeSeen(actor, summary);
    }
    return page;
}

Result<int> PeopleService::countPeople(const UserAccount&)
{
    return m_context.people.countPeople();
}

Result<std::vector<PersonSummary>> PeopleService::search(const UserAccount& actor, const QString& text, int limit)
{
    const QString folded = foldForSearch(text);
    if (folded.isEmpty()) {
        return std::vector<PersonSummary>{};
    }
    auto found = m_context.people.searchPeople(folded, limit);
    if (!found) {
        return found.error();
    }
    for (PersonSummary& summary : *found) {
        showWhatMayBeSeen(actor, summary);
    }
    return found;
}

Result<Person> PeopleService::merge(const UserAccount& actor, qint64 keptId, qint64 mergedId)
{
    if (keptId == mergedId) {
        return makeError(ErrorCode::InputRejected, tr("Choose two different records to merge."), "merge with itself");
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    for (qint64 id : {keptId, mergedId}) {
        auto facts = m_context.people.accessFacts(id, actor.id);
        if (!facts) {
            return facts.error();
        }
        if (auto allowed = AccessPolicy::requireWriteFile(actor, *facts); !allowed) {
            return allowed.error();
        }
    }
    auto kept = m_context.people.findPerson(keptId);
    auto merged = m_context.people.findPerson(mergedId);
    if (!kept || !merged) {
        return !kept ? kept.error() : merged.error();
    }
    if (!*kept || !*merged) {
        return makeError(ErrorCode::NotFound, tr("One of the two records no longer exists."), "merge target missing");
    }
    // Two open cases in one programme would break the one-open-case rule.
    auto keptCases = m_context.cases.casesOfPerson(keptId);
    auto mergedCases = m_context.cases.casesOfPerson(mergedId);
    if (!keptCases || !mergedCases) {
        return !keptCases ? keptCases.error() : mergedCases.error();
    }
    for (const Case& a : *keptCases) {
        for (const Case& b : *mergedCases) {
            const bool aOpen = a.status == CaseStatus::Intake || a.status == CaseStatus::WaitingList
                               || a.status == CaseStatus::Active;
            const bool bOpen = b.status == CaseStatus::Intake || b.status == CaseStatus::WaitingList
                               || b.status == CaseStatus::Active;
            if (aOpen && bOpen && a.programmeId == b.programmeId) {
                return makeError(ErrorCode::InputRejected,
                                 tr("Both records have an open case in the same programme. Close one of the two "
                                    "cases before merging."),
                                 "merge with two open cases");
            }
        }
    }
    // The kept record takes what it lacks from the merged one.
    Person result = **kept;
    const Person& other = **merged;
    auto fill = [](QString& mine, const QString& theirs) {
        if (mine.trimmed().isEmpty()) {
            mine = theirs;
        }
    };
    fill(result.firstName, other.firstName);
    fill(result.lastName, other.lastName);
    fill(result.alias, other.alias);
    fill(result.description, other.description);
    fill(result.phone, other.phone);
    fill(result.safetyAlert, other.safetyAlert);
    if (!result.birthDate) {
        result.birthDate = other.birthDate;
    }
    if (!result.birthYear) {
        result.birthYear = other.birthYear;
    }
    if (!result.ageBand.isSet()) {
        result.ageBand = other.ageBand;
    }
    if (result.gender == Gender::Unknown) {
        result.gender = other.gender;
    }
    if (!result.language) {
        result.language = other.language;
    }
    if (!result.territoryId) {
        result.territoryId = other.territoryId;
    }
    if (!result.housingSituation) {
        result.housingSituation = other.housingSituation;
        result.housingSince = other.housingSince;
    }
    if (result.residencePermit == ResidencePermit::Unknown) {
        result.residencePermit = other.residencePermit;
    }
    if (!result.consent.givenOn) {
        result.consent = other.consent;
    }
    for (qint64 problem : other.problemIds) {
        if (std::find(result.problemIds.begin(), result.problemIds.end(), problem) == result.problemIds.end()) {
            result.problemIds.push_back(problem);
        }
    }
    const QDateTime now = m_context.clock.nowUtc();
    if (auto status = m_context.people.updatePerson(result, actor.id, now); !status) {
        return status.error();
    }
    if (auto status = m_context.people.mergePeople(keptId, mergedId, actor.id, now); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("person.merge"), QStringLiteral("person"), result.uuid,
                                     {QStringLiteral("merged:") + other.uuid});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return result;
}

Result<PersonNote> PeopleService::addNote(const UserAccount& actor, qint64 personId, const QString& body,
                                          bool isPrivate)
{
    if (body.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("The note is empty."), "empty note");
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto allowed = AccessPolicy::requireFileAccess(m_context.people, actor, personId,
                                                       AccessPolicy::FileAccess::Write);
        !allowed) {
        return allowed.error();
    }
    PersonNote note;
    note.personId = personId;
    note.authorId = actor.id;
    note.body = body.trimmed();
    note.isPrivate = isPrivate;
    note.createdAt = m_context.clock.nowUtc();
    if (auto status = m_context.people.insertNote(note); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("note.create"), QStringLiteral("note"), note.uuid,
                                     {QStringLiteral("body"), QStringLiteral("private")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return note;
}

Result<std::vector<PersonNote>> PeopleService::notes(const UserAccount& actor, qint64 personId)
{
    auto facts = m_context.people.accessFacts(personId, actor.id);
    if (!facts) {
        return facts.error();
    }
    auto all = m_context.people.notesOf(personId);
    if (!all) {
        return all.error();
    }
    std::vector<PersonNote> visible;
    for (PersonNote& note : *all) {
        if (AccessPolicy::canReadNote(actor, *facts, note)) {
            visible.push_back(std::move(note));
        }
    }
    return visible;
}

} // namespace relais::core
