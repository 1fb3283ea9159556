#include "SqliteReferenceRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/domain/TextFolding.h"

#include <vector>
#include <string>

namespace relais::storage {

using namespace relais::core;

namespace {

const char* tableOf(ReferenceRepository::List list)
{
    switch (list) {
    case ReferenceRepository::List::Territory:
        return "territory";
    case ReferenceRepository::List::Problem:
        return "problem";
    case ReferenceRepository::List::InterventionType:
        return "intervention_type";
    case ReferenceRepository::List::Partner:
        return "partner";
    }
    return "territory";
}

// What points at an entry of each list. Records that change get a new
// updated_at/updated_by (a later sync sends them again); link tables have a
// primary key over both columns, so a row that would collide with one already
// linked to the kept entry is dropped (INSERT OR IGNORE, then DELETE).
std::vector<std::string> repointStatements(ReferenceRepository::List list)
{
    const std::string touch = " SET updated_at = :now, updated_by = :actor";
    switch (list) {
    case ReferenceRepository::List::Territory:
        return {
            "UPDATE person" + touch + ", territory_id = :kept WHERE territory_id = :merged",
            "UPDATE intervention" + touch + ", territory_id = :kept WHERE territory_id = :merged",
            "UPDATE group_session" + touch + ", territory_id = :kept WHERE territory_id = :merged",
            "UPDATE partner" + touch + ", territory_id = :kept WHERE territory_id = :merged",
        };
    case ReferenceRepository::List::Problem:
        return {
            "UPDATE person" + touch + " WHERE id IN (SELECT person_id FROM person_problem WHERE problem_id = :merged)",
            "INSERT OR IGNORE INTO person_problem (person_id, problem_id) "
            "SELECT person_id, :kept FROM person_problem WHERE problem_id = :merged",
            "DELETE FROM person_problem WHERE problem_id = :merged",
            "UPDATE intervention" + touch
                + " WHERE id IN (SELECT intervention_id FROM intervention_problem WHERE problem_id = :merged)",
            "INSERT OR IGNORE INTO intervention_problem (intervention_id, problem_id) "
            "SELECT intervention_id, :kept FROM intervention_problem WHERE problem_id = :merged",
            "DELETE FROM intervention_problem WHERE problem_id = :merged",
        };
    case ReferenceRepository::List::InterventionType:
        return {
            "UPDATE intervention" + touch
                + " WHERE id IN (SELECT intervention_id FROM intervention_type_link WHERE type_id = :merged)",
            "INSERT OR IGNORE INTO intervention_type_link (intervention_id, type_id) "
            "SELECT intervention_id, :kept FROM intervention_type_link WHERE type_id = :merged",
            "DELETE FROM intervention_type_link WHERE type_id = :merged",
        };
    case ReferenceRepository::List::Partner:
        // Referrals are records of their own (status, reason), not links: two
        // referrals of one contact to the two duplicates stay two referrals.
        return {
            "UPDATE referral" + touch + ", partner_id = :kept WHERE partner_id = :merged",
        };
    }
    return {};
}

} // namespace

SqliteReferenceRepository::SqliteReferenceRepository(Database& db)
    : m_db(db)
{
}

Result<std::vector<Territory>> SqliteReferenceRepository::territories()
{
    auto stmt = m_db.prepare("SELECT id, uuid, name FROM territory WHERE deleted_at IS NULL ORDER BY name_folded");
    if (!stmt) {
        return stmt.error();
    }
    return collect<Territory>(*stmt, [](const Statement& row) {
        return Territory{row.int64At(0), row.textAt(1), row.textAt(2)};
    });
}

Status SqliteReferenceRepository::insertTerritory(Territory& territory, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("INSERT INTO territory (uuid, name, name_folded, created_at, updated_at, created_by, "
                             "updated_by) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5)");
    if (!stmt) {
        return stmt.error();
    }
    territory.uuid = newUuid();
    stmt->bind(1, territory.uuid)
        .bind(2, territory.name)
        .bind(3, foldForSearch(territory.name))
        .bind(4, isoTime(now))
        .bind(5, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    territory.id = m_db.lastInsertRowId();
    return {};
}

Result<std::vector<Problem>> SqliteReferenceRepository::problems()
{
    auto stmt = m_db.prepare("SELECT id, uuid, label FROM problem WHERE deleted_at IS NULL ORDER BY label_folded");
    if (!stmt) {
        return stmt.error();
    }
    return collect<Problem>(*stmt, [](const Statement& row) {
        return Problem{row.int64At(0), row.textAt(1), row.textAt(2)};
    });
}

Status SqliteReferenceRepository::insertProblem(Problem& problem, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("INSERT INTO problem (uuid, label, label_folded, created_at, updated_at, created_by, "
                             "updated_by) VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?5)");
    if (!stmt) {
        return stmt.error();
    }
    problem.uuid = newUuid();
    stmt->bind(1, problem.uuid)
        .bind(2, problem.label)
        .bind(3, foldForSearch(problem.label))
        .bind(4, isoTime(now))
        .bind(5, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    problem.id = m_db.lastInsertRowId();
    return {};
}

Result<std::vector<InterventionType>> SqliteReferenceRepository::interventionTypes()
{
    auto stmt = m_db.prepare("SELECT id, code, label_fr, label_en, built_in, active FROM intervention_type WHERE "
                             "deleted_at IS NULL ORDER BY built_in DESC, id");
    if (!stmt) {
        return stmt.error();
    }
    return collect<InterventionType>(*stmt, [](const Statement& row) {
        return InterventionType{row.int64At(0), row.textAt(1), row.textAt(2), row.textAt(3), row.intAt(4) != 0,
                                row.intAt(5) != 0};
    });
}

Status SqliteReferenceRepository::insertInterventionType(InterventionType& type, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("INSERT INTO intervention_type (uuid, code, label_fr, label_en, built_in, active, "
                             "created_at, updated_at, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, 0, 1, ?5, ?5, "
                             "?6, ?6)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, newUuid())
        .bind(2, type.code)
        .bind(3, type.labelFr)
        .bind(4, type.labelEn)
        .bind(5, isoTime(now))
        .bind(6, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    type.id = m_db.lastInsertRowId();
    return {};
}

Result<std::vector<PartnerOrganisation>> SqliteReferenceRepository::selectPartners(const char* where, qint64 argument)
{
    auto stmt = m_db.prepare(std::string("SELECT id, uuid, code, name, kind, territory_id, phone, email, contact_name "
                                         "FROM partner WHERE deleted_at IS NULL AND ")
                             + where);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, argument);
    return collect<PartnerOrganisation>(*stmt, [](const Statement& row) {
        PartnerOrganisation partner;
        partner.id = row.int64At(0);
        partner.uuid = row.textAt(1);
        partner.code = row.textAt(2);
        partner.name = row.textAt(3);
        partner.kind = row.textAt(4);
        partner.territoryId = row.optionalInt64At(5);
        partner.phone = row.textAt(6);
        partner.email = row.textAt(7);
        partner.contactName = row.textAt(8);
        return partner;
    });
}

Result<std::vector<PartnerOrganisation>> SqliteReferenceRepository::partners()
{
    return selectPartners("?1 = ?1 ORDER BY name, code", 0);
}

Result<std::optional<PartnerOrganisation>> SqliteReferenceRepository::findPartner(qint64 id)
{
    auto list = selectPartners("id = ?1", id);
    if (!list) {
        return list.error();
    }
    if (list->empty()) {
        return std::optional<PartnerOrganisation>();
    }
    return std::optional<PartnerOrganisation>(list->front());
}

Status SqliteReferenceRepository::insertPartner(PartnerOrganisation& partner, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("INSERT INTO partner (uuid, code, name, kind, territory_id, phone, email, contact_name, "
                             "created_at, updated_at, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                             "?9, ?9, ?10, ?10)");
    if (!stmt) {
        return stmt.error();
    }
    partner.uuid = newUuid();
    stmt->bind(1, partner.uuid)
        .bind(2, partner.code)
        .bind(3, partner.name.trimmed())
        .bind(4, partner.kind.trimmed())
        .bind(5, partner.territoryId)
        .bind(6, partner.phone.trimmed())
        .bind(7, partner.email.trimmed())
        .bind(8, partner.contactName.trimmed())
        .bind(9, isoTime(now))
        .bind(10, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    partner.id = m_db.lastInsertRowId();
    return {};
}

Status SqliteReferenceRepository::updatePartner(const PartnerOrganisation& partner, qint64 actorId,
                                                const QDateTime& now)
{
    auto stmt = m_db.prepare("UPDATE partner SET code = ?2, name = ?3, kind = ?4, territory_id = ?5, phone = ?6, "
                             "email = ?7, contact_name = ?8, updated_at = ?9, updated_by = ?10 WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, partner.id)
        .bind(2, partner.code)
        .bind(3, partner.name.trimmed())
        .bind(4, partner.kind.trimmed())
        .bind(5, partner.territoryId)
        .bind(6, partner.phone.trimmed())
        .bind(7, partner.email.trimmed())
        .bind(8, partner.contactName.trimmed())
        .bind(9, isoTime(now))
        .bind(10, actorId);
    return stmt->run();
}

Result<std::vector<Programme>> SqliteReferenceRepository::selectProgrammes(const char* where, qint64 argument)
{
    auto stmt = m_db.prepare(std::string("SELECT id, uuid, name, caseload_cap, max_months_homeless, "
                                         "requires_residence_permit, is_default FROM programme WHERE deleted_at IS "
                                         "NULL AND ")
                             + where);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, argument);
    return collect<Programme>(*stmt, [](const Statement& row) {
        Programme programme;
        programme.id = row.int64At(0);
        programme.uuid = row.textAt(1);
        programme.name = row.textAt(2);
        programme.caseloadCap = row.intAt(3);
        programme.eligibility.maxMonthsHomeless = row.intAt(4);
        programme.eligibility.requiresResidencePermit = row.intAt(5) != 0;
        programme.isDefault = row.intAt(6) != 0;
        return programme;
    });
}

Result<std::vector<Programme>> SqliteReferenceRepository::programmes()
{
    return selectProgrammes("?1 = ?1 ORDER BY is_default DESC, name", 0);
}

Result<std::optional<Programme>> SqliteReferenceRepository::findProgramme(qint64 id)
{
    auto list = selectProgrammes("id = ?1", id);
    if (!list) {
        return list.error();
    }
    if (list->empty()) {
        return std::optional<Programme>();
    }
    return std::optional<Programme>(list->front());
}

Status SqliteReferenceRepository::insertProgramme(Programme& programme, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("INSERT INTO programme (uuid, name, caseload_cap, max_months_homeless, "
                             "requires_residence_permit, is_default, created_at, updated_at, created_by, updated_by) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6, ?7, ?7)");
    if (!stmt) {
        return stmt.error();
    }
    programme.uuid = newUuid();
    stmt->bind(1, programme.uuid)
        .bind(2, programme.name.trimmed())
        .bind(3, programme.caseloadCap)
        .bind(4, programme.eligibility.maxMonthsHomeless)
        .bind(5, programme.eligibility.requiresResidencePermit)
        .bind(6, isoTime(now))
        .bind(7, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    programme.id = m_db.lastInsertRowId();
    programme.isDefault = false;
    return {};
}

Status SqliteReferenceRepository::updateProgramme(const Programme& programme, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("UPDATE programme SET name = ?2, caseload_cap = ?3, max_months_homeless = ?4, "
                             "requires_residence_permit = ?5, updated_at = ?6, updated_by = ?7 WHERE id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, programme.id)
        .bind(2, programme.name.trimmed())
        .bind(3, programme.caseloadCap)
        .bind(4, programme.eligibility.maxMonthsHomeless)
        .bind(5, programme.eligibility.requiresResidencePermit)
        .bind(6, isoTime(now))
        .bind(7, actorId);
    return stmt->run();
}

Result<std::vector<UserAccount>> SqliteReferenceRepository::users()
{
    auto stmt = m_db.prepare("SELECT id, uuid, user_name, display_name, role FROM app_user WHERE deleted_at IS NULL "
                             "ORDER BY user_name");
    if (!stmt) {
        return stmt.error();
    }
    return collect<UserAccount>(*stmt, [](const Statement& row) {
        UserAccount user;
        user.id = row.int64At(0);
        user.uuid = row.textAt(1);
        user.userName = row.textAt(2);
        user.displayName = row.textAt(3);
        user.role = roleFromCode(row.textAt(4)).value_or(Role::CaseManager);
        return user;
    });
}

Result<std::optional<UserAccount>> SqliteReferenceRepository::findUser(qint64 id)
{
    auto stmt = m_db.prepare("SELECT id, uuid, user_name, display_name, role FROM app_user WHERE id = ?1 AND "
                             "deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<UserAccount>();
    }
    UserAccount user;
    user.id = stmt->int64At(0);
    user.uuid = stmt->textAt(1);
    user.userName = stmt->textAt(2);
    user.displayName = stmt->textAt(3);
    user.role = roleFromCode(stmt->textAt(4)).value_or(Role::CaseManager);
    return std::optional<UserAccount>(user);
}

Result<std::optional<QString>> SqliteReferenceRepository::liveEntryUuid(List list, qint64 id)
{
    auto stmt = m_db.prepare(std::string("SELECT uuid FROM ") + tableOf(list) + " WHERE id = ?1 AND deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<QString>();
    }
    return std::optional<QString>(stmt->textAt(0));
}

Status SqliteReferenceRepository::renameTerritory(qint64 id, const QString& name, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("UPDATE territory SET name = ?2, name_folded = ?3, updated_at = ?4, updated_by = ?5 "
                             "WHERE id = ?1 AND deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id).bind(2, name).bind(3, foldForSearch(name)).bind(4, isoTime(now)).bind(5, actorId);
    return stmt->run();
}

Status SqliteReferenceRepository::renameProblem(qint64 id, const QString& label, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("UPDATE problem SET label = ?2, label_folded = ?3, updated_at = ?4, updated_by = ?5 "
                             "WHERE id = ?1 AND deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id).bind(2, label).bind(3, foldForSearch(label)).bind(4, isoTime(now)).bind(5, actorId);
    return stmt->run();
}

Status SqliteReferenceRepository::relabelInterventionType(qint64 id, const QString& labelFr, const QString& labelEn,
                                                          qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("UPDATE intervention_type SET label_fr = ?2, label_en = ?3, updated_at = ?4, "
                             "updated_by = ?5 WHERE id = ?1 AND deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id).bind(2, labelFr).bind(3, labelEn).bind(4, isoTime(now)).bind(5, actorId);
    return stmt->run();
}

Status SqliteReferenceRepository::mergeEntries(List list, qint64 keptId, const std::vector<qint64>& mergedIds,
                                               qint64 actorId, const QDateTime& now)
{
    const std::string table = tableOf(list);
    std::vector<std::string> statements = repointStatements(list);
    // A preference holding a merged entry's UUID (the contact dialog's "my
    // territory") follows it to the kept entry: UUIDs are unique across tables.
    statements.push_back("UPDATE user_preference SET value = (SELECT uuid FROM " + table
                         + " WHERE id = :kept), updated_at = :now WHERE value = (SELECT uuid FROM " + table
                         + " WHERE id = :merged)");
    statements.push_back("UPDATE " + table + " SET deleted_at = :now, updated_at = :now, updated_by = :actor"
                         + (list == List::InterventionType ? std::string(", active = 0") : std::string())
                         + " WHERE id = :merged AND deleted_at IS NULL");
    const QString nowText = isoTime(now);
    for (qint64 mergedId : mergedIds) {
        for (const std::string& sql : statements) {
            auto stmt = m_db.prepare(sql);
            if (!stmt) {
                return stmt.error();
            }
            auto uses = [&sql](const char* name) { return sql.find(name) != std::string::npos; };
            stmt->bind(":merged", mergedId);
            if (uses(":kept")) {
                stmt->bind(":kept", keptId);
            }
            if (uses(":now")) {
                stmt->bind(":now", nowText);
            }
            if (uses(":actor")) {
                stmt->bind(":actor", actorId);
            }
            if (auto status = stmt->run(); !status) {
                return status;
            }
        }
    }
    return {};
}

} // namespace relais::storage
