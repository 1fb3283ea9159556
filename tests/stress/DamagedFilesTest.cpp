// Damaged and hostile files (issue 8, item 2): truncated databases, flipped bytes
// in the database, the slots file and a leftover WAL. Each variant is opened in a
// child process through the real open path (the worker's `open`) and with
// `relais check`: never a crash or a hang, a clear refusal naming the backup to
// restore (exit 4) or a documented recovery, the files untouched when refused,
// and a damaged WAL copied aside before SQLite replays what it can of it.
#include "StressSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <map>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace relais;
using namespace relais::stress;

namespace {

constexpr int kTimeoutMs = 60000;

// A store with some of everything in it: closed cleanly (`clean`), and the same
// after a worker was killed mid-work, so that a WAL is left over (`crashed`).
struct BaseStores
{
    QTemporaryDir dir;
    QString clean;
    QString crashed;
    QString db = u"stress.db"_s;

    BaseStores()
    {
        clean = dir.filePath(u"clean"_s);
        crashed = dir.filePath(u"crashed"_s);
        QDir().mkpath(clean);
        const QString path = clean + u'/' + db;
        const ProcessRun setup = runWorker({u"setup"_s, u"--db"_s, path}, 120000);
        INFO(setup.err.toStdString());
        REQUIRE(setup.exitCode == 0);
        const ProcessRun work = runWorker({u"run"_s, u"--db"_s, path, u"--mode"_s, u"writer"_s, u"--seed"_s, u"7"_s,
                                           u"--seconds"_s, u"1.5"_s},
                                          120000);
        INFO(work.err.toStdString());
        REQUIRE(work.exitCode == 0);
        REQUIRE(copyFolder(clean, crashed));
        QFile::remove(crashed + u'/' + db + u"-wal"_s);

        // Killed after some committed work: the WAL is left behind.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"RELAIS_KDF"_s, u"fast"_s);
        process.setProcessEnvironment(env);
        process.start(workerPath(), {u"run"_s, u"--db"_s, crashed + u'/' + db, u"--mode"_s, u"ops"_s, u"--seed"_s,
                                     u"8"_s});
        REQUIRE(process.waitForStarted());
        int lines = 0;
        while (lines < 30 && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            while (process.canReadLine()) {
                process.readLine();
                ++lines;
            }
        }
        process.kill();
        process.waitForFinished();
        REQUIRE(lines >= 30);
        REQUIRE(QFileInfo(crashed + u'/' + db + u"-wal"_s).size() > 0);
        // The worker's sign-in copied an earlier WAL aside, if any: not part of the base.
        for (const QString& saved : QDir(crashed).entryList({u"*.saved-*"_s}, QDir::Files)) {
            QFile::remove(crashed + u'/' + saved);
        }
    }
};

enum class Damage { Truncate, FlipDatabase, Slots, Wal };

QString damageName(Damage damage)
{
    switch (damage) {
    case Damage::Truncate:
        return u"truncated database"_s;
    case Damage::FlipDatabase:
        return u"bytes flipped in the database"_s;
    case Damage::Slots:
        return u"slots file flipped or truncated"_s;
    case Damage::Wal:
        return u"bytes flipped in a leftover WAL"_s;
    }
    return {};
}

// Flips `count` random bytes of `path` (each to a different value).
void flipBytes(const QString& path, int count, std::mt19937_64& rng, qint64 from = 0)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > from);
    for (int i = 0; i < count; ++i) {
        const qint64 offset = std::uniform_int_distribution<qint64>(from, size - 1)(rng);
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        byte = static_cast<char>(byte ^ std::uniform_int_distribution<int>(1, 255)(rng));
        file.seek(offset);
        file.putChar(byte);
    }
}

void truncateTo(const QString& path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(size));
}

// Names of the files added, removed or changed between two hashFolder() calls.
QString changedFiles(const QMap<QString, QByteArray>& before, const QMap<QString, QByteArray>& after)
{
    QStringList changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value()) {
            changed << it.key();
        }
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key())) {
            changed << u"+"_s + it.key();
        }
    }
    return changed.join(u", "_s);
}

bool mentionsBackup(const QString& text)
{
    return text.contains(u"backup"_s, Qt::CaseInsensitive) || text.contains(u"sauvegarde"_s, Qt::CaseInsensitive);
}

struct Outcomes
{
    std::map<QString, int> counts; // by outcome
    int tried = 0;
};

