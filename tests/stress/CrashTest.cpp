// Crash safety (issue 8, item 1): the worker is killed with SIGKILL at random
// moments while it works through the services, backs up, imports, changes a
// password or re-keys; after each kill the store must open and hold every change
// the worker reported committed, with nothing half-made.
#include "StressSupport.h"

#include "storage/Backup.h"
#include "storage/DataStore.h"
#include "storage/KeyVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace relais;
using namespace relais::stress;

namespace {

struct KillRound
{
    QStringList lines;
    bool killed = false; // false: it ended on its own (a failure: the worker loops forever)
    QString err;
};

// Starts the worker, waits until it has work under way (or not, one time in
// five: kills during sign-in and recovery matter too), lets it run a random
// while more, then kills it.
KillRound killWorker(const QStringList& arguments, std::mt19937_64& rng, int maxDelayMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RELAIS_KDF"_s, u"fast"_s);
    process.setProcessEnvironment(env);
    process.start(workerPath(), arguments);
    KillRound round;
    if (!process.waitForStarted(30000)) {
        round.err = u"worker did not start"_s;
        return round;
    }
    const bool early = std::uniform_int_distribution<int>(0, 4)(rng) == 0;
    QElapsedTimer timer;
    timer.start();
    if (!early) {
        // Until the first committed line (the sign-in is done), at most 60 s.
        QByteArray seen;
        while (!seen.contains('\n') && process.state() == QProcess::Running && timer.elapsed() < 60000) {
            process.waitForReadyRead(100);
            seen += process.peek(4096);
        }
    }
    QThread::msleep(static_cast<unsigned long>(std::uniform_int_distribution<int>(0, maxDelayMs)(rng)));
    round.killed = process.state() == QProcess::Running;
    process.kill(); // SIGKILL
    process.waitForFinished(30000);
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    lines.removeLast(); // a line cut short by the kill is not a report
    round.lines = lines;
    round.err = QString::fromUtf8(process.readAllStandardError());
    return round;
}

struct CrashFigures
{
    int kills = 0;
    int runsEndedOnTheirOwn = 0;
    qint64 changesReported = 0;
    qint64 changesChecked = 0;
    int leftoverRekeyFiles = 0;
    int passwordInFlightWon = 0;
    int savedWals = 0;
};

void crashMode(const QString& mode, int kills, int maxDelayMs)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(u"stress.db"_s);
    const QString backups = dir.filePath(u"backups"_s);
    const ProcessRun setup = runWorker({u"setup"_s, u"--db"_s, db}, 120000);
    INFO(setup.err.toStdString());
    REQUIRE(setup.exitCode == 0);

