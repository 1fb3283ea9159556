#include "SqliteOutreachRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <string>

namespace relais::storage {

using namespace relais::core;

SqliteOutreachRepository::SqliteOutreachRepository(Database& db)
    : m_db(db)
{
}

Status SqliteOutreachRepository::insertLinks(const char* sql, qint64 ownerId, const std::vector<qint64>& ids)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    for (qint64 id : ids) {
        stmt->reset();
        stmt->bind(1, ownerId).bind(2, id);
        if (auto status = stmt->run(); !status) {
            return status;
        }
    }
    return {};
}

Result<std::vector<qint64>> SqliteOutreachRepository::linkedIds(const char* sql, qint64 ownerId)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, ownerId);
    return collect<qint64>(*stmt, [](const Statement& row) { return row.int64At(0); });
}

Status SqliteOutreachRepository::insertIntervention(Intervention& intervention, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare(
        "INSERT INTO intervention (uuid, occurred_at, occurred_on, worker_id, person_id, territory_id, place_kind, "
        "place_name, duration_minutes, note, created_at, updated_at, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, "
        "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?12)");
    if (!stmt) {
        return stmt.error();
    }
    intervention.uuid = newUuid();
    stmt->bind(1, intervention.uuid)
        .bind(2, isoTime(intervention.occurredAt))
        .bind(3, isoDate(intervention.occurredOn))
        .bind(4, intervention.workerId)
        .bind(5, intervention.personId)
        .bind(6, intervention.territoryId)
        .bind(7, codeOf(intervention.placeKind))
        .bind(8, intervention.placeName.trimmed())
        .bind(9, intervention.durationMinutes)
        .bind(10, intervention.note)
        .bind(11, isoTime(now))
        .bind(12, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    intervention.id = m_db.lastInsertRowId();
    if (auto status = insertLinks("INSERT OR IGNORE INTO intervention_type_link (intervention_id, type_id) "
                                  "VALUES (?1, ?2)",
                                  intervention.id, intervention.typeIds);
        !status) {
        return status;
    }
    if (auto status = insertLinks("INSERT OR IGNORE INTO intervention_problem (intervention_id, problem_id) "
                                  "VALUES (?1, ?2)",
                                  intervention.id, intervention.problemIds);
        !status) {
        return status;
    }
    for (qint64 partnerId : intervention.referredPartnerIds) {
        Referral referral;
        referral.direction = ReferralDirection::Outgoing;
        referral.personId = intervention.personId;
        referral.partnerId = partnerId;
        referral.interventionId = intervention.id;
        referral.referredOn = intervention.occurredOn;
        referral.createdBy = actorId;
        if (auto status = insertReferral(referral, actorId, now); !status) {
            return status;
        }
    }
    return {};
}

Result<std::vector<Intervention>> SqliteOutreachRepository::selectInterventions(
    const std::string& whereAndOrder, const std::function<void(Statement&)>& bind)
{
    auto snapshot = ReadTransaction::begin(m_db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto stmt = m_db.prepare("SELECT id, uuid, occurred_at, occurred_on, worker_id, person_id, territory_id, "
                             "place_kind, place_name, duration_minutes, note FROM intervention WHERE deleted_at IS NULL "
                             "AND "
                             + whereAndOrder);
    if (!stmt) {
        return stmt.error();
    }
    bind(*stmt);
    auto list = collect<Intervention>(*stmt, [](const Statement& row) {
        Intervention intervention;
        intervention.id = row.int64At(0);
        intervention.uuid = row.textAt(1);
        intervention.occurredAt = timeAt(row, 2);
        intervention.occurredOn = dateAt(row, 3).value_or(QDate());
        intervention.workerId = row.int64At(4);
        intervention.personId = row.int64At(5);
        intervention.territoryId = row.optionalInt64At(6);
        intervention.placeKind = fromCode<PlaceKind>(row.textAt(7)).value_or(PlaceKind::Other);
        intervention.placeName = row.textAt(8);
        intervention.durationMinutes = intOrNull(row, 9);
        intervention.note = row.textAt(10);
        return intervention;
    });
    if (!list) {
        return list;
    }
    // Three statements for the whole list, not three per intervention: a client
    // file lists hundreds, and preparing costs more than the lookup itself.
    auto types = m_db.prepare("SELECT type_id FROM intervention_type_link WHERE intervention_id = ?1 ORDER BY type_id");
    auto problems =
        m_db.prepare("SELECT problem_id FROM intervention_problem WHERE intervention_id = ?1 ORDER BY problem_id");
    auto partners = m_db.prepare("SELECT partner_id FROM referral WHERE intervention_id = ?1 AND deleted_at IS NULL "
                                 "ORDER BY id");
    if (!types || !problems || !partners) {
        return !types ? types.error() : (!problems ? problems.error() : partners.error());
    }
    auto idsOf = [](Statement& linkQuery, qint64 ownerId) {
        linkQuery.reset();
        linkQuery.bind(1, ownerId);
        return collect<qint64>(linkQuery, [](const Statement& row) { return row.int64At(0); });
    };
    for (Intervention& intervention : *list) {
        auto typeIds = idsOf(*types, intervention.id);
        auto problemIds = idsOf(*problems, intervention.id);
        auto partnerIds = idsOf(*partners, intervention.id);
        if (!typeIds || !problemIds || !partnerIds) {
            return !typeIds ? typeIds.error() : (!problemIds ? problemIds.error() : partnerIds.error());
        }
        intervention.typeIds = std::move(*typeIds);
        intervention.problemIds = std::move(*problemIds);
        intervention.referredPartnerIds = std::move(*partnerIds);
    }
    return list;
}

Result<std::vector<Intervention>> SqliteOutreachRepository::interventionsOf(qint64 personId)
{
    return selectInterventions("person_id = ?1 ORDER BY occurred_at DESC, id DESC",
                               [&](Statement& stmt) { stmt.bind(1, personId); });
}

Result<std::vector<Intervention>> SqliteOutreachRepository::recentInterventions(std::optional<qint64> workerId,
                                                                                int limit)
{
    if (workerId) {
        return selectInterventions("worker_id = ?1 ORDER BY occurred_at DESC, id DESC LIMIT ?2",
                                   [&](Statement& stmt) { stmt.bind(1, *workerId).bind(2, limit); });
    }
    return selectInterventions("1 ORDER BY occurred_at DESC, id DESC LIMIT ?1",
                               [&](Statement& stmt) { stmt.bind(1, limit); });
}

Result<std::vector<Intervention>> SqliteOutreachRepository::encounters(const EncounterSelection& selection, int limit)
{
    std::string where = "occurred_on BETWEEN ?1 AND ?2";
    if (selection.withoutTerritory) {
        where += " AND territory_id IS NULL";
    } else if (selection.territoryId) {
        where += " AND territory_id = ?3";
    }
    if (selection.typeId) {
        where += " AND EXISTS (SELECT 1 FROM intervention_type_link l WHERE l.intervention_id = intervention.id AND "
                 "l.type_id = ?4)";
    }
    where += " ORDER BY occurred_at DESC, id DESC LIMIT ?5";
    return selectInterventions(where, [&](Statement& stmt) {
        stmt.bind(1, selection.from.toString(Qt::ISODate)).bind(2, selection.to.toString(Qt::ISODate)).bind(5, limit);
        if (selection.territoryId && !selection.withoutTerritory) {
            stmt.bind(3, *selection.territoryId);
        }
        if (selection.typeId) {
            stmt.bind(4, *selection.typeId);
        }
    });
}

Result<std::vector<GroupSession>> SqliteOutreachRepository::recentGroupSessions(int limit)
{
    auto stmt = m_db.prepare("SELECT id FROM group_session WHERE deleted_at IS NULL ORDER BY occurred_at DESC, id DESC "
                             "LIMIT ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, limit);
    auto ids = collect<qint64>(*stmt, [](const Statement& row) { return row.int64At(0); });
    if (!ids) {
        return ids.error();
    }
    std::vector<GroupSession> sessions;
    for (qint64 id : *ids) {
        auto session = findGroupSession(id);
        if (!session) {
            return session.error();
        }
        if (*session) {
            sessions.push_back(std::move(**session));
        }
    }
    return sessions;
}

Result<int> SqliteOutreachRepository::interventionCountSince(qint64 personId, const QDate& since)
{
    auto stmt = m_db.prepare("SELECT count(*) FROM intervention WHERE person_id = ?1 AND occurred_on >= ?2 AND "
                             "deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, personId).bind(2, isoDate(since));
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return stmt->intAt(0);
}

Status SqliteOutreachRepository::insertGroupSession(GroupSession& session, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("INSERT INTO group_session (uuid, occurred_at, occurred_on, worker_id, group_name, "
                             "open_group, territory_id, anonymous_head_count, note, created_at, updated_at, "
                             "created_by, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?11)");
    if (!stmt) {
        return stmt.error();
    }
    session.uuid = newUuid();
    stmt->bind(1, session.uuid)
        .bind(2, isoTime(session.occurredAt))
        .bind(3, isoDate(session.occurredOn))
        .bind(4, session.workerId)
        .bind(5, session.groupName.trimmed())
        .bind(6, session.openGroup)
        .bind(7, session.territoryId)
        .bind(8, session.anonymousHeadCount)
        .bind(9, session.note)
        .bind(10, isoTime(now))
        .bind(11, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    session.id = m_db.lastInsertRowId();
    return insertLinks("INSERT OR IGNORE INTO group_attendance (session_id, person_id) VALUES (?1, ?2)", session.id,
                       session.attendeeIds);
}

Result<std::optional<GroupSession>> SqliteOutreachRepository::findGroupSession(qint64 id)
{
    auto stmt = m_db.prepare("SELECT id, uuid, occurred_at, occurred_on, worker_id, group_name, open_group, "
                             "territory_id, anonymous_head_count, note FROM group_session WHERE id = ?1 AND "
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
        return std::optional<GroupSession>();
    }
    GroupSession session;
    session.id = stmt->int64At(0);
    session.uuid = stmt->textAt(1);
    session.occurredAt = timeAt(*stmt, 2);
    session.occurredOn = dateAt(*stmt, 3).value_or(QDate());
    session.workerId = stmt->int64At(4);
    session.groupName = stmt->textAt(5);
    session.openGroup = stmt->intAt(6) != 0;
    session.territoryId = stmt->optionalInt64At(7);
    session.anonymousHeadCount = stmt->intAt(8);
    session.note = stmt->textAt(9);
    auto attendees = linkedIds("SELECT person_id FROM group_attendance WHERE session_id = ?1 ORDER BY person_id", id);
    if (!attendees) {
        return attendees.error();
    }
    session.attendeeIds = std::move(*attendees);
    return std::optional<GroupSession>(std::move(session));
}

Status SqliteOutreachRepository::insertReferral(Referral& referral, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("INSERT INTO referral (uuid, direction, person_id, partner_id, intervention_id, "
                             "programme_id, reason, status, referred_on, created_at, updated_at, created_by, "
                             "updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?11)");
    if (!stmt) {
        return stmt.error();
    }
    referral.uuid = newUuid();
    stmt->bind(1, referral.uuid)
        .bind(2, codeOf(referral.direction))
        .bind(3, referral.personId)
        .bind(4, referral.partnerId)
        .bind(5, referral.interventionId)
        .bind(6, referral.programmeId)
        .bind(7, referral.reason)
        .bind(8, codeOf(referral.status))
        .bind(9, isoDate(referral.referredOn))
        .bind(10, isoTime(now))
        .bind(11, actorId);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    referral.id = m_db.lastInsertRowId();
    return {};
}

Status SqliteOutreachRepository::updateReferral(const Referral& referral, qint64 actorId, const QDateTime& now)
{
    auto stmt = m_db.prepare("UPDATE referral SET reason = ?2, status = ?3, updated_at = ?4, updated_by = ?5 WHERE "
                             "id = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, referral.id)
        .bind(2, referral.reason)
        .bind(3, codeOf(referral.status))
        .bind(4, isoTime(now))
        .bind(5, actorId);
    return stmt->run();
}

Result<std::vector<Referral>> SqliteOutreachRepository::selectReferrals(const char* where, qint64 argument)
{
    auto stmt = m_db.prepare(std::string("SELECT id, uuid, direction, person_id, partner_id, intervention_id, "
                                         "programme_id, reason, status, referred_on, created_by FROM referral WHERE "
                                         "deleted_at IS NULL AND ")
                             + where);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, argument);
    return collect<Referral>(*stmt, [](const Statement& row) {
        Referral referral;
        referral.id = row.int64At(0);
        referral.uuid = row.textAt(1);
        referral.direction = fromCode<ReferralDirection>(row.textAt(2)).value_or(ReferralDirection::Outgoing);
        referral.personId = row.int64At(3);
        referral.partnerId = row.int64At(4);
        referral.interventionId = row.optionalInt64At(5);
        referral.programmeId = row.optionalInt64At(6);
        referral.reason = row.textAt(7);
        referral.status = fromCode<ReferralStatus>(row.textAt(8)).value_or(ReferralStatus::Proposed);
        referral.referredOn = dateAt(row, 9).value_or(QDate());
        referral.createdBy = row.int64At(10);
        return referral;
    });
}

Result<std::optional<Referral>> SqliteOutreachRepository::findReferral(qint64 id)
{
    auto list = selectReferrals("id = ?1", id);
    if (!list) {
        return list.error();
    }
    if (list->empty()) {
        return std::optional<Referral>();
    }
    return std::optional<Referral>(list->front());
}

Result<std::vector<Referral>> SqliteOutreachRepository::referralsOf(qint64 personId)
{
    return selectReferrals("person_id = ?1 ORDER BY referred_on, id", personId);
}

} // namespace relais::storage
