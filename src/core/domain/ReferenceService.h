#pragma once

#include "AuditService.h"
#include "ServiceContext.h"

#include <QCoreApplication>

namespace relais::core {

// Reference lists (territories, problems, intervention types), partner
// organisations and programmes. Everyone reads them; team leads and
// administrators change them.
class ReferenceService
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceService)
public:
    explicit ReferenceService(ServiceContext& context);

    Result<std::vector<Territory>> territories();
    Result<std::vector<Problem>> problems();
    Result<std::vector<InterventionType>> interventionTypes();
    Result<std::vector<PartnerOrganisation>> partners();
    Result<std::vector<Programme>> programmes();
    Result<Programme> defaultProgramme();
    Result<std::vector<UserAccount>> users();

    // Finds by folded name ("Toxicomanie" and "toxicomanie " are one), or creates
    // keeping this first spelling.
    Result<Territory> territoryNamed(const UserAccount& actor, const QString& name);
    Result<Problem> problemNamed(const UserAccount& actor, const QString& label);
    Result<InterventionType> addInterventionType(const UserAccount& actor, const QString& code, const QString& labelFr,
                                                 const QString& labelEn);
    Result<PartnerOrganisation> savePartner(const UserAccount& actor, PartnerOrganisation partner);
    Result<Programme> saveProgramme(const UserAccount& actor, Programme programme);

    // Corrects a spelling; refused when another entry already has that name (merge them instead).
    Result<Territory> renameTerritory(const UserAccount& actor, qint64 id, const QString& name);
    Result<Problem> renameProblem(const UserAccount& actor, qint64 id, const QString& label);
    // New French and English labels; the code stays, as exports carry it.
    Result<InterventionType> relabelInterventionType(const UserAccount& actor, qint64 id, const QString& labelFr,
                                                     const QString& labelEn);

    // Merging duplicates: everything that refers to one of `mergedIds` (people,
    // contacts, group sessions, partners, referrals, links) is moved to `keepId`,
    // then the merged entries are soft-deleted, in one transaction. Team leads and
    // administrators; audited with the entries' UUIDs. Cannot be undone.
    Status mergeTerritories(const UserAccount& actor, qint64 keepId, const std::vector<qint64>& mergedIds);
    Status mergeProblems(const UserAccount& actor, qint64 keepId, const std::vector<qint64>& mergedIds);
    // A built-in type can be kept but never merged away: reports count by its code.
    Status mergeInterventionTypes(const UserAccount& actor, qint64 keepId, const std::vector<qint64>& mergedIds);
    Status mergePartners(const UserAccount& actor, qint64 keepId, const std::vector<qint64>& mergedIds);

private:
    Status mergeEntries(const UserAccount& actor, ReferenceRepository::List list, qint64 keepId,
                        const std::vector<qint64>& mergedIds);

    ServiceContext& m_context;
    AuditService m_audit;
};

// Per-user preferences that touch client work (my territory, last place, drafts,
// recent files): in the encrypted database, per Relais user, never in QSettings.
class PreferenceService
{
public:
    explicit PreferenceService(ServiceContext& context);
    Result<QString> value(const UserAccount& actor, const QString& key);
    Status setValue(const UserAccount& actor, const QString& key, const QString& value);

private:
    ServiceContext& m_context;
};

} // namespace relais::core
