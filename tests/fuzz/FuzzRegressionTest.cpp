#include "FuzzHarness.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

// Replays, through the fuzz harness itself, every input that once made a fuzz target
// crash (tests/fuzz/regressions/<target>/, kept after the fix) and the seed corpus
// (tests/fuzz/corpus/<target>/), in the ordinary ASan+UBSan test build: a
// regression aborts the test with the sanitizer's report.

using namespace relais;

namespace {

int replay(const char* folder)
{
    int replayed = 0;
    for (const fuzz::Target target : fuzz::kAllTargets) {
        const QDir dir(QStringLiteral(RELAIS_FUZZ_DIR "/") + QString::fromLatin1(folder) + QLatin1Char('/')
                       + fuzz::targetName(target));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            INFO(fuzz::targetName(target).toStdString() << '/' << name.toStdString());
            fuzz::runOne(target, bytes);
            ++replayed;
        }
    }
    return replayed;
}

} // namespace

TEST_CASE("Every input that once crashed a fuzz target is read or refused cleanly", "[fuzz][exchange]")
{
    replay("regressions");
    SUCCEED();
}

TEST_CASE("Every seed of the fuzz corpus is read or refused cleanly", "[fuzz][exchange]")
{
    CHECK(replay("corpus") >= 20);
}