void damageVariants(BaseStores& base, Damage damage, int variants, Outcomes& outcomes)
{
    std::mt19937_64 rng(1000 + static_cast<int>(damage) * 7919 + variants);
    const QString source = damage == Damage::Wal ? base.crashed : base.clean;
    const qint64 dbSize = QFileInfo(source + u'/' + base.db).size();
    const qint64 slotsSize = QFileInfo(source + u'/' + base.db + u".slots"_s).size();
    REQUIRE(slotsSize > 0);
    for (int v = 0; v < variants; ++v) {
        QTemporaryDir variantDir;
        const QString folder = variantDir.path();
        REQUIRE(copyFolder(source, folder));
        const QString db = folder + u'/' + base.db;
        QString what;
        switch (damage) {
        case Damage::Truncate: {
            // Empty, on a page boundary, or anywhere.
            const int kind = v % 3;
            const qint64 pages = dbSize / 4096;
            const qint64 size = kind == 0 && v < 3 ? 0
                                : kind == 1       ? 4096 * std::uniform_int_distribution<qint64>(0, pages - 1)(rng)
                                                  : std::uniform_int_distribution<qint64>(1, dbSize - 1)(rng);
            truncateTo(db, size);
            what = u"database cut to %1 of %2 bytes"_s.arg(size).arg(dbSize);
            break;
        }
        case Damage::FlipDatabase: {
            const int count = std::uniform_int_distribution<int>(1, 8)(rng);
            flipBytes(db, count, rng);
            what = u"%1 byte(s) flipped in the database"_s.arg(count);
            break;
        }
        case Damage::Slots: {
            const QString slotsFile = db + u".slots"_s;
            if (v % 2 == 0) {
                const int count = std::uniform_int_distribution<int>(1, 4)(rng);
                flipBytes(slotsFile, count, rng);
                what = u"%1 byte(s) flipped in the slots file"_s.arg(count);
            } else {
                const qint64 size = std::uniform_int_distribution<qint64>(0, slotsSize - 1)(rng);
                truncateTo(slotsFile, size);
                what = u"slots file cut to %1 bytes"_s.arg(size);
            }
            break;
        }
        case Damage::Wal: {
            const int count = std::uniform_int_distribution<int>(1, 4)(rng);
            flipBytes(db + u"-wal"_s, count, rng);
            what = u"%1 byte(s) flipped in the WAL"_s.arg(count);
            break;
        }
        }
        INFO(damageName(damage).toStdString() << ", variant " << v << ": " << what.toStdString());
        const QMap<QString, QByteArray> before = hashFolder(folder);

        // 1. The real open path: sign-in, workspace, integrity, audit, a search.
        const ProcessRun opened = runWorker({u"open"_s, u"--db"_s, db}, kTimeoutMs);
        INFO("open: exit " << opened.exitCode << ", " << opened.lines.join(u" | "_s).toStdString() << " "
                           << opened.err.left(2000).toStdString());
        REQUIRE_FALSE(opened.timedOut);
        REQUIRE_FALSE(opened.crashed);
        REQUIRE((opened.exitCode == 0 || opened.exitCode == 2 || opened.exitCode == 4));
        QString outcome = opened.exitCode == 0   ? u"opened"_s
                          : opened.exitCode == 4 ? u"refused as damaged (exit 4)"_s
                                                 : u"refused as a wrong password (exit 2)"_s;
        if (opened.exitCode != 0 && damage != Damage::Wal) {
            CHECK(changedFiles(before, hashFolder(folder)) == QString());
        }
        if (opened.exitCode == 4) {
            CHECK(mentionsBackup(opened.lines.join(u'\n')));
        }
        const bool auditRefused = opened.lines.join(u'\n').contains(u"REFUSED audit"_s);
        if (auditRefused) {
            outcome = u"refused: audit trail shorter than its anchor (exit 4)"_s;
        }
        if (damage == Damage::Wal) {
            // The damaged WAL was copied aside, byte for byte, before any replay.
            bool kept = false;
            for (const QString& name : QDir(folder).entryList({base.db + u"-wal.saved-*"_s}, QDir::Files)) {
                kept = kept || hashFolder(folder).value(name) == before.value(base.db + u"-wal"_s);
            }
            CHECK(kept);
            if (opened.exitCode == 0) {
                CHECK(opened.lines.join(u'\n').contains(u"WARNING"_s));
            }
        }

        // 2. `relais check` on what the open left.
        const QMap<QString, QByteArray> beforeCheck = hashFolder(folder);
        const ProcessRun checked = runCheck(db, u"admin"_s, QString::fromLatin1(kAdminPassword), kTimeoutMs);
        INFO("check: exit " << checked.exitCode << ", " << checked.err.left(2000).toStdString());
        REQUIRE_FALSE(checked.timedOut);
        REQUIRE_FALSE(checked.crashed);
        REQUIRE((checked.exitCode == 0 || checked.exitCode == 2 || checked.exitCode == 4));
        if (checked.exitCode != 0) {
            CHECK(changedFiles(beforeCheck, hashFolder(folder)) == QString());
        }
        if (checked.exitCode == 4 && !auditRefused) {
            CHECK(mentionsBackup(checked.err));
        }
        CHECK((checked.exitCode == 0) == (opened.exitCode == 0));
        ++outcomes.counts[outcome];
        ++outcomes.tried;
    }
}

void report(Damage damage, const Outcomes& outcomes)
{
    QStringList parts;
    for (const auto& [outcome, count] : outcomes.counts) {
        parts << u"%1 %2"_s.arg(count).arg(outcome);
    }
    figure(u"damaged files, %1: %2 variants, no crash, no hang, files untouched when refused: %3"_s
               .arg(damageName(damage))
               .arg(outcomes.tried)
               .arg(parts.join(u", "_s)));
}

} // namespace

TEST_CASE("Damaged and hostile files are refused or recovered, never crash or hang, and are kept untouched",
          "[stress][damaged]")
{
    BaseStores base;
    const int variants = envCount("RELAIS_STRESS_VARIANTS", 10);
    for (Damage damage : {Damage::Truncate, Damage::FlipDatabase, Damage::Slots, Damage::Wal}) {
        Outcomes outcomes;
        damageVariants(base, damage, variants, outcomes);
        report(damage, outcomes);
    }
}
