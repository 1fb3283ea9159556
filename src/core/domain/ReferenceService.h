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

private:
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
