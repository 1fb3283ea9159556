#pragma once

#include "Database.h"
#include "DatabaseLock.h"
#include "SecureBytes.h"
#include "SignInAttempts.h"
#include "core/UserAccount.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace relais::storage {

// An unlocked database and the user signed in to it. Holds the data key in
// guarded memory until lock(); everything a signed-in user does goes through it.
class Session
{
public:
    Session(QString path, DatabaseLock lock, Database db, SecureBytes dataKey, quint64 generation,
            core::UserAccount user);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const QString& path() const { return m_path; }
    Database& db() { return m_db; }
    const core::UserAccount& user() const { return m_user; }
    quint64 generation() const { return m_generation; }
    const SecureBytes& dataKey() const { return m_dataKey; }
    bool isLocked() const { return !m_db.isOpen(); }
    // True when another process of this computer has the database open too.
    bool sharedWithLocalProcess() const { return m_lock.sharedWithLocalProcess(); }

    // Warnings to show once (network folder, ...).
    const QStringList& warnings() const { return m_warnings; }
    void addWarnings(const QStringList& warnings) { m_warnings << warnings; }

    // Failed sign-ins since the last success, for the audit trail.
    std::vector<SignInAttempts::Failure> failedSignIns;

    // Closes the database (WAL checkpointed), wipes the key, releases the lock file.
    void lock();

    // Used by re-keying to swap in the new file's connection and key.
    void replaceDatabase(Database db, SecureBytes dataKey, quint64 generation);
    core::Status closeDatabase();

private:
    QString m_path;
    DatabaseLock m_lock;
    Database m_db;
    SecureBytes m_dataKey;
    quint64 m_generation = 0;
    core::UserAccount m_user;
    QStringList m_warnings;
};

} // namespace relais::storage
