#pragma once

#include "core/Clock.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <vector>

namespace relais::storage {

// Failed sign-ins, counted in "<database>.attempts" beside the database: the
// database is locked when they happen, so they cannot be written into it. The next
// successful sign-in takes the list (for the audit trail) and resets the count.
class SignInAttempts
{
public:
    struct Failure
    {
        QString userName;
        QDateTime at;
    };

    explicit SignInAttempts(const QString& databasePath);

    int consecutiveFailures() const { return m_consecutive; }
    // How long the next attempt must still wait (core::signInDelayAfter).
    std::chrono::seconds waitRemaining(const core::Clock& clock) const;

    void recordFailure(const QString& userName, const core::Clock& clock);
    // Resets the count but keeps the failures for the next sign-in's audit entry.
    void resetCount();
    // Resets the count; returns the failures not yet written to the audit trail.
    std::vector<Failure> takeFailures();

private:
    void load();
    void save() const;

    QString m_path;
    int m_consecutive = 0;
    QDateTime m_lastFailure;
    std::vector<Failure> m_unrecorded;
};

} // namespace relais::storage
