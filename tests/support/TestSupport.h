#pragma once

#include "core/Clock.h"
#include "storage/DataStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace relais::test {

// Time that tests set and move by hand (KeePassXC's MockClock).
class MockClock final : public core::Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

inline constexpr const char* kAdminPassword = "correct horse battery";
inline constexpr const char* kOrganisation = "Équipe Ressources Relais";

// A temporary folder holding a fresh encrypted database with one administrator
// ("admin"), created with the fast KDF. Removed with everything in it afterwards.
struct TempStore
{
    QTemporaryDir dir;
    QString path;
    storage::RecoveryKey recovery;
    MockClock clock;

    TempStore();
    std::unique_ptr<storage::Session> signIn(const QString& user = QStringLiteral("admin"),
                                             const char* password = kAdminPassword);
};

// SHA-256 of a file's bytes, to prove that a failed operation changed nothing.
QByteArray fileHash(const QString& path);
// Every regular file under `folder` (recursively) whose bytes contain `marker`
// as UTF-8 or UTF-16.
QStringList filesContaining(const QString& folder, const QString& marker);

} // namespace relais::test