    std::mt19937_64 rng(static_cast<quint64>(qHash(mode)) + static_cast<quint64>(kills));
    const core::SystemClock clock;
    Expectations expected;
    QString marieCurrent = QString::fromLatin1(kUserPassword);
    CrashFigures figures;
    for (int k = 0; k < kills; ++k) {
        const KillRound round = killWorker({u"run"_s, u"--db"_s, db, u"--mode"_s, mode, u"--seed"_s,
                                            QString::number(k + 1), u"--password"_s, marieCurrent, u"--out"_s,
                                            backups},
                                           rng, maxDelayMs);
        INFO("mode " << mode.toStdString() << ", kill " << k + 1 << "; worker stderr: " << round.err.toStdString());
        REQUIRE(round.err.indexOf(u"FATAL"_s) < 0);
        if (round.killed) {
            ++figures.kills;
        } else {
            ++figures.runsEndedOnTheirOwn;
        }
        QString pendingPassword;
        for (const QString& line : round.lines) {
            if (line.startsWith(u"RK "_s)) {
                expected.minimumGeneration = line.mid(3).toULongLong();
            } else if (line.startsWith(u"PWTRY "_s)) {
                pendingPassword = line.mid(6);
            } else if (line.startsWith(u"PW "_s)) {
                marieCurrent = line.mid(3);
                pendingPassword.clear();
            } else if (!line.startsWith(u"RKTRY"_s)) {
                expected.committed << line;
                ++figures.changesReported;
            }
        }
        figures.leftoverRekeyFiles += QFile::exists(db + u".rekey-new"_s) ? 1 : 0;

        const CheckResult check = checkStore(db, expected, clock);
        INFO("problems: " << check.problems.join(u"; "_s).toStdString());
        REQUIRE(check.ok);
        figures.changesChecked = check.changesChecked;
        CHECK_FALSE(QFile::exists(db + u".rekey-new"_s)); // an unusable half copy is reclaimed on open
        if (!expected.minimumGeneration || check.generation > static_cast<qint64>(*expected.minimumGeneration)) {
            expected.minimumGeneration = static_cast<quint64>(check.generation);
        }

        // Every account still signs in: marie with her last saved password, or the
        // one being saved when the kill came; the others unchanged.
        if (mode == u"password"_s || mode == u"rekey"_s) {
            auto marie = storage::DataStore::unlock(db, u"marie"_s, marieCurrent.toStdString(), clock);
            if (!marie && !pendingPassword.isEmpty()) {
                marie = storage::DataStore::unlock(db, u"marie"_s, pendingPassword.toStdString(), clock);
                if (marie) {
                    marieCurrent = pendingPassword;
                    ++figures.passwordInFlightWon;
                }
            }
            INFO("marie: " << (marie ? std::string("ok") : marie.error().detail));
            REQUIRE(marie);
            REQUIRE((*marie)->generation() == static_cast<quint64>(check.generation));
            (*marie)->lock();
            auto lea = storage::DataStore::unlock(db, u"lea"_s, kUserPassword, clock);
            REQUIRE(lea);
            (*lea)->lock();
        }
        if (mode == u"backup"_s) {
            for (const QString& line : round.lines) {
                if (line.startsWith(u"BK "_s)) {
                    INFO("backup " << line.toStdString());
                    CHECK(storage::Backup::verify(line.mid(3)));
                }
            }
        }
    }
    figures.savedWals = QDir(dir.path()).entryList({u"stress.db-wal.saved-*"_s}, QDir::Files).size();
    figure(u"crash %1: %2 kills survived (%3 runs ended before the kill), %4 committed changes reported, "
           "%5 checked present after the last kill, nothing lost; %6 leftover WAL(s) copied aside"_s.arg(mode)
               .arg(figures.kills)
               .arg(figures.runsEndedOnTheirOwn)
               .arg(figures.changesReported)
               .arg(figures.changesChecked)
               .arg(figures.savedWals)
           + (mode == u"password"_s ? u"; %1 kill(s) after the new password was saved but before it was reported"_s
                                          .arg(figures.passwordInFlightWon)
                                    : QString())
           + (mode == u"rekey"_s ? u"; %1 kill(s) left a half re-keyed copy, removed by the next open"_s.arg(figures.leftoverRekeyFiles)
                                 : QString()));
    CHECK(figures.kills >= kills * 3 / 4);
}

} // namespace

TEST_CASE("A worker killed at random moments loses no committed change and leaves nothing half-made",
          "[stress][crash]")
{
    crashMode(u"ops"_s, envCount("RELAIS_STRESS_KILLS", 4), 700);
}

TEST_CASE("A backup killed at random moments leaves the database whole and every finished backup verified",
          "[stress][crash][backup]")
{
    crashMode(u"backup"_s, envCount("RELAIS_STRESS_KILLS", 3), 900);
}

TEST_CASE("An import killed at random moments is committed whole or not at all", "[stress][crash][import]")
{
    crashMode(u"import"_s, envCount("RELAIS_STRESS_KILLS", 3), 900);
}

TEST_CASE("A password change killed at random moments leaves the old or the new password working",
          "[stress][crash][password]")
{
    crashMode(u"password"_s, envCount("RELAIS_STRESS_KILLS", 3), 700);
}

TEST_CASE("A re-key killed at random moments leaves slots and database at one generation that opens",
          "[stress][crash][rekey]")
{
    crashMode(u"rekey"_s, envCount("RELAIS_STRESS_KILLS", 3), 1200);
}
