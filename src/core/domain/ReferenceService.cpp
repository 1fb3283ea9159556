#include "ReferenceService.h"

#include "AccessPolicy.h"
#include "TextFolding.h"

#include <QRegularExpression>

#include <algorithm>

namespace relais::core {

namespace {

Status requireManage(bool allowed)
{
    return AccessPolicy::require(allowed,
                                 ReferenceService::tr("Only team leads and administrators change the reference lists."));
}

Error entryGone(const char* detail)
{
    return makeError(ErrorCode::NotFound,
                     ReferenceService::tr("This entry no longer exists. Refresh the list and try again."), detail);
}

// The entry with `id` among `entries` (territories, problems...), or NotFound.
template <typename T>
Result<T> entryWithId(const Result<std::vector<T>>& entries, qint64 id)
{
    if (!entries) {
        return entries.error();
    }
    for (const T& entry : *entries) {
        if (entry.id == id) {
            return entry;
        }
    }
    return entryGone("no live entry with that id");
}

// Audit names of each list: the action prefix and the entity type.
QString entityTypeOf(ReferenceRepository::List list)
{
    switch (list) {
    case ReferenceRepository::List::Territory:
        return QStringLiteral("territory");
    case ReferenceRepository::List::Problem:
        return QStringLiteral("problem");
    case ReferenceRepository::List::InterventionType:
        return QStringLiteral("intervention_type");
    case ReferenceRepository::List::Partner:
        return QStringLiteral("partner");
    }
    return {};
}

} // namespace

ReferenceService::ReferenceService(ServiceContext& context)
    : m_context(context)
    , m_audit(context)
{
}

Result<std::vector<Territory>> ReferenceService::territories()
{
    return m_context.reference.territories();
}

Result<std::vector<Problem>> ReferenceService::problems()
{
    return m_context.reference.problems();
}

Result<std::vector<InterventionType>> ReferenceService::interventionTypes()
{
    return m_context.reference.interventionTypes();
}

Result<std::vector<PartnerOrganisation>> ReferenceService::partners()
{
    return m_context.reference.partners();
}

Result<std::vector<Programme>> ReferenceService::programmes()
{
    return m_context.reference.programmes();
}

Result<std::vector<UserAccount>> ReferenceService::users()
{
    return m_context.reference.users();
}

Result<Programme> ReferenceService::defaultProgramme()
{
    auto all = m_context.reference.programmes();
    if (!all) {
        return all.error();
    }
    for (const Programme& programme : *all) {
        if (programme.isDefault) {
            return programme;
        }
    }
    return makeError(ErrorCode::Damaged, tr("The default programme is missing."), "no default programme");
}

Result<Territory> ReferenceService::territoryNamed(const UserAccount& actor, const QString& name)
{
    const QString folded = foldForSearch(name);
    if (folded.isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("The territory has no name."), "empty territory");
    }
    auto all = m_context.reference.territories();
    if (!all) {
        return all.error();
    }
    for (const Territory& territory : *all) {
        if (foldForSearch(territory.name) == folded) {
            return territory;
        }
    }
    if (auto allowed = requireManage(AccessPolicy::canManageReferenceLists(actor)); !allowed) {
        return allowed.error();
    }
    Territory territory;
    territory.name = name.simplified();
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto status = m_context.reference.insertTerritory(territory, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("territory.create"), QStringLiteral("territory"),
                                     territory.uuid, {QStringLiteral("name")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return territory;
}

Result<Problem> ReferenceService::problemNamed(const UserAccount& actor, const QString& label)
{
    const QString folded = foldForSearch(label);
    if (folded.isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("The problem has no label."), "empty problem");
    }
    auto all = m_context.reference.problems();
    if (!all) {
        return all.error();
    }
    for (const Problem& problem : *all) {
        if (foldForSearch(problem.label) == folded) {
            return problem;
        }
    }
    if (auto allowed = requireManage(AccessPolicy::canManageReferenceLists(actor)); !allowed) {
        return allowed.error();
    }
    Problem problem;
    problem.label = label.simplified();
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto status = m_context.reference.insertProblem(problem, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("problem.create"), QStringLiteral("problem"),
                                     problem.uuid, {QStringLiteral("label")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return problem;
}

Result<InterventionType> ReferenceService::addInterventionType(const UserAccount& actor, const QString& code,
                                                               const QString& labelFr, const QString& labelEn)
{
    if (auto allowed = requireManage(AccessPolicy::canManageReferenceLists(actor)); !allowed) {
        return allowed.error();
    }
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{1,40}$"));
    if (!codePattern.match(code).hasMatch()) {
        return makeError(ErrorCode::InputRejected,
                         tr("A code has 2 to 41 lower-case letters, digits or underscores, starting with a letter."),
                         "bad type code");
    }
    if (labelFr.trimmed().isEmpty() || labelEn.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Give the French and the English label."), "missing label");
    }
    auto all = m_context.reference.interventionTypes();
    if (!all) {
        return all.error();
    }
    for (const InterventionType& type : *all) {
        if (type.code == code) {
            return makeError(ErrorCode::InputRejected, tr("The code %1 is already used.").arg(code), "duplicate code");
        }
    }
    InterventionType type;
    type.code = code;
    type.labelFr = labelFr.trimmed();
    type.labelEn = labelEn.trimmed();
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto status = m_context.reference.insertInterventionType(type, actor.id, m_context.clock.nowUtc()); !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("intervention_type.create"),
                                     QStringLiteral("intervention_type"), type.code, {QStringLiteral("labels")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return type;
}

Result<PartnerOrganisation> ReferenceService::savePartner(const UserAccount& actor, PartnerOrganisation partner)
{
    if (auto allowed = requireManage(AccessPolicy::canManagePartners(actor)); !allowed) {
        return allowed.error();
    }
    if (partner.code.trimmed().isEmpty() || partner.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("A partner organisation needs a code and a name."),
                         "partner without code or name");
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    const QDateTime now = m_context.clock.nowUtc();
    partner.code = partner.code.trimmed();
    Status saved = partner.id ? m_context.reference.updatePartner(partner, actor.id, now)
                              : m_context.reference.insertPartner(partner, actor.id, now);
    if (!saved) {
        if (saved.error().code == ErrorCode::InputRejected
            && saved.error().detail.find("UNIQUE") != std::string::npos) {
            return makeError(ErrorCode::InputRejected,
                             tr("The code %1 is already used by another partner organisation.").arg(partner.code),
                             saved.error().detail);
        }
        return saved.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("partner.save"), QStringLiteral("partner"), partner.uuid,
                                     {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("contact")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return partner;
}

Result<Programme> ReferenceService::saveProgramme(const UserAccount& actor, Programme programme)
{
    if (auto allowed = requireManage(AccessPolicy::canManageProgrammes(actor)); !allowed) {
        return allowed.error();
    }
    if (programme.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Name the programme."), "programme without name");
    }
    if (programme.caseloadCap < 1 || programme.caseloadCap > 200) {
        return makeError(ErrorCode::InputRejected, tr("The caseload cap must be between 1 and 200."), "cap range");
    }
    if (programme.eligibility.maxMonthsHomeless < 0 || programme.eligibility.maxMonthsHomeless > 240) {
        return makeError(ErrorCode::InputRejected,
                         tr("The maximum time on the street must be between 0 (not checked) and 240 months."),
                         "months homeless range");
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    const QDateTime now = m_context.clock.nowUtc();
    Status saved = programme.id ? m_context.reference.updateProgramme(programme, actor.id, now)
                                : m_context.reference.insertProgramme(programme, actor.id, now);
    if (!saved) {
        return saved.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("programme.save"), QStringLiteral("programme"),
                                     programme.uuid, {QStringLiteral("name"), QStringLiteral("cap"),
                                                      QStringLiteral("eligibility")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return programme;
}

Result<Territory> ReferenceService::renameTerritory(const UserAccount& actor, qint64 id, const QString& name)
{
    if (auto allowed = requireManage(AccessPolicy::canManageReferenceLists(actor)); !allowed) {
        return allowed.error();
    }
    const QString simplified = name.simplified();
    const QString folded = foldForSearch(simplified);
    if (folded.isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("The territory has no name."), "empty territory");
    }
    auto all = m_context.reference.territories();
    auto found = entryWithId(all, id);
    if (!found) {
        return found.error();
    }
    for (const Territory& other : *all) {
        if (other.id != id && foldForSearch(other.name) == folded) {
            return makeError(ErrorCode::InputRejected,
                             tr("There is already a territory named %1. To combine the two, select both and merge "
                                "them.")
                                 .arg(other.name),
                             "territory name taken");
        }
    }
    Territory territory = *found;
    territory.name = simplified;
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto status = m_context.reference.renameTerritory(id, territory.name, actor.id, m_context.clock.nowUtc());
        !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("territory.rename"), QStringLiteral("territory"),
                                     territory.uuid, {QStringLiteral("name")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return territory;
}

Result<Problem> ReferenceService::renameProblem(const UserAccount& actor, qint64 id, const QString& label)
{
    if (auto allowed = requireManage(AccessPolicy::canManageReferenceLists(actor)); !allowed) {
        return allowed.error();
    }
    const QString simplified = label.simplified();
    const QString folded = foldForSearch(simplified);
    if (folded.isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("The problem has no label."), "empty problem");
    }
    auto all = m_context.reference.problems();
    auto found = entryWithId(all, id);
    if (!found) {
        return found.error();
    }
    for (const Problem& other : *all) {
        if (other.id != id && foldForSearch(other.label) == folded) {
            return makeError(ErrorCode::InputRejected,
                             tr("There is already a problem labelled %1. To combine the two, select both and merge "
                                "them.")
                                 .arg(other.label),
                             "problem label taken");
        }
    }
    Problem problem = *found;
    problem.label = simplified;
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto status = m_context.reference.renameProblem(id, problem.label, actor.id, m_context.clock.nowUtc());
        !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("problem.rename"), QStringLiteral("problem"),
                                     problem.uuid, {QStringLiteral("label")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return problem;
}

Result<InterventionType> ReferenceService::relabelInterventionType(const UserAccount& actor, qint64 id,
                                                                   const QString& labelFr, const QString& labelEn)
{
    if (auto allowed = requireManage(AccessPolicy::canManageReferenceLists(actor)); !allowed) {
        return allowed.error();
    }
    if (labelFr.trimmed().isEmpty() || labelEn.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Give the French and the English label."), "missing label");
    }
    auto found = entryWithId(m_context.reference.interventionTypes(), id);
    if (!found) {
        return found.error();
    }
    InterventionType type = *found;
    type.labelFr = labelFr.simplified();
    type.labelEn = labelEn.simplified();
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    auto uuid = m_context.reference.liveEntryUuid(ReferenceRepository::List::InterventionType, id);
    if (!uuid) {
        return uuid.error();
    }
    if (!*uuid) {
        return entryGone("intervention type gone");
    }
    if (auto status = m_context.reference.relabelInterventionType(id, type.labelFr, type.labelEn, actor.id,
                                                                  m_context.clock.nowUtc());
        !status) {
        return status.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("intervention_type.rename"),
                                     QStringLiteral("intervention_type"), **uuid, {QStringLiteral("labels")});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return type;
}

Status ReferenceService::mergeTerritories(const UserAccount& actor, qint64 keepId, const std::vector<qint64>& mergedIds)
{
    return mergeEntries(actor, ReferenceRepository::List::Territory, keepId, mergedIds);
}

Status ReferenceService::mergeProblems(const UserAccount& actor, qint64 keepId, const std::vector<qint64>& mergedIds)
{
    return mergeEntries(actor, ReferenceRepository::List::Problem, keepId, mergedIds);
}

Status ReferenceService::mergeInterventionTypes(const UserAccount& actor, qint64 keepId,
                                                const std::vector<qint64>& mergedIds)
{
    return mergeEntries(actor, ReferenceRepository::List::InterventionType, keepId, mergedIds);
}

Status ReferenceService::mergePartners(const UserAccount& actor, qint64 keepId, const std::vector<qint64>& mergedIds)
{
    return mergeEntries(actor, ReferenceRepository::List::Partner, keepId, mergedIds);
}

Status ReferenceService::mergeEntries(const UserAccount& actor, ReferenceRepository::List list, qint64 keepId,
                                      const std::vector<qint64>& mergedIds)
{
    using List = ReferenceRepository::List;
    const bool allowed = list == List::Partner ? AccessPolicy::canManagePartners(actor)
                                               : AccessPolicy::canManageReferenceLists(actor);
    if (auto status = requireManage(allowed); !status) {
        return status;
    }
    std::vector<qint64> merged = mergedIds;
    std::sort(merged.begin(), merged.end());
    merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
    if (std::find(merged.begin(), merged.end(), keepId) != merged.end()) {
        return makeError(ErrorCode::InputRejected,
                         tr("The entry you keep cannot also be one of those merged into it."), "kept among merged");
    }
    if (merged.empty()) {
        return makeError(ErrorCode::InputRejected, tr("Choose at least two entries: the one to keep and a duplicate."),
                         "nothing to merge");
    }
    if (list == List::InterventionType) {
        // Reports and exports count built-in types by their code: they must live on.
        auto types = m_context.reference.interventionTypes();
        if (!types) {
            return types.error();
        }
        for (const InterventionType& type : *types) {
            if (type.builtIn && std::find(merged.begin(), merged.end(), type.id) != merged.end()) {
                return makeError(ErrorCode::InputRejected,
                                 tr("A built-in intervention type cannot be merged into another one. Keep the "
                                    "built-in type and merge the others into it."),
                                 "built-in type merged away");
            }
        }
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    auto keptUuid = m_context.reference.liveEntryUuid(list, keepId);
    if (!keptUuid) {
        return keptUuid.error();
    }
    if (!*keptUuid) {
        return entryGone("kept entry gone");
    }
    QStringList fields;
    for (qint64 id : merged) {
        auto uuid = m_context.reference.liveEntryUuid(list, id);
        if (!uuid) {
            return uuid.error();
        }
        if (!*uuid) {
            return entryGone("merged entry gone");
        }
        fields << QStringLiteral("merged:") + **uuid;
    }
    if (auto status = m_context.reference.mergeEntries(list, keepId, merged, actor.id, m_context.clock.nowUtc());
        !status) {
        return status;
    }
    const QString entityType = entityTypeOf(list);
    if (auto status = m_audit.record(actor, entityType + QStringLiteral(".merge"), entityType, **keptUuid, fields);
        !status) {
        return status;
    }
    return (*unit)->commit();
}

PreferenceService::PreferenceService(ServiceContext& context)
    : m_context(context)
{
}

Result<QString> PreferenceService::value(const UserAccount& actor, const QString& key)
{
    return m_context.preferences.preference(actor.id, key);
}

Status PreferenceService::setValue(const UserAccount& actor, const QString& key, const QString& value)
{
    return m_context.preferences.setPreference(actor.id, key, value);
}

} // namespace relais::core
