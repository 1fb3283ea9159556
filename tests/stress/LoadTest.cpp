// Under load (issue 8, item 8): eight reader processes (searches, client files,
// statistics) while one writer logs interventions and moves cases. No reader
// or writer may see "database is locked" (SQLITE_BUSY), and every write the
// writer reported committed is there afterwards.
#include "StressSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace relais;
using namespace relais::stress;

TEST_CASE("Eight readers and a writer work side by side without a busy error or a lost write", "[stress][load]")
{
    constexpr int kReaders = 8;
    const double seconds = envSeconds("RELAIS_STRESS_SECONDS", 5);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(u"load.db"_s);
    const ProcessRun setup = runWorker({u"setup"_s, u"--db"_s, db}, 120000);
    INFO(setup.err.toStdString());
    REQUIRE(setup.exitCode == 0);
    // Some people and interventions first, so that searches find something.
    const ProcessRun seeded = runWorker({u"run"_s, u"--db"_s, db, u"--mode"_s, u"writer"_s, u"--seed"_s, u"1"_s,
                                       u"--seconds"_s, u"1"_s},
                                      120000);
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RELAIS_KDF"_s, u"fast"_s);
    std::vector<std::unique_ptr<QProcess>> processes;
    const auto start = [&](const QString& mode, int seed) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(workerPath(), {u"run"_s, u"--db"_s, db, u"--mode"_s, mode, u"--seed"_s, QString::number(seed),
                                      u"--seconds"_s, QString::number(seconds)});
        REQUIRE(process->waitForStarted(30000));
        processes.push_back(std::move(process));
    };
    QElapsedTimer timer;
    timer.start();
    start(u"writer"_s, 2);
    for (int r = 0; r < kReaders; ++r) {
        start(u"reader"_s, 100 + r);
    }
    Expectations expected;
    qint64 reads = 0;
    qint64 writes = 0;
    for (std::size_t i = 0; i < processes.size(); ++i) {
        QProcess& process = *processes[i];
        const bool finished = process.waitForFinished(static_cast<int>(seconds * 1000) + 180000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
        lines.removeLast();
        INFO((i == 0 ? "writer" : "reader") << " stderr: " << err.left(3000).toStdString());
        CHECK(finished);
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
        CHECK_FALSE(err.contains(u"locked"_s, Qt::CaseInsensitive));
        CHECK_FALSE(err.contains(u"busy"_s, Qt::CaseInsensitive));
        for (const QString& line : lines) {
            if (line.startsWith(u"READS "_s)) {
                reads += line.section(u' ', 1, 1).toLongLong();
                CHECK(line.section(u' ', 2, 2) == u"0"_s);
            } else if (!line.startsWith(u"DONE"_s)) {
                expected.committed << line;
                ++writes;
            }
        }
    }
    const double elapsed = static_cast<double>(timer.elapsed()) / 1000.0;
    const core::SystemClock clock;
    const CheckResult check = checkStore(db, expected, clock);
    INFO("problems: " << check.problems.join(u"; "_s).toStdString());
    REQUIRE(check.ok);
    CHECK(writes > 0);
    CHECK(reads > 0);
    figure(u"load: 1 writer and %1 readers for %2 s (%3 s with start-up): %4 writes committed, all %5 present "
           "afterwards; %6 reads, no busy or locked error"_s.arg(kReaders)
               .arg(seconds)
               .arg(elapsed, 0, 'f', 1)
               .arg(writes)
               .arg(check.changesChecked)
               .arg(reads));
}
