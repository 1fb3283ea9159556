#pragma once

// What the retention rule and the erasure of a person need from storage
// (RetentionService). Not part of the ServiceContext: only RetentionService uses it.

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace relais::core {

// A person as the retention rule sees them. displayName is for the
// administrator's dry run only; it never reaches the audit trail or a log.
struct RetentionCandidate
{
    qint64 personId = 0;
    QString uuid;
    QString displayName;
    QDate lastActivity;    // latest intervention, case closing, note or file update
    bool hasOpenCase = false; // intake, waiting list or admitted
    bool anonymised = false;
};

// What one anonymisation removed, for the audit trail (counts only).
struct ErasureCounts
{
    int people = 0;            // the person, and the duplicates once merged into them
    int personNotes = 0;       // rows deleted
    int interventionNotes = 0; // notes emptied
    int caseTexts = 0;         // cases whose free text was emptied
    int goals = 0;             // goals whose description and means were emptied
    int referralReasons = 0;   // referral reasons emptied
    int stageReasons = 0;      // stage-change reasons emptied
    int drafts = 0;            // auto-lock drafts deleted because they named the person
};

class RetentionRepository
{
public:
    virtual ~RetentionRepository() = default;
    // meta 'retention_years'; none when never set.
    virtual Result<std::optional<int>> retentionYears() = 0;
    virtual Status setRetentionYears(int years) = 0;
    // People not anonymised, with no open case, whose last activity is before `cutoff`.
    virtual Result<std::vector<RetentionCandidate>> peopleInactiveBefore(const QDate& cutoff) = 0;
    virtual Result<std::optional<RetentionCandidate>> findByUuid(const QString& uuid) = 0;
    // Removes what identifies the person (and any duplicate merged into them), keeps
    // what the statistics count, marks them anonymised. Runs in the caller's unit of work.
    virtual Result<ErasureCounts> anonymise(qint64 personId, qint64 actorId, const QDateTime& now) = 0;
    // After the commit: overwrite what the deletions freed, so that no removed byte
    // stays in the file, its journal or its search index.
    virtual Status reclaimFreedSpace() = 0;
};

} // namespace relais::core
