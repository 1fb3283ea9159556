#include "ReferenceService.h"

#include "AccessPolicy.h"
#include "TextFolding.h"

#include <QRegularExpression>

namespace relais::core {

namespace {

Status requireManage(bool allowed)
{
    return AccessPolicy::require(allowed,
                                 ReferenceService::tr("Only team leads and administrators change the reference lists."));
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
