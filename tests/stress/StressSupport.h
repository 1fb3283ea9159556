#pragma once

#include "core/Clock.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Shared by the stress tests (crash, damaged files, load): running the worker
// (StressWorker.cpp) and checking a store after it was killed. The counts come
// from the environment so that scripts/stress runs the full ones and ctest a
// short version: RELAIS_STRESS_KILLS (per mode), RELAIS_STRESS_VARIANTS (per
// kind of damage), RELAIS_STRESS_SECONDS (load).
namespace relais::stress {

inline constexpr const char* kAdminPassword = "stress-admin-password";
inline constexpr const char* kUserPassword = "stress-user-password";

int envCount(const char* name, int fallback);
double envSeconds(const char* name, double fallback);

// Prints a figure line for scripts/stress ("stress: ...") and ctest's log.
void figure(const QString& line);

struct ProcessRun
{
    int exitCode = -1;
    bool crashed = false;  // ended by a signal (our SIGKILL, or a crash)
    bool timedOut = false; // killed by the harness's time limit
    QStringList lines;     // complete stdout lines only
    QString err;
};

// Runs the worker to the end (with a time limit).
ProcessRun runWorker(const QStringList& arguments, int timeoutMs, const QByteArray& input = {});
// `relais check --db DB --as USER`, the password on stdin.
ProcessRun runCheck(const QString& db, const QString& user, const QString& password, int timeoutMs);

QString workerPath();

// What a store must hold after a kill: every change the worker reported
// committed, and no half-made operation.
struct Expectations
{
    QStringList committed; // worker lines (P, I, C, M, BK, IM...)
    std::optional<quint64> minimumGeneration;
};

struct CheckResult
{
    bool ok = true;
    QStringList problems;
    qint64 generation = 0;
    qint64 changesChecked = 0;
};

// Opens the store as admin through DataStore::unlock and Workspace::open (the
// real open path), then: integrity_check ok, foreign keys, each committed change
// present, every case's stage matching its last transition, intervention links
// only to existing interventions and at least one type each, imports all or
// nothing, the audit chain verified, slots and database at the same generation.
CheckResult checkStore(const QString& db, const Expectations& expected, const core::Clock& clock);

// SHA-256 of every regular file in `folder` (lock files left out).
QMap<QString, QByteArray> hashFolder(const QString& folder);

// Copies every file of `from` (not folders) into `to`.
bool copyFolder(const QString& from, const QString& to);

} // namespace relais::stress
