#include "SqliteRetentionRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "SqliteError.h"
#include "core/Log.h"
#include "core/domain/Entities.h"

#include <string>

namespace relais::storage {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr char kRetentionKey[] = "retention_years";

// A person's last activity, as 'YYYY-MM-DD': the latest of the file's own update,
// an intervention, a group session attended, a referral, a case change or closing,
// a note. Timestamps are UTC: their date part is close enough for a rule counted in years.
constexpr char kCandidateSelect[] =
    "SELECT p.id, p.uuid, p.first_name, p.last_name, p.alias, p.description, p.anonymised_at IS NOT NULL, "
    "  EXISTS (SELECT 1 FROM case_file c WHERE c.person_id = p.id AND c.deleted_at IS NULL "
    "          AND c.status IN ('intake', 'waiting_list', 'active')), "
    "  max(substr(p.updated_at, 1, 10), "
    "      coalesce((SELECT max(i.occurred_on) FROM intervention i WHERE i.person_id = p.id), ''), "
    "      coalesce((SELECT max(g.occurred_on) FROM group_attendance a JOIN group_session g ON g.id = a.session_id "
    "                WHERE a.person_id = p.id), ''), "
    "      coalesce((SELECT max(r.referred_on) FROM referral r WHERE r.person_id = p.id), ''), "
    "      coalesce((SELECT max(max(coalesce(c.closed_on, ''), substr(c.updated_at, 1, 10))) FROM case_file c "
    "                WHERE c.person_id = p.id), ''), "
    "      coalesce((SELECT max(substr(n.created_at, 1, 10)) FROM person_note n WHERE n.person_id = p.id), '')) "
    "    AS last_activity "
    "FROM person p ";

core::RetentionCandidate candidateAt(const Statement& row)
{
    core::Person names;
    names.firstName = row.textAt(2);
    names.lastName = row.textAt(3);
    names.alias = row.textAt(4);
    names.description = row.textAt(5);
    core::RetentionCandidate candidate;
    candidate.personId = row.int64At(0);
    candidate.uuid = row.textAt(1);
    candidate.displayName = names.displayName();
    candidate.anonymised = row.intAt(6) != 0;
    candidate.hasOpenCase = row.intAt(7) != 0;
    candidate.lastActivity = QDate::fromString(row.textAt(8), Qt::ISODate);
    return candidate;
}

} // namespace

SqliteRetentionRepository::SqliteRetentionRepository(Database& db)
    : m_db(db)
{
}

core::Result<std::optional<int>> SqliteRetentionRepository::retentionYears()
{
    auto stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, QString::fromLatin1(kRetentionKey));
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<int>();
    }
    bool ok = false;
    const int years = stmt->textAt(0).toInt(&ok);
    if (!ok || years <= 0) {
        return makeError(ErrorCode::Damaged, StorageText::damaged(), "meta retention_years is not a positive number");
    }
    return std::optional<int>(years);
}

core::Status SqliteRetentionRepository::setRetentionYears(int years)
{
    // INSERT OR REPLACE: SQLite 3.15 has no UPSERT.
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, QString::fromLatin1(kRetentionKey)).bind(2, QString::number(years));
    return stmt->run();
}

core::Result<std::vector<core::RetentionCandidate>> SqliteRetentionRepository::candidates(const char* condition,
                                                                                         const QString& parameter)
{
    auto stmt = m_db.prepare(std::string(kCandidateSelect) + condition);
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, parameter);
    std::vector<core::RetentionCandidate> list;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        list.push_back(candidateAt(*stmt));
    }
    return list;
}

core::Result<std::vector<core::RetentionCandidate>> SqliteRetentionRepository::peopleInactiveBefore(
    const QDate& cutoff)
{
    // Soft-deleted rows too (a duplicate merged away still holds its names): the
    // rule is about bytes on disk, not about what the lists show.
    auto list = candidates("WHERE p.anonymised_at IS NULL AND last_activity < ?1 "
                           "AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.person_id = p.id "
                           "  AND c.deleted_at IS NULL AND c.status IN ('intake', 'waiting_list', 'active')) "
                           "ORDER BY last_activity, p.id",
                           cutoff.toString(Qt::ISODate));
    return list;
}

core::Result<std::optional<core::RetentionCandidate>> SqliteRetentionRepository::findByUuid(const QString& uuid)
{
    auto list = candidates("WHERE p.uuid = ?1", uuid);
    if (!list) {
        return list.error();
    }
    if (list->empty()) {
        return std::optional<core::RetentionCandidate>();
    }
    return std::optional<core::RetentionCandidate>(list->front());
}

