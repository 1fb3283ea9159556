#include "SqliteAuditRepository.h"

#include "AuditAnchor.h"
#include "Database.h"
#include "SqlValues.h"
#include "core/Log.h"
#include "core/domain/AuditService.h"

#include <QCoreApplication>

namespace relais::storage {

using namespace relais::core;

namespace {

constexpr int kHashSize = 32;

AuditEntry entryAt(const Statement& row)
{
    AuditEntry entry;
    entry.sequence = row.int64At(0);
    entry.at = timeAt(row, 1);
    entry.userId = row.int64At(2);
    entry.action = row.textAt(3);
    entry.entityType = row.textAt(4);
    entry.entityUuid = row.textAt(5);
    const QString fields = row.textAt(6);
    entry.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
    entry.previousHash = row.blobAt(7);
    entry.hash = row.blobAt(8);
    return entry;
}

QString text(const char* source)
{
    return QCoreApplication::translate("relais::storage::SqliteAuditRepository", source);
}

} // namespace

SqliteAuditRepository::SqliteAuditRepository(Database& db, QString databasePath)
    : m_db(db)
    , m_path(std::move(databasePath))
{
}

Result<AuditEntry> SqliteAuditRepository::append(AuditEntry entry)
{
    auto last = m_db.prepare("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1");
    if (!last) {
        return last.error();
    }
    auto row = last->step();
    if (!row) {
        return row.error();
    }
    entry.sequence = *row ? last->int64At(0) + 1 : 1;
    entry.previousHash = *row ? last->blobAt(1) : QByteArray(kHashSize, '\0');
    entry.fields.replaceInStrings(QStringLiteral(","), QStringLiteral(";"));
    entry.hash = AuditService::entryHash(entry.previousHash, entry);
    auto insert = m_db.prepare("INSERT INTO audit_log (sequence, at, user_id, action, entity_type, entity_uuid, "
                               "fields, previous_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, entry.sequence)
        .bind(2, isoTime(entry.at))
        .bind(3, entry.userId)
        .bind(4, entry.action)
        .bind(5, entry.entityType)
        .bind(6, entry.entityUuid)
        .bind(7, entry.fields.join(QLatin1Char(',')))
        .bind(8, entry.previousHash)
        .bind(9, entry.hash);
    if (auto status = insert->run(); !status) {
        return status.error();
    }
    m_dirty = true;
    return entry;
}

void SqliteAuditRepository::refreshAnchor()
{
    if (!m_dirty) {
        return;
    }
    m_dirty = false;
    auto last = m_db.prepare("SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1");
    if (!last) {
        return;
    }
    auto row = last->step();
    if (!row || !*row) {
        return;
    }
    const AuditAnchor::Head head{last->int64At(0), last->blobAt(1)};
    // Move the anchor forward only from a point the trail still agrees with: after a
    // cut or an edit, overwriting it would erase the evidence `relais check` reports.
    auto key = AuditAnchor::macKey(m_db);
    if (!key) {
        return;
    }
    auto anchor = AuditAnchor::read(m_path, *key);
    if (!anchor || !*anchor || (*anchor)->count > head.count) {
        core::logger(core::kLogStorage)->error("audit anchor missing, damaged or ahead of the trail: left as it is");
        return;
    }
    if ((*anchor)->count > 0) {
        auto named = m_db.prepare("SELECT hash FROM audit_log WHERE sequence = ?1");
        if (!named) {
            return;
        }
        named->bind(1, (*anchor)->count);
        auto found = named->step();
        if (!found || !*found || named->blobAt(0) != (*anchor)->hash) {
            core::logger(core::kLogStorage)->error("audit trail no longer matches its anchor: anchor left as it is");
            return;
        }
    }
    if (auto status = AuditAnchor::write(m_path, head, *key); !status) {
        core::logger(core::kLogStorage)->error("audit anchor not written: {}", status.error().detail);
    }
}

Result<std::vector<AuditEntry>> SqliteAuditRepository::entriesFor(const QString& entityUuid)
{
    auto stmt = m_db.prepare("SELECT sequence, at, user_id, action, entity_type, entity_uuid, fields, previous_hash, "
                             "hash FROM audit_log WHERE entity_uuid = ?1 AND entity_uuid <> '' ORDER BY sequence");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, entityUuid);
    return collect<AuditEntry>(*stmt, entryAt);
}

Result<AuditCheck> SqliteAuditRepository::verify()
{
    auto stmt = m_db.prepare("SELECT sequence, at, user_id, action, entity_type, entity_uuid, fields, previous_hash, "
                             "hash FROM audit_log ORDER BY sequence");
    if (!stmt) {
        return stmt.error();
    }
    AuditCheck check;
    QByteArray previousHash(kHashSize, '\0');
    QByteArray lastHash;
    qint64 expectedSequence = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const AuditEntry entry = entryAt(*stmt);
        ++check.entries;
        auto fail = [&](qint64 sequence, const char* problem) {
            check.ok = false;
            check.firstBadSequence = sequence;
            check.problem = text(problem);
        };
        if (entry.sequence != expectedSequence) {
            fail(expectedSequence, "An entry of the audit trail is missing or out of order.");
            return check;
        }
        if (entry.previousHash != previousHash) {
            fail(entry.sequence, "An entry of the audit trail does not follow the one before it.");
            return check;
        }
        if (AuditService::entryHash(previousHash, entry) != entry.hash) {
            fail(entry.sequence, "An entry of the audit trail was altered.");
            return check;
        }
        previousHash = entry.hash;
        lastHash = entry.hash;
        ++expectedSequence;
    }
    auto key = AuditAnchor::macKey(m_db);
    if (!key) {
        return key.error();
    }
    auto anchor = AuditAnchor::read(m_path, *key);
    if (!anchor) {
        check.ok = false;
        check.firstBadSequence = check.entries;
        check.problem = anchor.error().userMessage;
        return check;
    }
    if (!*anchor) {
        if (check.entries > 0) {
            check.ok = false;
            check.firstBadSequence = 1;
            check.problem = text("The audit trail's anchor file is missing.");
        }
        return check;
    }
    const AuditAnchor::Head& head = **anchor;
    if (head.count > check.entries) {
        check.ok = false;
        check.firstBadSequence = check.entries + 1;
        check.problem = text("The audit trail is shorter than its anchor: its last entries were removed.");
        return check;
    }
    if (head.count > 0) {
        // The anchor may lag by the entries of a transaction a crash interrupted
        // before it was written, never lead: the entry it names must match.
        auto named = m_db.prepare("SELECT hash FROM audit_log WHERE sequence = ?1");
        if (!named) {
            return named.error();
        }
        named->bind(1, head.count);
        auto row = named->step();
        if (!row) {
            return row.error();
        }
        if (!*row || named->blobAt(0) != head.hash) {
            check.ok = false;
            check.firstBadSequence = head.count;
            check.problem = text("The audit trail does not match its anchor.");
        }
    }
    return check;
}

} // namespace relais::storage
