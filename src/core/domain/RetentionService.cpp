#include "RetentionService.h"

#include "AccessPolicy.h"

#include "core/Log.h"

namespace relais::core {

namespace {

// Counts only, never values: the audit trail and the logs keep no client content.
QStringList countFields(const ErasureCounts& counts)
{
    return {QStringLiteral("people=%1").arg(counts.people),
            QStringLiteral("person_notes=%1").arg(counts.personNotes),
            QStringLiteral("intervention_notes=%1").arg(counts.interventionNotes),
            QStringLiteral("case_texts=%1").arg(counts.caseTexts),
            QStringLiteral("goals=%1").arg(counts.goals),
            QStringLiteral("referral_reasons=%1").arg(counts.referralReasons),
            QStringLiteral("stage_reasons=%1").arg(counts.stageReasons),
            QStringLiteral("drafts=%1").arg(counts.drafts)};
}

} // namespace

RetentionService::RetentionService(ServiceContext& context, RetentionRepository& repository)
    : m_context(context)
    , m_repository(repository)
    , m_audit(context)
{
}

Result<int> RetentionService::retentionYears(const UserAccount& /*actor*/)
{
    auto stored = m_repository.retentionYears();
    if (!stored) {
        return stored.error();
    }
    return stored->value_or(kDefaultYears);
}

Status RetentionService::setRetentionYears(const UserAccount& actor, int years)
{
    if (actor.role != Role::Admin) {
        return makeError(ErrorCode::PermissionDenied, tr("Only an administrator sets the retention period."),
                         "retention period refused for role");
    }
    if (years < kMinYears || years > kMaxYears) {
        return makeError(ErrorCode::InputRejected,
                         tr("The retention period must be between %1 and %2 years.").arg(kMinYears).arg(kMaxYears),
                         "retention period out of range");
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto status = m_repository.setRetentionYears(years); !status) {
        return status;
    }
    if (auto status = m_audit.record(actor, QStringLiteral("retention.set_period"), QStringLiteral("meta"), {},
                                     {QStringLiteral("retention_years=%1").arg(years)});
        !status) {
        return status;
    }
    return (*unit)->commit();
}

Result<std::vector<RetentionCandidate>> RetentionService::dueForRetention(const UserAccount& actor,
                                                                          const QDate& today,
                                                                          std::optional<int> previewYears)
{
    if (actor.role != Role::Admin) {
        return makeError(ErrorCode::PermissionDenied, tr("Only an administrator applies the retention rule."),
                         "retention refused for role");
    }
    if (!today.isValid()) {
        return makeError(ErrorCode::InputRejected, tr("Give a valid date."), "retention: invalid day");
    }
    if (previewYears && (*previewYears < kMinYears || *previewYears > kMaxYears)) {
        return makeError(ErrorCode::InputRejected,
                         tr("The retention period must be between %1 and %2 years.").arg(kMinYears).arg(kMaxYears),
                         "retention period out of range");
    }
    auto years = previewYears ? Result<int>(*previewYears) : retentionYears(actor);
    if (!years) {
        return years.error();
    }
    // Due when the last activity is older than the period: strictly before today minus N years.
    return m_repository.peopleInactiveBefore(today.addYears(-*years));
}

Result<std::vector<RetentionCandidate>> RetentionService::applyRetention(const UserAccount& actor,
                                                                         const QDate& today)
{
    auto due = dueForRetention(actor, today);
    if (!due) {
        return due.error();
    }
    std::vector<RetentionCandidate> done;
    for (const RetentionCandidate& person : *due) {
        auto erased = anonymiseOne(actor, person, QStringLiteral("person.anonymise_retention"));
        if (!erased) {
            // What was committed stays anonymised; still overwrite its freed pages.
            (void)m_repository.reclaimFreedSpace();
            return erased.error();
        }
        done.push_back(person);
    }
    if (!done.empty()) {
        if (auto status = m_repository.reclaimFreedSpace(); !status) {
            return status.error();
        }
    }
    logger(kLogCore)->info("retention applied: {} people anonymised", done.size());
    return done;
}

Result<ErasureCounts> RetentionService::erasePerson(const UserAccount& actor, const QString& personUuid)
{
    if (!AccessPolicy::canErasePeople(actor)) {
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only a team lead or an administrator erases a person's file."),
                         "erasure refused for role");
    }
    auto found = m_repository.findByUuid(personUuid.trimmed());
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return makeError(ErrorCode::NotFound, tr("There is no person with the identifier %1.").arg(personUuid),
                         "erasure: person not found");
    }
    if ((*found)->anonymised) {
        return makeError(ErrorCode::InputRejected, tr("This person's file is already anonymised."),
                         "erasure: already anonymised");
    }
    if ((*found)->hasOpenCase) {
        return makeError(ErrorCode::InputRejected,
                         tr("This person has an open case. Close the case (exit or decline) before erasing the file."),
                         "erasure: open case");
    }
    auto erased = anonymiseOne(actor, **found, QStringLiteral("person.erase_on_request"));
    if (!erased) {
        return erased.error();
    }
    if (auto status = m_repository.reclaimFreedSpace(); !status) {
        return status.error();
    }
    return erased;
}

Result<ErasureCounts> RetentionService::anonymiseOne(const UserAccount& actor, const RetentionCandidate& person,
                                                     const QString& action)
{
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    auto counts = m_repository.anonymise(person.personId, actor.id, m_context.clock.nowUtc());
    if (!counts) {
        return counts.error();
    }
    if (auto status = m_audit.record(actor, action, QStringLiteral("person"), person.uuid, countFields(*counts));
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return counts;
}

} // namespace relais::core