core::Result<core::ErasureCounts> SqliteRetentionRepository::anonymise(qint64 personId, qint64 actorId,
                                                                       const QDateTime& now)
{
    // The person and every duplicate once merged into them (merged_into chains):
    // the same human, whose old rows still hold names.
    std::vector<qint64> ids;
    {
        auto chain = m_db.prepare("WITH RECURSIVE chain(id) AS (SELECT ?1 UNION "
                                  "SELECT p.id FROM person p JOIN chain ON p.merged_into = chain.id) "
                                  "SELECT id FROM chain");
        if (!chain) {
            return chain.error();
        }
        chain->bind(1, personId);
        while (true) {
            auto row = chain->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            ids.push_back(chain->int64At(0));
        }
    }

    // Each statement takes the person's id as ?1; what it changed is counted.
    struct Step
    {
        const char* sql;
        int core::ErasureCounts::*count;
    };
    static const Step kSteps[] = {
        // Only the birth year stays (the report's age figures); every identifying text is emptied.
        {"UPDATE person SET first_name = '', last_name = '', alias = '', description = '', search_text = '', "
         "birth_year = coalesce(CAST(substr(birth_date, 1, 4) AS INTEGER), birth_year), birth_date = NULL, "
         "phone = '', consent_given_on = NULL, consent_scope = '', consent_expires_on = NULL, safety_alert = '', "
         "housing_since = NULL, external_ref = NULL, anonymised_at = ?2, updated_at = ?2, updated_by = ?3 "
         "WHERE id = ?1",
         &core::ErasureCounts::people},
        {"DELETE FROM person_note WHERE person_id = ?1", &core::ErasureCounts::personNotes},
        {"UPDATE intervention SET note = '', place_name = '', updated_at = ?2, updated_by = ?3 "
         "WHERE person_id = ?1 AND (note <> '' OR place_name <> '')",
         &core::ErasureCounts::interventionNotes},
        {"UPDATE case_file SET eligibility_override_reason = '', decline_reason = '', assessment_summary = '', "
         "strengths = '', resources = '', exit_note = '', updated_at = ?2, updated_by = ?3 "
         "WHERE person_id = ?1 AND (eligibility_override_reason <> '' OR decline_reason <> '' "
         "OR assessment_summary <> '' OR strengths <> '' OR resources <> '' OR exit_note <> '')",
         &core::ErasureCounts::caseTexts},
        {"UPDATE goal SET description = '', means = '', updated_at = ?2, updated_by = ?3 "
         "WHERE case_id IN (SELECT id FROM case_file WHERE person_id = ?1) AND (description <> '' OR means <> '')",
         &core::ErasureCounts::goals},
        {"UPDATE referral SET reason = '', updated_at = ?2, updated_by = ?3 WHERE person_id = ?1 AND reason <> ''",
         &core::ErasureCounts::referralReasons},
        // The stage history is otherwise never changed; its free-text reasons are
        // client content and go like the rest.
        {"UPDATE stage_transition SET reason = '' "
         "WHERE case_id IN (SELECT id FROM case_file WHERE person_id = ?1) AND reason <> ''",
         &core::ErasureCounts::stageReasons},
        // The auto-lock drafts of a client file name the person by id (MainWindow).
        {"DELETE FROM user_preference WHERE key LIKE 'draft.%' "
         "AND value LIKE '%\"personId\":\"' || ?1 || '\"%'",
         &core::ErasureCounts::drafts},
    };

    core::ErasureCounts counts;
    for (qint64 id : ids) {
        for (const Step& step : kSteps) {
            auto stmt = m_db.prepare(step.sql);
            if (!stmt) {
                return stmt.error();
            }
            stmt->bind(1, id);
            if (std::string_view(step.sql).find("?2") != std::string_view::npos) {
                stmt->bind(2, isoTime(now)).bind(3, actorId);
            }
            if (auto status = stmt->run(); !status) {
                return status.error();
            }
            counts.*step.count += m_db.changes();
        }
    }
    return counts;
}

core::Status SqliteRetentionRepository::reclaimFreedSpace()
{
    // FTS4 keeps deleted terms in its segments until 'optimize' merges them. Today
    // search uses person.search_text (emptied above); this covers any FTS table a
    // later migration adds.
    std::vector<QString> ftsTables;
    {
        auto stmt = m_db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND lower(sql) LIKE '%using fts%'");
        if (!stmt) {
            return stmt.error();
        }
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            ftsTables.push_back(stmt->textAt(0));
        }
    }
    for (const QString& table : ftsTables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QString sql = QStringLiteral("INSERT INTO \"%1\"(\"%1\") VALUES ('optimize')").arg(quoted);
        if (auto status = m_db.exec(sql.toStdString()); !status) {
            return status;
        }
    }
    // Old page images sit in the WAL and freed pages in the file: checkpoint, rebuild
    // the file without them (VACUUM writes every live page anew), checkpoint again
    // so the WAL is emptied (TRUNCATE leaves it at zero bytes).
    if (auto status = m_db.checkpoint(); !status) {
        return status;
    }
    if (auto status = m_db.exec("VACUUM"); !status) {
        return status;
    }
    if (auto status = m_db.checkpoint(); !status) {
        return status;
    }
    core::logger(core::kLogStorage)->info("freed space overwritten ({} FTS tables optimised)", ftsTables.size());
    return {};
}

} // namespace relais::storage
