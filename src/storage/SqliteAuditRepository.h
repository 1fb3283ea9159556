#pragma once

#include "core/domain/Repositories.h"

#include <QString>

namespace relais::storage {

class Database;

// The audit_log table, hash-chained, and its anchor outside the database
// (AuditAnchor), refreshed after each committed transaction that appended.
class SqliteAuditRepository final : public core::AuditRepository
{
public:
    SqliteAuditRepository(Database& db, QString databasePath);

    core::Result<core::AuditEntry> append(core::AuditEntry entry) override;
    core::Result<std::vector<core::AuditEntry>> entriesFor(const QString& entityUuid) override;
    core::Result<core::AuditCheck> verify() override;

    // After the outermost commit: writes the anchor if entries were appended.
    void refreshAnchor();
    // After a rollback: forgets the appended entries.
    void discardPending() { m_dirty = false; }

private:
    Database& m_db;
    QString m_path;
    bool m_dirty = false;
};

} // namespace relais::storage
