#pragma once

#include "Statement.h"
#include "core/domain/Repositories.h"

#include <functional>
#include <string>

namespace relais::storage {

class Database;

// People, their problems and notes, search over folded names, merging.
class SqlitePeopleRepository final : public core::PeopleRepository
{
public:
    explicit SqlitePeopleRepository(Database& db);

    core::Status insertPerson(core::Person& person, qint64 actorId, const QDateTime& now) override;
    core::Status updatePerson(const core::Person& person, qint64 actorId, const QDateTime& now) override;
    core::Result<std::optional<core::Person>> findPerson(qint64 id) override;
    core::Result<std::vector<core::PersonSummary>> searchPeople(const QString& foldedQuery, int limit) override;
    core::Result<std::vector<core::Person>> peopleBornOn(const QDate& birthDate) override;
    core::Result<std::vector<core::PersonSummary>> listPeople(int offset, int limit) override;
    core::Result<int> countPeople() override;
    core::Result<std::optional<core::PersonSummary>> summaryOf(qint64 personId) override;
    core::Result<core::PersonAccessFacts> accessFacts(qint64 personId, qint64 userId) override;
    core::Status mergePeople(qint64 keptId, qint64 mergedId, qint64 actorId, const QDateTime& now) override;
    core::Status insertNote(core::PersonNote& note) override;
    core::Result<std::vector<core::PersonNote>> notesOf(qint64 personId) override;

private:
    core::Status saveProblems(const core::Person& person);
    core::Result<std::vector<core::Person>> selectPeople(const char* where, const QString& argument);
    core::Result<std::vector<core::PersonSummary>> selectSummaries(const std::string& whereAndOrder,
                                                                   const std::function<void(Statement&)>& bind);

    Database& m_db;
};

} // namespace relais::storage
