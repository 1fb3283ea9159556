#pragma once

// What imports and exports need from storage beside the per-record repositories:
// reads and writes of many rows at once, with statements prepared once, and the
// spreadsheet key (`ref`) of imported people and interventions. Implemented by
// storage::SqliteExchangeRepository. Every write runs inside the unit of work the
// import opened.

#include "core/Result.h"
#include "core/domain/Codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace relais::core {

// The columns of people.csv, resolved (territory id, codes).
struct PersonValues
{
    QString firstName;
    QString lastName;
    QString alias;
    QString description;
    QString phone;
    std::optional<QDate> birthDate;
    std::optional<int> birthYear;
    std::optional<int> ageMin;
    std::optional<int> ageMax;
    Gender gender = Gender::Unknown;
    std::optional<Language> language;
    std::optional<qint64> territoryId;
    std::optional<HousingSituation> housingSituation;
    std::optional<QDate> housingSince;
    ResidencePermit residencePermit = ResidencePermit::Unknown;

    bool operator==(const PersonValues&) const = default;
};

struct PersonRecord
{
    qint64 id = 0;
    QString uuid;
    QString ref; // the spreadsheet's key: the imported ref, else the UUID
    PersonValues values;
};

// The columns of interventions.csv, resolved. The id lists are sorted.
struct InterventionValues
{
    qint64 personId = 0;
    QDateTime occurredAt; // UTC
    QDate occurredOn; // the day in the organisation's time zone
    qint64 workerId = 0;
    std::optional<qint64> territoryId;
    PlaceKind placeKind = PlaceKind::Other;
    QString placeName;
    std::vector<qint64> typeIds;
    std::vector<qint64> problemIds;
    std::vector<qint64> partnerIds; // the live outgoing referrals made during it
    std::optional<int> durationMinutes;
    QString note;

    bool operator==(const InterventionValues&) const = default;
};

struct InterventionRecord
{
    qint64 id = 0;
    QString uuid;
    QString ref;
    InterventionValues values;
};

// The columns of cases.csv, resolved; status follows the stage.
struct CaseValues
{
    qint64 personId = 0;
    qint64 programmeId = 0;
    std::optional<qint64> caseManagerId;
    QDate openedOn;
    Stage stage = Stage::Intake;
    CaseStatus status = CaseStatus::Intake;
    std::optional<QDate> admittedOn;
    std::optional<QDate> closedOn;
    std::optional<ExitReason> exitReason; // a closed case's, when recorded
    std::optional<HousingSituation> exitHousing; // where the person went, when recorded

    bool operator==(const CaseValues&) const = default;
};

struct CaseRecord
{
    qint64 id = 0;
    QString uuid;
    CaseValues values;
};

// Which records an export reads: everything, or the files one case manager may
// read (their cases, the people they met or created).
struct ExportScope
{
    std::optional<qint64> caseManagerId;
};

class ExchangeRepository
{
public:
    virtual ~ExchangeRepository() = default;

    // The live person whose imported ref, or else whose UUID, is `ref`; a person
    // merged into another resolves to the one kept.
    virtual Result<std::optional<qint64>> findPersonByRef(const QString& ref) = 0;
    virtual Result<std::optional<qint64>> findInterventionByRef(const QString& ref) = 0;

    virtual Result<PersonValues> personValues(qint64 personId) = 0;
    // Fills `record.id` (and `record.uuid` when empty). The ref is stored unless it is the UUID.
    virtual Status insertPerson(PersonRecord& record, qint64 actorId, const QDateTime& now) = 0;
    virtual Status updatePerson(const PersonRecord& record, qint64 actorId, const QDateTime& now) = 0;

    virtual Result<InterventionValues> interventionValues(qint64 interventionId) = 0;
    // Also writes its type and problem links and one outgoing referral (proposed)
    // per partner.
    virtual Status insertIntervention(InterventionRecord& record, qint64 actorId, const QDateTime& now) = 0;
    // Rewrites the links; referrals to partners no longer listed are soft-deleted,
    // new ones added, the others (and their status) kept.
    virtual Status updateIntervention(const InterventionRecord& record, const InterventionValues& before,
                                      qint64 actorId, const QDateTime& now)
        = 0;

    // A bulk load (a large interventions file) runs between these two calls, made
    // outside any transaction: the foreign-key checks are off until the end. Every
    // id an import writes was read from the database or written by the same
    // import, so the check (several lookups per row, a sixth of a bulk load's
    // time) adds nothing but time. The end turns them on again.
    virtual Status beginBulkLoad() = 0;
    virtual void endBulkLoad() = 0;
    // How many interventions the database holds, removed ones included.
    virtual Result<qint64> interventionCount() = 0;
    // For a load large against what the tables hold: drops the indexes of the
    // intervention and referral tables that a load fills in random order (and the
    // refs' own index when `withExternalRefs`, for an import that needs no ref
    // lookups), which rebuildIndexes() creates again from sorted keys, far cheaper
    // than keeping them up to date through a million random inserts. Only inside
    // the import's unit of work, so a rollback brings the indexes back as they were.
    virtual Status dropInterventionIndexes(bool withExternalRefs) = 0;
    virtual Status rebuildIndexes() = 0;

    // Every live case.
    virtual Result<std::vector<CaseRecord>> cases() = 0;
    // With its history row: `action` from no stage to its stage.
    virtual Status insertCase(CaseRecord& record, const QString& action, qint64 actorId, const QDateTime& now) = 0;
    // A history row is added when the stage changes.
    virtual Status updateCase(const CaseRecord& record, const CaseValues& before, const QString& action, qint64 actorId,
                              const QDateTime& now)
        = 0;

    // Export: live records in the order they were created, with their ref.
    virtual Status eachPerson(const ExportScope& scope, const std::function<bool(const PersonRecord&)>& onRecord) = 0;
    virtual Status eachIntervention(const ExportScope& scope,
                                    const std::function<bool(const InterventionRecord&)>& onRecord)
        = 0;
    virtual Status eachCase(const ExportScope& scope, const std::function<bool(const CaseRecord&)>& onRecord) = 0;

    // The user name of every account, removed ones too (an export names the worker
    // of an old intervention even after their account went).
    virtual Result<std::vector<std::pair<qint64, QString>>> userNames() = 0;
    // A value of the database's `meta` table ("" when absent).
    virtual Result<QString> metaValue(const QString& key) = 0;
};

} // namespace relais::core
